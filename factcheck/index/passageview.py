"""Passages in workspace order, built only when asked for, from flat arrays and the sources.

A warm open of a million passages copies a few flat arrays and builds no Python
objects: ``PassageView`` builds a ``Passage`` when the matcher asks for it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import overload

import numpy as np

from factcheck.errors import WorkspaceError
from factcheck.index.segments import BOILERPLATE, Array
from factcheck.workspace import Passage, Source, begins_as_loaded, read_source_text

# Passages kept built between look-ups (the matcher asks for each candidate several times).
CACHED_PASSAGES = 4096
# Characters of source text kept for building passages, the most recently used texts. A
# text not read yet is read here without being kept in its ``Source``: a worker matching
# 500 claims at a million passages shows passages of about 2,000 sources, 60-70 MB of text
# it would otherwise hold. Reading one again costs its hashing again (25-30 us for 17 KB).
# What is kept pays for claims that show passages of a source shown shortly before: 500
# claims in one process read 2,094 texts with 1M characters kept against 2,059 with 4M at
# a million passages, 1,979 against 1,650 at 100k (330 reads more, about 10 ms: 0.4% of
# the CPU), while each million characters is 2 MB of each worker (texts with a character
# past Latin-1 are stored 2 bytes a character): at a million passages the peak PSS of
# match's process tree was 473 MB with 4M, 460 MB with 1M (two workers, 3 runs each),
# and 486 MB with 4M, 531 MB with 16M, 590 MB with 64M at an earlier commit.
CACHED_TEXT_CHARS = 1_000_000
# A text dropped and read again after its file changed (an editor saving it during a long
# match, or while review is open) is used if the file was only appended to
# (``begins_as_loaded``), or, for a text itself read after such a change, if the stretch
# its passages cover is unchanged (``_spans_digest``).

_COLUMNS = ("source", "start", "end", "flags", "page")


class PassageView(Sequence[Passage]):
    """Passages in workspace order, built on access from flat arrays and the source texts."""

    def __init__(self, *, sources: dict[str, Source], fields: dict[str, Array]) -> None:
        self._ids = list(sources)
        self._sources = sources
        self._length = len(fields["start"])
        self._cache: dict[int, Passage] = {}
        self._texts: dict[str, str] = {}  # by source id, least recently used first
        self._text_chars = 0  # in ``_texts``
        # Texts dropped from ``_texts``: their spans' digest, or None for the loaded text.
        self._dropped: dict[str, int | None] = {}
        self._later: set[str] = set()  # sources whose text kept is not the loaded one
        # Memoryviews give Python ints on indexing, as fast as array.array and several times
        # faster than numpy scalars, and copy nothing: after a build, the fields are views of
        # the index's maps (``Layout.from_segments``), read only where a passage is built.
        columns = {name: np.ascontiguousarray(fields[name]).data for name in _COLUMNS}
        # One attribute per column: the matcher builds tens of passages per claim.
        self._source_of = columns["source"]
        self._start = columns["start"]
        self._end = columns["end"]
        self._flags = columns["flags"]
        self._page = columns["page"]
        # The same two as arrays (views, not copies), for ``_spans_digest``.
        self._starts, self._ends = np.asarray(fields["start"]), np.asarray(fields["end"])
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
            self._text(source_id)[start:end],
            bool(self._flags[number] & BOILERPLATE),
            None if page < 0 else page,
        )
        if len(self._cache) >= CACHED_PASSAGES:
            self._cache.clear()  # crude but bounded; the matcher revisits few passages
        self._cache[number] = passage
        return passage

    def _text(self, source_id: str) -> str:
        """The text of source ``source_id`` (from the small cache of recently used texts)."""
        texts = self._texts
        text = texts.pop(source_id, None)
        if text is None:
            text = self._read(source_id)
            self._text_chars += len(text)
            while texts and self._text_chars > CACHED_TEXT_CHARS:
                dropped = next(iter(texts))
                old = texts.pop(dropped)
                self._text_chars -= len(old)
                # The text the workspace was loaded with needs no digest: its record's hash
                # tells whether a later text begins with it (a digest of 17 KB cost as much
                # as reading it).
                later = dropped in self._later
                self._dropped[dropped] = self._spans_digest(dropped, old) if later else None
        texts[source_id] = text
        return text

    def _read(self, source_id: str) -> str:
        """Source ``source_id``'s text from its file. Read the first time, it must be the
        text the workspace was loaded with; read again, the passages must be unchanged."""
        source = self._sources[source_id]
        if source_id not in self._dropped:
            return read_source_text(source)
        with contextlib.suppress(WorkspaceError):
            # Still the text the workspace was loaded with: the text first read.
            text = read_source_text(source)
            self._later.discard(source_id)
            return text
        # Its passages were handed out from the text first read: as ``Source.text`` kept
        # it, the run goes on with the same passages if the file was only appended to (a
        # line an editor added), or, where a later text was read since, if the stretch its
        # passages lie in is unchanged; anything else would mix two versions of the source.
        digest = self._dropped[source_id]
        text = read_source_text(source, changed_ok=True)
        if digest is None:
            holds = begins_as_loaded(source, text)
        else:
            holds = self._spans_digest(source_id, text) == digest
        if not holds:
            raise WorkspaceError(
                "changed while factcheck was running; run the command again", path=source.path
            )
        self._later.add(source_id)
        return text

    def _spans_digest(self, source_id: str, text: str) -> int:
        """A digest of the stretch of ``text`` the passages of ``source_id`` lie in."""
        numbers = self.passages_of(source_id)
        if not numbers:
            return hash((0, 0, ""))
        # numpy's reductions over the fields' slices (a source has a hundred passages):
        # a third of the time of min and max over the memoryviews, which make an int each.
        first = int(np.minimum.reduce(self._starts[numbers.start : numbers.stop]))
        last = int(np.maximum.reduce(self._ends[numbers.start : numbers.stop]))
        return hash((first, last, text[first:last]))

    def source_and_flag(self, number: int) -> tuple[str, bool]:
        """(source id, boilerplate flag) of passage ``number``, without building it."""
        return self._ids[self._source_of[number]], bool(self._flags[number] & BOILERPLATE)

    def passages_of(self, source_id: str) -> range:
        """The numbers of ``source_id``'s passages (empty when it has none)."""
        return self._ranges.get(source_id, range(0))
