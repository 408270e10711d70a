"""A change in percentage points given by its two ends: "dropped from 65% to 60%" is a fall
of 5 points, "rose from 30% to 33%" a rise of 3.

The change is added as an amount in points (unit "pp", ``written=CHANGE``) over the words
"from 65% to 60%", beside the two levels, so it agrees with "fell 5 points to 60%" and
clashes with "rose by 10 percentage points". Like "doubled", it is no figure a passage must
give (``figures``): the two levels are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.evidence.mention import Mention

CHANGE = "change"
_BETWEEN = re.compile(r"\s*(?:to|-|–)\s*\Z", re.I)
_FROM = re.compile(r"\bfrom\s+\Z", re.I)
_TO = re.compile(r"\s(?:to)\s|[-–]")


def point_changes(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` (a text's amounts, in order) with the change in points of each "from X% to
    Y%" added after its first level."""
    if "from" not in text or "%" not in text:
        return found  # most texts: no change given by its ends ("percent" is rarer still)
    out = []
    for i, first in enumerate(found):
        out.append(first)
        if first.unit == "%" and not first.written and first.low < first.high:
            # "rose from 30% to 33%", read as a range: its two ends are the change's
            ahead = _FROM.search(text, max(0, first.start - 8), first.start)
            if ahead is not None and _TO.search(first.text):
                out.append(_change(text, ahead.start(), first, first.high - first.low))
            continue
        second = found[i + 1] if i + 1 < len(found) else None
        if second is None or first.unit != "%" or second.unit != "%" or first.written:
            continue
        if second.written or first.low != first.high or second.low != second.high:
            continue  # "from about 30%": no exact change
        if not _BETWEEN.search(text, first.end, second.start):
            continue
        ahead = _FROM.search(text, max(0, first.start - 8), first.start)
        if ahead is None:
            continue
        out.append(_change(text, ahead.start(), second, abs(second.low - first.low)))
    return out


def _change(text: str, start: int, last: Mention, points: float) -> Mention:
    """The change in points from ``start`` ("from") to the end of ``last`` (the later level)."""
    points = round(points, 6)
    return replace(last, value=(points,), text=text[start : last.end], start=start, unit="pp",
                   low=points, high=points, written=CHANGE)  # fmt: skip
