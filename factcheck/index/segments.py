"""The on-disk segment format of the persistent index (see docs/scaling.md).

A segment is a folder of plain numpy ``.npy`` arrays, memory-mapped when read:

* ``terms.txt``: the segment's vocabulary, one term per line (term id = line number);
* ``offsets.npy`` (int64, terms + 1) with ``docs.npy`` (int32) and ``tfs.npy`` (uint16):
  the postings of term ``t`` are ``docs[offsets[t]:offsets[t + 1]]``, local passage
  numbers, with the term's count in each passage in ``tfs``;
* ``tokens.npy`` (int32): every passage's term ids in text order, passage after passage
  (passage ``p`` has ``length[p]`` of them), so the matcher reads a candidate's terms
  instead of tokenising its text again;
* one array per passage field: ``source.npy`` (int32, index into the segment's source
  list), ``start.npy``/``end.npy`` (int64 offsets into the source text), ``flags.npy``
  (uint8, bit 0 = boilerplate), ``page.npy`` (int32, -1 = none) and ``length.npy``
  (int32, number of index terms, for BM25 length normalisation).

Passage text is not stored: it is ``source.text[start:end]``, read from the workspace.
Every file's size and CRC-32 go into the manifest, so a truncated or garbled file is
caught on open. ``segmentbuild`` makes SegmentData from sources.
"""

from __future__ import annotations

import io
import mmap
import shutil
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from factcheck.index.checked import FileChecks
from factcheck.index.tokenfile import Tokens

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
# The forward index: every passage's term numbers in text order (see SegmentData.tokens).
TOKEN_FIELDS = {"tokens": np.int32}
STORED_ARRAYS = {**POSTING_FIELDS, **TOKEN_FIELDS, **PASSAGE_FIELDS}
BOILERPLATE = 1

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
    # Each passage's term numbers in text order, passage after passage (passage p has
    # fields["length"][p] of them), as int32 chunks to be concatenated: the matcher rescores
    # candidates from them without re-tokenising.
    tokens: list[Array]

    @property
    def passages(self) -> int:
        return len(self.fields["start"])


def in_term_order(data: SegmentData) -> SegmentData:
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
        tokens=data.tokens,
    )


