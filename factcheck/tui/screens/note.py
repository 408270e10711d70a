"""The note editor: a text area in a modal, saved with ctrl+s, cancelled with Escape."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from factcheck.terminal import inert
from factcheck.tui.display import one_line


class NoteArea(TextArea):
    """A text area that never holds raw control characters: a TextArea draws them as they are.

    A note from elsewhere (a git pull) or a paste may carry ANSI escapes; they
    are shown, and saved, as visible escapes such as ``\\x1b``.
    """

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # TextArea's own handler would insert the raw text too
        await super()._on_paste(events.Paste(inert(event.text, keep_newlines=True)))


class NoteScreen(ModalScreen[str | None]):
    """Edit a claim's note. Dismisses with the new text, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, *, claim_id: str, note: str | None) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Static(Content.styled(f"Note for {one_line(self.claim_id, 60)}", "bold"))
            note = inert(self.note, keep_newlines=True)
            yield NoteArea(note, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static(Content.styled("ctrl+s save · escape cancel", "$text-muted"))
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
