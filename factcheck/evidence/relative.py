"""Figures given against another figure rather than as the level itself: the earlier
value a change is measured from ("Turnout was 54%, [down from] 61%") and a gap from a
usual level ("5C [above] the July average"). Neither is the claim's level: "Turnout was
just over 60 per cent" is not stated by the 61% of another election, nor "Temperatures
reached 35C" clashed by a gap of 5C. Read by ``aside.aside`` only for a figure that would
otherwise agree or clash.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.evidence.hints import hint_text
from factcheck.evidence.mention import Mention

# The words a change's starting point follows: "down from 61%", "compared with 4.2%".
_FROM = re.compile(r"\b(?:(?:down|up) from|compared (?:with|to))\s+\Z", re.I)
# The words after a gap from a usual level: "5C above the July average", "2 degrees
# warmer than normal". Only against an average or a norm: "230 metres above the street"
# is a height, and "3% higher than a year ago" a change the claim may give as "up 3%".
_GAP = re.compile(
    r"\s+(?:above|below|higher than|lower than|warmer than|colder than)\s+(?:the\s+|its\s+"
    r"|their\s+)?(?:[\w-]+\s+){0,2}?(?:average|normal|norm|mean|usual)\b",
    re.I,
)
# And a gap said with a comparative: "Households recycled 40% [more glass than] in 2020",
# "300 [fewer] people [than] last year" (not the level "Almost 90% of households recycle").
_MORE_THAN = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|bigger|smaller|greater)\s+(?:[\w-]+\s+){0,3}?than\b",
    re.I,
)
# A claim's own change: "House prices [up] 3% on last year", "[rose by] 5%". Read on the
# claim's side only, where it meets a passage's "3% higher than a year ago".
_CHANGE = re.compile(
    r"\b(?:up|down|rose|risen|rises|fell|fallen|falls|grew|grown|increased|decreased|dropped"
    r"|climbed|by)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\Z",
    re.I,
)
# A usual level said as such: "The river is [normally] 1.5 metres deep", "[usually] 40
# minutes": no level of the claim's day.
_USUAL = re.compile(r"\b(?:normally|usually|typically|ordinarily)\s+(?:[\w-]+\s+){0,3}?\Z", re.I)
_USUAL_WORDS = ("normally", "usually", "typically", "ordinarily")  # keep with _USUAL
# A claim in the past tells of one occasion ("peaked at 5.2 metres"), which a usual level
# does not give; one in the present may say what is usual ("The journey takes 40 minutes").
_PAST = re.compile(
    r"\b(?:was|were|had|did|rose|fell|hit|grew|took|came|went|began|ran|won|lost|saw|drew"
    r"|left|stood|reached|\w+ed)\b",
    re.I,
)
# Any "from" before a figure, read on the claim's side only: a claim that gives a change
# from a figure ("fell to 54% from 61%") compares it with the passage's starting point.
_ANY_FROM = re.compile(r"\bfrom\s+\Z", re.I)
# How far before a figure "down from" is looked for, in characters.
_REACH = 20


def relative_to(text: str, figure: Mention, *, loose: bool = False) -> str:
    """ "from" when the figure is the starting point of a change, "gap" when it is a
    difference from another level, "usual" when it is the usual level, else "".
    ``loose``: any "from" before the figure counts (for the claim's side: "rose to 61%
    from 54%"), and a change is a gap ("up 3%"). A passage's bare "from" is not enough
    ("rose from 280 ppm to 400 ppm" may give the claim's earlier level)."""
    start = max(0, figure.start - _REACH)
    # The 40 characters before the figure, lower-cased, where the patterns' words are
    # looked for first (``hints.hint_text``): each pattern is tried at every character.
    before = hint_text(text[max(0, figure.start - 40) : figure.start])
    near = before is None or "from" in before or "compared" in before
    if near and (
        _FROM.search(text, start, figure.start)
        or (loose and _ANY_FROM.search(text, start, figure.start))
    ):
        return "from"
    if _GAP.match(text, figure.end) or _MORE_THAN.match(text, figure.end):
        return "gap"
    usual = before is None or any(word in before for word in _USUAL_WORDS)
    if usual and _USUAL.search(text, max(0, figure.start - 40), figure.start):
        return "usual"  # "is normally 1.5 metres deep" for "peaked at 5.2 metres"
    if loose and _CHANGE.search(text, start, figure.start):
        return "gap"  # a claim's change meets a passage's gap ("up 3%" / "3% higher than")
    if loose and not _in_past(text):
        return "usual"  # "The journey takes 40 minutes": as usual as "usually takes an hour"
    return ""


@lru_cache(maxsize=64)
def _in_past(text: str) -> bool:
    """Whether ``text`` (a claim's) has a verb in the past (``_PAST``): read once per claim,
    which meets five passages or more (the pattern, under IGNORECASE and opening with a
    word boundary, is tried at every character)."""
    return _PAST.search(text) is not None
