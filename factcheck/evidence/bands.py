"""How far an amount reaches: "roughly 300" is 300 give or take a tenth, "over 5,000" is
[5000, inf). The words before a number that say so, and the interval they give."""

from __future__ import annotations

import math
import re

from factcheck.evidence.mention import Mention

# "roughly 300" stands for 300 give or take this share: 312 agrees, 400 does not.
APPROXIMATE = 0.1
# How far past a bound a figure may lie and still be the one the bound gives: "more than
# 300" for 312 or 450, not for 5,000 (nor "under 5,000" for 40).
FAR_PAST = 2.0
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
    # A measure compared with a figure bounds it: "taller than 200 metres" is over 200.
    "taller than": ">", "longer than": ">", "higher than": ">", "bigger than": ">",
    "larger than": ">", "heavier than": ">", "older than": ">", "wider than": ">",
    "deeper than": ">", "shorter than": "<", "lower than": "<", "smaller than": "<",
    "lighter than": "<", "younger than": "<", "narrower than": "<", "shallower than": "<",
}  # fmt: skip


# A time back after a level's comparative: "higher than [five years ago]" compares the level
# with then, and bounds no length of time.
_TIME_BACK = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|before)\b"
)


def bound_of(qualifier: str, text: str, end: int) -> str:
    """The bound ``QUALIFIERS`` gives the words ``qualifier`` before an amount ending at
    ``end`` of ``text`` (lower case), but none for a level's comparative before a time back
    ("lower than five years ago")."""
    lower = qualifier.lower()
    if lower.endswith("er than") and _TIME_BACK.match(text, end):
        return ""
    return QUALIFIERS[lower]


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
    the claim's figure. A stronger one does ("more than 6,000" gives "over 5,000"), but
    not one, nor a figure, past ``FAR_PAST`` times the claim's bound: "more than 50,000"
    and "50,000" are true of "at least 14", and no writer would give either for it."""
    if mine.kind != "number" or theirs.kind != "number":
        return False
    if mine.high == math.inf and mine.low > 0 and theirs.low > FAR_PAST * mine.low:
        return True  # "at least 14" / "more than 50,000"
    if mine.low == -math.inf and 0 < theirs.high < mine.high / FAR_PAST:
        return True  # "under 5,000" / "fewer than 100"
    if mine.high == theirs.high == math.inf:
        return theirs.low < mine.low
    return mine.low == theirs.low == -math.inf and theirs.high > mine.high


_ABOUT = tuple(q for q, kind in QUALIFIERS.items() if kind == "~")


def estimate_past_bound(mine: Mention, theirs: Mention) -> bool:
    """Whether one amount is a bound ("more than 5,000") and the other an estimate
    ("about 4,800") whose figure lies on the other side of it: their intervals meet (4,800
    give or take a tenth reaches 5,000), but the writer of "about 4,800" says fewer than
    5,000. An estimate at or past the bound meets it ("about 5,200"), and so does one in
    other units, which carries the conversion's rounding ("more than 400 feet" / "about
    120 meters": 400 feet is 121.9 m)."""
    if mine.per != theirs.per or mine.unit != theirs.unit or mine.written != theirs.written:
        return False
    for bound, estimate in ((mine, theirs), (theirs, mine)):
        if not math.isinf(bound.low) and not math.isinf(bound.high):
            continue
        if math.isinf(estimate.low) or math.isinf(estimate.high) or estimate.low == estimate.high:
            continue
        if not estimate.text.lower().startswith(_ABOUT):
            continue  # a range ("between 4,500 and 5,100"), "nearly", a size in words
        figure = (estimate.low + estimate.high) / 2
        return figure < bound.low or figure > bound.high
    return False


