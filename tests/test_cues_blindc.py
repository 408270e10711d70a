"""The value readers added for the blind table of "blindc" (tests/editor_pairs_blindc.py):
what they read, and the look-alikes they must leave alone (no clash on ordinary copy)."""

from __future__ import annotations

import pytest

from factcheck.evidence.numbers import mentions
from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case, only_conflict


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.text, m.written) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "kind", "quoted"),
    [
        ("The vote took place on the fourth of June.", "date", "fourth of June"),
        ("The festival runs from 3-5 March.", "date", "3"),
        ("House prices peaked in the '90s.", "year", "'90s"),
        ("Revenue fell in Q3 2024.", "quarter", "Q3 2024"),
        ("Second-quarter profits rose.", "quarter", "Second-quarter"),
        ("The match finished two-all.", "tally", "two-all"),
        ("The council voted nine in favour, three against.", "tally",
         "nine in favour, three against"),
        ("Half a million people lost power.", "number", "Half a million"),
        ("The suspect, 46, was arrested.", "number", "46"),
        ("It is the country's second-largest city.", "number", "second-largest"),
    ],
)  # fmt: skip
def test_new_shapes_are_read(text: str, kind: str, quoted: str) -> None:
    assert any(k == kind and t == quoted for k, t, _ in _read(text)), _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Support rose by 5 points.",  # no tally word before "by": no margin
        "The odds are one in a million.",  # no amount of a million things
        "The first quarter of the century was warm.",  # no quarter of a year
        "In the '20s, jazz spread.",  # the 1920s or the 2020s
    ],
)
def test_look_alikes_are_not_read(text: str) -> None:
    read = _read(text)
    assert not any(w in ("margin",) for _, _, w in read), read
    assert not any(k == "quarter" for k, _, _ in read), read
    assert not any(t.lower() in ("a million", "'20s") for _, t, _ in read), read


def test_margin_against_tally_quotes_the_score() -> None:
    cue = only_conflict("United won by two goals.", "United won 2-1 at home.")
    assert (cue.claim, cue.source) == ("two", "2-1")


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # the same fact with more values of other things around it
        ("The bill passed by a margin of 12 votes.",
         "The bill passed by a margin of 12 votes after a 3-1 vote in committee.",
         Stance.SUPPORTS),
        ("Exports more than doubled.", "Exports more than doubled, while 40% of firms hired.",
         Stance.SUPPORTS),
        ("The suspect, aged 45, was arrested.",
         "The suspect, aged 45, was arrested with a 19-year-old woman.", Stance.SUPPORTS),
        ("It is the country's second-largest city.",
         "The second-largest city in the country has the third-largest port.", Stance.SUPPORTS),
        ("Growth accelerated in the second quarter.",
         "Growth slowed in the first quarter before accelerating in the second.",
         Stance.SUPPORTS),
        ("Revenue fell in the third quarter.",
         "Revenue fell in the third quarter after a rise in the second quarter.",
         Stance.SUPPORTS),
        # a level in per cent, a date of another occasion: no clash
        ("Sales doubled.", "Sales doubled as 95% of stores reopened.", Stance.SUPPORTS),
        ("The festival runs from 3-5 March.",
         "Volunteers for the festival must register by 20 February.", Stance.NEUTRAL),
    ],
)  # fmt: skip
def test_ordinary_copy_does_not_clash(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
