"""Evidence columns (Supporting, Contradicting, Neutral) made of passage cards.

A column takes focus as a whole and keeps a cursor on one card, so tab moves
between the claims list and the columns and up/down moves within a column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from factcheck.tui.display import one_line, passage_content
from factcheck.workspace import Evidence, Source, Stance


def card_content(
    evidence: Evidence,
    *,
    source: Source | None,
    pinned: Stance | None,
    archive_title: str | None = None,
) -> Content:
    """A passage card: source, date, score, the highlighted passage and its cues.

    A passage of the newsroom archive has no workspace source: ``archive_title`` is its
    source's title there (the id until the archive has answered)."""
    title = source.title if source else archive_title or evidence.source_id
    # Short facts first (they never wrap), then the title, then the passage.
    meta: list[Content | str] = []
    if pinned is not None:
        meta.append(Content.styled(f"★ pinned ({pinned.value}) · ", "bold $text-accent"))
    if evidence.score > 0 or pinned is None:
        meta.append(Content.styled(f"score {evidence.score:.0f}", "bold"))
    else:  # pinned earlier, no longer among the passages found
        meta.append(Content.styled("not among the matches now", "$text-muted"))
    if source and source.meta.published:
        meta.append(Content.styled(f" · {one_line(source.meta.published)}", "$text-muted"))
    if evidence.meaning is not None:  # semantic retrieval: what "supports" read
        meta.append(Content.styled(f" · meaning {evidence.meaning:.2f}", "$text-muted"))
    if evidence.cited:
        meta.append(Content.styled(" · cited", "$text-accent"))
    if source is None and archive_title is not None:
        meta.append(Content.styled(f" · {evidence.source_id}", "$text-muted"))
    if evidence.passage.boilerplate:
        meta.append(Content.styled(" · boilerplate", "$text-muted"))
    head = [Content.assemble(*meta), Content.styled(one_line(title, 90), "bold")]
    lines = [*head, passage_content(evidence)]
    for cue in evidence.cues:
        style = "$text-error" if cue.conflict else "$text-success"
        lines.append(
            Content.styled(("✗ " if cue.conflict else "✓ ") + one_line(cue.describe()), style)
        )
    return Content("\n").join(lines)


class PassageCard(Static):
    """One passage found for the claim (reused as the reviewer moves between claims)."""

    def __init__(self) -> None:
        super().__init__()
        self.evidence: Evidence | None = None

    def set_evidence(self, evidence: Evidence, content: Content) -> None:
        self.evidence = evidence
        for stance in Stance:
            self.set_class(stance == evidence.stance, f"-{stance.value}")
        self.update(content)
        self.display = True

    def on_click(self) -> None:
        """A click puts the column's cursor on this card and focuses the column."""
        column = self.parent
        if isinstance(column, EvidenceColumn) and self in column.cards:
            column.cursor = column.cards.index(self)
            column.focus()


class EvidenceColumn(Vertical, can_focus=True):
    """A titled column of passage cards with a cursor.

    Cards are widgets kept between claims and refilled, because mounting new
    widgets on every keystroke makes moving through claims sluggish.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Previous passage", show=False, id="evidence.up"),
        Binding("down", "cursor(1)", "Next passage", show=False, id="evidence.down"),
    ]

    cursor: reactive[int] = reactive(0)

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(id=id)
        self.title = title
        self.heading = Static(self.compose_title(None), classes="column-title")
        self.pool: list[PassageCard] = []
        self.shown: list[Evidence] = []
        self._view: object = None

    def compose_title(self, count: int | None) -> Content:
        suffix = "…" if count is None else f" ({count})"
        return Content.styled(self.title + suffix, "bold")

    def compose(self) -> ComposeResult:
        yield self.heading

    @property
    def cards(self) -> list[PassageCard]:
        """The cards showing a passage now."""
        return self.pool[: len(self.shown)]

    def show(
        self,
        evidence: Sequence[Evidence],
        *,
        sources: Mapping[str, Source],
        pinned: Mapping[str, Stance],
        empty: str = "nothing found",
        keep: str | None = None,
        archive_titles: Mapping[str, str] | None = None,
    ) -> None:
        """Show these passages; keep the cursor on the passage ``keep`` (a ref) if still shown."""
        titles = archive_titles or {}
        view = (
            tuple(evidence),
            tuple(sorted(pinned.items())),
            empty,
            tuple(sorted(titles.items())),
        )
        if view == self._view:
            return  # nothing changed: redrawing would only cost a layout
        self._view = view
        self.shown = list(evidence)
        missing = len(self.shown) - len(self.pool)
        if missing > 0:
            new = [PassageCard() for _ in range(missing)]
            self.pool += new
            self.mount_all(new)
        for card, e in zip(self.pool, self.shown, strict=False):
            source = sources.get(e.source_id)
            content = card_content(
                e,
                source=source,
                pinned=pinned.get(e.passage.ref),
                archive_title=titles.get(e.source_id),
            )
            card.set_evidence(e, content)
        for card in self.pool[len(self.shown) :]:
            card.display = False
            card.evidence = None
        self.set_class(not self.shown, "-empty")
        title = self.compose_title(len(self.shown))
        if not self.shown:
            title = Content.assemble(title, Content.styled(f"  {empty}", "$text-muted"))
        self.heading.update(title)
        refs = [e.passage.ref for e in self.shown]
        cursor = refs.index(keep) if keep in refs else 0
        if cursor == self.cursor:
            self._mark_cursor()
        self.cursor = cursor

    def show_waiting(self, message: str) -> None:
        """No evidence yet (matching still running)."""
        self.show([], sources={}, pinned={}, empty=message)
        self.heading.update(
            Content.assemble(
                self.compose_title(None), Content.styled(f"  {message}", "$text-muted")
            )
        )

    @property
    def current(self) -> Evidence | None:
        """The passage under the cursor."""
        if not self.shown:
            return None
        return self.shown[min(self.cursor, len(self.shown) - 1)]

    def action_cursor(self, step: int) -> None:
        if self.shown:
            self.cursor = max(0, min(len(self.shown) - 1, self.cursor + step))

    def watch_cursor(self) -> None:
        self._mark_cursor()

    def on_focus(self) -> None:
        self._mark_cursor()

    def on_blur(self) -> None:
        self._mark_cursor()

    def _mark_cursor(self) -> None:
        cards = self.cards
        for index, card in enumerate(cards):
            card.set_class(index == self.cursor, "-cursor")
        if cards and self.has_focus:
            cards[min(self.cursor, len(cards) - 1)].scroll_visible(animate=False)