# "up to 300 jobs": the most an amount reaches, not merely a bound on it. Two such maxima
# that differ give two figures ("incubation lasts up to 14 days" / "up to 24 days"), and so
# does a range that ends elsewhere ("from 2 to 24 days"), where two lower bounds ("more
# than 4,000" / "more than 5,000") are both true of 6,000 and only fail to state each other
# (``bounds_apart``). ("As many as 300" is read as the figure itself.)
_MAXIMUM = ("up to", "at most", "no more than", "a maximum of")  # "At most 12" / "up to 20"


def figures_apart(mine: Mention, theirs: Mention) -> bool:
    """Whether two amounts whose intervals meet still give different figures: an estimate
    past a bound (``estimate_past_bound``), or an "up to" maximum against another one or
    a range that ends elsewhere, written alike."""
    if estimate_past_bound(mine, theirs):
        return True
    if _opposite_bounds(mine, theirs) or _opposite_bounds(theirs, mine):
        return True  # "more than 5,000" / "fewer than 5,000": they touch, they do not meet
    if _bound_converted_apart(mine, theirs):
        return True  # "50 metres" / "50 yards", "over 10 km" / "over 10 miles"
    if _estimates_apart(mine, theirs):
        return True  # "around $160 million" / "about $190 million"
    if mine.written != theirs.written or mine.high == theirs.high:
        return False
    return any(
        most.text.lower().startswith(_MAXIMUM)
        and (other.text.lower().startswith(_MAXIMUM) or -math.inf < other.low < other.high)
        for most, other in ((mine, theirs), (theirs, mine))
    )


def _estimates_apart(mine: Mention, theirs: Mention) -> bool:
    """Whether two estimates ("about X" both) give figures more than ``APPROXIMATE`` of the
    larger apart: each reaches a tenth either side, so their intervals meet up to a fifth
    apart, but "around 160" and "about 190" are two figures ("roughly 300" and "about 312"
    one)."""
    if mine.per != theirs.per or mine.unit != theirs.unit or mine.written != theirs.written:
        return False
    if not (_point_estimate(mine) and _point_estimate(theirs)):
        return False  # not a range: "roughly 0.15-0.20 °C" meets "around 0.2 degrees"
    figures = sorted(((m.low + m.high) / 2 for m in (mine, theirs)), key=abs)
    return abs(figures[1] - figures[0]) > APPROXIMATE * abs(figures[1])


def _point_estimate(amount: Mention) -> bool:
    """Whether an amount is one figure said "about" (its interval a tenth either side)."""
    figure = (amount.low + amount.high) / 2
    return (
        amount.text.lower().startswith(_ABOUT)
        and figure != 0
        and math.isclose(amount.high - amount.low, 2 * APPROXIMATE * abs(figure), rel_tol=1e-6)
    )


def _opposite_bounds(over: Mention, under: Mention) -> bool:
    """Whether ``over`` is a lower bound and ``under`` an upper bound on the same number
    ("taller than 300 metres" / "shorter than 300 metres"), which meet only at it."""
    return over.high == math.inf and under.low == -math.inf and under.high == over.low


def _bound_converted_apart(mine: Mention, theirs: Mention) -> bool:
    """Whether two figures, or two bounds on the same side, give one number in two units
    of a measure ("50 metres" / "50 yards", "over 10 km" / "over 10 miles"): a unit mixed
    up, another figure, though the rounding of "50" reaches 50 yards (45.7 m) and both
    bounds are true of 20 miles. A figure converted with its number ("more than 400 feet"
    / "more than 120 metres") is read as before; nor a temperature ("-40C" is "-40F")."""
    if not mine.written or not theirs.written or mine.written == theirs.written:
        return False
    if mine.unit == "temperature" or mine.value != theirs.value or mine.value == (0.0,):
        return False
    exact = mine.low == mine.high and theirs.low == theirs.high
    if mine.high == theirs.high == math.inf or exact:
        ends = mine.low, theirs.low
    elif mine.low == theirs.low == -math.inf:
        ends = mine.high, theirs.high
    else:
        return False
    return not math.isclose(*ends)  # "20 kg" / "20 kilos": one unit spelt two ways
