"""The help screen (F1 or ?): every key of the review screen and what it does."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


def help_content(rows: Sequence[tuple[str, str, str]], *, keymap: Path) -> Content:
    """Keys, what they do and the id to remap them by, one row each."""
    width = max((len(keys) for keys, _, _ in rows), default=0)
    lines = [Content.styled("Keys in force", "bold $accent")]
    for keys, description, binding_id in rows:
        lines.append(
            Content.assemble(
                Content.styled(keys.ljust(width), "bold"),
                "  ",
                description,
                Content.styled(f"  {binding_id}" if binding_id else "", "$text-muted"),
            )
        )
    lines.append(
        Content.styled(
            f"\nRemap any key in {keymap} (binding id: keys, e.g."
            " 'verdict.supported: \"1\"'). ctrl+p opens the command palette with every action.",
            "$text-muted",
        )
    )
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Lists the review screen's bindings; any of Escape, q, F1 or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "app.pop_screen", "Close help", id="help.close")
    ]

    def __init__(self, rows: Sequence[tuple[str, str, str]], *, keymap: Path) -> None:
        super().__init__()
        self.keymap = keymap
        self.rows = [(keys, description) for keys, description, _ in rows]
        self.key_rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static(help_content(self.key_rows, keymap=self.keymap))
