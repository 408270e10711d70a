"""A claim's doer named in the passage only as the one beaten, several words after "over" or
"defeating" ("a majority of 3,105 over the Conservative candidate, Tom Hart"): another won."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C = Stance.SUPPORTS, Stance.CONTRADICTS
RESULT = (
    "Labour's Sarah Okafor won the Westfield by-election on Thursday with 14,212 votes, a "
    "majority of 3,105 over the Conservative candidate, Tom Hart."
)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("Tom Hart won the Westfield by-election.", RESULT, C),
        ("Sarah Okafor won the Westfield by-election.", RESULT, S),
        ("David Chen won the election.", "Maria Lopez won the election, defeating David Chen.", C),
        ("Tom Hart won the seat.", "Tom Hart won the seat from Labour, beating Sarah Okafor.", S),
    ],
)
def test_the_one_beaten_is_no_winner(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
