"""Passage vectors in .factcheck/index/vectors/: built once, then only what changed.

A small deterministic encoder (hashed words) stands in for the model, so these run with or
without the semantic extra; tests/test_semantic.py runs the real one.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import mmap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from factcheck.index import embeddings, open_index_with_vectors
from factcheck.index.vectorstore import MANIFEST, VECTORS_DIR
from factcheck.workspace import load_workspace


class CountingEncoder:
    """Bag-of-hashed-words vectors; remembers every text it encoded."""

    model_id = "test-hashed-words-1"
    dimension = 16

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int, int], None] | None = None
    ) -> Any:
        self.seen.extend(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, hashlib.sha256(word.encode()).digest()[0] % self.dimension] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


SOURCES = {
    "sources/alpha.txt": "The council approved the budget on Monday. Taxes will rise next year.\n",
    "sources/beta.txt": "Rain flooded the valley road for the second time this winter season.\n",
    "sources/gamma.txt": "The museum reopened after a long renovation of its northern wing.\n",
}


def open_with(root: Path, encoder: CountingEncoder) -> Any:
    index, _, encoded = open_index_with_vectors(workspace=load_workspace(root), encoder=encoder)
    return index, encoded


def test_only_new_and_edited_sources_are_encoded_again(
    make_workspace: Callable[..., Path],
) -> None:
    root = make_workspace(SOURCES)
    encoder = CountingEncoder()
    index, encoded = open_with(root, encoder)
    assert encoded == len(index.passages) == len(encoder.seen) > 0
    # Warm: nothing encoded.
    encoder.seen.clear()
    index, encoded = open_with(root, encoder)
    assert encoded == 0 and encoder.seen == []
    # One source edited: only its passages.
    (root / "sources/beta.txt").write_text("Snow closed the mountain pass overnight.\n")
    index, encoded = open_with(root, encoder)
    assert encoder.seen == ["Snow closed the mountain pass overnight."] and encoded == 1
    # Renamed: its vectors are kept (keyed by content). Removed: nothing to encode.
    encoder.seen.clear()
    (root / "sources/gamma.txt").rename(root / "sources/delta.txt")
    (root / "sources/alpha.txt").unlink()
    index, encoded = open_with(root, encoder)
    assert encoded == 0 and encoder.seen == []
    # Every passage's vector is the one its text gives, wherever it is stored.
    expected = encoder.encode([p.text for p in index.passages])
    for n, passage in enumerate(index.passages):
        cosine = index.vectors.cosines(passage.text, [n])[n]
        assert cosine == pytest.approx(1.0, abs=2e-3), passage.text
        assert np.allclose(index.vectors.query(passage.text), expected[n])


def test_nearest_passages_come_back_best_first_with_their_cosines(
    make_workspace: Callable[..., Path],
) -> None:
    root = make_workspace(SOURCES)
    index, _ = open_with(root, CountingEncoder())
    found = index.vectors.nearest("Rain flooded the valley road again", limit=3)
    assert index.passages[found[0][0]].source_id == "beta"
    scores = [score for _, score in found]
    assert scores == sorted(scores, reverse=True) and len(found) == 3


def test_a_damaged_or_foreign_store_is_rebuilt_not_used(
    make_workspace: Callable[..., Path],
) -> None:
    root = make_workspace(SOURCES)
    encoder = CountingEncoder()
    _, total = open_with(root, encoder)
    store = root / ".factcheck/index" / VECTORS_DIR
    manifest = json.loads((store / MANIFEST).read_text())
    assert manifest["model"] == encoder.model_id and len(manifest["chunks"]) == 1
    chunk = store / manifest["chunks"][0]["name"]
    data = bytearray(chunk.read_bytes())
    data[-1] ^= 0x01
    chunk.write_bytes(bytes(data))
    _, encoded = open_with(root, encoder)
    assert encoded == total  # the checksum failed: every vector made again
    # Another model's vectors are never mixed in.
    other = CountingEncoder()
    other.model_id = "test-hashed-words-2"
    _, encoded = open_with(root, other)
    assert encoded == total


def test_deleted_sources_rows_are_dropped_when_they_pile_up(
    make_workspace: Callable[..., Path],
) -> None:
    root = make_workspace(SOURCES)
    encoder = CountingEncoder()
    open_with(root, encoder)
    for name in ("alpha", "beta"):
        (root / f"sources/{name}.txt").unlink()
    index, encoded = open_with(root, encoder)
    assert encoded == 0
    store = root / ".factcheck/index" / VECTORS_DIR
    manifest = json.loads((store / MANIFEST).read_text())
    rows = sum(count for chunk in manifest["chunks"] for _, _, count in chunk["sources"])
    assert rows == len(index.passages)  # compacted: only gamma's rows are left
    assert sorted(p.name for p in store.glob("chunk-*")) == [manifest["chunks"][0]["name"]]


def test_new_vectors_are_written_as_encoded_and_mapped_not_held(
    make_workspace: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each slice is in the chunk file before the next is encoded, the file holds what
    ``np.save`` of all the vectors at once would, and the index reads it mapped."""
    monkeypatch.setattr(embeddings, "ENCODE_SLICE", 1)  # a slice per passage
    files = {**SOURCES, "sources/delta.txt": "One. Two words. Three more words here. Four."}
    root = make_workspace(files)
    store = root / ".factcheck" / "index" / VECTORS_DIR
    written: list[int] = []

    class Watching(CountingEncoder):
        def encode(self, texts: Sequence[str], **options: Any) -> Any:
            staged = list(store.glob("chunk-*.npy.tmp"))
            written.append(staged[0].stat().st_size if staged else -1)
            return super().encode(texts, **options)

    encoder = Watching()
    index, encoded = open_with(root, encoder)
    assert encoded == len(index.passages) == len(written) >= 4
    assert len(written) >= 3 and written[0] > 0  # staged, its header written, first
    assert all(a < b for a, b in itertools.pairwise(written))  # a slice more each time
    (chunk,) = store.glob("chunk-*.npy")
    whole = io.BytesIO()
    # What the chunk held when the vectors were kept until written: the texts in the order
    # encoded, their float32 vectors assigned into one float16 array.
    vectors = np.zeros((len(encoder.seen), encoder.dimension), dtype=np.float16)
    vectors[:] = CountingEncoder().encode(encoder.seen)
    np.save(whole, vectors, allow_pickle=False)
    assert chunk.read_bytes() == whole.getvalue()
    (block,) = index.vectors._blocks
    root = block
    while isinstance(root, np.ndarray) and root.base is not None:
        root = root.base
    assert isinstance(root, mmap.mmap)  # read from the file, not a copy in memory
    assert np.array_equal(block, vectors)
