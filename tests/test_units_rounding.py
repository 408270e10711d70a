"""The rounding a converted figure may carry (units.Measure.rounding): half the place value
of its last written digit, a whole number's trailing zeros included."""

from __future__ import annotations

import pytest

from factcheck.evidence.units import Measure
from factcheck.workspace.models import Stance
from tests.stance_helpers import assess

_METRE = Measure("length", "m", 0)


@pytest.mark.parametrize(
    ("digits", "rounding"),
    [("2", 0.5), ("2.5", 0.05), ("160", 5.0), ("1,500", 50.0), ("300", 50.0), ("0", 0.5)],
)
def test_rounding_is_half_the_last_digits_place(digits: str, rounding: float) -> None:
    assert _METRE.rounding(digits) == pytest.approx(rounding)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("The car was doing 100 mph.", "The car was travelling at 160 km/h.", Stance.SUPPORTS),
        ("The tower is 300 metres tall.", "The tower is 1,000 feet tall.", Stance.SUPPORTS),
        # The slack is never over 10% of the figure: these stay clashes.
        ("The car was doing 100 mph.", "The car was doing 100 km/h.", Stance.CONTRADICTS),
        ("The load was 1 tonne.", "The load was 1,500 kg.", Stance.CONTRADICTS),
        ("The tower is 300 metres tall.", "The tower is 1,200 feet tall.", Stance.CONTRADICTS),
    ],
)
def test_round_conversions_agree_and_others_clash(claim: str, source: str, stance: Stance) -> None:
    assert assess(claim, source)[0] is stance
