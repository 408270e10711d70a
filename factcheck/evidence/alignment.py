"""Alignment: the share of a claim's content words a passage holds (``stance`` decides on it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from factcheck.evidence.amounts import NUMBER_WORDS
from factcheck.evidence.lexicon import FILLER_WORDS, NEGATORS
from factcheck.evidence.sides import Side
from factcheck.workspace import STOP_WORDS

_NUMERIC = re.compile(r"[\d.,]+")


def alignment(claim: Side, passage: Side, weight: Callable[[str], float] | None = None) -> float:
    """Share (0-1) of the claim's content words that the passage contains, by stem.

    Numbers are left out: they are values the number cues compare, and "30,000" sharing
    "000" with "40,000" says nothing about the passage being on the claim's subject. So
    are negators and filler words ("might", "get", "like"): they carry no subject.

    With ``weight`` (a stem's idf in the workspace), each word counts by how rare it is
    among the sources: the share of the claim's weight the passage holds. Every source of
    a story names its places and people ("Belarus", "missile"); what a passage must hold
    to state the claim is what only some passages say ("closed", "border").
    """
    mine = alignment_stems(claim.text)
    if not mine:
        return 0.0
    theirs = {w.stem for w in passage.words}
    if weight is not None:
        stems = sorted(mine)  # a fixed order: the same sum, bit for bit, in every run
        total = sum(weight(s) for s in stems)
        if total > 0:
            return sum(weight(s) for s in stems if s in theirs) / total
    return len(mine & theirs) / len(mine)


@lru_cache(maxsize=1024)
def alignment_stems(claim_text: str) -> frozenset[str]:
    """The claim's words that count for alignment (a claim meets many passages)."""
    return frozenset(
        w.stem
        for w in claim_side(claim_text).words
        if w.norm not in STOP_WORDS
        and w.norm not in NUMBER_WORDS
        and w.norm not in FILLER_WORDS
        and w.norm not in NEGATORS
        and not _NUMERIC.fullmatch(w.norm)
    )


@lru_cache(maxsize=1024)
def claim_side(claim_text: str) -> Side:
    return Side.of(claim_text)  # a claim is assessed against many passages
