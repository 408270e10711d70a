"""Value cues the blind table "blindk" found wrong (tests/editor_pairs_blindk.py): a tally
after its vote word's object, a written tally with "-to-", a margin of "a single vote", a
part of a year ("early 2021"), and a date of an active verb whose object is the claim's
subject. Each rule's catch, and the near misses it must leave alone."""

from __future__ import annotations

import pytest

from factcheck.evidence.numbers import mentions
from factcheck.evidence.tallies import tallies
from factcheck.workspace.models import Stance
from tests.editor_pairs_blindk import (
    BLIND,
    FIFTH,
    FOURTH,
    NOT_SHOWN,
    SECOND,
    SEMANTIC_WRONG,
    SEVENTH,
    SIXTH,
    THIRD,
)
from tests.stance_helpers import assert_case, assess

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Senate passed the farm bill 52-48.", (52, 48)),
        ("The board approved the council's new budget 7-2 on Monday.", (7, 2)),
        ("United lost the second leg 1-3.", (3, 1)),
        ("In a five-to-four decision, the court sided with the state.", (5, 4)),
    ],
)
def test_tally_read(text: str, pair: tuple[int, int]) -> None:
    assert [m.value for m in tallies(text)] == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "The council rejected the plan for 5-10 homes.",  # a range of another noun
        "The council rejected a smaller version 6-5.",  # often another thing voted on
        "It passed the bill with 5-10 amendments.",
    ],
)
def test_no_tally_after_another_noun(text: str) -> None:
    assert tallies(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("approved in early 2021", ((1, 2, 3), (4, 5), 2021)),
        ("began in late 2022", ((10, 11, 12), (8, 9), 2022)),
        ("at the end of 2022, sales fell", ((10, 11, 12), (8, 9), 2022)),
        ("in mid-2023", ((6, 7), (4, 5, 8, 9), 2023)),
    ],
)
def test_part_of_a_year(text: str, span: tuple[object, ...]) -> None:
    assert [m.value for m in mentions(text) if m.kind == "span"] == [span]


@pytest.mark.parametrize(
    "text", ["by the end of 2022", "as early as 2021", "in the early 1990s", "until mid-2023"]
)
def test_no_part_of_a_year_after_a_bound(text: str) -> None:
    assert [m for m in mentions(text) if m.kind == "span"] == []


PAIRS = [
    # a tally after the vote word's object
    ("The Senate passed the farm bill 52-48.", "The farm bill passed the Senate 51-49.", C),
    ("The Senate passed the farm bill 52-48.", "The Senate approved the farm bill 52-48.", S),
    # "five-to-four"
    ("The court ruled 5-4 for Ohio.", "In a five-to-four decision, the court ruled for Ohio.", S),
    ("The court ruled 5-4 for Ohio.", "In a six-to-three decision, the court ruled for Ohio.", C),
    # a margin of one said without a number
    ("The rent measure failed by a single vote.", "The rent measure failed 40-35.", C),
    ("The rent measure failed by a single vote.", "The rent measure failed 40-39.", S),
    ("Rovers won by a single goal.", "Rovers won 3-1 at home.", C),
    # a margin of votes is no count of them
    ("The motion passed by one vote.", "The motion needed 26 votes to pass.", N),
    ("The motion passed by a single vote.", "The motion received 26 votes.", N),
    ("City won the league by two points.", "City won the league, two points clear of United.", S),
    # a part of a year
    ("The FDA approved the drug in early 2021.", "The FDA approved the drug in November 2021.", C),
    ("The FDA approved the drug in early 2021.", "The FDA approved the drug in February 2021.", S),
    ("The FDA approved the drug in early 2021.", "The FDA approved the drug in April 2021.", N),
    ("Work on the stadium began in late 2022.", "Work on the stadium began in February 2022.", C),
    ("The pool will be finished by the end of 2022.", "The pool was finished in February 2022.", S),
    # the claim's subject as the passage's object
    ("The drug was approved on 3 June 2023.", "Regulators approved the drug on 5 June 2023.", C),
    ("The vaccine was approved in mid-2023.", "Regulators approved the vaccine in June 2023.", S),
    ("The museum opened on 12 May 2001.", "The museum's new wing opened on 3 June 2015.", N),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), PAIRS)
