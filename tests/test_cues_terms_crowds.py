"""Cues found by trying realistic articles through `factcheck match` (the lead, eighth
session): a prison term said with other verbs, a crowd counted, kinds of people, and a
headline's "Former mayor jailed" (the verb is no other instance of the claim's)."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("Price was jailed for five years.", "Price was sentenced to four years in prison.", C),
        ("Price was jailed for four years.", "Price was sentenced to four years in prison.", S),
        ("Price was imprisoned for six months.", "Price was sentenced to six months.", S),
        ("The trial lasted five years.", "Price was sentenced to four years.", N),
    ],
)
def test_one_prison_term_in_other_verbs(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("Price was jailed for five years.", "Former mayor jailed for four years over fraud", C),
        ("Price was jailed for four years.", "Former mayor jailed for four years over fraud", S),
        # "former" still marks another instance of the word it qualifies.
        ("The mayor resigned in May.", "The former mayor resigned in June.", N),
    ],
)
def test_a_headline_verb_after_former(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        (
            "A crowd of 84,000 watched the final.",
            "The crowd of 84,000 was a record for the final.",
            S,
        ),
        ("A crowd of 84,000 watched the final.", "84,000 fans watched the final.", S),
        ("A crowd of 84,000 watched the final.", "The final was watched by a crowd of 60,000.", C),
        ("Around 40,000 fans attended the final.", "A crowd of 62,000 attended the final.", C),
        (
            "About 3,000 people cross the bridge each day.",
            "About 3,000 pedestrians cross it each day.",
            S,
        ),
        # A kind of people is some of them: never a clash.
        (
            "About 3,000 people cross the bridge each day.",
            "About 900 cyclists cross the bridge each day.",
            N,
        ),
    ],
)
def test_crowds_and_kinds_of_people(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
