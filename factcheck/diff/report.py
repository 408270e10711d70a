"""``factcheck diff`` output for people and tools: terminal text and JSON.

The Markdown for pull request comments lives in ``factcheck.diff.markdown``.
Every piece of user text (claim text, quotes, notes, reviewer names) goes
through ``terminal.inert`` before it reaches a terminal.
"""

from __future__ import annotations

from typing import Any

from factcheck.diff.model import ClaimChange, ClaimStatus, DiffResult, DiffSummary
from factcheck.diff.words import WordOp
from factcheck.terminal import Style, inert
from factcheck.workspace import PinnedEvidence, Verdict

JSON_SCHEMA_VERSION = 1
QUOTE_CHARS = 240  # quotes are shortened in terminal output; JSON and Markdown keep more


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut + "…"


def summary_parts(summary: DiffSummary) -> list[str]:
    """The summary as short phrases, e.g. ``["2 verdicts changed", "1 claim added"]``."""

    def count(n: int, one: str, many: str, what: str) -> str:
        return f"{n} {one if n == 1 else many} {what}".replace("  ", " ")

    parts = []
    table = (
        (summary.verdicts_changed, "verdict", "verdicts", "changed"),
        (summary.verdicts_rereviewed, "verdict", "verdicts", "re-reviewed"),
        (summary.claims_added, "claim", "claims", "added"),
        (summary.claims_removed, "claim", "claims", "removed"),
        (summary.claims_renamed, "claim", "claims", "renamed"),
        (summary.texts_changed, "claim text", "claim texts", "changed"),
        (summary.stale_verdicts, "verdict", "verdicts", "now stale"),
        (summary.evidence_pinned, "evidence passage", "evidence passages", "pinned"),
        (summary.evidence_unpinned, "evidence passage", "evidence passages", "unpinned"),
        (summary.dismissals_changed, "dismissal", "dismissals", "changed"),
        (summary.notes_changed, "note", "notes", "changed"),
    )
    for n, one, many, what in table:
        if n:
            parts.append(count(n, one, many, what))
    return parts


def summary_line(summary: DiffSummary) -> str:
    """One line with the counts, or a sentence saying nothing changed."""
    parts = summary_parts(summary)
    return ", ".join(parts) if parts else "no changes to claims or verdicts"


def verdict_label(verdict: Verdict | None) -> str:
    return verdict.verdict if verdict is not None and verdict.verdict else "none"


def reviewed_by(verdict: Verdict | None) -> str:
    """``Ada Lovelace, 2026-11-22T10:15:03Z`` (whichever parts are known)."""
    if verdict is None:
        return ""
    return ", ".join(part for part in (verdict.reviewer, verdict.reviewed_at) if part)


def change_tags(change: ClaimChange) -> list[str]:
    """Short phrases naming what changed about one claim (used in headings)."""
    tags: list[str] = []
    if change.status is ClaimStatus.RENAMED:
        tags.append(f"renamed from {change.old_id}")
    elif change.status is not ClaimStatus.CHANGED:
        tags.append(f"claim {change.status.value}")
    if change.verdict_changed:
        tags.append(
            f"verdict {verdict_label(change.old_verdict)} → {verdict_label(change.new_verdict)}"
        )
    elif change.rereviewed:
        tags.append(f"re-reviewed ({verdict_label(change.new_verdict)})")
    if change.text_changed:
        tags.append("text changed")
    if change.old_file:
        tags.append(f"moved from {change.old_file}")
    if change.stale:
        tags.append("verdict stale")
    if change.pinned:
        tags.append(f"{len(change.pinned)} pinned")
    if change.unpinned:
        tags.append(f"{len(change.unpinned)} unpinned")
    if change.dismissed or change.undismissed:
        tags.append("dismissals changed")
    if change.note_changed:
        tags.append("note changed")
    return tags


# --- terminal text -------------------------------------------------------------------------


def _text_diff(change: ClaimChange, style: Style) -> str:
    out = []
    for part in change.word_diff:
        text = inert(part.text)
        if part.op is WordOp.DELETE:
            out.append(style.red(f"[-{text}-]"))
        elif part.op is WordOp.INSERT:
            out.append(style.green(f"{{+{text}+}}"))
        else:
            out.append(text)
    return " ".join(out)


def _evidence_line(mark: str, evidence: PinnedEvidence) -> str:
    quote = inert(shorten(evidence.quote, QUOTE_CHARS))
    return f"{mark} {inert(evidence.ref)} ({evidence.stance.value}): “{quote}”"


