"""Exact top-k BM25 without scoring every posting (MaxScore-style pruning).

A claim's common terms ("year", "report") have posting lists of a tenth of the
corpus; adding them to every passage costs more than everything else together.
Terms are added rarest first. Before adding a long posting list, the k-th best
partial score among a sample of touched passages is a lower bound on the k-th
best final score; when even every remaining term at its highest contribution
could not lift an untouched passage to it, the remaining terms are added to
touched passages only.

The chosen passages' scores are then summed again in the caller's term order, so
they are bit-for-bit the sums ``MemoryIndex`` makes (float32 addition is not
associative, and ties are broken by those exact values).
"""

from __future__ import annotations

import numpy as np

from factcheck.segments import Array

# Check the bound only before a posting list at least this long (checking costs a sort).
PRUNE_CHECK_POSTINGS = 20_000
# Postings of the rarest terms whose passages make the sample for the bound.
SAMPLE_POSTINGS = 20_000
# Float32 sums in another order differ by a few ulps; keep a margin on every comparison.
MARGIN = 1e-5


def top_k(
    terms: list[tuple[Array, Array, float]], scores: Array, *, limit: int
) -> tuple[Array, Array]:
    """The best ``limit`` (or slightly more, when tied) passages and their exact scores.

    ``terms``: per query term, in the order MemoryIndex sums them: (passage numbers,
    ascending; contributions, float32; the largest contribution). ``scores`` is a zeroed
    float32 buffer over all passages; it is zeroed again before returning. Returns
    (passage numbers, scores) in no particular order.
    """
    # Rarest first only when some posting list is long enough to be worth pruning; else
    # the given order, whose sums are already exact.
    reorder = any(len(t[0]) >= PRUNE_CHECK_POSTINGS for t in terms)
    order = sorted(range(len(terms)), key=lambda i: len(terms[i][0]))
    if not reorder:
        order = list(range(len(terms)))
    remaining_bound = float(sum(t[2] for t in terms))
    # A sample of touched passages (those of the rarest terms): the k-th best of their
    # partial scores is a lower bound on the k-th best final score.
    sample_parts: list[Array] = []
    sample_size = 0
    sample: Array | None = None
    pruned = False
    for i in order:
        docs, contributions, bound = terms[i]
        if not pruned and len(docs) >= PRUNE_CHECK_POSTINGS and sample_parts:
            if sample is None:
                sample = _distinct(np.concatenate(sample_parts))
            if len(sample) >= limit:
                partial = scores[sample]
                kth = float(np.partition(partial, len(partial) - limit)[len(partial) - limit])
                # No passage untouched so far can reach the k-th best any more.
                pruned = remaining_bound < kth * (1 - MARGIN)
        if pruned:
            alive = scores[docs] > 0
            scores[docs[alive]] += contributions[alive]
        else:
            scores[docs] += contributions
            if sample is None and sample_size + len(docs) <= SAMPLE_POSTINGS:
                sample_parts.append(docs)
                sample_size += len(docs)
        remaining_bound -= bound
    if sample is None and sample_parts:
        sample = _distinct(np.concatenate(sample_parts))
    if sample is not None and len(sample) >= limit:
        # Only passages scoring at least the sample's k-th best can be in the top k:
        # one comparison over the buffer instead of selecting among every touched passage.
        partial = scores[sample]
        floor = float(np.partition(partial, len(partial) - limit)[len(partial) - limit])
        touched = np.flatnonzero(scores >= floor - abs(floor) * MARGIN)
    else:
        touched = np.flatnonzero(scores)
    values = scores[touched]
    scores.fill(0.0)
    if len(values) > limit:
        kth = float(np.partition(values, len(values) - limit)[len(values) - limit])
        keep = values >= kth - abs(kth) * MARGIN
        touched, values = touched[keep], values[keep]
    return touched, exact_scores(terms, touched) if reorder else values


def exact_scores(terms: list[tuple[Array, Array, float]], numbers: Array) -> Array:
    """Each passage's score summed in ``terms`` order, as MemoryIndex sums it."""
    exact = np.zeros(len(numbers), dtype=np.float32)
    for docs, contributions, _ in terms:
        if not len(docs):
            continue
        at = np.minimum(np.searchsorted(docs, numbers), len(docs) - 1)
        hit = docs[at] == numbers
        exact[hit] += contributions[at[hit]]
    return exact


def _distinct(numbers: Array) -> Array:
    """Sorted distinct values (np.unique's hash path is slow on large int arrays)."""
    numbers.sort()
    if len(numbers) < 2:
        return numbers
    keep = np.empty(len(numbers), dtype=bool)
    keep[0] = True
    np.not_equal(numbers[1:], numbers[:-1], out=keep[1:])
    return numbers[keep]
