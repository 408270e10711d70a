"""Shown while the workspace loads (in a worker), so the terminal never looks frozen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static


class LoadingScreen(Screen[None]):
    """A spinner and the workspace being opened."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        yield Static(Content(self.message), id="loading-message")
        yield LoadingIndicator()
