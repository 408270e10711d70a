"""One undo for the review: ``ctrl+z`` undoes the last change of any kind, ``ctrl+y`` redoes.

A verdict, pin, dismissal or note is undone by the verdict store; a claim edit
(add, change, split, delete, cite) by writing the claims file back. Either way
the cursor returns to the claim the change was made on.
"""

from __future__ import annotations

from factcheck.tui.claim_actions import ClaimActions
from factcheck.tui.history import Step, StepKind
from factcheck.verdicts import Change


class UndoActions(ClaimActions):
    """The part of ReviewScreen that undoes and redoes (keys bound on ReviewScreen)."""

    _busy = False  # a claim edit is being undone or redone (in a thread)

    def action_undo(self) -> None:
        history = self.session.history
        if self._busy:
            return
        if not history.undo:
            self.notify("Nothing to undo.", timeout=2)
            return
        step = history.undo[-1]
        if step.kind is StepKind.CLAIMS:
            self._busy = True
            self.run_worker(self._claims_step(step, undo=True), group="undo")
            return
        store = self.session.store
        if not store.can_undo:  # its claim was deleted since: nothing left to undo there
            history.undo.pop()
            self.action_undo()
            return
        self._verdicts_step(step, undo=True)

    def action_redo(self) -> None:
        history = self.session.history
        if self._busy:
            return
        if not history.redo:
            self.notify("Nothing to redo.", timeout=2)
            return
        step = history.redo[-1]
        if step.kind is StepKind.CLAIMS:
            self._busy = True
            self.run_worker(self._claims_step(step, undo=False), group="undo")
            return
        if not self.session.store.can_redo:
            history.redo.pop()
            self.action_redo()
            return
        self._verdicts_step(step, undo=False)

    def _verdicts_step(self, step: Step, *, undo: bool) -> None:
        history, store = self.session.history, self.session.store
        done: list[Change | None] = []

        def taken(change: Change | None) -> None:
            done.append(change)
            if undo:
                history.undone()
            else:
                history.record(history.redone(), redoing=True)

        change = self.change(store.undo if undo else store.redo, taken=taken)
        if not done:
            return  # a conflict (the dialog is open) or an error (said)
        claim_id = change.claim_id if change is not None else step.claim_id
        self._returned(claim_id, change.description if change else step.description, undo=undo)

    async def _claims_step(self, step: Step, *, undo: bool) -> None:
        history = self.session.history
        try:
            if undo:
                error = await self.undo_claims_edit(step)
            else:
                history.redone()
                error = await self.redo_claims_edit(step)
                if error is not None:
                    history.redo.append(step)
        finally:
            self._busy = False
        if error is not None:
            self.notify(error, severity="error", timeout=8, markup=False)
            return
        if undo:
            history.undone()
        claim_id = self.current_claim.id if self.current_claim else step.claim_id
        self._returned(claim_id, step.description, undo=undo)

    def _returned(self, claim_id: str, description: str, *, undo: bool) -> None:
        """Put the cursor back on the claim the step changed and say what was done."""
        if claim_id and self.session.workspace.claim(claim_id) is not None:
            self.go_to(claim_id)
        self.notify(f"{'Undone' if undo else 'Redone'}: {description}", timeout=3, markup=False)
