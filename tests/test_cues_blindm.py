"""Focused tests for the rules blindm's table (tests/editor_pairs_blindm.py) brought: each
rule's pair and its guards, the clashes it must keep."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A tally in the passive, after its doer: "confirmed by the Senate 50-49".
        (
            "The Senate confirmed the nominee 51-49.",
            "The nominee was confirmed by the Senate 50-49.",
            C,
        ),
        ("The council approved the plan 7-2.", "The plan was approved by the council 7-2.", S),
        ("The council approved the plan 7-2.", "The plan was approved by the council 6-3.", C),
        # A ballot in thousands, "ratified 3,214 to 1,109".
        (
            "Members ratified the contract by a vote of 3,412 to 1,109.",
            "The contract was ratified 3,214 to 1,109, the union said.",
            C,
        ),
        (
            "Members ratified the contract by a vote of 3,412 to 1,109.",
            "The contract was ratified 3,412 to 1,109, the union said.",
            S,
        ),
    ],
)
def test_tallies_passive_and_in_thousands(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        (
            "The recommended dose is 10 milligrams a day.",
            "The recommended dose is 10 micrograms a day.",
            C,
        ),
        (
            "The recommended dose is 400 micrograms a day.",
            "The recommended dose is 0.4 mg a day.",
            S,
        ),
        ("Adults need 600 mcg of folate.", "Adults need 600 micrograms of folate.", S),
    ],
)
def test_micrograms(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A whole that signed up or turned up, and what some of it did: two counts.
        ("About 300 people attended the town hall.", "Some 40 people spoke at the town hall.", N),
        (
            "Nearly 5,000 runners finished the marathon.",
            "More than 6,000 runners registered for the marathon.",
            N,
        ),
        (
            "The trial enrolled about 1,200 patients.",
            "About 600 patients in the trial received the drug.",
            N,
        ),
        # Two verbs of one kind, or the same verb: one count said twice.
        (
            "About 5,000 people marched through the city.",
            "About 3,000 people attended the march through the city.",
            C,
        ),
        (
            "Nearly 5,000 runners finished the marathon.",
            "Some 3,000 runners finished the marathon.",
            C,
        ),
        ("The trial enrolled 1,200 patients.", "The trial enrolled 900 patients.", C),
        # A place between a counted noun and its verb: "No workers [in the plant] were injured".
        ("Four workers in the plant were injured.", "No workers in the plant were injured.", C),
    ],
)
def test_a_pool_and_a_part_of_it(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # Two changes of two measures of one owner: no clash.
        (
            "Kessler's revenue grew 12% in the quarter.",
            "Kessler's profit fell 5% in the quarter.",
            N,
        ),
        (
            "Kessler's revenue grew 12% in the quarter.",
            "Kessler's revenue grew 5% in the quarter.",
            C,
        ),
        # A verb before a figure names no measure: "devastated 93%" / "killed 29 to 50 percent".
        (
            "Coral bleaching has devastated 93% of the Great Barrier Reef.",
            "Bleaching on the Great Barrier Reef killed between 29 and 50 percent of its coral.",
            C,
        ),
        # A sum's word of money a phrase before it: "revenue in the quarter was $12.1 billion".
        (
            "Nvidia earned about $3 billion in the quarter.",
            "Nvidia's revenue in the quarter was $12.1 billion.",
            N,
        ),
        # A place between a noun and its change: "Subway ridership in Chicago increased".
        (
            "Subway ridership in Chicago increased in 2024.",
            "Bus ridership in Chicago decreased in 2024.",
            N,
        ),
        (
            "Subway ridership in Chicago increased in 2024.",
            "Subway ridership in Chicago decreased in 2024.",
            C,
        ),
    ],
)
def test_measures_apart(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A score at a break of play against a final one: two scores.
        (
            "The Warriors led the Kings 58-50 at halftime.",
            "The Warriors beat the Kings 109-101.",
            N,
        ),
        (
            "The Warriors led the Kings 58-50 at halftime.",
            "The Warriors led the Kings 60-50 at the half.",
            C,
        ),
        ("The Warriors beat the Kings 109-101.", "The Warriors beat the Kings 110-101.", C),
    ],
)
def test_a_score_at_a_break(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # Another numbered event of a series, where the claim numbers its own.
        (
            "Australia won the first Test against India.",
            "Australia lost the second Test against India.",
            N,
        ),
        (
            "Australia won the first Test against India.",
            "Australia lost the first Test against India.",
            C,
        ),
        (
            "Australia won the first Test against India.",
            "Australia lost the Test against India.",
            C,
        ),
        # A numbered quarter is a date: "the first quarter" / "the third quarter" clash.
        (
            "The merger was completed in the first quarter of 2023.",
            "The merger was completed in the third quarter of 2023.",
            C,
        ),
    ],
)
def test_another_numbered_event(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A date's verb up to six words back, said "in" or "on", past no other value.
        (
            "The council will vote on the zoning plan in June.",
            "The zoning plan was first proposed to the city council in January.",
            N,
        ),
        (
            "Polls close at 10pm on Thursday 2 May.",
            "Voting ends at 10pm on Thursday, May 2, the commission said.",
            S,
        ),
        # A phase asked for dates the asking: "applied for FDA approval".
        (
            "The FDA approved the drug in December 2022.",
            "The company applied for FDA approval of the drug in April 2022.",
            N,
        ),
        (
            "The FDA approved the drug in December 2022.",
            "The drug won FDA approval in April 2022.",
            C,
        ),
        ("The council will vote on the plan in June.", "The council voted on the plan in July.", C),
    ],
)
def test_the_verb_of_a_date(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # What a thing will cost is a forecast either way.
        (
            "The light-rail extension will cost more than $2 billion.",
            "The light-rail extension is expected to cost $2.4 billion.",
            S,
        ),
        (
            "The light-rail extension will cost more than $2 billion.",
            "The light-rail extension is expected to cost $1.4 billion.",
            C,
        ),
        (
            "The central bank will cut rates.",
            "The central bank is widely expected to cut rates.",
            N,
        ),
        # A vote on a part of a measure is no vote on it: no clash, nor a statement.
        (
            "Senator Okafor voted for the farm bill.",
            "Senator Okafor voted against an amendment to the farm bill.",
            N,
        ),
        (
            "Senator Okafor voted for the farm bill.",
            "Senator Okafor voted against the farm bill.",
            C,
        ),
        ("The council approved the mast.", "The council refused permission for the mast.", C),
    ],
)
def test_forecast_costs_and_parts_voted_on(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # The opposite change, dated apart, where the claim's own change is undated.
        (
            "Gas prices in California rose in March.",
            "Gas prices in California fell in January before rising again.",
            N,
        ),
        ("Gas prices in California rose in March.", "Gas prices in California rose in January.", C),
        ("The shop closed in 1990.", "The shop opened in 1932 and closed in 1989.", C),
        # A race named by its length: two races, no clash of their times.
        (
            "Lyles ran the 100 meters in 9.85 seconds.",
            "Lyles ran the 200 meters in 19.9 seconds.",
            N,
        ),
        (
            "Lyles ran the 100 meters in 9.85 seconds.",
            "Lyles ran the 100 meters in 9.79 seconds.",
            C,
        ),
        ("The new bridge spans 1.2 miles.", "The new bridge spans 1.2 kilometers.", C),
    ],
)
def test_changes_dated_apart_and_races(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A hyphenated word in a tally's object: "passed the rent-control measure 41-38".
        (
            "The Assembly passed the rent-control measure 41-38.",
            "The Assembly passed the rent-control measure 40-38.",
            C,
        ),
        (
            "The Assembly passed the rent-control measure 41-38.",
            "The rent-control measure now goes to the state Senate, where Democrats hold 21 seats.",
            N,
        ),
        # A cricket win by runs or by wickets.
        ("Pakistan beat Sri Lanka by five wickets.", "Pakistan beat Sri Lanka by 45 runs.", C),
        ("Pakistan beat Sri Lanka by five wickets.", "Pakistan beat Sri Lanka by five runs.", C),
        ("Pakistan beat Sri Lanka by five wickets.", "Pakistan beat Sri Lanka by 5 wickets.", S),
    ],
)
def test_tally_objects_and_cricket_margins(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A numbered game, and "a second" crash: other instances.
        (
            "The Nuggets beat the Heat 94-89 in Game 5.",
            "The Nuggets beat the Heat 108-95 in Game 4.",
            N,
        ),
        (
            "The Nuggets beat the Heat 94-89 in Game 5.",
            "The Nuggets beat the Heat 96-89 in Game 5.",
            C,
        ),
        (
            "Seven people died in the Ohio pileup.",
            "No one died in a second crash on the same highway hours later.",
            N,
        ),
        ("Seven people died in the Ohio pileup.", "No one died in the Ohio pileup.", C),
        (
            "Labour won a fourth consecutive election.",
            "Labour won a third consecutive election.",
            C,
        ),
        # A fate and its undoing, with the same count: two counts.
        (
            "About 1,000 people were evacuated from Lahaina.",
            "About 1,000 people returned to Lahaina on Monday.",
            N,
        ),
        (
            "About 1,000 people were evacuated from Lahaina.",
            "About 1,000 people were evacuated from Lahaina on Monday.",
            S,
        ),
        ("Three people were hurt in the blast.", "Three people suffered injuries in the blast.", S),
        # None of a thing against a count of another act on it, said before the count.
        (
            "No vaccine doses were wasted in March.",
            "The clinic gave 4,500 vaccine doses in March.",
            N,
        ),
        (
            "No vaccine doses were wasted in March.",
            "The clinic wasted 4,500 vaccine doses in March.",
            C,
        ),
        ("No cases were reported in the county.", "The county has recorded 23 cases.", C),
        ("No votes were cast against the bill.", "The bill passed with 12 votes against.", C),
    ],
)
def test_other_games_crashes_and_fates(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # Another one of the claim's kind does not state the claim.
        (
            "France backed the UN resolution on Gaza.",
            "France had abstained on a similar UN resolution on Gaza in 2023.",
            N,
        ),
        ("The council approved the budget.", "The council approved another budget in March.", N),
        # ... unless the passage also says the claim's own.
        (
            "The Supreme Court upheld the law in a 6-3 ruling.",
            "The court, which struck down a similar law in 2012, upheld the law in a 6-3 ruling.",
            S,
        ),
    ],
)
def test_a_similar_one(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A change after an event the claim never names, on a day it does not give.
        (
            "The hurricane strengthened overnight.",
            "The hurricane weakened after landfall on Thursday.",
            N,
        ),
        ("The hurricane strengthened overnight.", "The hurricane weakened overnight.", C),
        (
            "Shares in Brant gained 4% on Monday.",
            "Shares in Brant lost 4% on Monday after the results.",
            C,
        ),
        ("Shares rose.", "Shares fell after the results.", C),
    ],
)
def test_a_change_after_another_event(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A crowd's figure said after "was": all who were there.
        ("Around 40,000 fans attended the game.", "The crowd at the game was 41,312.", S),
        ("Around 40,000 fans attended the game.", "The crowd at the game was 21,312.", C),
    ],
)
def test_a_crowd_that_was(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


def test_a_similar_one_the_claim_dates() -> None:
    """A claim that dates its own ("Last month's storm") may be the passage's "similar"
    one: the dates decide (tests/articles/airline.txt)."""
    assert_case(
        "Last month's storm caused about 600 cancellations.",
        "Last month, a similar storm led to about 600 cancellations at the two airports.",
        S,
    )
