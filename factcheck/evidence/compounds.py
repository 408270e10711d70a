"""Amounts written around a word: a measure in two parts ("an hour and a half", "two and
a half hours", "2 hours and 5 minutes": one length of time) and a share written as a
fraction ("half of voters", "more than a third of students", "two-thirds of the warming":
a percentage, compared with "52%").

A fraction without a qualifier is taken as approximate (``bands.APPROXIMATE``): news
writes "half of voters" for 48% or 52%. It is not a figure a passage must repeat
(``figures.claim_figures``): "half of" describes as often as it counts.
"""

from __future__ import annotations

import re

from factcheck.evidence.bands import QUALIFIERS, interval
from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.evidence.units import CURRENCIES, Measure, measure_after
from factcheck.evidence.wordbefore import word_before
from factcheck.workspace import stem

_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_COUNT = rf"(?:\d+(?:\.\d+)?|{'|'.join(sorted(_COUNTS, key=len, reverse=True))})"
# From the "and" on: "and a half [hours]", "and 5 minutes". The part before it is read
# backwards from there (a pattern that starts with a word is scanned for at C speed).
# After "and" a count is a number ("and 5 minutes"), never "a": "and a" is mostly no amount.
_NUMBER = (
    rf"(?:\d+(?:\.\d+)?|{'|'.join(sorted(set(_COUNTS) - {'a', 'an'}, key=len, reverse=True))})"
)
_AND = re.compile(rf"and\s+(?:a\s+half\b|(?P<b>{_NUMBER})\b)")  # on lower-case text: faster
_LEFT_UNIT = re.compile(rf"(?<![\w.,])(?P<a>{_COUNT})\s+(?P<u>[a-z]+)\s+\Z", re.I)
_LEFT_COUNT = re.compile(rf"(?<![\w.,])(?P<a>{_COUNT})\s+\Z", re.I)
# A multiple: "three and a half times higher" is 3.5 times, as "3.5 times" is counted
# (amounts._counted: the stem of "times").
_TIMES = re.compile(r"\s+times\b", re.I)
TIMES = family(stem("times"))

_SHARES = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0}
# A fraction of something ("a third of voters", "half their ice": "half" takes no "of"
# before a possessive; "half the maximum" is a ratio to it) or the share itself, ending its
# sentence ("Turnout was roughly a third."), there with a count ("a third", not "cut in
# half").
_FRACTION = re.compile(
    r"(?P<f>half|thirds?|quarters?|fifths?)(?:(?P<of>\s+of\b(?!\s+an?\b))"
    r"|(?P<det>(?<=half)\s+(?=(?:their|its|his|her|our)\b))|(?=\s*(?:[.;]|\Z)))",
    re.I,
)
# "an hour and a half.": a count of units, not a share.
_AND_BEFORE = re.compile(r"\band\s+\Z", re.I)
# "two-thirds of", "a quarter of", "half of": the count before the fraction. Not "the
# second half of July", nor "one-fifth of a degree" (a share of a unit).
_FRACTION_COUNT = re.compile(r"(?<![\w-])(?P<n>a|one|two|three|four)[\s-]+\Z", re.I)
_QUALIFIER = re.compile(
    rf"(?<![\w-])(?P<q>{'|'.join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))})"
    r"\s+\Z",
    re.I,
)
_NOT_A_SHARE = re.compile(r"(?:first|second|last|latter|former|other|the|this|that)\s+\Z", re.I)


def _count(word: str) -> float:
    return float(word) if word[0].isdigit() else float(_COUNTS[word.lower()])


def _measure(text: str, end: int) -> Measure | None:
    """A unit of measure (not money) right after ``end``."""
    found = measure_after(text, end)
    return found if found is not None and found.measure not in CURRENCIES else None


def _mention(text: str, start: int, end: int, measure: Measure, total: float) -> Mention:
    """A measure of ``total`` base units written over text[start:end]."""
    before = word_before(text, start) if measure.measure == "duration" else ""
    return Mention(
        "number", (total,), text[start:end], start, end, unit=measure.measure, low=total,
        high=total, written=measure.written, before=before,
    )  # fmt: skip


