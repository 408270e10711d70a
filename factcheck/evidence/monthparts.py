"""Parts of a month and dates in digits with slashes: "early March", "mid-June", "the end of
July", "the first week of April", "the second half of May" are the days they span;
"14/07/2023" is 14 July 2023. And whether two calendar values (``Mention``s of kind "date",
"month" or "quarter") fall on the same day, month or quarter (``same_day``).

A part of a month is a month mention whose ``low``/``high`` are the first and last day it
may mean. The bands overlap and reach a day or two past the plain reading ("early" is up to
the 12th, "late" from the 18th), so only a day plainly outside clashes: "early March"
against "28 March", "the first week of April" against "April 14".
"""

from __future__ import annotations

import re

from factcheck.evidence.eras import same_year
from factcheck.evidence.mention import Mention

# What stands right before a month ("early [March]", "the end of [July]").
_PART = re.compile(
    r"(?:\b(?P<w>early|late|mid)[\s-]*"
    r"|\b(?P<p>beginning|start|middle|end)\s+of\s+"
    r"|\b(?P<o>first|second|third|fourth|last|final)\s+(?P<u>week|fortnight|half)\s+of\s+)\Z",
    re.I,
)
_WORDS = {
    "early": (1, 12), "beginning": (1, 12), "start": (1, 12),
    "mid": (8, 23), "middle": (8, 23),
    "late": (18, 31), "end": (18, 31),
}  # fmt: skip
_WEEKS = {"first": (1, 8), "second": (7, 15), "third": (14, 22), "fourth": (21, 29)}
_LAST = (21, 31)
_HALVES = {"first": (1, 16), "second": (15, 31)}


def month_part(text: str, start: int) -> tuple[float, float]:
    """The first and last day the words before a month at ``start`` leave it ("early" ->
    1 to 12), or (0, 0) for the whole month."""
    m = _PART.search(text, max(0, start - 30), start)
    if m is None:
        return 0.0, 0.0
    if m.group("w") or m.group("p"):
        low, high = _WORDS[(m.group("w") or m.group("p")).lower()]
    else:
        which, unit = m.group("o").lower(), m.group("u").lower()
        if which in ("last", "final"):
            low, high = _LAST if unit != "half" else _HALVES["second"]
        elif unit == "half":
            low, high = _HALVES.get(which, (0, 0))
        elif unit == "fortnight":
            low, high = {"first": (1, 15), "second": (14, 31)}.get(which, (0, 0))
        else:
            low, high = _WEEKS[which]
    return float(low), float(high)


# "14/07/2023", "14.07.2023", "7/14/23": day and month, either order, and a year.
_SLASHED = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\w/.-]*\d)"
)

# What every match holds from its first digit on: a digit the regex engine scans for.
_SLASHED_HINT = re.compile(r"\d[/.]\d\d?[/.]\d")


def slash_dates(text: str) -> list[Mention]:
    """Dates in digits with slashes or dots, read only where the order of day and month is
    plain: one of the two is above 12 ("14/07/2023", "7/14/2023"), or both are the same
    ("05/05/2024"). "07/04/2023" is 7 April in Britain and July 4 in the US: not read."""
    if _SLASHED_HINT.search(text) is None:
        return []  # most texts hold none: the pattern (a look-behind) is not tried
    found = []
    for m in _SLASHED.finditer(text):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if year < 100:
            year += 2000 if year < 50 else 1900
        if a == b or (a > 12 and b <= 12):
            day, month = a, b
        elif b > 12 and a <= 12:
            day, month = b, a
        else:
            continue
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(Mention("date", (month, day, year), m.group(), m.start(), m.end()))
    return found


def same_day(mine: Mention, theirs: Mention) -> bool:
    """Dates (month, day, year) and months (month, year) agree on every part both give; a
    part of a month ("early March") holds the days it spans."""
    a, b = mine.value, theirs.value
    if a[0] != b[0]:
        return False
    if len(a) == 3 and len(b) == 3 and a[1] != b[1]:
        return False
    for part, other in ((mine, theirs), (theirs, mine)):
        if part.kind != "month" or not part.high:
            continue
        if other.kind == "date" and not part.low <= float(str(other.value[1])) <= part.high:
            return False  # "early March" / "28 March"
        if other.kind == "month" and other.high and not other.low <= part.high:
            return False  # "early March" / "late March"
    return a[-1] is None or b[-1] is None or a[-1] == b[-1]


CALENDAR = frozenset({"date", "month"})  # the kinds of a month or a date


def given_anywhere(mine: Mention, calendar: list[Mention]) -> Mention | None:
    """Whether the passage gives the claim's date, month or year anywhere, in any form: a
    year in a month or date of that year ("early 2020" and "in January 2020"), a month
    outside the aligned window ("resumed in mid-June" and "suspended in April, resumed in
    the middle of June"). Then another date there is another event's, not a clash.
    ``calendar``: the passage's dates (``Side.calendar``)."""
    for theirs in calendar:
        if mine.kind == "year":
            if theirs.kind == "year" and same_year(mine.value, theirs.value):
                return theirs
            if theirs.kind in CALENDAR and theirs.value[-1] == mine.value[0]:
                return theirs
        elif theirs.kind in CALENDAR and same_day(mine, theirs):
            return theirs
    return None
