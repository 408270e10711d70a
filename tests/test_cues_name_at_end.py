"""A name that ends the claim, swapped for another right after the same words ("The plant is
in Texas" / "The plant is in Ohio"): no aligned word follows the swap, which the entity cue
asked for until now."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind
from tests.stance_helpers import assess, conflicts, only_conflict


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        ("The plant is in Texas.", "The plant is in Ohio.", ("Texas", "Ohio")),
        (
            "The company's plant is in Texas.",
            "The company's plant is in Ohio, not far from Columbus.",
            ("Texas", "Ohio"),
        ),
        (
            "The summit will be held in Geneva.",
            "The summit will be held in Vienna in May.",
            ("Geneva", "Vienna"),
        ),
        (
            "The award went to Smith.",
            "The award went to Jones, the committee said.",
            ("Smith", "Jones"),
        ),
    ],
)
def test_a_name_swapped_at_the_end(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert (cue.kind, cue.claim, cue.source) == (CueKind.ENTITY, *words)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The plant is in Texas.", "The plant is in Ohio and Texas."),  # the claim's name too
        ("The talks were held in Moscow.", "The talks were held in Russia."),  # one place
        ("The talks were held in Paris.", "The talks were held in Paris, France."),
        # The last of a list, after names alone: another list.
        (
            "The region borders Ukraine and Poland.",
            "The talks were on the border of Ukraine and Belarus.",
        ),
    ],
)
def test_no_swap_at_the_end(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not conflicts(cues), cues
