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

import numpy as np

from factcheck.index.segments import Array

# Comparisons keep a margin, so no passage is lost to rounding at the boundary.
MARGIN = 1e-5


def top_k(terms: list[tuple[Array, Array]], scores: Array, *, limit: int) -> tuple[Array, Array]:
    """The best ``limit`` (or slightly more, when tied) passages and their scores.

    ``terms``: per query term (at least one), in the order MemoryIndex sums them: (passage
    numbers, distinct within a term, as ``intp`` where the caller can: numpy converts any
    other integer type on every use; contributions as float32). ``scores`` is a zeroed float32
    buffer over all passages; it is zeroed again before returning. Returns (passage
    numbers, scores) in no particular order.
    """
    # The buffer is zero, so the first term's contributions are its sums (0 + x is exactly
    # x): assigned, they skip one gather and one addition over the longest lists' kind.
    first_docs, first_contributions = terms[0]
    scores[first_docs] = first_contributions
    for docs, contributions in terms[1:]:
        # np.add.at, not ``scores[docs] += contributions``: the same float32 additions, in
        # the same order (a term's passages are distinct), but numpy (>= 1.25) runs it as
        # one pass where the fancy-index form gathers, adds and scatters: about twice as
        # fast on lists of 10^4-10^5 postings.
        np.add.at(scores, docs, contributions)
    # The shortest posting list with at least ``limit`` passages: a cheap, valid floor.
    long_enough = [t[0] for t in terms if len(t[0]) >= limit]
    if long_enough:
        floor = _kth(scores[min(long_enough, key=len)], limit)
        touched = np.flatnonzero(scores >= floor - abs(floor) * MARGIN)
    else:
        touched = np.flatnonzero(scores)
    values = scores[touched]
    scores.fill(0.0)
    if len(values) > limit:
        kth = _kth(values, limit)
        keep = values >= kth - abs(kth) * MARGIN
        touched, values = touched[keep], values[keep]
    return touched, values


def _kth(values: Array, k: int) -> float:
    """The k-th largest of ``values`` (which holds at least k)."""
    return float(np.partition(values, len(values) - k)[len(values) - k])
