"""The persistent passage index in ``<workspace>/.factcheck/index/``.

``open_index`` loads the stored index, brings it up to date with the workspace's
sources and returns a ``DiskIndex``: the same ``CandidateIndex`` interface and the
same BM25 scores as ``MemoryIndex``, from memory-mapped arrays (``segments``).

Incremental by design: the index is a list of segments plus a manifest that
records, per source, its content hash and passage range. A new or edited source
goes into a new small segment; an edited or deleted one is marked dead in its old
segment (a tombstone); a renamed one (same content hash) is only relabelled. When
dead or delta passages pile up the segments are merged into one (compaction), from
the stored postings, without re-tokenising. Anything that does not check out
(format, tokenizer or code fingerprint, checksums, sizes) means a rebuild, never a
wrong answer. Writers hold a lock and publish by atomic rename.
"""

from __future__ import annotations

import errno
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.index.candidates import CandidateIndex, MemoryIndex
from factcheck.index.checked import CheckedFiles
from factcheck.index.layout import Layout
from factcheck.index.manifest import load_manifest, locked, write_manifest
from factcheck.index.readonly import read_only_index
from factcheck.index.search import DiskIndex
from factcheck.index.segmentbuild import build_segment
from factcheck.index.segmentfiles import (
    check_segments,
    collect_garbage,
    compact,
    new_segment,
    open_segments,
    open_written,
)
from factcheck.index.segments import CorruptIndex, Segment
from factcheck.workspace import Source, Workspace, make_folder, split_passages

log = logging.getLogger(__name__)

INDEX_DIR = ".factcheck/index"
# Compact when dead + delta passages exceed this share of the live ones, or past MAX_SEGMENTS.
COMPACT_SHARE = 0.25
MAX_SEGMENTS = 8


