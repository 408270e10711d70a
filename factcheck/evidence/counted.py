"""What an amount counts: the content word after it ("312 [people]"), and the one after
that ("two people [died]"), by stem and family ("deaths" -> "die")."""

from __future__ import annotations

import re

from factcheck.evidence.lexicon import family
from factcheck.workspace import STOP_WORDS, stem

_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")
_NOT_A_UNIT = frozenset(
    {"more", "than", "least", "about", "per", "cent", "percent", "new", "additional", "extra"}
)


def counted(text: str, end: int) -> tuple[str, str]:
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
