"""A figure that is a limit, what a place holds or a peak (aside._LIMITS), is no count or
level of the claim's: "The hall holds 1,000 people" says nothing of how many attended."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, conflicts, only_conflict


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Roughly 300 people attended the meeting.", "The hall holds 1,000 people."),
        ("Inflation fell to 3% in May.", "Inflation peaked at 11% in 2022."),
        ("About 2,000 fans watched the game.", "The ground has a capacity of 8,000 fans."),
    ],
)
def test_a_limit_is_no_clash(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert not conflicts(cues)
    assert stance is Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "claimed", "given"),
    [
        ("Inflation peaked at 10%.", "Inflation peaked at 11% in 2022.", "10%", "11%"),
        ("The stadium holds 60,000 fans.", "The stadium holds 45,000 fans.", "60,000", "45,000"),
    ],
)
def test_a_limit_against_the_claims_own_limit_still_clashes(
    claim: str, source: str, claimed: str, given: str
) -> None:
    cue = only_conflict(claim, source)
    assert (cue.claim, cue.source) == (claimed, given)
