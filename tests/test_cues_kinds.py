"""People counted as a kind of people (evidence/kinds.py): the same figure agrees ("2,000
people" / "about 2,000 residents"), a different one is no clash, since the kind may be some
of the people ("300 people died" / "120 villagers died")."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

CASES = [
    ("Some 2,000 people were evacuated.", "About 2,000 residents were evacuated.", S),
    ("300 people died in the floods.", "300 villagers died in the floods.", S),
    ("2,000 residents were evacuated.", "About 2,000 people were evacuated from the town.", S),
    ("The ship carried 300 passengers.", "The ship carried 300 people, most of them tourists.", S),
    # Another figure of a kind of people: no clash either way round.
    ("300 people died in the floods.", "120 villagers died in the floods.", N),
    ("2,000 residents were evacuated.", "About 5,000 people were evacuated from the town.", N),
    # Not people: nothing agrees.
    ("The ship carried 300 passengers.", "The ship carried 300 cars.", N),
    # The same noun still clashes.
    ("300 people died in the floods.", "120 people died in the floods.", C),
]


@pytest.mark.parametrize(("claim", "source", "stance"), CASES)
def test_kinds_of_people(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
