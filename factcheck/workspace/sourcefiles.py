"""A workspace's source files: finding them under ``sources/``, refusing links that lead
outside the workspace, skipping files over the size limit, and reading them.

``workspace.load_workspace`` loads them with the claims and settings; the ``check``
command reads them through the same functions, so both see the same sources.
"""

from __future__ import annotations

import gc
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

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
    if rel.isascii():  # nearly every name, and a constant-time test
        return rel
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
        self._folders: dict[str, bool] = {}

    def __call__(self, file: Path, rel: str) -> None:
        self.entry(str(file.parent), str(file), rel, link=file.is_symlink())

    def entry(self, folder: str, file: str, rel: str, *, link: bool) -> None:
        """``self(Path(file), rel)`` for a file of ``folder`` the walk found, ``link``
        saying whether it is a symlink (from the folder listing: no ``lstat`` per file)."""
        inside = self._folders.get(folder)
        if inside is None:
            resolved = resolve_path(Path(folder), rel=rel.rsplit("/", 1)[0])
            inside = self._folders[folder] = resolved.is_relative_to(self._root)
        if inside and link:
            inside = resolve_path(Path(file), rel=rel).is_relative_to(self._root)
        if not inside:
            raise WorkspaceError("links outside the workspace; refusing to read it", path=rel)


def source_files(root: Path) -> list[tuple[str, Path]]:
    """(source id, file) for every source under ``sources/``, in a stable order."""
    return [(entry.source_id, Path(entry.file)) for entry in _source_entries(root)]


class _Entry(NamedTuple):  # a named tuple: one per source file on every run
    source_id: str
    file: str  # the path to open: the folder walked, then the name
    name: str  # relative to the workspace with ``/``, e.g. "sources/news/a.md"
    folder: str  # the folder listed
    link: bool  # the file is a symbolic link


def _source_entries(root: Path) -> list[_Entry]:
    """Every source file under ``sources/``: each folder's files in name order, then its
    folders in name order, none hidden and no linked folder followed (``os.walk``'s order).

    ``os.scandir`` rather than ``os.walk`` and ``Path``: the listing says which entries are
    folders or links without a ``stat`` each, and names are built from the walk's strings
    (a ``Path`` per file cost more than statting it, at 10,000 sources).
    """
    found: list[_Entry] = []
    folder = os.path.join(root, SOURCES_DIR)
    if os.path.isdir(folder):
        _walk(folder, "", found)
    return found


def _walk(folder: str, prefix: str, found: list[_Entry]) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return  # as os.walk: a folder that cannot be listed is passed over
    folders: list[os.DirEntry[str]] = []
    for entry in entries:
        name = entry.name
        try:
            is_folder = entry.is_dir()  # a link to a folder too: listed, not followed
        except OSError:
            is_folder = False
        if is_folder:
            folders.append(entry)
        elif not name.startswith(".") and name.lower().endswith(SOURCE_SUFFIXES):
            rel = prefix + name
            found.append(
                _Entry(
                    rel.rsplit(".", 1)[0],
                    entry.path,
                    f"{SOURCES_DIR}/{rel}",
                    folder,
                    entry.is_symlink(),
                )
            )
    for entry in folders:
        if not entry.name.startswith(".") and not entry.is_symlink():
            _walk(entry.path, f"{prefix}{entry.name}/", found)


def validate_source_id(source_id: str) -> bool:
    """True when ``source_id`` is a relative path that stays inside ``sources/``."""
    if not source_id or source_id.startswith(("/", "\\")) or "\\" in source_id:
        return False
    if re.match(r"^[A-Za-z]:", source_id):
        return False
    parts = source_id.split("/")
    return all(part not in ("", ".", "..") for part in parts)


MIB = 1024 * 1024


def too_large(file: Path | str, *, max_mb: float | None, size: int | None = None) -> str | None:
    """Why ``file`` is skipped as a source (over ``max_mb`` MiB), or None.

    ``matching.max_source_mb`` counts mebibytes (2**20 bytes), the unit ``ls -lh``, file
    managers and editors show as "M": a file they call 49M is under a limit of 50.
    ``size``, when given, is the file's size from a ``stat`` the caller already made.
    """
    if max_mb is None:
        return None
    if size is None:
        try:
            size = os.stat(file).st_size
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
    collecting = gc.isenabled()
    # Tens of thousands of objects that all live as long as the workspace, none in a cycle:
    # the cyclic collector, run every 700 of them, would find nothing (a tenth of the load
    # at 10,000 sources).
    gc.disable()
    try:
        return _load_sources(root, max_mb=max_mb, progress=progress, remember=remember)
    finally:
        if collecting:
            gc.enable()


def _load_sources(
    root: Path,
    *,
    max_mb: float | None,
    progress: Callable[[int, int], None] | None,
    remember: bool,
) -> tuple[dict[str, Source], tuple[SkippedSource, ...]]:
    sources: dict[str, Source] = {}
    skipped: list[SkippedSource] = []
    inside = InsideCheck(root)
    records = SourceRecords(root, remember=remember)
    entries = _source_entries(root)
    limit = math.inf if max_mb is None else max_mb * MIB  # too_large says more past it
    for done, entry in enumerate(entries):
        if progress is not None:
            progress(done, len(entries))
        source_id, file = entry.source_id, entry.file
        rel = _utf8_name(entry.name)
        inside.entry(entry.folder, file, rel, link=entry.link)
        try:
            stat: os.stat_result | None = os.stat(file)
        except OSError:
            stat = None  # reading it says what is wrong
        if stat is None or stat.st_size > limit:
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
            source = read_source(Path(file), source_id=source_id, path=rel)
            if stat is not None:
                source = records.add(source, file=file, stat=stat)
        sources[source_id] = source
    records.save()
    if progress is not None:
        progress(len(entries), len(entries))
    return sources, tuple(skipped)
