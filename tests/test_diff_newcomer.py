"""The newcomer flow end to end: review two verdicts in `factcheck review`, commit, diff.

The review is driven through the real app (the factory `factcheck review`
uses) with Textual's Pilot, in a git copy of the example workspace.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.verdicts.files import read_verdict_file
from factcheck.workspace.load import load_workspace
from tests.conftest import REPO_ROOT
from tests.tui_helpers import app_for, ready

SIZE = (160, 45)
# One key per verdict of the default scale; press one the claim does not have yet.
KEYS = {"supported": "s", "refuted": "r", "mixed": "m", "not-enough-evidence": "n"}


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=New Person", "-c", "user.email=new@example.com", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def all_verdicts(root: Path) -> dict[str, str | None]:
    workspace = load_workspace(root)
    found: dict[str, str | None] = {}
    for claims_file in workspace.claims_files:
        entries = read_verdict_file(root, claims_file.verdicts_path).entries
        found.update({cid: entry.verdict for cid, entry in entries.items()})
    return found


async def test_two_verdicts_changed_in_review_show_as_exactly_two_changes(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    root = tmp_path / "example"
    root.mkdir()
    for name in ("claims", "sources", "verdicts"):
        if (REPO_ROOT / name).is_dir():
            shutil.copytree(REPO_ROOT / name, root / name)
    if (REPO_ROOT / "factcheck.yaml").is_file():
        shutil.copy(REPO_ROOT / "factcheck.yaml", root / "factcheck.yaml")
    (root / ".gitignore").write_text(".factcheck/\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "the example workspace")
    before = all_verdicts(root)

    app = app_for(root, reviewer="New Person")
    changed: dict[str, tuple[str, str]] = {}
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for _ in range(2):
            screen = app.review_screen
            assert screen is not None and screen.current_claim is not None
            claim_id = screen.current_claim.id
            old = before.get(claim_id)
            new = "mixed" if old != "mixed" else "refuted"
            await pilot.press(KEYS[new])
            await ready(pilot)
            changed[claim_id] = (old or "none", new)
            if screen.current_claim is not None and screen.current_claim.id == claim_id:
                await pilot.press("j")  # auto-advance is off in this workspace
                await ready(pilot)
    assert len(changed) == 2  # two different claims
    after = all_verdicts(root)
    assert {cid for cid in after if after[cid] != before.get(cid)} == set(changed)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "two verdicts reviewed")

    monkeypatch.chdir(root)
    assert main(["diff", "HEAD~1", "HEAD", "--format", "markdown"]) == 0
    markdown, err = capsys.readouterr()
    assert err == ""
    rows = [
        line
        for line in markdown.splitlines()
        if line.startswith("| ") and "| --- |" not in line and not line.startswith("| Claim |")
    ]
    assert len(rows) == 2
    for claim_id, (old, new) in changed.items():
        assert any(f"(`{claim_id}`) | {old} → **{new}** | New Person, " in row for row in rows), (
            rows
        )
    assert "**Summary:** 2 verdicts changed." in markdown
    assert "#### Changed claims (2)" in markdown
