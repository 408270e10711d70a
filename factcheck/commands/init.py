"""``factcheck init``: make a new workspace that passes its own ``factcheck check``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from factcheck.terminal import inert
from factcheck.workspace import (
    DEFAULT_REF,
    DEFAULT_REPO,
    Ci,
    Outcome,
    check_target,
    git_config_line,
    git_top,
    require_git,
    scaffold_workspace,
    set_git_driver,
)

EXIT_OK = 0


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "init",
        help="make a new workspace: folders, factcheck.yaml, git files, a CI workflow",
        description="Create claims/, sources/, verdicts/, a commented factcheck.yaml (every "
        "setting at its default), .gitignore for .factcheck/ and .gitattributes for the "
        "verdict diff driver. A file that exists is never replaced: it is listed as kept. "
        "A folder that is not empty and not a workspace is refused unless --force.",
        epilog="The new workspace passes `factcheck check` at once.",
    )
    parser.add_argument(
        "dir",
        nargs="?",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the workspace folder, created if needed (default: the current folder)",
    )
    parser.add_argument(
        "--ci",
        choices=[ci.value for ci in Ci],
        default=None,
        help="also write the CI workflow at the repository's top: github (the factcheck "
        "action, check and pull request diff comment) or gitlab (.gitlab-ci.yml)",
    )
    parser.add_argument(
        "--repo",
        default=DEFAULT_REPO,
        metavar="OWNER/NAME",
        help="the GitHub repository the workflow installs factcheck from "
        f"(default: {DEFAULT_REPO}, to edit once in the workflow)",
    )
    parser.add_argument(
        "--ref",
        default=DEFAULT_REF,
        metavar="REF",
        help=f"the tag or commit of factcheck the workflow pins (default: {DEFAULT_REF})",
    )
    parser.add_argument(
        "--git",
        action="store_true",
        help="also turn on the verdict diff driver in the repository's git config",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="add the workspace files to a folder that holds other things",
    )
    parser.set_defaults(run=run)


def _shown(path: Path) -> str:
    """``path`` as the user would type it: relative to the current folder when inside it."""
    relative = os.path.relpath(path)
    return inert(path.as_posix() if relative.startswith("..") else Path(relative).as_posix())


def run(args: argparse.Namespace) -> int:
    root: Path = args.dir
    # Every refusal comes before the first file is written.
    check_target(root=root, force=args.force)
    if args.git:
        require_git(root=root)
    done = scaffold_workspace(
        root=root,
        ci=Ci(args.ci) if args.ci else None,
        force=args.force,
        repo=args.repo,
        ref=args.ref,
    )
    for entry in done.entries:
        shown = _shown(entry.path) + ("/" if entry.path.is_dir() else "")
        if entry.outcome is Outcome.CREATED:
            print(f"created {shown}")
        elif entry.missing:
            print(f"kept {shown} (exists; it lacks the line {entry.missing!r}: add it by hand)")
        else:
            print(f"kept {shown} (exists)")
    if args.git:
        set_git_driver(root=root)
        print(
            f"set in the repository's config ({_shown(git_top(root) or root)}): {git_config_line()}"
        )
    else:
        where = "in this repository" if done.git_top else "in the git repository, once created"
        print(f"to show verdict files as summaries in git diff, run once per clone {where}:")
        print(f"  {git_config_line()}")
    if args.ci and args.repo == DEFAULT_REPO:
        print(f"in the workflow, replace {DEFAULT_REPO} with where factcheck is hosted")
    print(
        "next: factcheck add PAGE.html, factcheck extract DRAFT.md --into claims/NAME.yaml, "
        "factcheck review, factcheck check"
    )
    return EXIT_OK
