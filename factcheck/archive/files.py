"""Which files ``archive add`` reads, and each one as a ``Source``.

A folder is read like a workspace's ``sources/`` (a workspace folder: its ``sources/``):
ids are paths inside it without the extension. A file's id is its name without the
extension. Text and Markdown keep their front matter; saved web pages, PDFs and Word files
go through the same importers as ``factcheck add``, and their content hash is the hash of
the original's bytes, so adding the same file again is "unchanged".
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.importers import SUPPORTED_SUFFIXES, import_file, read_bytes, render_source
from factcheck.importers import source_id_for as slug_id
from factcheck.workspace import (
    SOURCE_ID,
    SOURCE_SUFFIXES,
    SOURCES_DIR,
    Source,
    decode_source_bytes,
    parse_source,
)


def source_paths(paths: list[Path]) -> Iterator[tuple[str, Path]]:
    """(source id, file) for every source file under ``paths``, folders walked in order."""
    for path in paths:
        if path.is_dir():
            inner = path / SOURCES_DIR
            root = inner if inner.is_dir() else path
            yield from _walk(root)
        elif path.is_file():
            yield _file_id(path), path
        else:
            raise FactcheckError("no such file or folder", path=str(path))


def _walk(root: Path) -> Iterator[tuple[str, Path]]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        inner = os.path.relpath(dirpath, root)
        prefix = "" if inner == os.curdir else inner.replace(os.sep, "/") + "/"
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(SUPPORTED_SUFFIXES):
                continue
            yield prefix + name.rsplit(".", 1)[0], Path(dirpath, name)


def _file_id(file: Path) -> str:
    if SOURCE_ID.match(file.stem):
        return file.stem
    return slug_id(file, explicit=None)


def read_source(source_id: str, file: Path) -> Source:
    """The file as a Source with id ``source_id``; every problem is one FactcheckError."""
    name = str(file)
    if not SOURCE_ID.match(source_id):
        raise FactcheckError(f"{source_id!r} is not a usable source id", path=name)
    data = read_bytes(file)
    if file.suffix.lower() in SOURCE_SUFFIXES:
        text, utf8 = decode_source_bytes(data, path=name)
        return parse_source(text, source_id=source_id, path=name, utf8=utf8)
    digest = hashlib.sha256(data).hexdigest()
    imported = import_file(file, data=data)
    text = render_source(imported, original=file, sha256=digest, added="")
    source = parse_source(text, source_id=source_id, path=name)
    return dataclasses.replace(source, content_hash="sha256:" + digest)
