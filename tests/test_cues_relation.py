"""Which way a relation runs (evidence/relation.py): a claim that one thing raises another
against a study that finds them negatively correlated."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace import CueKind, Stance
from tests.stance_helpers import (
    RETRIEVALS,
    agrees,
    assess,
    conflicts,
    only_conflict,
    wrong_through_match,
)

OPPOSITE_WAYS = [
    (
        "Vitamin D increases COVID-19 mortality.",
        "A negative correlation was observed between vitamin D levels and COVID-19 mortality.",
        ("increases", "negative correlation"),
    ),
    (
        "Smoking lowers the risk of infection.",
        "Smoking was positively associated with the risk of infection.",
        ("lowers", "positively associated"),
    ),
    (
        "Exercise reduces the risk of depression.",
        "Exercise was positively linked to depression in teenagers.",
        ("reduces", "positively linked"),
    ),
    (
        "Coffee raises blood pressure.",
        "Coffee intake was inversely related to blood pressure, the trial found.",
        ("raises", "inversely related"),
    ),
    (
        "Vitamin D increases COVID-19 mortality.",
        "Vitamin D levels correlated negatively with COVID-19 mortality.",
        ("increases", "correlated negatively"),
    ),
    (
        "Vitamin D deficiency increases COVID-19 mortality.",
        "Vitamin D deficiency was negatively correlated with COVID-19 mortality.",
        ("increases", "negatively correlated"),
    ),
    (
        # What acts is a lack: a deficiency that lowers a risk says vitamin D raises it.
        "Vitamin D deficiency lowers the risk of severe COVID-19.",
        "Vitamin D levels were inversely associated with severe COVID-19.",
        ("lowers", "inversely associated"),
    ),
]


@pytest.mark.parametrize(("claim", "source", "words"), OPPOSITE_WAYS)
def test_a_relation_the_other_way_contradicts(
    claim: str, source: str, words: tuple[str, str]
) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim, cue.source) == words
    stance, _ = assess(claim, source, meaning=0.85)  # the cosine does not outvote it
    assert stance is Stance.CONTRADICTS


SAME_WAYS = [
    (
        "Smoking lowers the risk of infection.",
        "Smoking was inversely associated with the risk of infection.",
    ),
    (
        "Exercise reduces the risk of depression.",
        "Physical exercise is negatively correlated with depression, a large study found.",
    ),
    (
        "Vitamin D deficiency increases the risk of severe COVID-19.",
        "Vitamin D levels were negatively correlated with severe COVID-19.",
    ),
    # A lack in the passage turns its relation round too.
    (
        "Vitamin D deficiency increases the risk of severe COVID-19.",
        "Vitamin D deficiency was positively associated with severe COVID-19.",
    ),
    (
        "Vitamin D reduces COVID-19 mortality.",
        "Low vitamin D levels were positively correlated with COVID-19 mortality.",
    ),
    # The first relation of the claim's two things decides; one cue.
    (
        "Exercise reduces depression.",
        "Exercise was negatively associated with depression but positively associated with "
        "sleep quality.",
    ),
]


@pytest.mark.parametrize(("claim", "source"), SAME_WAYS)
def test_a_relation_the_same_way_agrees(claim: str, source: str) -> None:
    cues = agrees(claim, source)
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # "raise the alarm" raises nothing.
        (
            "Scientists raise the alarm over vitamin D and COVID-19.",
            "A negative correlation was found between vitamin D and COVID-19 cases.",
        ),
        # "tested positive ... associated": no relation of the claim's two things.
        (
            "Vitamin D increases COVID-19 mortality.",
            "Patients who tested positive for COVID-19 were associated with low vitamin D.",
        ),
        # Intransitive: nothing is acted on.
        (
            "COVID-19 deaths increased in winter.",
            "COVID-19 deaths were negatively correlated with winter temperatures.",
        ),
        # A negated relation; a relation of other things.
        (
            "Zinc lowers the risk of infection.",
            "There was no positive correlation between zinc levels and infection risk.",
        ),
        (
            "Exercise reduces the risk of depression.",
            "Exercise was positively associated with mental health and wellbeing, unlike "
            "depression.",
        ),
        # The passage does not name what the claim says is raised.
        (
            "Sugar raises blood pressure.",
            "Sugar intake was negatively correlated with physical activity.",
        ),
    ],
)
def test_no_relation_cue_without_the_claims_relation(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not conflicts(cues), cues


# A lack of what acts on one side only turns the passage's own verb round.
LACK_OPPOSITE = [
    (
        "Iron causes anaemia.",
        "Iron deficiency causes anaemia.",
        ("Iron causes", "Iron deficiency causes"),
    ),
    (
        "Sleep raises blood pressure.",
        "Lack of sleep raises blood pressure, the study found.",
        ("Sleep raises", "Lack of sleep raises"),
    ),
    (
        "Vitamin D increases COVID-19 mortality.",
        "Vitamin D deficiency is associated with increased COVID-19 mortality.",
        ("Vitamin D increases", "Vitamin D deficiency is associated with increased"),
    ),
    (
        "Interest rates boosted house prices.",
        "Low interest rates boosted house prices.",
        ("Interest rates boosted", "Low interest rates boosted"),
    ),
    (
        "Iron deficiency reduces energy levels.",
        "Iron reduces energy levels in older patients.",
        ("Iron deficiency reduces", "Iron reduces"),
    ),
]

LACK_SAME = [
    # "raises" against "lowers" is no clash when one side's subject is a lack.
    (
        "Exercise lowers the risk of heart disease.",
        "A lack of exercise raises the risk of heart disease.",
    ),
    (
        "Vitamin D supplements reduce the risk of severe COVID-19.",
        "Vitamin D deficiency increases the risk of severe COVID-19.",
    ),
    ("Rain raised river levels.", "The absence of rain lowered river levels."),
    ("Sugar increases the risk of diabetes.", "Sugar reduction lowers the risk of diabetes."),
    ("Iron supplements increase energy levels.", "Iron deficiency reduces energy levels."),
    # A plural lack.
    ("Nurses raise survival rates.", "Nurse shortages reduced survival rates in 2020."),
]


@pytest.mark.parametrize(("claim", "source", "words"), LACK_OPPOSITE)
def test_a_lack_on_one_side_turns_the_verb_round(
    claim: str, source: str, words: tuple[str, str]
) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(("claim", "source"), LACK_SAME)
def test_a_lack_with_the_opposite_verb_agrees(claim: str, source: str) -> None:
    cues = agrees(claim, source)
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # The lack qualifies another thing than what acts, or is on both sides.
        (
            "The hospital increased its beds.",
            "Despite a shortage of nurses, the hospital increased its beds.",
        ),
        ("Water shortages raised food prices.", "Water shortages raised food prices again."),
        ("Lack of sleep raises blood pressure.", "Sleep deprivation raises blood pressure."),
        # "low" is the income's, not the families'.
        (
            "Families increased their spending.",
            "Low-income families increased their spending over Christmas.",
        ),
        # A negated verb is the negation cue's to read.
        ("Iron causes anaemia.", "Iron deficiency does not cause anaemia in adults."),
    ],
)
def test_no_lack_cue_where_the_lack_is_not_of_what_acts(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not [c for c in cues if c.kind is CueKind.ANTONYM], cues


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_relations_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [(c, s, Stance.CONTRADICTS) for c, s, _ in [*OPPOSITE_WAYS, *LACK_OPPOSITE]] + [
        (c, s, Stance.SUPPORTS) for c, s in [*SAME_WAYS, *LACK_SAME]
    ]
    assert wrong_through_match(cases, root=tmp_path, retrieval=retrieval, capsys=capsys) == []
