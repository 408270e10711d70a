"""The digit pre-check in ``factcheck.numbers`` only skips work: mentions are unchanged."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import numbers

PIECES = st.sampled_from(
    [
        " ", "7", "12", "0700", ":", "30", "am", "p.m.", "GMT", "local time", "May", "Sept",
        "26th", "of", "1998", "2022s", "Monday", "forty", "two", "million", "%", "percent",
        "people", "-", ",", ".", "٣", "٢٠٢٢", "۱۲", "people", "in", "since", "x",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=14).map("".join) | st.text(max_size=40)


def without_precheck(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numbers, "_DIGIT", re.compile(""))  # matches every text


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_mentions_are_the_same_with_and_without_the_digit_precheck(text: str) -> None:
    with_check = (numbers.times(text), numbers.dates(text), numbers.mentions(text))
    with pytest.MonkeyPatch.context() as patch:
        without_precheck(patch)
        assert (numbers.times(text), numbers.dates(text), numbers.mentions(text)) == with_check


def test_unicode_digits_still_count_as_digits() -> None:
    # \d in the patterns matches any decimal digit, so the pre-check must too.
    assert [m.kind for m in numbers.dates("on May ٢٦ and on Monday")] == ["date", "weekday"]
    assert [m.value for m in numbers.times("at ٧ am")] == [(420,)]
