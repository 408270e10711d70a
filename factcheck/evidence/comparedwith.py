"""A comparative on one side and a change on the other, or two changes "against" something:
whether they are about the same thing (``wordcues.antonym_cues``)."""

from __future__ import annotations

from factcheck.evidence.sides import Side
from factcheck.workspace import STOP_WORDS

# Comparatives, and the words after one that name what it is compared with.
_COMPARATIVES = frozenset({"stronger", "weaker"})
_COMPARED_WITH = frozenset({"against", "than"})


def compared_apart(claim: Side, k: int, passage: Side, hit: int) -> bool:
    """Whether a comparative on one side and a change on the other are not about the
    same thing: "stronger than forecast" says nothing of a change ("The storm weakened"),
    and "The dollar grew stronger against the euro" is what "The euro weakened against the
    dollar" says (the thing one is compared with is the other's subject), as "The dollar
    weakened against the euro" says "The euro strengthened against the dollar"."""
    for side, i, other, j in ((claim, k, passage, hit), (passage, hit, claim, k)):
        after = side.words[i + 1].norm if i + 1 < len(side.words) else ""
        comparative = side.words[i].norm in _COMPARATIVES
        if (not comparative and after != "against") or other.words[j].norm in _COMPARATIVES:
            continue
        if after == "than":
            return True
        if after in _COMPARED_WITH:
            compared = next(
                (w.stem for w in side.words[i + 2 : i + 5] if w.norm not in STOP_WORDS), None
            )
            before = {w.stem for w in other.words[max(0, j - 3) : j] if w.norm not in STOP_WORDS}
            if compared is not None and compared in before:
                return True
    return False
