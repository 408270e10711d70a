"""Picking the best-scoring passages without sorting every passage a claim touched.

A claim's common terms touch a large share of the corpus (a quarter of a million
passages at 1M), and selecting the top 50 among all of them cost more than the
scoring. The passages of one posting list are distinct, so the k-th best score
among them is a lower bound on the k-th best overall: one comparison over the
score buffer keeps only passages at or above it, and only those are ranked.

Scores are summed in the caller's term order, the order ``MemoryIndex`` sums in,
so they are bit-for-bit its scores (float32 addition is not associative, and ties
are broken by those exact values). Exact MaxScore-style pruning of long posting
lists was tried and dropped: on this corpus it saved less than its checks cost.
"""

from __future__ import annotations

import operator

import numpy as np

from factcheck.index.contributions import TermPostings
from factcheck.index.segments import Array

# Comparisons keep a margin, so no passage is lost to rounding at the boundary.
MARGIN = 1e-5
_SIZE = operator.attrgetter("size")  # a term's live passages (C-level, as ``len`` was)
# Positions within one 8-byte word of the comparison mask (see ``TopK._above``).
_EIGHT = np.arange(8, dtype=np.intp)


class TopK:
    """A score buffer over ``passages`` passages, with the scratch space a query needs.

    One per index (and per process): ``best`` leaves every buffer as it found it.
    """

    def __init__(self, passages: int) -> None:
        self._scores = np.zeros(passages, dtype=np.float32)
        # Padded to whole 8-byte words, read as uint64 by the scan; only the comparison
        # writes it, and never the padding, which so stays False.
        self._mask = np.zeros(-(-passages // 8) * 8, dtype=np.bool_)
        # Passage numbers as ``intp``, numpy's index type: given int32 numbers (the mapped
        # postings), ``np.add.at`` converts them into a fresh array on every call, which a
        # copy into this buffer does faster (10% of the scatter-add at a million passages).
        # It grows to the longest posting list a query brings.
        self._index = np.empty(0, dtype=np.intp)

    def best(self, terms: list[TermPostings], *, limit: int) -> tuple[Array, Array]:
        """The best ``limit`` (or slightly more, when tied) passages and their scores.

        ``terms``: per query term (at least one), in the order MemoryIndex sums them: its
        pieces (passage numbers from the piece's base, distinct within a term, with their
        contributions as float32) and its live passages. Returns (passage numbers, scores)
        in no particular order.
        """
        scores = self._scores
        # The buffer is zero, so the first term's contributions are its sums (0 + x is
        # exactly x): assigned, they skip one gather and one addition.
        for docs, values, base in terms[0].pieces:
            # A piece numbered from ``base`` adds into the buffer's view from there: its
            # numbers are the segment's own, read in place, never shifted into a copy.
            (scores[base:] if base else scores)[self._as_index(docs)] = values
        for term in terms[1:]:
            for docs, values, base in term.pieces:
                # np.add.at, not ``scores[docs] += values``: the same float32 additions,
                # in the same order (a term's passages are distinct), but numpy (>= 1.25)
                # runs it as one pass where the fancy-index form gathers, adds and
                # scatters: about twice as fast on lists of 10^4-10^5 postings.
                np.add.at(scores[base:] if base else scores, self._as_index(docs), values)
        # The shortest posting list with at least ``limit`` passages: a cheap, valid floor.
        # (Sizes count live passages; a dead one in a piece scores 0, below any live one.)
        long_enough = [t for t in terms if t.size >= limit]
        if long_enough:
            floor = _kth(self._gathered(min(long_enough, key=_SIZE)), limit)
            touched = self._above(floor - abs(floor) * MARGIN)
        else:
            touched = np.flatnonzero(scores)
        values = scores[touched]
        scores.fill(0.0)
        if len(values) > limit:
            kth = _kth(values, limit)
            keep = values >= kth - abs(kth) * MARGIN
            touched, values = touched[keep], values[keep]
        return touched, values

    def _gathered(self, term: TermPostings) -> Array:
        """The scores of ``term``'s passages."""
        scores = self._scores
        found = [(scores[base:] if base else scores)[docs] for docs, _, base in term.pieces]
        return found[0] if len(found) == 1 else np.concatenate(found)

    def _as_index(self, docs: Array) -> Array:
        """``docs`` as ``intp`` (a view of the reused buffer when converted)."""
        if docs.dtype == np.intp:
            return docs
        if len(self._index) < len(docs):
            self._index = np.empty(len(docs), dtype=np.intp)
        index = self._index[: len(docs)]
        np.copyto(index, docs)
        return index

    def _above(self, threshold: float) -> Array:
        """The passages scoring at least ``threshold``, ascending: ``np.flatnonzero(scores >=
        threshold)``, the same comparison (in float32, as numpy compares a float32 array
        with a Python float).

        ``flatnonzero`` over the whole mask (1.27M passages) cost twice the comparison;
        read as 8-byte words, the mask has one eighth as many items to look at, and only
        the few words holding a passage above the threshold are looked into.
        """
        mask = self._mask
        np.greater_equal(self._scores, threshold, out=mask[: len(self._scores)])
        # (``!= 0`` first: numpy's nonzero is fast on booleans, slow on uint64 items.)
        words = np.flatnonzero(mask.view(np.uint64) != 0)
        positions = (words[:, np.newaxis] * 8 + _EIGHT).ravel()
        above: Array = positions[mask[positions]]
        return above


def _kth(values: Array, k: int) -> float:
    """The k-th largest of ``values`` (which holds at least k)."""
    return float(np.partition(values, len(values) - k)[len(values) - k])
