"""The value rules added for the blind table of "blinde" (tests/editor_pairs_blinde.py): the
pairs they decide, and the look-alikes they must leave alone (no clash on ordinary copy)."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "X is 45" is an age against an age of the same person (ages.said_as_age)
        ("The singer is 45.", "The singer, 52, announced her retirement on Monday.", C),
        ("The singer is 45.", "The singer, 45, announced her retirement on Monday.", S),
        ("The singer is 45.", "The singer's mother, 72, attended the concert.", N),
        ("The singer is 45.", "The singer released her first album at 19.", N),
        # "The victim, a 19-year-old student,": the apposition's age is the victim's
        ("The victim was 17.", "The victim, a 19-year-old student, died at the scene.", C),
        ("The victim, 17, died.", "The victim's 19-year-old brother was at the scene.", N),
    ],
)  # fmt: skip
def test_ages_said_plainly(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "by 310 to 290" after a word of a vote four words back
        ("The motion was carried by 310 votes to 290.",
         "MPs backed the motion by 310 to 290, a majority of 20.", S),
        ("The motion was carried by 310 votes to 290.",
         "MPs backed the motion by 305 to 295 after a long debate.", C),
        # "a majority of 20" is a vote's margin
        ("The motion was carried by a majority of 20.",
         "MPs backed the motion by 310 votes to 290.", S),
        ("The motion was carried by a majority of 20.",
         "MPs backed the motion by 300 votes to 290.", C),
        # "level at 1-1" is a score; "levels to 3-4 times" is not
        ("The match ended in a 1-1 draw.", "The match ended level at 1-1.", S),
        ("The match ended in a 2-2 draw.", "The match ended level at 1-1.", C),
        ("CO2 levels in greenhouses are three times natural levels.",
         "Greenhouses raise CO2 levels to 3-4 times the natural rate.", S),
    ],
)  # fmt: skip
def test_tallies_written_otherwise(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a score or tally in the past perfect is an earlier game's or vote's
        ("Arsenal beat Chelsea 2-1 on Saturday.",
         "Chelsea had beaten Arsenal 3-0 in the reverse fixture in August.", N),
        ("The Senate passed the bill 52-48.",
         "The House had passed the bill 220-212 a week earlier.", N),
        ("The Senate passed the bill 52-48.",
         "The Senate passed the bill 220-212 a week earlier.", N),
        # ... but not when "had" is in another clause, nor when the claim says "had" too
        ("The Senate passed the bill 52-48.",
         "The bill, which had stalled for months, passed the Senate 51-49.", C),
        ("Chelsea had beaten Arsenal 2-0 before the final.",
         "Chelsea had beaten Arsenal 3-0 before the final.", C),
        # the claim's "semi-final" against the passage's "final": another game
        ("Spain won the semi-final 2-1.", "Spain lost the final 3-0 to France.", N),
        ("Spain won the final 2-1.", "Spain lost the semi-final 3-0 to France.", N),
        ("Spain won the semi-final.", "Spain lost the final to France.", N),
        ("Spain won the semi-final 2-1.", "Spain lost the semi-final 3-0 to France.", C),
        ("Spain won the final.", "Spain lost the final to France.", C),
    ],
)  # fmt: skip
def test_scores_of_other_occasions(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a group's size is not a count of the claim's event (aside.group_size)
        ("No candidate won a majority.",
         "None of the 12 candidates won a majority in the first round.", S),
        ("No candidate won a majority.", "Two candidates won a majority.", C),
        ("None of the 12 candidates won a majority.", "Two candidates won a majority.", C),
        ("Two passengers were hurt.", "All 120 passengers were hurt in the crash.", C),
        # an expectation is not what happened, unless the claim is one too
        ("Roughly 300 people attended the rally.",
         "Organisers had expected 1,000 people at the rally.", N),
        ("Roughly 300 people attended the rally.",
         "Organisers expected 1,000 people, but only 950 people attended the rally.", C),
        ("Organisers expected 300 people at the rally.",
         "Organisers had expected 1,000 people at the rally.", C),
        # a figure "among" a part of the population the claim does not name
        ("Unemployment fell to 3.8% in May.",
         "Unemployment among young people was 11.2% in May.", N),
        ("Unemployment among young people fell to 9% in May.",
         "Unemployment among young people was 11.2% in May.", C),
        ("Unemployment fell to 3.8% in May.", "Unemployment fell to 4.1% in May.", C),
        # "the last strike" is another instance of the claim's strike
        ("The strike will start on April 3.",
         "The last strike, in November 2022, lasted five days.", N),
        ("The strike will start on April 3.", "The strike will start on April 10.", C),
    ],
)  # fmt: skip
def test_figures_of_something_else(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # parts of a month are the days they span, with a day or two of slack
        ("The bridge closed in early March.", "The bridge was closed on 2 March for repairs.", S),
        ("The bridge closed in early March.", "The bridge was closed on 28 March for repairs.", C),
        ("The bridge closed in early March.", "The bridge was closed on 11 March for repairs.", S),
        ("The bridge closed in late March.", "The bridge closed in mid-March.", S),
        ("The bridge closed in late March.", "The bridge closed in early March.", C),
        ("The bridge closed at the end of March.", "The bridge closed on 3 March.", C),
        ("The strike will start in the first week of April.",
         "Unions said the strike would start on April 3.", S),
        ("The strike will start in the first week of April.",
         "Unions said the strike would start on April 14.", C),
        ("The strike will start in the last week of April.",
         "Unions said the strike would start on April 27.", S),
        ("The talks ended in the second half of May.", "The talks ended on 9 May.", C),
        ("The bridge closed in March.", "The bridge closed in early March.", S),
        # dates with slashes, read where the order of day and month is plain
        ("The concert took place on 14/07/2023.",
         "The concert took place on 14 July 2023 in Lyon.", S),
        ("The concert took place on 14/07/2023.",
         "The concert took place on 17 July 2023 in Lyon.", C),
        ("The concert took place on 7/14/2023.", "The concert took place on July 14, 2023.", S),
        ("The concert took place on 07/04/2023.", "The concert took place on 9 May 2023.", N),
    ],
)  # fmt: skip
def test_parts_of_months_and_slashed_dates(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a place in a ranking or a race (ranks.PLACE), compared with another place
        ("The company ranked third in the survey.", "The company ranked second in the survey.", C),
        ("The company ranked third in the survey.",
         "The company, third in the survey, employs 2,000 people.", S),
        ("Hamilton finished second in Monaco.", "Hamilton came second in Monaco.", S),
        ("Hamilton finished second in Monaco.", "Hamilton finished 4th in Monaco.", C),
        ("Hamilton finished second in Monaco.", "Hamilton came first in Monaco.", C),
        ("The city ranked third in the survey.",
         "Rival city Lyon ranked first in the survey.", N),
        # not a place: a superlative's rank, a date's ordinal
        ("The airport ranked third in the survey.",
         "The airport, the second-busiest in Europe, ranked third in the survey.", S),
    ],
)  # fmt: skip
def test_places(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # an estimate on the other side of a bound (bands.estimate_past_bound)
        ("More than 5,000 people were evacuated.", "About 4,800 people were evacuated.", C),
        ("More than 5,000 people were evacuated.", "About 5,200 people were evacuated.", S),
        ("Fewer than 100 patients were treated.", "Around 105 patients were treated.", C),
        ("Fewer than 100 patients were treated.", "Around 90 patients were treated.", S),
        ("More than 5,000 people were evacuated.",
         "Between 4,500 and 5,100 people were evacuated.", S),
        # "pounds" are money beside a word of money, a mass beside a word of weight
        ("The company was fined £50,000.", "The company was fined 50,000 pounds.", S),
        ("The company was fined £50,000.", "The company was fined 80,000 pounds.", C),
        ("The prize is worth £1 million.", "The prize is worth one million pounds sterling.", S),
        ("The baby weighed 3.5 kg.", "The baby weighed 7.7 pounds at birth.", S),
        ("The baby weighed 3.5 kg.", "The baby weighed 3.5 pounds at birth.", C),
    ],
)  # fmt: skip
def test_estimates_and_pounds(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


def test_an_estimate_in_other_units_meets_a_bound() -> None:
    assert_case(
        "Sea levels dropped more than 400 feet.", "Sea level was about 120 meters lower.", S
    )


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a sum of money of another kind (aside._MONEY_GROUPS)
        ("The mayor earns $150,000 a year.",
         "The mayor's office has a budget of $2 million a year.", N),
        ("The mayor earns $150,000 a year.", "The mayor's salary is $185,000 a year.", C),
        ("The deal is worth $3 billion.", "The company's annual revenue is about $12 billion.", N),
        ("The deal is worth $3 billion.", "The deal is worth $4 billion.", C),
        ("The company was fined £50,000.",
         "The regulator imposed a penalty of £80,000 on the company.", C),
        # a negation of the opposite says the claim's word (negation.denies_opposite)
        ("United won 3-1 at home.",
         "United have not lost at home since March, winning nine of 12 games.", N),
        ("United lost 3-1 at home.", "United have not lost at home since March.", C),
        ("United won at home.", "United did not win at home.", C),
    ],
)  # fmt: skip
def test_sums_of_other_kinds_and_double_negatives(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a figure and its period both other: another period's figure (another_period)
        ("Inflation fell to 2.1% in October.", "Inflation was 2.4% in September.", N),
        ("The hospital treated 40 patients on Monday.",
         "On Tuesday the hospital treated 55 patients.", N),
        ("Inflation fell to 2.1% in October.", "Inflation fell to 2.4% in October.", C),
        ("Inflation fell to 2.1% in October.", "Inflation fell to 2.1% in September.", C),
        # full dates are events: both still clash
        ("The museum will reopen on 12 March 2025 with 300 new exhibits.",
         "The museum will reopen on 12 April 2025 with 200 new exhibits.", C),
        ("The team finished fourth in the league.",
         "The team finished the season fourth in the league.", S),
        ("The team finished fourth in the league.",
         "The team finished the season sixth in the league.", C),
    ],
)  # fmt: skip
def test_other_periods_and_places(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # two opposites each dated to another time are two events (occasions.dated_apart)
        ("The bridge closed in early March.",
         "The bridge, opened in 1932, carries 40,000 cars a day.", N),
        ("The bridge closed on Monday.", "The bridge opened in 1932.", N),
        ("The bridge closed in 1932.", "The bridge opened in March 1932.", C),
        ("The bridge closed on Monday.", "The bridge opened on Monday.", C),
        ("The bridge closed in March.", "The bridge opened in March.", C),
        ("Profits rose in 2019.", "Profits fell in 2019.", C),
    ],
)  # fmt: skip
def test_opposites_dated_apart(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # parts of a day are the clock times they span (dayparts.py)
        ("The suspect was arrested on the evening of 14 July.",
         "Police arrested the suspect on the morning of 14 July.", C),
        ("The suspect was arrested on the evening of 14 July.",
         "Police arrested the suspect at 9pm on 14 July.", S),
        ("The blast happened at 3 a.m. on Sunday.", "The blast happened on Sunday evening.", C),
        ("The blast happened at 3 a.m. on Sunday.",
         "The blast happened in the early hours of Sunday.", S),
        ("The storm hit at 10 p.m. on Saturday.", "The storm hit late on Saturday night.", S),
        # a part of a day is no figure a passage must give, and "the evening news" no time
        ("The minister arrived in Kyiv on Tuesday morning.",
         "The minister arrived in Kyiv on Tuesday.", S),
        ("The talks ended on Monday evening.",
         "The evening news reported that talks ended on Monday.", S),
    ],
)  # fmt: skip
def test_parts_of_a_day(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a date moved "from X to Y": Y is the occasion's date now (occasions._moved_to)
        ("The vote is on Wednesday.", "The vote was moved from Wednesday to Thursday.", C),
        ("The vote is on Thursday.", "The vote was moved from Wednesday to Thursday.", S),
        ("The hearing is on 3 March.",
         "The hearing was postponed from 3 March until 17 April.", C),
        ("The hearing is on 17 April.",
         "The hearing was postponed from 3 March until 17 April.", S),
        ("The vote is on Wednesday.", "The vote is on Wednesday, not Thursday.", S),
    ],
)  # fmt: skip
def test_dates_moved(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
