"""A name's number: "Ariane 6", "Windows 11", "Apollo 11", "Phase 3", "Kung Fu Panda 4". The
figure after a capitalised word is part of the name, not a count of the word after it
("Ariane 6 launched" counts no launches, "the Ariane 6 rocket" no rockets): it is compared
only with the same name's number ("Phase 3" / "Phase 2" clash, "Ariane 6" / "Ariane 6"
agree)."""

from __future__ import annotations

import re

from factcheck.evidence.bands import QUALIFIERS
from factcheck.evidence.mention import NAME_NUMBER
from factcheck.evidence.numberwords import NUMBER_WORDS
from factcheck.workspace import STOP_WORDS, stem

# A capitalised word right before digits ("iPhone 15" too), and the digits not followed by
# a name (a score line: "Tottenham 2 Arsenal 1"), by more of a figure ("6.5", "6,000",
# "6%") or by a unit: "pushes North Pole 50 degrees above normal" measures, names nothing.
_NAME_BEFORE = re.compile(r"\b((?:[A-Z]|[ie][A-Z])[A-Za-z]+)\s\Z")
_AFTER = re.compile(r"\s+[A-Z]|[.,]\d|\s*(?:%|-)")
_UNIT_AFTER = re.compile(
    r"\s*(?:per\s?cent|degrees?|points?|votes?|seats?|runs?|goals?|wickets?|minutes?|hours?"
    r"|days?|weeks?|months?|years?|times|people|miles?|metres?|meters?|feet|foot|km|kg|mph"
    r"|tonnes?|pounds?|dollars?|euros?)\b",
    re.I,
)
# Capitalised words before a figure that are no names: a sentence's first word ("All 40
# passengers", "Nearly 300"), and the words of a qualifier.
_NOT_NAMES = (
    STOP_WORDS
    | NUMBER_WORDS
    | frozenset(w for q in QUALIFIERS for w in q.split())
    | frozenset("nearly roughly exactly almost around approximately only just another top".split())
    | frozenset("first last next past every each some all both".split())
)
_LETTERS = re.compile(r"[A-Za-z]+")


def name_number(text: str, start: int, end: int) -> str:
    """The unit of the digits at ``text[start:end]`` when they are a name's number
    (``NAME_NUMBER`` and the name's stem), else ""; none in a headline in title case
    ("Storm Kills 12")."""
    if not text[start : start + 1].isdigit():
        return ""
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if name is None or name.group(1).lower() in _NOT_NAMES:
        return ""
    if _AFTER.match(text, end) or _UNIT_AFTER.match(text, end):
        return ""
    if name.group(1).isupper():
        return ""  # a formula or an initialism stays a figure: "CO 2", "the UK 3"
    words = _LETTERS.findall(text)
    if sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return ""
    return NAME_NUMBER + stem(name.group(1).lower())
