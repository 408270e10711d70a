"""Value cues: months and dates, vote tallies, "no X" against a count, approximate and
bounded amounts, units. Each kind with the clash an editor would catch and the agreement
that must not be flagged."""

from __future__ import annotations

import math

import pytest

from factcheck.evidence.amounts import quantities
from factcheck.evidence.numbers import mentions
from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import agrees, assess, conflicts, only_conflict

# Months and full dates ----------------------------------------------------------------


def test_month_and_year_differ() -> None:
    cue = only_conflict("The store will open in March 2025.", "The store will open in April 2025.")
    assert cue.kind is CueKind.DATE
    assert cue.describe() == 'date: claim "March 2025" vs source "April 2025"'


def test_month_against_a_full_date_in_another_month() -> None:
    cue = only_conflict(
        "The new terminal opened in June 2024.", "The new terminal opened on 3 July 2024."
    )
    assert (cue.claim, cue.source) == ("June 2024", "3 July 2024")


def test_month_agrees_with_a_full_date_in_it() -> None:
    cues = agrees("The store will open in March 2025.", "The store will open on March 12, 2025.")
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]


def test_same_month_in_another_year_clashes() -> None:
    cue = only_conflict("The law took effect in May 2019.", "The law took effect in May 2021.")
    assert cue.describe() == 'date: claim "May 2019" vs source "May 2021"'


@pytest.mark.parametrize("text", ["It may rain.", "Supporters march on Sunday.", "April said no."])
def test_month_words_that_are_not_months(text: str) -> None:
    assert not [m for m in mentions(text) if m.kind == "month"]


# Vote tallies and score lines ------------------------------------------------------------


def test_vote_tallies_differ() -> None:
    cue = only_conflict(
        "The court upheld the law in a 6-3 vote.", "The court voted 7-2 to uphold the law."
    )
    assert cue.kind is CueKind.NUMBER
    assert cue.describe() == 'number: claim "6-3" vs source "7-2"'


def test_same_tally_agrees() -> None:
    cues = agrees(
        "The court upheld the law in a 6-3 vote.", "The court voted 6-3 to uphold the law."
    )
    assert [c.describe() for c in cues] == ['agreement: "6-3" on both sides']


def test_score_line() -> None:
    cue = only_conflict("Leeds won the final 3-1 at home.", "Leeds won the final 2-1 at home.")
    assert (cue.claim, cue.source) == ("3-1", "2-1")


def test_a_range_is_not_a_tally() -> None:
    assert [m.kind for m in quantities("It takes 5-10 years to grow.")] == ["number"]


def test_tally_written_with_to() -> None:
    cue = only_conflict(
        "The bill passed 52 to 48 in the Senate.", "The bill passed by 51 votes to 49."
    )
    assert (cue.claim, cue.source) == ("52 to 48", "51 votes to 49")
    agrees("The bill passed 52 to 48 in the Senate.", "The Senate passed the bill 52-48.")


def test_a_tally_at_the_end_of_a_long_sentence_and_other_vote_verbs() -> None:
    """A tally names its vote itself: it counts outside the words that align with the claim."""
    cue = only_conflict(
        "The Senate passed the bill 52-48.", "The bill cleared the Senate by a vote of 51 to 49."
    )
    assert (cue.claim, cue.source) == ("52-48", "51 to 49")
    cue = only_conflict(
        "The council approved the plan by 5 votes to 4.", "Councillors backed the plan 7-2."
    )
    assert (cue.claim, cue.source) == ("5 votes to 4", "7-2")


def test_a_range_with_to_beside_a_vote_is_not_a_tally() -> None:
    found = quantities("They voted to raise sentences from 5 to 10 years.")
    assert "tally" not in [m.kind for m in found]


# "No X" against a count of X -------------------------------------------------------------


def test_deaths_against_none() -> None:
    cue = only_conflict("Two people died in the fire.", "No deaths were reported after the fire.")
    assert cue.kind is CueKind.NUMBER
    assert cue.describe() == 'number: claim "Two" vs source "No deaths"'


def test_nobody_killed_against_a_count() -> None:
    cue = only_conflict("No one was killed in the blast.", "Three people were killed in the blast.")
    assert cue.source == "Three"


def test_none_and_none_agree() -> None:
    cues = agrees("No one was killed in the blast.", "No deaths were reported after the blast.")
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]


