"""A figure or a change said of a part of the claim's measure or group ("youth
unemployment", "core inflation": lexicon.PARTS) is not the whole's: Related, no clash."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, conflicts, only_conflict


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Unemployment fell to 4.2% in June.", "Youth unemployment stood at 12.1% in June."),
        ("Inflation fell to 2.1% in May.", "Core inflation rose to 3.5% in May."),
        ("Inflation fell in May.", "Core inflation rose in May."),
        ("Crime fell last year.", "Youth crime rose last year."),
    ],
)
def test_a_part_of_the_claims_measure_is_no_clash(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert not conflicts(cues)
    assert stance is Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "claimed", "given"),
    [
        ("Core inflation fell in May.", "Core inflation rose in May.", "fell", "rose"),
        ("Youth unemployment fell to 10%.", "Youth unemployment stood at 12.1%.", "10%", "12.1%"),
        ("Crime fell last year.", "Crime rose last year.", "fell", "rose"),
    ],
)
def test_the_same_part_or_the_whole_still_clashes(
    claim: str, source: str, claimed: str, given: str
) -> None:
    cue = only_conflict(claim, source)
    assert (cue.claim, cue.source) == (claimed, given)
