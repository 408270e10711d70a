"""``factcheck diff --format markdown``: a pull request comment a reviewer reads in seconds.

A summary line, a table of changed verdicts (the first rows shown, the rest
folded), then one block per changed claim with its text diff, and evidence
and notes folded in ``<details>``. The whole comment stays under GitHub's
comment size limit however many claims changed. Every piece of user text is
escaped, so a claim holding ``|``, ``<script>``, ``**`` or ``@someone``
shows literally and pings nobody.
"""

from __future__ import annotations

from factcheck.diff.model import ClaimChange, DiffResult
from factcheck.diff.report import change_tags, reviewed_by, summary_line, verdict_label
from factcheck.diff.words import WordOp
from factcheck.mdsafe import html_text, md_text
from factcheck.terminal import inert
from factcheck.workspace import PinnedEvidence, Verdict

# GitHub refuses comments over 65,536 characters; leave room for the workflow's marker.
MAX_CHARS = 60_000
TABLE_ROWS = 25  # verdict rows shown before the rest is folded
FOLD_CLAIMS_OVER = 10  # more changed claims than this: the claim section starts folded
QUOTE_CHARS = 1_500
TABLE_TEXT_CHARS = 80  # a claim's text in the verdicts table, shortened to this


def md_inline(text: str) -> str:
    """``text`` on one line, safe anywhere in Markdown: in a table cell, bold, a list item."""
    return md_text(text)


def md_quote(text: str, *, indent: str = "") -> str:
    """``text`` as a Markdown block quote, line breaks kept, every line escaped."""
    lines = text.strip().splitlines() or [""]
    return "\n".join(f"{indent}> {md_inline(line)}".rstrip() for line in lines)


def md_code(text: str) -> str:
    """An id or revision as inline code when that is safe, else as escaped text.

    Code spans show everything literally (no mentions, no HTML) except a
    backtick, and GitHub splits table cells at ``|`` even inside them.
    """
    if not text or any(ch in text for ch in "`|\n\r") or text != inert(text).strip():
        return md_inline(text)
    return f"`{text}`"


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def word_diff_markdown(change: ClaimChange) -> str:
    """The claim text with deleted words as ``~~old~~`` and inserted words as ``**new**``."""
    out = []
    for part in change.word_diff:
        text = md_inline(part.text)
        if part.op is WordOp.DELETE:
            out.append(f"~~{text}~~")
        elif part.op is WordOp.INSERT:
            out.append(f"**{text}**")
        else:
            out.append(text)
    return " ".join(out)


def _verdict_cell(change: ClaimChange) -> str:
    old, new = verdict_label(change.old_verdict), verdict_label(change.new_verdict)
    if not change.verdict_changed:
        return f"{md_inline(new)} (re-reviewed)"
    return f"{md_inline(old)} → **{md_inline(new)}**"


def claim_cell(change: ClaimChange) -> str:
    """The claim's text, shortened, then its id: extracted ids alone say little."""
    if not change.text:
        return md_code(change.id)  # a verdict whose claim exists on neither side
    text = _shorten(" ".join(change.text.split()), TABLE_TEXT_CHARS)
    return f"{md_inline(text)} ({md_code(change.id)})"


def _table(changes: list[ClaimChange]) -> list[str]:
    rows = ["| Claim | Verdict | Reviewed by |", "| --- | --- | --- |"]
    for change in changes:
        who = reviewed_by(change.new_verdict) or reviewed_by(change.old_verdict)
        rows.append(f"| {claim_cell(change)} | {_verdict_cell(change)} | {md_inline(who)} |")
    return rows


def _evidence_item(mark: str, evidence: PinnedEvidence) -> str:
    head = f"- {mark} {md_code(evidence.ref)} ({evidence.stance.value})"
    return head + "\n" + md_quote(_shorten(evidence.quote, QUOTE_CHARS), indent="  ")


def _note(verdict: Verdict | None) -> str:
    return _shorten((verdict.note or "").strip(), QUOTE_CHARS) if verdict is not None else ""


