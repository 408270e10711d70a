"""The source screen: the whole source, scrolled to a passage and highlighting it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from factcheck.tui.display import highlighted, one_line
from factcheck.workspace import Source


def split_at_lines(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start..end`` to whole lines, so the passage can be its own widget."""
    line_start = text.rfind("\n", 0, max(0, start)) + 1
    line_end = text.find("\n", max(start, end))
    return line_start, len(text) if line_end < 0 else line_end


class SourceScreen(Screen[None]):
    """A source in full; Escape returns to the review screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,o", "app.pop_screen", "Back", id="source.back"),
    ]

    def __init__(
        self, source: Source, *, start: int, end: int, matched: tuple[tuple[int, int], ...] = ()
    ) -> None:
        super().__init__()
        self.source = source
        self.span = (start, end)
        self.matched = matched

    def compose(self) -> ComposeResult:
        source = self.source
        meta = [one_line(source.title, 100)]
        for value in (source.meta.publisher, source.meta.published, source.meta.url):
            if value:
                meta.append(one_line(value, 100))
        yield Static(
            Content.assemble(
                Content.styled(meta[0], "bold $accent"),
                Content.styled("  " + " · ".join(meta[1:]) if meta[1:] else "", "$text-muted"),
                Content.styled(f"  ({one_line(source.path)})", "$text-muted"),
            ),
            id="source-title",
        )
        text = source.text
        start, end = self.span
        # The front matter is in the title bar already; show the body unless the passage
        # is in the front matter itself.
        body = source.body_start if start >= source.body_start else 0
        first, last = split_at_lines(text, start, end)
        first = max(first, body)
        with VerticalScroll(id="source-body"):
            # Each part is its own block, so the line breaks at the seams are implied.
            before_end = first - 1 if first > body and text[first - 1] == "\n" else first
            yield Static(highlighted(text[body:before_end], base=body), classes="source-text")
            yield Static(
                highlighted(
                    text[first:last], base=first, matched=self.matched, marks=[(start, end)]
                ),
                id="source-passage",
                classes="source-text",
            )
            after = last + 1 if text[last : last + 1] == "\n" else last
            yield Static(highlighted(text[after:], base=after), classes="source-text")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self._scroll_to_passage)

    def _scroll_to_passage(self) -> None:
        passage = self.query_one("#source-passage")
        self.query_one("#source-body", VerticalScroll).scroll_to_center(passage, animate=False)
