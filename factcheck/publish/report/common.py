"""What the HTML and Markdown reports share: summary counts, badge colours, safe links."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.publish.outcomes import ClaimOutcome
from factcheck.workspace import ClaimsFile, VerdictLabel, iso_date

# Calm, print-friendly shades for the colour names a scale may use (Textual's names).
_NAMED = {
    "green": "#1e7b4f",
    "red": "#b42318",
    "yellow": "#f2cc5b",
    "amber": "#f2cc5b",
    "orange": "#c4530f",
    "grey": "#667085",
    "gray": "#667085",
    "blue": "#1f5fbf",
    "cyan": "#0e7490",
    "teal": "#0e7490",
    "magenta": "#a3307a",
    "purple": "#6941c6",
    "white": "#eef0f3",
    "black": "#1d2433",
}
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
PENDING_COLOR = "#eef0f3"
DEFAULT_TITLE = "Fact-check report"


@dataclass(frozen=True)
class Badge:
    """How a verdict is drawn: its text and colours (already safe for CSS)."""

    text: str
    background: str
    foreground: str


@dataclass(frozen=True)
class SummaryRow:
    """One bar of the summary chart."""

    key: str  # a scale key, or "pending"
    label: str
    count: int
    badge: Badge


def _luminance(hex_color: str) -> float:
    digits = hex_color[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def badge_colors(color: str) -> tuple[str, str]:
    """(background, text colour) for a scale colour: a known name or ``#rgb``/``#rrggbb``.

    Anything else becomes grey, so a setting can never inject CSS. The text
    colour is whichever of near-black and white contrasts more (WCAG).
    """
    name = color.strip().lower().replace("bright_", "").replace("dark_", "")
    background = color.strip() if _HEX.match(color.strip()) else _NAMED.get(name, _NAMED["grey"])
    lum = _luminance(background)
    on_white = 1.05 / (lum + 0.05)
    on_black = (lum + 0.05) / 0.05
    return background, "#ffffff" if on_white >= on_black else "#1d2433"


def badge_for(outcome: ClaimOutcome) -> Badge:
    """The badge of a claim: its scale label, its raw key if unknown, or pending."""
    if outcome.label is not None:
        bg, fg = badge_colors(outcome.label.color)
        return Badge(outcome.label.label, bg, fg)
    if outcome.verdict.verdict is not None:
        bg, fg = badge_colors("grey")
        return Badge(outcome.verdict.verdict, bg, fg)
    return Badge("Pending", PENDING_COLOR, "#344054")


def summarize(
    outcomes: Iterable[ClaimOutcome], scale: tuple[VerdictLabel, ...]
) -> tuple[list[SummaryRow], int]:
    """Claims per scale step (scale order, unknown keys after), then pending; and stale count."""
    outcomes = list(outcomes)
    rows = []
    for label in scale:
        bg, fg = badge_colors(label.color)
        count = sum(1 for o in outcomes if o.verdict.verdict == label.key)
        rows.append(SummaryRow(label.key, label.label, count, Badge(label.label, bg, fg)))
    known = {label.key for label in scale}
    unknown = sorted({o.verdict.verdict for o in outcomes if o.verdict.verdict} - known)
    for key in unknown:
        bg, fg = badge_colors("grey")
        count = sum(1 for o in outcomes if o.verdict.verdict == key)
        rows.append(SummaryRow(key, key, count, Badge(key, bg, fg)))
    pending = sum(1 for o in outcomes if not o.reviewed)
    rows.append(
        SummaryRow("pending", "Pending", pending, Badge("Pending", PENDING_COLOR, "#344054"))
    )
    return rows, sum(1 for o in outcomes if o.reviewed and o.stale)


def group_by_document(
    outcomes: Iterable[ClaimOutcome],
) -> list[tuple[ClaimsFile, list[ClaimOutcome]]]:
    """Outcomes grouped by claims file, in workspace order."""
    groups: dict[str, tuple[ClaimsFile, list[ClaimOutcome]]] = {}
    for outcome in outcomes:
        path = outcome.claims_file.path
        groups.setdefault(path, (outcome.claims_file, []))[1].append(outcome)
    return list(groups.values())


def date_of(value: str | None) -> str | None:
    """The YYYY-MM-DD part of an ISO date or timestamp, when that day exists."""
    return iso_date(value)


def default_title(claims_files: Iterable[ClaimsFile]) -> str:
    """The document's title when the report covers one document, else "Fact-check report"."""
    files = list(claims_files)
    if len(files) == 1 and files[0].document and files[0].document.strip():
        return files[0].document.strip()
    return DEFAULT_TITLE
