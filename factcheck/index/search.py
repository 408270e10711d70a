"""BM25 search over memory-mapped segments: the query side of the persistent index.

``DiskIndex`` implements ``CandidateIndex`` with exactly the arithmetic of
``MemoryIndex`` (float32, the same expression order), so both return the same
scores. Where passages are (``layout.Layout``) and how they are built on demand
(``passageview.PassageView``) live in their own modules.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Sequence

import numpy as np

from factcheck.index.candidates import BM25_K1
from factcheck.index.layout import Layout
from factcheck.index.passageview import PassageView
from factcheck.index.segments import Array
from factcheck.index.topk import top_k
from factcheck.workspace import terms

# Postings whose BM25 contributions are kept between queries (claims share many terms), least
# recently used dropped first: 12 bytes each, so 48 MB at most per process.
CACHED_POSTINGS = 4_000_000


class DiskIndex:
    """A ``CandidateIndex`` over a persistent, memory-mapped index (see ``disk``)."""

    def __init__(self, layout: Layout) -> None:
        self._layout = layout
        # One score buffer, reset after each query: no per-query allocation of corpus size.
        self._scores = np.zeros(len(layout.public), dtype=np.float32)
        self._lock = threading.Lock()
        self._df_cache: dict[str, int] = {}  # the index never changes once open
        self._term_cache: dict[str, tuple[Array, Array] | None] = {}
        self._cached_postings = 0
        self._uses: Counter[str] | None = None  # queries per term, once ``expect`` is told

    @property
    def passages(self) -> PassageView:
        return self._layout.passages

    def passages_of(self, source_id: str) -> range:
        """The numbers of ``source_id``'s passages (no scan over the corpus)."""
        return self._layout.passages.passages_of(source_id)

    def _df(self, term: str) -> int:
        df = self._df_cache.get(term)
        if df is None:
            df = self._df_cache[term] = self._hits(term)[1]
        return df

    def _hits(self, term: str) -> tuple[list[tuple[Array, Array]], int]:
        """The live postings of ``term`` per segment (internal numbers, counts), and its df."""
        layout = self._layout
        hits = []
        df = 0
        for segment, base, dead in zip(layout.segments, layout.bases, layout.dead, strict=True):
            found = segment.postings(term)
            if found is None:
                continue
            docs, tfs = found
            if dead is not None:
                alive = ~dead[docs]
                docs, tfs = docs[alive], tfs[alive]
            if len(docs):
                hits.append((docs + base if base else docs, tfs))
                df += len(docs)
        return hits, df

    def idf(self, term: str) -> float:
        """Okapi BM25 inverse document frequency (never negative), as MemoryIndex has it."""
        return _idf(self._layout.live, self._df(term))

    def _contributions(self, term: str) -> tuple[Array, Array] | None:
        """(internal passage numbers, BM25 contributions) of ``term``.

        Cached: the index never changes once open, and claims share many terms.

        The contribution is computed with MemoryIndex's expression, so sums match it exactly.
        """
        cache = self._term_cache
        if term in cache:
            cached = cache[term] = cache.pop(term)  # now the most recently used
            return cached
        hits, df = self._hits(term)
        result = None
        if df:
            weight = _idf(self._layout.live, df)
            result = _contributions(hits, weight=weight, norm=self._layout.norm)
        if self._keeps(term, df):
            cache[term] = result
            self._cached_postings += df
        return result

    def expect(self, queries: Sequence[str]) -> None:
        """The queries about to be asked (a batch of claims): the contribution cache then
        keeps the terms most of them share, rather than the most recently used.

        Under least-recently-used eviction the long lists of common terms pushed each other
        out (at 1M passages one claim's terms hold about 600,000 postings; the cache 4M):
        most look-ups missed. Knowing how many queries use each term, a term used once is
        not kept, and a full cache gives up the term fewest queries use. The terms most
        queries use are computed at once.
        """
        with self._lock:
            self._uses = uses = Counter(term for query in queries for term in set(terms(query)))
            # Computed now, before matching forks its workers: they share these arrays
            # (copy-on-write, never written) instead of each computing the common terms.
            for term, count in uses.most_common():
                if count < 2:
                    break
                if self._cached_postings + self._df(term) <= CACHED_POSTINGS:
                    self._contributions(term)

    def _keeps(self, term: str, df: int) -> bool:
        """Whether to keep ``term``'s contributions (``df`` postings), making room if need be."""
        cache = self._term_cache
        uses = self._uses
        if uses is None:
            # Least recently used terms go first.
            while cache and self._cached_postings + df > CACHED_POSTINGS:
                oldest = cache.pop(next(iter(cache)))
                self._cached_postings -= 0 if oldest is None else len(oldest[0])
            return True
        wanted = uses[term]
        if wanted < 2 or df > CACHED_POSTINGS:
            return False
        while self._cached_postings + df > CACHED_POSTINGS:
            least = min(cache, key=uses.__getitem__)
            if uses[least] >= wanted:
                return False
            dropped = cache.pop(least)
            self._cached_postings -= 0 if dropped is None else len(dropped[0])
        return True

    def term_strings(self, numbers: Sequence[int]) -> list[str]:
        """The index terms of each passage, in text order, joined by spaces.

        Equal to ``" ".join(terms(passage.text))``, read from the stored terms instead of
        tokenising the text again (the matcher rescores tens of passages per claim).
        """
        segment_of, first, last = self._layout.token_spans
        segments = self._layout.segments
        found = []
        for n in numbers:
            segment = segments[segment_of[n]]
            ids = segment.arrays["tokens"][first[n] : last[n]].tolist()
            found.append(" ".join(map(segment.vocab.__getitem__, ids)))
        return found

    def candidates(self, query: str, *, limit: int) -> list[tuple[int, float]]:
        """Up to ``limit`` (passage number, BM25 score) pairs, best first, ties by number."""
        if limit < 1:
            return []
        with self._lock:  # one score buffer and one cache per index
            found = [self._contributions(term) for term in set(terms(query))]
            postings = [f for f in found if f is not None]
            if not postings:
                return []
            touched, values = top_k(postings, self._scores, limit=limit)
        numbers = self._layout.public[touched]
        best = np.lexsort((numbers, -values))[:limit]
        return [(int(numbers[i]), float(values[i])) for i in best]


def _contributions(
    hits: list[tuple[Array, Array]], *, weight: float, norm: Array
) -> tuple[Array, Array]:
    """(passage numbers as ``intp``, float32 BM25 contributions) of one term's postings.

    MemoryIndex's expression, ``weight * tf * (BM25_K1 + 1) / (tf + norm)``, computed step
    by step in place: the same float32 operations in the same order, fewer passes.
    """
    # As intp, the index type numpy uses: int32 numbers are converted again on each use,
    # and a cached term is used by many claims (half the scatter-add's time).
    if len(hits) == 1:
        docs = hits[0][0].astype(np.intp)
        tf = hits[0][1].astype(np.float32)
    else:
        docs = np.concatenate([d for d, _ in hits]).astype(np.intp)
        tf = np.concatenate([c for _, c in hits]).astype(np.float32)
    contributions = np.multiply(np.float32(weight), tf)
    contributions *= np.float32(BM25_K1 + 1)
    tf += norm[docs]
    contributions /= tf
    return docs, contributions


def _idf(passages: int, df: int) -> float:
    return math.log(1.0 + (passages - df + 0.5) / (df + 0.5))