def test_no_x_of_something_else_is_not_a_count() -> None:
    # "no comment" and "two people" count different things.
    _, cues = assess(
        "Two people were injured in the crash, police said.",
        "Police had no comment on the crash.",
    )
    assert not [c for c in conflicts(cues) if c.kind is CueKind.NUMBER]


# Approximate, bounded and ranged amounts -------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Roughly 300 people attended the rally.", "312 people attended the rally."),
        ("About 40 homes were flooded in the town.", "38 homes were flooded in the town."),
        ("Over 5,000 people attended the rally.", "More than 6,000 people attended the rally."),
        (
            "More than 5,000 people attended the rally.",
            "Fewer than 6,000 people attended the rally.",
        ),
        ("Nearly 300 people attended the rally.", "291 people attended the rally."),
        ("40% of the reef was bleached.", "Between 29 and 50 percent of the reef was bleached."),
    ],
)
def test_approximate_amounts_that_agree(claim: str, source: str) -> None:
    cues = agrees(claim, source)
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Over 5,000 people attended the rally.",
            "Under 4,000 people attended the rally.",
            ("Over 5,000", "Under 4,000"),
        ),
        (
            "Roughly 300 people attended the rally.",
            "450 people attended the rally.",
            ("Roughly 300", "450"),
        ),
        (
            "Bleaching has killed 93% of the reef's coral.",
            "Bleaching has killed between 29 and 50 percent of the reef's coral.",
            ("93%", "between 29 and 50 percent"),
        ),
        (
            "Nearly 300 people attended the rally.",
            "320 people attended the rally.",
            ("Nearly 300", "320"),
        ),
    ],
)
def test_amounts_that_clash(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.NUMBER
    assert (cue.claim, cue.source) == words


def test_bounds_are_intervals() -> None:
    over, under, about = quantities("over 5,000 homes, under 4,000 cars, about 300 people")
    assert (over.low, over.high) == (5000.0, math.inf)
    assert (under.low, under.high) == (-math.inf, 4000.0)
    assert (about.low, about.high) == pytest.approx((270.0, 330.0))


def test_exact_figures_still_clash() -> None:
    cue = only_conflict("312 people attended the rally.", "300 people attended the rally.")
    assert (cue.claim, cue.source) == ("312", "300")


# Units -----------------------------------------------------------------------------------


def test_same_figure_in_another_unit_clashes() -> None:
    cue = only_conflict("The new road is 5 km long.", "The new road is 5 miles long.")
    assert cue.describe() == 'number: claim "5 km" vs source "5 miles"'
    cue = only_conflict("The mill produced 40 metric tonnes.", "The mill produced 25 tonnes.")
    assert cue.describe() == 'number: claim "40 metric tonnes" vs source "25 tonnes"'


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The new road is 5 km long.", "The new road is 3.1 miles long."),
        ("Phalodi reached 51 degrees Celsius in May.", "Phalodi reached 124 °F in May."),
        ("The glacier lost 2,000 kg of ice.", "The glacier lost 2 tonnes of ice."),
        ("Emissions totaled 918 million metric tons.", "Emissions were 918 million tonnes."),
        ("The ship carried 40 metric tons of grain.", "The ship carried 40,000 kg of grain."),
        ("The mill produced 40 metric tonnes of flour.", "The mill produced 40,000 kg of flour."),
        ("Emissions totaled 918 million metric tons.", "Emissions were 918 million tons."),
    ],
)
def test_same_amount_in_other_units_agrees(claim: str, source: str) -> None:
    cues = agrees(claim, source)
    assert CueKind.AGREEMENT in [c.kind for c in cues]


def test_amounts_of_different_measures_are_not_compared() -> None:
    _, cues = assess("The new road is 5 km long.", "The new road cost 5 million dollars.")
    assert not [c for c in cues if c.kind in (CueKind.NUMBER, CueKind.AGREEMENT)]


def test_currencies() -> None:
    cue = only_conflict(
        "The bridge cost $5 million to repair.", "The bridge cost $7 million to repair."
    )
    assert (cue.claim, cue.source) == ("$5 million", "$7 million")
    # Another currency is another figure: an editor asks which one was paid.
    cue = only_conflict(
        "The bridge cost $5 million to repair.", "The bridge cost €5 million to repair."
    )
    assert (cue.claim, cue.source) == ("$5 million", "€5 million")
    cue = only_conflict("The fine was 500 euros.", "The fine was 500 dollars.")
    assert cue.describe() == 'number: claim "500 euros" vs source "500 dollars"'


