"""Focused tests for the rules blindo's table (tests/editor_pairs_blindo.py) brought: each
rule's pair and its guards, the clashes it must keep."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A measure agreed on in another unit is held, unit and all (figures.converted_stems).
        ("Temperatures reached 100F in Phoenix.", "Phoenix hit 38C on Tuesday.", S),
        ("The baby elephant weighed 120 kg at birth.", "The calf weighed 265 lb when born.", S),
        ("The baby elephant weighed 120 kg at birth.", "The calf weighed 120 lb when born.", C),
        ("Temperatures reached 100F in Phoenix.", "Phoenix hit 30C on Tuesday.", C),
        # Only a measure: a count agreed on is no unit ("300 people" / "300 fans").
        ("Roughly 300 people attended the rally.", "About 300 fans came.", N),
    ],
)
def test_converted_measure_is_held(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "the third monthly decline in a row" is a streak of months (ranks._PERIODIC).
        (
            "Retail sales fell for a third month in a row in October.",
            "Retail sales fell in October, the third monthly decline in a row.",
            S,
        ),
        (
            "Retail sales fell for a third month in a row in October.",
            "Retail sales fell in October, the fourth monthly decline in a row.",
            C,
        ),
    ],
)
def test_periodic_streak(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "inaugural" names no phase of an event: no one took office (phases._NO_PHASE).
        (
            "The first flight to Nairobi departs on 3 May.",
            "The inaugural flight to Nairobi departs on May 3.",
            S,
        ),
        (
            "The first flight to Nairobi departs on 3 May.",
            "The inaugural flight to Nairobi departs on May 13.",
            C,
        ),
        # Taking office still is another event than an election.
        ("Ms Lee was elected in May 2022.", "Ms Lee was inaugurated in June 2022.", N),
    ],
)
def test_inaugural_is_no_phase(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A cricket total, runs for wickets, is a score line (scorewords._INNINGS).
        (
            "England made 245 for 6 in their 50 overs.",
            "England finished on 245-6 from their 50 overs.",
            S,
        ),
        (
            "England made 245 for 6 in their 50 overs.",
            "England finished on 245-7 from their 50 overs.",
            C,
        ),
        ("England were 245/6 at stumps.", "England were 245 for 6 at stumps.", S),
        ("Australia declared on 450 for 7.", "Australia declared their innings on 450 for 8.", C),
        # Bowling figures, wickets for runs, are not read as a total: the same figures agree.
        ("Smith took 5 for 32 in 10 overs.", "Smith took 5 for 32 in his 10 overs.", S),
    ],
)
def test_cricket_totals(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "upheld" against "rejected" when both act on an appeal, or both on a ruling ...
        ("The FIA rejected Ferrari's appeal.", "The FIA upheld Ferrari's appeal.", C),
        ("The tribunal upheld the complaint.", "The tribunal rejected the complaint.", C),
        # ... but rejecting an appeal upholds the ruling appealed (appeals.appeal_apart).
        (
            "The court rejected Smith's appeal against his conviction.",
            "The court upheld Smith's conviction.",
            S,
        ),
        ("The court dismissed Smith's appeal.", "The court upheld Smith's conviction.", S),
        ("The court upheld Smith's conviction.", "The court overturned Smith's conviction.", C),
    ],
)
def test_appeal_and_ruling(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A side taken is reported by a judgement and by a side declared (topic).
        (
            "The WWF supports the ban on trophy hunting.",
            "The WWF welcomed the ban on trophy hunting.",
            S,
        ),
        (
            "The WWF supports the ban on trophy hunting.",
            "The WWF criticised the ban on trophy hunting.",
            C,
        ),
        ("Vela opposed the merger.", "Vela said it would vote against the merger.", S),
        ("Vela opposed the merger.", "Vela said it would vote for the merger.", C),
        # Not a vote still to be cast, nor a forecast.
        ("The union backed the pay offer.", "The union's members will vote on the pay offer.", N),
        ("Vela opposed the merger.", "Vela is expected to vote against the merger.", N),
        # Nor does a judgement report a decision that is no side ("approved").
        ("The mayor approved the budget.", "The union welcomed the budget.", N),
    ],
)
def test_side_reported(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "higher than" against "below" (antonyms); not "above" against "lowered", a verb.
        (
            "Warming will stay above 2C.",
            "Emissions were lowered, but warming will stay above 2C.",
            S,
        ),
        ("Box office takings were higher than in 2019.", "Takings remained below 2019 levels.", C),
        ("Inflation was higher than the target.", "Inflation was below the target.", C),
        (
            "Box office takings were higher than in 2019.",
            "Box office takings were above 2019 levels.",
            S,
        ),
        (
            "Rents are higher in London.",
            "Rents in London are higher, while wages are below the national average.",
            S,
        ),
    ],
)
def test_higher_and_below(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "three times what they were" is a rise, as "tripled" is (ratios._TIMES_WHAT).
        (
            "Container freight rates have tripled since January.",
            "Container freight rates are three times what they were in January.",
            S,
        ),
        (
            "Container freight rates have tripled since January.",
            "Container freight rates are twice what they were in January.",
            C,
        ),
        ("Rents have doubled since 2015.", "Rents are now double what they were in 2015.", S),
        ("Rents have doubled since 2015.", "Rents are now four times what they were in 2015.", C),
    ],
)
def test_multiple_of_what_it_was(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "a profit" against "a loss" (antonyms); not the verb "lost", a defeat as often.
        ("The airline made a loss of $3m.", "The airline made a profit of $3m.", C),
        ("The airline posted a quarterly profit.", "The airline posted a quarterly loss.", C),
        (
            "The club made a profit of £3m last season.",
            "The club lost 3-1 to Leeds last season.",
            N,
        ),
    ],
)
def test_profit_and_loss(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # Who won another meeting, numbered otherwise, is no clash (outcomes.rematch).
        ("The Saints won the first leg 2-0.", "The Saints lost the second leg 3-1.", N),
        ("England beat India in the first Test.", "India beat England in the second Test.", N),
        ("The Saints won the first leg 2-0.", "The Saints lost the first leg 2-0.", C),
        ("England beat India in the first Test.", "India beat England in the first Test.", C),
        # Nor who beat whom, read as an order, in a meeting dated earlier.
        ("City beat United 2-1.", "United beat City 2-1 in the reverse fixture.", N),
        # A score said of another stage is another game's (stages.other_stage).
        (
            "Team Liquid beat Fnatic 3-1 in the final.",
            "Team Liquid beat Fnatic 2-0 in the group stage before the final.",
            N,
        ),
        (
            "Team Liquid beat Fnatic 3-1 in the final.",
            "Team Liquid beat Fnatic 2-0 in the final.",
            C,
        ),
        ("Spain beat Italy 2-1 in the semi-final.", "Spain beat Italy 3-1 in the final.", N),
    ],
)
def test_another_meeting(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "finished" and "started" each with a place are two moments (placings.placed_apart).
        (
            "Hamilton finished third in Monaco.",
            "Hamilton started from seventh on the grid in Monaco.",
            N,
        ),
        ("Hamilton finished third in Monaco.", "Hamilton finished seventh in Monaco.", C),
        ("The project started in May.", "The project ended in May.", C),
        # A passive's doer after "by" that is none of the claim's (byagent.agent_apart).
        (
            "The farmers' union backed the beaver reintroduction.",
            "The beaver reintroduction was opposed by anglers.",
            N,
        ),
        (
            "The anglers backed the beaver reintroduction.",
            "The beaver reintroduction was opposed by anglers.",
            C,
        ),
        ("The council approved the plan.", "The plan was rejected by the council.", C),
        ("The council approved the plan.", "The plan was rejected by ministers.", N),
        # A figure to come against one "last March" (tenses.will_against_last).
        ("Rail fares will rise by 4.6% in March.", "Rail fares rose by 5.9% last March.", N),
        ("Rail fares will rise by 4.6% in March.", "Rail fares will rise by 5.9% in March.", C),
    ],
)
def test_two_facts_apart(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A part of a total, a rate per so many, is not the whole or a count (wholes).
        (
            "Retail sales in December were worth about £45bn.",
            "Online sales accounted for £12bn of December's retail total.",
            N,
        ),
        (
            "Retail sales in December were worth about £45bn.",
            "Retail sales in December were worth £38bn.",
            C,
        ),
        ("Online sales made up £12bn of the total.", "Online sales made up £15bn of the total.", C),
        (
            "The crime rate is 45 offences per 1,000 people.",
            "There were 45,000 offences in the city of one million people.",
            N,
        ),
        (
            "The rate is 45 offences per 1,000 residents.",
            "The rate is 52 offences per 1,000 residents.",
            C,
        ),
        (
            "About a third of the budget goes on health.",
            "Health accounts for 12% of the budget.",
            C,
        ),
        # A figure of another place (elsewhere: "to Spain" / "to Italy"), a count in a
        # neighbouring reserve (instances), a report for another month (reportfor).
        ("Airfares to Spain rose 15% this summer.", "Airfares to Italy fell 5% this summer.", N),
        ("Airfares to Spain rose 15% this summer.", "Airfares to Spain fell 5% this summer.", C),
        ("The fire spread to the northern suburbs.", "The fire spread to the southern suburbs.", C),
        (
            "No rhinos were poached in the park last year.",
            "Eleven rhinos were poached in the neighbouring reserve last year.",
            N,
        ),
        (
            "No rhinos were poached in the park last year.",
            "Eleven rhinos were poached in the park last year.",
            C,
        ),
        (
            "The unemployment figures for October will be published on 12 December.",
            "The unemployment figures for September were published on 14 November.",
            N,
        ),
        (
            "The unemployment figures for October will be published on 12 December.",
            "The unemployment figures for October will be published on 14 December.",
            C,
        ),
    ],
)
def test_figures_of_another_thing(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "a new X" acted on is another X than "the X" (instances._a_new).
        (
            "The council voted 9-4 to close the library.",
            "The council voted 9-4 last year to open a new library.",
            N,
        ),
        (
            "The council voted 9-4 to close the library.",
            "The council voted 9-4 to open the library.",
            C,
        ),
        ("The council rejected the budget.", "The council approved a new budget.", N),
        # A height climbed is another size than a length (extents._HEIGHT).
        ("The trail is 12 km long.", "The trail climbs 800 metres.", N),
        ("The trail is 12 km long.", "The trail is 15 km long.", C),
        # Opposite nouns each the subject of a change are two measures (changesubjects).
        ("Exports rose in March.", "Imports fell in March.", N),
        ("Exports rose in March.", "Exports fell in March.", C),
        ("The country imports most of its oil.", "The country exports most of its oil.", C),
    ],
)
def test_second_batch_rules(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A margin of runs is no count of runs a batter scored (tallies.margin_apart).
        ("Sri Lanka won by 42 runs.", "Sri Lanka's opener scored 42 runs off 30 balls.", N),
        ("Sri Lanka won by 42 runs.", "Sri Lanka won by 24 runs.", C),
        ("Sri Lanka won by 42 runs.", "Sri Lanka beat India by 42 runs.", S),
        # A length retreated is a change, not a width (extents._CHANGED).
        (
            "The glacier has retreated 2 km since 1990.",
            "The glacier is 15 km long and 2 km wide.",
            N,
        ),
        (
            "The glacier has retreated 2 km since 1990.",
            "The glacier has retreated 3 km since 1990.",
            C,
        ),
    ],
)
def test_margins_and_changes(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A result between other sides is another game: its score and day are no clash
        # (outcomes.other_pairing, found probing short pairs after the second batch).
        ("Arsenal beat Spurs 2-0 on Sunday.", "Spurs beat Chelsea 3-1 on Saturday.", N),
        ("Arsenal beat Spurs 2-0.", "Spurs beat Chelsea 3-1.", N),
        ("Arsenal beat Spurs 2-0.", "Arsenal beat Spurs 3-1.", C),
        ("Arsenal beat Spurs 2-0 on Sunday.", "Arsenal beat Spurs 2-0 on Saturday.", C),
        ("Arsenal beat Spurs 2-0.", "Spurs lost 3-1 to Arsenal.", C),
    ],
)
def test_another_pairing(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A figure said of another subject by the same verb (subjectof.subject_apart).
        ("Tickets cost £50.", "Parking costs £10.", N),
        ("Tickets cost £50.", "Tickets cost £40.", C),
        ("Inflation rose 3%.", "Wages rose 5%.", N),
        ("Inflation rose 3%.", "Inflation rose 5%.", C),
        ("The pound fell 2% against the dollar.", "The euro fell 1% against the dollar.", N),
    ],
)
def test_figure_of_another_subject(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
