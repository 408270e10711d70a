"""The quick first looks (hints) in front of the date, time and tally patterns.

Each hint must find something in every text where its pattern matches, or a date, a
clock time or a tally would silently go missing from the cues: these tests check that on
texts built from the pieces the patterns read (digits, month names, "am", zones, dashes,
"to", "in favour"), in any case, with the characters whose case folding is odd (the long
s, the dotless i, the Kelvin sign) that make ``lower()`` or ``re.I`` behave unexpectedly.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.evidence import numbers, tallies

PIECES = [
    "1", "7", "12", "2020", "1998", "0700", "10:30", "3-1", "6 – 3", "52", " to ", " votes ",
    " in favour ", " in favor and ", " against", "a.m.", " pm", "p.m", " am", " gmt", "UTC",
    "z", " local time", "January", "jan", "Sept.", "sept", "Mar", "may", "MARCH", "dec",
    "of ", "th", "st", " ", ",", ".", "-", ":", "in ", "since ", "Monday", "ſ", "ı", "\u212a",
    "İ", "Σ", "word", "vote", "won",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _lowered_subject(text: str) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """The text ``dates`` runs its date pattern on, the pattern and its hint."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered, numbers._DATE, numbers._MONTH_HINT
    return text, numbers._DATE_I, numbers._MONTH_HINT_I


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_every_hint_finds_what_its_pattern_matches(text: str) -> None:
    if numbers._CLOCK.search(text):
        assert numbers._CLOCK_HINT.search(text), text
    subject, pattern, hint = _lowered_subject(text)
    if pattern.search(subject):
        assert hint.search(subject), text
    if numbers._MONTH.search(text):
        assert numbers._MONTH_TITLE_HINT.search(text), text
    if numbers._YEAR.search(text) or numbers._ISO_DATE.search(text):
        assert numbers._YEAR_HINT.search(text), text
    if any(p.search(text) for p in (tallies._TALLY, tallies._WRITTEN, tallies._FOR_AGAINST)):
        assert tallies._HINT.search(text), text


def test_the_hints_let_through_what_the_cues_read() -> None:
    # The mentions found are those of the patterns themselves, hint or not.
    found = numbers.calendar_mentions(
        "At 7 a.m. GMT on 3 Jan 2021, then 10:30 local time on Sept. 5 and 2021-03-04."
    )
    assert [m.kind for m in found] == ["time", "time", "date", "date", "date"]
    assert [m.text for m in numbers.dates("in March, since May 2020, the 1990s")] == [
        "March",
        "May 2020",
        "1990s",
    ]
    assert [m.value for m in tallies.tallies("a 6-3 vote; passed 52 to 48")] == [(6, 3), (52, 48)]
    assert [m.value for m in tallies.tallies("12 votes in FAVOUR and 3 against")] == [(12, 3)]
    # Without what a hint looks for, nothing is read.
    assert numbers.times("at 7 people and 10 apples") == []
    assert numbers.dates("the market may decide 12 things") == []
    assert tallies.tallies("a 5-year plan to 2 people") == []
