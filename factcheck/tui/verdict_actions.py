"""The review screen's decisions: verdicts, pins, dismissals and notes.

Every change goes through ``change``, which turns the store's errors into a
dialog (a conflict: keep mine or theirs) or a notice (a failed write, kept in
memory and retried by the app); nothing a store raises reaches Textual.
"""

from __future__ import annotations

from factcheck.tui import filters
from factcheck.tui.navigation import NavigationActions
from factcheck.tui.screens.note import NoteScreen
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.workspace import Evidence, Passage, PinnedEvidence, Stance


class VerdictActions(NavigationActions):
    """The part of ReviewScreen that changes verdicts (its keys are bound on ReviewScreen)."""

    def action_verdict(self, key: str) -> None:
        claim = self.current_claim
        if claim is None:
            return
        store = self.session.store
        change = self.change(lambda: store.set_verdict(claim.id, key or None))
        if change is None:
            return
        if self.verdict_filter != filters.ALL:  # the claim may have left the filtered list
            self.refresh_list(keep=claim.id)
            if self.current_claim is not None and self.current_claim.id != claim.id:
                return  # the next claim moved up into its place: that is where to go on
        if key and self.session.workspace.settings.auto_advance:
            self.advance(wrap=False)

    def focused_passage(self) -> Evidence | None:
        focused = self.focused
        if isinstance(focused, EvidenceColumn):
            return focused.current
        return None

    def action_pin(self) -> None:
        claim, evidence = self.current_claim, self.focused_passage()
        if claim is None or evidence is None:
            self.notify("Tab to a passage first, then p pins it.", timeout=3)
            return
        stance = evidence.stance if evidence.stance != Stance.NEUTRAL else Stance.SUPPORTS
        self.toggle_pin(claim.id, evidence.passage, stance)

    def toggle_pin(self, claim_id: str, passage: Passage, stance: Stance) -> None:
        """Pin a passage for a claim with ``stance``, or unpin it if it is pinned."""
        store = self.session.store
        located = self.located_pins(claim_id).get(passage.ref)
        if located is not None:  # the stored pin, wherever its quote has moved to
            stored_ref = located[0].ref
            self.change(lambda: store.unpin(claim_id, stored_ref))
            return
        pinned = PinnedEvidence(
            source=passage.source_id,
            stance=stance,
            quote=passage.text,
            start=passage.start,
            end=passage.end,
            # An archive passage's source is outside the workspace: its hash tells drift.
            source_hash=self._archive_hash(passage.source_id),
        )
        self.change(lambda: store.pin(claim_id, pinned))

    def _archive_hash(self, source_id: str) -> str | None:
        found = self.session.archive_sources.get(source_id)
        return None if found is None else found.content_hash

    def action_flip(self) -> None:
        claim, evidence = self.current_claim, self.focused_passage()
        if claim is None or evidence is None:
            return
        if self.flip_pin(claim.id, evidence.passage):
            self.follow(claim.id, evidence.passage.ref)

    def flip_pin(self, claim_id: str, passage: Passage) -> bool:
        """Flip a pinned passage between supporting and contradicting; False if not pinned."""
        store = self.session.store
        located = self.located_pins(claim_id).get(passage.ref)
        if located is None:
            self.notify("Only a pinned passage has a stance to flip: press p first.", timeout=3)
            return False
        stored_ref = located[0].ref
        return self.change(lambda: store.flip_pin(claim_id, stored_ref)) is not None

    def follow(self, claim_id: str, ref: str) -> None:
        """Focus the card of passage ``ref`` in whichever column it is now (after a flip)."""
        for column in self.columns.values():
            refs = [e.passage.ref for e in column.shown]
            if ref in refs:
                column.cursor = refs.index(ref)
                column.focus()
                return

    def action_dismiss_passage(self) -> None:
        claim, evidence = self.current_claim, self.focused_passage()
        if claim is None or evidence is None:
            self.notify("Tab to a passage first, then x dismisses it.", timeout=3)
            return
        store = self.session.store
        change = self.change(lambda: store.dismiss(claim.id, evidence.passage.ref))
        if change is not None:
            self.notify("Passage dismissed for this claim (ctrl+z brings it back).", timeout=3)

    def action_note(self) -> None:
        claim = self.current_claim
        if claim is None:
            return
        store = self.session.store

        def saved(note: str | None) -> None:
            if note is not None:
                self.change(lambda: store.set_note(claim.id, note))

        self.app.push_screen(NoteScreen(claim_id=claim.id, note=store.get(claim.id).note), saved)
