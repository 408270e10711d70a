"""A workspace's source files: finding them under ``sources/``, refusing links that lead
outside the workspace, skipping files over the size limit, and reading them.

``workspace.load_workspace`` loads them with the claims and settings; the ``check``
command reads them through the same functions, so both see the same sources.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import WorkspaceError
from factcheck.workspace.fileio import resolve_path
from factcheck.workspace.models import Source
from factcheck.workspace.sourcecache import SourceRecords
from factcheck.workspace.sources import SOURCE_SUFFIXES, read_source

SOURCES_DIR = "sources"
SOURCE_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\- ]*(/[A-Za-z0-9_][A-Za-z0-9_.\- ]*)*$")


@dataclass(frozen=True)
class SkippedSource:
    """A source file left out on purpose, and why (one line, for a warning)."""

    path: str
    reason: str
    source_id: str = ""

    def __str__(self) -> str:
        return f"{self.path}: skipped: {self.reason}"


def relative_name(root: Path, path: Path) -> str:
    """``path`` relative to ``root`` with ``/``; a WorkspaceError for a name that is not UTF-8."""
    return _utf8_name(path.relative_to(root).as_posix())


def _utf8_name(rel: str) -> str:
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that are not UTF-8 in a file name cannot become an id, a YAML key or JSON.
        shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise WorkspaceError("the file name is not UTF-8; rename the file", path=shown) from None
    return rel


def ensure_inside(root: Path, file: Path, rel: str) -> None:
    """Refuse a file that resolves outside the workspace (a symlink out, say)."""
    try:
        resolve_path(file, rel=rel).relative_to(root.resolve())
    except ValueError:
        raise WorkspaceError("links outside the workspace; refusing to read it", path=rel) from None


class InsideCheck:
    """Refuses source files that resolve outside the workspace, resolving as little as it can.

    ``source_files`` walks without following linked folders, so only a linked file, or a
    link on the way to a folder it lists, can lead out: each folder is resolved once, and
    a file only when it is a link itself (a workspace of 10,000 sources would otherwise
    resolve every path component of every file).
    """

    def __init__(self, root: Path) -> None:
        self._root = root.resolve()
        self._folders: dict[Path, bool] = {}

    def __call__(self, file: Path, rel: str) -> None:
        inside = self._folders.get(file.parent)
        if inside is None:
            folder = resolve_path(file.parent, rel=rel.rsplit("/", 1)[0])
            inside = self._folders[file.parent] = folder.is_relative_to(self._root)
        if inside and file.is_symlink():
            inside = resolve_path(file, rel=rel).is_relative_to(self._root)
        if not inside:
            raise WorkspaceError("links outside the workspace; refusing to read it", path=rel)


def source_files(root: Path) -> list[tuple[str, Path]]:
    """(source id, file) for every source under ``sources/``, in a stable order."""
    return [(source_id, file) for source_id, file, _ in _source_entries(root)]


def _source_entries(root: Path) -> list[tuple[str, Path, str]]:
    """(source id, file, name relative to ``root`` with ``/``) of every source file.

    Names are built from the walk's strings: a ``Path.relative_to`` per file costs more
    than reading a small file.
    """
    folder = root / SOURCES_DIR
    found: list[tuple[str, Path, str]] = []
    if not folder.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        inner = os.path.relpath(dirpath, folder)
        prefix = "" if inner == os.curdir else inner.replace(os.sep, "/") + "/"
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(SOURCE_SUFFIXES):
                continue
            rel = prefix + name
            found.append((rel.rsplit(".", 1)[0], Path(dirpath, name), f"{SOURCES_DIR}/{rel}"))
    return found


def validate_source_id(source_id: str) -> bool:
    """True when ``source_id`` is a relative path that stays inside ``sources/``."""
    if not source_id or source_id.startswith(("/", "\\")) or "\\" in source_id:
        return False
    if re.match(r"^[A-Za-z]:", source_id):
        return False
    parts = source_id.split("/")
    return all(part not in ("", ".", "..") for part in parts)


MIB = 1024 * 1024


def too_large(file: Path, *, max_mb: float | None, size: int | None = None) -> str | None:
    """Why ``file`` is skipped as a source (over ``max_mb`` MiB), or None.

    ``matching.max_source_mb`` counts mebibytes (2**20 bytes), the unit ``ls -lh``, file
    managers and editors show as "M": a file they call 49M is under a limit of 50.
    ``size``, when given, is the file's size from a ``stat`` the caller already made.
    """
    if max_mb is None:
        return None
    if size is None:
        try:
            size = file.stat().st_size
        except OSError:
            return None  # reading it will say what is wrong
    if size <= max_mb * MIB:
        return None
    return f"{size / MIB:.1f} MiB is over matching.max_source_mb ({max_mb:g} MiB)"


def load_sources(root: Path) -> dict[str, Source]:
    """Load every source under ``sources/``, keyed by id (path without extension).

    Writes nothing: benchmarks read data sets (../shared/eval) that are not ours to change.
    """
    return load_sources_within(root, max_mb=None, remember=False)[0]


def load_sources_within(
    root: Path,
    *,
    max_mb: float | None,
    progress: Callable[[int, int], None] | None = None,
    remember: bool = True,
) -> tuple[dict[str, Source], tuple[SkippedSource, ...]]:
    """Every source of at most ``max_mb`` MiB, and those skipped for their size.

    Files unchanged since an earlier run (``sourcecache``) are not read: their text is
    read on first use. ``progress(done, total)`` follows the files (a million take minutes).
    ``remember=False`` writes no records (``.factcheck/sources.json``).
    """
    sources: dict[str, Source] = {}
    skipped: list[SkippedSource] = []
    ensure_inside = InsideCheck(root)
    records = SourceRecords(root, remember=remember)
    entries = _source_entries(root)
    for done, (source_id, file, name) in enumerate(entries):
        if progress is not None:
            progress(done, len(entries))
        rel = _utf8_name(name)
        ensure_inside(file, rel)
        try:
            stat: os.stat_result | None = os.stat(file)
        except OSError:
            stat = None  # reading it says what is wrong
        reason = too_large(file, max_mb=max_mb, size=None if stat is None else stat.st_size)
        if reason is not None:
            skipped.append(SkippedSource(path=rel, reason=reason, source_id=source_id))
            continue
        if source_id in sources:
            raise WorkspaceError(
                f"two files give the source id {source_id!r} ({sources[source_id].path} and {rel})",
                path=rel,
            )
        source = None
        if stat is not None:
            source = records.source(file=file, source_id=source_id, path=rel, stat=stat)
        if source is None:
            source = read_source(file, source_id=source_id, path=rel)
            if stat is not None:
                records.add(source, stat=stat)
        sources[source_id] = source
    records.save()
    if progress is not None:
        progress(len(entries), len(entries))
    return sources, tuple(skipped)
