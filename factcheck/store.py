"""The VerdictStore: every reviewer decision, written to ``verdicts/`` the moment it is made.

Each change is saved at once with a read-merge-write under a lock: the file
is re-read, everyone else's entries are kept as they are on disk, and only
the claims this store changed are replaced. If the entry of a changed claim
on disk is no longer the one this store last read or wrote, somebody else
changed the same claim: that is a ConflictError, nothing is written, and the
caller decides with ``resolve_conflict``. A failed write (disk full,
read-only folder) keeps the change in memory until ``flush`` succeeds.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from factcheck.errors import FactcheckError
from factcheck.models import Claim, PinnedEvidence, Stance, Verdict
from factcheck.verdicts import (
    atomic_write,
    normalize_note,
    normalize_verdict,
    parse_verdicts,
    remove_file,
    serialize_verdicts,
    utc_now,
    verdict_file_lock,
)
from factcheck.workspace import VERDICTS_DIR, ClaimsFile, Workspace

EMPTY = Verdict()
LOCKS_DIR = ".factcheck/locks"
# A verdict file's name comes from a claims file's name; it must stay one plain file name.
_SAFE_NAME = re.compile(r"^[^/\\\x00]+$")


class ConflictError(FactcheckError):
    """Someone else changed the same claim since this store last read it."""

    def __init__(self, *, claim_id: str, mine: Verdict, theirs: Verdict, path: str) -> None:
        super().__init__(
            f"{claim_id}: changed by {theirs.reviewer or 'someone else'} meanwhile; "
            "keep mine or theirs",
            path=path,
        )
        self.claim_id = claim_id
        self.mine = mine
        self.theirs = theirs


class StoreWriteError(FactcheckError):
    """A verdict file could not be written; the change is kept in memory for ``flush``."""


@dataclass(frozen=True)
class Change:
    """One undoable step: the entry of ``claim_id`` went from ``before`` to ``after``."""

    claim_id: str
    before: Verdict
    after: Verdict
    description: str


@dataclass
class _VerdictFileState:
    """What the store knows about one verdict file."""

    claims_file: ClaimsFile
    rel: str  # "verdicts/<name>.yaml"
    path: Path
    lock_path: Path
    base: dict[str, Verdict]  # each entry as this store last read or wrote it
    current: dict[str, Verdict]  # each entry as the reviewer sees it now
    known_text: str | None = None  # file text fully reflected in ``base`` (skip re-parsing it)
    lock_depth: int = 0
    claim_ids: set[str] = field(default_factory=set)


def verdict_file_path(root: Path, claims_file: ClaimsFile) -> tuple[str, Path]:
    """The verdict file of a claims file, refusing any name that could leave ``verdicts/``."""
    name = claims_file.name
    if not _SAFE_NAME.match(name) or name in (".", "..") or name.startswith("."):
        raise FactcheckError(
            f"claims file name {name!r} cannot name a verdict file", path=claims_file.path
        )
    rel = f"{VERDICTS_DIR}/{name}.yaml"
    path = root / VERDICTS_DIR / f"{name}.yaml"
    folder = (root / VERDICTS_DIR).resolve()
    if path.resolve().parent != folder or not folder.is_relative_to(root.resolve()):
        raise FactcheckError("verdict file would be written outside verdicts/", path=rel)
    return rel, path


class VerdictStore:
    """The verdicts of a workspace, changed one undoable step at a time, saved at once."""

    def __init__(self, *, workspace: Workspace, reviewer: str) -> None:
        self.workspace = workspace
        self.reviewer = reviewer
        self._files: dict[str, _VerdictFileState] = {}
        self._file_of: dict[str, _VerdictFileState] = {}
        self._claims: dict[str, Claim] = {}
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self._conflicts: dict[str, ConflictError] = {}
        self._mutex = threading.RLock()  # the TUI may save from a worker thread

    @classmethod
    def open(cls, *, workspace: Workspace, reviewer: str) -> VerdictStore:
        """Read ``verdicts/<name>.yaml`` for every claims file of ``workspace``."""
        store = cls(workspace=workspace, reviewer=reviewer)
        store._attach(workspace)
        return store

    def _attach(self, workspace: Workspace) -> None:
        root = workspace.root
        for claims_file in workspace.claims_files:
            rel, path = verdict_file_path(root, claims_file)
            state = self._files.get(rel)
            if state is None:
                state = _VerdictFileState(
                    claims_file=claims_file,
                    rel=rel,
                    path=path,
                    lock_path=root / LOCKS_DIR / f"{claims_file.name}.lock",
                    base={},
                    current={},
                )
                text = self._read_text(state)
                entries = self._parse(state, text)
                state.base, state.current, state.known_text = entries, dict(entries), text
                self._files[rel] = state
            state.claims_file = claims_file
            state.claim_ids = {claim.id for claim in claims_file.claims}
            for claim in claims_file.claims:
                self._claims[claim.id] = claim
                self._file_of[claim.id] = state

    # --- reading -------------------------------------------------------------------------

    def get(self, claim_id: str) -> Verdict:
        """The verdict of a claim as the reviewer sees it; ``Verdict()`` when there is none."""
        state = self._file_of.get(claim_id)
        if state is None:
            return EMPTY
        return state.current.get(claim_id, EMPTY)

    def is_stale(self, claim: Claim) -> bool:
        """True when the verdict was given on another text of the claim."""
        entry = self.get(claim.id)
        return entry.claim_hash is not None and entry.claim_hash != claim.hash

    def counts(self) -> dict[str, int]:
        """Claims per verdict key, plus ``pending``, ``reviewed`` and ``stale``."""
        result = {label.key: 0 for label in self.workspace.settings.scale}
        result.update(pending=0, reviewed=0, stale=0)
        for claim in self._claims.values():
            entry = self.get(claim.id)
            if entry.verdict is None:
                result["pending"] += 1
                continue
            result["reviewed"] += 1
            result[entry.verdict] = result.get(entry.verdict, 0) + 1
            if self.is_stale(claim):
                result["stale"] += 1
        return result

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def pending_writes(self) -> bool:
        """True while a change lives only in memory (after a StoreWriteError or a conflict)."""
        return any(self._dirty(state) for state in self._files.values())

    @property
    def conflicts(self) -> dict[str, ConflictError]:
        """Unresolved conflicts by claim id."""
        return dict(self._conflicts)

    # --- changing ------------------------------------------------------------------------

    def set_verdict(self, claim_id: str, verdict: str | None) -> Change:
        """Decide (or with None, clear) the verdict, stamped with reviewer, time and claim hash."""
        claim = self._claim(claim_id)
        entry = self.get(claim_id)
        if verdict is None:
            after = dataclasses.replace(
                entry, verdict=None, reviewer=None, reviewed_at=None, claim_hash=None
            )
            return self._apply(claim_id, after, f"clear the verdict of {claim_id}")
        if self.workspace.settings.label(verdict) is None:
            keys = ", ".join(label.key for label in self.workspace.settings.scale)
            raise FactcheckError(f"unknown verdict {verdict!r} (known: {keys})")
        after = dataclasses.replace(
            entry,
            verdict=verdict,
            reviewer=self.reviewer,
            reviewed_at=utc_now(),
            claim_hash=claim.hash,
        )
        return self._apply(claim_id, after, f"{claim_id}: {verdict}")

    def pin(self, claim_id: str, evidence: PinnedEvidence) -> Change:
        """Pin a passage as evidence (after the ones already pinned; twice is a no-op)."""
        entry = self._entry(claim_id)
        if any(e.ref == evidence.ref for e in entry.evidence):
            return Change(claim_id, entry, entry, f"{evidence.ref} is already pinned")
        after = dataclasses.replace(entry, evidence=(*entry.evidence, evidence))
        return self._apply(claim_id, after, f"pin {evidence.ref} to {claim_id}")

    def unpin(self, claim_id: str, ref: str) -> Change:
        """Remove pinned evidence by its reference (``source@start-end``)."""
        entry = self._entry(claim_id)
        evidence = tuple(e for e in entry.evidence if e.ref != ref)
        after = dataclasses.replace(entry, evidence=evidence)
        return self._apply(claim_id, after, f"unpin {ref} from {claim_id}")

    def flip_pin(self, claim_id: str, ref: str) -> Change:
        """Turn pinned evidence from supporting to contradicting or back."""
        entry = self._entry(claim_id)
        flipped = {Stance.SUPPORTS: Stance.CONTRADICTS, Stance.CONTRADICTS: Stance.SUPPORTS}
        evidence = tuple(
            dataclasses.replace(e, stance=flipped.get(e.stance, Stance.SUPPORTS))
            if e.ref == ref
            else e
            for e in entry.evidence
        )
        after = dataclasses.replace(entry, evidence=evidence)
        return self._apply(claim_id, after, f"flip the stance of {ref} for {claim_id}")

    def dismiss(self, claim_id: str, ref: str) -> Change:
        """Hide a passage (by ``Passage.ref``) as irrelevant to this claim."""
        entry = self._entry(claim_id)
        after = dataclasses.replace(entry, dismissed=(*entry.dismissed, ref))
        return self._apply(claim_id, after, f"dismiss {ref} for {claim_id}")

    def undismiss(self, claim_id: str, ref: str) -> Change:
        """Show a dismissed passage again."""
        entry = self._entry(claim_id)
        after = dataclasses.replace(entry, dismissed=tuple(d for d in entry.dismissed if d != ref))
        return self._apply(claim_id, after, f"show {ref} again for {claim_id}")

    def set_note(self, claim_id: str, note: str | None) -> Change:
        """Set (or with None or blank text, remove) the reviewer's note."""
        entry = self._entry(claim_id)
        after = dataclasses.replace(entry, note=normalize_note(note))
        what = "remove the note of" if after.note is None else "note on"
        return self._apply(claim_id, after, f"{what} {claim_id}")

    def undo(self) -> Change | None:
        """Undo the last change, in the file too; None when there is nothing to undo."""
        return self._step(self._undo, self._redo, backwards=True)

    def redo(self) -> Change | None:
        """Redo the last undone change; None when there is nothing to redo."""
        return self._step(self._redo, self._undo, backwards=False)

    def resolve_conflict(self, claim_id: str, *, keep: Literal["mine", "theirs"]) -> Change:
        """Settle a conflict: write my entry over theirs, or take theirs as it is on disk."""
        with self._mutex:
            conflict = self._conflicts.get(claim_id)
            if conflict is None:
                raise FactcheckError(f"{claim_id}: no conflict to resolve")
            state = self._file_of[claim_id]
            with self._locked(state):
                theirs = self._read_entries(state).get(claim_id, EMPTY)
                self._set(state.base, claim_id, theirs)
                if keep == "theirs":
                    before = state.current.get(claim_id, EMPTY)
                    self._set(state.current, claim_id, theirs)
                    del self._conflicts[claim_id]
                    return Change(claim_id, before, theirs, f"take their version of {claim_id}")
                self._set(state.current, claim_id, conflict.mine)
                del self._conflicts[claim_id]
                change = Change(claim_id, theirs, conflict.mine, f"keep my version of {claim_id}")
                self._undo.append(change)
                self._redo.clear()
                self._save(state, focus=claim_id)
                return change

    def flush(self) -> None:
        """Write every change still held in memory; raises StoreWriteError or ConflictError."""
        with self._mutex:
            for state in self._files.values():
                if self._dirty(state):
                    self._save(state, focus=None)
            pending = [
                self._conflicts[cid]
                for state in self._files.values()
                for cid in sorted(self._dirty(state))
                if cid in self._conflicts
            ]
            if pending:
                raise pending[0]

    def reload(self) -> set[str]:
        """Re-read verdict files changed on disk; the ids of claims whose entries changed.

        An entry this store has not changed since it last saved takes the disk's
        version; one with an unsaved local change keeps it (a later save decides).
        """
        changed: set[str] = set()
        with self._mutex:
            for state in self._files.values():
                text = self._read_text(state)
                if text == state.known_text:
                    continue
                disk = self._parse(state, text)
                for cid in set(disk) | set(state.base):
                    theirs = disk.get(cid, EMPTY)
                    base = state.base.get(cid, EMPTY)
                    if theirs == base:
                        continue
                    if state.current.get(cid, EMPTY) == base:
                        self._set(state.current, cid, theirs)
                        self._set(state.base, cid, theirs)
                        changed.add(cid)
                if not self._dirty(state):
                    state.known_text = text
        return changed

    # --- internals -----------------------------------------------------------------------

    def _claim(self, claim_id: str) -> Claim:
        claim = self._claims.get(claim_id)
        if claim is None:
            raise FactcheckError(f"unknown claim {claim_id!r}")
        return claim

    def _entry(self, claim_id: str) -> Verdict:
        self._claim(claim_id)
        return self.get(claim_id)

    @staticmethod
    def _set(entries: dict[str, Verdict], claim_id: str, entry: Verdict) -> None:
        if entry.is_empty:
            entries.pop(claim_id, None)
        else:
            entries[claim_id] = entry

    @staticmethod
    def _dirty(state: _VerdictFileState) -> set[str]:
        return {
            cid
            for cid in set(state.current) | set(state.base)
            if state.current.get(cid, EMPTY) != state.base.get(cid, EMPTY)
        }

    def _apply(self, claim_id: str, after: Verdict, description: str) -> Change:
        with self._mutex:
            before = self.get(claim_id)
            after = normalize_verdict(after)
            change = Change(claim_id, before, after, description)
            if after == before:
                return change
            try:
                self._write_change(change, target=after)
            except StoreWriteError:
                self._undo.append(change)  # the change holds in memory: it stays undoable
                self._redo.clear()
                raise
            self._undo.append(change)
            self._redo.clear()
            return change

    def _step(
        self, source: list[Change], target: list[Change], *, backwards: bool
    ) -> Change | None:
        with self._mutex:
            if not source:
                return None
            change = source[-1]
            expected, wanted = (
                (change.after, change.before) if backwards else (change.before, change.after)
            )
            current = self.get(change.claim_id)
            if current == wanted:  # someone else made the same change meanwhile: nothing to do
                source.pop()
                target.append(change)
                return change
            if current != expected:  # someone else's version arrived since (reload)
                state = self._file_of[change.claim_id]
                conflict = ConflictError(
                    claim_id=change.claim_id, mine=wanted, theirs=current, path=state.rel
                )
                self._conflicts[change.claim_id] = conflict
                raise conflict
            try:
                self._write_change(change, target=wanted)
            finally:
                if self.get(change.claim_id) == wanted:  # done in memory, written or not
                    source.pop()
                    target.append(change)
            return change

    def _write_change(self, change: Change, *, target: Verdict) -> None:
        """Make ``target`` the entry of the claim and save; on conflict, leave memory as it was."""
        state = self._file_of[change.claim_id]
        previous = state.current.get(change.claim_id, EMPTY)
        self._set(state.current, change.claim_id, target)
        try:
            self._save(state, focus=change.claim_id)
        except ConflictError:
            self._set(state.current, change.claim_id, previous)
            raise

    @contextlib.contextmanager
    def _locked(self, state: _VerdictFileState) -> Iterator[None]:
        if state.lock_depth:
            state.lock_depth += 1
            try:
                yield
            finally:
                state.lock_depth -= 1
            return
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(verdict_file_lock(state.lock_path))
            except OSError as exc:
                raise StoreWriteError(
                    f"cannot lock the verdict file ({exc.strerror or exc}); change kept in memory",
                    path=state.rel,
                ) from None
            state.lock_depth = 1
            try:
                yield
            finally:
                state.lock_depth = 0

    def _read_text(self, state: _VerdictFileState) -> str | None:
        try:
            data = state.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreWriteError(f"cannot read: {exc.strerror or exc}", path=state.rel) from None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise StoreWriteError("not UTF-8 text", path=state.rel) from None

    def _parse(self, state: _VerdictFileState, text: str | None) -> dict[str, Verdict]:
        if text is None:
            return {}
        parsed = parse_verdicts(text, path=state.rel)
        entries: dict[str, Verdict] = {}
        for cid, entry in parsed.entries.items():
            self._set(entries, cid, normalize_verdict(entry))
        return entries

    def _read_entries(self, state: _VerdictFileState) -> dict[str, Verdict]:
        text = self._read_text(state)
        try:
            return self._parse(state, text)
        except StoreWriteError:
            raise
        except FactcheckError as exc:  # a broken file (a merge conflict, say) is never overwritten
            raise StoreWriteError(
                f"cannot merge into it, fix it first ({exc.message}); change kept in memory",
                path=exc.path or state.rel,
                line=exc.line,
            ) from None

    def _save(self, state: _VerdictFileState, *, focus: str | None) -> None:
        """Read-merge-write the changed entries of one file, under the lock."""
        with self._locked(state):
            disk = self._read_entries(state)
            dirty = self._dirty(state)
            merged = dict(disk)
            written: list[str] = []
            for cid in sorted(dirty):
                theirs = disk.get(cid, EMPTY)
                mine = state.current.get(cid, EMPTY)
                if theirs not in (state.base.get(cid, EMPTY), mine):
                    conflict = ConflictError(claim_id=cid, mine=mine, theirs=theirs, path=state.rel)
                    self._conflicts[cid] = conflict
                    if cid == focus:
                        raise conflict
                    continue  # another claim's conflict must not block this save
                self._set(merged, cid, mine)
                written.append(cid)
            text: str | None = serialize_verdicts(merged) if merged else None
            try:
                if text is None:  # no verdicts left: no file, as before the first one
                    remove_file(state.path)
                else:
                    atomic_write(state.path, text)
            except OSError as exc:
                raise StoreWriteError(
                    f"cannot write: {exc.strerror or exc}; change kept in memory, will retry",
                    path=state.rel,
                ) from None
            for cid in written:
                self._set(state.base, cid, state.current.get(cid, EMPTY))
                self._conflicts.pop(cid, None)
            in_sync = all(
                merged.get(c, EMPTY) == state.base.get(c, EMPTY)
                for c in set(merged) | set(state.base)
            )
            state.known_text = text if in_sync else None
