"""Figures of something else (``aside``): an expected figure ("is expected to cost about
$800,000") answers a claim about what is to come ("will cost at least $1m") and is no clash with
one about what happened; a figure dated to another year is no clash with the claim's year's, nor a
count of those a fate befell ("12 people were arrested") with the count of a crowd."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, only_conflict


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "The repairs will cost at least $1m.",
            "The repairs are expected to cost about $800,000.",
            ("at least $1m", "about $800,000"),
        ),
        (
            "The stadium will hold 60,000 fans.",
            "The stadium is expected to hold 45,000 fans.",
            ("60,000", "45,000"),
        ),
    ],
)
def test_an_expected_figure_answers_a_claim_about_what_is_to_come(
    claim: str, source: str, words: tuple[str, str]
) -> None:
    cue = only_conflict(claim, source)
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The repairs cost $1m.", "The repairs were expected to cost $800,000."),
        (
            "About 300 people attended the rally.",
            "Organisers had expected 1,000 people at the rally.",
        ),
    ],
)
def test_an_expected_figure_is_no_clash_with_what_happened(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.NEUTRAL, cues


@pytest.mark.parametrize(
    ("source", "stance"),
    [
        # Another year's figure, the claim's year named elsewhere: no clash, not stated.
        (
            "The airport handled 28 million passengers in 2021, down from its 2019 peak.",
            Stance.NEUTRAL,
        ),
        # The claim's year's figure: a clash.
        (
            "In 2019 the airport handled 28 million passengers, against 40 million in 2021.",
            Stance.CONTRADICTS,
        ),
        ("The airport handled 28 million passengers in 2019.", Stance.CONTRADICTS),
    ],
)
def test_a_figure_of_another_year(source: str, stance: Stance) -> None:
    found, cues = assess("The airport handled 40 million passengers in 2019.", source)
    assert found is stance, cues


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The protest drew 5,000 people.", "Police said 12 people were arrested at the protest."),
        ("5,000 people attended the protest.", "12 people were injured at the protest."),
        (
            "Four people were arrested after the match.",
            "Police said 40,000 people attended the match.",
        ),
    ],
)
def test_a_count_of_another_fate_is_no_clash(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not [c for c in cues if c.conflict], cues


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Two people died in the crash.",
            "Three people were killed in the crash.",
            ("Two", "Three"),
        ),
        ("Four people were arrested.", "Police arrested six people.", ("Four", "six")),
    ],
)
def test_a_count_of_the_same_fate_clashes(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        (
            "The building is taller than 200 metres.",
            "The building rises 230 metres.",
            Stance.SUPPORTS,
        ),
        (
            "The building is taller than 200 metres.",
            "The building is 180 metres tall.",
            Stance.CONTRADICTS,
        ),
        ("The fish was longer than 2 metres.", "The fish measured 1.5 metres.", Stance.CONTRADICTS),
        ("Rates are lower than 3%.", "Rates stand at 2.5%.", Stance.SUPPORTS),
    ],
)
def test_a_measure_compared_with_a_figure_bounds_it(
    claim: str, source: str, stance: Stance
) -> None:
    found, cues = assess(claim, source)
    assert found is stance, cues


@pytest.mark.parametrize(
    ("source", "stance"),
    [
        ("The council spent £3m on parks last year.", Stance.NEUTRAL),
        ("The council will spend £3m on new parks.", Stance.NEUTRAL),
        ("The council will spend £3m on roads.", Stance.CONTRADICTS),
        ("The council will spend £3m on new roads and parks.", Stance.CONTRADICTS),
    ],
)
def test_a_sum_spent_on_another_thing(source: str, stance: Stance) -> None:
    found, cues = assess("The council will spend £5m on new roads.", source)
    assert found is stance, cues


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A percentage of another measure, named before it: no clash.
        (
            "The bank cut rates to 4%.",
            "Inflation was 3.2% when the bank met, and unemployment stood at 4.1%.",
            Stance.NEUTRAL,
        ),
        ("The bank cut rates to 4%.", "The bank cut rates to 3.5%.", Stance.CONTRADICTS),
        # The claim's measure named after the figure.
        (
            "Support for the plan stands at 60%.",
            "A poll found 45% backed the plan.",
            Stance.CONTRADICTS,
        ),
    ],
)
def test_a_percentage_of_another_measure(claim: str, source: str, stance: Stance) -> None:
    found, cues = assess(claim, source)
    assert found is stance, cues
