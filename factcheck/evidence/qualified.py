"""What narrows a subject to another than the claim's, for ``subjects.other_subject``:
"Waiting lists [for hip operations] shrank" is a part of "Hospital waiting lists", a
relative clause names its own doer ("[Students who] oppose the rise"), and a period
between an owner and what it owns is read past ("The firm's [Q3] revenue")."""

from __future__ import annotations

import re

from factcheck.evidence.sides import Side
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, stem

# How far back from the opposite its subject is read (as ``subjects``).
_REACH = 6


def narrowed(
    claim: Side, k: int, passage: Side, theirs: list[int], content: frozenset[str]
) -> bool:
    """Whether the passage's subject is the claim's noun narrowed by "for" or "among" and
    a word the claim lacks ("Waiting lists [for hip operations]"), where the claim's
    subject has no such phrase."""
    words = passage.words
    first = theirs[0]
    for j in range(first + 1, theirs[-1]):
        if words[j].norm in _NARROWING and words[j - 1].stem in content:
            rest = [f for f in theirs if f > j]
            mine = {claim.words[f].norm for f in range(max(0, k - _REACH), k)}
            return (
                bool(rest)
                and mine.isdisjoint(_NARROWING)
                and all(words[f].stem not in content for f in rest)
            )
    return False


_NARROWING = frozenset({"for", "among"})


# A relative clause names its own doer: "Students [who] oppose the rise staged a sit-in"
# says nothing of what the claim's senate did.
RELATIVE = frozenset({"who", "that"})


def another_doer(norm: str, content: frozenset[str]) -> bool:
    """Whether a word before "who" names a doer the claim does not: a content word, no
    pronoun ("those who"), no word of the claim's."""
    return norm.isalpha() and norm not in STOP_WORDS and stem(norm) not in content


# A period between an owner and what it owns: "The firm's [Q3] profit", "its [2024] revenue".
_PERIOD = re.compile(r"(?:q[1-4]|h[12]|fy\d*|\d{4}|annual|quarterly|full-year|half-year)\Z")


def past_periods(words: list[Word], j: int) -> int:
    """The first word from ``j`` on that is no period ("Q3", "2024", "annual")."""
    while j < len(words) and _PERIOD.match(words[j].norm):
        j += 1
    return j
