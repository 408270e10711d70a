"""Dates written in other shapes than "4 March 2025": days in words ("the fourth of June"),
ranges of days ("3-5 March", "March 3-5": two dates), decades with an apostrophe ("the
'90s") and quarters of a year ("Q3", "the third quarter", "second-quarter profits").

Each is a ``Mention`` of ``numbers.dates``' kinds ("date", "year") or a "quarter" (value:
quarter, year or None), read on the text as written, with its span.
"""

from __future__ import annotations

import re

from factcheck.evidence.hints import hint_text
from factcheck.evidence.mention import Mention

_ORDINALS = {
    word: number
    for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        1,
    )
}
for _unit, _word in enumerate("first second third fourth fifth sixth seventh eighth ninth".split()):
    _ORDINALS[f"twenty-{_word}"] = 21 + _unit
_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL_RE = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_MONTH_RE = "january|february|march|april|may|june|july|august|september|october|november|december"
# "the fourth of June", "June the fourth", "June fourth" (a day in words; with a year).
_DAY_WORDS = re.compile(
    rf"\b(?:(?P<d1>{_ORDINAL_RE})\s+of\s+(?P<m1>{_MONTH_RE})"
    rf"|(?P<m2>{_MONTH_RE})\s+(?:the\s+)?(?P<d2>{_ORDINAL_RE}))\b(?:,?\s+(?P<y>\d{{4}})\b)?",
    re.I,
)
# The first day of a range before a date ("[3]-5 March", "from [10] to 12 March") or the
# last after one ("March 3-[5]").
_RANGE_START = re.compile(r"(?<![\w.,-])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\Z")
_RANGE_END = re.compile(r"\s*(?:-|–)\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![\w.,-]*\d|\s*%)")
# "the '90s", "the ’60s": a decade of the 20th century, or of the 21st for '00s and '10s
# ("'20s" may be either, and is not read).
_DECADE = re.compile(r"(?<![\w'’])['’](?P<d>[0-9]0)s\b")
# "Q3", "Q3 2024", "3Q": a quarter of a year; "the third quarter", "second-quarter".
_Q = re.compile(r"\b(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)(?:\s*(?P<y>\d{4})\b)?")
_QUARTER = re.compile(
    r"\b(?P<w>first|second|third|fourth|final|last)[\s-]quarter\b(?!\s+of\s+(?:the\s+)?"
    r"(?:century|match|game|a\b|an\b))(?:\s+of\s+(?P<y>\d{4})\b)?",
    re.I,
)
# "in the first quarter ... in the second": a period left out after its ordinal, read as
# one of the kind named before it in the text (only when nothing follows that it counts).
_ELLIPSIS = re.compile(
    r"\b(?:in|by|for)\s+the\s+(?P<w>first|second|third|fourth|final|last)\b"
    r"(?=\s*(?:[.,;:)]|\Z|\s(?:and|but|while|when|as|of|to|with|from|after|before)\b))",
    re.I,
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def day_words(text: str) -> list[Mention]:
    """Dates with the day in words: "the fourth of June", "June fourth"."""
    lowered = text.lower()
    if not any(word in lowered for word in _ORDINAL_HINTS):
        return []  # most texts hold no ordinal word: the pattern is not tried
    named = hint_text(text)  # and a month's name (``hints.hint_text``)
    if named is not None and not any(month in named for month in _MONTHS):
        return []
    found = []
    for m in _DAY_WORDS.finditer(text):
        day = _ORDINALS[(m.group("d1") or m.group("d2")).lower()]
        month = _MONTHS.index((m.group("m1") or m.group("m2")).lower()) + 1
        year = int(m.group("y")) if m.group("y") else None
        found.append(Mention("date", (month, day, year), m.group(), m.start(), m.end()))
    return found


_MONTHS = _MONTH_RE.split("|")
# Every ordinal word holds one of these.
_ORDINAL_HINTS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "teenth", "tieth",
)  # fmt: skip


def range_days(text: str, date: Mention) -> Mention | None:
    """The other end of a range of days around ``date`` ("[3]-5 March", "March 3-[5]"), as
    a date of the same month and year, or None."""
    month, day, year = date.value
    before = _RANGE_START.search(text, max(0, date.start - 12), date.start)
    if before is not None and date.text[:1].isdigit():
        first = int(before.group("d"))
        if 1 <= first < int(str(day)):
            return Mention("date", (month, first, year), before.group("d"), *before.span("d"))
    after = _RANGE_END.match(text, date.end)
    if after is not None and not date.text[:1].isdigit():
        last = int(after.group("d"))
        if int(str(day)) < last <= 31:
            return Mention("date", (month, last, year), after.group("d"), *after.span("d"))
    return None


def decades(text: str) -> list[Mention]:
    """Decades written short: "the '90s" is the 1990s (a year mention, as "the 1990s")."""
    found = []
    for m in _DECADE.finditer(text):
        tens = int(m.group("d"))
        if tens == 20:
            continue  # the 1920s or the 2020s
        year = (1900 if tens >= 30 else 2000) + tens
        found.append(Mention("year", (year, True), m.group(), m.start(), m.end()))
    return found


# "its fiscal third quarter", "the financial year's first quarter": a quarter of a year
# that may start in another month (seasons.spans_meet does not put it against months).
_FISCAL = re.compile(r"\b(?:fiscal|financial)\b", re.I)


def _fiscal(text: str, start: int) -> str:
    return "fiscal" if _FISCAL.search(text, max(0, start - 30), start) else ""


def quarters(text: str) -> list[Mention]:
    """Quarters of a year: "Q3", "Q3 2024", "the third quarter (of 2024)", "second-quarter
    profits" (value: quarter, year or None)."""
    found = []
    if "Q" in text:
        for m in _Q.finditer(text):
            year = int(m.group("y")) if m.group("y") else None
            found.append(
                Mention("quarter", (int(m.group("q1") or m.group("q2")), year), m.group(),
                        m.start(), m.end(), before=_fiscal(text, m.start()))
            )  # fmt: skip
    if "uarter" in text:
        for m in _QUARTER.finditer(text):
            year = int(m.group("y")) if m.group("y") else None
            quarter = _QUARTER_WORDS[m.group("w").lower()]
            found.append(Mention("quarter", (quarter, year), m.group(), m.start(), m.end(),
                                 before=_fiscal(text, m.start())))  # fmt: skip
        if found:  # "0.3% in the first quarter and 0.6% in the second"
            for m in _ELLIPSIS.finditer(text, found[0].end):
                quarter = _QUARTER_WORDS[m.group("w").lower()]
                found.append(Mention("quarter", (quarter, None), m.group("w"), *m.span("w")))
    return found
