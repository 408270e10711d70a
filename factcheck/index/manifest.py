"""The manifest and lock of the persistent index: what is stored, and who may write it.

``manifest.json`` names the segments, each segment's files (size, CRC-32) and sources
(id, content hash, passage range), the tombstoned sources, the format and tokenizer
versions and a fingerprint of the code that decides what is stored. It carries a
SHA-256 of itself and is replaced atomically. Writers hold an ``flock`` on ``lock``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factcheck.index import postings as postings_module
from factcheck.index import segmentbuild as segmentbuild_module
from factcheck.index import segmentmerge as segmentmerge_module
from factcheck.index import segments as segments_module
from factcheck.index import wordkeys as wordkeys_module
from factcheck.index.segments import CorruptIndex
from factcheck.workspace import atomic_write
from factcheck.workspace import passages as passages_module
from factcheck.workspace import sentences as sentences_module
from factcheck.workspace import text as text_module

try:  # POSIX; elsewhere writers rely on atomic renames alone.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

MANIFEST = "manifest.json"
FORMAT_VERSION = 2  # 2: tokens.npy (the forward index)


def fingerprint() -> str:
    """Identifies everything that decides what is stored: format, tokenizer and splitter code."""
    digest = hashlib.sha256(f"{FORMAT_VERSION}:{text_module.TOKENIZER_VERSION}".encode())
    for module in (
        text_module,
        passages_module,
        sentences_module,
        postings_module,
        segments_module,
        segmentbuild_module,
        segmentmerge_module,
        wordkeys_module,
    ):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the index's write lock (an exclusive flock on ``folder/lock``)."""
    with (folder / "lock").open("a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def load_manifest(folder: Path) -> dict[str, Any]:
    """The manifest, checked: raises CorruptIndex unless it is whole and current."""
    try:
        raw = (folder / MANIFEST).read_bytes()
    except FileNotFoundError:
        raise CorruptIndex("no index") from None
    try:
        manifest: dict[str, Any] = json.loads(raw)
        if not _signed(raw, manifest["checksum"]):
            body = {k: v for k, v in manifest.items() if k != "checksum"}
            if manifest["checksum"] != _checksum(body):
                raise CorruptIndex("manifest checksum mismatch")
    except (ValueError, KeyError, TypeError, AttributeError):
        raise CorruptIndex("manifest unreadable") from None
    if manifest.get("format") != FORMAT_VERSION:
        raise CorruptIndex("index format changed")
    if manifest.get("tokenizer") != text_module.TOKENIZER_VERSION:
        raise CorruptIndex("tokenizer changed")
    if manifest.get("fingerprint") != fingerprint():
        raise CorruptIndex("passage splitter or tokenizer code changed")
    return manifest


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


# ``write_manifest`` writes the checksum first, then the very text it is the SHA-256 of
# (the body as ``_checksum`` serialises it), so a reader checks the bytes it read instead
# of serialising a megabyte of JSON again; other writers' manifests are checked as before.
_HEAD = b'{"checksum": "'
_DIGEST = 64  # hex digits of a SHA-256


def _signed(raw: bytes, checksum: object) -> bool:
    """True when ``raw`` is laid out as ``write_manifest`` writes it and its body's bytes
    hash to ``checksum`` (the value the JSON gives, so no other can hide behind it)."""
    start = len(_HEAD) + _DIGEST
    if not raw.startswith(_HEAD) or raw[start : start + 3] != b'", ':
        return False
    digest = hashlib.sha256(b"{" + raw[start + 3 :]).hexdigest()
    return raw[len(_HEAD) : start] == digest.encode() and checksum == digest


def write_manifest(folder: Path, segments: list[dict[str, Any]]) -> None:
    """Replace the manifest atomically with one naming ``segments``."""
    body = {
        "format": FORMAT_VERSION,
        "tokenizer": text_module.TOKENIZER_VERSION,
        "fingerprint": fingerprint(),
        "segments": segments,
    }
    signed = json.dumps(body, sort_keys=True)  # what _checksum hashes
    digest = hashlib.sha256(signed.encode()).hexdigest()
    atomic_write(folder / MANIFEST, f'{_HEAD.decode()}{digest}", {signed[1:]}')