def _change_lines(change: ClaimChange, style: Style) -> list[str]:
    colour = {
        ClaimStatus.ADDED: style.green,
        ClaimStatus.REMOVED: style.red,
        ClaimStatus.RENAMED: style.cyan,
        ClaimStatus.CHANGED: style.yellow,
    }[change.status]
    mark = {"added": "+", "removed": "-", "renamed": ">", "changed": "~"}[change.status.value]
    head = colour(f"{mark} {inert(change.id)}")
    where = f"  {change.status.value}" if change.status is not ClaimStatus.CHANGED else ""
    if change.status is ClaimStatus.RENAMED:
        where = f"  renamed {inert(change.old_id or '')} → {inert(change.id)}"
    lines = [style.bold(head) + where + style.dim(f"  {inert(change.file or '(no claim)')}")]
    if change.text_changed:
        lines.append(f"    text:      {_text_diff(change, style)}")
    elif change.text is not None:
        lines.append(style.dim(f"    text:      {inert(change.text)}"))
    if change.old_file:
        lines.append(f"    moved:     from {inert(change.old_file)}")
    if change.verdict_changed or change.rereviewed:
        old, new = verdict_label(change.old_verdict), verdict_label(change.new_verdict)
        what = f"{old} → {style.bold(new)}" if change.verdict_changed else f"{new} (re-reviewed)"
        who = reviewed_by(change.new_verdict) or reviewed_by(change.old_verdict)
        lines.append(f"    verdict:   {what}" + style.dim(f"  by {inert(who)}" if who else ""))
    if change.stale:
        lines.append(
            style.yellow("    stale:     the verdict was given on another text of this claim")
        )
    lines += [f"    pinned:    {_evidence_line(style.green('+'), e)}" for e in change.pinned]
    lines += [f"    unpinned:  {_evidence_line(style.red('-'), e)}" for e in change.unpinned]
    lines += [f"    dismissed: {style.green('+')} {inert(ref)}" for ref in change.dismissed]
    lines += [f"    restored:  {style.red('-')} {inert(ref)}" for ref in change.undismissed]
    if change.note_changed:
        old_note = (change.old_verdict.note or "") if change.old_verdict else ""
        new_note = (change.new_verdict.note or "") if change.new_verdict else ""

        def quoted(note: str) -> str:
            return f"“{inert(shorten(note, QUOTE_CHARS))}”" if note.strip() else "(none)"

        lines.append(f"    note:      {quoted(old_note)} → {quoted(new_note)}")
    return lines


def render_text(result: DiffResult, *, style: Style) -> str:
    """The terminal report: a heading, each changed claim, then the summary line."""
    where = f" in {inert(result.workspace.rstrip('/'))}" if result.workspace else ""
    lines = [
        style.bold(f"factcheck diff {inert(result.base.short)} → {inert(result.head.short)}")
        + where,
        "",
    ]
    for change in result.changes:
        lines += _change_lines(change, style)
        lines.append("")
    lines.append(style.bold(summary_line(result.summary)))
    return "\n".join(lines) + "\n"


# --- JSON ----------------------------------------------------------------------------------


def _verdict_data(verdict: Verdict | None) -> dict[str, Any] | None:
    if verdict is None:
        return None
    return {
        "verdict": verdict.verdict,
        "reviewer": verdict.reviewer,
        "reviewed_at": verdict.reviewed_at,
        "claim_hash": verdict.claim_hash,
    }


def _evidence_data(evidence: PinnedEvidence) -> dict[str, Any]:
    return {
        "source": evidence.source,
        "stance": evidence.stance.value,
        "quote": evidence.quote,
        "start": evidence.start,
        "end": evidence.end,
    }


def _change_data(change: ClaimChange) -> dict[str, Any]:
    def note(verdict: Verdict | None) -> str | None:
        return verdict.note if verdict is not None and verdict.note else None

    return {
        "id": change.id,
        "status": change.status.value,
        "old_id": change.old_id,
        "file": change.file,
        "old_file": change.old_file,
        "text": change.text,
        "old_text": change.old_text,
        "text_diff": [{"op": part.op.value, "text": part.text} for part in change.word_diff],
        "stale": change.stale,
        "verdict": {
            "changed": change.verdict_changed,
            "rereviewed": change.rereviewed,
            "old": _verdict_data(change.old_verdict),
            "new": _verdict_data(change.new_verdict),
        },
        "evidence": {
            "pinned": [_evidence_data(e) for e in change.pinned],
            "unpinned": [_evidence_data(e) for e in change.unpinned],
        },
        "dismissed": {"added": list(change.dismissed), "removed": list(change.undismissed)},
        "note": {
            "changed": change.note_changed,
            "old": note(change.old_verdict),
            "new": note(change.new_verdict),
        },
    }


def to_json(result: DiffResult) -> dict[str, Any]:
    """The JSON of ``factcheck diff --format json`` (docs/schemas/diff-output.schema.json)."""
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "base": {"revision": result.base.label, "commit": result.base.commit},
        "head": {"revision": result.head.label, "commit": result.head.commit},
        "workspace": result.workspace,
        "summary": dict(vars(result.summary)),
        "changes": [_change_data(change) for change in result.changes],
    }
