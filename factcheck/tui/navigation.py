"""Moving in the review: claims up and down, between panes, to the next pending claim,
and filtering the list by text or verdict.

Advancing never wraps silently: after a verdict the cursor stops at the last
pending claim below and says so; ``]`` wraps to the top and says that it did.
"""

from __future__ import annotations

from textual import on
from textual.widget import Widget
from textual.widgets import Input

from factcheck.tui import filters
from factcheck.tui.screens.review_base import ReviewBase
from factcheck.workspace import Claim


class NavigationActions(ReviewBase):
    """The part of ReviewScreen that moves the cursor and filters (keys bound there)."""

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
        """Go to the next pending claim below, wrapping to the top (and saying so)."""
        self.advance(wrap=True)

    def advance(self, *, wrap: bool) -> None:
        """Go to the next pending claim below; at the end wrap only if asked, and say so."""
        claims = self.claim_list
        after = claims.highlighted
        index = filters.next_pending(claims.claims, after=after, is_pending=self._is_pending)
        if index is not None:
            claims.highlighted = index
            return
        if not wrap:
            self.notify("No pending claims below this one (] goes back to the top).", timeout=4)
            return
        index = filters.next_pending(claims.claims, after=None, is_pending=self._is_pending)
        if index is None or index == after:
            self.notify("No pending claims left here.", timeout=3)
            return
        claims.highlighted = index
        self.notify("Wrapped to the first pending claim at the top.", timeout=3)

    def _is_pending(self, claim: Claim) -> bool:
        return self.session.store.get(claim.id).verdict is None

    def action_toggle_ids(self) -> None:
        """Show or hide the claim ids in the claims list."""
        self.claim_list.toggle_ids()

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
        scale = self.session.workspace.settings.scale
        order = filters.verdict_filters(scale)
        self.verdict_filter = order[(order.index(self.verdict_filter) + 1) % len(order)]
        claim = self.current_claim
        self.refresh_list(keep=claim.id if claim else None)
        self.refresh_status()
        title = filters.filter_title(self.verdict_filter, scale)
        self.notify(f"Showing {title} claims ({self.claim_list.option_count})", timeout=2)
