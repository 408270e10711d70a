"""``factcheck report``: the claims, verdicts, evidence and notes as a page people read."""

from __future__ import annotations

import argparse
from typing import Any

from factcheck.commands.common import add_output_argument, add_workspace_argument, open_workspace
from factcheck.commands.export import write_output
from factcheck.publish import (
    collect_outcomes,
    default_title,
    load_verdict_files,
    render_html,
    render_markdown,
)
from factcheck.workspace import utc_now


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "report",
        help="write an HTML (or Markdown) report of claims, verdicts and evidence",
        description="Write one self-contained HTML page (nothing is fetched when it is opened) "
        "or a Markdown file: per document its claims, each verdict as a coloured badge, the "
        "pinned evidence as quotes linked to their sources, notes, stale and pending marks, "
        "and a summary chart. The HTML page also carries the ClaimReview JSON-LD.",
    )
    add_workspace_argument(parser)
    add_output_argument(parser)
    parser.add_argument(
        "--format",
        "-f",
        choices=("html", "markdown"),
        default=None,
        help="html (default) or markdown; guessed from --out's extension (.md) when not given",
    )
    parser.add_argument(
        "--title",
        default=None,
        help="the report's title (default: the document's title when there is one claims file, "
        "else 'Fact-check report')",
    )
    parser.add_argument(
        "--no-json-ld",
        action="store_true",
        help="leave the ClaimReview JSON-LD out of the HTML page",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.workspace)
    outcomes = collect_outcomes(workspace=workspace, verdict_files=load_verdict_files(workspace))
    fmt = args.format
    if fmt is None:
        suffix = args.out.suffix.lower() if args.out else ""
        fmt = "markdown" if suffix in (".md", ".markdown") else "html"
    title = args.title if args.title is not None else default_title(workspace.claims_files)
    generated = utc_now().replace("T", " ").replace("Z", " UTC")
    if fmt == "markdown":
        text = render_markdown(
            workspace=workspace, outcomes=outcomes, generated_at=generated, title=title
        )
    else:
        text = render_html(
            workspace=workspace,
            outcomes=outcomes,
            generated_at=generated,
            title=title,
            json_ld=not args.no_json_ld,
        )
    write_output(args.out, text)
    return 0
