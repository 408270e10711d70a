"""Word cues: for/against and other stance verbs, direction of change, and negations that
must be about the claim's content. Each with agreements that must not contradict."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import agrees, assess, conflicts, only_conflict

# For and against -------------------------------------------------------------------------


def test_voted_for_against_voted_against() -> None:
    cue = only_conflict("Jim Hale voted for the bill.", "Jim Hale voted against the bill.")
    assert cue.kind is CueKind.ANTONYM
    assert cue.describe() == 'antonym: claim "voted for" vs source "voted against"'


def test_voted_against_against_voted_for() -> None:
    cue = only_conflict(
        "Senator Ruiz voted against the pension reform.",
        "Senator Ruiz voted for the pension reform in March.",
    )
    assert (cue.claim, cue.source) == ("voted against", "voted for")


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Jim Hale voted for the bill.", "Jim Hale opposed the bill."),
        ("The mayor argued for the tax.", "The mayor argued against the tax."),
        ("The union backed the strike.", "The union opposed the strike."),
    ],
)
def test_other_stance_verbs(claim: str, source: str) -> None:
    assert only_conflict(claim, source).kind is CueKind.ANTONYM


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Jim Hale voted for the bill.", "Jim Hale voted for the bill on Tuesday."),
        ("Jim Hale voted for the bill.", "Jim Hale supported the bill."),
        ("Jim Hale voted against the bill.", "Jim Hale opposed the bill."),
    ],
)
def test_same_side_agrees(claim: str, source: str) -> None:
    agrees(claim, source)


def test_for_without_a_stance_verb_is_no_side() -> None:
    # "waited for" takes no side: "against" elsewhere is not its opposite.
    _, cues = assess(
        "Residents waited for the decision on the bridge.",
        "Residents protested against the decision on the bridge.",
    )
    assert not [c for c in cues if c.claim == "for"]


# Direction of change ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Prices rose in the second quarter.",
            "Prices fell in the second quarter.",
            ("rose", "fell"),
        ),
        ("Exports soared last year.", "Exports plunged last year.", ("soared", "plunged")),
        ("Profits doubled last year.", "Profits fell last year.", ("doubled", "fell")),
        (
            "More people used the buses this year.",
            "Fewer people used the buses this year.",
            ("More", "Fewer"),
        ),
        (
            "The storm grew stronger overnight.",
            "The storm grew weaker overnight.",
            ("stronger", "weaker"),
        ),
        (
            "The vote came before the election.",
            "The vote came after the election.",
            ("before", "after"),
        ),
        (
            "Air quality improved in the city.",
            "Air quality worsened in the city.",
            ("improved", "worsened"),
        ),
        ("Rents climbed 4% in Berlin.", "Rents dropped 4% in Berlin.", ("climbed", "dropped")),
        ("Sales doubled in 2021.", "Sales halved in 2021.", ("doubled", "halved")),
        (
            "Ice cover is expanding in Antarctica.",
            "Ice cover is shrinking in Antarctica.",
            ("expanding", "shrinking"),
        ),
        (
            "The plant closed in the spring of 2018.",
            "The plant closed in the autumn of 2018.",
            ("spring", "autumn"),
        ),
    ],
)
def test_direction_of_change(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Prices rose in the second quarter.", "Prices increased in the second quarter."),
        ("Exports soared last year.", "Exports rose sharply last year."),
        (
            "The storm grew stronger overnight.",
            "The storm grew stronger overnight, forecasters said.",
        ),
    ],
)
def test_same_direction_agrees(claim: str, source: str) -> None:
    agrees(claim, source)


def test_more_than_and_fewer_than_amounts_are_left_to_the_amounts() -> None:
    # Both can be true: 5,000 < attendance < 6,000. "More"/"fewer" are not opposites here.
    cues = agrees(
        "More than 5,000 people attended the rally.", "Fewer than 6,000 people attended the rally."
    )
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]


# Negations about the claim's content -----------------------------------------------------


def test_a_negation_in_the_passage_about_something_else_is_no_cue() -> None:
    stance, cues = assess(
        "Vitamin D deficiency is associated with COVID-19 risk.",
        "Vitamin D deficiency that is not sufficiently treated is associated with COVID-19 risk.",
    )
    assert not conflicts(cues)
    assert stance is Stance.SUPPORTS


def test_a_negation_in_the_passage_over_the_claims_words() -> None:
    cue = only_conflict(
        "ACE inhibitors increase the risk of severe COVID-19.",
        "ACE inhibitors are not associated with severe COVID-19.",
    )
    assert cue.kind is CueKind.NEGATION
    assert cue.source == "not associated with severe"


def test_no_symptoms_agrees_with_asymptomatic() -> None:
    stance, cues = assess(
        "Children with no symptoms can still spread the virus.",
        "Asymptomatic children can still spread the virus.",
    )
    assert not conflicts(cues)
    assert stance is Stance.SUPPORTS


def test_a_claim_that_denies_against_a_passage_that_asserts() -> None:
    cue = only_conflict(
        "Sea level rise is not caused by global warming.",
        "Global warming causes sea level rise through melting ice.",
    )
    assert cue.kind is CueKind.NEGATION


def test_went_up_against_went_down() -> None:
    cue = only_conflict("Rents went up last year.", "Rents went down last year.")
    assert (cue.claim, cue.source) == ("went up", "went down")


def test_went_up_agrees_with_rose() -> None:
    agrees("Rents went up last year.", "Rents rose last year.")


def test_up_and_down_after_other_verbs_are_no_direction() -> None:
    _, cues = assess("The council set up a new fund.", "The council shut down the old fund.")
    assert not [c for c in cues if c.claim in ("set up", "up")]


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        ("The mayor approved the budget.", "The mayor vetoed the budget.", ("approved", "vetoed")),
        (
            "The court upheld the ruling.",
            "The court overturned the ruling.",
            ("upheld", "overturned"),
        ),
        ("The court upheld the ruling.", "The court struck down the ruling.", ("upheld", "struck")),
        (
            "The defendant was convicted.",
            "The defendant was acquitted.",
            ("convicted", "acquitted"),
        ),
        ("The law was repealed in 2010.", "The law was enacted in 2010.", ("repealed", "enacted")),
    ],
)
def test_decisions_undone(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim, cue.source) == words


def test_swapped_roles() -> None:
    cue = only_conflict(
        "Arsenal beat Chelsea 2-1 on Sunday.", "Chelsea beat Arsenal 2-1 on Sunday."
    )
    assert cue.kind is CueKind.ENTITY
    assert (cue.claim, cue.source) == ("Arsenal beat Chelsea", "Chelsea beat Arsenal")


@pytest.mark.parametrize(
    "source",
    [
        "Arsenal beat Chelsea 2-1 on Sunday.",
        "Chelsea were beaten by Arsenal 2-1 on Sunday.",  # a passive: the same roles
        "Chelsea beat Arsenal in May, and Arsenal beat Chelsea 2-1 on Sunday.",
    ],
)
def test_roles_as_claimed(source: str) -> None:
    agrees("Arsenal beat Chelsea 2-1 on Sunday.", source)


def test_two_way_verbs_have_no_roles() -> None:
    agrees("Biden met Putin in Geneva in June.", "Putin met Biden in Geneva in June.")


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Senator Hale came out against the bill.",
            "Senator Hale came out for the bill.",
            ("came out against", "came out for"),
        ),
        ("The governor signed the bill.", "The governor vetoed the bill.", ("signed", "vetoed")),
        (
            "The plan was accepted by the council.",
            "The council turned down the plan.",
            ("accepted", "turned down"),
        ),
    ],
)
def test_taking_sides_in_other_words(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim, cue.source) == words


def test_a_fire_is_not_a_dismissal() -> None:
    agrees(
        "A fire destroyed the old warehouse on Monday.",
        "Firefighters kept the fire from the rest of the old warehouse, destroyed on Monday.",
    )


def test_expanding_is_not_the_opposite_of_any_lower_word() -> None:
    _, cues = assess(
        "Ice is expanding in much of Antarctica.",
        "The peripheral areas of Antarctica are held at lower temperatures, and ice is there.",
    )
    assert not conflicts(cues)


# Efficacy denied ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Hydroxychloroquine cures COVID-19.",
            "A pooled analysis suggests no additional benefit for reducing mortality in COVID-19"
            " patients when hydroxychloroquine is given.",
            ("cures", "no additional benefit"),
        ),
        (
            "Remdesivir proves effective against COVID-19.",
            "Remdesivir is not sufficient on its own, doctors treating COVID-19 found.",
            ("effective", "not sufficient"),
        ),
        (
            "Zinc lozenges help patients recover from colds faster.",
            "Zinc lozenges failed to shorten colds in the trial's patients.",
            ("help", "failed to"),
        ),
    ],
)
def test_efficacy_denied(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.NEGATION
    assert (cue.claim, cue.source) == words


def test_efficacy_asserted_on_both_sides_or_denied_by_the_claim() -> None:
    agrees("Masks reduce the spread of the virus.", "Masks reduce the spread of the virus indoors.")
    _, cues = assess(
        "Vitamin C does not cure colds.", "Vitamin C showed no benefit against colds in trials."
    )
    assert not [c for c in cues if c.conflict]  # both deny: no clash


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The president signed the executive order on Monday.",
            "The president declined to comment on the executive order on Monday.",
        ),
        (
            "The club kept its manager after the defeat.",
            "The club dismissed reports about its manager after the defeat.",
        ),
        ("The company hired a new CEO last year.", "The company cut the dividend last year."),
    ],
)
def test_news_phrasings_that_are_no_opposites(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not conflicts(cues)


def test_a_passage_negating_something_else_does_not_hide_a_denial() -> None:
    """The passage's "not badly" is about no word of the claim: the claim's "not damaged"
    still clashes with "was damaged"."""
    cue = only_conflict("The bridge was not damaged.", "The bridge was damaged, though not badly.")
    assert cue.kind is CueKind.NEGATION
    assert cue.source == "was damaged"


def test_two_denials_of_different_things_are_no_clash() -> None:
    """A passage that negates something else is too loose to call a clash on the claim's
    own denial when the denied word is not there."""
    stance, cues = assess("The drug is not effective.", "The drug is not cheap.")
    assert stance is not Stance.CONTRADICTS, cues


def test_too_small_to_matter_negates_the_verb() -> None:
    cue = only_conflict("The bill is too costly to pass.", "The bill passed easily.")
    assert cue.kind is CueKind.NEGATION
    assert cue.claim == "too costly to pass"


def test_too_far_to_a_place_is_no_negation() -> None:
    stance, cues = assess("The rocket went to the moon.", "The rocket went too far to the moon.")
    assert not conflicts(cues), cues
    assert stance is Stance.SUPPORTS
