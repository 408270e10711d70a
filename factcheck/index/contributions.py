"""BM25 contributions of postings: computed per term, or for a whole batch of claims at once.

A term's contribution to a passage is MemoryIndex's expression,
``weight * tf * (BM25_K1 + 1) / (tf + norm)``, in float32, step by step in that order:
computed here or there, the bits are the same, so sums (and the ties they break) are
MemoryIndex's.

``sharedterms.SharedTerms`` computes them for every term of a batch of claims at once, into
one array the forked workers share. Only the contributions are stored; a term's passage
numbers stay the index's own: views of the memory-mapped postings, one ``Piece`` per
segment (``stored_postings``), even after edits left several segments and dead passages.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from factcheck.index.candidates import BM25_K1
from factcheck.index.layout import Layout
from factcheck.index.segments import Array

# Segments of fewer passages than this (those of edited sources, a few hundred passages)
# have their postings of a term filtered and joined into one small copy: each piece costs
# every query one scatter-add call. Larger segments' postings stay views of their maps.
JOIN_BELOW = 1 << 16


class Piece(NamedTuple):
    """Part of a term's postings: passage numbers counted from ``base`` (internal number =
    base + number) and their float32 contributions."""

    docs: Array
    values: Array
    base: int


class TermPostings(NamedTuple):
    """A term's postings as pieces over distinct passages, and ``size``, its live passages.

    A piece read in place from a segment with dead passages still holds their postings,
    with contributions of exactly 0.0: adding them changes no sum, and a passage scoring 0
    is never a candidate (every live posting's contribution is positive).
    """

    pieces: list[Piece]
    size: int


class Stored(NamedTuple):
    """Part of a term's postings as stored, to compute contributions from: passage numbers
    from ``base``, counts, and ``dead``, (start, end) positions of dead passages' postings."""

    docs: Array
    tfs: Array
    base: int
    dead: list[tuple[int, int]]


def term_postings(hits: list[tuple[Array, Array]]) -> tuple[Array, Array]:
    """(passage numbers, counts) of one term over all segments, ascending by number.

    One segment's arrays are returned as they are (no copy): for the common single
    segment without tombstones, views of the memory-mapped postings.
    """
    if len(hits) == 1:
        return hits[0]
    return np.concatenate([d for d, _ in hits]), np.concatenate([c for _, c in hits])


def stored_postings(layout: Layout, term: str) -> tuple[list[Stored], int]:
    """``term``'s postings per segment as read in place, and its document frequency.

    A large segment's postings are views of its maps, dead passages included (their
    positions in ``Stored.dead``): filtered, they would be copies held as long as the
    batch (after three edits at a million passages, 154 MB of them for 1,000 claims).
    Small segments' postings are filtered and joined into one piece numbered from 0 (one
    segment's alone is kept as it is: in place where none of its passages is dead).
    """
    if len(layout.segments) == 1 and layout.dead[0] is None:  # as built: read in place
        found = layout.segments[0].postings(term)
        return ([], 0) if found is None else ([Stored(*found, 0, [])], len(found[0]))
    stored: list[Stored] = []
    small: list[Stored] = []  # of small segments, filtered: no dead passage in them
    df = 0
    for segment, base, dead, spans in zip(
        layout.segments, layout.bases, layout.dead, layout.dead_spans, strict=True
    ):
        found = segment.postings(term)
        if found is None:
            continue
        docs, tfs = found
        if segment.passages < JOIN_BELOW:
            if dead is not None:
                alive = ~dead[docs]
                docs, tfs = docs[alive], tfs[alive]
            if len(docs):
                small.append(Stored(docs, tfs, base, []))
                df += len(docs)
            continue
        positions = dead_positions(docs, spans)
        live = len(docs) - sum(e - s for s, e in positions)
        if live:
            stored.append(Stored(docs, tfs, base, positions))
            df += live
    if len(small) == 1:  # as it is (in place, if it was all live)
        stored.append(small[0])
    elif small:
        docs, tfs = term_postings([(s.docs + s.base, s.tfs) for s in small])
        stored.append(Stored(docs, tfs, 0, []))
    return stored, df


def document_frequency(layout: Layout, term: str) -> int:
    """How many live passages hold ``term``: its postings counted without reading them
    (after edits, dead runs are found by bisection, a few pages read per run)."""
    df = 0
    for segment, spans in zip(layout.segments, layout.dead_spans, strict=True):
        found = segment.postings(term)
        if found is not None:
            df += len(found[0]) - sum(e - s for s, e in dead_positions(found[0], spans))
    return df


def dead_positions(docs: Array, spans: tuple[Array, Array] | None) -> list[tuple[int, int]]:
    """(start, end) positions in ``docs`` (ascending passage numbers) of the passages in the
    runs ``spans`` (their starts and ends), each run one slice; the empty ones left out."""
    if spans is None:
        return []
    starts = np.searchsorted(docs, spans[0])
    ends = np.searchsorted(docs, spans[1])
    return [(int(s), int(e)) for s, e in zip(starts, ends, strict=True) if e > s]


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


def stored_contributions(stored: Stored, *, weight: float, norm: Array, out: Array) -> Array:
    """``contributions_into`` for one stored piece (``norm`` by internal number), with the
    contributions of its dead passages 0.0."""
    base = stored.base
    local = norm[base : base + int(stored.docs[-1]) + 1] if base else norm
    contributions_into(stored.tfs, stored.docs, weight=weight, norm=local, out=out)
    for start, end in stored.dead:
        out[start:end] = 0.0
    return out
