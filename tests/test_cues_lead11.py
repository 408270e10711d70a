"""Cues fixed after the eleventh session's articles through match (a jobs report, a cricket
Test, a dock ballot, a wolf census, a rocket launch, a box office weekend, bus cuts)."""
# ruff: noqa: E501  (one pair per line: a claim and its passage read side by side)

from __future__ import annotations

import pytest

from factcheck.evidence.numbers import mentions
from factcheck.workspace.models import Stance
from tests.stance_helpers import assess

C, N, S = Stance.CONTRADICTS, Stance.NEUTRAL, Stance.SUPPORTS

# (claim, passage, stance), by the rule each tests.
STANCES = [
    # -- A count at a rate ("12 launches a year") is another figure than a total (a false
    # clash with "30 launches booked"); rates over other periods are compared.
    ("The European Space Agency plans 12 launches a year.", "Its first commercial flight is planned for the end of the year, and Arianespace has 30 launches booked.", N),
    ("There were 300 cases a day in March.", "There were 400 cases in March.", N),
    ("There were 300 cases a day in March.", "There were 400 cases a day in March.", C),
    ("There were 300 cases a day in March.", "There were 2,100 cases a week in March.", S),
    ("The museum attracts 2 million visitors a year.", "The museum, opened in 1759, attracts 2 million visitors a year and employs 1,200 staff.", S),
    ("The museum attracts 2 million visitors a year.", "The museum attracts 6 million visitors a year.", C),
    ("The course lasts a year.", "The course lasts a year and a half.", C),
    # -- "positions" are jobs (by the word: its stem is "positive"'s too).
    ("The federal government cut 4,000 jobs.", "Health care added 56,000 jobs and social assistance 31,000. Manufacturing employment was little changed, while the federal government shed 4,000 positions.", S),
    ("The company cut 300 jobs.", "The company cut 500 positions.", C),
    ("Studies point to a negative feedback.", "Studies point to a positive feedback.", C),
    # -- A figure in another sentence that holds none of the claim's words and names
    # another (not a speaker) is that other's (namedapart.py).
    ("Kung Fu Panda 4 opened with $30 million.", "\"Kung Fu Panda 4\" is due next weekend. Last weekend's leader, \"Bob Marley: One Love\", fell to second place with $13.5 million.", N),
    ("Dune opened with $30 million.", '"Dune" opened at the weekend. It took $13.5 million.', C),
    ("The bridge cost $30 million.", "The bridge opened in May. The final bill came to $45 million.", C),
    ("The bridge cost $30 million.", "The bridge opened in May. The final bill came to $45 million, Mayor Jones said.", C),
    ("The bridge cost $30 million.", "The bridge opened in May. According to Mayor Jones, the final bill came to $45 million.", C),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), STANCES)
def test_stances(claim: str, source: str, stance: Stance) -> None:
    assert assess(claim, source)[0] is stance


def test_a_count_at_a_rate_has_its_period() -> None:
    launches = next(m for m in mentions("It plans 12 launches a year.") if m.kind == "number")
    assert (launches.unit, launches.then, launches.per) == ("launch", "", 31557600.0)
