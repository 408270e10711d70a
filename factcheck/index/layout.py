"""Where every live passage of the persistent index is: segments, tombstones, workspace order.

``Layout.from_segments`` numbers passages in workspace order whatever segment holds
them, and computes each passage's BM25 length normalisation once, with exactly
``MemoryIndex``'s expression, so ``DiskIndex`` scores equal it bit for bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from factcheck.index.candidates import BM25_B, BM25_K1
from factcheck.index.passageview import PassageView
from factcheck.index.segments import PASSAGE_FIELDS, Array, Segment
from factcheck.workspace import Source

_INT32_MIN, _INT32_MAX = int(np.iinfo(np.int32).min), int(np.iinfo(np.int32).max)


@dataclass
class Layout:
    """Where every live passage is: segments, their offsets, tombstones, workspace order."""

    segments: list[Segment]
    bases: list[int]  # first internal number of each segment
    dead: list[Array | None]  # per segment: a mask of dead passages, or None
    # internal number -> public (workspace-order) number, -1 when dead; and the reverse. None
    # when the two are the same (``in_order``): an identity of a million passages is 10 MB.
    public: Array | None
    internal: Array | None
    norm: Array  # internal number -> BM25 length normalisation (float32)
    passages: PassageView
    live: int
    in_order: bool = False  # True: public and internal numbers are the same

    @property
    def size(self) -> int:
        """How many passages the segments hold, dead ones included (internal numbers)."""
        return self.bases[-1] + self.segments[-1].passages if self.segments else 0

    def to_public(self, numbers: Array) -> Array:
        """The public numbers of internal passage ``numbers`` (-1 for dead passages)."""
        return numbers if self.public is None else self.public[numbers]

    def to_internal(self, numbers: Array) -> Array:
        """The internal numbers of public passage ``numbers``."""
        return numbers if self.internal is None else self.internal[numbers]

    @cached_property
    def dead_spans(self) -> list[tuple[Array, Array] | None]:
        """Per segment: where its runs of dead passages start and end (local numbers, end
        excluded), or None. Dead passages are whole sources, so runs are few."""
        spans: list[tuple[Array, Array] | None] = []
        for mask in self.dead:
            if mask is None:
                spans.append(None)
                continue
            edges = np.flatnonzero(np.diff(mask.astype(np.int8), prepend=0, append=0))
            spans.append((edges[0::2], edges[1::2]))
        return spans

    @cached_property
    def token_spans(self) -> tuple[Sequence[int], Sequence[int], Sequence[int]]:
        """Per public passage number: its segment, and where its terms start and end in that
        segment's ``tokens``. Memoryviews, whose items index faster than numpy's: of the
        segment's ``token_starts`` itself where there is one segment in order (as after a
        build), copies of them were 25 MB of the matcher's parent at a million passages,
        inherited by every worker; otherwise arranged in public order, as int32 where the
        offsets fit."""
        segment_of = np.repeat(
            np.arange(len(self.segments), dtype=np.uint8 if len(self.segments) < 256 else np.int32),
            [s.passages for s in self.segments],
        )
        starts = [np.asarray(s.token_starts, dtype=np.int64) for s in self.segments]
        if len(starts) == 1 and self.in_order:  # the stored order: no copy
            return segment_of.data, starts[0][:-1].data, starts[0][1:].data
        if len(starts) == 1:
            first, last = starts[0][:-1], starts[0][1:]
        else:
            first = np.concatenate([s[:-1] for s in starts]) if starts else np.zeros(0, np.int64)
            last = np.concatenate([s[1:] for s in starts]) if starts else np.zeros(0, np.int64)
        # Offsets into a segment's tokens as int32 where they fit (under 2G terms a segment):
        # 10 MB less at a million passages.
        fits = max((int(s[-1]) for s in starts), default=0) <= _INT32_MAX
        offset = np.int32 if fits else np.int64
        order = self.internal  # None: in the stored order already

        def arranged(values: Array, dtype: Any) -> memoryview:
            out = np.empty(len(values) if order is None else len(order), dtype=dtype)
            if order is None:
                out[:] = values
            else:
                np.take(values, order, out=out)
            return out.data

        return (
            arranged(segment_of, segment_of.dtype),
            arranged(first, offset),
            arranged(last, offset),
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
        run_firsts = np.cumsum(counts) - counts  # where each source's run starts, in public order
        columns = {name: _column(segments, name) for name in PASSAGE_FIELDS}
        if live == bases[-1] and np.array_equal(firsts, run_firsts):
            # Every passage live and the sources in the segments' order, as after a build:
            # public and internal numbers are the same and no column needs reordering (at a
            # million passages, 55 MB of copies the matcher's start no longer waits for).
            order = public = None
            fields = dict(columns)
            in_order = True
        else:
            # order[public] = internal: each source's run of internal numbers, workspace order.
            # Passage numbers as int32 where they fit (under 2G passages): 10 MB less for
            # each of the two maps at a million passages.
            number = np.int32 if bases[-1] <= _INT32_MAX else np.int64
            runs = np.repeat((firsts - run_firsts).astype(number), counts)
            order = runs + np.arange(live, dtype=number)
            public = np.full(bases[-1], -1, dtype=number)
            in_order = False
            public[order] = np.arange(live, dtype=number)
            fields = {name: _gathered(column, order) for name, column in columns.items()}
        # Renumber each passage's source to its place in the workspace's source list.
        fields["source"] = np.repeat(np.arange(len(sources), dtype=np.int32), counts)
        lengths = fields["length"].astype(np.float32)
        # Passages of punctuation alone have no terms: a mean of 0 would divide 0 by 0.
        avg_length = (float(lengths.mean()) if len(lengths) else 0.0) or 1.0
        all_lengths = columns["length"].astype(np.float32)
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
            in_order=in_order,
        )


def _gathered(column: Array, order: Array) -> Array:
    """``column[order]``; an int64 column (offsets in a source's text) as int32 where its
    values fit, as they do short of a 2 GB source: 10 MB less for each at a million passages."""
    if not len(column):
        return column
    if column.dtype == np.int64 and column.min() >= _INT32_MIN and column.max() <= _INT32_MAX:
        return np.take(column, order, out=np.empty(len(order), dtype=np.int32))
    return column[order]


def _column(segments: list[Segment], name: str) -> Array:
    """One passage field over all segments, in internal order (one segment's: its map)."""
    if len(segments) == 1:
        return np.asarray(segments[0].arrays[name])
    return np.concatenate([np.asarray(seg.arrays[name]) for seg in segments])
