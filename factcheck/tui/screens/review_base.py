"""What the review screen shows, and the one door every verdict change goes through.

The screen is handed a ReviewSession (the workspace, the verdict store, the
evidence found); it never imports the app. The action mixins (verdicts, claims,
moving) build on this base, and ReviewScreen puts them together with the keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual import on
from textual.screen import Screen
from textual.widgets import Input, OptionList

from factcheck.errors import FactcheckError
from factcheck.tui import filters
from factcheck.tui.history import Step, StepKind
from factcheck.tui.pins import Located, by_stance, located_pins
from factcheck.tui.screens.conflict import ConflictScreen, Keep
from factcheck.tui.session import ReviewSession
from factcheck.tui.widgets.claim_detail import ClaimDetail, claim_content
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.tui.widgets.status import StatusLine, progress_parts
from factcheck.verdicts import Change, ConflictError, StoreWriteError
from factcheck.workspace import Claim, Stance, VerdictLabel


class ReviewBase(Screen[None]):
    """The claims list, the claim, its evidence columns and the status line, kept up to date."""

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        # Made here, not in compose, so the app can ask about them before the screen mounts.
        self.status = StatusLine(id="status")
        self.find = Input(placeholder="filter claims by text", id="find")
        self.claim_list = ClaimList(id="claims")
        self.detail = ClaimDetail(id="detail")
        self.columns = {
            Stance.SUPPORTS: EvidenceColumn("Supporting", id="supporting"),
            Stance.CONTRADICTS: EvidenceColumn("Contradicting", id="contradicting"),
            Stance.NEUTRAL: EvidenceColumn("Related", id="related"),
        }
        self.text_filter = ""
        self.verdict_filter = filters.ALL
        self._show_scheduled = False
        self.detail_claim_id: str | None = None  # the claim the right-hand side shows

    # --- what is shown -------------------------------------------------------------------

    @property
    def current_claim(self) -> Claim | None:
        return self.claim_list.current

    def describe(self, claim: Claim) -> tuple[VerdictLabel | None, bool]:
        """The scale label of a claim's verdict and whether it is stale."""
        store = self.session.store
        label = self.session.workspace.settings.label(store.get(claim.id).verdict)
        return label, store.is_stale(claim)

    def state(self, claim: Claim) -> filters.ClaimState:
        store = self.session.store
        return filters.ClaimState(verdict=store.get(claim.id).verdict, stale=store.is_stale(claim))

    def refresh_list(self, *, keep: str | None) -> None:
        """Re-apply the filters to the claims list, keeping the claim ``keep`` if shown."""
        claims = filters.visible_claims(
            self.session.workspace.claims,
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
        session = self.session
        scale = session.workspace.settings.scale
        self.status.show(
            progress_parts(
                session.store.counts(),
                total=len(session.workspace.claims),
                scale=scale,
                reviewer=session.store.reviewer,
                matching=session.matching_progress,
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

    def show_claim(self, claim: Claim | None) -> None:
        """Show a claim's detail and evidence (or ask the worker for it first)."""
        if claim is None:
            filtered = self.text_filter or self.verdict_filter != filters.ALL
            self.detail.update(
                "No claim matches the filter." if filtered else "No claims in this workspace."
            )
            for column in self.columns.values():
                column.show_waiting("")
            return
        session = self.session
        self.detail_claim_id = claim.id
        verdict = session.store.get(claim.id)
        self.detail.update(
            claim_content(
                claim,
                verdict=verdict,
                label=session.workspace.settings.label(verdict.verdict),
                stale=session.store.is_stale(claim),
                sources=session.workspace.sources,
                earlier=session.checked_before.get(claim.id, ()),
            )
        )
        session.prefer(claim)
        self.show_evidence(claim)

    def show_evidence(self, claim: Claim) -> None:
        """Fill the three columns from the matching results (pinned passages always shown)."""
        session = self.session
        found = session.evidence_for(claim)
        located = self.located_pins(claim.id)
        if found is None and not located:
            if session.index is not None:
                message = "matching…"
            elif session.index_failure is not None:
                message = f"no evidence: the index could not be built ({session.index_failure})"
            else:
                message = "building the index…"
            for column in self.columns.values():
                column.show_waiting(message)
            return
        groups = by_stance(
            found,
            claim_id=claim.id,
            verdict=session.store.get(claim.id),
            located=located,
            stances=self.columns,
        )
        pinned = {ref: pin.stance for ref, (pin, _) in located.items()}
        for stance, column in self.columns.items():
            current = column.current
            column.show(
                groups[stance],
                sources=session.workspace.sources,
                pinned=pinned,
                archive_titles=session.archive_titles(),
                empty="matching…" if found is None else "none found",
                keep=current.passage.ref if current else None,
            )

    def located_pins(self, claim_id: str) -> Located:
        """The claim's pins by the ref of where their quote is now (see factcheck.tui.pins)."""
        pins = self.session.store.get(claim_id).evidence
        return located_pins(pins, self.session.workspace.sources)

    def on_evidence_ready(self, claim_id: str) -> None:
        """Called by the app when the worker has computed a claim's evidence."""
        claim = self.current_claim
        if self.is_mounted and claim is not None and claim.id == claim_id:
            self.show_claim(claim)  # the detail too: earlier fact-checks come with the evidence

    def on_store_changed(self, claim_ids: Iterable[str]) -> None:
        """Redraw what depends on these claims' verdicts (after our change or someone's)."""
        if not self.is_mounted:
            return
        claim = self.current_claim
        claim_ids = set(claim_ids)
        for claim_id in claim_ids:
            entry = self.session.workspace.claim(claim_id)
            if entry is not None:
                self.claim_list.refresh_claim(claim_id, *self.describe(entry))
        if claim is not None and claim.id in claim_ids:
            self.show_claim(claim)
        self.refresh_status()

    def after_change(self, claim_ids: Iterable[str]) -> None:
        """Redraw after a change and re-match claims whose dismissals changed."""
        claim_ids = set(claim_ids)
        self.on_store_changed(claim_ids)
        self.session.refresh_evidence(claim_ids)

    def go_to(self, claim_id: str) -> None:
        """Put the cursor on a claim (shown again if a filter hid it)."""
        index = self.claim_list.index_of(claim_id)
        if index is None:
            self.refresh_list(keep=claim_id)
            index = self.claim_list.index_of(claim_id)
        if index is not None:
            self.claim_list.highlighted = index

    # --- changing the verdicts -----------------------------------------------------------

    def change(
        self,
        mutate: Callable[[], Change | None],
        *,
        taken: Callable[[Change | None], None] | None = None,
    ) -> Change | None:
        """Run one store change; conflicts and write errors become dialogs and notices.

        ``taken`` is called once the store holds the change (written, or kept in memory
        after a failed write: None); by default the change goes on the undo history.
        """
        try:
            change = mutate()
        except ConflictError as conflict:
            self.show_conflict(conflict)
            return None
        except StoreWriteError as exc:
            # The change holds in memory; the app retries the write and says so.
            self.session.write_failed(exc)
            change = None
        except FactcheckError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return None
        claim = self.current_claim
        (taken or self._record)(change)
        changed = {change.claim_id} if change else set()
        if claim is not None:
            changed.add(claim.id)
        self.after_change(changed)
        return change

    def _record(self, change: Change | None) -> None:
        if change is None:  # held in memory after a failed write: undoable all the same
            claim = self.current_claim
            step = Step(StepKind.VERDICTS, claim.id if claim else "", "the last change")
        elif change.before == change.after:
            return  # nothing changed, so the store recorded nothing
        else:
            step = Step(StepKind.VERDICTS, change.claim_id, change.description)
        self.session.history.record(step)

    def show_conflict(self, conflict: ConflictError) -> None:
        """Ask whether to keep my version or theirs; keeping mine is an undoable change."""
        store = self.session.store

        def resolved(keep: Keep | None) -> None:
            if keep == "mine":  # an undoable change, like any other
                self.change(lambda: store.resolve_conflict(conflict.claim_id, keep=keep))
            elif keep == "theirs":  # like a reload of that claim: nothing to undo
                self.change(
                    lambda: store.resolve_conflict(conflict.claim_id, keep=keep),
                    taken=lambda _: None,
                )

        self.app.push_screen(
            ConflictScreen(claim_id=conflict.claim_id, mine=conflict.mine, theirs=conflict.theirs),
            resolved,
        )
