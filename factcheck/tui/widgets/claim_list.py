"""The claims list: one line per claim, its text first, with a coloured verdict mark.

Ids made by ``factcheck extract`` are long (``president-volodymyr-zelensky-spoken-ad8e``):
shown first they leave no room for the claim, so the text comes first and the
ids show on demand (``i`` toggles them, dimmed, in front of the text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content
from textual.css.styles import RulesMap
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from factcheck.tui.display import one_line, verdict_mark
from factcheck.workspace import Claim, VerdictLabel


class OneLine(Content):
    """A prompt with no line break: one line high whenever lines are not wrapped or folded.

    An option list measures every option's height before its first paint, wrapping each
    prompt to learn it; for a claims list that is always one line (``text-wrap: nowrap``,
    ``text-overflow: ellipsis``), and measuring a thousand prompts was most of the time
    before the review's first screen.
    """

    def get_height(self, rules: RulesMap, width: int) -> int:
        get = rules.get
        if (
            get("text_wrap", "wrap") == "nowrap"
            and get("text_overflow", "fold") != "fold"
            and "\n" not in self.plain
        ):
            return 1
        return super().get_height(rules, width)


class ClaimList(OptionList):
    """Claims, each shown as: mark, the start of its text (the id first on demand)."""

    DEFAULT_CSS = """
    ClaimList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.claims: list[Claim] = []
        self.show_ids = False
        self._describe: Callable[[Claim], tuple[VerdictLabel | None, bool]] | None = None

    def prompt(self, claim: Claim, label: VerdictLabel | None, stale: bool) -> OneLine:
        """The line shown for one claim: pending claims in bold, reviewed ones plain."""
        text = Content.styled(one_line(claim.text, 160), "" if label else "bold")
        parts: list[Content | str] = [verdict_mark(label, stale=stale), " "]
        if stale:
            parts += [Content.styled("stale ", "$text-warning")]
        if self.show_ids:
            parts += [Content.styled(one_line(claim.id), "$text-muted"), " "]
        line = Content.assemble(*parts, text)
        return OneLine(line.plain, list(line.spans), strip_control_codes=False)

    def toggle_ids(self) -> None:
        """Show the claim ids in front of the texts, or hide them again."""
        self.show_ids = not self.show_ids
        if self._describe is not None:
            for index, claim in enumerate(self.claims):
                self.replace_option_prompt_at_index(
                    index, self.prompt(claim, *self._describe(claim))
                )

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
        self._describe = describe
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
