"""Amounts in text: counts, quantities, percentages, ranges, "no X", and vote tallies.

Every amount is an interval (``Mention.low``/``high``) with what it counts (``unit``):
"312 people" is [312, 312], "roughly 300 people" [270, 330], "over 5,000" [5000, inf),
"between 29 and 50 percent" [29, 50], "No deaths" [0, 0], "hundreds of homes" [200, 999].
Two amounts of the same thing agree when their intervals meet and clash when they do not.
A tally ("a 6-3 vote", "won 3-1") is a pair of counts, compared as a pair.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from factcheck.evidence.bands import QUALIFIERS, bound_of, interval
from factcheck.evidence.compounds import compound_measures, fractions, multiples
from factcheck.evidence.counted import counted
from factcheck.evidence.eras import centuries, era_of, year_band
from factcheck.evidence.hints import hint_text
from factcheck.evidence.mention import Mention
from factcheck.evidence.numberwords import SCALES, TENS, UNITS, VAGUE, in_a_name
from factcheck.evidence.taken import Taken
from factcheck.evidence.tallies import TALLY_WORDS, tallies, unanimous
from factcheck.evidence.units import (
    CURRENCY_BEFORE,
    CURRENCY_BEFORE_PATTERN,
    changed,
    measure_after,
    money_scale,
    paid_in,
    rate_after,
)
from factcheck.evidence.wordbefore import word_before
from factcheck.evidence.zeros import zero_counts

# A change from one level to another: "rose from 116 to 184" gives two levels, not a range
# (a range stays one: "from 3 to 5 km"; shares' changes are read by ``point_changes``).
_CHANGED_FROM = re.compile(
    r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|grew|grown|growing|grows"
    r"|increased|increasing|decreased|decreasing|climbed|dropped|jumped|slipped|declined"
    r"|soared|surged|plunged|shrank|swelled|went|up|down)(?:\s+[a-z]+ly)?\s+from\s+\Z",
    re.I,
)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so "more than" wins over "more")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _pair(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern for lower-cased text, and ignoring case for text ``lower()`` changes in
    length: matching lower-cased text is several times faster than ``re.I``."""
    return re.compile(pattern), re.compile(pattern, re.I)


_WORD_NUMBER = rf"(?:{_alternatives(UNITS.keys() | TENS.keys())})"
# Amounts are found from their numbers, scanned for at C speed (a pattern that may start
# with a qualifier, "more than", is tried at every character); the words around are read then.
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_WORDS = _pair(rf"\b{_WORD_NUMBER}(?:-{_WORD_NUMBER})?\b")
_AFTER = _pair(  # "5 billion", "$5bn", "5%"
    rf"(?:\s*(?P<scale>{_alternatives(SCALES)})\b)?"
    r"(?P<pct>\s*(?:%|percent\b|per cent\b|pc\b|pct\b|percentage points?\b))?"  # "31pc"
)
_BEFORE = _pair(
    rf"(?:\b(?P<qual>{_alternatives(QUALIFIERS)})\s+|(?P<tilde>~)\s*|\b(?P<between>between)\s+)?"
    rf"(?:(?P<cur>{CURRENCY_BEFORE_PATTERN})\s?)?\Z"
)
# What _BEFORE's words end with, less its spaces: where the 30 characters before a number do
# not (most numbers), it can only match nothing, and is not tried at each of them.
_BEFORE_ENDS = tuple({q.split()[-1] for q in QUALIFIERS} | {"between", "~", *CURRENCY_BEFORE})
_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*|\s+and\s+")
# A number glued to more digits ("19-year", "3x4") is a code, not an amount.
_GLUED = re.compile(r"[\w-]{0,40}\d")  # bounded: "one-one-one-..." is read in linear time
_INSIDE = frozenset("_.,-")
# What stands before the minus sign of a negative number: a space, a bracket, nothing.
_BEFORE_SIGN = frozenset(" \t\n([")
_VAGUE_RE = _pair(rf"\b(?P<v>{_alternatives(VAGUE)})\s+of\b")
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORD_SET = frozenset(UNITS) | frozenset(TENS)
# Substrings without which a pattern cannot match: most passages skip it at C speed.
_VAGUE_HINTS = ("dozens", "hundreds", "thousands", "millions", "billions")


def _number_value(number: str, scale: str | None) -> float | None:
    """The value of a number as written (digits or words), its scale word applied."""
    if number[0].isdigit():
        value = float(number.replace(",", ""))
    else:
        value = 0.0
        for part in number.split("-"):
            value += UNITS.get(part, TENS.get(part, math.nan))
        if math.isnan(value):
            return None
    return value * SCALES[scale] if scale else value


