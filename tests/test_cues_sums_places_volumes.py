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
        ("Leeds finished third.", "Leeds ended the season fifth in the table.", C),
        ("Leeds finished third.", "Leeds finished the season in fifth place.", C),
        ("Leeds finished third.", "Leeds ended the season in third place.", S),
        ("The talks ended in failure.", "The talks ended first in Geneva.", S),
    ],
)
def test_places_ended_in(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
