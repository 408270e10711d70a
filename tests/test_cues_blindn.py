"""Focused tests for the rules blindn's table (tests/editor_pairs_blindn.py) brought: each
rule's pair and its guards, the clashes it must keep."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # Headlines' "pc" and "pct" are per cent, "pts" points.
        ("Inflation hit 3.1pc in May", "Inflation was 3.1 per cent in May.", S),
        ("Inflation hit 3.1pc in May", "Inflation was 2.9 per cent in May.", C),
        ("Jobless rate at 5 pct", "The jobless rate was 6%.", C),
        (
            "Poll: Social Democrats on 31pc, up 2 pts",
            "The Social Democrats are on 31 per cent in the poll, up two points on last month.",
            S,
        ),
        ("The shop sold 3 PCs in May.", "The shop sold 3% more in May.", N),
    ],
)
def test_headline_abbreviations(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "began" and "opened" of the same thing date one event.
        ("The trial began in March.", "The trial opened in April.", C),
        (
            "The trial of the former minister began on 12 February.",
            "The former minister's trial opened on 21 February at the regional court.",
            C,
        ),
        ("The exhibition opens on 3 May.", "The exhibition starts on 3 May.", S),
        # Not of another thing: work on it, its construction.
        ("The bridge opened in March 2024.", "Work on the bridge started in March 2021.", N),
        ("The museum opened in 2019.", "Construction of the museum began in 2015.", N),
    ],
)
def test_opened_and_began_of_one_thing(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A season naming a term is no stretch of months.
        (
            "Applications for the autumn intake close on 31 January.",
            "Applications for the autumn intake must arrive by 31 January.",
            S,
        ),
        ("The spring term starts on 6 January.", "The spring term starts on 6 January.", S),
        ("The plant closed in the autumn.", "The plant closed in March.", C),
        # A weekday of saying dates no event.
        (
            "The Lisbon metro strike is planned for Thursday 9 May.",
            "Metro workers in Lisbon called a strike for May 9, the union said on Monday.",
            S,
        ),
        ("The strike is on Thursday.", "The strike is on Monday, the union said.", C),
        (
            "The minister said on Thursday that she would resign.",
            "The minister said on Monday that she would resign.",
            C,
        ),
    ],
)
def test_seasons_of_terms_and_days_of_saying(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A rate after what an amount measures.
        (
            "The farm produces 3 tonnes of cheese a week.",
            "The farm produces 3 tonnes of cheese a month.",
            C,
        ),
        (
            "The farm produces 3 tonnes of cheese a week.",
            "The farm makes 3 tonnes of cheese each week.",
            S,
        ),
        # A score "in straight sets".
        (
            "Kenya's women won the volleyball final in straight sets, 3-0.",
            "Kenya's women won the volleyball final 3-2 after losing the first two sets.",
            C,
        ),
        # "objected to" against "welcomed", by the same judge.
        (
            "The residents' association objected to the housing plan.",
            "The residents' association welcomed the housing plan.",
            C,
        ),
        (
            "The residents objected to the housing plan.",
            "The council welcomed the housing plan.",
            N,
        ),
    ],
)
def test_rates_scores_and_objections(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A ballot's turnout is no share of its vote.
        (
            "Union members voted 72% in favour of the strike.",
            "Turnout among union members in the strike ballot was 64%.",
            N,
        ),
        ("Turnout was 72%.", "Turnout was 64%.", C),
        # A part of the claim's measure, wherever the claim's words stand.
        (
            "Unemployment in Spain rose to 7.2%.",
            "Youth unemployment in Spain fell to 26% even as the overall rate edged up.",
            N,
        ),
        ("Unemployment in Spain rose to 7.2%.", "Unemployment in Spain rose to 7.9%.", C),
        # A relative clause names its own doer.
        (
            "The university senate backed the tuition rise.",
            "Students who oppose the tuition rise staged a sit-in outside the senate meeting.",
            N,
        ),
        ("Senator Ruiz backed the bill.", "Ruiz, who opposed the bill, spoke last.", C),
        # A "not" over the claim's figures alone denies none of its words.
        (
            "Library visits rose in 2025.",
            "The council has not yet published figures for 2025.",
            N,
        ),
        ("The bridge opened in 2025.", "The bridge did not open in 2025.", C),
    ],
)
def test_other_measures_doers_and_denials(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A share rounded to fewer decimals, by under 1% of it.
        ("Turnout was 74%.", "Turnout reached a record 74.4 per cent.", S),
        ("Turnout was 74%.", "Turnout was 75%.", C),
        ("Turnout was 74%.", "Turnout was 74.6%.", C),
        ("The bank cut interest rates to 5%.", "The bank held interest rates at 5.25%.", C),
        # A correction's retracted sentence gives no figure.
        (
            "The council vote on the budget was held on 4 March.",
            "Correction: An earlier version of this story said the council vote on the budget"
            " was held on 4 March. It was held on 11 March.",
            C,
        ),
        (
            "The council vote on the budget was held on 11 March.",
            "Correction: An earlier version of this story said the council vote on the budget"
            " was held on 4 March. It was held on 11 March.",
            S,
        ),
        (
            "The poll's margin of error is 3 points.",
            "Correction: An earlier version of this article gave the poll's margin of error as"
            " 3 points. It is 2.5 points.",
            C,
        ),
    ],
)
def test_rounded_shares_and_corrections(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # The claim's earlier time against the passage's present one.
        (
            "Two wolves were shot in the national park last year.",
            "No wolves have been shot in the national park this year, park rangers said.",
            N,
        ),
        (
            "Two wolves were shot in the national park last year.",
            "No wolves were shot in the national park last year.",
            C,
        ),
        ("Chelsea beat Arsenal 3-0 last season.", "Chelsea beat Arsenal 2-0 this season.", N),
        # A change in some places of the claim's, not all of it.
        (
            "Rice prices rose 8% in Japan last month.",
            "Japan's government released rice stocks after prices fell in some regions.",
            N,
        ),
        ("House prices rose in Spain.", "House prices fell in parts of Spain.", N),
        ("House prices rose in Spain.", "House prices fell in Spain.", C),
        ("Treatment increased symptoms.", "Treatment reduced symptoms in some cases.", C),
        # "until" dates an end, against an end.
        ("The grant ends on 31 December.", "The grant runs until 31 March.", C),
        ("The grant ends on 31 March.", "The grant runs until 31 March.", S),
        ("The hearing is on 3 March.", "The hearing was postponed from 3 March until 17 April.", C),
        # The one against in words.
        ("The motion passed 27-3.", "The motion passed with 27 votes in favour, three against.", S),
        ("The motion passed 27-4.", "The motion passed with 27 votes in favour, three against.", C),
    ],
)
def test_times_places_ends_and_tallies(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "for" before a length of time is no side.
        (
            "Councillor Ama Boateng voted for the housing scheme.",
            "Councillor Ama Boateng spoke for 20 minutes before the vote on the scheme.",
            N,
        ),
        ("Hale voted for a ban.", "Hale voted against a ban.", C),
        ("Hale spoke for the motion.", "Hale spoke against the motion.", C),
        # "the vote" reports no side the claim's "voted for" took.
        (
            "The Labour group voted for the housing plan.",
            "The Labour group asked for more time to study the housing plan before the vote.",
            N,
        ),
        ("Hale voted for the bill.", "In the vote, Hale backed the bill.", S),
        ("Ramirez received 50.4% of the vote.", "Ramirez won with 50.4% of the vote.", S),
        # "supports", "backs" and "opposes" take a side, as "backed" does; not research's.
        (
            "Norway's prime minister supports the carbon border tax.",
            "Norway's prime minister will meet EU leaders to discuss the carbon border tax.",
            N,
        ),
        (
            "Norway's prime minister supports the carbon border tax.",
            "Norway's prime minister has backed the carbon border tax.",
            S,
        ),
    ],
)
def test_sides_taken_and_votes_named(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # The claim's counted figure given bare after the same words: an agreement only.
        (
            "Enrolment at the university fell by 1,200 students.",
            "Enrolment at the university fell by 1,200, it said.",
            S,
        ),
        (
            "Enrolment at the university fell by 1,200 students.",
            "Enrolment at the university fell by 1,400, it said.",
            N,
        ),
        ("About 300 people attended.", "The hall holds 300.", N),
        # "the number of X ... at" counts X.
        (
            "Roughly 2,000 people marched in Zagreb.",
            "Police put the number of people who marched in Zagreb at 2,150.",
            S,
        ),
        (
            "Roughly 2,000 people marched in Zagreb.",
            "Police put the number of people who marched in Zagreb at 4,000.",
            C,
        ),
    ],
)
def test_bare_and_named_counts(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A rule that starts is one that comes into force, of the same thing.
        (
            "The ban on disposable vapes starts in June 2025.",
            "A ban on disposable vapes comes into force on 1 June 2025.",
            S,
        ),
        (
            "The ban on disposable vapes starts in June 2025.",
            "A ban on disposable vapes comes into force on 1 July 2025.",
            C,
        ),
        ("The law was passed in June.", "The law takes effect in January.", N),
        # "MPs" do what "Parliament" does.
        ("Parliament rejected the bill 120-85.", "MPs rejected the bill by 120 votes to 85.", S),
        ("Parliament rejected the bill 120-85.", "MPs rejected the bill by 120 votes to 95.", C),
        # A subject narrowed by "for" is a part of the claim's.
        (
            "Hospital waiting lists grew in May.",
            "Waiting lists for hip operations shrank in May.",
            N,
        ),
        ("Hospital waiting lists grew in May.", "Hospital waiting lists shrank in May.", C),
        ("Demand for oil rose.", "Demand for oil fell.", C),
        # Users count those who use it.
        ("Over 2m people use the app.", "The app has 1.4m users.", C),
        ("Over 2m people use the app.", "The app has 2.4m users.", S),
        # An expectation with its doer between: "expect the Fed to raise".
        ("The Fed raised rates.", "Markets expect the Fed to raise rates again in March.", N),
        ("The union called the strike.", "Members urged the union to call the strike.", N),
        ("The Fed raised rates.", "The Fed raised rates in March.", S),
    ],
)
def test_second_batch_rules(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # Another measure of one owner, a period between ("The firm's Q3 revenue").
        ("The firm's Q3 profit fell 12%.", "The firm's Q3 revenue rose 4%.", N),
        ("The firm's Q3 profit fell 12%.", "The firm's Q3 profit rose 12%.", C),
        # A date of another kind of the claim's noun.
        ("Bus fares rise to £2.50 on 1 April.", "Train fares rise by 4.6% on 1 March.", N),
        ("Bus fares rise on 1 April.", "Bus fares rise on 1 March.", C),
        # "due to open" is the museum's opening.
        ("The museum is due to open on 3 May.", "The museum opens on 10 May.", C),
        # A motion to act on the claim's thing by another verb is another vote.
        ("The tax rise was approved 9-4.", "A motion to delay the tax rise failed 6-7.", N),
        (
            "The motion to close the library passed 7-2.",
            "The motion to close the library passed 6-3.",
            C,
        ),
        (
            "The plan takes effect on February 1.",
            "The plan takes effect on January 1. A separate proposal to cut parking"
            " requirements was postponed until March.",
            C,
        ),
        # A sum for each one against one in total.
        ("The new homes will cost £250,000 each.", "The scheme will cost £25m in total.", N),
        ("The new homes will cost £250,000 each.", "The new homes will cost £300,000 each.", C),
        ("The scheme will cost £20m in total.", "The scheme will cost £25m in total.", C),
    ],
)
def test_probed_after_the_second_batch(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "cut" after a singular doer is a past: an expectation does not state it.
        ("The Fed cut rates by a quarter point.", "Markets expect the Fed to cut rates.", N),
        ("The Fed cut rates.", "The Fed cut rates in March.", S),
        ("The company cut 300 jobs.", "The company could cut 300 jobs, a memo said.", N),
    ],
)
def test_unchanged_past(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
