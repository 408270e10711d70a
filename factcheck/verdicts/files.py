"""Verdict files: ``verdicts/<claims file name>.yaml``, read and written.

The format is a mapping of claim id (sorted) to a verdict entry with a fixed
key order, so that a changed verdict is a one-line diff. Writes are atomic:
a temporary file in the same folder, fsync, then ``os.replace``, so a crash
leaves either the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.errors import WorkspaceError
from factcheck.workspace import (
    PinnedEvidence,
    Stance,
    Verdict,
    YamlDoc,
    check_date,
    dump_yaml,
    make_folder,
    parse_yaml,
    read_file_bytes,
)

ENTRY_FIELDS = ("verdict", "reviewer", "reviewed_at", "claim_hash", "evidence", "dismissed", "note")
EVIDENCE_FIELDS = ("source", "stance", "quote", "start", "end", "source_hash")
HEADER = "# Written by factcheck; safe to edit by hand, reviewed with `factcheck diff`.\n"


@dataclass(frozen=True)
class VerdictFile:
    """The verdicts of one claims file, with the line of each entry (for messages)."""

    path: str  # workspace-relative, e.g. "verdicts/belarus.yaml"
    entries: dict[str, Verdict]
    lines: dict[str, int]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        stamp: str = value.astimezone(dt.UTC).isoformat()
        return stamp.replace("+00:00", "Z")
    if isinstance(value, (dict, list)):
        raise TypeError("expected text")
    return str(value)


def _parse_evidence(doc: YamlDoc, path: str, claim_id: str, raw: Any) -> tuple[PinnedEvidence, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise WorkspaceError(
            f"{claim_id}: 'evidence' must be a list", path=path, line=doc.line(claim_id, "evidence")
        )
    pinned = []
    for i, item in enumerate(raw):
        line = doc.line(claim_id, "evidence", i)
        if not isinstance(item, dict):
            raise WorkspaceError(
                f"{claim_id}: evidence {i + 1} must be a mapping", path=path, line=line
            )
        unknown = sorted(set(item) - set(EVIDENCE_FIELDS))
        if unknown:
            raise WorkspaceError(
                f"{claim_id}: unknown evidence field {unknown[0]!r}", path=path, line=line
            )
        try:
            stance = Stance(item.get("stance", "supports"))
        except ValueError:
            raise WorkspaceError(
                f"{claim_id}: evidence stance must be supports, contradicts or neutral",
                path=path,
                line=doc.line(claim_id, "evidence", i, "stance"),
            ) from None
        start, end = item.get("start", -1), item.get("end", -1)
        source, quote = item.get("source"), item.get("quote")
        if (
            not isinstance(source, str)
            or not isinstance(quote, str)
            or isinstance(start, bool)
            or isinstance(end, bool)
            or not isinstance(start, int)
            or not isinstance(end, int)
        ):
            raise WorkspaceError(
                f"{claim_id}: evidence needs source and quote (text) and start and end (numbers)",
                path=path,
                line=line,
            )
        source_hash = item.get("source_hash")
        pinned.append(
            PinnedEvidence(
                source=source,
                stance=stance,
                quote=quote,
                start=start,
                end=end,
                source_hash=None if source_hash is None else str(source_hash),
            )
        )
    return tuple(pinned)


def parse_verdicts(text: str, *, path: str) -> VerdictFile:
    """Parse the text of one verdict file (``path`` is workspace-relative, for messages)."""
    doc = parse_yaml(text, file=path)
    data = doc.data
    if data is None:
        return VerdictFile(path=path, entries={}, lines={})
    if not isinstance(data, dict):
        raise WorkspaceError("a verdict file must be a mapping of claim id to verdict", path=path)
    entries: dict[str, Verdict] = {}
    lines: dict[str, int] = {}
    for claim_id, raw in data.items():
        claim_id = str(claim_id)
        line = doc.line(claim_id)
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise WorkspaceError(
                f"{claim_id}: expected a mapping of verdict fields", path=path, line=line
            )
        unknown = sorted(set(raw) - set(ENTRY_FIELDS))
        if unknown:
            raise WorkspaceError(
                f"{claim_id}: unknown field {unknown[0]!r} (known: {', '.join(ENTRY_FIELDS)})",
                path=path,
                line=doc.line(claim_id, unknown[0]),
            )
        dismissed = raw.get("dismissed") or []
        if not isinstance(dismissed, list) or not all(isinstance(d, str) for d in dismissed):
            raise WorkspaceError(
                f"{claim_id}: 'dismissed' must be a list of passage references",
                path=path,
                line=doc.line(claim_id, "dismissed"),
            )
        try:
            entry = Verdict(
                verdict=_text(raw.get("verdict")),
                reviewer=_text(raw.get("reviewer")),
                reviewed_at=_text(raw.get("reviewed_at")),
                claim_hash=_text(raw.get("claim_hash")),
                evidence=_parse_evidence(doc, path, claim_id, raw.get("evidence")),
                dismissed=tuple(dismissed),
                note=_text(raw.get("note")),
            )
        except TypeError:
            raise WorkspaceError(
                f"{claim_id}: verdict fields must be text", path=path, line=line
            ) from None
        if entry.reviewed_at is not None:
            field_line = doc.line(claim_id, "reviewed_at")
            check_date(entry.reviewed_at, field="reviewed_at", path=path, line=field_line)
        entries[claim_id] = entry
        lines[claim_id] = line or 0
    return VerdictFile(path=path, entries=entries, lines=lines)


def normalize_note(note: str | None) -> str | None:
    """A note as it is stored: Unix line ends, no blank lines around it, None when blank.

    A multi-line note ends with one newline so that it is written as a ``|``
    block scalar and reads back unchanged.
    """
    if note is None:
        return None
    note = note.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not note.strip():
        return None
    return note + "\n" if "\n" in note else note


def normalize_verdict(entry: Verdict) -> Verdict:
    """The canonical form of a verdict: what writing it and reading it back gives.

    Dismissed references are sorted and unique, the note is normalised and an
    entry holding nothing becomes ``Verdict()`` (it is not written at all).
    """
    if entry.is_empty:
        return Verdict()
    return replace(
        entry,
        dismissed=tuple(sorted(set(entry.dismissed))),
        note=normalize_note(entry.note),
    )


def entry_to_data(entry: Verdict) -> dict[str, Any]:
    """One verdict as plain data in the fixed key order, empty fields left out."""
    entry = normalize_verdict(entry)
    data: dict[str, Any] = {}
    for name in ("verdict", "reviewer", "reviewed_at", "claim_hash"):
        value = getattr(entry, name)
        if value is not None:
            data[name] = value
    if entry.evidence:
        data["evidence"] = [
            {
                "source": e.source,
                "stance": e.stance.value,
                "quote": e.quote,
                "start": e.start,
                "end": e.end,
                **({"source_hash": e.source_hash} if e.source_hash else {}),
            }
            for e in entry.evidence
        ]
    if entry.dismissed:
        data["dismissed"] = sorted(set(entry.dismissed))
    if entry.note is not None:
        data["note"] = entry.note
    return data


def serialize_verdicts(entries: Mapping[str, Verdict]) -> str:
    """The text of a verdict file: claim ids sorted, fixed key order, empty entries dropped.

    Each top-level entry is dumped on its own (and remembered), so saving one
    changed verdict in a file of a thousand re-serialises only that one.
    """
    parts = [_entry_text(cid, entries[cid]) for cid in sorted(entries) if not entries[cid].is_empty]
    return HEADER + "".join(parts)


@functools.lru_cache(maxsize=8192)
def _entry_text(claim_id: str, entry: Verdict) -> str:
    return dump_yaml({claim_id: entry_to_data(entry)})


def read_verdict_file(root: Path, rel: str) -> VerdictFile:
    """Read ``rel`` (e.g. ``verdicts/a.yaml``) under ``root``; an absent file has no entries."""
    data = read_file_bytes(root / rel, rel=rel, missing_ok=True)
    if data is None:
        return VerdictFile(path=rel, entries={}, lines={})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WorkspaceError("not UTF-8 text", path=rel) from None
    return parse_verdicts(text, path=rel)


# How long a save waits for another process that holds the verdict lock.
LOCK_TIMEOUT = 10.0


@contextlib.contextmanager
def verdict_file_lock(lock_path: Path, *, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``lock_path`` (created if needed).

    Every process that saves a verdict file takes this lock around
    read-merge-write, so two editors' saves never interleave. The lock is
    released by the kernel when the holder dies, so a killed process never
    leaves the workspace locked. Raises OSError (TimeoutError after
    ``timeout`` seconds, default LOCK_TIMEOUT) when it cannot be taken.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: saves are atomic but not serialised
        yield
        return
    make_folder(lock_path.parent)  # .factcheck/locks: .factcheck/ gets its .gitignore
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{lock_path} is held by another process") from None
                time.sleep(0.005)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