@dataclass(frozen=True)
class UpdateReport:
    """What ``open_index`` did to bring the index up to date."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    renamed: int = 0
    passages: int = 0
    seconds: float = 0.0
    rebuilt: bool = False
    compacted: bool = False
    reason: str = ""  # why it was rebuilt ("no index", ...), or not persistent ("the disk is full")
    persistent: bool = True  # False: the folder was not writable; an in-memory index is used

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed or self.renamed or self.rebuilt)


def open_index(
    *,
    workspace: Workspace,
    progress: Callable[[int, int], None] | None = None,
    rebuild: bool = False,
) -> CandidateIndex:
    """The workspace's persistent index, brought up to date with its sources first.

    Falls back to an in-memory index (never an error) when ``.factcheck/`` cannot be written.
    ``open_index_with_report`` also says what the update did.
    """
    index, _ = open_index_with_report(workspace=workspace, progress=progress, rebuild=rebuild)
    return index


def open_index_with_report(
    *,
    workspace: Workspace,
    progress: Callable[[int, int], None] | None = None,
    rebuild: bool = False,
) -> tuple[CandidateIndex, UpdateReport]:
    """``open_index`` and the UpdateReport of what changed."""
    began = time.perf_counter()
    make, report = _brought_up_to_date(workspace, progress=progress, rebuild=rebuild, search=True)
    index = make()
    return index, _timed(report, began)


def update_index(
    *,
    workspace: Workspace,
    progress: Callable[[int, int], None] | None = None,
    rebuild: bool = False,
) -> UpdateReport:
    """Bring the persistent index up to date (``factcheck index``) without opening it for
    search: laying a million passages out in workspace order is a fifth of a second."""
    began = time.perf_counter()
    _, report = _brought_up_to_date(workspace, progress=progress, rebuild=rebuild, search=False)
    return _timed(report, began)


def _brought_up_to_date(
    workspace: Workspace,
    *,
    progress: Callable[[int, int], None] | None,
    rebuild: bool,
    search: bool,
) -> tuple[Callable[[], CandidateIndex], UpdateReport]:
    """The update, and a function that opens the index it leaves for search (``search``:
    the segments are mapped as they are checked; else only when compacting needs them)."""
    folder = workspace.root / INDEX_DIR
    try:
        if not folder.resolve().is_relative_to(workspace.root.resolve()):
            # A .factcheck/ committed as a symlink must not make us write elsewhere.
            raise OSError(f"{INDEX_DIR} links outside the workspace")
        make_folder(folder)  # .factcheck/ gets its .gitignore
        with locked(folder):
            return _openlocked(folder, workspace, progress=progress, rebuild=rebuild, search=search)
    except OSError as exc:
        current = read_only_index(folder, workspace)
        if current is not None:  # a read-only checkout with an index that is up to date
            return (lambda: current), UpdateReport(passages=len(current.passages))
        log.debug("index folder %s not usable (%s); using an in-memory index", folder, exc)
        everything = [p for s in workspace.sources.values() for p in split_passages(s)]
        memory = MemoryIndex(everything)
        why = "the disk is full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "not writable"
        report = UpdateReport(
            added=len(workspace.sources), passages=len(everything), persistent=False, reason=why
        )
        return (lambda: memory), report


def _timed(report: UpdateReport, began: float) -> UpdateReport:
    return UpdateReport(**{**report.__dict__, "seconds": time.perf_counter() - began})


def _openlocked(
    folder: Path,
    workspace: Workspace,
    *,
    progress: Callable[[int, int], None] | None,
    rebuild: bool,
    search: bool,
) -> tuple[Callable[[], CandidateIndex], UpdateReport]:
    sources = workspace.sources
    reason = "rebuild requested" if rebuild else ""
    entries: list[dict[str, Any]] = []
    opened: list[Segment] | None = []
    checked = CheckedFiles(folder)
    if not rebuild:
        try:
            manifest = load_manifest(folder)
            entries = manifest["segments"]
            if search:
                opened = open_segments(folder, manifest, checked)
            else:  # factcheck index: a sound index needs no more than its files checked
                check_segments(folder, manifest, checked)
                opened = None
            entries, opened, report = _update(
                folder, entries, opened, sources, checked=checked, progress=progress
            )
        except CorruptIndex as exc:
            reason = str(exc)
            log.debug("rebuilding the index: %s", reason)
    if reason:
        entries, built, report = _rebuild(folder, workspace, progress=progress, reason=reason)
        checked.save(set())  # files written just now are too fresh to be recorded
        return (lambda: DiskIndex(Layout.from_segments(built, entries, sources))), report
    checked.save({f"{e['name']}/{name}" for e in entries for name in e["files"]})

    def make() -> CandidateIndex:
        assert opened is not None  # search=True maps every segment
        return DiskIndex(Layout.from_segments(opened, entries, sources))

    return make, report


def _rebuild(
    folder: Path,
    workspace: Workspace,
    *,
    progress: Callable[[int, int], None] | None,
    reason: str,
) -> tuple[list[dict[str, Any]], list[Segment], UpdateReport]:
    sources = list(workspace.sources.values())
    entry = new_segment(folder, lambda staging: build_segment(sources, staging, progress=progress))
    write_manifest(folder, [entry])
    collect_garbage(folder, [entry])
    opened = [open_written(folder, entry)]
    report = UpdateReport(
        added=len(workspace.sources), passages=entry["passages"], rebuilt=True, reason=reason
    )
    return [entry], opened, report


def _update(
    folder: Path,
    entries: list[dict[str, Any]],
    opened: list[Segment] | None,
    sources: dict[str, Source],
    *,
    checked: CheckedFiles,
    progress: Callable[[int, int], None] | None,
) -> tuple[list[dict[str, Any]], list[Segment] | None, UpdateReport]:
    """Bring the segments up to date with ``sources``: tombstones, renames, a delta segment.

    ``opened``: the segments mapped, or None when they are not (then mapped here only if
    compacting needs their postings; a CorruptIndex from that means a rebuild)."""
    live: dict[str, tuple[int, int]] = {}  # source id -> (segment, source number)
    hashes: dict[str, str] = {}  # source id -> its content hash in the index
    for s, entry in enumerate(entries):
        dead = set(entry["dead"])
        for i, (source_id, content_hash, _first, _count) in enumerate(entry["sources"]):
            if i not in dead:
                live[source_id] = (s, i)
                hashes[source_id] = content_hash

    new = [sid for sid in sources if sid not in live]
    changed = [
        sid
        for sid, source in sources.items()
        if hashes.get(sid, source.content_hash) != source.content_hash
    ]
    gone = [sid for sid in live if sid not in sources]
    # A source whose content hash equals a gone one's was renamed (moved): relabel it.
    gone_by_hash: dict[str, list[str]] = {}
    for sid in gone:
        gone_by_hash.setdefault(hashes[sid], []).append(sid)
    renamed: list[tuple[str, str]] = []
    for sid in list(new):
        candidates = gone_by_hash.get(sources[sid].content_hash)
        if candidates:
            renamed.append((candidates.pop(), sid))
            new.remove(sid)
    removed = [sid for sid in gone if sid not in {before for before, _ in renamed}]
    for before, sid in renamed:
        s, i = live[before]
        entries[s]["sources"][i][0] = sid
    for sid in changed + removed:
        s, i = live[sid]
        entries[s]["dead"].append(i)
    if new or changed:
        fresh = [sources[sid] for sid in new + changed]
        entries.append(
            new_segment(folder, lambda staging: build_segment(fresh, staging, progress=progress))
        )
        if opened is not None:
            opened.append(open_written(folder, entries[-1]))
    total = sum(e["passages"] for e in entries)
    dead = sum(e["sources"][i][3] for e in entries for i in e["dead"])
    delta = sum(e["passages"] for e in entries[1:])
    compacted = False
    if (dead + delta) > COMPACT_SHARE * max(total - dead, 1):
        if opened is None:  # mapped only now, for their postings
            opened = open_segments(folder, {"segments": entries}, checked)
        entries, opened = compact(folder, entries, opened)
        compacted = True
    elif len(entries) > MAX_SEGMENTS:
        # Only too many segments, the later ones small (under COMPACT_SHARE of the first):
        # merge those and keep the first with its tombstones, rewriting a few sources'
        # postings instead of the whole index's (at 1M, 10 s every eighth edit).
        tail = opened[1:] if opened else open_segments(folder, {"segments": entries[1:]}, checked)
        merged, merged_open = compact(folder, entries[1:], tail)
        entries = [entries[0], *merged]
        opened = None if opened is None else [opened[0], *merged_open]
        compacted = True
    if new or changed or renamed or removed or compacted:
        write_manifest(folder, entries)
        collect_garbage(folder, entries)
    report = UpdateReport(
        added=len(new),
        changed=len(changed),
        removed=len(removed),
        renamed=len(renamed),
        passages=sum(e["passages"] - sum(e["sources"][i][3] for i in e["dead"]) for e in entries),
        compacted=compacted,
    )
    return entries, opened, report
