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

from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.evidence.units import CURRENCY_BEFORE, measure_after
from factcheck.workspace import STOP_WORDS, stem

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Written numbers ("twelve", "forty"): values, not content words to align on.
NUMBER_WORDS = frozenset([*_UNITS, *_TENS])
_SCALES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9,
}  # fmt: skip
# "roughly 300" stands for 300 give or take this share: 312 agrees, 400 does not.
APPROXIMATE = 0.1
_QUALIFIERS = {
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~",
    "circa": "~", "ca.": "~", "an estimated": "~", "estimated": "~", "close to": "~",
    "nearly": "<~", "almost": "<~", "just under": "<~",
    "over": ">", "more than": ">", "above": ">", "at least": ">", "exceeding": ">",
    "upwards of": ">", "in excess of": ">", "greater than": ">", "no fewer than": ">",
    "no less than": ">", "just over": ">",
    "under": "<", "less than": "<", "fewer than": "<", "below": "<", "at most": "<",
    "up to": "<", "no more than": "<", "not more than": "<",
}  # fmt: skip
_VAGUE = {
    "dozens": (24, 199), "hundreds": (200, 999), "thousands": (2e3, 9.99e5),
    "tens of thousands": (2e4, 9.99e4), "hundreds of thousands": (2e5, 9.99e5),
    "millions": (2e6, 9.99e8), "billions": (2e9, 9.99e11),
}  # fmt: skip


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so "more than" wins over "more")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _pair(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern for lower-cased text, and ignoring case for text ``lower()`` changes in
    length: matching lower-cased text is several times faster than ``re.I``."""
    return re.compile(pattern), re.compile(pattern, re.I)


_WORD_NUMBER = rf"(?:{_alternatives(_UNITS.keys() | _TENS.keys())})"
_NUMBER = (
    rf"{{behind}}(?:(?P<num{{n}}>\d+(?:,\d{{{{3}}}})*(?:\.\d+)?)"
    rf"|(?P<word{{n}}>{_WORD_NUMBER}(?:-{_WORD_NUMBER})?))"
    rf"(?:\s+(?P<scale{{n}}>{_alternatives(_SCALES)})\b)?"
)
# A number starts a word: not the "300" of "S-300" or the "19" of "COVID-19".
_NOT_INSIDE = r"(?<![\w.,-])"
_PCT = r"(?P<pct>\s*(?:%|percent\b|per cent\b))?"
_AMOUNT = _pair(
    rf"(?:\b(?P<qual>{_alternatives(_QUALIFIERS)})\s+|(?P<tilde>~)\s*)?"
    rf"(?:(?P<cur>{_alternatives(CURRENCY_BEFORE)})\s?)?"
    + _NUMBER.format(n="a", behind=_NOT_INSIDE)
    + _PCT
    + r"(?![\w-]*\d)",
)
_RANGE = _pair(
    rf"(?:\bbetween\s+)?(?:(?P<cur>{_alternatives(CURRENCY_BEFORE)})\s?)?"
    + _NUMBER.format(n="a", behind=_NOT_INSIDE)
    + r"(?P<pcta>\s*(?:%|percent\b|per cent\b))?"
    + r"(?:\s*(?:-|–|—|to)\s*|\s+and\s+)"
    + _NUMBER.format(n="b", behind="")
    + _PCT
    + r"(?![\w-]*\d)",
)
_ZERO = _pair(
    r"\b(?P<z2>no one|no-one|nobody|none)\s+(?:(?:was|were|is|are|has been|have been|"
    r"had been|reportedly)\s+)?(?P<verb>[a-z]+)"
    r"|\b(?P<z>no|zero|not a single|not one)\s+(?:(?:new|further|other|more|additional|"
    r"serious|major|reported|confirmed|known)\s+)?(?P<noun>[a-z]+)",
)
_VAGUE_RE = _pair(rf"\b(?P<v>{_alternatives(_VAGUE)})\s+of\b")
_TALLY = re.compile(r"(?<![\w.,-])(?P<a>\d{1,3})\s*[-–—]\s*(?P<b>\d{1,3})(?![\w.,-]*\d)")
_TALLY_WORDS = frozenset(
    stem(w)
    for w in """vote voted votes voting ruling ruled decision verdict margin win won wins
    victory defeat defeated beat lost loss score scored final draw drew tie tied majority
    split passed approved rejected game match series lead led result""".split()
)
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORD_SET = frozenset(_UNITS) | frozenset(_TENS)
# Substrings without which a pattern cannot match: most passages skip it at C speed.
_VAGUE_HINTS = ("dozens", "hundreds", "thousands", "millions", "billions")
_ZERO_HINTS = ("no ", "no-", "nobody", "none", "zero", "not ")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")
_NOT_A_UNIT = frozenset({"more", "than", "least", "about", "per", "cent", "percent"})


def _value(match: re.Match[str], n: str) -> float | None:
    """The value of number ``n`` ("a" or "b") of a match, its scale word applied."""
    if match.group(f"num{n}"):
        value = float(match.group(f"num{n}").replace(",", ""))
    else:
        value = 0.0
        for part in match.group(f"word{n}").lower().split("-"):
            value += _UNITS.get(part, _TENS.get(part, math.nan))
        if math.isnan(value):
            return None
    scale = match.group(f"scale{n}")
    return value * _SCALES[scale.lower()] if scale else value


def _grain(digits: str | None, factor: float) -> float:
    """Half the place value of the last written digit, in base units: the rounding a
    conversion between units may carry ("20 in" for 50.8 cm)."""
    decimals = len(digits.split(".")[1]) if digits and "." in digits else 0
    return 0.5 * 10.0**-decimals * abs(factor)


def _counted(text: str, end: int) -> tuple[str, str]:
    """What an amount ending at ``end`` counts: the stem of the next content word, and
    of the content word after that within two words ("two people died" -> peopl, die)."""
    found: list[str] = []
    pos, skipped = end, 0
    while len(found) < 2 and skipped < 3:
        m = _NEXT_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1).lower()
        pos = m.end()
        if word in STOP_WORDS or word in _NOT_A_UNIT:
            skipped += 1
            continue
        found.append(family(stem(word)))
        skipped = 1  # the word after the noun must follow closely
    first, then = [*found, "", ""][:2]
    return first, then


def _interval(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier == "~":
        return value * (1 - APPROXIMATE), value * (1 + APPROXIMATE)
    if qualifier == "<~":
        return value * (1 - APPROXIMATE), value
    if qualifier == ">":
        return value, math.inf
    if qualifier == "<":
        return -math.inf, value
    return value, value


def _amount(
    text: str,
    span: tuple[int, int],
    interval: tuple[float, float],
    *,
    currency: str = "",
    pct: bool = False,
    digits: str | None = None,
) -> Mention:
    """A number mention over text[span]; what it counts is read after it."""
    start, end = span
    low, high = interval
    finite = [v for v in (low, high) if math.isfinite(v)]
    value = sum(finite) / len(finite) if finite else 0.0  # as written, before any unit
    written, grain = "", 0.0
    unit, then = _counted(text, end)
    if pct:
        unit, then = "%", ""
    elif currency:
        unit, then = currency, ""
    else:
        measure = measure_after(text, end)
        if measure is not None:
            unit, then, written = measure.measure, "", measure.written
            low, high = measure.base(low), measure.base(high)
            grain = _grain(digits, measure.factor)
            end = measure.end  # quote "5 km", not "5"
    return Mention(
        "number", (value,), text[start:end].strip(), start, end, unit=unit, low=low,
        high=high, then=then, written=written, grain=grain,
    )  # fmt: skip


def _taken(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def tallies(text: str) -> list[Mention]:
    """Vote counts and score lines next to a word that says so: "a 6-3 vote", "won 3-1"."""
    found = []
    for m in _TALLY.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].split()[-3:]
        after = text[m.end() : m.end() + 30].split()[:2]
        near = {stem(w.strip(".,;:()").lower()) for w in before + after}
        if not near & _TALLY_WORDS:
            continue  # "5-10 years" is a range, not a tally
        pair = tuple(sorted((int(m.group("a")), int(m.group("b"))), reverse=True))
        found.append(Mention("tally", pair, m.group(), m.start(), m.end()))
    return found


def _start(m: re.Match[str], n: str) -> int:
    return m.start(f"num{n}") if m.group(f"num{n}") else m.start(f"word{n}")


def _currency(m: re.Match[str]) -> str:
    return CURRENCY_BEFORE.get((m.group("cur") or "").lower(), "")


def quantities(text: str, *, skip: Sequence[Mention] = ()) -> list[Mention]:
    """Amounts (see the module's docstring) and tallies, outside the spans of ``skip``."""
    lowered = text.lower()
    same = len(lowered) == len(text)  # then offsets in ``lowered`` are offsets in ``text``
    subject, which = (lowered, 0) if same else (text, 1)
    digits = _DIGIT.search(text) is not None
    worded = digits or not _NUMBER_WORD_SET.isdisjoint(_LETTERS.findall(lowered))
    found = tallies(text) if digits else []
    taken = [(m.start, m.end) for m in (*skip, *found)]
    for m in _RANGE[which].finditer(subject) if worded else ():
        low, high = _value(m, "a"), _value(m, "b")
        start = m.start()
        if low is None or high is None or low >= high or _taken(taken, start, m.end()):
            continue
        pct = bool(m.group("pct") or m.group("pcta"))
        span = (m.start(), m.end())
        digits_b = m.group("numb")
        found.append(
            _amount(text, span, (low, high), currency=_currency(m), pct=pct, digits=digits_b)
        )
        taken.append(span)
    if any(word in lowered for word in _VAGUE_HINTS):
        for m in _VAGUE_RE[which].finditer(subject):
            if not _taken(taken, m.start(), m.end()):
                found.append(_amount(text, m.span(), _VAGUE[m.group("v").lower()]))
                taken.append(m.span())
    if any(word in lowered for word in _ZERO_HINTS):
        for m in _ZERO[which].finditer(subject):
            counted = family(stem((m.group("noun") or m.group("verb")).lower()))
            if _taken(taken, m.start(), m.end()) or counted in STOP_WORDS:
                continue
            zero_text = text[m.start() : m.end()]
            found.append(Mention("number", (0.0,), zero_text, m.start(), m.end(), unit=counted))
            taken.append(m.span())
    for m in _AMOUNT[which].finditer(subject) if worded else ():
        if _taken(taken, _start(m, "a"), m.end()):
            continue
        value = _value(m, "a")
        if value is None:
            continue
        qualifier = _QUALIFIERS.get((m.group("qual") or "").lower(), "")
        if m.group("tilde"):
            qualifier = "~"
        start = m.start()  # the qualifier, currency or number
        found.append(
            _amount(
                text,
                (start, m.end()),
                _interval(value, qualifier),
                currency=_currency(m),
                pct=bool(m.group("pct")),
                digits=m.group("numa"),
            )
        )
    return sorted(found, key=lambda x: x.start)
