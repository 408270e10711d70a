"""The review screen: claims on the left, the claim and its evidence on the right.

The screen only shows things and turns keys into changes; it is handed a
ReviewSession (workspace, verdict store, evidence) and never imports the app.
What it shows lives in ReviewBase, the actions in the mixins it is made of.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import OptionList

from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.source import SourceScreen
from factcheck.tui.session import ReviewSession
from factcheck.tui.undo_actions import UndoActions
from factcheck.tui.verdict_actions import VerdictActions
from factcheck.tui.widgets.keybar import KeyBar

# Keys used by the widgets themselves; a scale shortcut may not take them either.
WIDGET_KEYS = frozenset({"enter", "escape", "up", "down", "home", "end", "pageup", "pagedown"})


class ReviewScreen(VerdictActions, UndoActions):
    """Where the editor reads evidence and decides verdicts, one key at a time.

    The actions live in the bases: VerdictActions (verdicts, pins, dismissals,
    notes; moving and filtering below it) and UndoActions (one undo history;
    adding, changing, splitting and deleting claims below it).
    """

    class Shown(Message):
        """The claims are on screen: the app may start the slow work (the index)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "move(1)", "Next claim", show=False, id="claims.next"),
        Binding("k", "move(-1)", "Previous claim", show=False, id="claims.previous"),
        Binding("tab", "pane(1)", "Next pane", show=False, id="focus.next"),
        Binding("shift+tab", "pane(-1)", "Previous pane", show=False, id="focus.previous"),
        Binding("backspace", "verdict('')", "Clear verdict", show=False, id="verdict.clear"),
        Binding("p", "pin", "Pin", id="evidence.pin"),
        Binding("t", "flip", "Flip stance", show=False, id="evidence.flip"),
        Binding("x", "dismiss_passage", "Dismiss", id="evidence.dismiss"),
        Binding("o", "open_source", "Source", id="source.open"),
        Binding("e", "note", "Note", id="claim.note"),
        Binding("ctrl+z", "undo", "Undo", id="undo"),
        Binding("ctrl+y", "redo", "Redo", id="redo"),
        Binding("slash", "find", "Find", id="claims.find"),
        Binding("f", "cycle_filter", "Filter", id="claims.filter"),
        Binding("i", "toggle_ids", "Show or hide claim ids", show=False, id="claims.ids"),
        Binding("right_square_bracket", "next_pending", "Next pending", id="claims.next_pending"),
        Binding("f1,question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__(session)
        scale_bindings: dict[str, list[Binding]] = {}
        taken = set(self._bindings.key_to_bindings) | WIDGET_KEYS
        self.unbound_labels: list[str] = []  # scale entries whose shortcut is taken
        for label in session.workspace.settings.scale:
            if label.shortcut in taken or len(label.shortcut) != 1:
                self.unbound_labels.append(f"{label.label} ({label.shortcut!r})")
                continue
            binding = Binding(
                label.shortcut,
                f"verdict('{label.key}')",
                label.label,
                id=f"verdict.{label.key}",
            )
            scale_bindings[label.shortcut] = [binding]
        # The verdict keys come first, so the footer shows them first.
        self._bindings.key_to_bindings = {**scale_bindings, **self._bindings.key_to_bindings}

    # --- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield self.status
        with Horizontal(id="body"):
            with Vertical(id="sidebar"):
                yield self.find
                yield self.claim_list
            with VerticalScroll(id="main"):
                yield self.detail
                with Container(id="columns"):
                    yield from self.columns.values()
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.refresh_list(keep=None)
        self.claim_list.focus()
        self.refresh_status()
        self.call_after_refresh(self.post_message, self.Shown())
        if self.unbound_labels:
            self.notify(
                "These verdict shortcuts clash with other keys; use ctrl+p to set them: "
                + ", ".join(self.unbound_labels),
                severity="warning",
                timeout=10,
            )

    @on(OptionList.OptionSelected, "#claims")
    def _claim_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open_source()

    # --- other screens -------------------------------------------------------------------

    def action_open_source(self) -> None:
        claim = self.current_claim
        if claim is None:
            return
        evidence = self.focused_passage()
        if evidence is None:
            for column in self.columns.values():
                if column.current is not None:
                    evidence = column.current
                    break
        sources = self.session.workspace.sources
        if evidence is not None and evidence.source_id in sources:
            passage = evidence.passage
            self.app.push_screen(
                SourceScreen(
                    sources[passage.source_id],
                    start=passage.start,
                    end=passage.end,
                    matched=evidence.matched,
                )
            )
        elif claim.sources and claim.sources[0] in sources:
            source = sources[claim.sources[0]]
            self.app.push_screen(
                SourceScreen(source, start=source.body_start, end=source.body_start)
            )
        else:
            self.notify("No passage or cited source to open.", timeout=3)

    def help_rows(self) -> list[tuple[str, str]]:
        """(keys, description) for every binding of this screen and the evidence columns."""
        rows: dict[str, list[str]] = {}
        bindings = [b for bs in self._bindings.key_to_bindings.values() for b in bs]
        bindings += [
            Binding("up/down", "", "Move in the claims list or a column"),
            Binding("enter", "", "Open the source of the claim's best passage"),
            Binding("ctrl+p", "", "Command palette"),
        ]
        for binding in bindings:
            if binding.description and binding.action:
                rows.setdefault(binding.description, []).append(_key_name(binding.key))
            elif binding.description:
                rows.setdefault(binding.description, []).append(binding.key)
        return [(" ".join(dict.fromkeys(keys)), description) for description, keys in rows.items()]

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_rows()))

    async def action_quit(self) -> None:
        await self.app.action_quit()


_KEY_NAMES = {
    "slash": "/",
    "right_square_bracket": "]",
    "question_mark": "?",
}


def _key_name(key: str) -> str:
    return _KEY_NAMES.get(key, key)
