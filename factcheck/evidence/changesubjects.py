"""Opposite nouns that are each the subject of a change: "Exports rose in March" says
nothing of "Imports fell in March". "Exports" and "imports" are opposites ("The country
imports oil" / "exports oil" clash), but as what rose or fell they are two measures, each
with its own change: no clash."""

from __future__ import annotations

from factcheck.evidence.lexicon import ANTONYM_INDEX
from factcheck.evidence.scope import SIZE_GROUPS
from factcheck.evidence.sides import Side

# Words between a measure and its change: "Exports [have] risen", "imports [were] down".
_BETWEEN = frozenset("have has had were was are is also".split())


def _changed(side: Side, k: int) -> bool:
    """Whether word ``k`` is followed by a word of a rise or a fall ("rose", "fell"), past
    at most one of ``_BETWEEN``."""
    words = side.words
    for j in range(k + 1, min(len(words), k + 3)):
        if any(g in SIZE_GROUPS for g, _ in ANTONYM_INDEX.get(words[j].stem, ())):
            return True
        if words[j].norm not in _BETWEEN:
            return False
    return False


def measures_apart(claim: Side, k: int, passage: Side, i: int) -> bool:
    """Whether claim word ``k`` and passage word ``i`` (opposites) each say what rose or
    fell ("Exports rose" / "Imports fell"): two measures, not one said both ways."""
    return _changed(claim, k) and _changed(passage, i)
