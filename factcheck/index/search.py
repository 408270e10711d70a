"""BM25 search over memory-mapped segments: the query side of the persistent index.

``DiskIndex`` implements ``CandidateIndex`` with exactly the arithmetic of
``MemoryIndex`` (float32, the same expression order), so both return the same
scores. Passages are numbered in workspace order whatever segment holds them, and
``Passage`` objects are built only when asked for (``PassageView``): a warm open
of a million passages copies a few flat arrays and builds no Python objects.
"""

from __future__ import annotations

import array
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, overload

import numpy as np

from factcheck.index.candidates import BM25_B, BM25_K1
from factcheck.index.segments import BOILERPLATE, PASSAGE_FIELDS, Array, Segment
from factcheck.index.topk import top_k
from factcheck.workspace import Passage, Source, terms

# Passages kept built between look-ups (the matcher asks for each candidate several times).
CACHED_PASSAGES = 4096
# Postings whose BM25 contributions are kept between queries (claims share many terms).
CACHED_POSTINGS = 2_000_000


_TYPECODES = {"source": "i", "start": "q", "end": "q", "flags": "B", "page": "i"}


class PassageView(Sequence[Passage]):
    """Passages in workspace order, built on access from flat arrays and the source texts."""

    def __init__(self, *, sources: dict[str, Source], fields: dict[str, Array]) -> None:
        self._ids = list(sources)
        self._sources = sources
        self._length = len(fields["start"])
        self._cache: dict[int, Passage] = {}
        # array.array gives Python ints on indexing, several times faster than numpy scalars.
        columns = {
            name: array.array(_TYPECODES[name], np.ascontiguousarray(fields[name]).tobytes())
            for name in _TYPECODES
        }
        # One attribute per column: the matcher builds tens of passages per claim.
        self._source_of = columns["source"]
        self._start = columns["start"]
        self._end = columns["end"]
        self._flags = columns["flags"]
        self._page = columns["page"]
        counts = np.bincount(fields["source"], minlength=len(self._ids))
        ends = np.cumsum(counts)
        self._ranges = {
            sid: range(int(end - count), int(end))
            for sid, count, end in zip(self._ids, counts, ends, strict=True)
        }

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, number: int) -> Passage: ...

    @overload
    def __getitem__(self, number: slice) -> list[Passage]: ...

    def __getitem__(self, number: int | slice) -> Passage | list[Passage]:
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(len(self)))]
        cached = self._cache.get(number)
        if cached is not None:
            return cached
        if number < 0:
            number += len(self)
        if not 0 <= number < self._length:
            raise IndexError(number)
        source_id = self._ids[self._source_of[number]]
        start, end, page = self._start[number], self._end[number], self._page[number]
        passage = Passage(
            source_id,
            start,
            end,
            self._sources[source_id].text[start:end],
            bool(self._flags[number] & BOILERPLATE),
            None if page < 0 else page,
        )
        if len(self._cache) >= CACHED_PASSAGES:
            self._cache.clear()  # crude but bounded; the matcher revisits few passages
        self._cache[number] = passage
        return passage

    def source_and_flag(self, number: int) -> tuple[str, bool]:
        """(source id, boilerplate flag) of passage ``number``, without building it."""
        return self._ids[self._source_of[number]], bool(self._flags[number] & BOILERPLATE)

    def passages_of(self, source_id: str) -> range:
        """The numbers of ``source_id``'s passages (empty when it has none)."""
        return self._ranges.get(source_id, range(0))


