"""Periods of several months named in words: seasons ("in the autumn of 2021", "last
spring"), halves of a year ("the first half of 2024", "H2 2023") and quarters ("Q3", read
by ``daywords.quarters``), compared with the months and dates inside or outside them.

A season is a "span" mention whose value is (its months, the month after them, its year or
None). Its months are the meteorological ones (autumn: September to November); the month
after is where the astronomical season still runs (autumn until 21 December), so
"December 2021" neither states nor contradicts "the autumn of 2021". Seasons are read as
in the northern hemisphere, where most of the copy is written. "The factory closed in the
autumn of 2021" is stated by "in October 2021" and contradicted by "in March 2021".
A quarter of a fiscal year ("its fiscal third quarter") is not compared with months: fiscal
years start in other months.
"""

from __future__ import annotations

import re

from factcheck.evidence.hints import hint_text
from factcheck.evidence.mention import Mention

SPAN = "span"
SPANS = frozenset({SPAN, "quarter"})
_SEASONS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
}
# A season after a word that makes it a time ("in the spring", "last summer", "mid-winter"),
# so that "the Arab Spring", "hot springs" and "prices fall" are not read; "fall" only
# before a year or the end of its phrase ("in the fall of 2021", "last fall,").
_SEASON = re.compile(
    r"(?:\b(?:in|during|this|last|next|early|late|by|until|since|through|over|the|that)"
    r"\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?|\bmid-)"
    r"(?P<s>spring|summer|autumn|winter|fall)\b"
    r"(?:(?:\s+of)?\s+(?P<y>\d{4})\b(?![-/]\d{4}\b))?",
    re.I,
)
_FALL_END = re.compile(r"\s*(?:[.,;:)]|\Z)")
# A season that names a term of a school, a parliament or a budget is no stretch of
# months: "the autumn intake" starts in September and is applied for in January, "the
# spring term" runs from January, "the autumn statement" is a day in November.
_NAMED_TERM = re.compile(
    r"[\s-]+(?:intakes?|terms?|semesters?|trimesters?|sessions?|sittings?|recess|statements?"
    r"|budgets?|conferences?)\b",
    re.I,
)
# "the first half of 2024", "the second half of the year", "H1 2024" (with its year: "H2"
# alone is also hydrogen).
_HALF = re.compile(
    r"\b(?P<h>first|second|latter)\s+half\s+of\s+(?:(?P<y>\d{4})\b|(?:the|this|last|next)"
    r"\s+year\b)|\bH(?P<n>[12])\s+(?P<y2>\d{4})\b",
    re.I,
)


# Parts of a year: "early 2021", "mid-2022", "late 2023", "the end of 2024". Each holds the
# months it plainly means and, as its edge, the months a writer may still stretch it to
# (neither stated nor contradicted): "early 2021" is stated by "February 2021", contradicted
# by "November 2021", and "April" or "May" is its edge. Not a decade ("the early 1990s"),
# nor after a word that makes it a bound ("by the end of 2022" is a deadline, "as early as
# 2021" a first time).
_YEAR_PART = re.compile(
    r"\b(?:(?P<w>early|mid|late)[\s-]+|(?P<p>start|beginning|middle|end)\s+of\s+)"
    r"(?P<y>\d{4})\b(?!s|[-/]\d)",
    re.I,
)
_BOUNDS = frozenset("by as until till before since from after".split())
_PARTS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "early": ((1, 2, 3), (4, 5)), "start": ((1, 2, 3), (4, 5)), "beginning": ((1, 2, 3), (4, 5)),
    "mid": ((6, 7), (4, 5, 8, 9)), "middle": ((6, 7), (4, 5, 8, 9)),
    "late": ((10, 11, 12), (8, 9)), "end": ((10, 11, 12), (8, 9)),
}  # fmt: skip


def _year_parts(text: str) -> list[Mention]:
    """The parts of a year in ``text`` ("early 2021") as spans (see ``_YEAR_PART``)."""
    found = []
    for m in _YEAR_PART.finditer(text):
        months, edge = _PARTS[(m.group("w") or m.group("p")).lower()]
        start = m.start("w") if m.group("w") else m.start("p")
        before = [w for w in text[max(0, start - 12) : start].lower().split() if w != "the"]
        if before and before[-1] in _BOUNDS:
            continue
        found.append(Mention(SPAN, (months, edge, int(m.group("y"))), text[start : m.end()],
                             start, m.end()))  # fmt: skip
    return found


