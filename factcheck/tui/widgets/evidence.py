"""Evidence columns (Supporting, Contradicting, Neutral) made of passage cards.

A column takes focus as a whole and keeps a cursor on one card, so tab moves
between the claims list and the columns and up/down moves within a column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from factcheck.models import Evidence, Source, Stance
from factcheck.tui.display import one_line, passage_content


def card_content(evidence: Evidence, *, source: Source | None, pinned: Stance | None) -> Content:
    """A passage card: source, date, score, the highlighted passage and its cues."""
    title = source.title if source else evidence.source_id
    head: list[Content | str] = []
    if pinned is not None:
        head.append(Content.styled(f"★ pinned ({pinned.value}) ", "bold $text-accent"))
    head.append(Content.styled(one_line(title, 80), "bold"))
    if source and source.meta.published:
        head.append(Content.styled(f" · {one_line(source.meta.published)}", "$text-muted"))
    head.append(Content.styled(f" · score {evidence.score:.0f}", "$text-muted"))
    if evidence.cited:
        head.append(Content.styled(" · cited", "$text-accent"))
    if evidence.passage.boilerplate:
        head.append(Content.styled(" · boilerplate", "$text-muted"))
    lines = [Content.assemble(*head), passage_content(evidence)]
    for cue in evidence.cues:
        style = "$text-error" if cue.conflict else "$text-success"
        lines.append(
            Content.styled(("✗ " if cue.conflict else "✓ ") + one_line(cue.describe()), style)
        )
    return Content("\n").join(lines)


class PassageCard(Static):
    """One passage found for the claim."""

    def __init__(self, evidence: Evidence, content: Content) -> None:
        super().__init__(content, classes=f"-{evidence.stance.value}")
        self.evidence = evidence


class EvidenceColumn(Vertical, can_focus=True):
    """A titled column of passage cards with a cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Previous passage", show=False, id="evidence.up"),
        Binding("down", "cursor(1)", "Next passage", show=False, id="evidence.down"),
    ]

    cursor: reactive[int] = reactive(0)

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(id=id)
        self.title = title
        self.cards: list[PassageCard] = []

    def compose_title(self, count: int | None) -> Content:
        suffix = "…" if count is None else f" ({count})"
        return Content.styled(self.title + suffix, "bold")

    def on_mount(self) -> None:
        self.mount(Static(self.compose_title(None), classes="column-title"))

    def show(
        self,
        evidence: Sequence[Evidence],
        *,
        sources: Mapping[str, Source],
        pinned: Mapping[str, Stance],
        empty: str = "nothing found",
        keep: str | None = None,
    ) -> None:
        """Replace the cards; keep the cursor on the passage ``keep`` (a ref) if still shown."""
        self.remove_children()
        self.cards = [
            PassageCard(
                e,
                card_content(e, source=sources.get(e.source_id), pinned=pinned.get(e.passage.ref)),
            )
            for e in evidence
        ]
        self.set_class(not self.cards, "-empty")
        title = self.compose_title(len(self.cards))
        if not self.cards:
            title = Content.assemble(title, Content.styled(f"  {empty}", "$text-muted"))
        self.mount_all([Static(title, classes="column-title"), *self.cards])
        refs = [card.evidence.passage.ref for card in self.cards]
        self.cursor = refs.index(keep) if keep in refs else 0
        self._mark_cursor()

    def show_waiting(self, message: str) -> None:
        """No evidence yet (matching still running)."""
        self.remove_children()
        self.cards = []
        self.set_class(True, "-empty")
        title = Content.assemble(
            self.compose_title(None), Content.styled(f"  {message}", "$text-muted")
        )
        self.mount(Static(title, classes="column-title"))

    @property
    def current(self) -> Evidence | None:
        """The passage under the cursor."""
        if not self.cards:
            return None
        return self.cards[min(self.cursor, len(self.cards) - 1)].evidence

    def action_cursor(self, step: int) -> None:
        if self.cards:
            self.cursor = max(0, min(len(self.cards) - 1, self.cursor + step))

    def watch_cursor(self) -> None:
        self._mark_cursor()

    def on_focus(self) -> None:
        self._mark_cursor()

    def on_blur(self) -> None:
        self._mark_cursor()

    def _mark_cursor(self) -> None:
        for index, card in enumerate(self.cards):
            card.set_class(index == self.cursor, "-cursor")
        if self.cards and self.has_focus:
            self.cards[min(self.cursor, len(self.cards) - 1)].scroll_visible(animate=False)