@dataclass
class Layout:
    """Where every live passage is: segments, their offsets, tombstones, workspace order."""

    segments: list[Segment]
    bases: list[int]  # first internal number of each segment
    dead: list[Array | None]  # per segment: a mask of dead passages, or None
    public: Array  # internal number -> public (workspace-order) number, -1 when dead
    internal: Array  # public number -> internal number
    norm: Array  # internal number -> BM25 length normalisation (float32)
    passages: PassageView
    live: int

    @cached_property
    def token_spans(self) -> tuple[array.array[int], array.array[int], array.array[int]]:
        """Per public passage number: its segment, and where its terms start and end in that
        segment's ``tokens``. As array.array, whose items index faster than numpy's."""
        segment_of = np.repeat(
            np.arange(len(self.segments), dtype=np.int32), [s.passages for s in self.segments]
        )
        starts = [np.asarray(s.token_starts) for s in self.segments]
        first = np.concatenate([s[:-1] for s in starts]) if starts else np.zeros(0, np.int64)
        last = np.concatenate([s[1:] for s in starts]) if starts else np.zeros(0, np.int64)
        order = self.internal
        return (
            array.array("i", segment_of[order].tobytes()),
            array.array("q", first[order].astype(np.int64).tobytes()),
            array.array("q", last[order].astype(np.int64).tobytes()),
        )

    @classmethod
    def from_segments(
        cls, segments: list[Segment], entries: list[dict[str, Any]], sources: dict[str, Source]
    ) -> Layout:
        """Lay out ``segments`` (described by manifest ``entries``) in ``sources`` order."""
        bases = [0]
        for segment in segments:
            bases.append(bases[-1] + segment.passages)
        where: dict[str, tuple[int, int, int]] = {}  # id -> (internal first, count, segment)
        dead: list[Array | None] = []
        for s, entry in enumerate(entries):
            mask = None
            dead_numbers = set(entry["dead"])
            for i, (sid, _hash, first, count) in enumerate(entry["sources"]):
                if i in dead_numbers:
                    if mask is None:
                        mask = np.zeros(segments[s].passages, dtype=bool)
                    mask[first : first + count] = True
                else:
                    where[sid] = (bases[s] + first, count, s)
            dead.append(mask)
        firsts = np.array([where[sid][0] for sid in sources], dtype=np.int64)
        counts = np.array([where[sid][1] for sid in sources], dtype=np.int64)
        live = int(counts.sum())
        # order[public] = internal: each source's run of internal numbers, in workspace order.
        run_starts = np.repeat(firsts - (np.cumsum(counts) - counts), counts)
        order = run_starts + np.arange(live, dtype=np.int64)
        public = np.full(bases[-1], -1, dtype=np.int64)
        public[order] = np.arange(live, dtype=np.int64)
        fields = {}
        for name in PASSAGE_FIELDS:
            column = np.concatenate([np.asarray(seg.arrays[name]) for seg in segments])
            fields[name] = column[order] if len(column) else column
        # Renumber each passage's source to its place in the workspace's source list.
        fields["source"] = np.repeat(np.arange(len(sources), dtype=np.int32), counts)
        lengths = fields["length"].astype(np.float32)
        avg_length = float(lengths.mean()) if len(lengths) else 1.0
        all_lengths = np.concatenate([np.asarray(seg.arrays["length"]) for seg in segments]).astype(
            np.float32
        )
        # Exactly MemoryIndex's expression, evaluated once per passage instead of per posting.
        norm = BM25_K1 * (1 - BM25_B + BM25_B * all_lengths / avg_length)
        return cls(
            segments=segments,
            bases=bases[:-1],
            dead=dead,
            public=public,
            internal=order,
            norm=norm,
            passages=PassageView(sources=sources, fields=fields),
            live=live,
        )


class DiskIndex:
    """A ``CandidateIndex`` over a persistent, memory-mapped index (see ``diskindex``)."""

    def __init__(self, layout: Layout) -> None:
        self._layout = layout
        # One score buffer, reset after each query: no per-query allocation of corpus size.
        self._scores = np.zeros(len(layout.public), dtype=np.float32)
        self._lock = threading.Lock()
        self._df_cache: dict[str, int] = {}  # the index never changes once open
        self._term_cache: dict[str, tuple[Array, Array] | None] = {}
        self._cached_postings = 0

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
        cached = self._term_cache.get(term)
        if cached is not None or term in self._term_cache:
            return cached
        hits, df = self._hits(term)
        result = None
        if df:
            weight = _idf(self._layout.live, df)
            docs_parts, weight_parts = [], []
            for docs, counts in hits:
                tf = counts.astype(np.float32)
                norm = self._layout.norm[docs]
                docs_parts.append(docs)
                weight_parts.append(weight * tf * (BM25_K1 + 1) / (tf + norm))
            contributions = (
                weight_parts[0] if len(weight_parts) == 1 else np.concatenate(weight_parts)
            )
            result = (
                docs_parts[0] if len(docs_parts) == 1 else np.concatenate(docs_parts),
                contributions,
            )
        size = df
        if self._cached_postings + size > CACHED_POSTINGS:
            self._term_cache.clear()
            self._cached_postings = 0
        self._term_cache[term] = result
        self._cached_postings += size
        return result

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


def _idf(passages: int, df: int) -> float:
    return math.log(1.0 + (passages - df + 0.5) / (df + 0.5))
