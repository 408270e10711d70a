"""Shares written as a ratio or a word: "one in four adults", "three out of every four
voters", "9 in 10", "a majority of members", "Most doctors", "a minority of residents".

Each is read as a percentage (unit "%"), as ``compounds.fractions`` reads "half of": "one
in four" is about 25% and agrees with "25% of adults", "a majority of" is above 50% and
clashes with "Only 38% of members". Marked ``written="fraction"``: like "half of", a ratio
describes as often as it counts, so it is not a figure a passage must repeat
(``figures.claim_figures``), and a passage that gives another share does not state it.
A ratio is approximate (``bands.APPROXIMATE``), as news rounds "23%" to "one in four".
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from factcheck.evidence.bands import QUALIFIERS, interval
from factcheck.evidence.compounds import DOUBLING, TIMES
from factcheck.evidence.mention import Mention

_NUMBER = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twenty": 20, "a": 1, "hundred": 100, "a hundred": 100,
}  # fmt: skip
_COUNT = r"\d{1,3}|" + "|".join(sorted(_NUMBER, key=len, reverse=True))
# "one in four", "three out of four", "one in every five", "9 out of 10". Not "one in a
# million" (vague.py), nor "one in four cases of the 2019 outbreak" read otherwise: the
# ratio is read only when the first count is the smaller.
_RATIO = re.compile(
    rf"(?<![\w.,-])(?P<a>{_COUNT})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_COUNT})\b"
    r"(?![\w.,-]*\d|\s*(?:%|per\s*cent|percent|times|years?|months?|days?|weeks?|hours?)\b)",
    re.I,
)
# "a majority of", "the vast majority of", "a minority of": a share above or below half.
# Not "a majority of 20" (a vote's margin, tallies.margins), nor "a majority in parliament".
_MAJORITY = re.compile(
    r"\b(?:a|the)\s+(?P<size>(?:vast|overwhelming|large|clear|narrow|slim|small|tiny)\s+)?"
    r"(?P<w>majority|minority)\s+of\b(?!\s+(?:about\s+|around\s+|some\s+|just\s+)?\d)",
    re.I,
)
_MAJORITIES = {
    "": (50.01, 100.0), "vast": (75.0, 100.0), "overwhelming": (75.0, 100.0),
    "large": (60.0, 100.0), "clear": (55.0, 100.0), "narrow": (50.01, 60.0),
    "slim": (50.01, 60.0),
}  # fmt: skip
# "Most doctors" starting a sentence, "most of the staff": more than half. Not "the most
# doctors" (a superlative), nor "Most recently" (only before a plural or "of the").
_MOST = re.compile(
    r"(?:^|(?<=[.;:!?]\s))Most(?=\s+[a-z]+s\b)|(?<!the\s)\b[Mm]ost\s+of(?=\s+(?:the|its|their|our)\b)",
)
_MINORITIES = {"": (0.0, 49.99), "small": (0.0, 20.0), "tiny": (0.0, 10.0)}
_QUALIFIER = re.compile(
    rf"(?<![\w-])(?P<q>{'|'.join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))})"
    r"\s+\Z",
    re.I,
)
# What a ratio holds from its "in" on, written with single spaces (a literal start the
# regex engine scans for): _RATIO starts with a look-behind and is tried at every
# character, and most passages hold " in " but no ratio (1.3 us on a passage of 230
# characters, against 10.7 us). "one in\nfour" is not read.
_HINT = re.compile(
    r" (?:in|out of) (?:every )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b"
)
FRACTION = "fraction"
HALVING = "halving"
# A change by a fraction: "fell by a quarter", "cut by a third", "rose by half"; and
# "halved", a fall of 50% written as a multiple (``HALVING``, as "doubled" is a rise of
# 100%, ``compounds.doublings``).
_BY_PART = re.compile(
    r"\bby\s+(?:(?P<n>a|one|two|three)[\s-])?(?P<f>half|thirds?|quarters?|fifths?)\b"
    r"(?!\s+(?:of|an?|to|past)\b|-)",  # not "by a quarter past six"
    re.I,
)
_PART = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0}
_HALVED = re.compile(r"\bhalved\b", re.I)
# "twice as many claims last year as the year before", "three times as high as in 2019": a
# multiple of an earlier time is a rise, as "doubled" is (a rise of 100%); "twice as many
# women as men" compares two groups and is not read here (``compounds.multiples``).
_TIMES_THEN = re.compile(
    r"\b(?P<n>twice|three\s+times|four\s+times)\s+as\s+(?:many|much|high|large|big|common|"
    r"likely)\b[^.;]{0,80}?\bas\s+(?:in\s+)?(?:the\s+(?:year|month|week|decade|day)\s+before|"
    r"an?\s+(?:year|decade|month|week)\s+(?:ago|earlier)|the\s+previous\s+(?:year|month|week|"
    r"decade)|last\s+(?:year|month|week)|(?:19|20)\d\d)\b",
    re.I,
)
# "three times what they were in January", "twice what it was a year ago", "double what
# it cost": a multiple of what the thing itself was is a rise too.
_TIMES_WHAT = re.compile(
    r"\b(?P<n>twice|double|triple|three\s+times|four\s+times)\s+what\s+(?:it|they|he|she)\s+"
    r"(?:was|were|had\s+been|cost|paid|earned|used\s+to)\b",
    re.I,
)
_RISES = {"twice": 100.0, "three times": 200.0, "four times": 300.0}
_RISES.update(double=100.0, triple=200.0)


def _count(written: str) -> float:
    return float(written) if written[0].isdigit() else float(_NUMBER[written.lower()])


def _share(text: str, start: int, end: int, low: float, high: float) -> Mention:
    value = (low + high) / 2 if math.isfinite(high) and math.isfinite(low) else low
    return Mention("number", (value,), text[start:end], start, end, unit="%", low=low,
                   high=high, written=FRACTION)  # fmt: skip


def ratios(text: str) -> list[Mention]:
    """The shares of the module's docstring in ``text``, in order."""
    lowered = text.lower()
    found = []
    if _HINT.search(lowered) is not None:
        for m in _RATIO.finditer(text):
            a, b = _count(m.group("a")), _count(m.group("b"))
            if not 0 < a < b or b > 1000:
                continue  # "3 in 1", "one in 2019": no share
            bound = _QUALIFIER.search(text, max(0, m.start() - 20), m.start())
            qualifier = QUALIFIERS[bound.group("q").lower()] if bound else "~"
            low, high = interval(100 * a / b, qualifier)
            found.append(_share(text, bound.start() if bound else m.start(), m.end(), low, high))
    parts = "half" in lowered or "third" in lowered or "quarter" in lowered or "fifth" in lowered
    if parts and "by " in lowered:
        for m in _BY_PART.finditer(text):
            count = {"two": 2.0, "three": 3.0}.get((m.group("n") or "a").lower(), 1.0)
            share = count * _PART[m.group("f").lower().rstrip("s")]
            low, high = interval(share, "~")
            start = m.start("n") if m.group("n") else m.start("f")  # "by [a quarter]"
            found.append(_share(text, start, m.end(), low, high))
    if "halved" in lowered:
        for m in _HALVED.finditer(text):
            low, high = interval(50.0, "~")
            found.append(replace(_share(text, m.start(), m.end(), low, high), written=HALVING))
    thenwards = ("twice as" in lowered or " times as" in lowered) and " as " in lowered
    then = [*(_TIMES_THEN.finditer(text) if thenwards else ())]
    if " what " in lowered:
        then = sorted([*then, *_TIMES_WHAT.finditer(text)], key=lambda m: m.start())
    if then:
        for m in then:
            low, high = interval(_RISES[" ".join(m.group("n").lower().split())], "~")
            rise = _share(text, m.start("n"), m.end("n"), low, high)
            found.append(replace(rise, written=DOUBLING))
            # and the multiple itself, as ``compounds.multiples`` reads it ("3.5 times
            # higher than in 1990" against "twice as high as in 1990")
            times = 1.0 + rise.value[0] / 100  # type: ignore[operator]
            found.append(replace(rise, unit=TIMES, low=times, high=times, value=(times,),
                                 written="multiple"))  # fmt: skip
    if "Most " in text or "most of " in lowered:  # not "almost", "the most common"
        found += [_share(text, *m.span(), 50.01, 100.0) for m in _MOST.finditer(text)]
    if "majority" in lowered or "minority" in lowered:
        for m in _MAJORITY.finditer(text):
            size = (m.group("size") or "").strip().lower()
            sizes = _MAJORITIES if m.group("w").lower() == "majority" else _MINORITIES
            low, high = sizes.get(size, sizes[""])  # "a small majority": a majority
            found.append(_share(text, m.start(), m.end(), low, high))
    return sorted(found, key=lambda x: x.start)
