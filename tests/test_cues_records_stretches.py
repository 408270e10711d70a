"""Weather records compared ("the wettest spring" / "the driest spring") and a stretch of
time up to now ("the last two years") that is no length of what lasted ("The match lasted
two hours"), and "half their ice" as a share, found trying articles through `factcheck
match`."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("It was the wettest spring for 50 years.", "It was the driest spring for 50 years.", C),
        ("2024 was the hottest year on record.", "2024 was the coldest year on record.", C),
        ("It was the wettest spring for 50 years.", "It was the wettest spring for 50 years.", S),
        (
            "Novak had lost the final in each of the last two years.",
            "Carter beat Novak in the final. The match lasted two hours and 41 minutes.",
            N,
        ),
        ("Prices rose 5% over the last two years.", "Prices rose 9% over the past two years.", C),
        ("The match lasted two hours.", "The match lasted three hours.", C),
    ],
)
def test_records_and_stretches(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "half" takes no "of" before a possessive; "half the maximum" is a ratio to it.
        (
            "Glaciers have lost more than half their ice.",
            "Glaciers have lost almost 40% of their ice.",
            C,
        ),
        ("The firm cut half its staff.", "The firm cut 52% of its staff.", S),
    ],
)
def test_halves(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
