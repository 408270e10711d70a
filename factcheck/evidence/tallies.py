"""Vote tallies and score lines: two counts joined by a dash next to a word that says so."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention
from factcheck.evidence.units import measure_after
from factcheck.workspace import STOP_WORDS, stem

_TALLY = re.compile(r"(?<![\w.,-])(?P<a>\d{1,3})\s*[-–—]\s*(?P<b>\d{1,3})(?![\w.,-]*\d|\s*%)")
_TALLY_WORDS = frozenset(
    stem(w)
    for w in """vote voted votes voting ruling ruled decision verdict margin win won wins
    victory defeat defeated beat beaten lost loss score scored final draw drew tie tied majority
    carried backed cleared adopted upheld overturned
    split passed approved rejected failed game match series lead led result""".split()
)


# "passed 52 to 48", "by 51 votes to 49": the same pair written out. Taken only when the
# word after it is not a noun of its own ("from 5 to 10 years" is a range).
_WRITTEN = re.compile(
    r"(?<![\w.,-])(?P<a>\d{1,3})\s+(?:votes?\s+)?to\s+(?P<b>\d{1,3})(?![\w.,%-]*\d|\s*%)"
)


# "12 votes in favour and 3 against", "12 in favor, 3 against".
_FOR_AGAINST = re.compile(
    r"(?<![\w.,-])(?P<a>\d{1,3})\s+(?:votes?\s+)?in\s+favou?r(?:\s+and|,)?\s+(?P<b>\d{1,3})"
    r"\s+(?:votes?\s+)?against\b",
    re.I,
)


# What a match of any of the three patterns above holds from its first number on: they
# start with a look-behind, so the regex engine tries them at every character, where this
# starts with a digit it scans for. Most passages hold no tally.
_HINT = re.compile(r"\d(?:\s*[-–—]\s*\d|\s+(?:votes?\s+)?(?:to\s+\d|in\s+favou?r))", re.I)


def tallies(text: str) -> list[Mention]:
    """Vote counts and score lines next to a word that says so: "a 6-3 vote", "won 3-1",
    "passed 52 to 48"."""
    found: list[Mention] = []
    if _HINT.search(text) is None:
        return found
    for m in _FOR_AGAINST.finditer(text):  # says it is a vote by itself
        pair = tuple(sorted((int(m.group("a")), int(m.group("b"))), reverse=True))
        found.append(Mention("tally", pair, m.group(), m.start(), m.end()))
    for pattern in (_TALLY, _WRITTEN):
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()].split()[-3:]
            after = text[m.end() : m.end() + 30].split()[:2]
            inside = m.group().split()[1:-1]  # "7 votes to 2" says it is a vote itself
            near = {stem(w.strip(".,;:()").lower()) for w in before + inside + after}
            if not near & _TALLY_WORDS:
                continue  # "5-10 years" is a range, not a tally
            if pattern is _WRITTEN and after and _names_a_thing(after[0]):
                continue
            if pattern is _TALLY and measure_after(text, m.end()) is not None:
                continue  # "failed after 3-4 hours": a range of a measure
            pair = tuple(sorted((int(m.group("a")), int(m.group("b"))), reverse=True))
            found.append(Mention("tally", pair, m.group(), m.start(), m.end()))
    return found


def _names_a_thing(word: str) -> bool:
    """Whether the word after "52 to 48" counts something of its own ("10 years")."""
    bare = word.strip(".,;:()").lower()
    return (
        bool(bare)
        and bare.isalpha()
        and bare not in STOP_WORDS
        and stem(bare) not in (_TALLY_WORDS)
    )