def test_a_figure_given_in_two_currencies_agrees() -> None:
    cues = agrees(
        "The bridge cost $5.4 million to repair.",
        "The bridge cost €5 million ($5.4 million) to repair.",
    )
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]


def test_lengths_of_time() -> None:
    cue = only_conflict("The trip takes 3 hours by train.", "The trip takes 3 days by train.")
    assert cue.describe() == 'number: claim "3 hours" vs source "3 days"'
    agrees("The strike lasted two weeks in all.", "The strike lasted 14 days in all.")
    agrees("He served 3 years in prison.", "He served 36 months in prison.")


def test_a_count_clash_is_never_supports() -> None:
    stance, cues = assess(
        "Two people died in the fire at the factory.", "No deaths from measles were recorded."
    )
    assert conflicts(cues)
    assert stance is not Stance.SUPPORTS


def test_pounds_are_a_weight() -> None:
    cues = agrees(
        "The parcel weighed 10 kg at the depot.", "The parcel weighed 22 pounds at the depot."
    )
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]
    cue = only_conflict(
        "The parcel weighed 10 kg at the depot.", "The parcel weighed 10 pounds at the depot."
    )
    assert (cue.claim, cue.source) == ("10 kg", "10 pounds")


def test_iso_dates() -> None:
    cue = only_conflict("The store opened on 2025-03-03.", "The store opened on 2025-03-05.")
    assert cue.describe() == 'date: claim "2025-03-03" vs source "2025-03-05"'
    agrees("The store opened on 2025-03-03.", "The store opened on March 3, 2025.")


def test_a_scale_glued_to_its_figure() -> None:
    agrees("The company earned $5bn last year.", "The company earned $5 billion last year.")
    cue = only_conflict("The company earned $5bn last year.", "The company earned $6 billion.")
    assert (cue.claim, cue.source) == ("$5bn", "$6 billion")


def test_lengths_of_time_of_different_things_are_not_compared() -> None:
    _, cues = assess(
        "Excess CO2 from human emissions has a long residence time of over 100 years.",
        "The residence time of a water molecule in the atmosphere is only about nine days.",
    )
    assert not conflicts(cues)


def test_tally_of_votes_for_and_against() -> None:
    claim = "The motion carried with 12 votes in favour and 3 against."
    agrees(claim, "The motion carried 12 to 3.")
    cue = only_conflict(claim, "The motion carried 11 to 4.")
    assert (cue.claim, cue.source) == ("12 votes in favour and 3 against", "11 to 4")


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("$5m", "$5 million"),
        ("£2.5m", "£2.5 million"),
        ("$3tn", "$3 trillion"),
        ("$150k", "$150,000"),
    ],
)
def test_money_written_short(short: str, long: str) -> None:
    agrees(f"The deal was worth {short} in the end.", f"The deal was worth {long} in the end.")


def test_a_short_m_without_a_currency_is_metres() -> None:
    agrees("The wall is 5m high at the gate.", "The wall is 5 metres high at the gate.")


def test_a_tally_against_another_tally_beside_a_count_of_its_margin() -> None:
    # "two Republicans" is no tally of the vote, though 2 is 51-49's margin.
    cue = only_conflict(
        "The measure passed the Senate 51-49.",
        "The Senate approved the measure 52-48, with two Republicans joining Democrats.",
    )
    assert (cue.claim, cue.source) == ("51-49", "52-48")


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # The claim's score, of another game in its own clause: not stated.
        (
            "City won 3-1 at Anfield.",
            "City, who won 3-1 at Anfield last season, drew 2-2 there on Sunday.",
            Stance.NEUTRAL,
        ),
        (
            "The Supreme Court ruled 6-3 in favour of the state.",
            "The Supreme Court, which ruled 6-3 on abortion last year, will hear the state's "
            "case in October.",
            Stance.NEUTRAL,
        ),
        # Another time in another clause, or the claim's own: stated.
        (
            "City won 3-1 at Anfield.",
            "City won 3-1 at Anfield on Sunday, their first win there since last season.",
            Stance.SUPPORTS,
        ),
        (
            "City won 3-1 at Anfield last season.",
            "City, who won 3-1 at Anfield last season, drew 2-2 there on Sunday.",
            Stance.SUPPORTS,
        ),
    ],
)
def test_a_score_of_another_game(claim: str, source: str, stance: Stance) -> None:
    got, cues = assess(claim, source)
    assert got is stance, cues
