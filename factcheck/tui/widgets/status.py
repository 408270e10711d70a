"""The status line at the top: progress, matching progress and the reviewer's name.

It fits any width by leaving out whole parts, least needed first (the app's
name, then the counts per verdict, the reviewer, the matching progress); how
many claims are reviewed and the filter in force always show. Nothing is cut
mid-word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.widget import Widget

from factcheck.tui.display import one_line, verdict_colour
from factcheck.workspace import VerdictLabel


@dataclass(frozen=True)
class Part:
    """A piece of the status line; higher ``keep`` stays longer as the line narrows."""

    content: Content
    keep: int
    lead: str = "  "  # what goes before it (nothing for the first part shown)


def progress_parts(
    counts: Mapping[str, int],
    *,
    total: int,
    scale: Sequence[VerdictLabel],
    reviewer: str,
    matching: tuple[int, int] | None = None,
    filter_name: str = "all",
) -> list[Part]:
    """E.g. "7 of 24 reviewed · 3 refuted · 1 stale │ matching 12/24 │ reviewer Ada"."""
    parts = [
        Part(Content.styled("factcheck review", "bold $accent"), keep=1),
        Part(Content.styled(f"{counts.get('reviewed', 0)} of {total} reviewed", "bold"), keep=9),
    ]
    for label in scale:
        count = counts.get(label.key, 0)
        if count:
            text = f"{count} {label.label.lower()}"
            parts.append(Part(Content.styled(text, verdict_colour(label)), keep=2, lead=" · "))
    if counts.get("stale"):
        stale = Content.styled(f"{counts['stale']} stale", "$text-warning")
        parts.append(Part(stale, keep=5, lead=" · "))
    if filter_name != "all":
        showing = Content.styled(f"showing {filter_name}", "$text-accent")
        parts.append(Part(showing, keep=8, lead="  │ "))
    if matching is not None and matching[0] < matching[1]:
        progress = Content.styled(f"matching {matching[0]}/{matching[1]}", "$text-muted")
        parts.append(Part(progress, keep=4, lead="  │ "))
    who = Content.assemble("reviewer ", Content.styled(one_line(reviewer, 40), "bold"))
    parts.append(Part(who, keep=3, lead="  │ "))
    return parts


def fit_parts(parts: Sequence[Part], width: int) -> Content:
    """The parts that fit in ``width``, dropping the least needed first, in their order."""
    kept = list(parts)
    while kept and _width(kept) > width:
        kept.remove(min(kept, key=lambda part: part.keep))
    pieces: list[Content | str] = []
    for i, part in enumerate(kept):
        pieces += [part.lead if i else "", part.content]
    return Content.assemble(*pieces)


def _width(parts: Sequence[Part]) -> int:
    return sum(len(p.content.plain) + (len(p.lead) if i else 0) for i, p in enumerate(parts))


class StatusLine(Widget):
    """One line of progress at the top of the review screen, fitted to its width."""

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.parts: list[Part] = []

    def show(self, parts: list[Part]) -> None:
        self.parts = parts
        self.refresh()

    def render(self) -> Content:
        return fit_parts(self.parts, self.content_region.width or self.size.width)
