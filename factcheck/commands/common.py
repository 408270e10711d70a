"""Arguments and helpers shared by several subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.progress import terminal_progress
from factcheck.terminal import inert
from factcheck.workspace import SkippedSource, Workspace, find_workspace, load_workspace


def add_workspace_argument(parser: argparse.ArgumentParser) -> None:
    """The optional WORKSPACE positional every workspace command takes."""
    parser.add_argument(
        "workspace",
        nargs="?",
        type=Path,
        default=None,
        metavar="WORKSPACE",
        help="the workspace folder (default: the current folder, or the nearest one above it "
        "with a claims/ folder)",
    )


def check_output_file(path: Path) -> None:
    """Refuse an ``--out``/``--output`` FILE in a folder that does not exist (a typo in the
    path is one line, never a tree of folders made wherever it points)."""
    if not path.parent.is_dir():
        what = "is not a folder" if path.parent.exists() else "does not exist"
        raise FactcheckError(
            f"cannot write: the folder {path.parent} {what}; create it first", path=str(path)
        )


def add_semantic_option(parser: argparse.ArgumentParser) -> None:
    """``--semantic / --no-semantic``: override ``matching.semantic`` for this command."""
    parser.add_argument(
        "--semantic",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="fuse sentence-embedding similarity into retrieval, or not (default: "
        "matching.semantic in factcheck.yaml, auto: when the semantic extra is installed)",
    )


def add_output_argument(parser: argparse.ArgumentParser) -> None:
    """``--out FILE``: where a command that prints a document writes it instead of stdout."""
    parser.add_argument(
        "--out",
        "-o",
        type=Path,
        default=None,
        metavar="FILE",
        help="write to FILE (replaced atomically) instead of standard output",
    )


def open_workspace(path: Path | None, *, claims: bool = True) -> Workspace:
    """Find and load the workspace named on the command line (or found from the cwd).

    Sources skipped for their size are named on stderr, one warning line each.
    ``claims=False``: settings and sources only (see ``load_workspace``).
    """
    root = path if path is not None else find_workspace()
    workspace = load_workspace(root, progress=terminal_progress("reading sources"), claims=claims)
    warn_skipped(workspace.skipped)
    return workspace


def warn_skipped(skipped: Iterable[SkippedSource]) -> None:
    """One ``factcheck: warning:`` line on stderr per source left out."""
    for source in skipped:
        print(f"factcheck: warning: {inert(str(source))}", file=sys.stderr)
