"""The on-disk segment format of the persistent index (see docs/scaling.md).

A segment is a folder of plain numpy ``.npy`` arrays, memory-mapped when read:

* ``terms.txt``: the segment's vocabulary, one term per line (term id = line number);
* ``offsets.npy`` (int64, terms + 1) with ``docs.npy`` (int32) and ``tfs.npy`` (uint16):
  the postings of term ``t`` are ``docs[offsets[t]:offsets[t + 1]]``, local passage
  numbers, with the term's count in each passage in ``tfs``;
* one array per passage field: ``source.npy`` (int32, index into the segment's source
  list), ``start.npy``/``end.npy`` (int64 offsets into the source text), ``flags.npy``
  (uint8, bit 0 = boilerplate), ``page.npy`` (int32, -1 = none) and ``length.npy``
  (int32, number of index terms, for BM25 length normalisation).

Passage text is not stored: it is ``source.text[start:end]``, read from the workspace.
Every file's size and CRC-32 go into the manifest, so a truncated or garbled file is
caught on open. Sources are tokenised in worker processes when there is a lot of text.
"""

from __future__ import annotations

import array
import concurrent.futures
import itertools
import multiprocessing
import os
import threading
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from factcheck.models import Source
from factcheck.passages import passage_spans
from factcheck.postings import PostingsBuilder

# Fields of a passage, with the dtype each is stored as.
PASSAGE_FIELDS = {
    "source": np.int32,
    "start": np.int64,
    "end": np.int64,
    "flags": np.uint8,
    "page": np.int32,
    "length": np.int32,
}
POSTING_FIELDS = {"offsets": np.int64, "docs": np.int32, "tfs": np.uint16}
BOILERPLATE = 1
_TYPECODES = {"source": "i", "start": "q", "end": "q", "flags": "B", "page": "i", "length": "i"}
# Below this much text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 8_000_000
CHUNKS_PER_WORKER = 16

Array = npt.NDArray[Any]


class CorruptIndex(Exception):
    """A stored segment or manifest is missing, truncated, garbled or outdated."""


@dataclass(frozen=True)
class SourceEntry:
    """One source held by a segment: its passages are ``first .. first + count - 1``."""

    id: str
    hash: str
    first: int
    count: int


@dataclass
class SegmentData:
    """A segment in memory, before it is written.

    Postings are ordered by term number, then passage (as ``write_segment`` stores them).
    """

    vocab: list[str]
    term_ids: Array  # int32, one per posting
    docs: Array  # int32 local passage number, one per posting
    tfs: Array  # uint16, one per posting
    fields: dict[str, Array]  # PASSAGE_FIELDS, one value per passage
    sources: list[SourceEntry]

    @property
    def passages(self) -> int:
        return len(self.fields["start"])


def tokenize_sources(sources: Sequence[Source]) -> SegmentData:
    """Split ``sources`` into passages and count each passage's index terms."""
    builder = PostingsBuilder()
    columns: dict[str, array.array[int]] = {
        name: array.array(_TYPECODES[name]) for name in PASSAGE_FIELDS if name != "length"
    }
    entries: list[SourceEntry] = []
    number = 0
    for source_number, source in enumerate(sources):
        spans = passage_spans(source)
        builder.add(source.text, [(start, end) for start, end, _, _ in spans])
        columns["source"].extend([source_number] * len(spans))
        columns["start"].extend([start for start, _, _, _ in spans])
        columns["end"].extend([end for _, end, _, _ in spans])
        columns["flags"].extend([BOILERPLATE if boiler else 0 for _, _, boiler, _ in spans])
        columns["page"].extend([-1 if page is None else page for _, _, _, page in spans])
        entries.append(SourceEntry(source.id, source.content_hash, number, len(spans)))
        number += len(spans)
    term_ids, docs, tfs, lengths = builder.build()
    fields = {
        name: np.frombuffer(col, dtype=PASSAGE_FIELDS[name]).copy() for name, col in columns.items()
    }
    fields["length"] = lengths.astype(np.int32)
    return SegmentData(
        vocab=list(builder.vocab),
        term_ids=term_ids,
        docs=docs,
        tfs=np.minimum(tfs, 65535).astype(np.uint16),
        fields={name: fields[name] for name in PASSAGE_FIELDS},
        sources=entries,
    )


