"""BM25 search over memory-mapped segments: the query side of the persistent index.

``DiskIndex`` implements ``CandidateIndex`` with exactly the arithmetic of
``MemoryIndex`` (float32, the same expression order), so both return the same
scores. Where passages are (``layout.Layout``) and how they are built on demand
(``passageview.PassageView``) live in their own modules.
"""

from __future__ import annotations

import math
import threading
from collections import Counter, OrderedDict
from collections.abc import Collection, Iterable, Sequence
from functools import partial

import numpy as np

from factcheck.index.contributions import (
    Piece,
    TermPostings,
    contributions_into,
    document_frequency,
    stored_postings,
    term_postings,
)
from factcheck.index.layout import Layout
from factcheck.index.memory import release_free_memory
from factcheck.index.passageview import PassageView
from factcheck.index.segments import PASSAGE_FIELDS, Array, Segment
from factcheck.index.sharedterms import SharedTerms
from factcheck.index.tokenfile import drop_pages
from factcheck.index.topk import TopK
from factcheck.workspace import terms

# Postings whose BM25 contributions are kept between queries (claims share many terms), least
# recently used dropped first: 12 bytes each, so 48 MB at most per process.
CACHED_POSTINGS = 4_000_000
# Postings whose contributions ``expect`` computes for a batch of claims before the workers
# fork (4 bytes each, shared by all of them): 128 MB at most. At a million passages, the
# terms of 1,000 claims hold 27M postings.
SHARED_POSTINGS = 32_000_000
# Passages whose term strings ``term_strings`` keeps, oldest dropped first: about 4 MB.
KEPT_TERM_STRINGS = 16_384


