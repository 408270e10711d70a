"""A "nobody" claim against a passage that denies the same event with its own subject of
none ("No one has claimed", "No group has claimed", "No passengers were injured"): both
deny it, no clash. A passage that reports the event still clashes."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, conflicts, only_conflict

BOTH_DENY = [
    ("Nobody has claimed responsibility.", "No one has claimed responsibility for the attack."),
    ("Nobody has claimed responsibility.", "No group has claimed responsibility for the attack."),
    ("No one was injured.", "No passengers were injured, the airline said."),
    ("No one has been charged.", "No suspects have been charged so far, police said."),
]


@pytest.mark.parametrize(("claim", "source"), BOTH_DENY)
def test_a_subject_of_none_in_the_passage_denies_the_event_too(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert not conflicts(cues), cues
    assert stance is Stance.SUPPORTS


@pytest.mark.parametrize(
    ("claim", "source", "given"),
    [
        (
            "Nobody has claimed responsibility.",
            "Nobody was hurt, but a militant group has claimed responsibility.",
            "claimed",
        ),
        ("No one was injured.", "Three passengers were injured, the airline said.", "Three"),
    ],
)
def test_a_passage_that_reports_the_event_still_clashes(
    claim: str, source: str, given: str
) -> None:
    assert given in only_conflict(claim, source).source
