"""``factcheck export``: reviewed claims as ClaimReview JSON-LD, CSV or JSON Lines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from factcheck.commands.common import (
    add_output_argument,
    add_workspace_argument,
    check_output_file,
    open_workspace,
)
from factcheck.errors import FactcheckError
from factcheck.publish import (
    FORMATS,
    claim_reviews,
    collect_outcomes,
    load_verdict_files,
    to_csv,
    to_json_ld,
    to_json_ld_script,
    to_jsonl,
)
from factcheck.terminal import inert
from factcheck.workspace import atomic_write


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "export",
        help="write reviewed claims as ClaimReview JSON-LD, CSV or JSON Lines",
        description="Write the workspace's verdicts for publishing or analysis: schema.org "
        "ClaimReview JSON-LD (claimreview; claimreview-html wraps it in a <script> element to "
        "paste into a page), a CSV for spreadsheets, or JSON Lines with the pinned evidence. "
        "Stale verdicts (the claim changed after review) are never published as ClaimReview.",
    )
    add_workspace_argument(parser)
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default="claimreview",
        help="claimreview (default), claimreview-html, csv or jsonl",
    )
    add_output_argument(parser)
    parser.add_argument(
        "--include-pending",
        action="store_true",
        help="csv and jsonl: also list claims without a verdict yet",
    )
    parser.set_defaults(run=run)


def render(args: argparse.Namespace) -> tuple[str, list[str]]:
    """The exported text and the warnings to print, for the parsed arguments."""
    workspace = open_workspace(args.workspace)
    outcomes = collect_outcomes(workspace=workspace, verdict_files=load_verdict_files(workspace))
    warnings: list[str] = []
    if args.format.startswith("claimreview"):
        if args.include_pending:
            raise FactcheckError("--include-pending does not apply to ClaimReview (no rating)")
        reviews, stale = claim_reviews(outcomes, workspace=workspace)
        for outcome in stale:
            warnings.append(
                f"{outcome.claim.file}:{outcome.claim.line}: {outcome.claim.id}: left out, "
                "the claim changed after its verdict (review it again)"
            )
        settings = workspace.settings
        if reviews and not (settings.author.get("name") or settings.publisher.get("name")):
            warnings.append(
                "factcheck.yaml: no author or publisher; ClaimReview needs the fact-checker's name"
            )
        if reviews and any("url" not in r for r in reviews):
            warnings.append(
                "no http(s) review_url in some claims files; ClaimReview needs the review page"
            )
        if args.format == "claimreview":
            return to_json_ld(reviews), warnings
        return to_json_ld_script(reviews), warnings
    chosen = [o for o in outcomes if o.reviewed or args.include_pending]
    if args.format == "csv":
        return to_csv(chosen, workspace=workspace), warnings
    return to_jsonl(chosen, workspace=workspace), warnings


def write_output(out: Path | None, text: str) -> None:
    """Write ``text`` to standard output, or atomically to ``out``.

    ``atomic_write`` gives a new file the usual permissions (what a plain ``open()``
    would) and writes through a device such as ``/dev/null`` without touching it.
    """
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    check_output_file(out)
    try:
        atomic_write(out, text)
    except OSError as exc:
        raise FactcheckError(f"cannot write: {exc.strerror}", path=str(out)) from None


def run(args: argparse.Namespace) -> int:
    text, warnings = render(args)
    for warning in warnings:
        print(f"factcheck: warning: {inert(warning)}", file=sys.stderr)
    write_output(args.out, text)
    return 0
