"""Reading one source file: decoding, front matter and the metadata guessed without it."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from factcheck.errors import FactcheckError, WorkspaceError
from factcheck.workspace.dates import check_date, iso_date
from factcheck.workspace.fileio import read_file_bytes
from factcheck.workspace.models import Source, SourceMeta
from factcheck.workspace.yamlio import parse_yaml

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
META_FIELDS = ("title", "url", "publisher", "published", "archived_url", "author")
# Metadata written by `factcheck add` that is kept but not shown as a field of its own.
EXTRA_FIELDS = ("original", "original_sha256", "pages", "format", "added")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# Some saved articles open with "date 2022-12-29" before the text.
LEADING_DATE = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_BOM = b"\xef\xbb\xbf"


def decode_source(data: bytes, *, path: str) -> str:
    """Decode a source file as UTF-8 (a BOM is allowed), refusing binary data."""
    if b"\x00" in data:
        raise WorkspaceError("looks binary (contains NUL bytes); sources must be text", path=path)
    if data.startswith(_BOM):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise WorkspaceError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8",
            path=path,
            line=line,
        ) from None


def _title_from_name(source_id: str) -> str:
    stem = source_id.rsplit("/", 1)[-1]
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else source_id


def front_matter(text: str, *, path: str) -> tuple[dict[str, str], int]:
    """The front-matter fields of a source's text (all as text) and where its body starts."""
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if not match:
        return fields, 0
    try:
        doc = parse_yaml(match.group(1), file=path)
    except FactcheckError as exc:
        # The YAML starts on the line after the opening "---".
        exc.line = exc.line + 1 if exc.line else None
        raise
    data = doc.data
    if data is not None and not isinstance(data, dict):
        raise WorkspaceError("front matter must be a mapping of fields", path=path, line=2)
    for key, value in (data or {}).items():
        if key not in META_FIELDS and key not in EXTRA_FIELDS:
            raise WorkspaceError(
                f"unknown front-matter field {key!r} (known: {', '.join(META_FIELDS)})",
                path=path,
                line=(doc.line(key) or 0) + 1,
            )
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            raise WorkspaceError(
                f"front-matter field {key!r} must be text",
                path=path,
                line=(doc.line(key) or 0) + 1,
            )
        fields[key] = str(value)
        if key == "published":
            check_date(fields[key], field=key, path=path, line=(doc.line(key) or 0) + 1)
    return fields, match.end()


def parse_source(text: str, *, source_id: str, path: str, utf8: bytes | None = None) -> Source:
    """Build a Source from decoded text: front matter if present, else guessed metadata.

    ``utf8``, when given, is ``text`` encoded as UTF-8 (the file's bytes without a BOM):
    hashing it spares encoding the whole text again.
    """
    fields, body_start = front_matter(text, path=path)
    published = fields.get("published")
    if published is None:
        leading = LEADING_DATE.match(text, body_start)
        if leading:
            published = iso_date(leading.group(1))  # "date 2022-13-45" in the text: no date
    else:
        published = iso_date(published) or published
    meta = SourceMeta(
        title=fields.get("title") or _title_from_name(source_id),
        url=fields.get("url"),
        publisher=fields.get("publisher"),
        published=published,
        archived_url=fields.get("archived_url"),
        author=fields.get("author"),
    )
    return Source(
        id=source_id,
        path=path,
        text=text,
        meta=meta,
        body_start=body_start,
        content_hash="sha256:"
        + hashlib.sha256(text.encode("utf-8") if utf8 is None else utf8).hexdigest(),
    )


def read_source(file: Path, *, source_id: str, path: str) -> Source:
    """Read and parse one source file; every problem is a WorkspaceError naming it."""
    data = read_file_bytes(file, rel=path)
    assert data is not None  # missing_ok is False
    text, utf8 = decode_source_bytes(data, path=path)
    return parse_source(text, source_id=source_id, path=path, utf8=utf8)


def decode_source_bytes(data: bytes, *, path: str) -> tuple[str, bytes]:
    """``decode_source(data)``, and the text's UTF-8 bytes (``data`` without its BOM), which
    ``parse_source`` hashes without encoding the text again."""
    # newline='' semantics: we decode bytes ourselves so CRLF stays CRLF and spans are exact.
    text = decode_source(data, path=path)
    # Valid UTF-8 decodes and encodes back to the same bytes, so these are the text's bytes.
    return text, data[3:] if data.startswith(_BOM) else data
