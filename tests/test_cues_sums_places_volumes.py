"""Cues found by the lead's eighth-session probes (tests/editor_pairs_lead8.py): a sum of one
kind of a cost or spent for another purpose, a place in a table "ended the season" in, and
volumes in cubic units."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # One kind of the claim's cost, or a sum for another purpose: another sum.
        ("The stadium cost £1.2bn to build.", "The stadium's running costs are £40m.", N),
        ("The stadium cost £1.2bn to build.", "The stadium costs £40m a year to run.", N),
        ("The stadium cost £1.2bn.", "The stadium's maintenance costs £40m a year.", N),
        # The same purpose, or no kind named: one sum.
        ("The stadium cost £1.2bn to build.", "The stadium cost £800m to build.", C),
        ("The club paid £40m to sign the striker.", "The club paid £45m to sign the striker.", C),
        ("The city's budget is $12bn.", "The city's annual budget is $10bn.", C),
        ("The council cut its budget by £5m.", "The council cut its budget by £3m to £40m.", C),
    ],
)
def test_sums_of_another_kind_or_purpose(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("Leeds finished third.", "Leeds ended the season fifth in the table.", C),
        ("Leeds finished third.", "Leeds finished the season in fifth place.", C),
        ("Leeds finished third.", "Leeds ended the season in third place.", S),
        ("The talks ended in failure.", "The talks ended first in Geneva.", S),
    ],
)
def test_places_ended_in(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("The reservoir holds 5 million litres.", "The reservoir holds 5,000 cubic metres.", S),
        ("The reservoir holds 5 million litres.", "The reservoir holds 9,000 cubic metres.", C),
        ("The tank holds 1,000 litres.", "The tank holds 35 cubic feet.", S),
        ("The tank holds 1,000 litres.", "The tank holds 1 m3 of water.", S),
        ("The tank holds 1,000 litres.", "The tank holds 3 m3 of water.", C),
    ],
)
def test_cubic_volumes(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
