"""The value readers and rules added for the blind table of "blindg"
(tests/editor_pairs_blindg.py): shares written as a ratio or a word, a share of a whole
against the rate it changed at, a rate against an amount, seasons, halves and quarters of
a year against months, "last week": what they read, and the look-alikes they must leave alone."""

from __future__ import annotations

import pytest

from factcheck.evidence.numbers import mentions
from factcheck.workspace.models import Stance
from tests.stance_helpers import agrees, assess, conflicts, only_conflict


def _shares(text: str) -> list[tuple[str, float, float]]:
    return [(m.text, m.low, m.high) for m in mentions(text) if m.unit == "%"]


@pytest.mark.parametrize(
    ("text", "quoted", "low", "high"),
    [
        ("One in four adults smokes.", "One in four", 22.5, 27.5),
        ("Three out of every four voters agreed.", "Three out of every four", 67.5, 82.5),
        ("About 9 in 10 doctors agree.", "About 9 in 10", 81.0, 99.0),
        ("A majority of members voted to strike.", "A majority of", 50.01, 100.0),
        ("The vast majority of staff stayed.", "The vast majority of", 75.0, 100.0),
        ("A minority of residents backed it.", "A minority of", 0.0, 49.99),
    ],
)
def test_ratio_read_as_share(text: str, quoted: str, low: float, high: float) -> None:
    [(got, got_low, got_high)] = _shares(text)
    assert (got, round(got_low, 2), round(got_high, 2)) == (quoted, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "It is a one in a million chance.",
        "The bill passed with a majority of 20 votes.",
        "The party won a majority in parliament.",
        "He scored one in 2019 and two in 2020.",
        "Two in five years is a fast pace.",
    ],
)
def test_no_share_read(text: str) -> None:
    assert _shares(text) == []


def test_ratios_agree_and_clash_with_per_cent() -> None:
    agrees("One in four adults in the region smokes.", "25% of adults in the region smoke.")
    agrees("A majority of members voted to strike.", "Some 62% of members voted to strike.")
    assert (
        only_conflict(
            "A majority of members voted to strike.", "Only 38% of members voted to strike."
        ).source
        == "38%"
    )
    assert (
        only_conflict(
            "Nine out of ten doctors recommend the vaccine.",
            "Six in ten doctors recommend the vaccine.",
        ).source
        == "Six in ten"
    )


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "A quarter of the council's budget goes to social care.",
            "The council's budget rose by 4% this year, with social care the biggest line.",
        ),
        (
            "Sales of electric cars tripled in 2023.",
            "Electric cars made up 16% of new car sales in 2023.",
        ),
        (
            "The storm dumped 30 centimetres of snow on the town.",
            "The storm's winds reached 90 kilometres per hour as it crossed the town.",
        ),
    ],
)
def test_other_figures_do_not_clash(claim: str, source: str) -> None:
    assert not conflicts(assess(claim, source)[1])


def test_changes_and_speeds_still_clash() -> None:
    assert only_conflict("Prices rose by 4% in May.", "Prices rose by 7% in May.").source == "7%"
    assert (
        only_conflict(
            "The winds reached 90 kilometres per hour.", "The winds reached 120 km per hour."
        ).source
        == "120 km per hour"
    )


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The factory closed in the autumn of 2021.", "The factory closed in October 2021."),
        ("The plant was shut in the third quarter.", "The plant was shut in August."),
        ("The law took effect in the first half of 2024.", "The law took effect in May 2024."),
        ("The bridge reopened in H2 2023.", "The bridge reopened on 3 November 2023."),
        ("The outbreak began in the winter of 2021.", "The outbreak began in January 2022."),
        ("The election was held last spring.", "The election was held in April."),
    ],
)
def test_month_inside_a_period_agrees(claim: str, source: str) -> None:
    agrees(claim, source)


