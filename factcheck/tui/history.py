"""One undo history for every change made in the review: verdicts, pins, notes, claim edits.

Verdict-store changes are undone by the store itself (it keeps their before and
after); claim edits by putting the claims file back (factcheck.claims). The
history records which kind each step was, in order, so ``ctrl+z`` undoes the
last change of any kind and ``ctrl+y`` redoes it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.claims import ClaimsEdit
from factcheck.workspace import Verdict


class StepKind(enum.Enum):
    """Which part of the workspace a step changed."""

    VERDICTS = "verdicts"  # undone by the verdict store's own undo
    CLAIMS = "claims"  # undone by writing the claims file back


@dataclass(frozen=True)
class ClaimsStep:
    """How to make a claim edit again (redo): the change, re-run as it first ran."""

    path: str
    change: Callable[[], tuple[str, set[str]]]
    removed: frozenset[str]
    verdicts: tuple[tuple[str, Verdict], ...]


@dataclass(frozen=True)
class Step:
    """One change: its kind, the claim to return to when undoing it, and what it was."""

    kind: StepKind
    claim_id: str
    description: str
    edit: ClaimsEdit | None = None  # a claim edit: the file before and after it
    again: ClaimsStep | None = None  # a claim edit: how to redo it


class History:
    """Undo and redo stacks of steps, most recent last."""

    def __init__(self) -> None:
        self.undo: list[Step] = []
        self.redo: list[Step] = []

    def record(self, step: Step, *, redoing: bool = False) -> None:
        """A change was made; a new change (not a redo) forgets what was undone."""
        self.undo.append(step)
        if not redoing:
            self.redo.clear()

    def undone(self) -> Step:
        """Move the last step to the redo stack (it has been undone)."""
        step = self.undo.pop()
        self.redo.append(step)
        return step

    def redone(self) -> Step:
        """Take the last undone step off the redo stack (it is being made again)."""
        return self.redo.pop()
