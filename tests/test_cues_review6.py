"""Value cues after the sixth review of issue 14: several amounts in one passage, written
tallies inside compound numbers, a part of a year against another event's year, 'mid-June',
percentage points against per cent, a glued '5-G' that is no unit. Each false clash the
review found, and the clash each rule was written for."""

from __future__ import annotations

import pytest

from factcheck.evidence.numbers import mentions
from factcheck.evidence.tallies import tallies
from factcheck.workspace.models import Stance
from tests.stance_helpers import PREFIX, assess

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

# Quarterly and monthly update copy: the claim's figure is one of several amounts.
SEVERAL_AMOUNTS = [
    (
        "Inflation eased to 3.2% in October.",
        "Inflation eased to 3.7% in September before slowing further to 3.2% in October.",
        S,
    ),
    (
        "Unemployment fell to 4.1%.",
        "Unemployment fell to 4.3% in February, and the March figure was 4.1%.",
        S,
    ),
    (
        "The economy grew 2.5% last year.",
        "The economy grew 0.4% in the fourth quarter, bringing annual growth to 2.5%.",
        S,
    ),
    (
        "Oil prices fell 5% this week.",
        "Oil prices fell 2% on Friday, leaving them down 5% this week.",
        S,
    ),
    (
        "Support for the party rose to 31%.",
        "Support for the party rose to 28% in June, and a new poll puts it at 31%.",
        S,
    ),
    (
        "GDP grew 0.6% in the second quarter.",
        "GDP grew 0.3% in the first quarter and, revised figures show, 0.6% in the second.",
        S,
    ),
    (
        "Inflation rose to 3.4% in May.",
        "Inflation rose to 3.2% in April. It then edged up to 3.4% in May.",
        S,
    ),
    (
        "Food prices rose 12% last year.",
        "Food prices rose 4% in the first half and a further 8% in the second, "
        "for a total of 12% last year.",
        S,
    ),
    # the rule's own catch: the claim's figure said of something else
    ("Prices rose by 5% last year.", "Wages grew by 5% while prices rose by 7%.", C),
    ("Prices rose by 5% last year.", "Prices rose by 7%, whereas wages grew by 5%.", C),
]

TALLIES_IN_COMPOUNDS = [
    # a compound number is read whole, never as its last word ("one to seven")
    ("The team won 21-7.", "The team won twenty-one to seven on Saturday.", S),
    (
        "The committee voted 22-11 to advance the bill.",
        "The committee voted twenty-two to eleven to advance the bill.",
        S,
    ),
    ("The team won 21-7.", "The team won twenty-one to ten on Saturday.", C),
    ("The team won 1-7.", "The team won twenty-one to seven on Saturday.", C),
    # the written tally still clashes
    ("The court ruled 7-2.", "The court ruled five to four.", C),
    ("The team won 3-1.", "The team won two-nil on Saturday.", C),
]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("won twenty-one to seven", (21, 7)),
        ("won two-nil", (2, 0)),
        ("voted thirty to twelve", (30, 12)),
    ],
)
def test_written_tallies_with_tens(text: str, pair: tuple[int, int]) -> None:
    assert [m.value for m in tallies(text)] == [pair]


@pytest.mark.parametrize("text", ["They won twenty-one.", "won twenty-one games"])
def test_a_compound_number_alone_is_no_tally(text: str) -> None:
    assert tallies(text) == []


PART_OF_YEAR = [
    (
        "The law took effect in early 2020.",
        "The law, passed in 2019, took effect in January 2020.",
        S,
    ),
    # (other words than the claim's: no clash with another event's year; November and
    # December are inside "late 2021", which is read as a part of the year since blindk)
    (
        "The company went public in late 2021.",
        "The company, founded in 2015, listed its shares in November 2021.",
        S,
    ),
    (
        "The plant closed in late 2021.",
        "The plant, which opened in 1998, was shut down in December 2021.",
        S,
    ),
    # another year after the same word still clashes
    ("The plant closed in late 2021.", "The plant closed in late 2019.", C),
]

MID_MONTH = [
    (
        "The talks resumed in mid-June.",
        "The talks, suspended in April, resumed in the middle of June.",
        S,
    ),
    ("The talks resumed in mid-June.", "The talks resumed in mid-July.", C),
]

POINTS_AND_PER_CENT = [
    ("Inflation fell 2 percentage points.", "Inflation fell to 2%, from 4% a year earlier.", N),
    (
        "Support for the bill was 5 percentage points higher.",
        "Support rose to 45%, compared with 40% last year, while opposition was at 5%.",
        N,
    ),
    # the same change given in the other unit (review C2): a clash
    ("Unemployment fell 3 percentage points.", "Unemployment fell 3% last year.", C),
    # a level in the claim, a change in the passage
    ("Inflation fell to 3%.", "Inflation fell 3 percentage points last year.", N),
    # another value in the other unit is another figure (a relative change), no clash
    (
        "Support for the plan rose 3 percentage points.",
        "Support for the plan climbed 12% among young voters.",
        N,
    ),
]

GLUED = [
    (
        "The operator launched a 5-G network in the city.",
        "The operator launched a 5-G network in the city on Monday.",
        S,
    ),
    ("The parcel weighed 5 grams.", "The operator launched a 5-G network for the parcel.", N),
]


@pytest.mark.parametrize("text", ["the 5-G network", "a 3-D film", "a 5-g sample"])
def test_one_letter_after_a_hyphen_is_no_unit(text: str) -> None:
    assert [m.unit for m in mentions(text)] == [""]


def test_a_word_unit_after_a_hyphen_still_is() -> None:
    assert [m.unit for m in mentions("a 6.2-mile race and a 5-kg bag")] == ["length", "mass"]


ALL = (
    SEVERAL_AMOUNTS + TALLIES_IN_COMPOUNDS + PART_OF_YEAR + MID_MONTH + POINTS_AND_PER_CENT + GLUED
)


@pytest.mark.parametrize(("claim", "source", "stance"), ALL)
def test_review6_value_pair(claim: str, source: str, stance: Stance) -> None:
    got, cues = assess(claim, source)
    assert got is stance, [c.describe() for c in cues]
    for cue in cues:
        if cue.start >= 0:
            assert (PREFIX + source)[cue.start : cue.end] == cue.source
