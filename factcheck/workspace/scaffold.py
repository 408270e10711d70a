"""A new workspace: the folders, a commented ``factcheck.yaml``, git files and a CI workflow.

``factcheck init`` calls :func:`scaffold_workspace`. The files come from the templates
shipped beside this module (``templates/``). A file that exists is never replaced (it is
created with ``open(..., "x")``, so not even a race can overwrite one): the result lists
what was left alone, and whether such a file lacks the line factcheck needs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from pathlib import Path

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.workspace.load import CLAIMS_DIR, VERDICTS_DIR
from factcheck.workspace.settings import SETTINGS_FILE
from factcheck.workspace.sourcefiles import SOURCES_DIR

# The GitHub repository the generated workflows install factcheck from. Nobody can know
# where a copy of factcheck is hosted, so it is a form to fill in once (`--repo`).
DEFAULT_REPO = "OWNER/factcheck"
DEFAULT_REF = f"v{__version__}"
# What GitHub allows in an owner/name, and in a tag, branch or commit; they go into YAML.
REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+$")
REF = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_./-]*$")

# docs/diff.md: the driver that shows verdict files as readable summaries.
DIFF_DRIVER = "factcheck"
GIT_CONFIG = ("git", "config", f"diff.{DIFF_DRIVER}.textconv", "factcheck-textconv")
IGNORE_LINE = ".factcheck/"
ATTRIBUTES_LINE = f"{VERDICTS_DIR}/*.yaml diff={DIFF_DRIVER}"


class Ci(Enum):
    """The CI services ``--ci`` writes a workflow for."""

    GITHUB = "github"
    GITLAB = "gitlab"


class Outcome(Enum):
    """What happened to one file or folder."""

    CREATED = "created"
    KEPT = "kept"


@dataclass(frozen=True)
class Entry:
    """One file or folder of the new workspace; ``path`` is shown to the user as is."""

    path: Path
    outcome: Outcome
    # For a kept file: what it lacks that factcheck needs (None when nothing, or unknown).
    missing: str | None = None


@dataclass(frozen=True)
class Scaffold:
    """Everything ``scaffold_workspace`` did, in the order it did it."""

    root: Path
    entries: tuple[Entry, ...]
    # The git repository the workspace is in (its top folder), if any.
    git_top: Path | None

    @property
    def kept(self) -> tuple[Entry, ...]:
        """The files and folders that existed and were left alone."""
        return tuple(e for e in self.entries if e.outcome is Outcome.KEPT)


def template(name: str) -> str:
    """The text of one shipped template (``factcheck.yaml``, ``gitignore``, ...)."""
    shipped = resources.files("factcheck.workspace").joinpath("templates", name)
    return shipped.read_text(encoding="utf-8")


def workflow_text(*, ci: Ci, name: str, repo: str, ref: str, workspace: str) -> str:
    """A CI template with the factcheck repository, its ref and the workspace filled in."""
    text = template(f"ci/{ci.value}-{name}")
    prefix = "" if workspace == "." else f"{workspace.rstrip('/')}/"
    filled = {"REPO": repo, "REF": ref, "WORKSPACE": workspace, "PREFIX": prefix}
    for token, value in filled.items():
        text = text.replace(f"%{token}%", value)
    return text


def is_workspace(root: Path) -> bool:
    """True when ``root`` already looks like a workspace (settings, claims or sources)."""
    return (root / SETTINGS_FILE).is_file() or any(
        (root / folder).is_dir() for folder in (CLAIMS_DIR, SOURCES_DIR)
    )


def git_top(root: Path) -> Path | None:
    """The top folder of the git repository holding ``root`` (found like git does), or None."""
    here = root.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return None


def check_target(*, root: Path, force: bool) -> None:
    """Refuse a file, or a non-empty folder that is not a workspace (unless ``force``)."""
    if root.exists() and not root.is_dir():
        raise FactcheckError(f"{root} exists and is not a folder")
    if not root.is_dir() or force or is_workspace(root):
        return
    # A fresh `git init` is still an empty folder for this purpose.
    others = sorted(p.name for p in root.iterdir() if p.name != ".git")
    if others:
        raise FactcheckError(
            f"{root} is not empty ({others[0]}{', ...' if len(others) > 1 else ''}) and is not "
            "a factcheck workspace; use --force to add the workspace files beside what is "
            "there, or name a new folder"
        )


def _write_new(path: Path, text: str) -> bool:
    """Create ``path`` with ``text``; False, untouched, when it already exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        return False
    return True


