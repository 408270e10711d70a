"""The Markdown report, for wikis and pull requests.

User text is escaped so that it reads as written: no stray emphasis, links,
HTML or tables come out of a claim, quote or note (CommonMark lets any ASCII
punctuation be backslash-escaped, so the escapes are invisible once rendered).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from factcheck.mdsafe import md_text
from factcheck.publish.outcomes import ClaimOutcome
from factcheck.publish.report.common import (
    DEFAULT_TITLE,
    badge_for,
    date_of,
    group_by_document,
    summarize,
)
from factcheck.publish.urls import safe_url
from factcheck.terminal import inert
from factcheck.workspace import Workspace


def md_escape(text: str) -> str:
    """One line of user text as literal Markdown: no formatting, links, HTML or mentions."""
    return md_text(text)


def md_lines(text: str) -> list[str]:
    """Multi-line user text as escaped lines (a line break in the text stays one)."""
    return [md_escape(line.rstrip()) for line in text.strip().splitlines()]


def md_link(url: str | None, text: str) -> str:
    """``[text](url)`` for an http(s) URL, else the escaped text alone."""
    safe = safe_url(url)
    if safe is None:
        return md_escape(text)
    target = quote(safe, safe=":/?#[]@!$&'*+,;=%~-._")
    return f"[{md_escape(text)}]({target})"


def _claim(outcome: ClaimOutcome, workspace: Workspace) -> list[str]:
    v = outcome.verdict
    badge = badge_for(outcome).text
    head = f"### {md_escape(badge)} · `{outcome.claim.id}`"
    if outcome.reviewed and outcome.stale:
        head += " · ⚠ stale: claim edited since review"
    lines = [head, "", md_escape(outcome.claim.text).replace("\n", " "), ""]
    for pin in v.evidence:
        source = workspace.sources.get(pin.source)
        meta = source.meta if source else None
        title = meta.title if meta else pin.source
        cite = md_link((meta.url or meta.archived_url) if meta else None, title)
        extra = []
        if meta and meta.published:
            extra.append(md_escape(meta.published))
        if meta and meta.url and safe_url(meta.archived_url):
            extra.append(md_link(meta.archived_url, "archived copy"))
        quoted = md_lines(pin.quote) or [""]
        lines.extend(f"> {line}" for line in quoted)
        lines.append(">")
        lines.append(f"> — *{pin.stance.value}* · {' · '.join([cite, *extra])}")
        lines.append("")
    if outcome.reviewed and not v.evidence:
        lines.extend(["*No evidence pinned.*", ""])
    if v.note and v.note.strip():
        note = md_lines(v.note)
        lines.append(f"**Note:** {note[0]}" + ("  " if len(note) > 1 else ""))
        lines.extend(line + "  " for line in note[1:-1])
        if len(note) > 1:
            lines.append(note[-1])
        lines.append("")
    byline = []
    if v.reviewer:
        byline.append(f"Reviewed by {md_escape(v.reviewer)}")
    if date_of(v.reviewed_at):
        byline.append(f"on {date_of(v.reviewed_at)}")
    if byline:
        lines.extend([f"*{' '.join(byline)}.*", ""])
    return lines


def render_markdown(
    *,
    workspace: Workspace,
    outcomes: Sequence[ClaimOutcome],
    generated_at: str,
    title: str = DEFAULT_TITLE,
) -> str:
    """The report as CommonMark (GitHub-flavoured tables for the summary)."""
    rows, stale = summarize(outcomes, workspace.settings.scale)
    reviewed = sum(1 for o in outcomes if o.reviewed)
    kind = "Generated" if title == DEFAULT_TITLE else f"{DEFAULT_TITLE}, generated"
    lines = [f"# {md_escape(title)}", "", f"{kind} {md_escape(generated_at)}."]
    org = workspace.settings.author.get("name") or workspace.settings.publisher.get("name")
    if org:
        lines[-1] += f" {md_escape(org)}."
    lines += [
        "",
        "## Summary",
        "",
        f"{len(outcomes)} claims · {reviewed} reviewed · {len(outcomes) - reviewed} pending"
        + (f" · {stale} stale" if stale else ""),
        "",
        "| Verdict | Claims |",
        "| --- | ---: |",
        *(f"| {md_escape(row.label)} | {row.count} |" for row in rows),
        "",
    ]
    for claims_file, items in group_by_document(outcomes):
        lines += [f"## {md_escape(claims_file.document or claims_file.name)}", ""]
        path = claims_file.path
        meta = [md_escape(path) if "`" in path or inert(path) != path else f"`{path}`"]
        if claims_file.url:
            meta.append(md_link(claims_file.url, "appeared here"))
        if date_of(claims_file.published):
            meta.append(f"published {date_of(claims_file.published)}")
        if claims_file.author:
            meta.append(f"by {md_escape(claims_file.author)}")
        lines += [" · ".join(meta), ""]
        for outcome in items:
            lines += _claim(outcome, workspace)
    return "\n".join(lines).rstrip("\n") + "\n"