def test_pair(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


# Word cues and dates of another instance (the second round of blindk's fixes).
OTHER_PAIRS = [
    # a first time and a time again (again.py)
    ("The bridge reopened on 3 March 2025.", "The bridge first opened in May 1962.", N),
    ("The bridge first opened in May 1962.", "The bridge reopened on 3 March 2025.", N),
    ("The bridge reopened on 3 March 2025.", "The bridge reopened on 5 March 2025.", C),
    ("The bridge opened in May 1962.", "The bridge first opened in June 1962.", C),
    # a person tied to the claim's (subjects._TIED)
    ("The jury convicted Mr Dale of fraud.", "Mr Dale's co-defendant was acquitted of fraud.", N),
    ("Senator Ruiz backed the bill.", "Ruiz's allies opposed the bill.", N),
    ("Senator Ruiz backed the bill.", "Ruiz opposed the bill.", C),
    # each against another thing (comparedwith.against_apart)
    ("The pound weakened against the dollar.", "The pound strengthened against the euro.", N),
    ("The pound weakened against the dollar.", "The pound strengthened against the dollar.", C),
    ("The pound weakened against the dollar.", "The dollar strengthened against the pound.", S),
    # a change the other way in the past perfect, at a year of its own (earlier.said_earlier)
    ("The gap between rich and poor widened last year.", "The gap had narrowed in the 1990s.", N),
    ("The gap between rich and poor widened.", "The gap between rich and poor narrowed.", C),
    ("The gap between rich and poor widened in 2023.", "The gap had narrowed in 2023.", C),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), OTHER_PAIRS)
def test_other_pair(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


# A race's or a table's order turned round (comparatives.RANK_AFTER, "above" / "below").
RANK_PAIRS = [
    ("Hamilton finished ahead of Verstappen.", "Verstappen finished ahead of Hamilton.", C),
    ("Hamilton finished ahead of Verstappen.", "Verstappen finished behind Hamilton.", S),
    ("Kenya finished above Ghana.", "Ghana finished above Kenya.", C),
    ("Kenya finished above Ghana.", "Ghana finished below Kenya.", S),
    ("Labour polled ahead of the Greens.", "The Greens polled ahead of Labour.", C),
    ("Temperatures were above average in July.", "Temperatures in July were above average.", S),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), RANK_PAIRS)
def test_rank_pair(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


# After the second batch: parts of a year against each other, a period named as a thing,
# "voted to confirm", another place after "in".
SECOND_ROUND = [
    ("The plant will shut in early 2026.", "The plant will shut in mid-2026.", C),
    ("The plant will shut in early 2026.", "The plant will shut in the summer of 2026.", C),
    ("The ferry resumes in spring 2025.", "The ferry resumes in autumn 2025.", C),
    ("The drought began in the summer of 2022.", "They said the summer of 2024 would be wet.", N),
    ("The drought began in the summer of 2022.", "The drought began in the summer of 2024.", C),
    ("The summer of 2022 was the hottest.", "The summer of 2023 was the hottest.", C),
    ("The senator voted against the nominee.", "The senator voted to confirm the nominee.", C),
    ("The senator voted for the bill.", "The senator voted to block the bill.", C),
    ("The senator voted against the bill.", "The senator voted to block the bill.", S),
    ("House prices in Leeds rose.", "House prices in York fell.", N),
    ("House prices in Leeds rose.", "House prices in Leeds fell.", C),
    ("House prices in Leeds rose.", "House prices fell.", C),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), SECOND_ROUND)
