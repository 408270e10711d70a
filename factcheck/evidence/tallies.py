"""Vote tallies and score lines: two counts joined by a dash next to a word that says so."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention
from factcheck.workspace import stem

_TALLY = re.compile(r"(?<![\w.,-])(?P<a>\d{1,3})\s*[-–—]\s*(?P<b>\d{1,3})(?![\w.,-]*\d)")
_TALLY_WORDS = frozenset(
    stem(w)
    for w in """vote voted votes voting ruling ruled decision verdict margin win won wins
    victory defeat defeated beat lost loss score scored final draw drew tie tied majority
    split passed approved rejected game match series lead led result""".split()
)


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
