"""A month or date of one year against a bare year (monthparts.other_year), and tallies
given as those on each side (tallies._FOR_AGAINST)."""

from __future__ import annotations

import pytest

from factcheck.evidence.tallies import tallies
from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, conflicts, only_conflict


@pytest.mark.parametrize(
    ("claim", "source", "claimed", "given"),
    [
        ("The museum opens in March 2025.", "The museum will open in 2026.", "March 2025", "2026"),
        ("The museum opened in 2025.", "The museum opened in May 2024.", "2025", "May 2024"),
        (
            "The bridge reopened on 4 May 2021.",
            "The bridge reopened in 2019.",
            "4 May 2021",
            "2019",
        ),
    ],
)
def test_a_month_of_one_year_clashes_with_another_year(
    claim: str, source: str, claimed: str, given: str
) -> None:
    cue = only_conflict(claim, source)
    assert (cue.claim, cue.source) == (claimed, given)


@pytest.mark.parametrize(
    "source",
    [
        "The museum opened in 2025.",  # its own year: the month is not given, nor denied
        "The museum's opening has been pushed back to 2026.",  # "to 2026": a range's end
        "The museum opened in the 2020s.",  # a decade, no year
        "The museum, opened in 2025, hosts a festival in 2027.",  # 2025 given: 2027 another event
    ],
)
def test_a_month_against_its_own_year_or_no_year_is_no_clash(source: str) -> None:
    stance, cues = assess("The museum opened in March 2025.", source)
    assert not conflicts(cues)
    assert stance is Stance.NEUTRAL


def test_a_date_given_as_a_note_of_when_is_no_other_year() -> None:
    # "(September 20, 2007)": no word dates an event by it, so it is not the claim's
    # retirement dated otherwise (a false clash on a spliced benchmark passage).
    _, cues = assess(
        "The professor retired in 1994.",
        "In their latest study (September 20, 2007) the professor's findings were confirmed.",
    )
    assert not conflicts(cues)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Seven board members voted in favour and two against.", (7, 2)),
        ("Twelve councillors voted in favor, three against.", (12, 3)),
        ("12 members voted in favour and 3 were against.", (12, 3)),
        ("9 in favour, 4 against", (9, 4)),
    ],
)
def test_those_on_each_side_are_a_tally(text: str, pair: tuple[int, int]) -> None:
    found = [m for m in tallies(text) if m.kind == "tally"]
    assert [m.value for m in found] == [pair]


def test_words_between_a_count_and_in_favour_are_few() -> None:
    # "Seven years ago ... in favour of": no tally when the count is far from the side.
    text = "Seven years after the inquiry began, the panel ruled in favour of the residents."
    assert not [m for m in tallies(text) if m.kind == "tally"]
