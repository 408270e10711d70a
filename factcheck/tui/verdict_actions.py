"""The review screen's decisions: verdicts, pins, dismissals, notes, undo and redo.

Every change goes through ``change``, which turns the store's errors into a
dialog (a conflict: keep mine or theirs) or a notice (a failed write, kept in
memory and retried by the app); nothing a store raises reaches Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual.screen import Screen

from factcheck.errors import FactcheckError
from factcheck.tui import filters
from factcheck.tui.screens.conflict import ConflictScreen, Keep
from factcheck.tui.screens.note import NoteScreen
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.verdicts import Change, ConflictError, StoreWriteError
from factcheck.workspace import Evidence, PinnedEvidence, Stance

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp
    from factcheck.tui.screens.review import ReviewScreen


class VerdictActions(Screen[None]):
    """The base of ReviewScreen that changes verdicts (its keys are bound on ReviewScreen)."""

    @property
    def _review(self) -> ReviewScreen:
        return cast("ReviewScreen", self)

    @property
    def _app(self) -> ReviewApp:
        return cast("ReviewApp", self.app)

    def change(self, mutate: Callable[[], Change | None]) -> Change | None:
        """Run one store change; conflicts and write errors become dialogs and notices."""
        try:
            change = mutate()
        except ConflictError as conflict:
            self.show_conflict(conflict)
            return None
        except StoreWriteError as exc:
            # The change holds in memory; the app retries the write and says so.
            self._app.write_failed(exc)
            change = None
        except FactcheckError as exc:
            self.notify(str(exc), severity="error")
            return None
        claim = self._review.current_claim
        changed = {change.claim_id} if change else set()
        if claim is not None:
            changed.add(claim.id)
        self._app.after_change(changed)
        return change

    def show_conflict(self, conflict: ConflictError) -> None:
        def resolved(keep: Keep | None) -> None:
            if keep is not None:
                self.change(lambda: self._app.store.resolve_conflict(conflict.claim_id, keep=keep))

        self.app.push_screen(
            ConflictScreen(claim_id=conflict.claim_id, mine=conflict.mine, theirs=conflict.theirs),
            resolved,
        )

    def action_verdict(self, key: str) -> None:
        claim = self._review.current_claim
        if claim is None:
            return
        store = self._app.store
        change = self.change(lambda: store.set_verdict(claim.id, key or None))
        if change is None:
            return
        if self._review.verdict_filter != filters.ALL:  # the claim may have left the filtered list
            self._review.refresh_list(keep=claim.id)
            if self._review.current_claim is not None and self._review.current_claim.id != claim.id:
                return  # the next claim moved up into its place: that is where to go on
        if key and self._app.workspace.settings.auto_advance:
            self._review.action_next_pending()

    def focused_passage(self) -> Evidence | None:
        focused = self.focused
        if isinstance(focused, EvidenceColumn):
            return focused.current
        return None

    def action_pin(self) -> None:
        claim, evidence = self._review.current_claim, self.focused_passage()
        if claim is None or evidence is None:
            self.notify("Tab to a passage first, then p pins it.", timeout=3)
            return
        store = self._app.store
        located = self._review.located_pins(claim.id).get(evidence.passage.ref)
        if located is not None:  # the stored pin, wherever its quote has moved to
            stored_ref = located[0].ref
            self.change(lambda: store.unpin(claim.id, stored_ref))
            return
        passage = evidence.passage
        stance = evidence.stance if evidence.stance != Stance.NEUTRAL else Stance.SUPPORTS
        pinned = PinnedEvidence(
            source=passage.source_id,
            stance=stance,
            quote=passage.text,
            start=passage.start,
            end=passage.end,
        )
        self.change(lambda: store.pin(claim.id, pinned))

    def action_flip(self) -> None:
        claim, evidence = self._review.current_claim, self.focused_passage()
        if claim is None or evidence is None:
            return
        store = self._app.store
        located = self._review.located_pins(claim.id).get(evidence.passage.ref)
        if located is None:
            self.notify("Only a pinned passage has a stance to flip: press p first.", timeout=3)
            return
        stored_ref = located[0].ref
        self.change(lambda: store.flip_pin(claim.id, stored_ref))

    def action_dismiss_passage(self) -> None:
        claim, evidence = self._review.current_claim, self.focused_passage()
        if claim is None or evidence is None:
            self.notify("Tab to a passage first, then x dismisses it.", timeout=3)
            return
        store = self._app.store
        change = self.change(lambda: store.dismiss(claim.id, evidence.passage.ref))
        if change is not None:
            self.notify("Passage dismissed for this claim (ctrl+z brings it back).", timeout=3)

    def action_note(self) -> None:
        claim = self._review.current_claim
        if claim is None:
            return
        store = self._app.store

        def saved(note: str | None) -> None:
            if note is not None:
                self.change(lambda: store.set_note(claim.id, note))

        self.app.push_screen(NoteScreen(claim_id=claim.id, note=store.get(claim.id).note), saved)

    def action_undo(self) -> None:
        store = self._app.store
        if not store.can_undo:
            self.notify("Nothing to undo.", timeout=2)
            return
        change = self.change(store.undo)
        if change is not None:
            self.notify(f"Undone: {change.description}", timeout=2)

    def action_redo(self) -> None:
        store = self._app.store
        if not store.can_redo:
            self.notify("Nothing to redo.", timeout=2)
            return
        change = self.change(store.redo)
        if change is not None:
            self.notify(f"Redone: {change.description}", timeout=2)
