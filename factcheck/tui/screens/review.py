"""The review screen: claims on the left, the claim and its evidence on the right.

The screen only shows things and turns keys into store changes; the app owns
the workspace, the verdict store and the matching worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, OptionList

from factcheck.check import locate_quote
from factcheck.tui import filters
from factcheck.tui.claim_actions import ClaimActions
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.source import SourceScreen
from factcheck.tui.verdict_actions import VerdictActions
from factcheck.tui.widgets.claim_detail import ClaimDetail, claim_content
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.tui.widgets.status import StatusLine, progress_text
from factcheck.workspace import Claim, Evidence, Passage, PinnedEvidence, Stance, VerdictLabel

if TYPE_CHECKING:
    from factcheck.tui.app import ReviewApp

# Keys used by the widgets themselves; a scale shortcut may not take them either.
WIDGET_KEYS = frozenset({"enter", "escape", "up", "down", "home", "end", "pageup", "pagedown"})


class ReviewScreen(VerdictActions, ClaimActions, Screen[None]):
    """Where the editor reads evidence and decides verdicts, one key at a time.

    The actions live in two bases: VerdictActions (verdicts, pins, dismissals,
    notes, undo) and ClaimActions (adding, changing, splitting, deleting claims).
    """

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
        Binding("right_square_bracket", "next_pending", "Next pending", id="claims.next_pending"),
        Binding("f1,question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        # Made here, not in compose, so the app can ask about them before the screen mounts.
        self.status = StatusLine(id="status")
        self.find = Input(placeholder="filter claims by text", id="find")
        self.claim_list = ClaimList(id="claims")
        self.detail = ClaimDetail(id="detail")
        self.columns = {
            Stance.SUPPORTS: EvidenceColumn("Supporting", id="supporting"),
            Stance.CONTRADICTS: EvidenceColumn("Contradicting", id="contradicting"),
            Stance.NEUTRAL: EvidenceColumn("Neutral", id="neutral"),
        }
        self.text_filter = ""
        self.verdict_filter = filters.ALL
        self._show_scheduled = False
        self.detail_claim_id: str | None = None  # the claim the right-hand side shows
        scale_bindings: dict[str, list[Binding]] = {}
        taken = set(self._bindings.key_to_bindings) | WIDGET_KEYS
        self.unbound_labels: list[str] = []  # scale entries whose shortcut is taken
        for label in self.review_app.workspace.settings.scale:
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

    @property
    def review_app(self) -> ReviewApp:
        return cast("ReviewApp", self.app)

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
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refresh_list(keep=None)
        self.claim_list.focus()
        self.refresh_status()
        self.call_after_refresh(self.review_app.screen_shown)
        if self.unbound_labels:
            self.notify(
                "These verdict shortcuts clash with other keys; use ctrl+p to set them: "
                + ", ".join(self.unbound_labels),
                severity="warning",
                timeout=10,
            )

    # --- what is shown -------------------------------------------------------------------

    @property
    def current_claim(self) -> Claim | None:
        return self.claim_list.current

    def describe(self, claim: Claim) -> tuple[VerdictLabel | None, bool]:
        """The scale label of a claim's verdict and whether it is stale."""
        store = self.review_app.store
        verdict = store.get(claim.id).verdict
        label = self.review_app.workspace.settings.label(verdict)
        return label, store.is_stale(claim)

    def state(self, claim: Claim) -> filters.ClaimState:
        store = self.review_app.store
        return filters.ClaimState(verdict=store.get(claim.id).verdict, stale=store.is_stale(claim))

    def refresh_list(self, *, keep: str | None) -> None:
        """Re-apply the filters to the claims list, keeping the claim ``keep`` if shown."""
        claims = filters.visible_claims(
            self.review_app.workspace.claims,
            state=self.state,
            text=self.text_filter,
            verdict=self.verdict_filter,
        )
        self.claim_list.show(claims, describe=self.describe, keep=keep)
        if not claims:
            self.show_claim(None)

    def refresh_status(self) -> None:
        if not self.is_mounted:
            return
        app = self.review_app
        scale = app.workspace.settings.scale
        self.status.update(
            progress_text(
                app.store.counts(),
                total=len(app.workspace.claims),
                scale=scale,
                reviewer=app.store.reviewer,
                matching=app.matching_progress,
                filter_name=filters.filter_title(self.verdict_filter, scale),
            )
        )

    @on(OptionList.OptionHighlighted, "#claims")
    def _claim_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Holding j down highlights many claims in one tick: draw only the last one.
        if not self._show_scheduled:
            self._show_scheduled = True
            self.call_later(self._show_highlighted)

    def _show_highlighted(self) -> None:
        self._show_scheduled = False
        self.show_claim(self.current_claim)

    @on(OptionList.OptionSelected, "#claims")
    def _claim_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open_source()

    def show_claim(self, claim: Claim | None) -> None:
        """Show a claim's detail and evidence (or ask the worker for it first)."""
        detail = self.detail
        if claim is None:
            detail.update(
                "No claim matches the filter."
                if self.text_filter or self.verdict_filter != filters.ALL
                else "No claims in this workspace."
            )
            for column in self.columns.values():
                column.show_waiting("")
            return
        app = self.review_app
        self.detail_claim_id = claim.id
        verdict = app.store.get(claim.id)
        detail.update(
            claim_content(
                claim,
                verdict=verdict,
                label=app.workspace.settings.label(verdict.verdict),
                stale=app.store.is_stale(claim),
                sources=app.workspace.sources,
            )
        )
        app.prefer(claim)
        self.show_evidence(claim)

    def show_evidence(self, claim: Claim) -> None:
        """Fill the three columns from the matching results (pinned passages always shown)."""
        app = self.review_app
        found = app.evidence_for(claim)
        columns = self.columns
        verdict = app.store.get(claim.id)
        located = self.located_pins(claim.id)
        pinned = {ref: pin.stance for ref, (pin, _) in located.items()}
        if found is None and not pinned:
            message = "building the index…" if app.index is None else "matching…"
            for column in columns.values():
                column.show_waiting(message)
            return
        dismissed = set(verdict.dismissed)
        shown = [e for e in found or () if e.passage.ref not in dismissed]
        refs = {e.passage.ref for e in shown}
        for ref, (p, passage) in located.items():
            if ref not in refs:  # pinned earlier, no longer among the best: still shown
                shown.append(Evidence(claim.id, passage, 0.0, p.stance))
        by_stance: dict[Stance, list[Evidence]] = {stance: [] for stance in columns}
        for e in shown:
            by_stance[pinned.get(e.passage.ref, e.stance)].append(e)
        for stance, column in columns.items():
            current = column.current
            column.show(
                by_stance[stance],
                sources=app.workspace.sources,
                pinned=pinned,
                empty="matching…" if found is None else "none found",
                keep=current.passage.ref if current else None,
            )

    def located_pins(self, claim_id: str) -> dict[str, tuple[PinnedEvidence, Passage]]:
        """The claim's pins by the ref of where their quote is now, with that passage.

        A source re-saved with other line endings (or edited above the quote)
        moves spans: the quote is found again by its text, so the passage found
        there is the one marked pinned, and p or t on it acts on the stored pin.
        """
        app = self.review_app
        located: dict[str, tuple[PinnedEvidence, Passage]] = {}
        for pin in app.store.get(claim_id).evidence:
            source = app.workspace.sources.get(pin.source)
            span = None
            if source is not None:
                span = locate_quote(
                    quote=pin.quote, source_text=source.text, start=pin.start, end=pin.end
                )
            if source is None or span is None:  # gone or drifted: shown as it was pinned
                passage = Passage(
                    source_id=pin.source, start=pin.start, end=pin.end, text=pin.quote
                )
            else:
                start, end = span
                passage = Passage(pin.source, start, end, source.text[start:end])
            located[passage.ref] = (pin, passage)
        return located

    def on_evidence_ready(self, claim_id: str) -> None:
        """Called by the app when the worker has computed a claim's evidence."""
        claim = self.current_claim
        if self.is_mounted and claim is not None and claim.id == claim_id:
            self.show_evidence(claim)

    def on_store_changed(self, claim_ids: set[str]) -> None:
        """Redraw what depends on these claims' verdicts (after our change or someone's)."""
        if not self.is_mounted:
            return
        claim = self.current_claim
        for claim_id in claim_ids:
            entry = self.review_app.workspace.claim(claim_id)
            if entry is not None:
                self.claim_list.refresh_claim(claim_id, *self.describe(entry))
        if claim is not None and claim.id in claim_ids:
            self.show_claim(claim)
        self.refresh_status()

    # --- moving --------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        claims = self.claim_list
        if claims.option_count:
            current = claims.highlighted if claims.highlighted is not None else -1
            claims.highlighted = max(0, min(claims.option_count - 1, current + step))

    def panes(self) -> list[Widget]:
        panes: list[Widget] = [self.claim_list]
        panes += [c for c in self.columns.values() if c.shown]
        return panes

    def action_pane(self, step: int) -> None:
        panes = self.panes()
        focused = self.focused
        index = panes.index(focused) if focused in panes else 0
        panes[(index + step) % len(panes)].focus()

    def action_next_pending(self) -> None:
        claims = self.claim_list
        index = filters.next_pending(
            claims.claims, after=claims.highlighted, is_pending=self._is_pending
        )
        if index is None:
            self.notify("No pending claims left here.", timeout=3)
        else:
            claims.highlighted = index

    def _is_pending(self, claim: Claim) -> bool:
        return self.review_app.store.get(claim.id).verdict is None

    def action_find(self) -> None:
        find = self.find
        find.add_class("-shown")
        find.focus()

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        self.text_filter = event.value
        claim = self.current_claim
        self.refresh_list(keep=claim.id if claim else None)

    @on(Input.Submitted, "#find")
    def _find_submitted(self) -> None:
        self.claim_list.focus()

    def key_escape(self) -> None:
        find = self.find
        if find.has_focus or self.text_filter:
            find.value = ""
            find.remove_class("-shown")
            self.claim_list.focus()

    def action_cycle_filter(self) -> None:
        order = filters.verdict_filters(self.review_app.workspace.settings.scale)
        self.verdict_filter = order[(order.index(self.verdict_filter) + 1) % len(order)]
        claim = self.current_claim
        self.refresh_list(keep=claim.id if claim else None)
        self.refresh_status()
        title = filters.filter_title(self.verdict_filter, self.review_app.workspace.settings.scale)
        self.notify(f"Showing {title} claims ({self.claim_list.option_count})", timeout=2)

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
        sources = self.review_app.workspace.sources
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
        await self.review_app.action_quit()


_KEY_NAMES = {
    "slash": "/",
    "right_square_bracket": "]",
    "question_mark": "?",
}


def _key_name(key: str) -> str:
    return _KEY_NAMES.get(key, key)
