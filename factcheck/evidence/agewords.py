"""Ages said in other words than "aged 45": "at the age of 78", "The singer, who was 82,",
"turned 60 last month", "her 60th birthday", "a teenager", "in his forties".

Each is an age of ``ages``' kind (unit ``age:`` and the person's stem, read as ``ages``
reads it), so "The senator turned 60" and "celebrated her 65th birthday" clash and "The
driver, in his forties," agrees with "The driver, 47,". A span of years ("a teenager",
"in his late forties") is an interval, as "roughly 300" is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.evidence.mention import Mention

# "at the age of 78", "who was 82,", "turned 60 last month", "her 60th birthday": one age.
_AT_AGE = re.compile(r"\bat\s+the\s+age\s+of\s+(?P<n>\d{1,3})\b(?![\w.,]\d|\s*%)", re.I)
_WHO_WAS = re.compile(r",\s+who\s+(?:was|is)\s+(?P<n>\d{1,3})\s*(?=[,;.]|\Z)", re.I)
# Only before the end of its clause or a time ("turned 60 on Monday"): "turned 180
# degrees", "turned 3 million in profit" are no ages.
_TURNED = re.compile(
    r"\bturn(?:ed|s|ing)?\s+(?P<n>\d{1,3})\b(?=\s*(?:[,;.]|\Z|(?:last|this|on|in|yesterday|"
    r"today|earlier|and)\b))",
    re.I,
)
_BIRTHDAY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+birthday\b", re.I)
# "was a teenager", ", a teenager,": thirteen to nineteen.
_TEENAGER = re.compile(r"(?:\b(?:was|is|were|are)|,)\s+a\s+teenager\b", re.I)
# "in his forties", "in her late 50s", "in their mid-twenties".
_DECADES = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_DECADE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?P<part>early\s+|mid-?\s*|late\s+)?"
    rf"(?P<d>{'|'.join(_DECADES)}|[2-9]0s)\b",
    re.I,
)
_PARTS = {"": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}
_DIGIT = re.compile(r"\d")


def age_words(text: str, person: Callable[[str, int], str]) -> list[Mention]:
    """The ages of the module's docstring in ``text``; ``person(text, start)`` names the
    person an age at ``start`` is said of ("" when none)."""
    lowered = text.lower()
    found: list[Mention] = []
    # Each pattern only where its words are, checked with "or" (this runs on every passage,
    # and most hold none of them)
    patterns: tuple[re.Pattern[str], ...] = ()
    worded = "age of" in lowered or "who " in lowered or "turn" in lowered or "birthday" in lowered
    if worded and _DIGIT.search(text) is not None:
        patterns = (_AT_AGE, _WHO_WAS, _TURNED, _BIRTHDAY)
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = float(m.group("n"))
            if 0 < value <= 120:
                start = m.start() if pattern is not _WHO_WAS else m.start() + 1
                found.append(_age(text, start, m.end(), (value, value), person))
    for m in _TEENAGER.finditer(text) if "teenager" in lowered else ():
        start = m.start() if text[m.start()] != "," else m.start() + 1
        found.append(_age(text, start, m.end(), (13.0, 19.0), person))
    decades = " in his " in lowered or " in her " in lowered or " in their " in lowered
    for m in _DECADE.finditer(text) if decades else ():
        written = m.group("d").lower()
        decade = _DECADES.get(written) or int(written[0]) * 10
        low, high = _PARTS[(m.group("part") or "").strip().rstrip("-").lower()]
        found.append(_age(text, m.start(), m.end(), (decade + low, decade + high), person))
    return [m for m in found if m.unit]


def _age(
    text: str,
    start: int,
    end: int,
    band: tuple[float, float],
    person: Callable[[str, int], str],
) -> Mention:
    said_of = person(text, start)
    low, high = band
    quoted = text[start:end].strip()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    return Mention("number", ((low + high) / 2,), quoted, start, start + len(quoted),
                   unit="age:" + said_of if said_of else "", low=low, high=high)  # fmt: skip
