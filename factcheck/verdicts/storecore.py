"""The core of the VerdictStore: its state, and how one change is applied, saved and undone.

Each change is saved at once (see factcheck.verdicts.sync): the file is
re-read under a lock, everyone else's entries are kept as they are on disk,
and a claim someone else changed meanwhile is a ConflictError, never an
overwrite. A failed write (disk full, read-only folder) keeps the change in
memory until ``flush`` succeeds. Undo and redo are changes like any other.
``factcheck.verdicts.store`` builds the reviewer's decisions on it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Self

from factcheck.errors import FactcheckError
from factcheck.verdicts.files import normalize_verdict
from factcheck.verdicts.sync import (
    EMPTY,
    ConflictError,
    StoreWriteError,
    SyncedVerdictFile,
    put,
)
from factcheck.workspace import Claim, Verdict, Workspace


@dataclass(frozen=True)
class Change:
    """One undoable step: the entry of ``claim_id`` went from ``before`` to ``after``."""

    claim_id: str
    before: Verdict
    after: Verdict
    description: str


class StoreCore:
    """The verdict files of a workspace in memory, and the one way a change is made."""

    def __init__(self, *, workspace: Workspace, reviewer: str) -> None:
        self.workspace = workspace
        self.reviewer = reviewer
        self._files: dict[str, SyncedVerdictFile] = {}
        self._file_of: dict[str, SyncedVerdictFile] = {}
        self._claims: dict[str, Claim] = {}
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self._conflicts: dict[str, ConflictError] = {}
        self._mutex = threading.RLock()  # the TUI may save from a worker thread

    @classmethod
    def open(cls, *, workspace: Workspace, reviewer: str) -> Self:
        """Read ``verdicts/<name>.yaml`` for every claims file of ``workspace``."""
        store = cls(workspace=workspace, reviewer=reviewer)
        for claims_file in workspace.claims_files:
            synced = SyncedVerdictFile.open(root=workspace.root, claims_file=claims_file)
            store._files[synced.rel] = synced
            for claim in claims_file.claims:
                store._claims[claim.id] = claim
                store._file_of[claim.id] = synced
        return store

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

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def pending_writes(self) -> bool:
        """True while a change lives only in memory (after a StoreWriteError or a conflict)."""
        return any(synced.dirty() for synced in self._files.values())

    @property
    def conflicts(self) -> dict[str, ConflictError]:
        """Unresolved conflicts by claim id."""
        return dict(self._conflicts)

    # --- internals -----------------------------------------------------------------------

    def _claim(self, claim_id: str) -> Claim:
        claim = self._claims.get(claim_id)
        if claim is None:
            raise FactcheckError(f"unknown claim {claim_id!r}")
        return claim

    def _entry(self, claim_id: str) -> Verdict:
        self._claim(claim_id)
        return self.get(claim_id)

    def _apply(self, claim_id: str, after: Verdict, description: str) -> Change:
        with self._mutex:
            before = self.get(claim_id)
            after = normalize_verdict(after)
            change = Change(claim_id, before, after, description)
            if after == before:
                return change
            try:
                self._write(claim_id, after)
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
            expected, wanted = (change.after, change.before)
            if not backwards:
                expected, wanted = wanted, expected
            current = self.get(change.claim_id)
            if current == wanted:  # someone else made the same change meanwhile
                source.pop()
                target.append(change)
                return change
            if current != expected:  # someone else's version arrived since (reload)
                synced = self._file_of[change.claim_id]
                conflict = ConflictError(
                    claim_id=change.claim_id, mine=wanted, theirs=current, path=synced.rel
                )
                self._conflicts[change.claim_id] = conflict
                raise conflict
            try:
                self._write(change.claim_id, wanted)
            finally:
                if self.get(change.claim_id) == wanted:  # done in memory, written or not
                    source.pop()
                    target.append(change)
            return change

    def _write(self, claim_id: str, entry: Verdict) -> None:
        """Make ``entry`` the claim's entry and save; on a conflict, memory stays as it was."""
        synced = self._file_of[claim_id]
        previous = synced.current.get(claim_id, EMPTY)
        put(synced.current, claim_id, entry)
        try:
            synced.save(focus=claim_id, conflicts=self._conflicts)
        except ConflictError:
            put(synced.current, claim_id, previous)
            raise
