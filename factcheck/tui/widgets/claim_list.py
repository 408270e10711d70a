"""The claims list: one line per claim with a coloured verdict mark."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from factcheck.tui.display import one_line, verdict_mark
from factcheck.workspace import Claim, VerdictLabel


class ClaimList(OptionList):
    """Claims, each shown as: mark, id, the start of its text. Up/down (and j/k) move."""

    DEFAULT_CSS = """
    ClaimList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.claims: list[Claim] = []

    @staticmethod
    def prompt(claim: Claim, label: VerdictLabel | None, stale: bool) -> Content:
        """The line shown for one claim."""
        pending = label is None
        name = Content.styled(one_line(claim.id), "bold" if pending else "")
        text = Content.styled(one_line(claim.text, 80), "$text-muted")
        parts: list[Content | str] = [verdict_mark(label, stale=stale), " ", name, "  ", text]
        if stale:
            parts[1:1] = [Content.styled(" stale", "$text-warning")]
        return Content.assemble(*parts)

    def show(
        self,
        claims: Sequence[Claim],
        *,
        describe: Callable[[Claim], tuple[VerdictLabel | None, bool]],
        keep: str | None = None,
    ) -> None:
        """Show ``claims``; keep ``keep`` (a claim id) highlighted if it is among them.

        If it is not (a filter hid it), the claim that took its place is highlighted.
        """
        old_index = self.index_of(keep) if keep is not None else None
        self.claims = list(claims)
        self.set_options(
            Option(self.prompt(claim, *describe(claim)), id=claim.id) for claim in claims
        )
        index = self.index_of(keep) if keep is not None else None
        if index is None and self.claims:
            index = min(old_index or 0, len(self.claims) - 1)
        self.highlighted = index

    def refresh_claim(self, claim_id: str, label: VerdictLabel | None, stale: bool) -> None:
        """Redraw one claim's line after its verdict changed."""
        index = self.index_of(claim_id)
        if index is not None:
            self.replace_option_prompt_at_index(
                index, self.prompt(self.claims[index], label, stale)
            )

    def index_of(self, claim_id: str) -> int | None:
        for index, claim in enumerate(self.claims):
            if claim.id == claim_id:
                return index
        return None

    @property
    def current(self) -> Claim | None:
        """The highlighted claim."""
        if self.highlighted is None or not 0 <= self.highlighted < len(self.claims):
            return None
        return self.claims[self.highlighted]
