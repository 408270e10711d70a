"""Alignment: the share of a claim's content words a passage holds (``stance`` decides on it)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from factcheck.evidence.lexicon import FILLER_WORDS, NEGATORS
from factcheck.evidence.numberwords import NUMBER_WORDS
from factcheck.evidence.sides import Side
from factcheck.workspace import STOP_WORDS, word_terms

_NUMERIC = re.compile(r"[\d.,]+")


def alignment(
    claim: Side,
    passage: Side,
    weights: Mapping[str, float] | None = None,
    leave_out: frozenset[str] = frozenset(),
) -> float:
    """Share (0-1) of the claim's content words that the passage contains, by stem.

    Numbers are left out: they are values the number cues compare, and "30,000" sharing
    "000" with "40,000" says nothing about the passage being on the claim's subject. So
    are negators and filler words ("might", "get", "like"): they carry no subject.

    With ``weights`` (``claim_weights``), each word counts by how rare it is among the
    sources: the share of the claim's weight the passage holds. Every source of a story
    names its places and people ("Belarus", "missile"); what a passage must hold to state
    the claim is what only some passages say ("closed", "border").
    ``leave_out``: stems not counted at all (the words of a figure the passage agrees on).
    """
    mine = alignment_stems(claim.text) - leave_out if leave_out else alignment_stems(claim.text)
    if not mine:
        return 0.0
    theirs = passage.stem_set
    if weights is not None:
        stems = sorted(mine)  # a fixed order: the same sum, bit for bit, in every run
        total = sum(weights[s] for s in stems)
        if total > 0:
            return sum(weights[s] for s in stems if s in theirs) / total
    return len(mine & theirs) / len(mine)


def claim_weights(
    *, claim_text: str, idf: Callable[[str], float], passages: int
) -> dict[str, float]:
    """The weight of each word ``alignment`` counts in the claim: its idf among the
    workspace's ``passages`` (``idf`` is the index's, of an index term).

    A word is weighed by its own index terms, the rarest of them: "short-range" is indexed
    as "short" and "range", and the passages holding the word are among those holding each
    part; "killed" is indexed as "kill", though the stance reads it as a form of "die". A
    word no passage holds weighs as one a single passage holds: it tells no passage apart
    from another, and in a workspace of a few passages it would outweigh all the others.
    """
    rarest = math.log(1.0 + (passages - 0.5) / 1.5)  # Okapi idf of a term one passage holds
    content = alignment_stems(claim_text)
    weights = dict.fromkeys(content, 0.0)
    for word in claim_side(claim_text).words:
        if word.stem in content:
            found = [idf(term) for term in word_terms(word.norm)]
            weight = min(max(found), rarest) if found else rarest
            weights[word.stem] = max(weights[word.stem], weight)
    return weights


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


# A claim is assessed against many passages, one claim after another: a few kept are
# enough. Each holds what every detector read of it (about 17 KB); 1,024 of them were 7 MB
# of each matching worker's memory at a million passages, for claims never met again.
CLAIM_SIDES_KEPT = 16


@lru_cache(maxsize=CLAIM_SIDES_KEPT)
def claim_side(claim_text: str) -> Side:
    """The claim's words, numbers and names, split once for all the passages it meets."""
    return Side.of(claim_text)
