"""Writing the chunk files of the vector store (``vectorstore``): ``.npy`` arrays of float16
rows, each under a new name, staged and renamed into place, with the size and CRC-32 its
manifest entry records."""

from __future__ import annotations

import io
import os
import uuid
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from factcheck.index.segments import Array, file_crc


def stream_chunk(
    store: Path,
    *,
    slices: Iterable[tuple[int, Array]],
    shape: tuple[int, int],
    listed: list[list[Any]],
) -> tuple[dict[str, Any], Array]:
    """A chunk of ``shape`` written from ``slices`` (first row, float16 rows), in order, as
    ``np.save`` writes it; returns its manifest entry and its rows, memory-mapped."""
    name = f"chunk-{uuid.uuid4().hex[:12]}.npy"
    staging = store / f"{name}.tmp"
    header = io.BytesIO()
    descr = np.lib.format.dtype_to_descr(np.dtype(np.float16))
    np.lib.format.write_array_header_1_0(
        header, {"descr": descr, "fortran_order": False, "shape": shape}
    )
    head = header.getvalue()
    crc, size, rows = zlib.crc32(head), len(head), 0
    try:
        with staging.open("wb") as handle:
            handle.write(head)
            handle.flush()  # each slice goes to the file before the next is encoded
            for first, vectors in slices:
                if first != rows or vectors.shape[1:] != shape[1:] or vectors.dtype != np.float16:
                    raise ValueError(f"{name}: the slice at row {first} does not fit")
                block = np.ascontiguousarray(vectors).data
                handle.write(block)
                handle.flush()
                crc, size, rows = zlib.crc32(block, crc), size + block.nbytes, rows + len(vectors)
        if rows != shape[0]:
            raise ValueError(f"{name}: {rows} rows written, {shape[0]} announced")
        os.replace(staging, store / name)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    entry = {"name": name, "file": [size, crc], "sources": listed}
    return entry, np.asarray(np.load(store / name, mmap_mode="r", allow_pickle=False))


def write_chunk(store: Path, *, vectors: Array, listed: list[list[Any]]) -> dict[str, Any]:
    """A chunk holding ``vectors`` (as float16); returns its manifest entry."""
    name = f"chunk-{uuid.uuid4().hex[:12]}.npy"
    staging = store / f"{name}.tmp"
    with staging.open("wb") as handle:
        np.save(handle, np.ascontiguousarray(vectors, dtype=np.float16), allow_pickle=False)
    os.replace(staging, store / name)
    file = store / name
    return {"name": name, "file": [file.stat().st_size, file_crc(file)], "sources": listed}
