"""A month the passage agrees on is held once, as a figure, not again as a word of the
claim's (figures.month_stems): many things happen in a month, so a passage that shares only
the claim's month is on another event, where a day's date is seldom shared by chance."""

from __future__ import annotations

import pytest

from factcheck.evidence.stance import assess_stance
from factcheck.workspace.models import Stance
from tests.stance_helpers import passage

OPENS = "The new footbridge will open in March 2025."
COLLAPSE = "No one was injured when part of the old bridge collapsed in March."


@pytest.mark.parametrize("meaning", [None, 0.4])
def test_a_month_alone_is_another_event(meaning: float | None) -> None:
    stance, cues = assess_stance(claim_text=OPENS, passage=passage(COLLAPSE), meaning=meaning)
    assert stance is Stance.NEUTRAL
    assert [c.source for c in cues] == ["March"]  # still shown as the month agreed on


@pytest.mark.parametrize(
    ("claim", "source", "meaning"),
    [
        (OPENS, "The footbridge opened in March 2025.", None),
        (OPENS, "The footbridge opened in March 2025.", 0.4),
        # A day's date is the claim's content said in other words.
        ("The deadline is 31 January.", "Applications must be in by January 31.", None),
        ("Inflation slowed in October.", "Inflation slowed to 2.3% in October.", None),
    ],
)
def test_the_month_and_more_still_supports(claim: str, source: str, meaning: float | None) -> None:
    stance, _ = assess_stance(claim_text=claim, passage=passage(source), meaning=meaning)
    assert stance is Stance.SUPPORTS


def test_another_measure_in_the_same_month_is_related() -> None:
    stance, _ = assess_stance(
        claim_text="Inflation slowed in October.",
        passage=passage("Food prices rose in October, the statistics office said."),
    )
    assert stance is Stance.NEUTRAL
