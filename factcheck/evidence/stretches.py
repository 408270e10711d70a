"""Whether a passage's change, said the other way from the claim's, is of another stretch
of time, so it is no clash: a later one ("The river fell slowly over the following week"
for "The river rose after the heavy rain"), or one up to a time ("Petrol prices had fallen
for three months before June" for "Petrol prices rose in June"). A quantity that rose and
then fell did both. The past perfect alone is not enough: "Exports had fallen in 2023"
reports 2023 as plainly as "fell" does.

Only changes (``scope.CHANGE_GROUPS``: rose / fell, grew / shrank) are read: a decision
said the other way at another time ("had rejected the offer") is still read as a clash
by the antonym cue. Only the opposite's own clause is read.
"""

from __future__ import annotations

import re

from factcheck.evidence.sides import Side, clause_ends_before

# A time after the claim's event, told from it: "the following week", "the next day".
_LATER = re.compile(
    r"\b(?:the (?:following|next) (?:day|week|month|year|morning|night|weekend)|later"
    r"|afterwards|since then)\b",
    re.I,
)
# A change up to a time: "had fallen for three months [before June]".
_UNTIL = frozenset("before until till".split())
# How far after the opposite its clause is read.
_REACH = 8


def other_stretch(claim: Side, passage: Side, i: int) -> bool:
    """Whether passage word ``i`` (the opposite of one of the claim's changes) is said of
    another stretch of time than the claim's (``__doc__``)."""
    words = passage.words
    last = i
    while last + 1 < min(len(words), i + 1 + _REACH) and not clause_ends_before(passage, last + 1):
        last += 1
    if any(words[j].norm in _UNTIL for j in range(i + 1, last + 1)):
        return True  # "fell until March", "before June"
    found = _LATER.search(passage.text, words[i].end, words[last].end)
    return found is not None and found.group().lower() not in claim.text.lower()