@pytest.mark.parametrize(
    ("claim", "source", "quoted"),
    [
        ("The factory closed in the autumn of 2021.", "The factory closed in March 2021.",
         "March 2021"),
        ("The plant was shut in the third quarter of 2022.", "The plant was shut in November 2022.",
         "November 2022"),
        ("The law took effect in the first half of 2024.",
         "The law took effect in September 2024.", "September 2024"),
        ("The election was held in winter.", "The election was held in June.", "June"),
        ("The store opened in the fall of 2019.", "The store opened in May 2019.", "May 2019"),
    ],
)  # fmt: skip
def test_month_outside_a_period_clashes(claim: str, source: str, quoted: str) -> None:
    assert only_conflict(claim, source).source == quoted


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the month after a season may still be in it (astronomical seasons)
        ("The factory closed in the autumn of 2021.", "The factory closed in December 2021."),
        # a fiscal quarter may start in any month
        ("Apple's sales fell in the fiscal third quarter.", "Apple's sales fell in June."),
        # another year is the year's to read
        ("The bridge reopened in spring 2023.", "The bridge was closed in November 2022."),
        ("The protests of the Arab Spring began in December.", "The protests began in December."),
        ("Prices fall in March, the report said.", "Prices fall in March and rise in May."),
        # a season in a name
        (
            "Protesters stormed the Winter Palace in October 1917.",
            "Protesters stormed the palace in October 1917.",
        ),
        ("The Spring Festival began in February.", "The festival began on 10 February."),
    ],
)
def test_periods_left_alone(claim: str, source: str) -> None:
    assert not conflicts(assess(claim, source)[1])


def test_last_of_a_time_is_no_rank() -> None:
    """ "last week" says when, not the last of a row: no opposite of "first"."""
    claim = "The strike began last week."
    assert not conflicts(assess(claim, "The union first threatened a strike in January.")[1])
    assert only_conflict("She finished last in the race.", "She finished first in the race.")
    assert only_conflict(
        "Voting ended in the last week of March.", "Voting ended in the first week of March."
    )


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a time from the writer's day is not the date a passage gives
        ("The strike began last week.", "The strike began on 3 March.", Stance.NEUTRAL),
        ("The strike began last week.", "The strike began last week at the port.", Stance.SUPPORTS),
        ("The strike began last week.", "The strike began at the port.", Stance.SUPPORTS),
    ],
)
def test_relative_time_against_a_date(claim: str, source: str, stance: Stance) -> None:
    assert assess(claim, source)[0] is stance


def test_multiple_not_stated_by_another_share() -> None:
    claim = "Sales of electric cars tripled in 2023."
    assert assess(claim, "Electric cars made up 16% of new car sales in 2023.")[0] is (
        Stance.NEUTRAL
    )
    assert assess(claim, "Sales of electric cars rose 200% in 2023.")[0] is Stance.SUPPORTS


@pytest.mark.parametrize(
    ("text", "quoted", "unit", "low", "high"),
    [
        ("The singer died at the age of 78.", "at the age of 78", "age:singer", 78, 78),
        ("The singer, who was 82, died on Sunday.", "who was 82", "age:singer", 82, 82),
        ("The senator turned 60 last month.", "turned 60", "age:senat", 60, 60),
        ("The senator celebrated her 65th birthday.", "65th birthday", "age:senat", 65, 65),
        ("The victim was a teenager.", "was a teenager", "age:victim", 13, 19),
        ("The driver, in his late forties, was held.", "in his late forties", "age:driver", 46, 49),
        ("The mother of three, aged 45, was charged.", "aged 45", "age:mother", 45, 45),
    ],
)  # fmt: skip
def test_ages_in_other_words(text: str, quoted: str, unit: str, low: float, high: float) -> None:
    found = [(m.text, m.unit, m.low, m.high) for m in mentions(text) if m.unit.startswith("age:")]
    assert found == [(quoted, unit, low, high)]


@pytest.mark.parametrize(
    "text",
    [
        "The car turned 180 degrees on the ice.",
        "Profits turned 3 million pounds higher.",
        "Teenagers were a tenth of the crowd.",
    ],
)
def test_no_age_read(text: str) -> None:
    assert not [m for m in mentions(text) if m.unit.startswith("age:")]


