"""One verdict file kept in step with the disk: read, merge per claim, write under a lock.

The VerdictStore holds one SyncedVerdictFile per claims file. Each knows two
versions of every entry: ``base``, the entry as this process last read or
wrote it, and ``current``, the entry as the reviewer sees it now. A claim
whose two versions differ has a change still to save. Saving re-reads the
file under an exclusive lock, keeps every other entry as it is on disk and
refuses (ConflictError) to replace an entry that changed on disk since
``base``: somebody else changed the same claim.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.verdicts.files import (
    normalize_verdict,
    parse_verdicts,
    serialize_verdicts,
    verdict_file_lock,
)
from factcheck.workspace import (
    VERDICTS_DIR,
    ClaimsFile,
    Verdict,
    atomic_write,
    read_file_bytes,
    remove_file,
)

EMPTY = Verdict()
LOCKS_DIR = ".factcheck/locks"
# A verdict file's name comes from a claims file's name; it must stay one plain file name.
_SAFE_NAME = re.compile(r"^[^/\\\x00-\x1f]+$")


class ConflictError(FactcheckError):
    """Someone else changed the same claim since this store last read it."""

    def __init__(self, *, claim_id: str, mine: Verdict, theirs: Verdict, path: str) -> None:
        who = theirs.reviewer or "someone else"
        super().__init__(f"{claim_id}: changed by {who} meanwhile; keep mine or theirs", path=path)
        self.claim_id = claim_id
        self.mine = mine
        self.theirs = theirs


class StoreWriteError(FactcheckError):
    """A verdict file could not be written; the change is kept in memory for ``flush``."""


def put(entries: dict[str, Verdict], claim_id: str, entry: Verdict) -> None:
    """Set an entry; an empty one is removed, as it is never written."""
    if entry.is_empty:
        entries.pop(claim_id, None)
    else:
        entries[claim_id] = entry


def verdict_file_path(root: Path, claims_file: ClaimsFile) -> tuple[str, Path]:
    """The verdict file of a claims file, refusing any name that could leave ``verdicts/``."""
    name = claims_file.name
    if not _SAFE_NAME.match(name) or name.startswith("."):
        raise FactcheckError(
            f"claims file name {name!r} cannot name a verdict file", path=claims_file.path
        )
    rel = f"{VERDICTS_DIR}/{name}.yaml"
    path = root / VERDICTS_DIR / f"{name}.yaml"
    folder = (root / VERDICTS_DIR).resolve()
    if path.resolve().parent != folder or not folder.is_relative_to(root.resolve()):
        raise FactcheckError("the verdict file would be written outside verdicts/", path=rel)
    return rel, path


@dataclass(frozen=True)
class DiskSnapshot:
    """A verdict file as read at one moment, for a reload."""

    generation: int  # SyncedVerdictFile.generation when it was read
    text: str | None
    entries: dict[str, Verdict]


@dataclass
class SyncedVerdictFile:
    """What this process knows about one ``verdicts/<name>.yaml``."""

    claims_file: ClaimsFile
    rel: str  # "verdicts/<name>.yaml"
    path: Path
    lock_path: Path
    base: dict[str, Verdict] = field(default_factory=dict)  # as last read or written
    current: dict[str, Verdict] = field(default_factory=dict)  # as the reviewer sees it
    # The file's text (None: absent) when all of it is reflected in ``base``; reload skips it.
    known_text: str | None = None
    text_known: bool = False
    generation: int = 0  # bumped whenever ``base`` changes, so a stale reload is dropped
    _lock_depth: int = 0

    @classmethod
    def open(cls, *, root: Path, claims_file: ClaimsFile) -> SyncedVerdictFile:
        """Read the verdict file of ``claims_file`` (absent: no entries)."""
        rel, path = verdict_file_path(root, claims_file)
        synced = cls(
            claims_file=claims_file,
            rel=rel,
            path=path,
            lock_path=root / LOCKS_DIR / f"{claims_file.name}.lock",
        )
        synced.remove_stale_temporaries()
        text = synced.read_text()
        synced.base = synced.parse(text)
        synced.current = dict(synced.base)
        synced.known_text, synced.text_known = text, True
        return synced

    def dirty(self) -> set[str]:
        """Claims with a change not yet saved."""
        return {
            cid
            for cid in self.base.keys() | self.current.keys()
            if self.current.get(cid, EMPTY) != self.base.get(cid, EMPTY)
        }

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the file's lock (re-entrant within this object)."""
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(verdict_file_lock(self.lock_path))
            except OSError as exc:
                raise StoreWriteError(
                    f"cannot lock the verdict file ({exc.strerror or exc}); change kept in memory",
                    path=self.rel,
                ) from None
            self._lock_depth = 1
            try:
                yield
            finally:
                self._lock_depth = 0

    def remove_stale_temporaries(self) -> None:
        """Delete temporary files a killed writer left behind (best effort, never blocking).

        Writers hold the lock while their temporary file exists, so under the
        lock every one found is an orphan.
        """
        if not self.path.parent.is_dir():
            return
        # Exactly atomic_write's names (mkstemp adds 8 characters): a glob built from the
        # name could also match another claims file's temporaries, which its lock guards.
        orphan = re.compile(re.escape(f".{self.path.name}.") + r"[A-Za-z0-9_]{8}\.tmp")
        try:
            with verdict_file_lock(self.lock_path, timeout=0.2):
                for entry in os.scandir(self.path.parent):
                    if orphan.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                        os.unlink(entry.path)
        except OSError:
            pass  # a read-only workspace, or another writer busy: try again next time

    def read_text(self) -> str | None:
        """The file's text, or None when it does not exist."""
        try:
            data = read_file_bytes(self.path, rel=self.rel, missing_ok=True)
        except FactcheckError as exc:  # not a regular file, unreadable: never opened, never lost
            raise StoreWriteError(exc.message, path=self.rel) from None
        if data is None:
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise StoreWriteError("not UTF-8 text", path=self.rel) from None

    def parse(self, text: str | None) -> dict[str, Verdict]:
        """Entries in their canonical form (raises WorkspaceError on a broken file)."""
        if text is None:
            return {}
        entries: dict[str, Verdict] = {}
        for cid, entry in parse_verdicts(text, path=self.rel).entries.items():
            put(entries, cid, normalize_verdict(entry))
        return entries

    def read_entries(self) -> dict[str, Verdict]:
        """The entries on disk now; a broken file is a StoreWriteError (never overwritten)."""
        text = self.read_text()
        if self.text_known and text == self.known_text:
            return dict(self.base)  # unchanged since we last read or wrote it: skip parsing
        try:
            return self.parse(text)
        except StoreWriteError:
            raise
        except FactcheckError as exc:  # a merge conflict in the file, say: the user fixes it
            raise StoreWriteError(
                f"cannot merge into it, fix it first ({exc.message}); change kept in memory",
                path=exc.path or self.rel,
                line=exc.line,
            ) from None

    def save(self, *, focus: str | None, conflicts: dict[str, ConflictError]) -> None:
        """Read-merge-write every unsaved change, under the lock.

        A conflict on ``focus`` raises ConflictError and writes nothing; a
        conflict on another claim is recorded in ``conflicts`` and that claim
        stays unsaved while the rest is written. OSError becomes StoreWriteError.
        """
        with self.locked():
            disk = self.read_entries()
            merged = dict(disk)
            written: list[str] = []
            for cid in sorted(self.dirty()):
                theirs = disk.get(cid, EMPTY)
                mine = self.current.get(cid, EMPTY)
                if theirs not in (self.base.get(cid, EMPTY), mine):
                    conflict = ConflictError(claim_id=cid, mine=mine, theirs=theirs, path=self.rel)
                    conflicts[cid] = conflict
                    if cid == focus:
                        raise conflict
                    continue
                put(merged, cid, mine)
                written.append(cid)
            text = serialize_verdicts(merged) if merged else None
            try:
                if text is None:  # no verdicts left: no file, as before the first one
                    remove_file(self.path)
                else:
                    atomic_write(self.path, text)
            except OSError as exc:
                reason = exc.strerror or os.strerror(exc.errno or 0) or str(exc)
                raise StoreWriteError(
                    f"cannot write: {reason}",
                    path=self.rel,  # the caller says what happens next
                ) from None
            for cid in written:
                put(self.base, cid, self.current.get(cid, EMPTY))
                conflicts.pop(cid, None)
            in_sync = all(
                merged.get(cid, EMPTY) == self.base.get(cid, EMPTY)
                for cid in merged.keys() | self.base.keys()
            )
            self.known_text, self.text_known = text, in_sync
            self.generation += 1

    def read_disk(self) -> DiskSnapshot | None:
        """The file as it is now, parsed; None when it is what this process last saw.

        Safe to call without the store's mutex (the slow part of a reload);
        ``apply_disk`` then takes it in.
        """
        generation = self.generation
        text = self.read_text()
        if self.text_known and text == self.known_text:
            return None
        return DiskSnapshot(generation=generation, text=text, entries=self.parse(text))

    def apply_disk(self, snapshot: DiskSnapshot) -> set[str]:
        """Take the disk's version of every entry not changed here; the ids that changed.

        An entry with an unsaved change keeps it: the next save decides whether
        that is a conflict. A snapshot older than this process's last save or
        resolution is dropped (the next reload looks again).
        """
        if snapshot.generation != self.generation:
            return set()
        changed: set[str] = set()
        for cid in snapshot.entries.keys() | self.base.keys():
            theirs, base = snapshot.entries.get(cid, EMPTY), self.base.get(cid, EMPTY)
            if theirs != base and self.current.get(cid, EMPTY) == base:
                put(self.current, cid, theirs)
                put(self.base, cid, theirs)
                changed.add(cid)
        self.known_text, self.text_known = snapshot.text, not self.dirty()
        self.generation += 1
        return changed
