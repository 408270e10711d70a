"""``factcheck review``: the review screen (Textual), imported only when it runs."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from factcheck.commands.archive import (
    add_archive_option,
    resolve_url,
    review_archive,
    using_archive,
)
from factcheck.commands.common import add_semantic_option, add_workspace_argument
from factcheck.evidence import overridden
from factcheck.workspace import find_workspace


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "review",
        help="review claims in a terminal UI and record verdicts in verdicts/",
        description="Open the review screen: each claim with its supporting and contradicting "
        "passages; decide a verdict with one key (s, r, m, n by default), pin evidence, write "
        "notes. Every change is saved at once to verdicts/<claims file>.yaml.",
    )
    add_workspace_argument(parser)
    parser.add_argument(
        "--reviewer",
        metavar="NAME",
        default=None,
        help="your name in the verdicts (default: $FACTCHECK_REVIEWER, review.reviewer in "
        "factcheck.yaml, git config user.name, then the OS user)",
    )
    add_archive_option(parser)
    add_semantic_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = args.workspace if args.workspace is not None else find_workspace()
    if not root.is_dir():
        print(f"factcheck: {root}: no such folder", file=sys.stderr)
        return 2
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("factcheck: review needs a terminal (stdin and stdout)", file=sys.stderr)
        return 2
    from factcheck.tui import make_app

    app = make_app(workspace_root=root, reviewer=args.reviewer, archive=review_archive(root))
    with using_archive(resolve_url(args.archive, root)), overridden(args.semantic):
        code = app.run()
    if app.error is not None:
        raise app.error  # printed by the CLI as one line, control characters made visible
    return int(code or 0)
