"""Who won a contest (issue 14's score lines): "City won the derby 2-1" against "United beat
City 2-1 in the derby". The outcome is read from the names on either side of "won", "lost",
"beat" and "were beaten by", whatever verb each side uses."""

from __future__ import annotations

import pytest

from factcheck.evidence.outcomes import outcomes
from factcheck.evidence.sides import Side
from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import agrees, assess, only_conflict


@pytest.mark.parametrize(
    ("text", "winner", "loser"),
    [
        ("City won the derby 2-1.", "citi", None),
        ("United beat Manchester City 2-1.", "unit", "citi"),
        ("City were narrowly beaten by United.", "unit", "citi"),
        ("Spain lost 2-1 to Italy in the final.", "itali", "spain"),
        ("The Conservatives defeated Labour to take the seat.", "conserv", "labour"),
    ],
)
def test_the_outcome_a_side_gives(text: str, winner: str | None, loser: str | None) -> None:
    (found,) = outcomes(Side.of(text))
    assert (found.winner, found.loser) == (winner, loser)


@pytest.mark.parametrize(
    "text",
    [
        "City lost their captain to injury before the derby.",  # no contest lost
        "Smith won an award for her work.",
        "City hope to win the derby.",  # an aim, not an outcome
        "The defeat left City third.",  # a noun
    ],
)
def test_no_outcome(text: str) -> None:
    assert outcomes(Side.of(text)) == []


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "City won the derby 2-1.",
            "United beat City 2-1 in the derby on Sunday.",
            ("City won", "United beat City"),
        ),
        (
            "City won the derby 2-1.",
            "City were beaten 2-1 by United in the derby.",
            ("City won", "City were beaten 2-1 by United"),
        ),
        (
            "City beat United 2-1 in the derby.",
            "United won the derby 2-1.",
            ("City beat United", "United won"),
        ),
        (
            "City beat United 2-1 in the derby.",
            "City lost the derby 2-1.",
            ("City beat United", "City lost"),
        ),
        (
            "Smith won the election.",
            "Jones beat Smith in the election by 400 votes.",
            ("Smith won", "Jones beat Smith"),
        ),
        (
            "Manchester City won the derby.",
            "Manchester United beat Manchester City in the derby.",
            ("City won", "United beat Manchester City"),
        ),
    ],
)
def test_the_winner_turned_round(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ENTITY
    assert (cue.claim, cue.source) == words


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # "won" and "defeated" are opposites in the antonym list; the names settle it.
        ("City won the derby 2-1.", "City defeated United 2-1 in the derby."),
        ("City lost the derby 2-1.", "United beat City 2-1 in the derby."),
        ("Smith won the election.", "Smith beat Jones in the election by 400 votes."),
        ("Manchester City won the derby.", "Manchester City beat Manchester United in the derby."),
    ],
)
def test_the_same_outcome_in_other_words(claim: str, source: str) -> None:
    agrees(claim, source)
    assert assess(claim, source)[0] is Stance.SUPPORTS


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # Another contest: neither its name nor the claim's score is in the passage.
        ("City won the derby.", "United beat City in the cup final in May."),
        ("Smith won an award for her work.", "Jones beat Smith in the election."),
        # Both outcomes given: two meetings, one as claimed.
        (
            "City beat United in the derby.",
            "City beat United in the derby in May, and United won the derby in October.",
        ),
    ],
)
def test_no_clash_of_outcomes(claim: str, source: str) -> None:
    _, cues = assess(claim, source)
    assert not [c for c in cues if c.conflict and c.kind is CueKind.ENTITY], cues
