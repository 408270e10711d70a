"""A passage that leaves the claim's matter unknown states neither it nor its opposite
(evidence/unknown.py), and a claim that denies something works agrees with a passage that
denies it in its own words (efficacy.denied_too)."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, conflicts


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The vaccine is safe for pregnant women.",
            "The safety of the vaccine in pregnant women has not been established.",
        ),
        ("The drug cures malaria.", "It is not yet known whether the drug cures malaria."),
        ("The drug cures malaria.", "Whether the drug cures malaria has yet to be proven."),
        ("The vaccine is safe.", "It is unclear whether the vaccine is safe."),
        ("The dam caused the flooding.", "Whether the dam caused the flooding remains to be seen."),
        (
            "The governor signed the bill.",
            "The bill now goes to the governor, who has not said whether she will sign it.",
        ),
    ],
)
def test_left_unknown_is_related(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.NEUTRAL, cues
    assert not conflicts(cues)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # The unknown is another thing, in another clause.
        (
            "The vaccine is safe for pregnant women.",
            "The vaccine is safe for pregnant women, though its long-term effects remain unknown.",
        ),
        ("Masks reduce transmission.", "Masks reduce transmission, but how much remains unclear."),
        (
            "The bridge was built in 1932.",
            "The bridge was built in 1932; its architect is unknown.",
        ),
        # The claim says it is unknown itself.
        (
            "The cause of the fire is unknown.",
            "The cause of the fire remains unknown, police said.",
        ),
    ],
)
def test_an_unknown_elsewhere_still_supports(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.SUPPORTS, cues


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "Antibiotics do not work against viruses.",
            "Antibiotics are ineffective against viruses.",
        ),
        ("The supplement does not help.", "The supplement failed to help patients in the trial."),
    ],
)
def test_both_deny_it_works(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is not Stance.CONTRADICTS, cues
    assert not conflicts(cues)