def _details(change: ClaimChange) -> list[str]:
    items = [_evidence_item("pinned", e) for e in change.pinned]
    items += [_evidence_item("unpinned", e) for e in change.unpinned]
    items += [f"- dismissed {md_code(ref)}" for ref in change.dismissed]
    items += [f"- no longer dismissed {md_code(ref)}" for ref in change.undismissed]
    if change.note_changed:
        old, new = _note(change.old_verdict), _note(change.new_verdict)
        if old and new:
            items.append("- note was:\n" + md_quote(old, indent="  "))
            items.append("- note now:\n" + md_quote(new, indent="  "))
        else:
            items.append(
                f"- note {'added' if new else 'removed'}:\n" + md_quote(new or old, indent="  ")
            )
    if not items:
        return []
    what = []
    if change.pinned or change.unpinned:
        what.append("evidence")
    if change.dismissed or change.undismissed:
        what.append("dismissals")
    if change.note_changed:
        what.append("note")
    listed = ", ".join(what[:-1]) + " and " + what[-1] if len(what) > 1 else what[0]
    summary = html_text(listed.capitalize())
    return ["<details><summary>" + summary + "</summary>", "", *items, "", "</details>"]


def claim_block(change: ClaimChange) -> str:
    """One changed claim: a heading line, its text (diffed if edited), folded details."""
    tags = " · ".join(md_inline(tag) for tag in change_tags(change))
    where = f" · {md_code(change.file)}" if change.file else ""
    lines = [f"**{md_code(change.id)}** · {tags}{where}", ""]
    if change.text_changed:
        lines += [f"Text: {word_diff_markdown(change)}", ""]
    elif change.text is not None:
        lines += [f"Text: {md_inline(change.text)}", ""]
    if change.stale:
        lines += ["> ⚠️ The verdict was given on another text of this claim; review it again.", ""]
    details = _details(change)
    if details:
        lines += [*details, ""]
    return "\n".join(lines)


def render_markdown(result: DiffResult, *, max_chars: int = MAX_CHARS) -> str:
    """The pull request comment for ``result``, at most about ``max_chars`` characters."""
    base, head = md_code(result.base.short), md_code(result.head.short)
    where = f" in {md_code(result.workspace.rstrip('/'))}" if result.workspace else ""
    out = [f"### factcheck: claims and verdicts, {base} → {head}{where}", ""]
    out += [f"**Summary:** {md_inline(summary_line(result.summary))}.", ""]
    if not result.changes:
        return "\n".join(out)
    budget = max_chars - 400  # room for the closing notes
    size = sum(len(line) + 1 for line in out)

    verdicts = [c for c in result.changes if c.verdict_changed or c.rereviewed]
    if verdicts:
        again = sum(1 for c in verdicts if not c.verdict_changed)
        parts = [f"changed ({len(verdicts) - again})"] if len(verdicts) > again else []
        parts += [f"re-reviewed ({again})"] if again else []
        out += [f"#### Verdicts {' and '.join(parts)}", ""]
        shown = _table(verdicts[:TABLE_ROWS])
        out += [*shown, ""]
        size += sum(len(line) + 1 for line in shown)
        rest = verdicts[TABLE_ROWS:]
        if rest:
            rows = _table(rest)
            kept = [rows[0], rows[1]]
            for row in rows[2:]:
                if size + len(row) + 1 > budget * 0.6:  # keep room for the claims themselves
                    break
                kept.append(row)
                size += len(row) + 1
            left = len(rows) - len(kept)
            out += [f"<details><summary>{len(rest)} more verdict changes</summary>", ""]
            out += [*kept, ""]
            if left:
                out += [f"*… and {left} more not shown; run `factcheck diff` locally.*", ""]
            out += ["</details>", ""]

    out += [f"#### Changed claims ({len(result.changes)})", ""]
    folded = len(result.changes) > FOLD_CLAIMS_OVER
    if folded:
        out += [f"<details><summary>Show the {len(result.changes)} changed claims</summary>", ""]
    not_shown = 0
    for change in result.changes:
        block = claim_block(change)
        if not_shown or size + len(block) > budget:
            not_shown += 1
            continue
        out.append(block)
        size += len(block) + 1
    if not_shown:
        out += [
            f"*… and {not_shown} more changed claims not shown (the comment would be too long); "
            "run `factcheck diff` locally to see them all.*",
            "",
        ]
    if folded:
        out += ["</details>", ""]
    return "\n".join(out)