def seasons(text: str, *, years: bool = True) -> list[Mention]:
    """The seasons and halves of a year in ``text`` (see the module's docstring).
    ``years``: False when the text holds no four digits in a row, so no part of a year."""
    lowered = text.lower()
    found = []
    # Each pattern only where its words are: most passages hold none ("or", not any(): this
    # runs on every passage)
    named = (
        "spring" in lowered
        or "summer" in lowered
        or "autumn" in lowered
        or "winter" in lowered
        or "fall" in lowered
    )
    for m in _SEASON.finditer(text) if named else ():
        if m.group("s")[0].isupper():
            continue  # a name: "the Winter Palace", "the Spring Festival" (in February)
        name = m.group("s").lower()
        if name == "fall" and not m.group("y") and _FALL_END.match(text, m.end()) is None:
            continue  # "the fall in prices"
        if not m.group("y") and _NAMED_TERM.match(text, m.end()):
            continue  # "the autumn intake", "the spring term"
        months = _SEASONS[name]
        year = int(m.group("y")) if m.group("y") else None
        edge = (months[-1] % 12 + 1,)
        found.append(Mention(SPAN, (months, edge, year), text[m.start("s") : m.end()],
                             m.start("s"), m.end()))  # fmt: skip
    halves = " half of " in lowered or "h1 " in lowered or "h2 " in lowered
    for m in _HALF.finditer(text) if halves else ():
        second = (m.group("h") or "").lower() in ("second", "latter") or m.group("n") == "2"
        half = tuple(range(7, 13)) if second else tuple(range(1, 7))
        written = m.group("y") or m.group("y2")
        start = m.start("h") if m.group("h") else m.start()
        found.append(Mention(SPAN, (half, (), int(written) if written else None),
                             text[start : m.end()], start, m.end()))  # fmt: skip
    # "the start of 2024": one of the words of _YEAR_PART's second kind (``hints.hint_text``)
    folded = hint_text(text)
    ends = folded is None or any(word in folded for word in ("start", "beginning", "middle", "end"))
    parted = years and (
        "early" in lowered or "mid" in lowered or "late" in lowered or (" of " in lowered and ends)
    )
    return [*found, *_year_parts(text)] if parted else found


def _months(mention: Mention) -> tuple[tuple[int, ...], tuple[int, ...], object] | None:
    """A period's months, the months it may reach into, and its year; None for a quarter of
    a fiscal year or a mention that names no month."""
    if mention.kind == SPAN:
        months, edge, year = mention.value
        return months, edge, year  # type: ignore[return-value]
    if mention.kind == "quarter":
        if mention.before == "fiscal":
            return None
        quarter, year = mention.value
        first = 3 * int(str(quarter)) - 2
        return (first, first + 1, first + 2), (), year
    if mention.kind in ("month", "date"):
        return (int(str(mention.value[0])),), (), mention.value[-1]
    return None


def _season(mention: Mention) -> bool:
    """Whether a span is a season ("summer of 2022"), not a half or a part of a year
    ("early 2026" / "mid-2026" are compared by their months)."""
    return mention.kind == SPAN and mention.text.split(maxsplit=1)[0].lower() in _SEASONS


def spans_meet(mine: Mention, theirs: Mention) -> bool | None:
    """Whether two periods, one of them a season, a half or a quarter, agree (True: the
    month is inside the season), clash (False: it is outside) or are not compared (None:
    another year, a month at the season's edge, or no month named)."""
    a, b = _months(mine), _months(theirs)
    if a is None or b is None:
        return None
    if a[2] is not None and b[2] is not None and a[2] != b[2]:
        # Another year is the year cue's to read; a winter runs into the next year.
        winter = 12 in a[0] + b[0] and 1 in a[0] + b[0]
        if not winter or abs(int(str(a[2])) - int(str(b[2]))) > 1:
            return None
    if _season(mine) and _season(theirs) and a[0] != b[0]:
        return None  # two seasons: the antonym cue's ("spring" / "autumn", antonyms.py)
    inner, outer = (a, b) if len(a[0]) <= len(b[0]) else (b, a)
    if set(inner[0]) <= set(outer[0]):
        return True  # "October" in the autumn, "Q3" in the second half
    if set(inner[0]) & set(outer[0] + outer[1]) or set(outer[0]) & set(inner[1]):
        return None  # "December" and the autumn; "Q3" and the summer
    return False