def merge(parts: list[SegmentData]) -> SegmentData:
    """One segment holding every part's passages in order, with one shared vocabulary.

    Consumes ``parts`` (the list is emptied): each part is freed once copied, so a large
    build holds the postings about once, not twice. No sort: a term's postings in each
    part are one run, in passage order, and go after the same term's runs from earlier parts.
    """
    parts[:] = [_in_term_order(part) for part in parts]
    vocab: dict[str, int] = {}
    mappings = []  # per part: local term number -> shared term number
    for part in parts:
        mappings.append(
            np.array([vocab.setdefault(term, len(vocab)) for term in part.vocab], dtype=np.int64)
        )
    per_term = np.zeros(len(vocab), dtype=np.int64)
    for part, mapping in zip(parts, mappings, strict=True):
        per_term[mapping] += np.bincount(part.term_ids, minlength=len(part.vocab))
    cursor = np.cumsum(per_term) - per_term  # where each term's next posting goes
    postings = int(per_term.sum())
    passages = sum(p.passages for p in parts)
    docs = np.empty(postings, dtype=np.int32)
    tfs = np.empty(postings, dtype=np.uint16)
    fields = {name: np.empty(passages, dtype=dtype) for name, dtype in PASSAGE_FIELDS.items()}
    entries: list[SourceEntry] = []
    doc_base = source_base = 0
    parts.reverse()
    mappings.reverse()
    while parts:
        part, mapping = parts.pop(), mappings.pop()
        local = np.bincount(part.term_ids, minlength=len(part.vocab))
        run_starts = np.cumsum(local) - local
        # Posting i of local term t goes to cursor[shared t] + (i - run_starts[t]).
        where = np.repeat(cursor[mapping] - run_starts, local) + np.arange(len(part.docs))
        docs[where] = part.docs + np.int32(doc_base)
        tfs[where] = part.tfs
        cursor[mapping] += local
        for name in PASSAGE_FIELDS:
            column = part.fields[name]
            if name == "source":
                column = column + np.int32(source_base)
            fields[name][doc_base : doc_base + part.passages] = column
        entries.extend(SourceEntry(e.id, e.hash, e.first + doc_base, e.count) for e in part.sources)
        doc_base += part.passages
        source_base += len(part.sources)
    term_ids = np.repeat(np.arange(len(vocab), dtype=np.int32), per_term)
    return SegmentData(
        vocab=list(vocab), term_ids=term_ids, docs=docs, tfs=tfs, fields=fields, sources=entries
    )


def tokenize_all(
    sources: Sequence[Source], *, progress: Callable[[int, int], None] | None = None
) -> SegmentData:
    """``tokenize_sources`` over many sources, in worker processes when there is a lot of text."""
    total_chars = sum(len(s.text) for s in sources)
    workers = os.cpu_count() or 1
    if total_chars < PARALLEL_MIN_CHARS or workers < 2 or len(sources) < 2:
        data = tokenize_sources(sources)
        if progress is not None:
            progress(len(sources), len(sources))
        return data
    # Chunks of similar text size, many per worker: progress moves, and the last chunks to
    # finish are small, so neither worker idles long at the end.
    target = total_chars / (workers * CHUNKS_PER_WORKER)
    bounds = [0]
    size = 0
    for number, source in enumerate(sources):
        if size >= target:
            bounds.append(number)
            size = 0
        size += len(source.text)
    bounds.append(len(sources))
    chunks = list(itertools.pairwise(bounds))
    parts: list[SegmentData | None] = [None] * len(chunks)
    done = 0
    global _FORKED_SOURCES
    fork = _can_fork()
    # Forked workers find the sources in memory (shared, copy-on-write): sending them would
    # pickle all the text once more. spawn where a fork is unsafe (a threaded caller such as
    # the review screen); each task then carries its own sources.
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        _FORKED_SOURCES = sources
    try:
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
            futures = {
                (
                    pool.submit(_tokenize_forked, lo, hi)
                    if fork
                    else pool.submit(tokenize_sources, sources[lo:hi])
                ): i
                for i, (lo, hi) in enumerate(chunks)
            }
            for future in concurrent.futures.as_completed(futures):
                i = futures[future]
                parts[i] = future.result()
                done += chunks[i][1] - chunks[i][0]
                if progress is not None:
                    progress(done, len(sources))
    finally:
        _FORKED_SOURCES = ()
    return merge([p for p in parts if p is not None])


def _can_fork() -> bool:
    """True where forking is safe: POSIX, and no other thread that a fork would freeze."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


_FORKED_SOURCES: Sequence[Source] = ()


def _tokenize_forked(lo: int, hi: int) -> SegmentData:
    return tokenize_sources(_FORKED_SOURCES[lo:hi])


def _in_term_order(data: SegmentData) -> SegmentData:
    """``data`` with its postings ordered by term, then passage (sorted only if they are not)."""
    terms, docs = data.term_ids, data.docs
    ordered = terms[1:] == terms[:-1]
    ordered &= docs[1:] > docs[:-1]
    ordered |= terms[1:] > terms[:-1]
    if bool(ordered.all()):
        return data
    order = np.lexsort((docs, terms))
    return SegmentData(
        vocab=data.vocab,
        term_ids=terms[order],
        docs=docs[order],
        tfs=data.tfs[order],
        fields=data.fields,
        sources=data.sources,
    )


def write_segment(data: SegmentData, folder: Path) -> dict[str, list[int]]:
    """Write ``data`` to a new ``folder``; returns {file name: [size, crc32]} for the manifest."""
    folder.mkdir(parents=True)
    data = _in_term_order(data)
    offsets = np.zeros(len(data.vocab) + 1, dtype=np.int64)
    if len(data.vocab):
        np.cumsum(np.bincount(data.term_ids, minlength=len(data.vocab)), out=offsets[1:])
    (folder / "terms.txt").write_text("\n".join(data.vocab), encoding="utf-8")
    np.save(folder / "offsets.npy", offsets, allow_pickle=False)
    np.save(folder / "docs.npy", data.docs.astype(np.int32, copy=False))
    np.save(folder / "tfs.npy", data.tfs.astype(np.uint16, copy=False))
    for name, values in data.fields.items():
        np.save(folder / f"{name}.npy", np.ascontiguousarray(values), allow_pickle=False)
    return {file.name: [file.stat().st_size, file_crc(file)] for file in sorted(folder.iterdir())}


def file_crc(file: Path) -> int:
    """CRC-32 of a file's bytes, read in blocks."""
    crc = 0
    with file.open("rb") as handle:
        while block := handle.read(1 << 22):
            crc = zlib.crc32(block, crc)
    return crc


