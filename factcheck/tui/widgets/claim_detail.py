"""The selected claim: its text, cited sources, verdict, reviewer, note, staleness."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from textual.content import Content
from textual.widgets import Static

from factcheck.tui.display import literal, one_line, verdict_colour
from factcheck.workspace import Claim, Source, Verdict, VerdictLabel


def claim_content(
    claim: Claim,
    *,
    verdict: Verdict,
    label: VerdictLabel | None,
    stale: bool,
    sources: Mapping[str, Source],
    earlier: tuple[Mapping[str, Any], ...] = (),
) -> Content:
    """Everything about one claim, as literal text with our own styles; ``earlier``: the
    archive's earlier fact-checks of claims like it, shown first (``b`` opens the best link)."""
    lines: list[Content] = [
        Content.assemble(
            Content.styled(one_line(claim.id), "bold $accent"),
            Content.styled(f"  {one_line(claim.file)}:{claim.line}", "$text-muted"),
        ),
        literal(claim.text, "bold"),
    ]
    if claim.sources:
        cited = []
        for source_id in claim.sources:
            source = sources.get(source_id)
            title = source.title if source else f"{source_id} (missing)"
            cited.append(one_line(title, 60))
        lines.append(Content.styled("Cites: " + "; ".join(cited), "$text-muted"))
    if label is not None:
        decided = [
            Content.styled("Verdict: ", "$text-muted"),
            Content.styled(label.label, f"bold {verdict_colour(label)}"),
        ]
        if verdict.reviewer:
            decided.append(Content.styled(f" · {one_line(verdict.reviewer, 40)}", "$text-muted"))
        if verdict.reviewed_at:
            decided.append(Content.styled(f" · {one_line(verdict.reviewed_at)}", "$text-muted"))
        lines.append(Content.assemble(*decided))
    elif verdict.verdict is not None:
        lines.append(
            Content.styled(
                f"Verdict: {one_line(verdict.verdict)} (not on the scale)", "$text-warning"
            )
        )
    else:
        lines.append(Content.styled("Verdict: pending", "$text-warning"))
    if verdict.evidence:
        lines.append(Content.styled(f"Pinned: {len(verdict.evidence)} passage(s)", "$text-muted"))
    if stale:
        lines.append(
            Content.styled(
                "⚠ Stale: the claim text changed since this verdict was given. Review it again.",
                "bold $text-warning",
            )
        )
    lines.extend(_checked_before(earlier))
    if verdict.note and verdict.note.strip():
        lines.append(
            Content.assemble(Content.styled("Note: ", "$text-muted"), literal(verdict.note.strip()))
        )
    return Content("\n").join(lines)


def _checked_before(earlier: tuple[Mapping[str, Any], ...]) -> list[Content]:
    lines = []
    for entry in earlier:
        by = " · ".join(str(entry[k]) for k in ("publisher", "date", "commit") if entry.get(k))
        lines.append(
            Content.assemble(
                Content.styled("Checked before: ", "bold $accent"),
                Content.styled(one_line(str(entry.get("rating") or "?"), 30), "bold"),
                Content.styled(" · ", "$text-muted"),
                literal(one_line(str(entry.get("claim") or ""), 90)),
                Content.styled(f" · {one_line(by, 60)}" if by else "", "$text-muted"),
            )
        )
    if any(entry.get("url") for entry in earlier):
        lines.append(Content.styled("b opens the earlier fact-check", "$text-muted"))
    return lines


class ClaimDetail(Static):
    """The claim under review, at the top of the right-hand side."""
