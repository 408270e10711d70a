"""A comparison against an equality (evidence/parity.py): "less likely than adults" /
"at similar rates to adults"."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import assess, conflicts, only_conflict


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Children are less likely to be infected than adults.",
            "Children were infected at similar rates to adults.",
            ("less likely to be infected than adults", "similar rates to adults"),
        ),
        (
            "Children are infected at similar rates to adults.",
            "Children are less likely to be infected than adults.",
            ("similar rates to adults", "less likely to be infected than adults"),
        ),
        (
            "The new drug works faster than the old one.",
            "The new drug works as fast as the old one.",
            ("faster than the old", "as fast as the old"),
        ),
        (
            "The new stadium is bigger than the old one.",
            "The new stadium is similar in size to the old one.",
            ("bigger than the old", "similar in size to the old"),
        ),
        # Either way round.
        (
            "Prices rose faster than wages.",
            "Wages rose in line with prices.",
            ("faster than wages", "in line with prices"),
        ),
        (
            "Women earn less than men.",
            "Women earn the same as men in the civil service.",
            ("less than men", "same as men"),
        ),
        (
            "Women earn less than men.",
            "Women earn as much as men in the civil service.",
            ("less than men", "as much as men"),
        ),
    ],
)
def test_a_comparison_against_an_equality(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # Another measure alike ("range" is no size), a count, another pair compared.
        ("The A380 is bigger than the Boeing.", "The A380 has a similar range to the Boeing."),
        ("More than 300 people attended.", "About the same number as last year attended."),
        ("Cases were higher than last year.", "Deaths were similar to last year, officials said."),
        # "as well as" says both, not alike.
        ("Prices rose faster than wages.", "Prices as well as wages rose last year."),
        # A negated equality says they differ.
        (
            "The new drug works faster than the old one.",
            "The new drug does not work the same as the old one.",
        ),
    ],
)
def test_no_clash_without_the_same_comparison(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not [c for c in conflicts(cues) if c.kind is CueKind.ANTONYM], cues


def test_an_equality_agrees_with_an_equality() -> None:
    stance, cues = assess(
        "Children are infected at similar rates to adults.",
        "Children were infected at the same rate as adults, the study found.",
    )
    assert stance is not Stance.CONTRADICTS, cues