class Segment:
    """A written segment, memory-mapped and checked against its manifest entry."""

    def __init__(self, folder: Path, *, files: dict[str, list[int]], passages: int) -> None:
        expected = {"terms.txt", *(f"{n}.npy" for n in (*POSTING_FIELDS, *PASSAGE_FIELDS))}
        if set(files) != expected:
            raise CorruptIndex(f"{folder.name}: unexpected file list")
        for name, (size, crc) in files.items():
            file = folder / name
            try:
                if file.stat().st_size != size or file_crc(file) != crc:
                    raise CorruptIndex(f"{folder.name}/{name}: checksum mismatch")
            except OSError as exc:
                raise CorruptIndex(f"{folder.name}/{name}: {exc.strerror}") from None
        text = (folder / "terms.txt").read_text(encoding="utf-8")
        self.vocab = text.split("\n") if text else []
        self.term_numbers = {term: i for i, term in enumerate(self.vocab)}
        self.arrays: dict[str, Array] = {}
        for name, dtype in {**POSTING_FIELDS, **PASSAGE_FIELDS}.items():
            try:
                # asarray: a plain ndarray over the map; numpy.memmap slicing is slow.
                mapped = np.asarray(
                    np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
                )
            except ValueError as exc:
                raise CorruptIndex(f"{folder.name}/{name}.npy: {exc}") from None
            if mapped.dtype != dtype or mapped.ndim != 1:
                raise CorruptIndex(f"{folder.name}/{name}.npy: wrong type")
            self.arrays[name] = mapped
        offsets = self.arrays["offsets"]
        if (
            len(offsets) != len(self.vocab) + 1
            or offsets[0] != 0
            or offsets[-1] != len(self.arrays["docs"])
            or len(self.arrays["tfs"]) != len(self.arrays["docs"])
            or any(len(self.arrays[n]) != passages for n in PASSAGE_FIELDS)
        ):
            raise CorruptIndex(f"{folder.name}: inconsistent array sizes")
        self.passages = passages

    def postings(self, term: str) -> tuple[Array, Array] | None:
        """(local passage numbers, counts) of ``term``, or None when no passage has it."""
        number = self.term_numbers.get(term)
        if number is None:
            return None
        lo, hi = int(self.arrays["offsets"][number]), int(self.arrays["offsets"][number + 1])
        return self.arrays["docs"][lo:hi], self.arrays["tfs"][lo:hi]

    def to_data(self, sources: Sequence[SourceEntry], keep: Sequence[int]) -> SegmentData:
        """The sources numbered ``keep`` as SegmentData (for compaction; no re-tokenising)."""
        keep = sorted(keep)
        live = np.zeros(self.passages, dtype=bool)
        for i in keep:
            live[sources[i].first : sources[i].first + sources[i].count] = True
        renumber = np.cumsum(live, dtype=np.int64) - 1
        offsets = np.asarray(self.arrays["offsets"])
        term_ids = np.repeat(np.arange(len(self.vocab), dtype=np.int32), np.diff(offsets))
        docs = np.asarray(self.arrays["docs"])
        kept = live[docs]
        source_map = np.full(len(sources), -1, dtype=np.int32)
        source_map[keep] = np.arange(len(keep), dtype=np.int32)
        fields = {name: np.asarray(self.arrays[name])[live] for name in PASSAGE_FIELDS}
        fields["source"] = source_map[fields["source"]]
        entries = [
            SourceEntry(s.id, s.hash, int(renumber[s.first]) if s.count else 0, s.count)
            for s in (sources[i] for i in keep)
        ]
        return SegmentData(
            vocab=self.vocab,
            term_ids=term_ids[kept],
            docs=renumber[docs[kept]].astype(np.int32),
            tfs=np.asarray(self.arrays["tfs"])[kept],
            fields=fields,
            sources=entries,
        )
