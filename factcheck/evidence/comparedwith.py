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
    weakened against the euro" says "The euro strengthened against the dollar". Two
    changes against two things neither side names otherwise are two rates."""
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
    return against_apart(claim, k, passage, hit)


def against_apart(claim: Side, k: int, passage: Side, hit: int) -> bool:
    """Whether claim word ``k`` and passage word ``hit`` are each "against" another thing
    the other side never names ("weakened against the dollar" / "strengthened against the
    euro"): two rates, not one said the other way; the passage neither contradicts nor
    states the claim (``subjects.said_of_other``)."""
    mine, theirs = _against(claim, k), _against(passage, hit)
    return (
        mine is not None
        and theirs is not None
        and mine not in passage.content_stems()
        and theirs not in claim.content_stems()
    )


def _against(side: Side, i: int) -> str | None:
    """The first content word after "against" right after word ``i`` (what a change of a
    rate is measured against), or None."""
    if i + 1 >= len(side.words) or side.words[i + 1].norm != "against":
        return None
    return next((w.stem for w in side.words[i + 2 : i + 5] if w.norm not in STOP_WORDS), None)
