"""The VerdictStore: every reviewer decision, written to ``verdicts/`` the moment it is made.

The decisions (a verdict, pinned evidence, dismissals, a note), undo and redo, conflict
resolution and keeping up with the disk; how a change is applied and saved is
``factcheck.verdicts.storecore``.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from factcheck.errors import FactcheckError
from factcheck.verdicts.files import normalize_note
from factcheck.verdicts.storecore import Change, StoreCore
from factcheck.verdicts.sync import (
    EMPTY,
    ConflictError,
    StoreWriteError,
    SyncedVerdictFile,
    put,
    verdict_file_path,
)
from factcheck.workspace import PinnedEvidence, Stance, Workspace, utc_now

__all__ = ["Change", "ConflictError", "StoreWriteError", "VerdictStore"]


class VerdictStore(StoreCore):
    """The verdicts of a workspace, changed one undoable step at a time, saved at once."""

    # --- reading -------------------------------------------------------------------------

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
        if (entry.verdict, entry.reviewer, entry.claim_hash) == (
            verdict,
            self.reviewer,
            claim.hash,
        ):
            # Pressing the same key again must not churn the file (or the undo history)
            # with a new time; a stale verdict, though, is re-confirmed on the new text.
            return Change(claim_id, entry, entry, f"{claim_id} is already {verdict}")
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
        """Settle a conflict: write my entry over theirs, or take theirs as it is on disk.

        Keeping mine is an undoable change (undo brings theirs back); taking
        theirs is like a reload of that one claim.
        """
        with self._mutex:
            conflict = self._conflicts.get(claim_id)
            if conflict is None:
                raise FactcheckError(f"{claim_id}: no conflict to resolve")
            synced = self._file_of[claim_id]
            with synced.locked():
                theirs = synced.read_entries().get(claim_id, EMPTY)
                put(synced.base, claim_id, theirs)
                synced.generation += 1
                if keep == "theirs":
                    before = synced.current.get(claim_id, EMPTY)
                    put(synced.current, claim_id, theirs)
                    del self._conflicts[claim_id]
                    return Change(claim_id, before, theirs, f"take their version of {claim_id}")
                put(synced.current, claim_id, conflict.mine)
                del self._conflicts[claim_id]
                change = Change(claim_id, theirs, conflict.mine, f"keep my version of {claim_id}")
                self._undo.append(change)
                self._redo.clear()
                synced.save(focus=claim_id, conflicts=self._conflicts)
                return change

    def flush(self) -> None:
        """Write every change still held in memory; raises StoreWriteError or ConflictError."""
        with self._mutex:
            for synced in self._files.values():
                if synced.dirty():
                    synced.save(focus=None, conflicts=self._conflicts)
            for synced in self._files.values():
                for cid in sorted(synced.dirty()):
                    if cid in self._conflicts:
                        raise self._conflicts[cid]

    def reload(self) -> set[str]:
        """Re-read verdict files changed on disk; the ids of claims whose entries changed.

        An entry this store has not changed since it last saved takes the disk's
        version (a git pull, another editor); one with an unsaved local change
        keeps it, and the next save decides.
        """
        changed: set[str] = set()
        for synced in list(self._files.values()):
            snapshot = synced.read_disk()  # parsing is slow: not under the mutex
            if snapshot is not None:
                with self._mutex:
                    changed |= synced.apply_disk(snapshot)
        return changed

    def follow_claims(self, workspace: Workspace) -> None:
        """Take in claims added, edited or deleted in the claims files (factcheck.claims.edit).

        A deleted claim's entry and its undo steps are forgotten, so no later save
        or undo writes it back; removing it from the file is the editor's job.
        """
        with self._mutex:
            claims = {claim.id: claim for claim in workspace.claims}
            gone = self._claims.keys() - claims.keys()
            for claims_file in workspace.claims_files:
                rel, _ = verdict_file_path(workspace.root, claims_file)
                synced = self._files.get(rel)
                if synced is None:  # a new claims file
                    synced = SyncedVerdictFile.open(root=workspace.root, claims_file=claims_file)
                    self._files[synced.rel] = synced
                synced.claims_file = claims_file
                for claim in claims_file.claims:
                    self._file_of[claim.id] = synced
            for claim_id in gone:
                synced = self._file_of.pop(claim_id)
                synced.current.pop(claim_id, None)
                synced.base.pop(claim_id, None)
                synced.text_known = False  # ``base`` no longer mirrors the file: reload reads it
                self._conflicts.pop(claim_id, None)
            self._undo = [c for c in self._undo if c.claim_id not in gone]
            self._redo = [c for c in self._redo if c.claim_id not in gone]
            self._claims = claims
            self.workspace = workspace
