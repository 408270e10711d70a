"""Two named doers in one passage, each taking a side: "Senator Maria Lopez voted in
favour; Senator James Reed voted against". The claim's own word said by another name does
not stand for the claim's doer, whose side in the passage is the opposite: "Maria Lopez
voted against the act" is contradicted, not stated, and "James Reed backed the bill" too.

Each word's doer is the nearest run of names before it in its sentence, read past the
clauses between ("Senator Maria Lopez, who had been undecided, voted in favour").
"""

from __future__ import annotations

from collections.abc import Container

from factcheck.evidence.doers import is_name
from factcheck.evidence.sides import Side

# Marks that end a sentence or a clause of its own: a doer is not looked for past them.
_APART = frozenset(".;!?")
# How far back a word's doer is looked for.
_REACH = 12


def _doer_before(side: Side, at: int) -> frozenset[str]:
    """The stems of the nearest run of names before word ``at``, in its sentence."""
    words, found = side.words, []
    for j in range(at - 1, max(-1, at - 1 - _REACH), -1):
        if not _APART.isdisjoint(side.text[words[j].end : words[j + 1].start]):
            break
        if is_name(side, j) and j > 0:
            found.append(words[j].stem)
        elif is_name(side, j):  # the first word of the sentence: a name only beside one
            if found and j + 1 < len(words) and is_name(side, j + 1):
                found.append(words[j].stem)
            break
        elif found:
            break  # the run of names ended
    return frozenset(found)


def own_by_another(
    claim: Side, k: int, passage: Side, hit: int, own: Container[str], window: tuple[int, int]
) -> bool:
    """Whether the passage gives the opposite at ``hit`` to the claim's doer of word ``k``
    and every word of the claim's own side (``own``, stems) in ``window`` to another named
    doer (``__doc__``)."""
    mine = _doer_before(claim, k)
    if not mine or not _doer_before(passage, hit) & mine:
        return False
    said = [i for i in range(*window) if passage.words[i].stem in own and i != hit]
    return bool(said) and all(
        (theirs := _doer_before(passage, i)) and not theirs & mine for i in said
    )
