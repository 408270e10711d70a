"""BM25 contributions of postings: computed per term, or for a whole batch of claims at once.

A term's contribution to a passage is MemoryIndex's expression,
``weight * tf * (BM25_K1 + 1) / (tf + norm)``, in float32, step by step in that order:
computed here or there, the bits are the same, so sums (and the ties they break) are
MemoryIndex's.

``sharedterms.SharedTerms`` computes them for every term of a batch of claims at once, into
one array the forked workers share. Only the contributions are stored; a term's passage
numbers stay the index's own (a view of the memory-mapped postings where there is one
segment and no tombstone).
"""

from __future__ import annotations

import numpy as np

from factcheck.index.candidates import BM25_K1
from factcheck.index.segments import Array

Postings = tuple[Array, Array]  # (passage numbers, float32 contributions)


def term_postings(hits: list[tuple[Array, Array]]) -> tuple[Array, Array]:
    """(passage numbers, counts) of one term over all segments, ascending by number.

    One segment's arrays are returned as they are (no copy): for the common single
    segment without tombstones, views of the memory-mapped postings.
    """
    if len(hits) == 1:
        return hits[0]
    return np.concatenate([d for d, _ in hits]), np.concatenate([c for _, c in hits])


def contributions_into(
    tfs: Array, docs: Array, *, weight: float, norm: Array, out: Array | None = None
) -> Array:
    """Float32 BM25 contributions of postings (counts ``tfs`` in passages ``docs``).

    MemoryIndex's expression computed step by step in place (into ``out`` when given):
    the same float32 operations in the same order, fewer passes.
    """
    tf = tfs.astype(np.float32)
    contributions = np.multiply(np.float32(weight), tf, out=out)
    contributions *= np.float32(BM25_K1 + 1)
    tf += np.take(norm, docs)  # the same gather as ``norm[docs]``, a third faster
    contributions /= tf
    return contributions
