"""Building a segment's data from sources: passages, term counts, worker processes, merging.

``tokenize_sources`` splits sources into passages (``passages.passage_spans``) and counts
their index terms (``postings``); ``tokenize_all`` does that in one worker process per
core when there is a lot of text, and ``merge`` joins the parts into one SegmentData for
``segments.write_segment``. Also used to merge stored segments (compaction).
"""

from __future__ import annotations

import array
import concurrent.futures
import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence

import numpy as np

from factcheck.index.memory import return_large_blocks_promptly
from factcheck.index.postings import PostingsBuilder
from factcheck.index.segments import (
    BOILERPLATE,
    PASSAGE_FIELDS,
    Array,
    SegmentData,
    SourceEntry,
    in_term_order,
)
from factcheck.workspace import Source, passage_spans

_TYPECODES = {"source": "i", "start": "q", "end": "q", "flags": "B", "page": "i", "length": "i"}
# Below this much text, starting worker processes costs more than it saves.
PARALLEL_MIN_CHARS = 8_000_000
CHUNKS_PER_WORKER = 16


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


def merge(parts: list[SegmentData]) -> SegmentData:
    """One segment holding every part's passages in order, with one shared vocabulary.

    Consumes ``parts`` (the list is emptied): each part is freed once copied, so a large
    build holds the postings about once, not twice. No sort: a term's postings in each
    part are one run, in passage order, and go after the same term's runs from earlier parts.
    """
    parts[:] = [in_term_order(part) for part in parts]
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
    # Each part's tokens renumbered into the shared vocabulary, kept as chunks that
    # write_segment writes one after the other: never a second copy of them all.
    tokens: list[Array] = []
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
        shared = mapping.astype(np.int32)
        tokens.extend(shared[chunk] for chunk in part.tokens)
        part.tokens.clear()
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
        vocab=list(vocab),
        term_ids=term_ids,
        docs=docs,
        tfs=tfs,
        fields=fields,
        sources=entries,
        tokens=tokens,
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
    # The parts come back as many arrays of a few megabytes each, freed as they are merged.
    return_large_blocks_promptly()
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
                i = futures.pop(future)
                # Taken out of the future: a finished future keeps its result, and merge
                # can free each part only when nothing else holds it.
                parts[i] = future.result()
                del future
                done += chunks[i][1] - chunks[i][0]
                if progress is not None:
                    progress(done, len(sources))
    finally:
        _FORKED_SOURCES = ()
    ready = [p for p in parts if p is not None]
    parts.clear()
    return merge(ready)


def _can_fork() -> bool:
    """True where forking is safe: POSIX, and no other thread that a fork would freeze."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


_FORKED_SOURCES: Sequence[Source] = ()


def _tokenize_forked(lo: int, hi: int) -> SegmentData:
    return tokenize_sources(_FORKED_SOURCES[lo:hi])
