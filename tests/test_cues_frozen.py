"""A freeze against a change (evidence/frozen.py): "The Chancellor raised fuel duty" was
supported by "Chancellor freezes fuel duty for another year", found trying a budget report
through `factcheck match`."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("The Chancellor raised fuel duty.", "Chancellor freezes fuel duty for another year", C),
        ("The Chancellor raised fuel duty.", "The Chancellor froze fuel duty on Wednesday.", C),
        ("Fuel duty rose in the budget.", "Fuel duty will remain frozen next year.", C),
        ("The council cut council tax.", "The council froze council tax for a second year.", C),
        ("Rail fares will rise in January.", "Rail fares will be frozen in January.", C),
        # Another thing frozen, or the freeze stated.
        (
            "The Chancellor raised income tax.",
            "The Chancellor froze fuel duty for another year.",
            N,
        ),
        ("Fuel duty was frozen again.", "The Chancellor froze fuel duty for the 15th year.", S),
        ("Wages rose 3% last year.", "Hiring was frozen last year, but wages rose 3%.", S),
        ("Temperatures rose on Tuesday.", "Freezing temperatures returned on Tuesday.", N),
    ],
)
def test_a_freeze_against_a_change(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
