"""A true conflict: someone else changed the same claim. Keep mine or keep theirs."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from factcheck.tui.display import literal, one_line
from factcheck.workspace import Verdict

Keep = Literal["mine", "theirs"]


def verdict_summary(title: str, verdict: Verdict) -> Content:
    """A verdict as a few literal lines, for comparing two versions."""
    lines = [Content.styled(title, "bold")]
    lines.append(Content(f"verdict: {one_line(verdict.verdict or 'none')}"))
    if verdict.reviewer:
        lines.append(Content(f"reviewer: {one_line(verdict.reviewer, 60)}"))
    if verdict.reviewed_at:
        lines.append(Content(f"at: {one_line(verdict.reviewed_at)}"))
    for pinned in verdict.evidence:
        lines.append(Content(f"evidence: {one_line(pinned.source)} ({pinned.stance.value})"))
    if verdict.dismissed:
        lines.append(Content(f"dismissed: {len(verdict.dismissed)} passage(s)"))
    if verdict.note:
        lines.append(Content.assemble("note: ", literal(one_line(verdict.note, 200))))
    return Content("\n").join(lines)


class ConflictScreen(ModalScreen[Keep]):
    """Shows both versions of a claim's verdict side by side."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "keep('mine')", "Keep mine", id="conflict.mine"),
        Binding("t", "keep('theirs')", "Keep theirs", id="conflict.theirs"),
    ]

    def __init__(self, *, claim_id: str, mine: Verdict, theirs: Verdict) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.mine = mine
        self.theirs = theirs

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-dialog", classes="dialog"):
            yield Static(
                Content.styled(
                    f"Conflict on {one_line(self.claim_id, 60)}: someone else changed it too",
                    "bold $text-error",
                )
            )
            with Horizontal(id="conflict-versions"):
                yield Static(verdict_summary("Mine", self.mine), classes="version")
                yield Static(verdict_summary("Theirs (on disk)", self.theirs), classes="version")
            with Horizontal(classes="buttons"):
                yield Button("Keep mine (m)", id="mine", variant="warning")
                yield Button("Keep theirs (t)", id="theirs", variant="primary")

    def action_keep(self, which: Keep) -> None:
        self.dismiss(which)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss("mine" if event.button.id == "mine" else "theirs")
