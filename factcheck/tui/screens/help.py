"""The help screen (F1 or ?): every key of the review screen and what it does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


def help_content(rows: Sequence[tuple[str, str]]) -> Content:
    """A two-column list of keys and descriptions."""
    width = max((len(keys) for keys, _ in rows), default=0)
    lines = [Content.styled("Keys", "bold $accent")]
    for keys, description in rows:
        lines.append(Content.assemble(Content.styled(keys.ljust(width), "bold"), "  ", description))
    lines.append(
        Content.styled("\nctrl+p opens the command palette with every action.", "$text-muted")
    )
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Lists the review screen's bindings; any of Escape, q, F1 or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "app.pop_screen", "Close help", id="help.close")
    ]

    def __init__(self, rows: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static(help_content(self.rows))
