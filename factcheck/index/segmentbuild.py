"""Building a segment from sources: passages, term counts, worker processes.

``tokenize_sources`` splits sources into passages (``passages.passage_spans``) and counts
their index terms (``postings``); ``build_segment`` writes that as a segment, in one worker
process per core when there is a lot of text: each worker reads its own sources and
writes its part to disk, and ``segmentmerge`` joins the parts into the segment.
"""

from __future__ import annotations

import array
import concurrent.futures
import dataclasses
import itertools
import multiprocessing
import os
import shutil
import threading
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import numpy as np

from factcheck.errors import FactcheckError
from factcheck.index.memory import return_large_blocks_promptly, reuse_freed_memory
from factcheck.index.postings import PostingsBuilder
from factcheck.index.segmentmerge import StoredPart, Written, write_merged
from factcheck.index.segments import (
    BOILERPLATE,
    PASSAGE_FIELDS,
    SegmentData,
    SourceEntry,
    write_segment,
)
from factcheck.workspace import Source, passage_spans, read_source_text, text_size

_TYPECODES = {"source": "i", "start": "q", "end": "q", "flags": "B", "page": "i", "length": "i"}
# Below this much text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 8_000_000
CHUNKS_PER_WORKER = 16


def tokenize_sources(sources: Sequence[Source]) -> SegmentData:
    """Split ``sources`` into passages and count each passage's index terms.

    A source whose text is not read yet is read here and not kept (``read_source_text``):
    a build reads each text once, and holding them all would double its memory.
    """
    builder = PostingsBuilder()
    columns: dict[str, array.array[int]] = {
        name: array.array(_TYPECODES[name]) for name in PASSAGE_FIELDS if name != "length"
    }
    entries: list[SourceEntry] = []
    number = 0
    for source_number, source in enumerate(sources):
        text = read_source_text(source)
        if not source.text_loaded:
            source = dataclasses.replace(source, text=text)  # a copy, dropped after
        spans = passage_spans(source)
        count = len(spans)
        if count:  # the spans' columns, transposed in C
            starts, ends, boilers, pages = zip(*spans, strict=True)
            builder.add(text, zip(starts, ends, strict=True))
            columns["source"].extend([source_number] * count)
            columns["start"].extend(starts)
            columns["end"].extend(ends)
            columns["flags"].extend([BOILERPLATE if boiler else 0 for boiler in boilers])
            # A source's passages all have a page (it holds page breaks) or none has.
            columns["page"].extend([-1] * count if pages[0] is None else pages)
        entries.append(SourceEntry(source.id, source.content_hash, number, count))
        number += count
    term_ids, docs, tfs, lengths, tokens = builder.build()
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
        tokens=[tokens.astype(np.int32, copy=False)],
    )


def build_segment(
    sources: Sequence[Source],
    folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Written:
    """Split and tokenise ``sources`` into a new segment written to ``folder``, in one worker
    process per core when there is a lot of text.

    The parent reads no source text: each worker reads its own sources and writes its part
    to disk, and the parts are merged from there (``segmentmerge``), so the parent holds
    neither the texts nor every part at once.
    """
    sizes = [text_size(s) for s in sources]
    total_chars = sum(sizes)
    workers = os.cpu_count() or 1
    if total_chars < PARALLEL_MIN_CHARS or workers < 2 or len(sources) < 2:
        data = tokenize_sources(sources)
        files = write_segment(data, folder)
        if progress is not None:
            progress(len(sources), len(sources))
        return Written(files=files, sources=data.sources, passages=data.passages)
    # Chunks of similar text size, many per worker: progress moves, and the last chunks to
    # finish are small, so neither worker idles long at the end.
    target = total_chars / (workers * CHUNKS_PER_WORKER)
    bounds = [0]
    size = 0
    for number, source_size in enumerate(sizes):
        if size >= target:
            bounds.append(number)
            size = 0
        size += source_size
    bounds.append(len(sources))
    chunks = list(itertools.pairwise(bounds))
    # Named seg-*: what a crash leaves is deleted by the next update's clean-up.
    scratch = folder.with_name(folder.name + ".parts")
    scratch.mkdir()
    try:
        listed = _write_parts(sources, chunks, scratch, workers=workers, progress=progress)
        # The merge allocates and frees arrays of a few megabytes per part. Not before the
        # workers fork: each would map and unmap its every array of a megabyte or more,
        # chunk after chunk (a third of a million-passage build's CPU time went to the
        # kernel), where glibc's default keeps reusing the memory it freed.
        return_large_blocks_promptly()
        parts: list[SegmentData | StoredPart] = [
            StoredPart(scratch / str(i), listed[i]) for i in range(len(chunks))
        ]
        return write_merged(parts, folder)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _write_parts(
    sources: Sequence[Source],
    chunks: list[tuple[int, int]],
    scratch: Path,
    *,
    workers: int,
    progress: Callable[[int, int], None] | None,
) -> list[list[SourceEntry]]:
    """Each chunk of ``sources`` written as a segment to ``scratch/<chunk number>`` by a
    worker process; returns each part's source list."""
    listed: list[list[SourceEntry]] = [[] for _ in chunks]
    done = 0
    global _FORKED_SOURCES
    fork = _can_fork()
    # Forked workers find the sources in memory (shared, copy-on-write): sending them would
    # pickle them once more. spawn where a fork is unsafe (a threaded caller such as the
    # review screen); each task then carries its own sources.
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        _FORKED_SOURCES = sources
    try:
        try:
            pool = concurrent.futures.ProcessPoolExecutor(
                workers, mp_context=context, initializer=reuse_freed_memory
            )
        except OSError:
            # No semaphores for a pool (a read-only /dev/shm, some containers): build here,
            # one chunk after another, slower but the same segment.
            return _write_parts_here(sources, chunks, scratch, progress=progress)
        with pool:
            futures = {
                (
                    pool.submit(_part_forked, lo, hi, str(scratch / str(i)))
                    if fork
                    else pool.submit(write_part, sources[lo:hi], str(scratch / str(i)))
                ): i
                for i, (lo, hi) in enumerate(chunks)
            }
            for future in concurrent.futures.as_completed(futures):
                i = futures.pop(future)
                listed[i] = future.result()
                done += chunks[i][1] - chunks[i][0]
                if progress is not None:
                    progress(done, len(sources))
    except BrokenProcessPool as died:
        raise FactcheckError(
            "an index-building worker process died (killed, or out of memory?): "
            "the build stopped; run it again"
        ) from died
    finally:
        _FORKED_SOURCES = ()
    return listed


def _write_parts_here(
    sources: Sequence[Source],
    chunks: list[tuple[int, int]],
    scratch: Path,
    *,
    progress: Callable[[int, int], None] | None,
) -> list[list[SourceEntry]]:
    """What ``_write_parts`` does, in this process."""
    listed = []
    for i, (lo, hi) in enumerate(chunks):
        listed.append(write_part(sources[lo:hi], str(scratch / str(i))))
        if progress is not None:
            progress(hi, len(sources))
    return listed


def write_part(sources: Sequence[Source], folder: str) -> list[SourceEntry]:
    """``tokenize_sources`` written to ``folder`` (in a worker); returns the part's sources."""
    data = tokenize_sources(sources)
    write_segment(data, Path(folder))
    return data.sources


def _can_fork() -> bool:
    """True where forking is safe: POSIX, and no other thread that a fork would freeze."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


_FORKED_SOURCES: Sequence[Source] = ()


def _part_forked(lo: int, hi: int, folder: str) -> list[SourceEntry]:
    return write_part(_FORKED_SOURCES[lo:hi], folder)
