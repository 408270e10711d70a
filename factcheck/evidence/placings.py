"""Places at two moments of a race: "Hamilton finished third in Monaco" is not against
"Hamilton started from seventh on the grid": "started" and "finished" are opposites, but
each is said with its own place, two facts of one race, both true. The antonym cue then
has two moments, not one said both ways (as ``occasions.dated_apart`` has two dates)."""

from __future__ import annotations

import re

from factcheck.evidence.sides import Side, clause_ends_before
from factcheck.workspace import stem

_PLACE = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th)|pole|p\d{1,2})\Z"
)
# The verbs of a race's two moments: only they are placed ("rose in the second quarter" is
# dated, and "won the first Test" names a game).
_MOMENTS = frozenset(stem(w) for w in "start started starts begin began finish finished".split())
# Words between the verb and its place: "started [from] seventh", "finished [in] 3rd".
_BETWEEN = frozenset("from in on at".split())
# Words after a place that keep it one: "seventh [on] the grid", "third [in] Monaco"; a
# noun after an ordinal makes it another thing's ("in the second quarter").
_AFTER = frozenset("on in at place and but after behind ahead with".split())


def _placed(side: Side, k: int) -> bool:
    """Whether word ``k`` is a verb of ``_MOMENTS`` followed by a place, past at most two
    of ``_BETWEEN``, and the place by no noun of its own."""
    words = side.words
    if words[k].stem not in _MOMENTS:
        return False
    for j in range(k + 1, min(len(words), k + 4)):
        if _PLACE.match(words[j].norm):
            last = j + 1 >= len(words) or clause_ends_before(side, j + 1)
            return last or words[j + 1].norm in _AFTER
        if words[j].norm not in _BETWEEN:
            return False
    return False


def placed_apart(claim: Side, k: int, passage: Side, i: int) -> bool:
    """Whether claim word ``k`` and passage word ``i`` (opposites: "finished" and
    "started") are each said with a place right after them."""
    return _placed(claim, k) and _placed(passage, i)
