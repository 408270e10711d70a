"""The source screen: the whole source, a cursor on one passage, and pinning from there.

``o`` opens the source of the focused passage (or the claim's first cited
source). ``j``/``k`` (or up/down) move the cursor through the source's passages,
``p`` pins the passage under it for the claim under review (as supporting; ``t``
flips it to contradicting), ``C`` cites the whole source for the claim and ``A``
for every claim of the claims file. What it may change is handed to it by the
review screen (SourceActions); source text is always shown literally.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from factcheck.tui.display import highlighted, one_line
from factcheck.tui.widgets.keybar import KeyBar
from factcheck.workspace import Passage, Source, Stance, split_passages


def split_at_lines(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start..end`` to whole lines, so the passage can be its own widget."""
    line_start = text.rfind("\n", 0, max(0, start)) + 1
    line_end = text.find("\n", max(start, end))
    return line_start, len(text) if line_end < 0 else line_end


@dataclass(frozen=True)
class SourceActions:
    """What the source view may do for the claim under review (the review screen's doors)."""

    claim_id: str
    pins: Callable[[], Mapping[str, Stance]]  # ref of each pinned passage -> its stance
    toggle_pin: Callable[[Passage], None]
    flip: Callable[[Passage], object]
    cite: Callable[[], None]
    cite_file: Callable[[], None]


class SourceScreen(Screen[None]):
    """A source in full with a passage cursor; Escape returns to the review screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor(1)", "Next passage", show=False, id="source.next"),
        Binding("k,up", "cursor(-1)", "Previous passage", show=False, id="source.previous"),
        Binding("p", "pin", "Pin", id="source.pin"),
        Binding("t", "flip", "Flip stance", id="source.flip"),
        Binding("C", "cite", "Cite source", id="source.cite"),
        Binding("A", "cite_file", "Cite for the file", id="source.cite_file"),
        Binding("escape,q,o", "app.pop_screen", "Back", id="source.back"),
    ]

    def __init__(
        self,
        source: Source,
        *,
        start: int,
        end: int,
        matched: tuple[tuple[int, int], ...] = (),
        actions: SourceActions | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self.span = (start, end)
        self.matched = matched
        self.actions = actions
        self.passages = split_passages(source) or [
            Passage(
                source.id, source.body_start, len(source.text), source.text[source.body_start :]
            )
        ]
        self.cursor = self._passage_at(start, end)
        self.body = Static(id="source-passage-before", classes="source-text")
        self.passage = Static(id="source-passage", classes="source-text")
        self.after = Static(id="source-passage-after", classes="source-text")
        self.where = Static(id="source-cursor")

    def _passage_at(self, start: int, end: int) -> int:
        """The passage ``start..end`` itself, else one holding it, else the nearest before it."""
        spans = [(p.start, p.end) for p in self.passages]
        if (start, end) in spans:
            return spans.index((start, end))
        best = 0
        for index, passage in enumerate(self.passages):
            if passage.start <= start:
                best = index
            if passage.start <= start and end <= passage.end:
                return index
        return best

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
        yield self.where
        with VerticalScroll(id="source-body", can_focus=False):
            yield self.body
            yield self.passage
            yield self.after
        yield KeyBar(always=("app.pop_screen",))

    def on_mount(self) -> None:
        self.show_cursor()

    def show_cursor(self) -> None:
        """Draw the source split around the passage under the cursor, and scroll to it."""
        text, source = self.source.text, self.source
        current = self.passages[self.cursor]
        start, end = current.start, current.end
        body = source.body_start if start >= source.body_start else 0
        first, last = split_at_lines(text, start, end)
        first = max(first, body)
        # Each part is its own block, so the line breaks at the seams are implied.
        before_end = first - 1 if first > body and text[first - 1] == "\n" else first
        self.body.update(highlighted(text[body:before_end], base=body))
        marks = [(start, end)]
        self.passage.update(
            highlighted(text[first:last], base=first, matched=self.matched, marks=marks)
        )
        after = last + 1 if text[last : last + 1] == "\n" else last
        self.after.update(highlighted(text[after:], base=after))
        stance = self.pinned_stance()
        for name in Stance:
            self.passage.set_class(stance == name, f"-{name.value}")
        self.where.update(self._where(stance))
        self.call_after_refresh(self._scroll_to_passage)

    def pinned_stance(self) -> Stance | None:
        if self.actions is None:
            return None
        return self.actions.pins().get(self.passages[self.cursor].ref)

    def _where(self, stance: Stance | None) -> Content:
        parts: list[Content | str] = [
            Content.styled(f"Passage {self.cursor + 1} of {len(self.passages)}", "bold")
        ]
        if self.actions is None:
            parts.append(Content.styled("  (no claim to pin for)", "$text-muted"))
        else:
            parts.append(
                Content.styled(f"  for {one_line(self.actions.claim_id, 60)}", "$text-muted")
            )
            if stance is not None:
                parts.append(Content.styled(f"  ★ pinned ({stance.value})", "bold $text-accent"))
        return Content.assemble(*parts)

    def _scroll_to_passage(self) -> None:
        scroll = self.query_one("#source-body", VerticalScroll)
        scroll.scroll_to_center(self.passage, animate=False)

    def action_cursor(self, step: int) -> None:
        self.cursor = max(0, min(len(self.passages) - 1, self.cursor + step))
        self.show_cursor()

    def _act(self, name: str) -> None:
        if self.actions is None:
            self.notify("No claim is selected to pin or cite for.", timeout=3)
            return
        passage = self.passages[self.cursor]
        if name == "pin":
            self.actions.toggle_pin(passage)
        elif name == "flip":
            if self.pinned_stance() is None:
                self.notify("Only a pinned passage has a stance to flip: press p first.", timeout=3)
                return
            self.actions.flip(passage)
        elif name == "cite":
            self.actions.cite()
        else:
            self.actions.cite_file()
        self.show_cursor()

    def action_pin(self) -> None:
        self._act("pin")

    def action_flip(self) -> None:
        self._act("flip")

    def action_cite(self) -> None:
        self._act("cite")

    def action_cite_file(self) -> None:
        self._act("cite_file")
