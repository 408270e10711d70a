"""Whether a passage's change, said the other way from the claim's, is of another stretch
of time, so it is no clash: a later one ("The river fell slowly over the following week"
for "The river rose after the heavy rain"), an earlier one ("fell during last summer's
drought"), one up to now ("have risen 40% since January" for "fell 8% on Tuesday"), or
one up to a time ("Petrol prices had fallen for three months before June" for "Petrol
prices rose in June"), a part of a longer time ("rose in the first week of the outbreak"
for "fell last week"), or one that starts where the claim's ended ("fell from its record
high" for "rose to a record high"). A quantity that rose and
then fell did both. The past perfect alone is not enough: "Exports had fallen in 2023"
reports 2023 as plainly as "fell" does.

Only changes (``scope.CHANGE_GROUPS``: rose / fell, grew / shrank) are read: a decision
said the other way at another time ("had rejected the offer") is still read as a clash
by the antonym cue. Only the opposite's own clause is read.
"""

from __future__ import annotations

import re

from factcheck.evidence.earlier import earlier_in, gives_time
from factcheck.evidence.sides import Side, clause_ends_before
from factcheck.workspace import STOP_WORDS, stem

# A time after the claim's event, told from it: "the following week", "the next day".
_LATER = re.compile(
    r"\b(?:the (?:following|next) (?:day|week|month|year|morning|night|weekend)|later"
    r"|afterwards|since then)\b",
    re.I,
)
# A change over a stretch up to now: "have risen 40% [since January]" holds a fall on one
# day of it ("fell 8% on Tuesday").
_SINCE = re.compile(r"\bsince\b", re.I)
# A change up to a time: "had fallen for three months [before June]".
_UNTIL = frozenset("before until till".split())
# A part of a longer time, named in the change's clause: "rose [in the first week of the
# outbreak]" is not "fell last week", and a week of a month may go the other way from it.
_PART_OF = re.compile(
    r"\bin the (?:first|second|third|fourth|final|last|opening|closing) (?:days?|weeks?"
    r"|months?|year|quarter|half) of\b",
    re.I,
)
# How far after the opposite its clause is read, and for an earlier time ("during last
# summer's drought") a little further.
_REACH, _EARLIER_REACH = 8, 12


# A change's starting figure right before a time: "from 28% [a year earlier]".
_FROM_FIGURE = re.compile(r"\bfrom\s+[$£€]?\d[\d,.]*\s*(?:%|percent|per cent)?\s*\Z", re.I)


def other_stretch(claim: Side, passage: Side, i: int) -> bool:
    """Whether passage word ``i`` (the opposite of one of the claim's changes) is said of
    another stretch of time than the claim's (``__doc__``)."""
    words = passage.words
    last = _clause_end(passage, i, _REACH)
    if any(words[j].norm in _UNTIL for j in range(i + 1, last + 1)):
        return True  # "fell until March", "before June"
    if _from_where_it_reached(claim, passage, i):
        return True  # "fell from its record high" for "rose to a record high"
    text, start, end = passage.text, words[i].end, words[last].end
    part = _PART_OF.search(text, start, end)
    if part is not None and part.group().lower() not in claim.text.lower():
        return True  # "rose in the first week of the outbreak" for "fell last week"
    after = _AFTER.search(text, start, end)
    if after is not None and _after_apart(claim, after.group(1), passage, start, end):
        return True  # "weakened after landfall on Thursday" for "strengthened overnight"
    found = _LATER.search(text, start, end)
    if found is None and _since_apart(claim, passage, start, end):
        return True  # "have risen 40% since January" for "fell 8% on Tuesday"
    if found is None:  # "fell to its lowest level in decades during last summer's drought"
        found = earlier_in(text, start, words[_clause_end(passage, i, _EARLIER_REACH)].end)
        if found and text[max(0, found.start() - 6) : found.start()].strip().lower() == "since":
            found = None  # "has risen since last week": up to now, as "lower than a week ago"
        elif found and _FROM_FIGURE.search(text, start, found.start()):
            found = None  # "fell to 24% from 28% a year earlier": when it started, up to now
    return found is not None and found.group().lower() not in claim.text.lower()


# A change after an event: "weakened [after landfall]", "fell after the results".
_AFTER = re.compile(r"\bafter\s+(?:the\s+|its\s+|their\s+|a\s+)?([a-z]+)", re.I)


def _after_apart(claim: Side, event: str, passage: Side, start: int, end: int) -> bool:
    """Whether a change "after" an ``event``, dated in its clause (between offsets
    ``start`` and ``end``) to a day the claim does not give, is of another stretch than
    the claim's, which says nothing "after" and never names the event ("weakened after
    landfall on Thursday" / "strengthened overnight"; but "lost 4% on Monday after the
    results" / "gained 4% on Monday", and "fell after the results" / "rose", clash)."""
    stems = claim.stem_set
    if "after" in stems or stem(event.lower()) in stems:
        return False
    mine = claim.text.lower()
    return any(start <= m.start < end and m.text.lower() not in mine for m in passage.calendar)


def _from_where_it_reached(claim: Side, passage: Side, i: int) -> bool:
    """Whether the passage's change at word ``i`` starts "from" what the claim's change
    went "to": "Gold fell from its record high" is after "Gold rose to a record high"."""
    words = passage.words
    if i + 1 >= len(words) or words[i + 1].norm != "from":
        return False
    start = {w.stem for w in words[i + 2 : i + 5] if w.norm not in STOP_WORDS}
    mine = claim.words
    reached = {
        w.stem
        for k, to in enumerate(mine)
        if to.norm == "to"
        for w in mine[k + 1 : k + 4]
        if w.norm not in STOP_WORDS
    }
    return not start.isdisjoint(reached)


def since_apart(claim: Side, passage: Side, at: int) -> bool:
    """Whether a passage's figure at offset ``at`` counts a change over a stretch up to
    now that holds the claim's ("have risen 40% [since January]" for "fell 8% on
    Tuesday"): ``_since_apart`` in its clause, after it."""
    words = passage.words
    i = next((j for j, w in enumerate(words) if w.start >= at), len(words))
    return i < len(words) and _since_apart(
        claim, passage, at, words[_clause_end(passage, i, _REACH)].end
    )


def _since_apart(claim: Side, passage: Side, start: int, end: int) -> bool:
    """Whether "since" between offsets ``start`` and ``end`` of the passage opens a stretch
    up to now that the claim's own time lies in: the claim gives a time ("on Tuesday"),
    says no "since", and the passage gives none of the claim's dates ("rose in October for
    the first time since June" is October's rise). A claim without a time is said of the
    passage's stretch ("The population grew" / "has shrunk by a tenth since 2000")."""
    if (
        not gives_time(claim)
        or _SINCE.search(claim.text)
        or not _SINCE.search(passage.text, start, end)
    ):
        return False
    theirs = passage.text.lower()
    return not any(m.text.lower() in theirs for m in claim.calendar)


def _clause_end(passage: Side, i: int, reach: int) -> int:
    """The last word of word ``i``'s clause, at most ``reach`` words after it."""
    words, last = passage.words, i
    while last + 1 < min(len(words), i + 1 + reach) and not clause_ends_before(passage, last + 1):
        last += 1
    return last
