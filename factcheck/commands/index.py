"""``factcheck index``: build or update the persistent passage index and say what changed."""

from __future__ import annotations

import argparse
import gc
import sys
from typing import Any

from factcheck.commands.common import add_semantic_option, add_workspace_argument, open_workspace
from factcheck.index import (
    INDEX_DIR,
    UpdateReport,
    open_index_with_vectors,
    update_index,
)
from factcheck.progress import terminal_progress
from factcheck.workspace import SemanticMode


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "index",
        help="build or update the passage index in .factcheck/ (done automatically when needed)",
        description="Build or update the persistent passage index in "
        f"{INDEX_DIR}/. Only new, changed, renamed or removed sources are re-indexed; a "
        "damaged or outdated index is rebuilt. match, check and review update it themselves; "
        "run this to do it ahead of time.",
    )
    add_workspace_argument(parser)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    add_semantic_option(parser)
    parser.set_defaults(run=run)


def describe(report: UpdateReport) -> str:
    """One line: what the update did, e.g. 'indexed 3 new, 1 changed ... ; 12,345 passages'."""
    if not report.persistent:
        return (
            f"{INDEX_DIR}/: {report.reason or 'not writable'}: indexed {report.passages:,} "
            "passages in memory "
            f"only; {report.seconds:.1f} s"
        )
    if report.rebuilt:
        why = f" ({report.reason})" if report.reason else ""
        head = f"rebuilt the index{why}: {report.added:,} sources"
    elif report.unchanged:
        head = "index up to date"
    else:
        parts = [f"{report.added:,} new", f"{report.changed:,} changed"]
        if report.renamed:
            parts.append(f"{report.renamed:,} renamed")
        parts.append(f"{report.removed:,} removed")
        head = "indexed " + ", ".join(parts) + " sources"
        if report.compacted:
            head += " (compacted)"
    seconds = f"{report.seconds:.2f}" if report.seconds < 1 else f"{report.seconds:.1f}"
    return f"{head}; {report.passages:,} passages; {seconds} s"


def run(args: argparse.Namespace) -> int:
    # The index is of the sources: the claims are not read (nor their YAML checked).
    workspace = open_workspace(args.workspace, claims=False)
    # What is loaded lives until the process ends: no collection need look at it again
    # (at 10,000 sources, collections looked at it for a tenth of the process's time).
    gc.freeze()
    progress = terminal_progress("indexing")
    semantic = False
    if args.semantic or (args.semantic is None and workspace.settings.semantic != SemanticMode.OFF):
        # Only here: factcheck.evidence loads the whole matcher (rapidfuzz, stance, cues),
        # a tenth of a second or more that a lexical index update does not need.
        from factcheck.evidence import overridden, semantic_auto_skipped, semantic_enabled

        with overridden(args.semantic):
            semantic = semantic_enabled(workspace.settings, workspace=workspace)
            skipped = semantic_auto_skipped(workspace)
        if skipped:
            print(f"factcheck: note: {skipped}", file=sys.stderr)
    if not semantic:
        report = update_index(workspace=workspace, progress=progress, rebuild=args.rebuild)
        print(describe(report))
        sys.stdout.flush()
        return 0
    from factcheck.evidence import load_encoder

    _, report, embedded = open_index_with_vectors(
        workspace=workspace,
        encoder=load_encoder(),
        progress=progress,
        embed_progress=terminal_progress("embedding passages"),
        rebuild=args.rebuild,
    )
    print(f"{describe(report)}; sentence vectors: {embedded:,} passages encoded")
    sys.stdout.flush()
    return 0
