"""Focused tests for the rules blindo's table (tests/editor_pairs_blindo.py) brought: each
rule's pair and its guards, the clashes it must keep."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A measure agreed on in another unit is held, unit and all (figures.converted_stems).
        ("Temperatures reached 100F in Phoenix.", "Phoenix hit 38C on Tuesday.", S),
        ("The baby elephant weighed 120 kg at birth.", "The calf weighed 265 lb when born.", S),
        ("The baby elephant weighed 120 kg at birth.", "The calf weighed 120 lb when born.", C),
        ("Temperatures reached 100F in Phoenix.", "Phoenix hit 30C on Tuesday.", C),
        # Only a measure: a count agreed on is no unit ("300 people" / "300 fans").
        ("Roughly 300 people attended the rally.", "About 300 fans came.", N),
    ],
)
def test_converted_measure_is_held(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "the third monthly decline in a row" is a streak of months (ranks._PERIODIC).
        (
            "Retail sales fell for a third month in a row in October.",
            "Retail sales fell in October, the third monthly decline in a row.",
            S,
        ),
        (
            "Retail sales fell for a third month in a row in October.",
            "Retail sales fell in October, the fourth monthly decline in a row.",
            C,
        ),
    ],
)
def test_periodic_streak(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "inaugural" names no phase of an event: no one took office (phases._NO_PHASE).
        (
            "The first flight to Nairobi departs on 3 May.",
            "The inaugural flight to Nairobi departs on May 3.",
            S,
        ),
        (
            "The first flight to Nairobi departs on 3 May.",
            "The inaugural flight to Nairobi departs on May 13.",
            C,
        ),
        # Taking office still is another event than an election.
        ("Ms Lee was elected in May 2022.", "Ms Lee was inaugurated in June 2022.", N),
    ],
)
def test_inaugural_is_no_phase(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A cricket total, runs for wickets, is a score line (scorewords._INNINGS).
        (
            "England made 245 for 6 in their 50 overs.",
            "England finished on 245-6 from their 50 overs.",
            S,
        ),
        (
            "England made 245 for 6 in their 50 overs.",
            "England finished on 245-7 from their 50 overs.",
            C,
        ),
        ("England were 245/6 at stumps.", "England were 245 for 6 at stumps.", S),
        ("Australia declared on 450 for 7.", "Australia declared their innings on 450 for 8.", C),
        # Bowling figures, wickets for runs, are not read as a total: the same figures agree.
        ("Smith took 5 for 32 in 10 overs.", "Smith took 5 for 32 in his 10 overs.", S),
    ],
)
def test_cricket_totals(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