def _amount(
    text: str,
    span: tuple[int, int],
    interval: tuple[float, float],
    *,
    currency: str = "",
    pct: str = "",
    digits: str | None = None,
    approximate: bool = False,
) -> Mention:
    """A number mention over text[span]; what it counts is read after it. ``approximate``:
    after "about" or the like (a year of an era then reaches ``eras.CIRCA_YEARS``)."""
    (start, end), (low, high) = span, interval
    finite = [v for v in (low, high) if math.isfinite(v)]
    value = sum(finite) / len(finite) if finite else 0.0  # as written, before any unit
    written, grain = "", 0.0
    unit, then = counted(text, end, start)
    era, circa, era_end = ("", False, end) if pct or currency else era_of(text, start, end, digits)
    if era:  # "950 AD", "c. 1250": a year of an era, not a count of what follows
        unit, then, end = era, "", era_end
        if approximate or circa:
            low, high = year_band(value, approximate=True)
    elif pct:  # "%", or "pp": percentage points are not per cent
        unit, then = pct, ""
    elif currency:
        unit, then = currency, ""
    else:
        measure = measure_after(text, end)
        if measure is not None:
            unit, then, written = measure.measure, "", measure.written
            if measure.offset and changed(text, start):  # "rose by 2F": no offset
                low, high = low * measure.factor, high * measure.factor
            else:
                low, high = measure.base(low), measure.base(high)
            grain = measure.rounding(digits)
            end = measure.end  # quote "5 km", not "5"
    before = word_before(text, start, words=1 if unit else 2) if unit in ("duration", "") else ""
    per, end = rate_after(text, end, then=then) if unit else (0.0, end)  # "$5 a day"
    if per or currency:  # "12 launches a year" counts launches, at a rate
        then = "" if per else paid_in(text, end)  # "£2.3m in tax": against "zero tax"
    return Mention(
        "number", (value,), text[start:end].strip(), start, end, unit=unit, low=low,
        high=high, then=then, written=written, grain=grain, before=before, per=per,
    )  # fmt: skip


class _Number(NamedTuple):
    """A number token: where its digits or words are, its value, and what follows."""

    start: int
    end: int  # after its scale word and percent sign, if any
    value: float
    digits: str | None  # as written, when digits
    pct: str  # "%", "pp" for percentage points, or ""
    inside: bool  # glued to a word before it ("S-300", "COVID-19", the 10 of "5-10")


def _numbers(subject: str, which: int, worded: bool) -> list[_Number]:
    """The numbers of a text (lower-cased when ``which`` is 0), in order."""
    found: list[tuple[int, int, str, bool]] = []
    negative: set[int] = set()
    for m in _DIGITS.finditer(subject):
        start = m.start()
        before = subject[start - 1] if start else " "
        if before in "-−" and (start < 2 or subject[start - 2] in _BEFORE_SIGN):
            start -= 1  # "-10C", "(−3%)": a sign, not a dash glued to a word
            negative.add(start)
        elif subject.endswith("minus ", 0, start):
            start -= len("minus ")  # "minus 10C"
            negative.add(start)
        inside = start == m.start() and (before.isalnum() or before in _INSIDE)
        found.append((start, m.end(), m.group(), inside))
    if worded:
        found.extend(
            (m.start(), m.end(), m.group().lower(), False) for m in _WORDS[which].finditer(subject)
        )
    numbers = []
    for start, end, written, inside in sorted(found):
        after = _AFTER[which].match(subject, end)
        if after is None:  # never: every part of the pattern is optional
            continue
        scale, stop = (after.group("scale") or "").lower() or None, after.end()
        value = _number_value(written, scale)
        if value is not None and start in negative:
            value = -value
        if value is not None and scale is None and (money := money_scale(subject, start, end)):
            value, stop = value * money[0], money[1]  # "$5m", "£150k": after a currency sign
        if value is not None:
            digits = written if written[0].isdigit() else None
            share = after.group("pct") or ""
            pct = ("pp" if "point" in share else "%") if share else ""
            numbers.append(_Number(start, stop, value, digits, pct, inside))
    return numbers


