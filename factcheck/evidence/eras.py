"""Years written with an era or "circa": "950 AD", "1300AD", "c. 1250", "ca. 800 BC".

Years before 1500 are not read as years on their own (``numbers``: "950" is as often a
count), but an era after them or "c." before them says they are. They are then amounts
counted in years of that era (unit ``AD`` or ``BC``), so a range ("from about 1100 to
1300AD") meets the years inside it ("from c. 1100 to c. 1300") and clashes with others
("c. 1400"). "circa" and "about" before such a year give it ``CIRCA_YEARS`` either side,
not a share of its value (a tenth of 950 is a century).
"""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention

AD, BC = "ad", "bc"
CIRCA_YEARS = 25.0
# After the number, glued or not; in capitals only ("a 30-second ad" is no era).
_ERA = re.compile(r"\s?(?P<era>A\.D\.|AD\b|C\.E\.|CE\b|B\.C\.(?:E\.)?|BCE?\b)")
_AD_BEFORE = re.compile(r"\bA\.?D\.?\s\Z")
# "in 1232" followed by no noun it counts: a punctuation mark, the end or a word that
# starts a phrase of its own ("in 1232 by Cistercian monks", "in 950, when").
_IN = re.compile(r"\b[Ii]n\s\Z")
_NO_NOUN = re.compile(
    r"\s*(?:[,.;:)]|\Z)|\s+(?:by|and|when|after|before|under|as|to|the|with|from|during|"
    r"but|until|at|on|for)\b"
)
_CIRCA = re.compile(r"(?<![\w.])(?:c|ca|C|Ca)\.\s?\Z|(?<![\w.])circa\s\Z", re.I)


def era_of(text: str, start: int, end: int, digits: str | None) -> tuple[str, bool, int]:
    """For a whole number of 1-4 digits at text[start:end] ("950"): its era (``AD``,
    ``BC``, or "" when it is no year), whether "circa" comes before it, and where its era
    ends (``end`` when none is written)."""
    if digits is None or not digits.isdigit() or len(digits) > 4:
        return "", False, end
    circa = _CIRCA.search(text, max(0, start - 8), start) is not None
    m = _ERA.match(text, end)
    if m is not None:
        return (BC if m.group("era").startswith("B") else AD), circa, m.end()
    if _AD_BEFORE.search(text, max(0, start - 4), start):
        return AD, circa, end  # "AD 410"
    if circa or (
        len(digits) >= 3  # "founded in 1232 by monks": a year, as "in 1532" is
        and _IN.search(text, max(0, start - 3), start)
        and _NO_NOUN.match(text, end)
    ):
        return AD, circa, end
    return "", circa, end


def year_band(value: float, *, approximate: bool) -> tuple[float, float]:
    """The interval of a year of an era: ``CIRCA_YEARS`` either side when approximate."""
    return (value - CIRCA_YEARS, value + CIRCA_YEARS) if approximate else (value, value)


# "the 19th century", "mid-19th-century", "the early 20th century": years of an era.
_CENTURY = re.compile(
    r"\b(?:(?P<part>early|mid|late)[\s-])?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]century\b", re.I
)
# The part of a century each word gives: its first third, its middle, its last third.
_PARTS = {"": (1, 100), "early": (0, 35), "mid": (30, 70), "late": (65, 100)}


def centuries(text: str) -> list[Mention]:
    """Centuries as the years they span (unit ``AD``): "the mid-19th century" is 1830 to
    1870, so "1852" agrees and "1912" clashes. Marked ``written="century"``: a claim's
    century is no figure a passage must give (``figures.claim_figures``)."""
    found = []
    for m in _CENTURY.finditer(text):
        first = (int(m.group("n")) - 1) * 100
        lo, hi = _PARTS[(m.group("part") or "").lower()]
        low, high = float(first + lo), float(first + hi)
        found.append(
            Mention(
                "number",
                ((low + high) / 2,),
                m.group(),
                m.start(),
                m.end(),
                unit=AD,
                low=low,
                high=high,
                written="century",
            )
        )
    return found


def same_year(mine: tuple[object, ...], theirs: tuple[object, ...]) -> bool:
    """Years (year, decade?) agree when one holds the other: "the 1990s" holds 1994. A
    decade ending in 00 may be a century ("the 1900s"): it holds the hundred years."""
    a, b = _year(mine[0]), _year(theirs[0])
    if a == b:
        return True
    for (y, decade), other in ((mine, b), (theirs, a)):
        span = 100 if _year(y) % 100 == 0 else 10
        if decade and _year(y) <= other < _year(y) + span:
            return True
    return False


# The words before a year that put something in it, not since or until it.
IN_YEAR = frozenset({"in", "c.", "circa", "about", "around", "ca."})


def era_and_year(mine: Mention, theirs: Mention) -> tuple[Mention, int] | None:
    """A year of an era ("c. 1250", "the 19th century") and a year said "in" ("in 1852"),
    of two mentions, as the first and the year's value; else None."""
    era, year = (mine, theirs) if mine.kind == "number" else (theirs, mine)
    if era.unit != AD or year.before not in IN_YEAR or year.value[1]:
        return None
    return era, _year(year.value[0])


def _year(value: object) -> int:
    return int(value) if isinstance(value, (int, float)) else 0
