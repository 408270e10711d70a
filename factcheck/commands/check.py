"""``factcheck check``: run the CI rules and report findings; exit 1 on errors."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from factcheck.check import (
    FORMATS,
    CheckOptions,
    check_workspace,
    explain,
    render,
    render_statistics,
)
from factcheck.commands.archive import add_archive_option, resolve_url, using_archive
from factcheck.commands.common import (
    add_semantic_option,
    add_workspace_argument,
    check_output_file,
)
from factcheck.errors import FactcheckError
from factcheck.evidence import overridden
from factcheck.terminal import inert, use_color
from factcheck.workspace import atomic_write, find_workspace


def _codes(values: list[str] | None) -> tuple[str, ...] | None:
    """Repeatable, comma-separated codes; None when the option was not given."""
    if values is None:
        return None
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "check",
        help="check that every claim is sourced, for CI and pre-commit (exit 1 on errors)",
        description="Check the workspace: every claim cites a source that matches it or has "
        "pinned evidence, cited sources exist, pinned quotes are still in their sources, "
        "verdicts are current. Rules FC001-FC011 are described in docs/check.md.",
        epilog="Exit codes: 0 no errors (warnings allowed), 1 error findings, "
        "2 usage or configuration problems.",
    )
    add_workspace_argument(parser)
    parser.add_argument(
        "--format",
        "--output-format",
        dest="format",
        choices=FORMATS,
        default="text",
        help="text for people (default; many findings of one rule in a file are one line), "
        "full (every finding on its line), concise (file:line: CODE message), github for "
        "Actions annotations, json, junit (XML); --output-format is the same, as in ruff",
    )
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the --format report to FILE and print the text report",
    )
    parser.add_argument(
        "--select",
        action="append",
        default=None,
        metavar="CODES",
        help="only these rules (code prefixes, comma-separated, e.g. FC001,FC00); "
        "overrides check.select",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=None,
        metavar="CODES",
        help="skip these rules (code prefixes); overrides check.ignore",
    )
    parser.add_argument(
        "--strict", action="store_true", help="treat warnings (stale, orphan verdicts) as errors"
    )
    parser.add_argument(
        "--require-verdicts",
        action="store_true",
        help="a claim without a verdict is an error (FC009)",
    )
    parser.add_argument(
        "--fail-on",
        action="append",
        default=[],
        metavar="VERDICTS",
        help="these verdicts are errors (FC010), e.g. --fail-on refuted,mixed",
    )
    parser.add_argument(
        "--min-score",
        type=float,
        default=None,
        metavar="N",
        help="a cited passage must score at least N (0-100) to source a claim "
        "(default: check.min_score, else matching.min_score)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="match every claim again instead of reusing scores from .factcheck/",
    )
    add_archive_option(parser)
    add_semantic_option(parser)
    parser.add_argument(
        "--statistics",
        action="store_true",
        help="print how many findings each rule has instead of the findings (JSON with "
        "--format json)",
    )
    parser.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when there are error findings (usage errors still exit 2)",
    )
    parser.add_argument(
        "--explain",
        default=None,
        metavar="CODE",
        help="say what rule CODE (e.g. FC001, or its name) checks, why and how to fix it; "
        "checks nothing",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.explain is not None:
        sys.stdout.write(explain(args.explain))
        return 0
    if args.min_score is not None and not 0 <= args.min_score <= 100:
        raise FactcheckError(f"--min-score must be between 0 and 100 (got {args.min_score:g})")
    options = CheckOptions(
        select=_codes(args.select),
        ignore=_codes(args.ignore),
        strict=args.strict,
        require_verdicts=args.require_verdicts,
        fail_on=frozenset(_codes(args.fail_on) or ()),
        min_score=args.min_score,
        cache=not args.no_cache,
    )
    root = args.workspace if args.workspace is not None else find_workspace()
    if not root.is_dir():
        raise FactcheckError(f"not a folder: {root}")
    url = resolve_url(args.archive, root)
    if url is not None:
        from factcheck.archive import pinned_sources

        # The archive's passages change the terms' weights: cached scores do not hold.
        options = dataclasses.replace(options, cache=False, pinned_sources=pinned_sources(url))
    with using_archive(url), overridden(args.semantic):
        result = check_workspace(root=root, options=options)
    for skipped in result.skipped:
        print(f"factcheck: warning: {inert(skipped)}", file=sys.stderr)
    if args.output is not None:
        check_output_file(args.output)
        try:
            atomic_write(args.output, render(result, fmt=args.format))
        except OSError as exc:
            raise FactcheckError(f"cannot write {args.output}: {exc.strerror}") from None
        shown = "text"
    else:
        shown = args.format
    if args.statistics:
        sys.stdout.write(render_statistics(result, fmt=shown))
    else:
        color = shown in ("text", "full", "concise") and use_color()
        sys.stdout.write(render(result, fmt=shown, color=color))
    return 0 if args.exit_zero else result.exit_code
