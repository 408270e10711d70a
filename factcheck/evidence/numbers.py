"""Numbers, dates and clock times found in text, with their spans, for stance cues.

Each mention keeps the exact characters it came from (``text``) and its span, so a cue
can quote both sides literally and a UI can highlight the source side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.workspace import STOP_WORDS, stem

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
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

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_RE})\.?"
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<y>\d{4})\b)?",
    re.I,
)
_YEAR = re.compile(r"(?<![\w.,-])(?P<y>1[5-9]\d\d|20\d\d)(?P<s>s)?(?![\w%-]|[.,]\d)")
_ZONE = (
    r"(?:\s*(?P<zone{n}>local time|(?:gmt|utc|cet|cest|msk|bst|est|edt|pst|pdt|et|pt)\b"
    r"|[A-Z][a-z]+ time))?"
)
_ZONE_A = _ZONE.format(n="a")
_ZONE_B = _ZONE.format(n="b")
_CLOCK = re.compile(
    r"(?<![\w.:])(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)" + _ZONE_A
    + r"|(?<![\w.:])(?P<h2>[01]?\d|2[0-3]):?(?P<m2>[0-5]\d)\s*(?P<zone2>gmt|utc|z)\b"
    + r"|(?<![\w.:])(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)\b" + _ZONE_B,
    re.I,
)  # fmt: skip
_NUMBER_WORDS = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?<![\w.,-])(?:(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)"
    rf"|(?P<word>(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?))"
    rf"(?:\s+(?P<scale>{'|'.join(_SCALES)}))?"
    r"(?P<pct>\s*(?:%|percent\b|per cent\b))?(?![\w-]*\d)",
    re.I,
)
# The same \d as the patterns above (any Unicode decimal digit), for a quick first look.
_DIGIT = re.compile(r"\d")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)
_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")


@dataclass(frozen=True)
class Mention:
    """A number, date or time in a text: its comparable value and where it is."""

    kind: str  # "number", "date", "year", "weekday", "time"
    value: tuple[object, ...]
    text: str
    start: int
    end: int
    unit: str = ""  # numbers: the stem of the noun they count ("people"), or "%"
    before: str = ""  # years: the word before ("in", "since")
    zone: str = ""  # times: "local", "gmt", ...


def _word_value(word: str) -> float | None:
    total = 0.0
    for part in word.lower().split("-"):
        value = _UNITS.get(part, _TENS.get(part))
        if value is None:
            return None
        total += value
    return total


def _format_minutes(minutes: int) -> tuple[int, int]:
    return minutes // 60, minutes % 60


def _zone(raw: str | None) -> str:
    if not raw:
        return "local"  # a time without a zone is read as local time
    raw = raw.lower()
    if raw in ("z", "utc", "gmt"):
        return "gmt"
    return "local" if raw == "local time" else raw


def times(text: str) -> list[Mention]:
    """Clock times: "7 am", "10:30 p.m. local time", "0700 GMT", "14:00"."""
    found: list[Mention] = []
    if _DIGIT.search(text) is None:
        return found  # every clock time has a digit; most passages have none
    for m in _CLOCK.finditer(text):
        if m.group("h") is not None:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if hour > 12:
                continue
            pm = m.group("ap").lower().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
            zone = _zone(m.group("zonea"))
        elif m.group("h2") is not None:
            hour, minute, zone = int(m.group("h2")), int(m.group("m2")), _zone(m.group("zone2"))
        else:
            hour, minute = int(m.group("h3")), int(m.group("m3"))
            zone = _zone(m.group("zoneb"))
        found.append(
            Mention("time", (hour * 60 + minute,), m.group().strip(), m.start(), m.end(), zone=zone)
        )
    return found


def dates(text: str) -> list[Mention]:
    """Calendar dates ("February 26", "26 Feb 2022"), years ("in 1998") and weekdays."""
    found = []
    taken: list[tuple[int, int]] = []
    # Dates and years all have digits: without one, only weekdays can be there.
    digits = _DIGIT.search(text) is not None
    for m in _DATE.finditer(text) if digits else ():
        month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        if not 1 <= day <= 31:
            continue
        year = int(m.group("y")) if m.group("y") else None
        found.append(Mention("date", (month, day, year), m.group(), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _YEAR.finditer(text) if digits else ():
        if any(s <= m.start() < e for s, e in taken):
            continue
        head = text[: m.start()].split()
        before = head[-1].lower() if head else ""
        value = (int(m.group("y")), bool(m.group("s")))
        found.append(Mention("year", value, m.group(), m.start(), m.end(), before=before))
    for m in _WEEKDAY.finditer(text):
        found.append(Mention("weekday", (m.group().lower(),), m.group(), m.start(), m.end()))
    return found


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


def mentions(text: str) -> list[Mention]:
    """Every time, date and quantity in ``text`` (times and dates win over bare numbers)."""
    clock = times(text)
    calendar = [d for d in dates(text) if not any(t.start <= d.start < t.end for t in clock)]
    return clock + calendar + quantities(text, skip=clock + calendar)


def describe_time(mention: Mention) -> str:
    hour, minute = _format_minutes(int(str(mention.value[0])))
    return f"{hour:02d}:{minute:02d} {mention.zone}"
