"""Merging segment data into one written segment, a part at a time.

Used for the parts a parallel build's workers write (``segmentbuild``) and for compaction
(stored segments). The merged postings are never built in memory as a whole: the passage
numbers and counts are placed into their final arrays part by part, each part freed once
placed, and the forward index (every passage's term numbers) goes straight to its file,
renumbered a part at a time. At a million passages that keeps the merge to about the size
of the posting arrays (6 bytes a posting) instead of three copies of everything.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from factcheck.index.segments import (
    PASSAGE_FIELDS,
    STORED_ARRAYS,
    Array,
    SegmentData,
    SourceEntry,
    in_term_order,
    save_array,
    write_vocabulary,
)

# Tokens renumbered at a time when merging (16 MB as int32).
TOKEN_SLICE = 1 << 22


@dataclass(frozen=True)
class Written:
    """A segment just written: its files ({name: [size, crc32]}), sources and passages."""

    files: dict[str, list[int]]
    sources: list[SourceEntry]
    passages: int


@dataclass(frozen=True)
class StoredPart:
    """A part written by ``segments.write_segment`` (a worker's, a moment ago in this build,
    so not checked again), read only when its turn in the merge comes."""

    folder: Path
    sources: list[SourceEntry]

    def outline(self) -> tuple[list[str], Array, int]:
        """(vocabulary, postings per term, tokens), read without touching the postings."""
        text = (self.folder / "terms.txt").read_text(encoding="utf-8")
        offsets = np.load(self.folder / "offsets.npy", allow_pickle=False)
        tokens = np.load(self.folder / "tokens.npy", mmap_mode="r", allow_pickle=False)
        return (text.split("\n") if text else []), np.diff(offsets), len(tokens)

    def load(self, vocab: list[str]) -> SegmentData:
        """The part as SegmentData over memory maps, but for its postings' term numbers
        (``term_ids`` is empty): the merge places each term's run by the counts of
        ``outline``, and making them took a quarter of its CPU time at 1M passages."""
        arrays = {
            name: np.load(self.folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
            for name in STORED_ARRAYS
        }
        return SegmentData(
            vocab=vocab,
            term_ids=np.zeros(0, dtype=np.int32),
            docs=arrays["docs"],
            tfs=arrays["tfs"],
            fields={name: arrays[name] for name in PASSAGE_FIELDS},
            sources=self.sources,
            tokens=[arrays["tokens"]],
        )


def write_merged(parts: list[SegmentData | StoredPart], folder: Path) -> Written:
    """Write one segment holding every part's passages in order, with one shared vocabulary
    (terms numbered in order of first occurrence, part after part), to a new ``folder``.

    Consumes ``parts`` (the list is emptied, each part freed once placed). No sort: a
    term's postings in each part are one run, in passage order, and go after the same
    term's runs from earlier parts. On any failure the folder is removed.
    """
    folder.mkdir(parents=True)
    try:
        return _write_merged(parts, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _write_merged(parts: list[SegmentData | StoredPart], folder: Path) -> Written:
    outlines: list[tuple[list[str], Array, int]] = []
    for i, part in enumerate(parts):
        if isinstance(part, StoredPart):
            outlines.append(part.outline())
        else:
            part = parts[i] = in_term_order(part)
            counts = np.bincount(part.term_ids, minlength=len(part.vocab))
            outlines.append((part.vocab, counts, sum(len(chunk) for chunk in part.tokens)))
    vocab: dict[str, int] = {}
    mappings = []  # per part: local term number -> shared term number
    for terms, _, _ in outlines:
        mappings.append(
            np.array([vocab.setdefault(term, len(vocab)) for term in terms], dtype=np.int64)
        )
    per_term = np.zeros(len(vocab), dtype=np.int64)
    for (_, counts, _), mapping in zip(outlines, mappings, strict=True):
        per_term[mapping] += counts
    offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
    np.cumsum(per_term, out=offsets[1:])
    cursor = offsets[:-1].copy()  # where each term's next posting goes
    postings = int(offsets[-1])
    passages = sum(e.count for p in parts for e in p.sources)
    tokens_total = sum(tokens for _, _, tokens in outlines)
    docs = np.empty(postings, dtype=np.int32)
    tfs = np.empty(postings, dtype=np.uint16)
    fields = {name: np.empty(passages, dtype=dtype) for name, dtype in PASSAGE_FIELDS.items()}
    entries: list[SourceEntry] = []
    files = {
        "terms.txt": write_vocabulary(folder, list(vocab)),
        "offsets.npy": save_array(folder / "offsets.npy", [offsets], np.int64),
    }
    del per_term, offsets

    def placed() -> Iterator[Array]:
        """Each part's postings put in place and its tokens renumbered, part after part."""
        doc_base = source_base = 0
        parts.reverse()
        mappings.reverse()
        outlines.reverse()
        while parts:
            given, mapping, (terms, local, _) = parts.pop(), mappings.pop(), outlines.pop()
            part = given.load(terms) if isinstance(given, StoredPart) else given
            del given
            run_starts = np.cumsum(local) - local
            # Posting i of local term t goes to cursor[shared t] + (i - run_starts[t]).
            where = np.repeat(cursor[mapping] - run_starts, local)
            where += np.arange(len(where))
            docs[where] = part.docs + np.int32(doc_base)
            tfs[where] = part.tfs
            del where
            cursor[mapping] += local
            for name in PASSAGE_FIELDS:
                column = np.asarray(part.fields[name])
                if name == "source":
                    column = column + np.int32(source_base)
                fields[name][doc_base : doc_base + part.passages] = column
            entries.extend(
                SourceEntry(e.id, e.hash, e.first + doc_base, e.count) for e in part.sources
            )
            doc_base += part.passages
            source_base += len(part.sources)
            shared = mapping.astype(np.int32)
            chunks, part.tokens = part.tokens, []
            del part
            for chunk in chunks:  # in slices: a compacted part is a whole segment
                for start in range(0, len(chunk), TOKEN_SLICE):
                    yield shared[chunk[start : start + TOKEN_SLICE]]

    files["tokens.npy"] = save_array(folder / "tokens.npy", placed(), np.int32, length=tokens_total)
    files["docs.npy"] = save_array(folder / "docs.npy", [docs], np.int32)
    files["tfs.npy"] = save_array(folder / "tfs.npy", [tfs], np.uint16)
    for name, dtype in PASSAGE_FIELDS.items():
        files[f"{name}.npy"] = save_array(folder / f"{name}.npy", [fields[name]], dtype)
    return Written(files=dict(sorted(files.items())), sources=entries, passages=passages)
