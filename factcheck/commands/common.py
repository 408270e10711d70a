"""Arguments and helpers shared by several subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

from factcheck.workspace import Workspace, find_workspace, load_workspace


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


def open_workspace(path: Path | None) -> Workspace:
    """Find and load the workspace named on the command line (or found from the cwd)."""
    root = path if path is not None else find_workspace()
    return load_workspace(root)
