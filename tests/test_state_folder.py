"""``.factcheck/`` ignores itself: whichever command creates it writes ``.factcheck/.gitignore``
holding ``*`` (as ruff's cache does), so a new workspace never shows it as untracked."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.verdicts.store import VerdictStore
from factcheck.workspace import load_workspace, make_folder
from factcheck.workspace.fileio import STATE_GITIGNORE
from tests.check_helpers import CLAIMS, SOURCE

MakeWs = Callable[..., Path]
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture
def repo(make_workspace: MakeWs) -> Path:
    """A new workspace, committed to a fresh git repository."""
    root = make_workspace({"claims/draft.yaml": CLAIMS, "sources/brest.txt": SOURCE})
    git = ["git", "-C", str(root), "-c", "user.name=T", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "workspace"], check=True)
    return root


def untracked(root: Path) -> str:
    done = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=all"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@needs_git
@pytest.mark.parametrize(
    "argv",
    [["check"], ["index"], ["match"]],
    ids=["check-cache", "index", "match"],
)
def test_a_command_that_creates_the_folder_leaves_git_status_clean(
    repo: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert not (repo / ".factcheck").exists()
    assert main([*argv, str(repo)]) == 0
    capsys.readouterr()
    assert (repo / ".factcheck").is_dir()
    assert (repo / ".factcheck" / ".gitignore").read_text(encoding="utf-8") == STATE_GITIGNORE
    assert untracked(repo) == ""


@needs_git
def test_saving_a_verdict_takes_a_lock_in_the_folder_and_leaves_only_the_verdict(
    repo: Path,
) -> None:
    store = VerdictStore.open(workspace=load_workspace(repo), reviewer="Ada")
    store.set_verdict("debris", "supported")
    assert (repo / ".factcheck" / "locks").is_dir()
    assert untracked(repo) == "?? verdicts/draft.yaml\n"


def test_an_existing_gitignore_is_left_as_it_is(make_workspace: MakeWs) -> None:
    root = make_workspace({"claims/draft.yaml": CLAIMS})
    (root / ".factcheck").mkdir()
    (root / ".factcheck" / ".gitignore").write_text("index/\n")
    make_folder(root / ".factcheck" / "index")
    assert (root / ".factcheck" / ".gitignore").read_text() == "index/\n"


def test_an_older_folder_without_one_gets_it(make_workspace: MakeWs) -> None:
    root = make_workspace({"claims/draft.yaml": CLAIMS})
    (root / ".factcheck" / "index").mkdir(parents=True)  # made by an earlier factcheck
    make_folder(root / ".factcheck" / "locks")
    assert (root / ".factcheck" / ".gitignore").read_text() == STATE_GITIGNORE


def test_only_a_workspaces_own_folder_is_ignored(tmp_path: Path) -> None:
    # A workspace kept under some folder that happens to be called .factcheck must not be
    # ignored as a whole: only a .factcheck/ beside claims/ or sources/ is factcheck's own.
    outer = tmp_path / ".factcheck"
    make_folder(outer / "newsroom" / "claims")
    assert not (outer / ".gitignore").exists()
    make_folder(outer / "newsroom" / ".factcheck" / "index")
    assert (outer / "newsroom" / ".factcheck" / ".gitignore").exists()
    assert not (outer / ".gitignore").exists()
