"""Nouns that stand for what they name: a decision on "plans for new cycle lanes" or "a
proposal to build new cycle lanes" is a decision on the cycle lanes (``scope.object_stems``,
``wordcues``' object of a verb)."""

from __future__ import annotations

from factcheck.evidence.sides import Side, clause_ends_before

# Nouns that, with "for" or "to" after them, stand for what they name: a decision on
# "plans for new cycle lanes" or "a proposal to build new cycle lanes" is one on the lanes.
_STANDS_FOR = frozenset(
    "plan plans proposal proposals bid bids application applications request requests "
    "scheme schemes attempt attempts push calls".split()
)


def stands_for(side: Side, index: int) -> bool:
    """Whether word ``index`` is a noun that stands for what follows it: "plans [for]",
    "a proposal [to]", "calls [for]"."""
    words = side.words
    return (
        words[index].norm in _STANDS_FOR
        and index + 1 < len(words)
        and words[index + 1].norm in ("for", "to")
        and not clause_ends_before(side, index + 1)
    )