def _lacks(path: Path, line: str) -> str | None:
    """``line`` when the existing file at ``path`` does not hold it (as a whole line)."""
    try:
        lines = {raw.strip() for raw in path.read_text(encoding="utf-8").splitlines()}
    except (OSError, UnicodeDecodeError):
        return None  # not ours to judge; it is left alone either way
    return None if line in lines or line.rstrip("/") in lines else line


def _workflows(*, ci: Ci, top: Path, root: Path, repo: str, ref: str) -> list[tuple[Path, str]]:
    """The CI files to write: at the repository's top, naming the workspace's folder."""
    workspace = root.resolve().relative_to(top.resolve()).as_posix()
    if ci is Ci.GITHUB:
        folder = top / ".github" / "workflows"
        return [
            (
                folder / "factcheck.yml",
                workflow_text(ci=ci, name="check.yml", repo=repo, ref=ref, workspace=workspace),
            ),
            (
                folder / "factcheck-diff.yml",
                workflow_text(
                    ci=ci, name="diff-comment.yml", repo=repo, ref=ref, workspace=workspace
                ),
            ),
        ]
    text = workflow_text(ci=ci, name="check.yml", repo=repo, ref=ref, workspace=workspace)
    return [(top / ".gitlab-ci.yml", text)]


def scaffold_workspace(
    *,
    root: Path,
    ci: Ci | None = None,
    force: bool = False,
    repo: str = DEFAULT_REPO,
    ref: str = DEFAULT_REF,
) -> Scaffold:
    """Make ``root`` a workspace that passes its own ``factcheck check``; never overwrite.

    Raises FactcheckError (before writing anything) for a file, or for a non-empty folder
    that is not a workspace unless ``force``.
    """
    check_target(root=root, force=force)
    if not REPO.match(repo):
        raise FactcheckError(f"--repo must be a GitHub OWNER/NAME, not {repo!r}")
    if not REF.match(ref):
        raise FactcheckError(f"--ref must be a tag, branch or commit of factcheck, not {ref!r}")
    root.mkdir(parents=True, exist_ok=True)
    top = git_top(root)
    entries: list[Entry] = []
    for folder in (CLAIMS_DIR, SOURCES_DIR, VERDICTS_DIR):
        existed = (root / folder).is_dir()
        (root / folder).mkdir(exist_ok=True)
        entries.append(Entry(root / folder, Outcome.KEPT if existed else Outcome.CREATED))
    files: list[tuple[Path, str, str | None]] = [
        (root / SETTINGS_FILE, template("factcheck.yaml"), None),
        (root / ".gitignore", template("gitignore"), IGNORE_LINE),
        (root / ".gitattributes", template("gitattributes"), ATTRIBUTES_LINE),
    ]
    if ci is not None:
        for path, text in _workflows(ci=ci, top=top or root, root=root, repo=repo, ref=ref):
            files.append((path, text, None))
    for path, text, needed in files:
        if _write_new(path, text):
            entries.append(Entry(path, Outcome.CREATED))
        else:
            missing = _lacks(path, needed) if needed else None
            entries.append(Entry(path, Outcome.KEPT, missing))
    return Scaffold(root=root, entries=tuple(entries), git_top=top)


def git_config_line() -> str:
    """The one command that turns the verdict diff driver on in a clone."""
    return " ".join(GIT_CONFIG)


def require_git(*, root: Path) -> str:
    """The git program, when ``root`` is (or will be) inside a git repository; else an error."""
    git = shutil.which("git")
    if git is None:
        raise FactcheckError("--git needs git, which is not installed")
    if git_top(root) is None:
        raise FactcheckError(
            f"{root} is not in a git repository; run 'git init' first, or leave out --git"
        )
    return git


def set_git_driver(*, root: Path) -> None:
    """Run :func:`git_config_line` in the repository holding ``root`` (its local config)."""
    git = require_git(root=root)
    done = subprocess.run(
        [git, "-C", str(root), *GIT_CONFIG[1:]], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        message = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise FactcheckError(f"git config: {message}")
