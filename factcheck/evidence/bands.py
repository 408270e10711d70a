"""How far an amount reaches: "roughly 300" is 300 give or take a tenth, "over 5,000" is
[5000, inf). The words before a number that say so, and the interval they give."""

from __future__ import annotations

import math

from factcheck.evidence.mention import Mention

# "roughly 300" stands for 300 give or take this share: 312 agrees, 400 does not.
APPROXIMATE = 0.1
QUALIFIERS = {
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~",
    "circa": "~", "ca.": "~", "an estimated": "~", "estimated": "~", "close to": "~",
    "nearly": "<~", "almost": "<~", "just under": "<~",
    "over": ">", "more than": ">", "above": ">", "at least": ">", "exceeding": ">",
    "upwards of": ">", "in excess of": ">", "greater than": ">", "no fewer than": ">",
    "no less than": ">", "just over": ">",
    # A level crossed is a lower bound: "CO2 passed 420 ppm" agrees with "passed 400 ppm".
    "passed": ">", "surpassed": ">", "topped": ">", "exceeded": ">",
    "under": "<", "less than": "<", "fewer than": "<", "below": "<", "at most": "<",
    "up to": "<", "no more than": "<", "not more than": "<",
}  # fmt: skip


def interval(value: float, qualifier: str) -> tuple[float, float]:
    """The interval an amount of ``value`` allows after a qualifier of ``QUALIFIERS``."""
    if qualifier == "~":
        return value * (1 - APPROXIMATE), value * (1 + APPROXIMATE)
    if qualifier == "<~":
        return value * (1 - APPROXIMATE), value
    if qualifier == ">":
        return value, math.inf
    if qualifier == "<":
        return -math.inf, value
    return value, value


def bounds_apart(mine: Mention, theirs: Mention) -> bool:
    """Whether the passage's amount is a bound on the same side as the claim's, but a
    weaker one ("passed 400 ppm" for "passed 420 ppm"): they meet, but it does not give
    the claim's figure. A stronger one does ("more than 6,000" gives "over 5,000")."""
    if mine.kind != "number" or theirs.kind != "number":
        return False
    if mine.high == theirs.high == math.inf:
        return theirs.low < mine.low
    return mine.low == theirs.low == -math.inf and theirs.high > mine.high
