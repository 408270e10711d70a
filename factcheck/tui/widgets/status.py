"""The status line at the top: progress, matching progress and the reviewer's name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.widgets import Static

from factcheck.tui.display import one_line, verdict_colour
from factcheck.workspace import VerdictLabel


def progress_text(
    counts: Mapping[str, int],
    *,
    total: int,
    scale: Sequence[VerdictLabel],
    reviewer: str,
    matching: tuple[int, int] | None = None,
    filter_name: str = "all",
) -> Content:
    """E.g. "7 of 24 reviewed · 3 refuted · 1 stale │ matching 12/24 │ reviewer Ada"."""
    reviewed = counts.get("reviewed", 0)
    parts: list[Content | str] = [
        Content.styled("factcheck review", "bold $accent"),
        "  ",
        Content.styled(f"{reviewed} of {total} reviewed", "bold"),
    ]
    for label in scale:
        count = counts.get(label.key, 0)
        if count:
            parts += [
                " · ",
                Content.styled(f"{count} {label.label.lower()}", verdict_colour(label)),
            ]
    if counts.get("stale"):
        parts += [" · ", Content.styled(f"{counts['stale']} stale", "$text-warning")]
    if filter_name != "all":
        parts += ["  │ ", Content.styled(f"showing {filter_name}", "$text-accent")]
    if matching is not None and matching[0] < matching[1]:
        parts += ["  │ ", Content.styled(f"matching {matching[0]}/{matching[1]}", "$text-muted")]
    parts += ["  │ reviewer ", Content.styled(one_line(reviewer, 40), "bold")]
    return Content.assemble(*parts)


class StatusLine(Static):
    """One line of progress at the top of the review screen."""

    DEFAULT_CSS = """
    StatusLine { height: 1; text-wrap: nowrap; text-overflow: ellipsis; }
    """
