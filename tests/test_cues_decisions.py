"""Cues for decisions whose words have another sense, a decision reported or not, measures
written in two parts and shares written as fractions (issue 14): the words each cue names
on both sides, its span in the source, and the look-alikes that must not clash."""

from __future__ import annotations

import pytest

from factcheck.evidence.amounts import quantities
from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import agrees, assess, conflicts, only_conflict


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "The minister resigned over the scandal.",
            "The minister was fired over the scandal, his office said.",
            ("resigned", "fired"),
        ),
        (
            "The board voted to keep the chief executive.",
            "The board voted to fire the chief executive on Friday.",
            ("keep", "fire"),
        ),
        (
            "The company plans to hire 200 workers.",
            "The company plans to cut 200 workers as demand slows.",
            ("hire", "cut"),
        ),
        (
            "The company hired 50 engineers in May.",
            "In May the company laid off 50 engineers.",
            ("hired", "laid"),
        ),
        (
            "The regulator approved the merger.",
            "The regulator blocked the merger, saying it would raise prices.",
            ("approved", "blocked"),
        ),
        (
            "The merger was approved by the regulator.",
            "The merger was blocked by the regulator.",
            ("approved", "blocked"),
        ),
        (
            "The committee rejected the proposal.",
            "The committee backed the proposal on Wednesday.",
            ("rejected", "backed"),
        ),
        (
            "The judge dismissed the case against the company.",
            "The judge allowed the case against the company to proceed.",
            ("dismissed", "allowed"),
        ),
        (
            "The court allowed the lawsuit to proceed.",
            "The court dismissed the lawsuit on Monday.",
            ("allowed", "dismissed"),
        ),
        # A motion "passed" without an object: it is what passed.
        (
            "The amendment was rejected 210-198.",
            "The amendment passed 210-198 after a late change of heart by several members.",
            ("rejected", "passed"),
        ),
        (
            "The amendment was rejected.",
            "The amendment passed by 12 votes.",
            ("rejected", "passed"),
        ),
        # Plans, proposals and bids for a thing stand for the thing.
        (
            "The council approved the new cycle lanes.",
            "The council rejected plans for new cycle lanes by a narrow margin.",
            ("approved", "rejected"),
        ),
        (
            "The council approved the new cycle lanes.",
            "The council rejected a proposal to build new cycle lanes.",
            ("approved", "rejected"),
        ),
        (
            "The regulator approved the merger.",
            "The regulator blocked plans for the merger.",
            ("approved", "blocked"),
        ),
    ],
)
def test_decisions_that_act_on_the_claims_object(
    claim: str, source: str, words: tuple[str, str]
) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # The object is not the claim's: a drug blocks a process, a bank cuts a dividend.
        ("The FDA approved the drug for children.", "The drug blocks replication in children."),
        ("The bank will hire 300 staff this year.", "The bank cut its dividend this year."),
        # A noun: "the fire", "a block".
        ("The mayor kept the old fire station.", "The mayor kept the fire station open."),
        ("The council approved the plan.", "The council plan for the block was approved."),
        # Another thing passed.
        ("The amendment was rejected.", "The bill passed after the amendment was dropped."),
        # Plans for another thing.
        (
            "The council approved the new cycle lanes.",
            "The council rejected plans for a new car park.",
        ),
    ],
)
def test_words_of_a_decision_in_another_sense_do_not_clash(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not conflicts(cues), cues


def test_a_fire_in_the_claim_is_not_a_dismissal() -> None:
    _, cues = assess("The fire killed three people.", "Three people were kept in hospital.")
    assert not [c for c in cues if c.kind is CueKind.ANTONYM]


@pytest.mark.parametrize(
    "source",
    [
        "Jim Hale spoke about the bill at a town hall meeting on Monday.",
        "Jim Hale said the bill would be debated next month.",
    ],
)
def test_a_decision_not_reported_is_only_related(source: str) -> None:
    stance, cues = assess("Jim Hale voted for the bill.", source)
    assert stance is Stance.NEUTRAL, cues


@pytest.mark.parametrize(
    "source",
    [
        "Jim Hale, who voted for the bill, spoke at a town hall on Monday.",
        "Jim Hale backed the bill at a town hall meeting on Monday.",
        "The bill, backed by Jim Hale, passed 52 to 48.",
    ],
)
def test_a_decision_reported_in_any_words(source: str) -> None:
    agrees("Jim Hale voted for the bill.", source)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("The match lasted an hour and a half.", 5400),
        ("The flight took two and a half hours.", 9000),
        ("He finished in 2 hours and 5 minutes.", 7500),
        ("The talks lasted a day and a half.", 129600),
    ],
)
def test_lengths_of_time_in_two_parts(text: str, seconds: float) -> None:
    (found,) = quantities(text)
    assert (found.unit, found.low, found.high) == ("duration", seconds, seconds)
    assert text[found.start : found.end] == found.text


