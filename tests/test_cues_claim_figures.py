"""A claim that gives several figures of one kind: the passage's value that is another of
the claim's own figures answers that one, and is no clash for the rest."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, conflicts

NO_CLASH = [
    (
        "The city had 2 million residents in 2000 and 3 million in 2020.",
        "The city had 3 million residents in 2020.",
    ),
    ("Prices rose 2% in 2021 and 5% in 2022.", "Prices rose 5% in 2022."),
    ("Sales were 10 million in 2019 and 12 million in 2020.", "Sales were 12 million in 2020."),
    ("The turnout fell from 71% in 2015 to 64% in 2019.", "Turnout was 64% in 2019."),
]


@pytest.mark.parametrize(("claim", "source"), NO_CLASH)
def test_a_value_that_is_another_of_the_claims_figures_is_no_clash(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert not conflicts(cues), cues
    assert stance is not Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("claim", "source", "claimed", "given"),
    [
        ("Prices rose 2% in 2021 and 5% in 2022.", "Prices rose 7% in 2022.", "5%", "7%"),
        (
            "The city had 2 million residents in 2000 and 3 million in 2020.",
            "The city had 4 million residents in 2020.",
            "3 million",
            "4 million",
        ),
    ],
)
def test_a_value_none_of_the_claims_figures_gives_still_clashes(
    claim: str, source: str, claimed: str, given: str
) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.CONTRADICTS
    clashes = conflicts(cues)
    assert given in [c.source for c in clashes]
    assert claimed in [c.claim for c in clashes] or len(clashes) == 1
