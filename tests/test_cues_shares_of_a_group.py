"""Most against few of one group (quantifiers._share_cues), and a verdict turned round
("found guilty" / "acquitted", antonyms)."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import assess, conflicts, only_conflict


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Most economists expect a recession.",
            "Few economists expect a recession this year.",
            ("Most economists", "Few economists"),
        ),
        (
            "Few teachers support the strike.",
            "Most teachers support the strike, a poll found.",
            ("Few teachers", "Most teachers"),
        ),
    ],
)
def test_most_against_few(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.NUMBER
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # "a few" is some, which "most" does not deny; "the most" and "at most" count no
        # group; few of another group.
        ("Most economists expect a recession.", "A few economists expect a recession this year."),
        ("The plan is the most popular option.", "Few voters back the plan."),
        ("Most voters back the plan.", "Few farmers back the plan."),
        ("Most economists expect a recession.", "Most economists expect a recession this year."),
    ],
)
def test_no_share_clash(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not conflicts(cues), cues


def test_acquitted_against_guilty() -> None:
    cue = only_conflict("The jury found him guilty.", "The jury acquitted him of all charges.")
    assert (cue.kind, cue.claim, cue.source) == (CueKind.ANTONYM, "guilty", "acquitted")


def test_both_verdicts_in_the_passage() -> None:
    stance, cues = assess(
        "He was found guilty of manslaughter.",
        "He was acquitted of murder but found guilty of manslaughter.",
    )
    assert stance is Stance.SUPPORTS, cues
