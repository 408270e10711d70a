"""Passage vectors stored in ``.factcheck/index/vectors/``, kept up to date incrementally.

Vectors are keyed by source content: a chunk file ``chunk-<id>.npy`` (float16, one row per
passage, L2-normalised) holds the passages of some sources, and ``vectors.json`` lists
each chunk's size, CRC-32 and sources (content hash, first row, passage count). So a new
or edited source is encoded alone, into a new chunk; a renamed one keeps its vectors; a
deleted one leaves rows that are dropped when they pile up (the live rows are copied
into one chunk, nothing is encoded again). ``vectors.json`` also names the model (its id
pins the weights' sha256), the store format and the index fingerprint (the passage
splitter and tokenizer code): any difference means the vectors are made again, never
wrong ones used. It carries a SHA-256 of itself and is replaced atomically, under the
index's write lock.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.index.candidates import CandidateIndex, MemoryIndex
from factcheck.index.disk import INDEX_DIR, UpdateReport, open_index_with_report
from factcheck.index.embeddings import (
    Encoder,
    PassageVectors,
    VectorIndex,
    encoded_slices,
    in_memory,
)
from factcheck.index.manifest import fingerprint, locked
from factcheck.index.segments import Array, file_crc
from factcheck.index.vectorchunks import stream_chunk, write_chunk
from factcheck.workspace import Source, Workspace, atomic_write

log = logging.getLogger(__name__)

VECTORS_DIR = "vectors"
MANIFEST = "vectors.json"
FORMAT_VERSION = 1
# Copy the live rows into one chunk when dead rows pass this share of them.
COMPACT_SHARE = 0.25


def open_index_with_vectors(
    *,
    workspace: Workspace,
    encoder: Encoder,
    progress: Callable[[int, int], None] | None = None,
    embed_progress: Callable[[int, int], None] | None = None,
    rebuild: bool = False,
) -> tuple[VectorIndex, UpdateReport, int]:
    """``open_index_with_report``, then the passages' vectors (see ``attach``).

    Returns the index, what the index update did and how many passages were encoded.
    """
    index, report = open_index_with_report(workspace=workspace, progress=progress, rebuild=rebuild)
    folder = workspace.root / INDEX_DIR
    if isinstance(index, MemoryIndex) or not folder.resolve().is_relative_to(
        workspace.root.resolve()
    ):  # no index folder of ours to write to
        return (
            in_memory(index=index, encoder=encoder, progress=embed_progress),
            report,
            len(index.passages),
        )
    vector_index, encoded = attach(
        folder=folder,
        index=index,
        sources=workspace.sources,
        encoder=encoder,
        progress=embed_progress,
    )
    return vector_index, report, encoded


def attach(
    *,
    folder: Path,
    index: CandidateIndex,
    sources: dict[str, Source],
    encoder: Encoder,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[VectorIndex, int]:
    """``index`` with its passages' vectors, encoding only the sources not stored yet.

    ``folder`` is the index folder (``.factcheck/index``). Returns the index and how many
    passages were encoded. When the folder cannot be written the new vectors are kept in
    memory only.
    """
    store = folder / VECTORS_DIR
    ranges = _source_ranges(index, sources)
    try:
        store.mkdir(parents=True, exist_ok=True)
        with locked(folder):
            return _attach_locked(store, index, sources, ranges, encoder, progress)
    except OSError as exc:
        log.debug("vector store %s not writable (%s); vectors kept in memory", store, exc)
        return in_memory(index=index, encoder=encoder, progress=progress), len(index.passages)


def _source_ranges(index: CandidateIndex, sources: dict[str, Source]) -> dict[str, range]:
    """Each source's passage numbers (consecutive, in workspace order)."""
    passages_of = getattr(index, "passages_of", None)
    if passages_of is not None:
        return {sid: passages_of(sid) for sid in sources}
    ranges: dict[str, range] = {}
    first = 0
    passages = index.passages
    while first < len(passages):
        sid = passages[first].source_id
        last = first
        while last + 1 < len(passages) and passages[last + 1].source_id == sid:
            last += 1
        ranges[sid] = range(first, last + 1)
        first = last + 1
    return {sid: ranges.get(sid, range(0)) for sid in sources}