def compound_measures(text: str, lowered: str) -> list[Mention]:
    """Measures written in two parts: "an hour and a half", "two and a half hours",
    "2 hours and 5 minutes" (the same measure both times). ``lowered`` is ``text`` in
    lower case, of the same length."""
    found: list[Mention] = []
    for m in _AND.finditer(lowered):
        if m.start() and text[m.start() - 1].isalnum():
            continue  # "band", "stand"
        left = text[max(0, m.start() - 40) : m.start()]
        offset = m.start() - len(left)
        unit = _LEFT_UNIT.search(left)
        first = _measure(left, unit.end("a")) if unit else None
        if unit is not None and first is not None and first.end == unit.end("u"):
            start = offset + unit.start()
            if m.group("b") is None:  # "an hour and a half"
                total = first.base(_count(unit.group("a")) + 0.5)
                found.append(_mention(text, start, m.end(), first, total))
                continue
            second = _measure(text, m.end())
            if second is not None and second.measure == first.measure:  # "2 hours and 5 minutes"
                total = first.base(_count(unit.group("a"))) + second.base(_count(m.group("b")))
                found.append(_mention(text, start, second.end, first, total))
            continue
        count = _LEFT_COUNT.search(left)
        after = _measure(text, m.end()) if m.group("b") is None else None
        if count is not None and after is not None:  # "two and a half hours"
            total = after.base(_count(count.group("a")) + 0.5)
            found.append(_mention(text, offset + count.start(), after.end, after, total))
        elif count is not None and m.group("b") is None and _TIMES.match(text, m.end()):
            start, total = offset + count.start(), _count(count.group("a")) + 0.5
            found.append(
                Mention(
                    "number",
                    (total,),
                    text[start : m.end()],
                    start,
                    m.end(),
                    unit=TIMES,
                    low=total,
                    high=total,
                )
            )
    return found


def fractions(text: str) -> list[Mention]:
    """Shares written as fractions, as percentages: "half of voters" is about 50%, "more
    than a third of students" [33.3, inf), "two-thirds of the warming" about 66.7%."""
    found: list[Mention] = []
    for m in _FRACTION.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            continue
        left = text[max(0, m.start() - 30) : m.start()]
        fraction = m.group("f").lower().rstrip("s")
        count = _FRACTION_COUNT.search(left)
        if fraction != "half" and count is None:
            continue  # "the third of March"
        unbound = m.group("of") is None and m.group("det") is None
        if unbound and (count is None or _AND_BEFORE.search(left, 0, count.start())):
            continue  # "cut in half.", "an hour and a half."
        if count is None and _NOT_A_SHARE.search(left):
            continue  # "the second half of July"
        times = 1.0 if count is None else _count(count.group("n"))
        before = left[: count.start()] if count is not None else left
        qualifier = _QUALIFIER.search(before)
        share = times * _SHARES[fraction]
        band = interval(share, QUALIFIERS[qualifier.group("q").lower()] if qualifier else "~")
        first = qualifier or count
        start = m.start() - len(left) + (first.start() if first is not None else len(left))
        low, high = band
        end = m.end("f") if m.group("det") is not None else m.end()  # "half" of "half their"
        span = text[start:end]
        found.append(
            Mention(
                "number",
                (share,),
                span,
                start,
                end,
                unit="%",
                low=low,
                high=high,
                written="fraction",
            )
        )
    return found


# "twice as high as", "twice the rate": a multiple of 2, as "2 times higher" is counted.
# Only before "as" or "the": "visited twice" counts visits, not a multiple.
_TWICE = re.compile(r"\btwice(?=\s+(?:as|the)\b)", re.I)


# "doubled", "more than doubled", "nearly tripled": a rise of 100% (200%, 300%), compared
# with a rise in per cent ("rose 95%"; ``cues``: not with a level, "95% of adults").
_TIMES_OVER = {"doubled": 100.0, "tripled": 200.0, "trebled": 200.0, "quadrupled": 300.0}
_GREW = re.compile(rf"\b(?:{'|'.join(_TIMES_OVER)})\b", re.I)
DOUBLING = "doubling"


def doublings(text: str) -> list[Mention]:
    """A rise written as a multiple: "more than doubled" is [100, inf) per cent, "almost
    doubled" [90, 100], "doubled" about 100 (unit "%", ``written=DOUBLING``: no figure a
    passage must give)."""
    found = []
    for m in _GREW.finditer(text):
        qualifier = _QUALIFIER.search(text, max(0, m.start() - 20), m.start())
        share = _TIMES_OVER[m.group().lower()]
        band = interval(share, QUALIFIERS[qualifier.group("q").lower()] if qualifier else "~")
        start = qualifier.start() if qualifier else m.start()
        found.append(Mention("number", (share,), text[start : m.end()], start, m.end(),
                             unit="%", low=band[0], high=band[1], written=DOUBLING))  # fmt: skip
    return found


def multiples(text: str) -> list[Mention]:
    """Multiples written as a word: "twice as high" is 2 times (unit ``TIMES``). Marked
    ``written="multiple"``: like a fraction, no figure a passage must give. And the rises
    of ``doublings``."""
    if "led" in text.lower():
        return sorted([*_twice(text), *doublings(text)], key=lambda x: x.start)
    return _twice(text)


def _twice(text: str) -> list[Mention]:
    return [
        Mention(
            "number",
            (2.0,),
            m.group(),
            m.start(),
            m.end(),
            unit=TIMES,
            low=2.0,
            high=2.0,
            written="multiple",
        )
        for m in _TWICE.finditer(text)
    ]
