"""Comparisons turned round (evidence/comparison.py): "cold kills more people than heat"
against "heat kills more people than cold" clashes; "women earn less than men" against "men
earn more than women" agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace import CueKind, Stance
from tests.stance_helpers import (
    PREFIX,
    RETRIEVALS,
    agrees,
    assess,
    conflicts,
    only_conflict,
    wrong_through_match,
)

TURNED_ROUND = [
    ("Cold kills many more people than heat.", "Heat kills many more people than cold."),
    ("Exports grew faster than imports last year.", "Imports grew faster than exports last year."),
    ("The new plant is bigger than the old one.", "The old plant was bigger than the new one."),
    ("Turnout was higher in 2020 than in 2016.", "Turnout was higher in 2016 than in 2020."),
    (
        "The Democrats won more seats than the Republicans.",
        "The Republicans won more seats than the Democrats, official results showed.",
    ),
    ("Boys outperformed girls in maths.", "Girls outperformed boys in maths, the study found."),
    (
        "Labour is ahead of the Conservatives in the polls.",
        "The Conservatives are ahead of Labour in the polls.",
    ),
    (
        "The vaccine was approved before the trial ended.",
        "The trial ended before the vaccine was approved.",
    ),
    ("The drought came before the famine.", "The famine came before the drought."),
    (
        "Unvaccinated people are more likely to be hospitalised than vaccinated people.",
        "Vaccinated people are more likely to be hospitalised than unvaccinated people.",
    ),
    (
        "Extreme heat kills more people each year than extreme cold.",
        "Extreme cold kills more people each year than extreme heat.",
    ),
    ("Flying is safer than driving.", "Driving is safer than flying."),
    ("Women earn less than men in the sector.", "Men earn less than women in the sector."),
]


@pytest.mark.parametrize(("claim", "source"), TURNED_ROUND)
def test_a_comparison_turned_round_contradicts(claim: str, source: str) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ORDER
    # The cue quotes the comparison on both sides: what each compares with differs.
    assert " " in cue.claim and cue.claim.split()[0] == cue.source.split()[0]
    assert cue.claim != cue.source
    for meaning in (0.85, 0.6):  # with semantic retrieval, the clash still decides
        stance, _ = assess(claim, source, meaning=meaning)
        assert stance is Stance.CONTRADICTS


SAID_THE_OTHER_WAY = [
    ("Women earn less than men in the sector.", "Men earn more than women in the sector."),
    ("Exports grew faster than imports.", "Imports grew more slowly than exports."),
    ("Cold kills more people than heat.", "Heat kills fewer people than cold."),
    (
        "The Democrats won more seats than the Republicans.",
        "The Republicans won fewer seats than the Democrats, official results showed.",
    ),
    (
        "Labour is ahead of the Conservatives in the polls.",
        "The Conservatives trail Labour in the polls.",
    ),
    ("Arsenal beat Chelsea on Sunday.", "Chelsea lost to Arsenal on Sunday."),
]


@pytest.mark.parametrize(("claim", "source"), SAID_THE_OTHER_WAY)
def test_the_same_comparison_said_the_other_way_agrees(claim: str, source: str) -> None:
    cues = agrees(claim, source)
    agreement = [c for c in cues if c.kind is CueKind.AGREEMENT and " " in c.claim]
    assert len(agreement) == 1, cues
    assert (PREFIX + source)[agreement[0].start : agreement[0].end] == agreement[0].source


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Cold kills more people than heat.", "Cold kills more people than heat does, it found."),
        ("Boys outperformed girls in maths.", "In maths, girls were outperformed by boys."),
        ("Arsenal beat Chelsea on Sunday.", "Chelsea were beaten by Arsenal on Sunday."),
        # The passage also makes the claim's comparison: no clash with the other one.
        (
            "Exports grew faster than imports in 2023.",
            "Imports grew faster than exports in 2022, but in 2023 exports grew faster "
            "than imports.",
        ),
        # Passives, with an adverb or without "were": the same order.
        ("Arsenal beat Chelsea on Sunday.", "Chelsea were comprehensively beaten by Arsenal."),
        ("Men outnumber women in parliament.", "Women in parliament are still outnumbered by men."),
        (
            "Arsenal beat Chelsea on Sunday.",
            "Chelsea, beaten by Arsenal on Sunday, dropped to fifth.",
        ),
        # Another measure of the same two things is not the claim's comparison.
        ("China emits more carbon than the US.", "The US imports more oil than China."),
        ("Women earn less than men.", "Men work fewer unpaid hours than women."),
        ("Boys outperformed girls in maths.", "Girls outperformed boys in reading."),
        (
            "Democrats won more votes than Republicans.",
            "Republicans won more seats than Democrats, though Democrats won more votes.",
        ),
        # Other events in time.
        ("Infections fell after the lockdown.", "The lockdown ended after infections fell."),
        (
            "The minister resigned after the scandal.",
            "The scandal deepened after the aide resigned.",
        ),
        # "ahead of" that ranks nothing; a comparison negated or reported as a myth.
        (
            "Labour is ahead of the Conservatives in the polls.",
            "The Conservatives rallied in the polls ahead of Labour's conference.",
        ),
        (
            "Heat kills more people than cold.",
            "It is not true that cold kills more people than heat.",
        ),
        (
            "Heat kills more people than cold.",
            "The myth that cold kills more people than heat persists.",
        ),
        # Compared with an expectation, not with the other thing.
        (
            "The team won more games than its rival.",
            "Its rival won more games than the team expected.",
        ),
        # "more than 5,000" bounds an amount: nothing is compared with anything.
        (
            "The company hired more than 5,000 workers.",
            "The company hired more than 5,000 workers.",
        ),
    ],
)
def test_comparisons_as_claimed_do_not_clash(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert not conflicts(cues), cues
    assert stance is not Stance.CONTRADICTS


def test_the_same_order_the_other_way_round_is_an_opposite() -> None:
    cue = only_conflict("Arsenal beat Chelsea on Sunday.", "Arsenal lost to Chelsea on Sunday.")
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim, cue.source) == ("beat Chelsea on Sunday", "lost to Chelsea on Sunday")


def test_an_opposite_said_the_other_way_round_is_not_a_clash() -> None:
    """Without the comparison, "less" and "more" are an antonym pair: the antonym cue must
    not fire when the passage turns the comparison round as well."""
    stance, cues = assess(
        "Women earn less than men in the sector.", "Men earn more than women in the sector."
    )
    assert not [c for c in cues if c.kind is CueKind.ANTONYM], cues
    assert stance is Stance.SUPPORTS


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_comparisons_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As a user sees them: `factcheck match --format json`, with either retrieval."""
    cases = [(c, s, Stance.CONTRADICTS) for c, s in TURNED_ROUND] + [
        (c, s, Stance.SUPPORTS) for c, s in SAID_THE_OTHER_WAY
    ]
    wrong = wrong_through_match(cases, root=tmp_path, retrieval=retrieval, capsys=capsys)
    assert wrong == []