def _load(store: Path, model_id: str, dimension: int) -> tuple[list[dict[str, Any]], list[Array]]:
    """The stored chunks (manifest entries and memory maps), or none when anything is off."""
    try:
        manifest = json.loads((store / MANIFEST).read_bytes())
        body = {k: v for k, v in manifest.items() if k != "checksum"}
        expected = {"format": FORMAT_VERSION, "model": model_id, "fingerprint": fingerprint()}
        if manifest["checksum"] != _checksum(body) or any(
            body.get(k) != v for k, v in expected.items()
        ):
            return [], []
        chunks = body["chunks"]
        arrays = []
        for chunk in chunks:
            file = store / chunk["name"]
            size, crc = chunk["file"]
            if file.stat().st_size != size or file_crc(file) != crc:
                return [], []
            array = np.asarray(np.load(file, mmap_mode="r", allow_pickle=False))
            if array.dtype != np.float16 or array.shape[1:] != (dimension,):
                return [], []
            arrays.append(array)
        return chunks, arrays
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return [], []


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _attach_locked(
    store: Path,
    index: CandidateIndex,
    sources: dict[str, Source],
    ranges: dict[str, range],
    encoder: Encoder,
    progress: Callable[[int, int], None] | None,
) -> tuple[VectorIndex, int]:
    chunks, arrays = _load(store, encoder.model_id, encoder.dimension)
    stored: dict[str, tuple[int, int, int]] = {}  # content hash -> (chunk, first row, count)
    for c, chunk in enumerate(chunks):
        for content_hash, first, count in chunk["sources"]:
            stored[content_hash] = (c, first, count)
    # One source per content: a copy, or a source renamed, shares its vectors.
    by_hash = {sources[sid].content_hash: sid for sid in reversed(list(ranges))}
    missing = [
        sid for h, sid in by_hash.items() if stored.get(h, (0, 0, -1))[2] != len(ranges[sid])
    ]
    encoded = 0
    if missing:
        numbers = [n for sid in missing for n in ranges[sid]]
        encoded = len(numbers)
        listed: list[list[Any]] = []
        rows = 0
        for sid in missing:
            listed.append([sources[sid].content_hash, rows, len(ranges[sid])])
            rows += len(ranges[sid])
        # Written slice by slice as they are encoded, then mapped: at a million passages
        # the vectors are 973 MB, which holding until written added to the encoder's own.
        slices = encoded_slices(
            encoder=encoder, passages=index.passages, numbers=numbers, progress=progress
        )
        chunk, vectors = stream_chunk(
            store, slices=slices, shape=(len(numbers), encoder.dimension), listed=listed
        )
        chunks.append(chunk)
        arrays.append(vectors)
        for content_hash, first, count in listed:
            stored[content_hash] = (len(chunks) - 1, first, count)
    live = sum(stored[h][2] for h in by_hash)
    dead = sum(len(a) for a in arrays) - live
    compacted = dead > COMPACT_SHARE * max(live, 1)
    if compacted:
        chunks, arrays, stored = _compact(store, chunks, arrays, stored, set(by_hash))
    if missing or compacted:
        body = {
            "format": FORMAT_VERSION,
            "model": encoder.model_id,
            "fingerprint": fingerprint(),
            "chunks": chunks,
        }
        atomic_write(store / MANIFEST, json.dumps({**body, "checksum": _checksum(body)}))
        _collect_garbage(store, chunks)
    return _vector_index(index, ranges, sources, encoder, arrays, stored), encoded


def _compact(
    store: Path,
    chunks: list[dict[str, Any]],
    arrays: list[Array],
    stored: dict[str, tuple[int, int, int]],
    used: set[str],
) -> tuple[list[dict[str, Any]], list[Array], dict[str, tuple[int, int, int]]]:
    """One chunk holding the rows of the sources in use, copied (nothing encoded again)."""
    parts: list[Array] = []
    listed: list[list[Any]] = []
    rows = 0
    for content_hash in sorted(used & stored.keys()):
        c, first, count = stored[content_hash]
        parts.append(np.asarray(arrays[c][first : first + count]))
        listed.append([content_hash, rows, count])
        rows += count
    vectors = np.concatenate(parts) if parts else np.zeros((0, arrays[0].shape[1]), np.float16)
    chunk = write_chunk(store, vectors=vectors, listed=listed)
    return [chunk], [vectors], {h: (0, first, count) for h, first, count in listed}


def _collect_garbage(store: Path, chunks: list[dict[str, Any]]) -> None:
    keep = {c["name"] for c in chunks} | {MANIFEST}
    for child in store.iterdir():
        if child.name not in keep and child.name.startswith("chunk-"):
            child.unlink(missing_ok=True)


def _vector_index(
    index: CandidateIndex,
    ranges: dict[str, range],
    sources: dict[str, Source],
    encoder: Encoder,
    arrays: list[Array],
    stored: dict[str, tuple[int, int, int]],
) -> VectorIndex:
    count = len(index.passages)
    block_of = np.zeros(count, dtype=np.int32)
    row_of = np.zeros(count, dtype=np.int64)
    for sid, numbers in ranges.items():
        if not len(numbers):
            continue
        c, first, _ = stored[sources[sid].content_hash]
        block_of[numbers.start : numbers.stop] = c
        row_of[numbers.start : numbers.stop] = np.arange(first, first + len(numbers))
    vectors = PassageVectors(encoder=encoder, blocks=arrays, block_of=block_of, row_of=row_of)
    return VectorIndex(index, vectors)
