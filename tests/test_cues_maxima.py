"""An "up to" figure is the most an amount reaches (bands.figures_apart), and a length of
time given as a range or "as long as" is still of what lasted (wordbefore.word_before)."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import agrees, assess, only_conflict


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Up to 300 people could lose their jobs.",
            "Up to 250 people could lose their jobs, the union said.",
            ("Up to 300", "Up to 250"),
        ),
        (
            "The incubation period is up to 14 days.",
            "The incubation period can be as long as 24 days.",
            ("up to 14 days", "24 days"),
        ),
        (
            "The incubation period is up to 14 days.",
            "The incubation period ranges from 2 to 24 days.",
            ("up to 14 days", "2 to 24 days"),
        ),
        (
            "The incubation period is 2 to 14 days.",
            "The incubation period is up to 24 days.",
            ("2 to 14 days", "up to 24 days"),
        ),
    ],
)
def test_another_maximum_clashes(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.NUMBER
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The incubation period is up to 14 days.",
            "The incubation period ranges from 2 to 14 days.",
        ),
        (
            "Up to 300 people could lose their jobs.",
            "Up to 300 people could lose their jobs, the union said.",
        ),
    ],
)
def test_the_same_maximum_agrees(claim: str, source: str) -> None:
    cues = agrees(claim, source)
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # Two lower bounds are both true of 6,000: no clash, nor does one state the other.
        ("More than 5,000 people attended.", "More than 4,000 people attended the rally."),
        # "As many as" is the figure itself, and it is under the maximum.
        ("Up to 300 people could lose their jobs.", "As many as 250 jobs could go at the plant."),
    ],
)
def test_bounds_that_do_not_clash(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is not Stance.CONTRADICTS, cues