def _amounts(
    text: str, subject: str, which: int, numbers: list[_Number], taken: Taken
) -> list[Mention]:
    """Single amounts and ranges ("between 29 and 50 percent", "29-50 people")."""
    found = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        i += 1
        if a.inside or taken(a.start, a.end):
            continue  # not the 300 of "S-300"
        if a.digits is None and in_a_name(text, a.start, a.end):
            continue  # "Bob Marley: One Love"
        head = hint_text(subject[max(0, a.start - 30) : a.start])  # as IGNORECASE reads it
        maybe = head is None or head.rstrip().endswith(_BEFORE_ENDS)  # else an empty match
        before = _BEFORE[which].search(subject, max(0, a.start - 30), a.start) if maybe else None
        currency = CURRENCY_BEFORE.get((before.group("cur") or "").lower(), "") if before else ""
        start = before.start() if before and before.group() else a.start
        join = _JOIN.match(subject, a.end)
        b = numbers[i] if i < len(numbers) else None
        # "29-50", "3 to 5 km", "between 29 and 50 percent" ("and" only after "between";
        # "32% to 102,000" is two amounts, and so is a change "from 116 to 184").
        ranged = (
            join is not None
            and b is not None
            and b.start == join.end()
            and ((before is not None and before.group("between")) or "and" not in join.group())
            and not (a.pct and b.pct != a.pct)  # "3 points to 45%": two figures
            and (a.pct != "" or not _CHANGED_FROM.search(subject, max(0, a.start - 40), a.start))
        )
        if ranged and b is not None and a.value < b.value and not _GLUED.match(subject, b.end):
            i += 1
            span, pct = (start, b.end), a.pct or b.pct
            found.append(
                _amount(text, span, (a.value, b.value), currency=currency, pct=pct, digits=b.digits)
            )
            continue
        if _GLUED.match(subject, a.end) is not None:
            continue  # "19-year", or a range that runs backwards ("6-3")
        qualifier = ""
        if before is not None and before.group("qual"):
            qualifier = bound_of(before.group("qual"), subject, a.end)
            start = start if qualifier else a.start  # "lower than [five years] ago"
        elif before is not None and before.group("tilde"):
            qualifier = "~"
        if before is not None and before.group("between"):
            start = a.start if not before.group("cur") else before.start("cur")
        found.append(
            _amount(
                text,
                (start, a.end),
                interval(a.value, qualifier),
                currency=currency,
                pct=a.pct,
                digits=a.digits,
                approximate=qualifier in ("~", "<~"),
            )
        )
    return found


def quantities(text: str, *, skip: Sequence[Mention] = ()) -> list[Mention]:
    """Amounts (see the module's docstring) and tallies, outside the spans of ``skip``."""
    lowered = text.lower()
    same = len(lowered) == len(text)  # then offsets in ``lowered`` are offsets in ``text``
    subject, which = (lowered, 0) if same else (text, 1)
    digits = _DIGIT.search(text) is not None
    letters = _LETTERS.findall(lowered)
    worded = not _NUMBER_WORD_SET.isdisjoint(letters)
    # A tally in words takes two of its words ("seven to two", "two-nil").
    paired = worded and (len(TALLY_WORDS.intersection(letters)) > 1 or "-all" in lowered)
    mixed = worded and digits and "vote" in lowered  # "by 14 votes to three"
    found = tallies(text, digits=digits, words=paired, mixed=mixed) if digits or paired else []
    if "unanimous" in lowered:  # "voted unanimously": a tally of none against
        found = sorted([*found, *unanimous(text)], key=lambda x: x.start)
    taken = Taken((m.start, m.end) for m in (*skip, *found))
    halves = same and ("and a half" in lowered or ((digits or worded) and " and " in lowered))
    shares = "half" in lowered or "third" in lowered or "quarter" in lowered or "fifth" in lowered
    written = [
        *(compound_measures(text, lowered) if halves else ()),
        *(fractions(text) if shares else ()),
        *(multiples(text) if "twice" in lowered or "led" in lowered else ()),
        *(centuries(text) if digits and "century" in lowered else ()),
    ]
    for m in sorted(written, key=lambda x: x.start) if written else ():
        if not taken(m.start, m.end):  # "an hour and a half", "half of voters"
            found.append(m)
            taken.add(m.start, m.end)
    taken = taken.then()
    if any(word in lowered for word in _VAGUE_HINTS):
        for m in _VAGUE_RE[which].finditer(subject):
            if not taken(*m.span()):
                found.append(_amount(text, m.span(), VAGUE[m.group("v").lower()]))
                taken.add(*m.span())
        taken = taken.then()
    zeros = zero_counts(text, subject, taken, lowered=lowered, which=which)
    if zeros:
        found += zeros
        taken = taken.then()
    if digits or worded:
        found += _amounts(text, subject, which, _numbers(subject, which, worded), taken)
    return sorted(found, key=lambda x: x.start)
