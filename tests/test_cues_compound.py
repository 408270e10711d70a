"""A measure written in two units ("7lb 11oz", "5ft 10in") is one amount
(evidence/compound.py)."""

from __future__ import annotations

import pytest

from factcheck.evidence.numbers import mentions
from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import assess, only_conflict


@pytest.mark.parametrize(
    ("text", "written", "base"),
    [
        ("The baby weighed 7lb 11oz at birth.", "7lb 11oz", 3486.99),
        ("He is 5ft 10in tall.", "5ft 10in", 1.778),
        ("He is 5 feet 10 inches tall.", "5 feet 10 inches", 1.778),
    ],
)
def test_two_units_read_as_one(text: str, written: str, base: float) -> None:
    (found,) = mentions(text)
    assert found.text == written
    assert found.low == found.high == pytest.approx(base, abs=0.01)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The baby weighed 3.5 kg at birth.", "The baby weighed 7lb 11oz at birth."),
        ("He is 1.78 m tall.", "He is 5ft 10in tall."),
    ],
)
def test_the_same_measure_agrees(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.SUPPORTS, cues


def test_another_measure_clashes() -> None:
    cue = only_conflict("He is 1.78 m tall.", "He is 6ft 2in tall.")
    assert (cue.kind, cue.source) == (CueKind.NUMBER, "6ft 2in")