def test_a_length_in_two_parts_against_one() -> None:
    agrees("The match lasted an hour and a half.", "The match lasted 90 minutes.")
    cue = only_conflict("The match lasted an hour and a half.", "The match lasted three hours.")
    assert (cue.claim, cue.source) == ("an hour and a half", "three hours")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Half of voters backed the plan.", 45, 55),
        ("More than a third of students failed.", 100 / 3, float("inf")),
        ("Two-thirds of the warming has occurred since 1975.", 60, 220 / 3),
        ("Nearly a quarter of homes lost power.", 22.5, 25),
    ],
)
def test_shares_written_as_fractions(text: str, low: float, high: float) -> None:
    found = [m for m in quantities(text) if m.unit == "%"]
    assert len(found) == 1
    assert found[0].low == pytest.approx(low)
    assert found[0].high == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        "The strike ended in the second half of July.",
        "The vote was held on the third of March.",
        "It was only one-fifth of a degree warmer.",
    ],
)
def test_halves_and_thirds_that_are_no_shares(text: str) -> None:
    assert not [m for m in quantities(text) if m.unit == "%"]


def test_a_fraction_against_a_percentage() -> None:
    agrees(
        "Nearly half of voters support the plan.", "A poll found 48% of voters support the plan."
    )
    cue = only_conflict(
        "More than a third of students failed the exam.", "Just 12% of students failed the exam."
    )
    assert (cue.claim, cue.source) == ("More than a third of", "12%")


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "The union endorsed the candidate.",
            "The union withdrew its endorsement of the candidate after the debate.",
            ("endorsed", "withdrew its endorsement"),
        ),
        (
            "The regulator approved the merger in May.",
            "In May the regulator withdrew its approval of the merger.",
            ("approved", "withdrew its approval"),
        ),
    ],
)
def test_a_decision_undone(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.NEGATION
    assert (cue.claim, cue.source) == words


def test_withdrawing_from_a_treaty_denies_nothing() -> None:
    agrees("The US left the Paris agreement.", "The US withdrew from the Paris agreement.")


def test_workers_and_jobs_count_the_same_posts() -> None:
    agrees("The company will hire 200 workers.", "The company will add 200 jobs next year.")
    only_conflict("The company will hire 200 workers.", "The company will add 500 jobs.")


def test_an_adjective_after_an_amount_is_not_what_it_counts() -> None:
    cue = only_conflict("The city will build 300 new homes.", "The city will build 120 homes.")
    assert (cue.claim, cue.source) == ("300", "120")


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Inflation eased to 3.1% in May.",
            "Inflation accelerated to 3.1% in May.",
            ("eased", "accelerated"),
        ),
        (
            "Growth slowed in the second quarter.",
            "Growth accelerated in the second quarter.",
            ("slowed", "accelerated"),
        ),
        ("Price rises eased in May.", "Price rises quickened in May.", ("eased", "quickened")),
    ],
)
def test_a_pace_eased_or_quickened(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert (cue.claim, cue.source) == words


def test_rules_eased_are_no_pace() -> None:
    # "eased" with an object loosens it: no opposite of "accelerated plans".
    _, cues = assess(
        "The government eased restrictions on travel.",
        "The government accelerated plans to reopen travel.",
    )
    assert not conflicts(cues), cues
