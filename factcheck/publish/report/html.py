"""The HTML report: one self-contained page, every piece of user text escaped.

The page fetches nothing when it is opened: the stylesheet is inlined, the
chart is inline SVG, and a Content-Security-Policy forbids scripts and any
network load, so even a mistake in escaping could not phone home. Links to
sources are plain ``<a>`` elements, limited to http(s).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from importlib import resources

from factcheck.publish.claimreview import claim_review, json_for_script
from factcheck.publish.outcomes import ClaimOutcome
from factcheck.publish.report.common import (
    DEFAULT_TITLE,
    Badge,
    SummaryRow,
    badge_for,
    date_of,
    group_by_document,
    summarize,
)
from factcheck.publish.urls import safe_url
from factcheck.terminal import inert
from factcheck.workspace import ClaimsFile, PinnedEvidence, Workspace

# No scripts, no network: only the inline stylesheet (and style attributes) may apply.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def _e(text: str) -> str:
    # Control and bidi characters from sources are shown as escapes, as in the terminal.
    return escape(inert(text, keep_newlines=True), quote=True)


def _css() -> str:
    return (
        resources.files("factcheck.publish.report")
        .joinpath("report.css")
        .read_text(encoding="utf-8")
    )


def _badge(badge: Badge, *, pending: bool = False) -> str:
    cls = "badge pending" if pending else "badge"
    return (
        f'<span class="{cls}" style="background:{badge.background};color:{badge.foreground}">'
        f"{_e(badge.text)}</span>"
    )


def _link(url: str | None, text: str, *, cls: str = "") -> str:
    safe = safe_url(url)
    if safe is None:
        return _e(text)
    attr = f' class="{cls}"' if cls else ""
    return f'<a{attr} href="{_e(safe)}" rel="noopener noreferrer">{_e(text)}</a>'


def chart_svg(rows: Sequence[SummaryRow]) -> str:
    """A horizontal bar chart of claims per verdict; counts are written beside the bars."""
    label_w, bar_w, count_w, row_h, gap = 160, 260, 44, 24, 8
    width = label_w + bar_w + count_w
    height = len(rows) * (row_h + gap) - gap + 1  # + 1: room for the dashed outline
    most = max((r.count for r in rows), default=0) or 1
    desc = ", ".join(f"{r.label}: {r.count}" for r in rows)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        '<title id="chart-title">Claims per verdict</title>',
        f'<desc id="chart-desc">{_e(desc)}</desc>',
    ]
    for i, row in enumerate(rows):
        y = i * (row_h + gap)
        length = round(bar_w * row.count / most) if row.count else 0
        mid = y + row_h / 2 + 4.5
        # Pending is drawn hatched-grey: present, but not a verdict.
        pending = row.key == "pending"
        fill = "#c5cbd4" if pending else row.badge.background
        stroke = ' stroke="#667085" stroke-dasharray="4 3"' if pending else ""
        parts.append(
            f'<text x="0" y="{mid}">{_e(row.label)}</text>'
            f'<rect class="track" x="{label_w}" y="{y}" width="{bar_w}" height="{row_h}" rx="4"/>'
        )
        if length:
            parts.append(
                f'<rect x="{label_w}" y="{y}" width="{length}" height="{row_h}" rx="4" '
                f'fill="{fill}"{stroke}/>'
            )
        parts.append(f'<text class="count" x="{label_w + bar_w + 10}" y="{mid}">{row.count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _note(note: str | None) -> str:
    if not note or not note.strip():
        return ""
    paragraphs = [p for p in note.strip().split("\n\n") if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(_e(line) for line in p.strip().split("\n")) + "</p>" for p in paragraphs
    )
    return f'<div class="note"><span class="note-label">Note</span>{body}</div>'


def _evidence(pin: PinnedEvidence, workspace: Workspace) -> str:
    source = workspace.sources.get(pin.source)
    meta = source.meta if source else None
    title = meta.title if meta else pin.source
    caption = [f'<span class="stance">{_e(pin.stance.value)}</span>']
    url = meta.url if meta else None
    archived = meta.archived_url if meta else None
    cite = _link(url or archived, title, cls="source-link")
    caption.append(f"<cite>{cite}</cite>")
    if meta and meta.published:
        caption.append(_e(meta.published))
    if url and safe_url(archived):
        caption.append(_link(archived, "archived copy", cls="source-link"))
    cite_attr = f' cite="{_e(u)}"' if (u := safe_url(url or archived)) else ""
    return (
        f'<figure class="evidence {_e(pin.stance.value)}">'
        f"<blockquote{cite_attr}>{_e(pin.quote)}</blockquote>"
        f"<figcaption>{' · '.join(caption)}</figcaption></figure>"
    )


def _claim(outcome: ClaimOutcome, workspace: Workspace) -> str:
    v = outcome.verdict
    stale = outcome.reviewed and outcome.stale
    head = [_badge(badge_for(outcome), pending=not outcome.reviewed)]
    if stale:
        head.append(
            '<span class="stale-mark" title="The claim was edited after this verdict">'
            "Stale: claim edited since review</span>"
        )
    head.append(f'<code class="claim-id">{_e(outcome.claim.id)}</code>')
    classes = "claim" + (" is-stale" if stale else "") + ("" if outcome.reviewed else " is-pending")
    parts = [
        f'<article class="{classes}" id="{_e(outcome.claim.id)}">',
        f'<div class="claim-head">{"".join(head)}</div>',
        f'<p class="claim-text">{_e(outcome.claim.text)}</p>',
    ]
    parts.extend(_evidence(pin, workspace) for pin in v.evidence)
    if outcome.reviewed and not v.evidence:
        parts.append('<p class="empty">No evidence pinned.</p>')
    parts.append(_note(v.note))
    byline = []
    if v.reviewer:
        byline.append(f"Reviewed by {_e(v.reviewer)}")
    if date_of(v.reviewed_at):
        byline.append(f"on {_e(date_of(v.reviewed_at) or '')}")
    if byline:
        parts.append(f'<p class="byline">{" ".join(byline)}</p>')
    parts.append("</article>")
    return "".join(parts)


def _document(
    index: int, claims_file: ClaimsFile, outcomes: list[ClaimOutcome], ws: Workspace
) -> str:
    title = claims_file.document or claims_file.name
    meta = [f"<code>{_e(claims_file.path)}</code>"]
    if claims_file.url or claims_file.published:
        where = _link(claims_file.url, "appeared here") if claims_file.url else "appeared"
        when = f" on {_e(date_of(claims_file.published) or claims_file.published or '')}"
        meta.append(where + (when if claims_file.published else ""))
    if claims_file.author:
        meta.append(f"by {_e(claims_file.author)}")
    claims = "".join(_claim(o, ws) for o in outcomes)
    rows, _ = summarize(outcomes, ws.settings.scale)
    counts = "".join(
        _badge(
            Badge(f"{row.count} {row.label.lower()}", row.badge.background, row.badge.foreground),
            pending=row.key == "pending",
        )
        for row in rows
        if row.count
    )
    return (
        f'<section class="document" id="doc-{index}"><header><h2>{_e(title)}</h2>'
        f'<p class="meta">{" · ".join(meta)}</p><p class="doc-counts">{counts}</p></header>'
        f"{claims}</section>"
    )


def render_html(
    *,
    workspace: Workspace,
    outcomes: Sequence[ClaimOutcome],
    generated_at: str,
    title: str = DEFAULT_TITLE,
    json_ld: bool = True,
) -> str:
    """The whole report page. ``generated_at`` is shown as given (pass a fixed one in tests)."""
    rows, stale = summarize(outcomes, workspace.settings.scale)
    groups = group_by_document(outcomes)
    reviewed = sum(1 for o in outcomes if o.reviewed)
    org = workspace.settings.author.get("name") or workspace.settings.publisher.get("name")
    meta = [f"Generated {_e(generated_at)}"]
    if org:
        meta.append(_e(org))
    summary = (
        f"<strong>{len(outcomes)}</strong> claims in <strong>{len(groups)}</strong> "
        f"document{'s' if len(groups) != 1 else ''} · <strong>{reviewed}</strong> reviewed · "
        f"<strong>{len(outcomes) - reviewed}</strong> pending"
        + (f" · <strong>{stale}</strong> stale" if stale else "")
    )
    toc = "".join(
        f'<li><a href="#doc-{i}">{_e(f.document or f.name)}</a> '
        f'<span class="counts">({len(items)} claims)</span></li>'
        for i, (f, items) in enumerate(groups, 1)
    )
    body = "".join(_document(i, f, items, workspace) for i, (f, items) in enumerate(groups, 1))
    # The kicker says what the page is, unless the title already does.
    eyebrow = f'<p class="eyebrow">{DEFAULT_TITLE}</p>\n' if title != DEFAULT_TITLE else ""
    script = ""
    if json_ld:
        # Only current verdicts on the scale are published; the rest are the page's business.
        reviews = [
            claim_review(o, workspace=workspace)
            for o in outcomes
            if o.reviewed and not o.stale and o.label is not None
        ]
        if reviews:
            script = f'<script type="application/ld+json">\n{json_for_script(reviews)}\n</script>\n'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="factcheck">
<title>{_e(title)}</title>
<style>
{_css()}</style>
{script}</head>
<body>
<main>
<header class="report-head">
{eyebrow}<h1>{_e(title)}</h1>
<p class="meta">{" · ".join(meta)}</p>
</header>
<section class="panel summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<p class="summary-line">{summary}</p>
{chart_svg(rows)}
</section>
<nav class="panel toc" aria-label="Documents"><h2>Documents</h2><ol>{toc}</ol></nav>
{body}
<footer class="report-foot">Made with factcheck. Quotes are exact passages of the sources.</footer>
</main>
</body>
</html>
"""
