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
# Words between a sentence's first word and its verb: "Britain [has] abstained".
_BETWEEN = frozenset("has have had will would did also then".split())


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
    mine = _doer_before(claim, k) or _first_word_named(claim, k, passage)
    if not mine or not _doer_before(passage, hit) & mine:
        return False
    said = [i for i in range(*window) if passage.words[i].stem in own and i != hit]
    return bool(said) and all(
        (theirs := _doer_before(passage, i) or _other_first(passage, i, mine)) and not theirs & mine
        for i in said
    )


def _other_first(passage: Side, at: int, mine: frozenset[str]) -> frozenset[str]:
    """The first word of word ``at``'s sentence as its doer when it is not the claim's
    doer ("Britain abstained; France voted in favor" for "France abstained")."""
    first = _sentence_first(passage, at)
    return frozenset({first}) if first is not None and first not in mine else frozenset()


def _sentence_first(side: Side, at: int) -> str | None:
    """The stem of the first word of word ``at``'s sentence when it stands right before it
    ("France abstained", "...; Britain has abstained") and may be a name: capitalised as
    every sentence's first word is, so a name only if something else says so."""
    words, j = side.words, at - 1
    while j > 0 and words[j].norm in _BETWEEN:
        j -= 1
    if j < 0 or not is_name(side, j):
        return None
    starts = j == 0 or not _APART.isdisjoint(side.text[words[j - 1].end : words[j].start])
    return words[j].stem if starts else None


def _first_word_named(claim: Side, k: int, passage: Side) -> frozenset[str]:
    """The claim's first word as the doer of word ``k`` (``_sentence_first``) when the
    passage writes it capitalised inside a sentence, where only a name is ("while France
    voted")."""
    first = _sentence_first(claim, k)
    if first is None:
        return frozenset()
    named = any(w.stem == first and is_name(passage, j) for j, w in enumerate(passage.words) if j)
    return frozenset({first}) if named else frozenset()
