"""``factcheck match``: print each claim's ranked evidence, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from functools import partial
from typing import Any

from factcheck.commands.archive import (
    add_archive_option,
    archive_url,
    checked_before,
    describe_evidence,
    using_archive,
)
from factcheck.commands.common import add_semantic_option, add_workspace_argument, open_workspace
from factcheck.commands.jsontext import indented_json
from factcheck.evidence import (
    ClaimEvidence,
    build_index,
    map_matches,
    match_claims,
    overridden,
    retrieval,
    semantic_auto_skipped,
)
from factcheck.progress import terminal_progress
from factcheck.terminal import Style, exit_now, inert, inert_json, use_color
from factcheck.workspace import Stance, Workspace


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "match",
        help="print each claim with its supporting and contradicting passages",
        description="For each claim, print the best passages across all sources, ranked, with "
        "their stance (supports, contradicts, neutral) and the cues behind it.",
    )
    add_workspace_argument(parser)
    parser.add_argument(
        "--top",
        "-k",
        type=int,
        default=None,
        metavar="K",
        help="passages per claim (default: matching.top_k, 5)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for tools",
    )
    parser.add_argument(
        "--claim", action="append", default=[], metavar="ID", help="only this claim (repeatable)"
    )
    add_archive_option(parser)
    add_semantic_option(parser)
    parser.set_defaults(run=run)


# Extra fields of one evidence entry, by the passage's source id: where it comes from (the
# workspace or the archive) and, from the archive, its source's id, title, URL and date.
Describe = Callable[[str], dict[str, Any]]
# A claim's earlier fact-checks (``checked_before``), from its text.
CheckedBefore = Callable[[str], list[dict[str, Any]]]


def to_json(results: list[ClaimEvidence], *, retrieval: str = "lexical") -> dict[str, Any]:
    """The JSON contract of ``factcheck match --format json`` (see docs/formats.md)."""
    return {"retrieval": retrieval, "claims": [claim_json(r) for r in results]}


def claim_json(
    result: ClaimEvidence,
    *,
    describe: Describe | None = None,
    checked: CheckedBefore | None = None,
) -> dict[str, Any]:
    """One claim of ``to_json``: the claim and its ranked evidence."""
    found = {
        "id": result.claim.id,
        "text": result.claim.text,
        "file": result.claim.file,
        "line": result.claim.line,
        "sources": list(result.claim.sources),
        "evidence": [
            {
                "source": e.passage.source_id,
                "text": e.passage.text,
                "start": e.passage.start,
                "end": e.passage.end,
                "score": e.score,
                "stance": e.stance.value,
                "cues": [c.describe() for c in e.cues],
                "cited": e.cited,
                "boilerplate": e.passage.boilerplate,
                **({} if e.meaning is None else {"meaning": e.meaning}),
                **(describe(e.passage.source_id) if describe else {}),
            }
            for e in result.evidence
        ],
    }
    if checked is not None:
        found["checked_before"] = checked(result.claim.text)
    return found


# Where one claim's object sits in the document: inside "claims", two levels deep.
_CLAIM_INDENT = "    "


def claim_json_text(
    result: ClaimEvidence,
    *,
    describe: Describe | None = None,
    checked: CheckedBefore | None = None,
) -> str:
    """``claim_json`` as indented JSON text, as it appears inside the whole document.

    Raw newlines in JSON text are only ever indentation (a newline inside a string is
    written ``\\n``), so indenting every line gives exactly the bytes ``json.dumps`` of the
    whole document would hold there.
    """
    found = claim_json(result, describe=describe, checked=checked)
    return _CLAIM_INDENT + indented_json(found, newline="\n" + _CLAIM_INDENT)


def _inert_claim_json_text(
    result: ClaimEvidence,
    *,
    describe: Describe | None = None,
    checked: CheckedBefore | None = None,
) -> str:
    """``claim_json_text`` with terminal-active characters escaped (``inert_json``).

    Escaped claim by claim, where the claim is matched (in the workers): ``inert_json`` of
    the whole document is the same text (it replaces characters one by one), but rebuilt
    the whole document whenever one claim's passages held such a character, in the one
    process that waits for the others (0.5 s of 2.8 MB at 100k passages).
    """
    return inert_json(claim_json_text(result, describe=describe, checked=checked))


def join_json(claims: list[str], *, retrieval: str = "lexical") -> str:
    """The whole JSON document from ``claim_json_text`` of each claim, in order.

    Equal to ``json.dumps(to_json(results), ensure_ascii=False, indent=2)``; built from
    pieces so that each claim's JSON can be written by the worker that matched it.
    """
    if not claims:
        return json.dumps({"retrieval": retrieval, "claims": []}, indent=2)
    head = "{\n  " + f'"retrieval": {json.dumps(retrieval)},\n  "claims": [\n'
    return head + ",\n".join(claims) + "\n  ]\n}"


# The first line of the text output: which retrieval ran.
RETRIEVAL_TEXT = {
    "lexical": "lexical (BM25 + rapidfuzz)",
    "semantic": "semantic (BM25 + rapidfuzz fused with all-MiniLM-L6-v2 sentence vectors)",
}

_MARK = {Stance.SUPPORTS: "+", Stance.CONTRADICTS: "x", Stance.NEUTRAL: "·"}


def render_text(
    results: list[ClaimEvidence],
    workspace: Workspace,
    style: Style,
    *,
    describe: Describe | None = None,
) -> str:
    """Readable terminal output: each claim, then its passages with source, score and cues."""
    colour = {
        Stance.SUPPORTS: style.green,
        Stance.CONTRADICTS: style.red,
        Stance.NEUTRAL: style.dim,
    }
    lines: list[str] = []
    for r in results:
        lines.append(
            style.bold(f"{r.claim.id}") + style.dim(f"  {inert(r.claim.file)}:{r.claim.line}")
        )
        lines.append(f"  {inert(r.claim.text)}")
        if not r.evidence:
            lines.append(style.yellow("  no matching passage in any source"))
        for e in r.evidence:
            source = workspace.sources.get(e.source_id)
            title = source.meta.title if source else e.source_id
            date = f", {inert(source.meta.published)}" if source and source.meta.published else ""
            extra = describe(e.source_id) if describe and source is None else {}
            if "archive" in extra:  # marked, with the archive's metadata
                title = f"[archive] {extra['archive']['title']}"
                published = extra["archive"]["date"]
                date = f", {inert(published)}" if published else ""
            cited = " (cited)" if e.cited else ""
            head = f"{_MARK[e.stance]} {e.stance.value:<11} {e.score:5.1f}"
            if e.meaning is not None:
                head += f"  meaning {e.meaning:.2f}"
            lines.append(
                "  "
                + colour[e.stance](head)
                + style.dim(f"  {inert(e.source_id)}{cited}: {inert(title)}{date}")
            )
            lines.append(f"      {inert(e.passage.text)}")
            for cue in e.cues:
                mark = style.red if cue.conflict else style.green
                lines.append("      " + mark(f"cue: {inert(cue.describe())}"))
        lines.append("")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.workspace)
    if args.top is not None and args.top < 1:
        raise SystemExit(f"factcheck: --top must be at least 1 (got {args.top})")
    claims = workspace.claims
    if args.claim:
        wanted = set(args.claim)
        unknown = sorted(wanted - {c.id for c in claims})
        if unknown:
            print(f"factcheck: no claim with id {unknown[0]!r}", file=sys.stderr)
            return 2
        claims = tuple(c for c in claims if c.id in wanted)
    progress = terminal_progress("matching")
    url = archive_url(given=args.archive, configured=workspace.settings.archive_url)
    with using_archive(url), overridden(args.semantic):
        index = build_index(
            workspace=workspace,
            progress=terminal_progress("indexing"),
            embed_progress=terminal_progress("embedding passages"),
        )
        used = retrieval(index)
        skipped = semantic_auto_skipped(workspace)
        if skipped:
            print(f"factcheck: note: {skipped}", file=sys.stderr)
        describe = describe_evidence(index) if url else None
        checked = checked_before(index, workspace.root) if url else None
        if args.format == "json":
            pieces = map_matches(
                workspace=workspace,
                claims=claims,
                top_k=args.top,
                index=index,
                progress=progress,
                each=partial(_inert_claim_json_text, describe=describe, checked=checked),
            )
            # Each piece is inert already and the text around them is ASCII JSON.
            sys.stdout.write(join_json(pieces, retrieval=used))
            sys.stdout.write("\n")
            _done(args, archive=url)
            return 0
        results = match_claims(
            workspace=workspace, claims=claims, top_k=args.top, index=index, progress=progress
        )
        sys.stdout.write(f"retrieval: {RETRIEVAL_TEXT[used]}\n\n")
        sys.stdout.write(render_text(results, workspace, Style(use_color()), describe=describe))
        _done(args, archive=url)
    return 0


def _done(args: argparse.Namespace, *, archive: str | None) -> None:
    """As the whole process, end it now, while the workspace and the index are still
    referenced: returning would free them (a million passages: the array the workers
    shared, the index's maps) object by object, after the output is complete. Not with
    an archive: its database connection is closed properly, not dropped."""
    if archive is None and getattr(args, "whole_process", False):
        exit_now(0)
