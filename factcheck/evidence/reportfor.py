"""The period a report is for: "The unemployment figures for October will be published on
12 December" and "The unemployment figures for September were published on 14 November"
date two reports. Dates of reports for other periods are no clash (nor their months)."""

from __future__ import annotations

import re

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_FOR_PERIOD = re.compile(
    r"\b(?:figures?|data|statistics|numbers|results|report|accounts|sales|survey|count)\s+for"
    rf"\s+(?P<p>(?:{_MONTHS})(?:\s+\d{{4}})?|the\s+(?:first|second|third|fourth)\s+quarter"
    r"|q[1-4]|\d{4})\b",
    re.I,
)


def _periods(text: str) -> set[str]:
    if " for " not in text:
        return set()
    return {" ".join(m.group("p").lower().split()) for m in _FOR_PERIOD.finditer(text)}


def periods_apart(claim: str, passage: str) -> bool:
    """Whether both sides name the period a report is for, and none alike ("figures for
    October" / "figures for September")."""
    mine = _periods(claim)
    return bool(mine) and mine.isdisjoint(_periods(passage)) and bool(_periods(passage))