def test_second_round_pair(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


def test_voted_to_quotes_its_verb() -> None:
    _, cues = assess(
        "The senator voted against the nominee.", "The senator voted to confirm the nominee."
    )
    assert [c.source for c in cues if c.conflict] == ["voted to confirm"]


_WANTED = {
    (c, p): Stance(w) for _, c, p, w in [*BLIND, *SECOND, *THIRD, *FOURTH, *FIFTH, *SIXTH, *SEVENTH]
}


@pytest.mark.parametrize(("claim", "source"), sorted(SEMANTIC_WRONG))
def test_semantic_wrong_pair_right_by_words(claim: str, source: str) -> None:
    """The table's pairs wrong only with semantic retrieval: right by words alone."""
    assert_case(claim, source, _WANTED[claim, source])


# After the fourth batch: another version of the thing, places of a kind in words, a name
# swapped beside an opposite of another place, "before" in the past perfect.
FOURTH_ROUND = [
    ("The senator opposed the tax cut.", "The senator supported a smaller tax cut.", N),
    ("The senator opposed the tax cut.", "The senator supported the tax cut.", C),
    ("The union rejected the pay offer.", "The union accepted a revised pay offer.", N),
    ("Texas is bigger than California.", "California is smaller than Texas.", S),
    ("Crime fell in the city centre.", "Crime rose in the suburbs, police said.", N),
    ("Crime fell in the city centre.", "Crime rose in the city centre, police said.", C),
    ("Crime fell in rural areas.", "Crime rose in urban areas.", N),
    ("The Democrats gained seats in the House.", "The Democrats lost seats in the Senate.", N),
    ("The Democrats gained seats in the House.", "The Democrats gained seats in the Senate.", C),
    ("The share price fell after the results.", "The share price had risen before the results.", N),
    ("The share price fell after the results.", "The share price rose after the results.", C),
    # the subject before a verb of motion and its auxiliaries (subjects._noun_before)
    ("Bus fares will go up in April.", "Train fares will go down in April.", N),
    ("Bus fares will go up in April.", "Bus fares will go down in April.", C),
    # a part of a longer time (stretches._PART_OF); "last week" is a time (subjects)
    ("Admissions fell last week.", "Admissions rose in the first week of the outbreak.", N),
    ("Admissions fell last week.", "Admissions rose last week.", C),
    ("Prices fell in March.", "Prices rose in the first week of March.", N),
    # a date of no phase while the claim's has one the passage never names (other_event)
    ("Mr Ito was born in 1961.", "Mr Ito, who joined the firm in 1985, retired in 2021.", N),
    ("Mr Ito was born in 1961.", "Mr Ito was born in 1963.", C),
    ("Vaccine rollout began in December 2020.", "First vaccine dose given on 8 December 2020.", S),
    # "rebounded" / "collapsed", "upheld" / "rescinded"
    ("Tourism rebounded in 2023.", "Tourism collapsed in 2020 during the pandemic.", N),
    ("Tourism rebounded in 2023.", "Tourism collapsed in 2023.", C),
    ("The FA upheld the red card.", "The FA rescinded the red card on appeal.", C),
    # a score at another moment of the game (earlier._MOMENT)
    ("Chelsea drew 2-2 after extra time.", "Chelsea were level at 1-1 after 90 minutes.", N),
    ("Spain won 2-1.", "Spain won 2-1 after trailing at half-time.", S),
    ("Chelsea drew 2-2 with Everton.", "Chelsea and Everton drew 1-1.", C),
    # a change from where the claim's ended (stretches._from_where_it_reached)
    ("Gold rose to a record high.", "Gold fell from its record high on Friday.", N),
    ("Gold rose to a record high.", "Gold fell on Friday.", C),
    # a score either way round names the contest (outcomes._score); a person's party
    ("The Giants beat the Eagles 24-17.", "The Giants lost 17-24 to the Eagles.", C),
    ("The Giants beat the Eagles 24-17.", "The Eagles lost 17-24 to the Giants.", S),
    ("Ms Ruiz voted against the bill.", "Ms Ruiz's party voted for the bill.", N),
    ("Ms Ruiz voted against the bill.", "Ms Ruiz voted for the bill.", C),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), FOURTH_ROUND)
def test_fourth_round_pair(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(("claim", "source"), sorted(NOT_SHOWN))
def test_pair_match_does_not_show_is_related(claim: str, source: str) -> None:
    """The table's pairs `match` does not show lexically (no shared content word)."""
    assert_case(claim, source, N)
