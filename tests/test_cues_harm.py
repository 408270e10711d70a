"""A claim that counts no harm ("No deaths were reported", "no serious injuries", "no loss of
life"): a passage that reports deaths or injuries contradicts it, one that only shares its
topic does not (evidence/harm.py). Before, every passage about the fire that did not repeat
"no deaths" was shown as contradicting it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import RETRIEVALS, assert_case, wrong_through_match

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

CASES = [
    # The topic only: no clash, and not stated either.
    (
        "No deaths were reported in the fire.",
        "The fire started in the kitchen of the restaurant.",
        N,
    ),
    (
        "No injuries were reported after the crash.",
        "The crash closed the motorway for five hours.",
        N,
    ),
    ("There were no casualties in the blast.", "The blast shattered windows across the street.", N),
    ("No lives were lost in the sinking.", "All 40 crew were rescued after the sinking.", N),
    ("No deaths were reported in the fire.", "Four people died in a similar fire last year.", N),
    ("There were no serious injuries.", "Two passengers suffered minor injuries.", N),
    # Harm reported, in any words of its family: a clash naming the passage's word.
    ("There were no casualties in the blast.", "The blast killed two soldiers.", C),
    ("The ship sank with no loss of life.", "Three crew members died when the ship sank.", C),
    (
        "No injuries were reported after the crash.",
        "Three people were taken to hospital with injuries after the crash.",
        C,
    ),
    ("There were no serious injuries.", "Two passengers suffered serious injuries.", C),
    ("No deaths were reported in the fire.", "Two people died in the fire.", C),
    # A kind of people counted beside a word of harm or custody (kinds.KINDS_OF_PEOPLE).
    (
        "Nobody was injured in the blaze.",
        "Three residents were taken to hospital after the blaze.",
        C,
    ),
    ("No one was hurt in the crash.", "Two passengers were taken to hospital after the crash.", C),
    ("No one was arrested at the protest.", "Four protesters were detained at the protest.", C),
    ("No one was hurt in the crash.", "All 40 passengers were evacuated after the crash.", N),
    # Stated: the passage counts no harm too.
    (
        "No deaths were reported in the fire.",
        "No one was killed in the fire, which started in the kitchen.",
        S,
    ),
]


@pytest.mark.parametrize(("claim", "source", "stance"), CASES)
def test_harm_pair(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


def test_the_clash_names_the_passage_word() -> None:
    from tests.stance_helpers import assess

    stance, cues = assess(
        "There were no casualties in the blast.", "The blast killed two soldiers."
    )
    clash = [c for c in cues if c.conflict]
    assert stance is C and [(c.claim, c.source) for c in clash] == [("no casualties", "killed")]


def test_harm_escaped_is_no_clash() -> None:
    # Stated or only related by the cosine with semantic retrieval; never a clash.
    from tests.stance_helpers import assess

    stance, _ = assess(
        "The crash caused no injuries.", "All passengers escaped injury in the crash."
    )
    assert stance is S


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_harm_pairs_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not wrong_through_match(CASES, root=tmp_path, retrieval=retrieval, capsys=capsys)


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_rescued_is_no_clash_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """blindc's e24: a false clash before harm.py. Stated by words alone; with semantic
    retrieval the cosine is under SUPPORT_COSINE, so Related: never contradicts."""
    pair = (
        "The ship sank with no loss of life.",
        "All 40 crew members were rescued after the ship sank.",
    )
    shown = wrong_through_match([(*pair, C)], root=tmp_path, retrieval=retrieval, capsys=capsys)
    assert [got for _, _, got in shown] in (["supports"], ["neutral"])


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # Nobody hurt is nobody dead: a count of the dead clashes with it.
        (
            "Two people died when the old bridge collapsed.",
            "No one was injured when the old bridge collapsed.",
            C,
        ),
        (
            "Two people died when the old bridge collapsed.",
            "No one was hurt when the bridge collapsed.",
            C,
        ),
        ("Two people died in the fire.", "There were no injuries in the fire.", C),
        # A count of none is read wherever it stands, here before the claim's words.
        (
            "Two people died when the old bridge collapsed.",
            "No one was injured when part of the old bridge collapsed in March.",
            C,
        ),
        # Not the other way round: nobody dead leaves the injured uncounted.
        ("Three people were injured in the crash.", "No one died in the crash.", N),
        ("No one died in the crash.", "No one was injured in the crash.", N),
        # Nor nobody hurt in another fire.
        (
            "Two people died in the fire.",
            "Nobody was injured in the fire at the school last year.",
            N,
        ),
    ],
)
def test_nobody_hurt_against_a_count_of_the_dead(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
