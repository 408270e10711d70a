"""Whether a passage's change, said the other way from the claim's, is another change than
the claim's, so no clash: one of another stretch of time (``stretches.other_stretch``), one
said earlier than the claim's (``earlier.said_earlier``), or a verb of change done to
another thing ("Brightline will cut 1,200 jobs" for "Brightline shares rose 7%": the cut
is of jobs, the rise of shares).

Only changes (``scope.CHANGE_GROUPS``) are read, by ``wordcues``.
"""

from __future__ import annotations

from collections.abc import Container

from factcheck.evidence.earlier import said_earlier
from factcheck.evidence.scope import passive
from factcheck.evidence.sides import Side
from factcheck.evidence.stretches import other_stretch
from factcheck.workspace import STOP_WORDS, stem

# Verbs of change that take what they change as their object: "cut [1,200 jobs]", "raised
# [prices]". "rose" and "fell" take none: what follows them is no object ("fell 7% [on
# the news]").
DONE_TO = frozenset(
    stem(w)
    for w in """cut cuts cutting raise raised raises raising lower lowered lowers lowering
    reduce reduced reduces reducing boost boosted boosts slash slashed slashes hike hiked
    trim trimmed""".split()
)
# How far after the verb its object is read: "cut [its] [workforce]", "cut 1,200 jobs".
_OBJECT_REACH = 4


def change_apart(claim: Side, passage: Side, i: int, stems: Container[str]) -> bool:
    """Whether the passage's change at word ``i`` is not the claim's change (``__doc__``);
    ``stems``: the claim's words, as the antonym cue reads them."""
    return (
        other_stretch(claim, passage, i)
        or said_earlier(claim, passage, i)
        or _done_to_another(passage, i, stems)
    )


def _done_to_another(passage: Side, i: int, stems: Container[str]) -> bool:
    """Whether the verb at ``i`` changes an object none of whose words is the claim's: the
    content words right after it, up to the first stop word after them ("cut 1,200 [jobs]",
    "reduces the [planet's average albedo]"); not a passive ("was cut")."""
    words = passage.words
    if words[i].stem not in DONE_TO or passive(passage, i):
        return False
    found: list[str] = []
    for j in range(i + 1, min(i + 1 + _OBJECT_REACH, len(words))):
        word = words[j]
        if word.norm in STOP_WORDS or word.norm[:1].isdigit():
            if found:
                break
            continue
        found.append(word.stem)
    return bool(found) and not any(s in stems for s in found)
