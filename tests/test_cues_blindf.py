"""Focused tests for the cue fixes that followed blindf's blind table (issue 14,
tests/editor_pairs_blindf.py): each rule with the pair that showed it and pairs around it
that must keep their stance."""

from __future__ import annotations

import pytest

from factcheck.evidence.alignment import claim_side
from factcheck.evidence.denied import head_after
from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import agrees, assess, conflicts, only_conflict

# A denial of a clause denies the clause's verb --------------------------------------------


def test_denied_that_heads_at_the_clause_verb() -> None:
    side = claim_side("The minister denied that the files were ever lost.")
    denied = next(i for i, w in enumerate(side.words) if w.norm == "denied")
    head = head_after(side, denied)
    assert head is not None and side.words[head].norm == "lost"


def test_denied_that_agrees_with_not_in_the_passage() -> None:
    agrees(
        "The minister denied that the files were lost.",
        "The minister said the files had not been lost.",
    )


def test_denied_that_is_no_clash_with_the_clause_subject_alone() -> None:
    stance, cues = assess(
        "The minister denied that the files were lost.",
        "The files contained the personal details of 2,000 staff.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)


@pytest.mark.parametrize(
    "source",
    [
        "The minister admitted that the department had lost the files.",
        "The minister confirmed that the files were lost in March.",
    ],
)
def test_denied_that_still_clashes(source: str) -> None:
    stance, _ = assess("The minister denied that the files were lost.", source)
    assert stance is Stance.CONTRADICTS


# A denial of more than the passage speaks of ----------------------------------------------


def test_denial_of_a_qualified_thing_is_no_clash() -> None:
    stance, cues = assess(
        "The vaccine did not cause serious side effects.",
        "The most common side effects of the vaccine were a sore arm and tiredness.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The minister did not attend the summit.", "The minister attended the summit."),
        ("The vaccine did not cause side effects.", "The vaccine caused side effects in 3%."),
    ],
)
def test_denial_still_clashes(claim: str, source: str) -> None:
    assert only_conflict(claim, source).kind is CueKind.NEGATION
