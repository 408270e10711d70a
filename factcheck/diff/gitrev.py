"""Reading workspace files at a git revision, with git itself.

Nothing here checks anything out or writes to the repository: files come
from ``git cat-file --batch`` (or ``git show REV:path``) and listings from
``git ls-tree``, so ``factcheck diff`` is safe to run in a working tree full
of uncommitted work. Every git
failure becomes one FactcheckError, so the CLI prints one line and exits 2.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError

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


def _git(
    args: list[str], *, cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    # No shell and no pager; paths are literal (a workspace folder named "[x]" is no glob);
    # messages in English, so the few we recognise are recognised.
    env = {
        **os.environ,
        "GIT_PAGER": "cat",
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_LITERAL_PATHSPECS": "1",
        "LC_ALL": "C",
    }
    try:
        return subprocess.run(
            ["git", "--no-pager", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            env=env,
            check=False,
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
        reason = _first_line(done.stderr)
        if "not a git repository" in reason:
            raise FactcheckError(
                f"not a git repository: {workspace} (factcheck diff compares git revisions)"
            )
        # e.g. "detected dubious ownership": git's own words say what to do.
        raise FactcheckError(f"git cannot open the repository: {reason.removeprefix('fatal: ')}")
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
    if not revision or revision.startswith("-"):  # never let a revision pass as an option
        return None
    done = _git(
        ["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"],
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
    done = _git(["merge-base", first, second], cwd=repo.top)
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


def read_files(repo: GitRepo, commit: str, paths: list[str]) -> dict[str, bytes]:
    """The bytes of many workspace-relative files at ``commit``, with one git process.

    ``git cat-file --batch`` instead of one ``git show`` per file: a workspace
    with hundreds of claims files would otherwise start hundreds of processes.
    """
    batchable = [p for p in paths if "\n" not in p and "\r" not in p]
    files = {p: read_file(repo, commit, p) for p in paths if p not in batchable}
    if not batchable:
        return files
    request = "".join(f"{commit}:{repo.prefix}{p}\n" for p in batchable)
    done = _git(["cat-file", "--batch"], cwd=repo.top, stdin=os.fsencode(request))
    if done.returncode != 0:
        raise FactcheckError(f"cannot read files at {commit[:12]}: {_first_line(done.stderr)}")
    out, pos = done.stdout, 0
    for path in batchable:
        end = out.index(b"\n", pos)
        header = out[pos:end].split(b" ")
        if len(header) != 3 or header[1] != b"blob":
            raise FactcheckError(f"cannot read at {commit[:12]}: not a file", path=path)
        size = int(header[2])
        files[path] = out[end + 1 : end + 1 + size]
        pos = end + 1 + size + 1  # the content is followed by a newline
    return {p: files[p] for p in paths}  # in the order asked: claim order depends on it


def recent_commits(repo: GitRepo, *, path: str, limit: int) -> list[str]:
    """The last ``limit`` commits that touched ``path`` (inside the workspace), newest first;
    none when git cannot say (an empty repository, say)."""
    done = _git(["log", f"-n{limit}", "--format=%H", "--", f"{repo.prefix}{path}"], cwd=repo.top)
    if done.returncode != 0:
        return []
    return done.stdout.decode("ascii", "replace").split()
