"""A figure to come against one of a past time the passage names: "Rail fares will rise by
4.6% in March" is not against "Rail fares rose by 5.9% last March": last year's rise is
another rise than the coming one, though both are in March. No clash, and no agreement."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side

# "last March", "last year", "a year ago", "a year earlier" in the passage's sentence.
_LAST = re.compile(
    r"\b(?:last|previous)\s+(?:year|season|month|week|winter|summer|spring|autumn|january"
    r"|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:a|one|two|three)\s+years?\s+(?:ago|earlier)\b",
    re.I,
)
_FUTURE = frozenset("will shall".split())
_SENTENCE = re.compile(r"[.;!?](?:\s|\Z)")


def will_against_last(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the claim's figure is to come ("will" before it in the claim) and the
    passage's is said with a past time in its sentence ("last March"), with no "will"."""
    if not any(w.norm in _FUTURE and w.end <= mine.start for w in claim.words):
        return False
    text = passage.text
    starts = [m.end() for m in _SENTENCE.finditer(text, 0, theirs.start)]
    start = starts[-1] if starts else 0
    found = _SENTENCE.search(text, theirs.end)
    end = found.start() if found else len(text)
    if _LAST.search(text, start, end) is None:
        return False
    return not any(w.norm in _FUTURE and start <= w.start < end for w in passage.words)
