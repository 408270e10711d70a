"""BM25 contributions of postings: computed per term, or for a whole batch of claims at once.

A term's contribution to a passage is MemoryIndex's expression,
``weight * tf * (BM25_K1 + 1) / (tf + norm)``, in float32, step by step in that order:
computed here or there, the bits are the same, so sums (and the ties they break) are
MemoryIndex's.

``shared_contributions`` computes, before matching forks its workers, the contributions of
every term that several claims of the batch use, into one float32 array: the workers then
read them (copy-on-write pages that are never written, so counted once) instead of each
computing the long lists of common terms again for claim after claim, which was half of
BM25's time at a million passages. Only the contributions are stored; a term's passage
numbers stay the index's own (a view of the memory-mapped postings where there is one
segment and no tombstone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from factcheck.index.candidates import BM25_K1
from factcheck.index.segments import Array

# Hits of a term: per segment, (internal passage numbers, counts); and its document frequency.
Hits = tuple[list[tuple[Array, Array]], int]
Postings = tuple[Array, Array]  # (passage numbers, float32 contributions)
# Postings computed between two calls of ``shared_contributions``'s ``read``: 24 MB mapped.
RELEASE_EVERY = 4_000_000


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


def shared_contributions(
    terms: Sequence[str],
    *,
    hits: Callable[[str], Hits],
    weight: Callable[[int], float],
    norm: Array,
    budget: int,
    read: Callable[[], None] | None = None,
) -> dict[str, Postings | None]:
    """(passage numbers, contributions) of each of ``terms`` (None: no live passage has it).

    Terms are taken in the order given (most used first) while their postings fit in
    ``budget``; the others are left out. Computed in this thread: two threads took more
    CPU and more wall time (page faults on the shared mappings, the GIL between the
    short lists), 0.2-0.3 s of CPU for 25M postings in one. ``read`` is called after
    every ``RELEASE_EVERY`` postings computed and at the end: the caller may unmap the
    postings read so far (a term's postings are read once), so the process never holds
    all of them mapped beside the contributions.
    """
    chosen: list[tuple[str, Array, Array, float]] = []
    found: dict[str, Postings | None] = {}
    total = 0
    for term in terms:
        term_hits, df = hits(term)
        if not df:
            found[term] = None
            continue
        if total + df > budget:
            continue
        docs, tfs = term_postings(term_hits)
        chosen.append((term, docs, tfs, weight(df)))
        total += df
    # In the order the postings lie in memory (in their file, for mapped ones): read in one
    # sweep, the pages ``read`` lets go of are not needed again. The page cache may map a
    # large block of a file at each fault, so in any other order each term brought in
    # megabytes around it (190 MB mapped at a million passages, for 24 MB read).
    chosen.sort(key=lambda c: int(c[1].__array_interface__["data"][0]))
    # One array for all: one allocation, and the workers' pages of it are never written.
    arena = np.empty(total, dtype=np.float32)
    start = released = 0
    for term, docs, tfs, w in chosen:
        out = arena[start : start + len(docs)]
        contributions_into(tfs, docs, weight=w, norm=norm, out=out)
        found[term] = (docs, out)
        start += len(docs)
        if read is not None and start - released >= RELEASE_EVERY:
            read()
            released = start
    if read is not None:
        read()
    return found