def write_segment(data: SegmentData, folder: Path) -> dict[str, list[int]]:
    """Write ``data`` to a new ``folder``; returns {file name: [size, crc32]} for the manifest.

    On any failure (a full disk, say) the folder is removed: nothing half-written is left.
    """
    folder.mkdir(parents=True)
    try:
        return _write_files(data, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _write_files(data: SegmentData, folder: Path) -> dict[str, list[int]]:
    data = in_term_order(data)
    offsets = np.zeros(len(data.vocab) + 1, dtype=np.int64)
    if len(data.vocab):
        np.cumsum(np.bincount(data.term_ids, minlength=len(data.vocab)), out=offsets[1:])
    files = {
        "terms.txt": write_vocabulary(folder, data.vocab),
        "offsets.npy": save_array(folder / "offsets.npy", [offsets], np.int64),
        "docs.npy": save_array(folder / "docs.npy", [data.docs], np.int32),
        "tfs.npy": save_array(folder / "tfs.npy", [data.tfs], np.uint16),
        "tokens.npy": save_array(folder / "tokens.npy", data.tokens, np.int32),
    }
    for name, dtype in PASSAGE_FIELDS.items():
        files[f"{name}.npy"] = save_array(folder / f"{name}.npy", [data.fields[name]], dtype)
    return dict(sorted(files.items()))


def write_vocabulary(folder: Path, vocab: Sequence[str]) -> list[int]:
    """Write ``terms.txt``; returns its [size, crc32]."""
    encoded = "\n".join(vocab).encode("utf-8")
    (folder / "terms.txt").write_bytes(encoded)
    return [len(encoded), zlib.crc32(encoded)]


def save_array(
    file: Path, chunks: Iterable[Array], dtype: npt.DTypeLike, *, length: int | None = None
) -> list[int]:
    """Save the concatenation of ``chunks`` (``length`` items in all; chunks may be made on
    the fly) as one ``.npy`` array, a chunk at a time: never a second copy of them all.
    Returns the file's [size, crc32], computed on the way."""
    if length is None:
        chunks = list(chunks)
        length = sum(len(chunk) for chunk in chunks)
    header = io.BytesIO()
    descr = np.lib.format.dtype_to_descr(np.dtype(dtype))
    np.lib.format.write_array_header_1_0(
        header, {"descr": descr, "fortran_order": False, "shape": (length,)}
    )
    head = header.getvalue()
    crc, size, items = zlib.crc32(head), len(head), 0
    with file.open("wb") as handle:
        handle.write(head)
        for chunk in chunks:
            block = np.ascontiguousarray(chunk, dtype=dtype).data
            handle.write(block)
            crc = zlib.crc32(block, crc)
            size += block.nbytes
            items += len(chunk)
    if items != length:
        raise ValueError(f"{file.name}: {items} items written, {length} announced")
    return [size, crc]


def file_crc(file: Path) -> int:
    """CRC-32 of a file's bytes, read in blocks."""
    crc = 0
    with file.open("rb") as handle:
        while block := handle.read(1 << 22):
            crc = zlib.crc32(block, crc)
    return crc


def check_files(folder: Path, *, files: dict[str, list[int]], checked: FileChecks | None) -> None:
    """Raise CorruptIndex unless the segment in ``folder`` holds exactly ``files``, each of
    its manifest size and CRC-32 (``checked``: files whose CRC need not be read again)."""
    expected = {"terms.txt", *(f"{n}.npy" for n in STORED_ARRAYS)}
    if set(files) != expected:
        raise CorruptIndex(f"{folder.name}: unexpected file list")
    for name, (size, crc) in files.items():
        file = folder / name
        key = f"{folder.name}/{name}"
        try:
            stat = file.stat()
            if stat.st_size != size:
                raise CorruptIndex(f"{key}: checksum mismatch")
            if checked is not None and checked.known_good(key, stat, crc):
                continue
            if file_crc(file) != crc:
                raise CorruptIndex(f"{key}: checksum mismatch")
        except OSError as exc:
            raise CorruptIndex(f"{key}: {exc.strerror}") from None
        if checked is not None:
            checked.add(key, stat, crc)


class Segment:
    """A written segment, memory-mapped and checked against its manifest entry."""

    def __init__(
        self,
        folder: Path,
        *,
        files: dict[str, list[int]],
        passages: int,
        checked: FileChecks | None = None,
    ) -> None:
        """Open the segment in ``folder``; ``checked``: files whose CRC need not be read again."""
        check_files(folder, files=files, checked=checked)
        text = (folder / "terms.txt").read_text(encoding="utf-8")
        self.vocab = text.split("\n") if text else []
        self.term_numbers = {term: i for i, term in enumerate(self.vocab)}
        self.arrays: dict[str, Array] = {}
        self.maps: dict[str, mmap.mmap] = {}  # the maps under ``arrays``, for ``drop_pages``
        for name, dtype in STORED_ARRAYS.items():
            try:
                memmap = np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
            except ValueError as exc:
                raise CorruptIndex(f"{folder.name}/{name}.npy: {exc}") from None
            if isinstance(getattr(memmap, "_mmap", None), mmap.mmap):
                self.maps[name] = memmap._mmap
            if name == "tokens":  # read a candidate at a time, from the file (``Tokens``)
                self.tokens = Tokens(folder / "tokens.npy", at=int(memmap.offset))
            # asarray: a plain ndarray over the map; numpy.memmap slicing is slow.
            mapped = np.asarray(memmap)
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
        # Where each passage's terms start in ``tokens`` (and the last one's end).
        self.token_starts = np.zeros(passages + 1, dtype=np.int64)
        np.cumsum(self.arrays["length"], out=self.token_starts[1:])
        if self.token_starts[-1] != len(self.arrays["tokens"]) or (
            passages and int(self.arrays["length"].min()) < 0
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
            tokens=[np.asarray(self.arrays["tokens"])[np.repeat(live, self.arrays["length"])]],
        )