def test_ages_in_other_words_agree_and_clash() -> None:
    agrees("The singer died aged 82.", "The singer, who was 82, died at his home on Sunday.")
    agrees("The driver, in his forties, was arrested.", "The driver, 47, was arrested.")
    assert only_conflict(
        "The singer died aged 82.", "The singer died at the age of 78 at his home."
    ).source == ("at the age of 78")
    assert only_conflict("The victim was a teenager.", "The victim, 34, was named.").source == "34"


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The match ended goalless.", "The match ended 0-0."),
        ("The final ended in a draw.", "The final ended 2-2 after extra time."),
        ("Spain drew with Italy in Turin.", "Spain and Italy drew 1-1 in Turin."),
        ("Silva kept a clean sheet in the win.", "Silva kept a clean sheet as City won 2-0."),
        ("Kane scored a hat-trick against Wolves.", "Kane scored three goals against Wolves."),
        ("Kane scored twice against Wolves.", "Kane scored two goals against Wolves."),
        (
            "City won the final on penalties.",
            "City won the final 4-3 on penalties after a 1-1 draw.",
        ),
    ],
)
def test_score_words_agree(claim: str, source: str) -> None:
    agrees(claim, source)


@pytest.mark.parametrize(
    ("claim", "source", "quoted"),
    [
        ("The match ended goalless.", "The match ended 1-0 to the visitors.", "1-0"),
        ("The final ended in a draw.", "The final ended 3-1 to United.", "3-1"),
        ("The keeper kept a clean sheet in Saturday's win.",
         "The keeper conceded in Saturday's 3-2 win.", "3-2"),
        ("Kane scored a hat-trick against Wolves.", "Kane scored twice against Wolves.",
         "scored twice"),
        ("City won the final on penalties.", "City won the final 2-1.", "2-1"),
    ],
)  # fmt: skip
def test_score_words_clash(claim: str, source: str, quoted: str) -> None:
    assert only_conflict(claim, source).source == quoted


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Kane scored a hat-trick against Wolves.",
         "Kane has scored 24 goals in 30 games this season."),
        ("City won the match 2-0.", "After a goalless first half, City won the match 2-0."),
        ("The final ended in a draw.", "The draw for the final was made on Monday."),
        ("The plan drew criticism from the council.", "The council voted 5-4 for the plan."),
    ],
)  # fmt: skip
def test_score_words_left_alone(claim: str, source: str) -> None:
    assert not conflicts(assess(claim, source)[1])


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Turnout fell 5 points to 60%.", "Turnout dropped from 65% to 60%."),
        ("The party's share rose from 30% to 33%.", "The party's share rose by 3 points to 33%."),
        ("Unemployment rose from 4% to 6%.", "Unemployment rose by 2 percentage points, to 6%."),
    ],
)
def test_change_in_points_from_its_ends_agrees(claim: str, source: str) -> None:
    agrees(claim, source)


def test_change_in_points_from_its_ends_clashes() -> None:
    claim = "The party's vote share rose from 30% to 33%."
    assert (
        only_conflict(claim, "The party's vote share rose by 10 percentage points.").source
        == "10 percentage points"
    )
    # a rise in per cent of the level is another figure: 4% to 6% is a rise of 50%
    assert not conflicts(assess("Unemployment rose from 4% to 6%.", "Unemployment rose 50%.")[1])


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The house sold for $1.5 million.", "The house sold for one and a half million dollars."),
        ("About 2.5 million people live in the city.",
         "Two and a half million people live in the city."),
        ("A million people have signed the petition.",
         "The petition has been signed by 1m people."),
        ("The app has 2.5 billion users.", "The app has 2.5bn users worldwide."),
    ],
)  # fmt: skip
def test_millions_in_other_words_agree(claim: str, source: str) -> None:
    agrees(claim, source)


