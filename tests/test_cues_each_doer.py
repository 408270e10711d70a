"""Two named doers in one passage, each taking a side (evidence/eachdoer.py): the claim's
own word said by another name does not state the claim's doer's side, found trying a Senate
report through `factcheck match`."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C = Stance.SUPPORTS, Stance.CONTRADICTS
VOTES = (
    "Senator Maria Lopez, who had been undecided, voted in favour; Senator James Reed voted "
    "against, saying the bill would raise energy prices."
)
SPLIT = "Senator Maria Lopez voted for the bill, while Senator James Reed voted against it."


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("Maria Lopez voted against the Clean Energy Act.", VOTES, C),
        ("James Reed backed the bill.", VOTES, C),
        ("James Reed voted against the bill.", VOTES, S),
        ("Maria Lopez voted for the bill.", SPLIT, S),
        ("Maria Lopez voted against the bill.", SPLIT, C),
        (
            "Jim Hale voted for the plan.",
            "Tom Reed voted for the plan, but Jim Hale voted against it.",
            C,
        ),
        # Both named doers on one side: stated.
        (
            "Maria Lopez voted against the bill.",
            "Maria Lopez and James Reed voted against the bill.",
            S,
        ),
    ],
)
def test_each_doer_with_its_side(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
