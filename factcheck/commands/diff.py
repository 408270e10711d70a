"""``factcheck diff``: what changed in claims and verdicts between two git revisions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from factcheck.diff import (
    DiffResult,
    GitRepo,
    Revision,
    default_base,
    diff_snapshots,
    find_commit,
    load_snapshots,
    open_repo,
    render_markdown,
    render_text,
    textconv,
    to_json,
    write_utf8,
)
from factcheck.diff import resolve_commit as resolve
from factcheck.errors import FactcheckError
from factcheck.terminal import Style, inert_json, use_color
from factcheck.workspace import CLAIMS_DIR, SETTINGS_FILE, find_workspace

WORKING_TREE = "working tree"


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "diff",
        help="show claim and verdict changes between two git revisions",
        usage="factcheck diff [BASE [HEAD]] [WORKSPACE] [-C DIR] [--format FORMAT] [--exit-code]\n"
        "       factcheck diff --textconv FILE",
        description="Compare claims and verdicts between two git revisions: verdicts changed, "
        "claims added, removed, renamed or edited (with a word diff), evidence pinned or "
        "unpinned, dismissals and notes. Files are read with git; nothing is checked out. "
        "BASE defaults to the merge base of HEAD with the default branch (origin/HEAD, "
        "origin/main, origin/master, main, master); HEAD defaults to the working tree. "
        "A last argument that is an existing folder and not a revision is the workspace.",
        epilog="Examples: 'factcheck diff' (this branch, uncommitted work included); "
        "'factcheck diff HEAD~1 HEAD --format markdown'; 'factcheck diff main -C docs/factcheck'. "
        "See docs/diff.md.",
    )
    parser.add_argument(
        "positionals",
        nargs="*",
        metavar="ARG",
        help="BASE and HEAD: any revision git understands (HEAD~1, main, a tag, a commit id); "
        "then, optionally, the WORKSPACE folder",
    )
    parser.add_argument(
        "-C",
        "--workspace",
        dest="workspace_dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="the workspace folder (default: the current folder or the nearest one above it "
        "with a claims/ folder); may be a subfolder of the git repository",
    )
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="text for people (default), markdown for a pull request comment, json for tools",
    )
    parser.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when anything changed, 0 when nothing did (as git diff --exit-code)",
    )
    parser.add_argument(
        "--textconv",
        type=Path,
        default=None,
        metavar="FILE",
        help="print one verdict file as a readable summary, as a git diff driver: "
        "git config diff.factcheck.textconv 'factcheck diff --textconv' (or the faster "
        "'factcheck-textconv'; see docs/diff.md)",
    )
    parser.set_defaults(run=run)


def _split_positionals(
    positionals: list[str], workspace_dir: Path | None
) -> tuple[list[str], Path | None]:
    """(revisions, workspace folder) from ``[BASE [HEAD]] [WORKSPACE]``.

    Three arguments end with the workspace. With one or two, the last is the
    workspace when it is an existing folder that is not also a revision; a
    name that is both is refused rather than guessed.
    """
    if len(positionals) > 3:
        raise FactcheckError("too many arguments: expected [BASE [HEAD]] [WORKSPACE]")
    if workspace_dir is not None:
        if len(positionals) > 2:
            raise FactcheckError("too many revisions: expected at most BASE and HEAD with -C")
        return positionals, workspace_dir
    if len(positionals) == 3:
        return positionals[:2], Path(positionals[2])
    if not positionals or not Path(positionals[-1]).is_dir():
        return positionals, None
    last = positionals[-1]
    try:
        repo = open_repo(workspace=Path.cwd())
    except FactcheckError:
        repo = open_repo(workspace=Path(last))
    if find_commit(repo, last) is not None:
        raise FactcheckError(
            f"{last!r} is both a folder and a revision: use -C {last} for the workspace, "
            f"or {last}^{{commit}} for the revision"
        )
    return positionals[:-1], Path(last)


def _revision(repo: GitRepo, name: str) -> Revision:
    return Revision(label=name, commit=resolve(repo, name))


def compare(
    *, workspace_dir: Path | None, base: str | None, head: str | None
) -> tuple[DiffResult, str | None]:
    """Compare two revisions of the workspace; returns the result and a note for stderr.

    ``base`` None: the merge base with the default branch; ``head`` None: the
    working tree.
    """
    if workspace_dir is None:
        root = find_workspace()
    else:
        # A folder named on the command line is the workspace itself, as for every command.
        if not workspace_dir.is_dir():
            raise FactcheckError(f"not a folder: {workspace_dir}")
        root = workspace_dir.resolve()
        if not (root / CLAIMS_DIR).is_dir() and not (root / SETTINGS_FILE).is_file():
            raise FactcheckError(
                f"not a workspace: {workspace_dir} (a workspace has a {CLAIMS_DIR}/ folder)"
            )
    repo = open_repo(workspace=root)
    note = None
    head_rev = _revision(repo, head) if head is not None else Revision(WORKING_TREE, None)
    if base is None:
        label, commit, note = default_base(repo)
        base_rev = Revision(label=label, commit=commit)
    else:
        base_rev = _revision(repo, base)
    # A file that does not parse is named "<revision>:<path>"; the default base has no
    # name the user typed, so its commit stands in.
    base_name = base_rev.label if base is not None else (base_rev.commit or "")[:12]
    base_snap, head_snap = load_snapshots(
        repo,
        root=root,
        base=base_rev.commit,
        head=head_rev.commit,
        base_label=base_name,
        head_label=head_rev.label,
    )
    changes = diff_snapshots(base=base_snap, head=head_snap)
    result = DiffResult(base=base_rev, head=head_rev, workspace=repo.prefix, changes=changes)
    return result, note


def run(args: argparse.Namespace) -> int:
    if args.textconv is not None:
        if args.positionals or args.workspace_dir is not None:
            raise FactcheckError("--textconv takes one file and no revisions")
        write_utf8(textconv(args.textconv))
        return 0
    revisions, workspace_dir = _split_positionals(list(args.positionals), args.workspace_dir)
    base = revisions[0] if revisions else None
    head = revisions[1] if len(revisions) > 1 else None
    result, note = compare(workspace_dir=workspace_dir, base=base, head=head)
    if note:
        print(f"factcheck: {note}", file=sys.stderr)
    if args.format == "json":
        text = json.dumps(to_json(result), ensure_ascii=not _utf8_stdout(), indent=2)
        _write(inert_json(text) + "\n")
    elif args.format == "markdown":
        _write(render_markdown(result))
    else:
        _write(render_text(result, style=Style(use_color(sys.stdout))))
    return 1 if args.exit_code and result.changes else 0


def _utf8_stdout() -> bool:
    return (sys.stdout.encoding or "").lower().replace("-", "").replace("_", "") == "utf8"


def _write(text: str) -> None:
    """Write to stdout; characters its encoding lacks (an ASCII locale) become '?'."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:  # the whole string is encoded before anything is written
        encoding = sys.stdout.encoding or "ascii"
        sys.stdout.write(text.encode(encoding, "replace").decode(encoding))
