"""Dialogs for changing the claims themselves: add, change the text, split, confirm a delete.

The dialogs do not write anything: they hand what was typed to ``submit``, a
coroutine that makes the change (off the event loop) and returns an error
message or None. The dialog stays open, saying "Saving…", until it is done, so
a bad id or an empty text is shown in the dialog and the typing is not lost,
and nothing else can change the claim meanwhile.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static, TextArea

from factcheck.claims import claim_id as text_claim_id
from factcheck.terminal import inert
from factcheck.tui.display import literal, one_line
from factcheck.tui.screens.note import NoteArea
from factcheck.workspace import Claim

DIALOG_CSS = """
ClaimEditorScreen, DeleteClaimScreen {
    align: center middle;
}
/* Grows with the text, within bounds, so the dialog still fits an 80x24 terminal. */
#claim-editor-text {
    height: auto;
    min-height: 3;
    max-height: 8;
    margin: 1 0 0 0;
}
#claim-editor-id {
    margin: 1 0 0 0;
}
#claim-editor-error {
    color: $text-error;
    height: auto;
    display: none;
}
#claim-editor-error.-shown {
    display: block;
}
#delete-claim-text {
    margin: 1 0;
    padding: 0 1;
    border-left: outer $error;
}
"""


class EditMode(StrEnum):
    """What the claim editor is for."""

    ADD = "add"
    CHANGE = "change"
    SPLIT = "split"


@dataclass(frozen=True)
class ClaimDraft:
    """What the editor hands back: the text (or, to split, the parts) and, to add, an id."""

    text: str
    parts: tuple[str, ...] = ()
    claim_id: str | None = None  # None: the proposed id


def split_parts(text: str) -> tuple[str, ...]:
    """One claim per non-blank line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class ClaimEditorScreen(ModalScreen[ClaimDraft | None]):
    """Type a claim's text; ctrl+s saves, Escape cancels."""

    DEFAULT_CSS = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="claim_editor.save"),
        Binding("escape", "cancel", "Cancel", id="claim_editor.cancel"),
    ]

    def __init__(
        self,
        *,
        mode: EditMode,
        claim: Claim | None,
        submit: Callable[[ClaimDraft], Awaitable[str | None]],
        taken_ids: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.saving = False
        self.mode = mode
        self.claim = claim
        self.submit = submit
        self.taken_ids = frozenset(taken_ids)

    def heading(self) -> str:
        name = one_line(self.claim.id, 50) if self.claim else ""
        if self.mode is EditMode.ADD:
            return f"Add a claim after {name}" if name else "Add a claim"
        if self.mode is EditMode.SPLIT:
            return f"Split {name}"
        return f"Change the text of {name}"

    def hint(self) -> str:
        if self.mode is EditMode.SPLIT:
            return (
                "One claim per line. The first keeps the id (its verdict shows as stale); "
                "the others get new ids and the same sources."
            )
        if self.mode is EditMode.CHANGE:
            return "A verdict given on the old text will show as stale."
        return "Leave the id empty to take the one proposed from the text."

    def compose(self) -> ComposeResult:
        text = self.claim.text if self.claim and self.mode is not EditMode.ADD else ""
        # A TextArea draws control characters raw: show (and paste) them as visible escapes.
        self.initial = inert(text, keep_newlines=True)
        with Vertical(id="claim-editor", classes="dialog"):
            yield Static(Content.styled(self.heading(), "bold"))
            yield Static(Content.styled(self.hint(), "$text-muted"))
            yield NoteArea(
                self.initial, id="claim-editor-text", soft_wrap=True, show_line_numbers=False
            )
            if self.mode is EditMode.ADD:
                id_field = Input(placeholder=self.proposed_id(""), id="claim-editor-id")
                id_field.border_title = "id"
                yield id_field
            yield Static("", id="claim-editor-error")
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def proposed_id(self, text: str) -> str:
        """The id the claim gets when the id field is left empty."""
        cleaned = " ".join(text.split())
        if not cleaned:
            return "id (proposed from the text)"
        return text_claim_id(cleaned, taken=self.taken_ids)

    @on(TextArea.Changed, "#claim-editor-text")
    def _text_changed(self, event: TextArea.Changed) -> None:
        if self.mode is EditMode.ADD:
            self.query_one("#claim-editor-id", Input).placeholder = self.proposed_id(
                event.text_area.text
            )

    def draft(self) -> ClaimDraft:
        text = self.query_one(TextArea).text
        if self.mode is EditMode.SPLIT:
            return ClaimDraft(text=text, parts=split_parts(text))
        if self.mode is EditMode.ADD:
            typed = self.query_one("#claim-editor-id", Input).value.strip()
            return ClaimDraft(text=text, claim_id=typed or None)
        if self.claim is not None and text == self.initial:
            return ClaimDraft(text=self.claim.text)  # untouched: not its inert display form
        return ClaimDraft(text=text)

    def show_error(self, message: str, style: str = "") -> None:
        shown = self.query_one("#claim-editor-error", Static)
        shown.update(literal(message, style))
        shown.set_class(bool(message), "-shown")

    def action_save(self) -> None:
        if self.saving:
            return
        draft = self.draft()
        if not draft.text.strip():
            self.show_error("The text is empty (escape cancels).")
            return
        if self.mode is EditMode.SPLIT and len(draft.parts) < 2:
            self.show_error("Put each claim on its own line: two lines or more.")
            return
        self.saving = True
        self.show_error("Saving…", "$text-muted")
        self.run_worker(self._save(draft), group="claim-editor")

    async def _save(self, draft: ClaimDraft) -> None:
        try:
            error = await self.submit(draft)
        finally:
            self.saving = False
        if error is not None:
            self.show_error(error)
        else:
            self.dismiss(draft)

    def action_cancel(self) -> None:
        if not self.saving:
            self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()


class DeleteClaimScreen(ModalScreen[bool]):
    """Asks before a claim (and its verdict) is deleted: y deletes, n or Escape keeps it."""

    DEFAULT_CSS = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Delete", id="delete_claim.yes"),
        Binding("n,escape", "answer(False)", "Keep", id="delete_claim.no"),
    ]

    def __init__(
        self, *, claim: Claim, verdict: str | None, submit: Callable[[], Awaitable[str | None]]
    ) -> None:
        super().__init__()
        self.claim = claim
        self.verdict = verdict
        self.submit = submit
        self.deleting = False

    def compose(self) -> ComposeResult:
        what = f"Delete {one_line(self.claim.id, 50)} from {one_line(self.claim.file, 60)}?"
        if self.verdict:
            consequence = f"Its verdict ({one_line(self.verdict, 40)}) and evidence go too."
        else:
            consequence = "Any note or pinned evidence it has goes too."
        with Vertical(id="delete-claim", classes="dialog"):
            yield Static(Content.styled(what, "bold $text-error"))
            yield Static(literal(self.claim.text), id="delete-claim-text")
            yield Static(Content(consequence + " u undoes it."))
            yield Static("", id="delete-claim-error")
            with Horizontal(classes="buttons"):
                yield Button("Delete (y)", id="yes", variant="error")
                yield Button("Keep (n)", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, delete: bool) -> None:
        if self.deleting:
            return
        if not delete:
            self.dismiss(False)
            return
        self.deleting = True
        self.query_one("#delete-claim-error", Static).update(
            Content.styled("Deleting…", "$text-muted")
        )
        self.run_worker(self._delete(), group="delete-claim")

    async def _delete(self) -> None:
        try:
            error = await self.submit()
        finally:
            self.deleting = False
        if error is not None:
            self.query_one("#delete-claim-error", Static).update(literal(error, "$text-error"))
        else:
            self.dismiss(True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_answer(event.button.id == "yes")