def test_short_scales_before_other_words_stay_measures() -> None:
    assert [(m.unit, m.low) for m in mentions("The wall is 2m high.")] == [("length", 2.0)]
    assert only_conflict("The house sold for $1.5 million.", "The house sold for $2.5 million.")


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The operation took four hours.", "The operation lasted 240 minutes."),
        ("The derby finished goalless.", "The derby finished 0-0 at Anfield."),
        ("The charity raised $250,000.", "The charity raised a quarter of a million dollars."),
        ("Support fell from 40% to 35%.", "Support fell five points to 35%."),
        (
            "The Bank raised rates by half a point.",
            "The Bank raised rates by 0.5 percentage points.",
        ),
        ("The price of eggs has halved.", "The price of eggs has fallen by 50%."),
        ("Costs were cut by a third.", "Costs were cut by 33%."),
    ],
)
def test_second_batch_agree(claim: str, source: str) -> None:
    agrees(claim, source)


@pytest.mark.parametrize(
    ("claim", "source", "quoted"),
    [
        ("The Bank raised rates by half a point.",
         "The Bank raised rates by 0.25 percentage points.", "0.25 percentage points"),
        ("Crime in the city has halved.", "Crime in the city has fallen by a quarter.",
         "a quarter"),
    ],
)  # fmt: skip
def test_second_batch_clash(claim: str, source: str, quoted: str) -> None:
    assert only_conflict(claim, source).source == quoted


def test_halving_is_no_level() -> None:
    claim = "Crime in the city has halved."
    assert not conflicts(assess(claim, "Half of the city's crime is theft.")[1])


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the time it took to do something is not how long a thing lasted
        ("The project took six months to approve.", "The project will last 20 years."),
        ("The talks lasted two days.", "It took two weeks to arrange the talks."),
        # a season's total, in words
        ("The striker scored twice in the final.", "The striker has scored twice in three finals."),
    ],
)
def test_other_lengths_and_totals_do_not_clash(claim: str, source: str) -> None:
    assert not conflicts(assess(claim, source)[1])


def test_share_of_a_population_the_claim_never_names() -> None:
    """Either side's share of a population the other never names is another figure."""
    claim = "Unemployment rose from 4% to 5%."
    assert not conflicts(assess(claim, "Unemployment rose in 40% of the regions.")[1])
    assert only_conflict(
        "Half of the respondents trusted the police.", "Only 30% of respondents trusted the police."
    )


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("Asylum claims doubled last year.",
         "There were twice as many asylum claims last year as the year before.", Stance.SUPPORTS),
        ("Sales tripled.", "Sales were three times as high in 2023 as in 2019.", Stance.SUPPORTS),
        ("Sales doubled.", "Sales were three times as high in 2023 as in 2019.",
         Stance.CONTRADICTS),
        # two groups compared: no rise
        ("Claims doubled last year.", "Twice as many women as men made claims last year.",
         Stance.NEUTRAL),
    ],
)  # fmt: skip
def test_multiple_of_an_earlier_time_is_a_rise(claim: str, source: str, stance: Stance) -> None:
    assert assess(claim, source)[0] is stance


def test_one_unit_of_time_after_a_verb_of_lasting() -> None:
    agrees("The strike lasted a fortnight.", "The strike lasted 14 days.")
    agrees("The ceasefire lasted a week.", "The ceasefire lasted seven days.")
    assert only_conflict("The ceasefire held for a week.", "The ceasefire held for 10 days.")
    agrees("The meeting lasted an hour and a half.", "The meeting lasted 90 minutes.")
    for text in ("The talks were held a week ago.", "The drug is taken once a week."):
        assert not [m for m in mentions(text) if m.unit == "duration"]


def test_most_is_more_than_half() -> None:
    assert only_conflict("Most doctors back the plan.", "Only 30% of doctors back the plan.")
    agrees("Most doctors back the plan.", "Some 70% of doctors back the plan.")
    assert not conflicts(
        assess("Trains were late most of the time.", "30% of trains were late.")[1]
    )
    assert not conflicts(assess("He made the most of the chance.", "Only 30% of chances count.")[1])
