"""Amounts written as words of size rather than figures: "half a million people", "a
million", "a handful of staff", "a few hundred", "several thousand", and shares "in single
digits" / "in double figures" (read as per cent: news says so of rates).

Each is an interval (``Mention.low``/``high``) of what follows it, as ``amounts`` reads a
figure: "a handful of staff" is [1, 10] staff, so "five staff" agrees and "some 3,000
staff" clashes. Approximate ones take ``bands.APPROXIMATE`` either side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.evidence.bands import QUALIFIERS, interval
from factcheck.evidence.counted import counted
from factcheck.evidence.mention import Mention
from factcheck.evidence.ratios import ratios
from factcheck.evidence.units import CURRENCIES, measure_after
from factcheck.evidence.wordbefore import word_before

_SCALE = {"dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALES = "|".join(_SCALE)
# "half a million", "a million" (not "one in a million", nor a figure's "a": "5 a million").
_HALF_A = re.compile(
    rf"(?<![\w-])(?P<half>half\s+)?a\s+(?P<s>{_SCALES})\b(?!\s+(?:times|years?)\b)", re.I
)
# "a handful of", "a few hundred", "several thousand": a loose count.
# "one and a half million", "2 and a half billion": the count and a half, times the scale.
_AND_A_HALF = re.compile(
    rf"(?<![\w.,-])(?P<n>\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+"
    rf"a\s+half\s+(?P<s>{_SCALES})\b(?!\s+times\b)",
    re.I,
)
_COUNTS = {w: float(n) for n, w in enumerate("one two three four five six seven eight nine ten"
                                             .split(), 1)}  # fmt: skip
# "a quarter of a million", "three quarters of a billion": a fraction of the scale.
_PART_OF = re.compile(
    rf"(?<![\w-])(?P<f>a\s+quarter|three\s+quarters|a\s+third|two\s+thirds)\s+of\s+an?\s+"
    rf"(?P<s>{_SCALES})\b",
    re.I,
)
_PARTS = {"a quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3, "two thirds": 2 / 3}
# "half a point", "a quarter of a percentage point", "a quarter-point": a change in points.
_POINT = re.compile(
    r"(?<![\w-])(?:(?P<h>half)\s+a|a\s+(?P<q>quarter)\s+of\s+a|a\s+(?P<hq>half|quarter)-)"
    r"\s*(?:percentage[\s-])?point\b",
    re.I,
)
# "lasted a week", "for a fortnight", "took an hour", "ended after a week": one unit of time
# after a verb of lasting, as "lasted 7 days" is read (not "a week ago", "once a week", "a
# week earlier").
_ONE_SPAN = re.compile(
    r"\b(?:lasted|lasts|last|took|takes|spanned|for|after)\s+(?:just\s+|only\s+|nearly\s+|"
    r"almost\s+|over\s+)?(?P<a>a|an|one)(?=\s+(?P<u>fortnight|week|month|year|day|hour|"
    r"minute|decade)\b(?!\s+(?:ago|earlier|later|before|after|or|and)\b))",
    re.I,
)
_FORTNIGHT = 14 * 86400.0
# What _ONE_SPAN holds from its count on, starting with a space the regex engine scans for
# (_ONE_SPAN starts with a word boundary and is tried at every character).
_ONE_SPAN_HINT = re.compile(r" (?:a|an|one) (?:fortnight|week|month|year|day|hour|minute|decade)\b")
_FEW = re.compile(rf"(?<![\w-])(?:a\s+few|several)\s+(?P<s>{_SCALES})\b(?!\s+times\b)", re.I)
_HANDFUL = re.compile(r"(?<![\w-])a\s+handful\s+of\b", re.I)
# "in single digits", "to double figures": a share below ten, or from ten to 99.
_DIGITS = re.compile(
    r"\b(?:in|to|into|at|below|within)\s+(?:the\s+)?(?P<n>single|double)[\s-](?:digits|figures)\b",
    re.I,
)
LOOSE = "loose"
# "Tens of thousands marched", "Thousands were evacuated": a loose count with no "of" after
# it ("thousands of people" is read by ``amounts``).
_LOOSE = {
    "tens of thousands": (2e4, 9.99e4), "hundreds of thousands": (2e5, 9.99e5),
    "thousands": (2e3, 9.99e5), "millions": (2e6, 9.99e8), "hundreds": (200.0, 999.0),
    "dozens": (24.0, 199.0),
}  # fmt: skip
_LOOSE_RE = re.compile(
    rf"(?<![\w-])(?P<v>{'|'.join(sorted(_LOOSE, key=len, reverse=True))})\b(?!\s+of\b)", re.I
)
_AFTER_FIGURE = re.compile(r"[\d.,]\s*\Z")
# "more than half a million", "nearly a million": the bound before it.
_QUALIFIER = re.compile(
    rf"(?<![\w-])(?P<q>{'|'.join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))})"
    r"\s+\Z",
    re.I,
)
_ONE_IN = re.compile(r"\b(?:in|per)\s+\Z", re.I)


def _mention(text: str, span: tuple[int, int], band: tuple[float, float]) -> Mention:
    unit, then = counted(text, span[1])
    low, high = band
    return Mention("number", ((low + high) / 2,), text[span[0] : span[1]], *span, unit=unit,
                   low=low, high=high, then=then)  # fmt: skip


def _in_money(text: str, m: re.Match[str], value: float) -> Mention:
    """An amount of ``value`` over ``m``, and the currency after it ("million [dollars]")."""
    money = measure_after(text, m.end())
    if money is None or money.measure not in CURRENCIES:
        return _mention(text, m.span(), (value, value))
    return Mention("number", (value,), text[m.start() : money.end], m.start(), money.end,
                   unit=money.measure, low=value, high=value, written=money.written)  # fmt: skip


def _one_span(text: str) -> list[Mention]:
    """One unit of time after a verb of lasting ("lasted a fortnight": 14 days)."""
    found = []
    for m in _ONE_SPAN.finditer(text):
        unit = m.group("u").lower()
        measure = measure_after(text, m.end("a")) if unit != "fortnight" else None
        seconds = _FORTNIGHT if unit == "fortnight" else measure.base(1.0) if measure else 0.0
        if not seconds:
            continue
        end = m.end("a") + len(text[m.end("a") :]) - len(text[m.end("a") :].lstrip()) + len(unit)
        found.append(Mention("number", (seconds,), text[m.start("a") : end], m.start("a"), end,
                             unit="duration", low=seconds, high=seconds, written=unit,
                             before=word_before(text, m.start("a"))))  # fmt: skip
    return found


def vague_amounts(text: str) -> list[Mention]:
    """The amounts of the module's docstring in ``text``, in order."""
    found: list[Mention] = []
    lowered = text.lower()
    scaled = any(word in lowered for word in _SCALE)  # most texts hold none: no pattern tried
    if scaled and (" a " in lowered or lowered.startswith("a ")):
        for m in _HALF_A.finditer(text):
            head = text[max(0, m.start() - 12) : m.start()]
            if _AFTER_FIGURE.search(head) or (not m.group("half") and _ONE_IN.search(head)):
                continue  # "5 a million", "one in a million"
            value = _SCALE[m.group("s").lower()] * (0.5 if m.group("half") else 1.0)
            bound = _QUALIFIER.search(text, max(0, m.start() - 20), m.start())
            qualifier = QUALIFIERS[bound.group("q").lower()] if bound else "~"
            start = bound.start() if bound else m.start()
            found.append(_mention(text, (start, m.end()), interval(value, qualifier)))
    if scaled and "and a half" in lowered:
        for m in _AND_A_HALF.finditer(text):
            n = m.group("n").lower()
            value = (_COUNTS[n] if n in _COUNTS else float(n)) + 0.5
            found.append(_in_money(text, m, value * _SCALE[m.group("s").lower()]))
    if scaled and (" of a" in lowered or " of an" in lowered):
        for m in _PART_OF.finditer(text):
            part = _PARTS[" ".join(m.group("f").lower().split())]
            found.append(_in_money(text, m, part * _SCALE[m.group("s").lower()]))
    if "point" in lowered and ("half" in lowered or "quarter" in lowered):
        for m in _POINT.finditer(text):
            half = (m.group("h") or m.group("hq") or "").lower() == "half"
            points = 0.5 if half else 0.25
            found.append(Mention("number", (points,), m.group(), *m.span(), unit="pp",
                                 low=points, high=points))  # fmt: skip
    if _ONE_SPAN_HINT.search(lowered) is not None:
        found += _one_span(text)
    if scaled and ("few" in lowered or "several" in lowered):
        for m in _FEW.finditer(text):
            scale = _SCALE[m.group("s").lower()]
            found.append(_mention(text, m.span(), (2 * scale, 9.99 * scale)))
    if any(word in lowered for word in ("thousands", "millions", "dozens", "hundreds")):
        for m in _LOOSE_RE.finditer(text):
            loose = _mention(text, m.span(), _LOOSE[m.group("v").lower()])
            found.append(replace(loose, written=LOOSE))  # "infected hundreds": no figure
    if "handful" in lowered:
        found.extend(_mention(text, m.span(), (1.0, 10.0)) for m in _HANDFUL.finditer(text))
    if "digits" in lowered or "figures" in lowered:
        for m in _DIGITS.finditer(text):
            band = (0.0, 9.99) if m.group("n").lower() == "single" else (10.0, 99.99)
            start = m.start("n")
            low, high = band
            found.append(Mention("number", (high / 2,), text[start : m.end()], start, m.end(),
                                 unit="%", low=low, high=high, written="digits"))  # fmt: skip
    found += ratios(text)  # "one in four adults", "a majority of members"
    return sorted(found, key=lambda x: x.start)
