"""Reading workspace files at a git revision, with git itself.

Nothing here checks anything out or writes to the repository: files come
from ``git show REV:path`` and listings from ``git ls-tree``, so ``factcheck
diff`` is safe to run in a working tree full of uncommitted work. Every git
failure becomes one FactcheckError, so the CLI prints one line and exits 2.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from factcheck.diff import Snapshot
from factcheck.errors import FactcheckError
from factcheck.models import Claim, Verdict
from factcheck.verdicts import parse_verdicts
from factcheck.workspace import CLAIMS_DIR, VERDICTS_DIR, parse_claims

# Where `factcheck diff` looks for the default branch, most specific first.
DEFAULT_BRANCHES = ("origin/HEAD", "origin/main", "origin/master", "main", "master")
UNSHALLOW_HINT = "this is a shallow clone; fetch more history: git fetch --unshallow"


@dataclass(frozen=True)
class GitRepo:
    """A git repository and where the workspace sits inside it.

    ``prefix`` is the workspace folder relative to ``top`` with a trailing
    slash (``""`` when the workspace is the repository root), as printed by
    ``git rev-parse --show-prefix``.
    """

    top: Path
    prefix: str


def _git(args: list[str], *, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    # No shell, no pager, no textconv and no hooks run by any command used here.
    env = {**os.environ, "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        return subprocess.run(
            ["git", "--no-pager", *args], cwd=cwd, capture_output=True, env=env, check=False
        )
    except FileNotFoundError:
        raise FactcheckError("git is not installed (factcheck diff reads files with git)") from None
    except OSError as exc:
        raise FactcheckError(f"cannot run git: {exc.strerror}") from None


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else "git failed"


def open_repo(*, workspace: Path) -> GitRepo:
    """The repository holding ``workspace``; raises FactcheckError when there is none."""
    if not workspace.is_dir():
        raise FactcheckError(f"not a folder: {workspace}")
    done = _git(["rev-parse", "--show-toplevel", "--show-prefix"], cwd=workspace)
    if done.returncode != 0:
        raise FactcheckError(
            f"not a git repository: {workspace} (factcheck diff compares git revisions)"
        )
    lines = done.stdout.decode("utf-8", "surrogateescape").splitlines()
    top = Path(lines[0])
    prefix = lines[1] if len(lines) > 1 else ""
    return GitRepo(top=top, prefix=prefix)


def is_shallow(repo: GitRepo) -> bool:
    """True in a shallow clone (CI checkouts often are), where old commits are missing."""
    done = _git(["rev-parse", "--is-shallow-repository"], cwd=repo.top)
    return done.returncode == 0 and done.stdout.strip() == b"true"


def find_commit(repo: GitRepo, revision: str) -> str | None:
    """The commit ``revision`` names (any syntax git understands), or None."""
    if not revision or revision.startswith("-"):
        return None
    done = _git(
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"],
        cwd=repo.top,
    )
    if done.returncode != 0:
        return None
    return done.stdout.decode("ascii").strip()


def resolve_commit(repo: GitRepo, revision: str) -> str:
    """Like find_commit, but an unknown revision is a FactcheckError (with a hint if shallow)."""
    commit = find_commit(repo, revision)
    if commit is None:
        hint = f" ({UNSHALLOW_HINT})" if is_shallow(repo) else ""
        raise FactcheckError(f"unknown revision {revision!r}{hint}")
    return commit


def merge_base(repo: GitRepo, first: str, second: str) -> str | None:
    """The best common ancestor of two commits, or None when they share no history."""
    done = _git(["merge-base", "--end-of-options", first, second], cwd=repo.top)
    if done.returncode != 0:
        return None
    return done.stdout.decode("ascii").strip() or None


def default_branch(repo: GitRepo) -> str | None:
    """The first of origin/HEAD, origin/main, origin/master, main, master that exists."""
    for name in DEFAULT_BRANCHES:
        if find_commit(repo, name) is not None:
            return name
    return None


def default_base(repo: GitRepo) -> tuple[str, str, str | None]:
    """The base ``factcheck diff`` uses when none is named: (label, commit, note or None).

    That is the merge base of HEAD with the default branch (the first of
    DEFAULT_BRANCHES that exists), so a branch shows only its own changes.
    With no default branch at all, the base is HEAD itself: the diff then
    shows what is not committed yet, and the note says so.
    """
    head = find_commit(repo, "HEAD")
    if head is None:
        raise FactcheckError("no commits yet: nothing to compare with (commit first)")
    branch = default_branch(repo)
    if branch is None:
        note = (
            "no default branch found (" + ", ".join(DEFAULT_BRANCHES) + "); comparing with HEAD, "
            "so only uncommitted changes show (name a base: factcheck diff BASE)"
        )
        return "HEAD", head, note
    base = merge_base(repo, resolve_commit(repo, branch), head)
    if base is None:
        if is_shallow(repo):
            raise FactcheckError(f"no merge base of HEAD and {branch} ({UNSHALLOW_HINT})")
        raise FactcheckError(
            f"HEAD and {branch} share no history; name a base: factcheck diff BASE"
        )
    return f"merge base with {branch}", base, None


def list_files(repo: GitRepo, commit: str, *, folders: tuple[str, ...]) -> list[str]:
    """Workspace-relative paths of every file under ``folders`` at ``commit``."""
    pathspecs = [f"{repo.prefix}{folder}" for folder in folders]
    done = _git(
        ["ls-tree", "-r", "-z", "--name-only", "--full-tree", commit, "--", *pathspecs],
        cwd=repo.top,
    )
    if done.returncode != 0:
        raise FactcheckError(f"cannot list files at {commit[:12]}: {_first_line(done.stderr)}")
    names = done.stdout.decode("utf-8", "surrogateescape").split("\0")
    return sorted(name[len(repo.prefix) :] for name in names if name.startswith(repo.prefix))


def read_file(repo: GitRepo, commit: str, path: str) -> bytes:
    """The bytes of workspace-relative ``path`` at ``commit`` (no textconv, no filters)."""
    done = _git(["show", "--no-textconv", f"{commit}:{repo.prefix}{path}"], cwd=repo.top)
    if done.returncode != 0:
        raise FactcheckError(f"cannot read at {commit[:12]}: {_first_line(done.stderr)}", path=path)
    return done.stdout


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FactcheckError("not UTF-8 text", path=path, line=line) from None


def _workspace_files(repo: GitRepo, commit: str | None, root: Path) -> dict[str, bytes]:
    """claims/*.yaml and verdicts/*.yaml (workspace-relative path -> bytes) at ``commit``.

    ``commit`` None means the working tree: the files on disk under ``root``.
    Like loading a workspace, only the files directly in each folder count.
    """
    wanted: list[str]
    if commit is None:
        wanted = sorted(
            f"{folder}/{file.name}"
            for folder in (CLAIMS_DIR, VERDICTS_DIR)
            if (root / folder).is_dir()
            for file in (root / folder).iterdir()
            if file.is_file()
        )
    else:
        wanted = list_files(repo, commit, folders=(CLAIMS_DIR, VERDICTS_DIR))
    files: dict[str, bytes] = {}
    for rel in wanted:
        name = rel.partition("/")[2]
        if "/" in name or name.startswith(".") or not name.endswith((".yaml", ".yml")):
            continue
        if commit is None:
            try:
                files[rel] = (root / rel).read_bytes()
            except OSError as exc:
                raise FactcheckError(f"cannot read: {exc.strerror}", path=rel) from None
        else:
            files[rel] = read_file(repo, commit, rel)
    return files


def load_snapshot(repo: GitRepo, *, commit: str | None, root: Path, label: str) -> Snapshot:
    """The claims and verdicts at ``commit`` (None: the working tree under ``root``).

    A file that does not parse raises FactcheckError whose path reads
    ``<label>:<path>``, so the message says which revision is broken.
    """
    claims: dict[str, Claim] = {}
    verdicts: dict[str, Verdict] = {}
    try:
        for rel, data in _workspace_files(repo, commit, root).items():
            text = _decode(data, rel)
            if rel.startswith(f"{CLAIMS_DIR}/"):
                for claim in parse_claims(text, path=rel).claims:
                    earlier = claims.get(claim.id)
                    if earlier is not None:
                        raise FactcheckError(
                            f"duplicate claim id {claim.id!r} (also {earlier.file}:{earlier.line})",
                            path=rel,
                            line=claim.line,
                        )
                    claims[claim.id] = claim
            else:
                verdicts.update(parse_verdicts(text, path=rel).entries)
    except FactcheckError as exc:
        if commit is None or not exc.path:
            raise
        raise FactcheckError(exc.message, path=f"{label}:{exc.path}", line=exc.line) from None
    return Snapshot(claims=claims, verdicts=verdicts)
