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

from factcheck.tui.prefs import KEYMAP_FILE
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.source import SourceActions, SourceScreen
from factcheck.tui.session import ReviewSession
from factcheck.tui.undo_actions import UndoActions
from factcheck.tui.verdict_actions import VerdictActions
from factcheck.tui.widgets.keybar import KeyBar
from factcheck.workspace import Evidence, Stance

# The layouts the palette offers, by the class the width would otherwise choose.
LAYOUT_CLASSES = {"stacked": "-narrow", "side-by-side": "-normal", "three-columns": "-wide"}
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
        Binding("b", "open_earlier", "Open the earlier fact-check", show=False, id="earlier.open"),
        Binding("e", "note", "Note", id="claim.note"),
        Binding("ctrl+z", "undo", "Undo", id="undo"),
        Binding("ctrl+y", "redo", "Redo", id="redo"),
        Binding("slash", "find", "Find", id="claims.find"),
        Binding("f", "cycle_filter", "Filter", id="claims.filter"),
        Binding("C", "cite_source", "Cite the passage's source", show=False, id="claim.cite"),
        Binding(
            "A",
            "cite_source_for_file",
            "Cite the passage's source for every claim of the file",
            show=False,
            id="claims.cite_file",
        ),
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
        # Resume where the work is: the first claim pending or stale (else the first claim).
        store = self.session.store
        todo = (
            c for c in self.session.workspace.claims if self._is_pending(c) or store.is_stale(c)
        )
        first = next(todo, None)
        self.refresh_list(keep=first.id if first else None)
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

    def apply_layout(self, layout: str) -> None:
        """Fix the layout (stacked, side-by-side, three-columns) or let the width decide."""
        fixed = LAYOUT_CLASSES.get(layout)
        self.HORIZONTAL_BREAKPOINTS = None if fixed is None else [(0, fixed)]
        breakpoints = self.HORIZONTAL_BREAKPOINTS or self.app.HORIZONTAL_BREAKPOINTS or []
        width = self.app.size.width
        current = [name for least, name in breakpoints if width >= least][-1:]
        for name in LAYOUT_CLASSES.values():
            self.set_class(name in current, name)

    def best_passage(self) -> Evidence | None:
        """The focused passage, else the first passage shown."""
        evidence = self.focused_passage()
        if evidence is None:
            evidence = next((c.current for c in self.columns.values() if c.current), None)
        return evidence

    def action_open_earlier(self) -> None:
        """Open the link of the closest earlier fact-check (from the archive) in a browser."""
        claim = self.current_claim
        earlier = self.session.checked_before.get(claim.id, ()) if claim else ()
        url = next((str(e["url"]) for e in earlier if e.get("url")), None)
        if url is None or not url.startswith(("https://", "http://")):
            self.notify("No earlier fact-check with a link for this claim.", markup=False)
            return
        self.app.open_url(url)
        self.notify(f"Opening {url}", markup=False)

    def action_open_source(self) -> None:
        claim = self.current_claim
        if claim is None:
            return
        evidence = self.best_passage()
        sources = self.session.workspace.sources
        if evidence is not None and evidence.source_id in sources:
            source = sources[evidence.source_id]
            start, end = evidence.passage.start, evidence.passage.end
            matched = evidence.matched
        elif claim.sources and claim.sources[0] in sources:
            source = sources[claim.sources[0]]
            start = end = source.body_start
            matched = ()
        else:
            self.notify("No passage or cited source to open.", timeout=3)
            return
        actions = SourceActions(
            claim_id=claim.id,
            pins=lambda: {ref: pin.stance for ref, (pin, _) in self.located_pins(claim.id).items()},
            toggle_pin=lambda passage: self.toggle_pin(claim.id, passage, Stance.SUPPORTS),
            flip=lambda passage: self.flip_pin(claim.id, passage),
            cite=lambda: self.cite(claim, source.id),
            cite_file=lambda: self.cite(claim, source.id, whole_file=True),
        )
        screen = SourceScreen(source, start=start, end=end, matched=matched, actions=actions)
        self.app.push_screen(screen)

    def _cite_source(self, *, whole_file: bool) -> None:
        claim, evidence = self.current_claim, self.best_passage()
        if claim is None or evidence is None:
            self.notify("No passage shown to cite the source of.", timeout=3)
            return
        self.cite(claim, evidence.source_id, whole_file=whole_file)

    def action_cite_source(self) -> None:
        """Cite the source of the focused passage for the claim."""
        self._cite_source(whole_file=False)

    def action_cite_source_for_file(self) -> None:
        """Cite the source of the focused passage for every claim of the claims file."""
        self._cite_source(whole_file=True)

    def key_rows(self) -> list[tuple[str, str, str]]:
        """(keys, description, binding id) of the keys in force (the user's keymap applied)."""
        rows: dict[str, tuple[list[str], str]] = {}
        for key, active in self.active_bindings.items():
            binding = active.binding
            if active.node is self and binding.description and binding.action:
                keys, _ = rows.setdefault(binding.description, ([], binding.id or ""))
                keys.append(_key_name(key))
        extra = [
            ("up/down", "Move in the claims list or a column"),
            ("enter", "Open the source of the claim's best passage"),
            ("ctrl+p", "Command palette (also: theme and layout)"),
        ]
        found = [(" ".join(dict.fromkeys(keys)), d, i) for d, (keys, i) in rows.items()]
        return found + [(keys, description, "") for keys, description in extra]

    def help_rows(self) -> list[tuple[str, str]]:
        """(keys, description) for every key in force on this screen."""
        return [(keys, description) for keys, description, _ in self.key_rows()]

    def action_help(self) -> None:
        keymap = self.session.config_dir / KEYMAP_FILE
        self.app.push_screen(HelpScreen(self.key_rows(), keymap=keymap))

    async def action_quit(self) -> None:
        await self.app.action_quit()


_KEY_NAMES = {
    "slash": "/",
    "right_square_bracket": "]",
    "question_mark": "?",
}


def _key_name(key: str) -> str:
    return _KEY_NAMES.get(key, key)
