"""Amounts in text: counts, quantities and percentages, each with the noun it counts."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention
from factcheck.workspace import STOP_WORDS, stem

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Written numbers ("twelve", "forty"): values, not content words to align on.
NUMBER_WORDS = frozenset([*_UNITS, *_TENS])
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_WORDS = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?<![\w.,-])(?:(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)"
    rf"|(?P<word>(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?))"
    rf"(?:\s+(?P<scale>{'|'.join(_SCALES)}))?"
    r"(?P<pct>\s*(?:%|percent\b|per cent\b))?(?![\w-]*\d)",
    re.I,
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")


def _word_value(word: str) -> float | None:
    total = 0.0
    for part in word.lower().split("-"):
        value = _UNITS.get(part, _TENS.get(part))
        if value is None:
            return None
        total += value
    return total


def quantities(text: str, *, skip: list[Mention] = ()) -> list[Mention]:  # type: ignore[assignment]
    """Counts, amounts and percentages, each with the noun it counts ("two people")."""
    found = []
    for m in _QUANTITY.finditer(text):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in _spans(skip)):
            continue
        if m.group("num"):
            value = float(m.group("num").replace(",", ""))
        else:
            word_value = _word_value(m.group("word"))
            if word_value is None:
                continue
            value = word_value
        if m.group("scale"):
            value *= _SCALES[m.group("scale").lower()]
        unit = "%" if m.group("pct") else _unit_after(text, m.end())
        found.append(Mention("number", (value,), m.group().strip(), m.start(), m.end(), unit=unit))
    return found


def _spans(mentions: list[Mention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions]


def _unit_after(text: str, end: int) -> str:
    """The stem of the first content word after a number ("two people" -> "peopl")."""
    pos = end
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if not m:
            return ""
        word = m.group(1).lower()
        if word not in STOP_WORDS and word not in ("more", "than", "least", "about"):
            return stem(word)
        pos = m.end()
    return ""