class DiskIndex:
    """A ``CandidateIndex`` over a persistent, memory-mapped index (see ``disk``)."""

    def __init__(self, layout: Layout) -> None:
        self._layout = layout
        # The passage fields' pages read while laying out (the lengths; all of them where
        # they were reordered into copies) are not needed here again: a worker maps again
        # only the pages of the passages it builds.
        _drop_pages(layout.segments, PASSAGE_FIELDS)
        # One score buffer, reset after each query: no per-query allocation of corpus size.
        self._top = TopK(layout.size)
        self._lock = threading.Lock()
        self._df_cache: dict[str, int] = {}  # the index never changes once open
        self._term_cache: dict[str, TermPostings | None] = {}
        self._cached_postings = 0
        self._uses: Counter[str] | None = None  # queries per term, once ``expect`` is told
        self._shared: dict[str, TermPostings | None] = {}  # planned by ``expect``, never dropped
        self._plans: dict[str, SharedTerms] = {}  # each term of ``_shared``'s: is it computed?
        # passage number -> term string (``term_strings``). Ordered: dropping a plain dict's
        # oldest key (``next(iter(d))``) walks past every key dropped before it since the
        # dict was last resized, 31,000 instructions a drop at 100k (2.4% of a match).
        self._strings: OrderedDict[int, str] = OrderedDict()

    @property
    def passages(self) -> PassageView:
        return self._layout.passages

    def passages_of(self, source_id: str) -> range:
        """The numbers of ``source_id``'s passages (no scan over the corpus)."""
        return self._layout.passages.passages_of(source_id)

    def _df(self, term: str) -> int:
        df = self._df_cache.get(term)
        if df is None:
            # Counted, not filtered: after edits, filtering read every posting of the term.
            df = self._df_cache[term] = document_frequency(self._layout, term)
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

    def _contributions(self, term: str) -> TermPostings | None:
        """``term``'s postings with their BM25 contributions.

        Cached: the index never changes once open, and claims share many terms.

        The contribution is computed with MemoryIndex's expression, so sums match it exactly.
        """
        if term in self._shared:
            plan = self._plans.get(term)
            if plan is None or plan.ready(term):
                return self._shared[term]
            # Another worker is computing it just now: computed here for this query alone.
            return self._computed(term)
        cache = self._term_cache
        if term in cache:
            cached = cache[term] = cache.pop(term)  # now the most recently used
            return cached
        result = self._computed(term)
        df = 0 if result is None else result.size
        if self._keeps(term, df):
            cache[term] = result
            self._cached_postings += df
        return result

    def _computed(self, term: str) -> TermPostings | None:
        """``term``'s postings with their BM25 contributions, computed now: one piece of
        live internal passage numbers (a copy, kept only in this process's cache)."""
        hits, df = self._hits(term)
        if not df:
            return None
        docs, tfs = term_postings(hits)
        # As intp, the index type numpy uses: int32 numbers would be converted again on
        # each use of a cached term (half the scatter-add's time).
        docs = docs.astype(np.intp)
        weight = _idf(self._layout.live, df)
        contributions = contributions_into(tfs, docs, weight=weight, norm=self._layout.norm)
        return TermPostings([Piece(docs, contributions, 0)], df)

    def expect(self, queries: Sequence[str]) -> None:
        """The queries about to be asked (a batch of claims): the contributions of their
        terms are computed once for all of them, the most used first, into one array.

        ``map_matches`` calls this before it forks its workers, which then share that array
        (``SharedTerms``: a shared memory map, counted once) instead of each computing the
        long lists of common terms again: at a million passages one claim's terms hold
        about 600,000 postings, and all the terms of 1,000 claims 27M (108 MB of float32;
        those only one claim uses are 2.4M of them, computed too so that no worker reads
        the counts at all). Only planned here: the processes that ask the first queries
        compute it, the forked workers a share each. Terms past ``SHARED_POSTINGS`` go
        through the per-process cache, which keeps the terms most queries use.
        """
        with self._lock:
            self._uses = uses = Counter(term for query in queries for term in set(terms(query)))
            shared = self._shared
            new = [term for term, _ in uses.most_common() if term not in shared]
            room = SHARED_POSTINGS - sum(map(shared_postings, shared.values()))
            layout = self._layout
            plan = SharedTerms(
                new,
                hits=partial(stored_postings, layout),
                weight=partial(_idf, layout.live),
                norm=layout.norm,
                budget=room,
                # Each term's postings are read once: unmapped as they are computed, a
                # process maps again only those it reads for its queries.
                read=partial(_drop_pages, layout.segments, ["docs", "tfs"]),
            )
            shared.update(plan.found)
            self._plans.update((term, plan) for term in plan.found)
            # Laid out now, so that the workers share it instead of each building its own.
            layout.token_spans  # noqa: B018
        # The layout's temporaries, freed but kept by the heap, would be inherited too.
        release_free_memory()

    def _keeps(self, term: str, df: int) -> bool:
        """Whether to keep ``term``'s contributions (``df`` postings), making room if need be."""
        cache = self._term_cache
        uses = self._uses
        if uses is None:
            # Least recently used terms go first.
            while cache and self._cached_postings + df > CACHED_POSTINGS:
                oldest = cache.pop(next(iter(cache)))
                self._cached_postings -= 0 if oldest is None else oldest.size
            return True
        wanted = uses[term]
        if wanted < 2 or df > CACHED_POSTINGS:
            return False
        while self._cached_postings + df > CACHED_POSTINGS:
            least = min(cache, key=uses.__getitem__)
            if uses[least] >= wanted:
                return False
            dropped = cache.pop(least)
            self._cached_postings -= 0 if dropped is None else dropped.size
        return True

    def term_strings(self, numbers: Sequence[int]) -> list[str]:
        """The index terms of each passage, in text order, joined by spaces.

        Equal to ``" ".join(terms(passage.text))``, read from the stored terms instead of
        tokenising the text again (the matcher rescores tens of passages per claim), and
        kept: claims share candidates (a quarter of a worker's at 100k passages).
        """
        segment_of, first, last = self._layout.token_spans
        segments = self._layout.segments
        kept = self._strings
        found = []
        with self._lock:  # threads (the review's) may share one index and its kept strings
            for n in numbers:
                text = kept.get(n)
                if text is None:
                    segment = segments[segment_of[n]]
                    ids = segment.tokens.between(first[n], last[n])
                    text = " ".join(map(segment.vocab.__getitem__, ids))
                    if len(kept) >= KEPT_TERM_STRINGS:
                        kept.popitem(last=False)  # the oldest first
                    kept[n] = text
                found.append(text)
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
            touched, values = self._top.best(postings, limit=limit)
        numbers = self._layout.to_public(touched)
        best = np.lexsort((numbers, -values))[:limit]
        return [(int(numbers[i]), float(values[i])) for i in best]

    def scores_of(self, query: str, numbers: Collection[int]) -> dict[int, float]:
        """The BM25 score of each of ``numbers`` (public) that holds a term of ``query``,
        from the same contributions ``candidates`` sums (see ``outranked_scores``)."""
        wanted = np.fromiter(sorted(numbers), dtype=np.int64, count=len(numbers))
        internal = self._layout.to_internal(wanted)
        scores = np.zeros(len(wanted), dtype=np.float32)
        with self._lock:
            found = [self._contributions(term) for term in set(terms(query))]
        for postings in found:
            for piece in [] if postings is None else postings.pieces:
                local = internal - piece.base  # ascending docs; dead ones add 0.0
                at = np.minimum(np.searchsorted(piece.docs, local), len(piece.docs) - 1)
                hit = piece.docs[at] == local
                scores[hit] += piece.values[at[hit]]
        return {int(n): float(s) for n, s in zip(wanted, scores, strict=True) if s > 0}


def shared_postings(term: TermPostings | None) -> int:
    """How many postings ``term``'s pieces hold (dead passages' included)."""
    return 0 if term is None else sum(len(piece.docs) for piece in term.pieces)


def _drop_pages(segments: Sequence[Segment], names: Iterable[str]) -> None:
    for segment in segments:
        drop_pages(segment.maps, names)


def _idf(passages: int, df: int) -> float:
    return math.log(1.0 + (passages - df + 0.5) / (df + 0.5))
