"""Shortcuts taken for speed change no result: the digit pre-check of numbers, ASCII words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.evidence import numbers

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


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=60) | TEXTS)
def test_word_spans_of_ascii_text_equal_the_general_path(text: str) -> None:
    """The ASCII fast path of ``text.word_spans`` (lower the whole text once) finds the same
    words, spans and normalised forms as matching the text and lowering word by word."""
    from factcheck.workspace.text import WORD, normalize, word_spans

    general = [(m.start(), m.end(), normalize(m.group())) for m in WORD.finditer(text)]
    if text.isascii():
        assert word_spans(text) == general
