"""Numbers written in words: "twelve", "forty", "a dozen", the scales after a number
("million", "bn") and the vague amounts ("hundreds of", "tens of thousands of")."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Written numbers ("twelve", "forty"): values, not content words to align on.
NUMBER_WORDS = frozenset([*UNITS, *TENS])
SCALES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9
}  # fmt: skip
VAGUE = {
    "dozens": (24, 199), "hundreds": (200, 999), "thousands": (2e3, 9.99e5),
    "tens of thousands": (2e4, 9.99e4), "hundreds of thousands": (2e5, 9.99e5),
    "millions": (2e6, 9.99e8), "billions": (2e9, 9.99e11),
}  # fmt: skip


_LETTERS = re.compile(r"[A-Za-z]+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z.!?]*\Z")
_WORD_AFTER = re.compile(r"[^A-Za-z.!?]*([A-Za-z]+)")


def in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the number word at ``text[start:end]`` is part of a name: capitalised, not a
    sentence's first word, beside a capitalised word ("Bob Marley: One Love", "Formula
    One", "Channel Four"), so no count; not in a text in title case."""
    if not text[start : start + 1].isupper():
        return False
    words = _LETTERS.findall(text)
    if sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return False  # a headline in title case: "Sea Level Could Rise By Over Two Feet"
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False  # the text's or a sentence's first word: "Two people died"
    after = _WORD_AFTER.match(text, end)
    return before.group(1)[0].isupper() or (after is not None and after.group(1)[0].isupper())
