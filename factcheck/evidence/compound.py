"""A measure written in two units, the larger first: "7lb 11oz", "5ft 10in", "5 feet 10
inches". Read as one amount (7 lb 11 oz is 3.49 kg), where it was a weight of
7 lb and a count of 11 "oz": a false clash with "The baby weighed 3.5 kg"."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.evidence.mention import Mention

# The larger unit as written -> (measure, its size in the measure's base unit: grams,
# metres), and the smaller units that may follow it.
_LARGER = {
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), ("mass", 453.59237, "oz")),
    **dict.fromkeys(("ft", "foot", "feet"), ("length", 0.3048, "in")),
}
_SMALLER = {
    **dict.fromkeys(("oz", "ounce", "ounces"), ("oz", 28.349523125)),
    **dict.fromkeys(("in", "inch", "inches"), ("in", 0.0254)),
}
# It starts with a digit, which the regex engine scans for, and looks behind it for the word
# boundary (one that starts with "\b" is tried at every character): the same matches.
_PAIR = re.compile(
    r"(?P<a>\d(?<!\w\d)\d*)\s*(?P<big>lbs?|pounds?|ft|feet|foot)\s+(?:and\s+)?"
    r"(?P<b>\d+(?:\.\d+)?)\s*(?P<small>oz|ounces?|in|inch(?:es)?)\b",
    re.IGNORECASE,
)
# The measures a larger unit is of: a text without an amount of one joins nothing.
_MEASURES = frozenset(measure for measure, _, _ in _LARGER.values())


def compound_measures(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` (the text's amounts, in order) with each measure written in two units made
    one amount over the two's span; the rest as they were."""
    if all(f.unit not in _MEASURES for f in found):
        return found  # no weight or length (most texts): nothing to join, no pattern tried
    joined = []
    for m in _PAIR.finditer(text):
        measure, size, follows = _LARGER[m.group("big").lower()]
        small, small_size = _SMALLER[m.group("small").lower()]
        if small != follows:
            continue  # "6 ft 2 oz": no measure
        total = int(m.group("a")) * size + float(m.group("b")) * small_size
        first = next((f for f in found if f.start == m.start()), None)
        if first is None or first.unit != measure:
            continue
        # Rounded to the smaller unit: half of it is the figure's grain.
        value = (total / size,)
        joined.append(
            replace(
                first, value=value, text=m.group(), end=m.end(), low=total, high=total,
                grain=small_size / 2,
            )
        )  # fmt: skip
    if not joined:
        return found
    spans = [(j.start, j.end) for j in joined]
    kept = [f for f in found if not any(a <= f.start < b for a, b in spans)]
    return sorted([*kept, *joined], key=lambda f: f.start)
