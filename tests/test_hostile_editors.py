"""Two editors, a git pull under a running review and a disk that fills: nothing lost.

Two review apps run at once on one workspace and are driven by key presses;
a real ``git pull`` rewrites ``verdicts/`` under a running app; the disk
fills (``os.fsync`` raises ENOSPC) while the reviewer keeps working. After
each, every verdict anyone decided is on disk or, while the disk is full,
held in memory and written once it can be; a true conflict is shown in the
conflict modal and nothing is overwritten silently.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.tui.app import ReviewApp
from factcheck.tui.screens.conflict import ConflictScreen
from factcheck.tui.screens.review import ReviewScreen
from factcheck.verdicts.files import read_verdict_file
from factcheck.workspace.models import Verdict
from tests.tui_helpers import app_for, ready

SIZE = (160, 45)
IDS = ["alpha", "bravo", "charlie", "delta"]
SOURCE = "".join(f"Paragraph {i}: the ministry said {i} missiles were fired.\n\n" for i in IDS)


def claims_yaml() -> str:
    return "claims:\n" + "".join(
        f"  - id: {cid}\n    text: The ministry said {cid} missiles were fired.\n"
        "    sources: [news]\n"
        for cid in IDS
    )


def on_disk(root: Path) -> dict[str, Verdict]:
    path = root / "verdicts/c.yaml"
    return read_verdict_file(root, "verdicts/c.yaml").entries if path.exists() else {}


def labels(root: Path) -> dict[str, str | None]:
    return {cid: v.verdict for cid, v in on_disk(root).items()}


async def go_to(pilot, app: ReviewApp, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    """Select a claim in the list (as the reviewer would, with the arrow keys)."""
    screen = app.review_screen
    assert screen is not None
    for _ in range(len(IDS) * 2):
        if screen.current_claim is not None and screen.current_claim.id == claim_id:
            return
        await pilot.press("down" if IDS.index(claim_id) > IDS.index(current(app)) else "up")
        await pilot.pause()
    raise AssertionError(f"could not select {claim_id}")


def current(app: ReviewApp) -> str:
    screen = app.review_screen
    assert screen is not None and screen.current_claim is not None
    return screen.current_claim.id


async def poll(pilot, app: ReviewApp) -> None:  # type: ignore[no-untyped-def]
    """One tick of the app's verdict-file polling, awaited."""
    app.poll_store()
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def root(make_workspace: Callable[..., Path]) -> Path:
    root = make_workspace({"claims/c.yaml": claims_yaml(), "sources/news.txt": SOURCE})
    (root / "factcheck.yaml").write_text("review:\n  auto_advance: false\n", encoding="utf-8")
    return root


@pytest.mark.slow
async def test_two_apps_on_one_workspace_lose_nothing(root: Path) -> None:
    ada, grace = app_for(root), app_for(root, reviewer="Grace Hopper")
    async with ada.run_test(size=SIZE) as one, grace.run_test(size=SIZE) as two:
        await ready(one)
        await ready(two)
        # Interleaved decisions on different claims, each app unaware of the other's.
        for claim_id, (pilot, app, key) in zip(
            IDS,
            [(one, ada, "s"), (two, grace, "r"), (one, ada, "m"), (two, grace, "s")],
            strict=True,
        ):
            await go_to(pilot, app, claim_id)
            await pilot.press(key)
            await pilot.pause()
        assert labels(root) == {
            "alpha": "supported",
            "bravo": "refuted",
            "charlie": "mixed",
            "delta": "supported",
        }
        assert on_disk(root)["bravo"].reviewer == "Grace Hopper"
        # Each sees the other's decisions after polling, without reloading by hand.
        await poll(one, ada)
        await poll(two, grace)
        for app in (ada, grace):
            assert {cid: app.store.get(cid).verdict for cid in IDS} == labels(root)
        # Undo in one app takes back only its own change.
        await one.press("ctrl+z")
        await one.pause()
        assert labels(root) == {"alpha": "supported", "bravo": "refuted", "delta": "supported"}


@pytest.mark.slow
async def test_same_claim_in_two_apps_is_a_conflict_resolved_either_way(root: Path) -> None:
    ada, grace = app_for(root), app_for(root, reviewer="Grace Hopper")
    async with ada.run_test(size=SIZE) as one, grace.run_test(size=SIZE) as two:
        await ready(one)
        await ready(two)
        await one.press("s")  # alpha: supported (Ada)
        await one.pause()
        await two.press("r")  # alpha: refuted (Grace), unaware
        await two.pause()
        assert isinstance(grace.screen, ConflictScreen)
        assert labels(root)["alpha"] == "supported"  # not overwritten
        await two.press("t")  # keep theirs
        await two.pause()
        assert isinstance(grace.screen, ReviewScreen)
        assert grace.store.get("alpha").verdict == "supported"
        assert on_disk(root)["alpha"].reviewer == "Ada Lovelace"
        # Grace decides again, now knowingly: no conflict.
        await two.press("r")
        await two.pause()
        assert isinstance(grace.screen, ReviewScreen)
        assert labels(root)["alpha"] == "refuted"
        # Ada's app had not seen that: her next change to alpha is a conflict in turn.
        await one.press("m")
        await one.pause()
        assert isinstance(ada.screen, ConflictScreen)
        assert labels(root)["alpha"] == "refuted"


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


BEFORE = (
    "bravo:\n  verdict: mixed\n  reviewer: Someone\n  reviewed_at: '2026-11-20T10:00:00Z'\n"
    "delta:\n  verdict: mixed\n  reviewer: Someone\n  reviewed_at: '2026-11-20T10:00:00Z'\n"
)
THEIRS = BEFORE.replace("delta:\n  verdict: mixed", "delta:\n  verdict: supported")


@pytest.fixture
def desk(root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(the reviewer's clone, a colleague's clone) of one repository, verdicts committed."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    (root / "verdicts").mkdir()
    (root / "verdicts/c.yaml").write_text(BEFORE, encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(root), str(origin))
    colleague = tmp_path / "colleague"
    git(tmp_path, "clone", "-q", str(origin), str(colleague))
    git(root, "remote", "add", "origin", str(origin))
    git(root, "fetch", "-q", "origin")
    git(root, "branch", "-q", "--set-upstream-to=origin/main")
    return root, colleague


def colleague_decides(colleague: Path, entries: str) -> None:
    """A colleague's review, committed and pushed (their whole verdict file)."""
    (colleague / "verdicts/c.yaml").write_text(entries, encoding="utf-8")
    git(colleague, "commit", "-qam", "review")
    git(colleague, "push", "-q", "origin", "main")


@pytest.mark.slow
async def test_git_pull_under_a_running_app(desk: tuple[Path, Path]) -> None:
    root, colleague = desk
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await go_to(pilot, app, "alpha")
        await pilot.press("s")  # alpha, saved; then committed like any review
        await pilot.pause()
        git(root, "commit", "-qam", "alpha")
        colleague_decides(colleague, THEIRS)
        git(root, "pull", "-q", "--no-rebase", "--no-edit")  # a merge rewrites verdicts/ now
        assert labels(root) == {"alpha": "supported", "bravo": "mixed", "delta": "supported"}
        await poll(pilot, app)
        assert app.store.get("delta").verdict == "supported"  # the pull shows up
        await go_to(pilot, app, "charlie")
        await pilot.press("m")
        await pilot.pause()
        # The app's next save keeps everything the pull brought.
        assert labels(root) == {
            "alpha": "supported",
            "bravo": "mixed",
            "charlie": "mixed",
            "delta": "supported",
        }


async def test_git_pull_of_a_claim_changed_in_the_app_unsaved_is_a_conflict(
    desk: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, colleague = desk
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await go_to(pilot, app, "delta")
        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press("r")  # delta: refuted, in memory only (the disk is full)
        await pilot.pause()
        assert app.store.pending_writes
        colleague_decides(colleague, THEIRS)
        monkeypatch.undo()  # (git itself needs a working disk)
        git(root, "pull", "-q", "--ff-only")
        await poll(pilot, app)
        assert app.store.get("delta").verdict == "refuted"  # my unsaved change is kept
        app.retry_writes()  # the disk has room again
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
        assert labels(root)["delta"] == "supported"  # theirs, not silently overwritten
        await pilot.press("m")  # keep mine
        await pilot.pause()
        assert on_disk(root)["delta"].verdict == "refuted"
        assert not app.store.pending_writes


async def test_a_pull_that_conflicts_leaves_the_merge_alone_and_the_change_kept(
    desk: tuple[Path, Path],
) -> None:
    root, colleague = desk
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await go_to(pilot, app, "delta")
        await pilot.press("r")  # delta: refuted, saved and committed here
        await pilot.pause()
        git(root, "commit", "-qam", "delta refuted")
        colleague_decides(colleague, THEIRS)  # delta: supported, there
        with pytest.raises(subprocess.CalledProcessError) as failed:
            git(root, "pull", "--no-rebase", "--no-edit")
        assert "CONFLICT" in failed.value.stdout  # a real one: markers in verdicts/c.yaml
        merged = (root / "verdicts/c.yaml").read_text(encoding="utf-8")
        assert "<<<<<<<" in merged
        await poll(pilot, app)  # polling stays quiet about a file mid-merge
        await go_to(pilot, app, "alpha")
        await pilot.press("s")
        await pilot.pause()
        assert (root / "verdicts/c.yaml").read_text(encoding="utf-8") == merged  # untouched
        assert isinstance(app.screen, ReviewScreen)  # still running, and the reviewer is told
        assert any(n.severity == "error" for n in app._notifications)
        assert app.store.get("alpha").verdict == "supported"  # kept in memory
        # The reviewer settles the merge in git (taking theirs); the app then saves alpha.
        git(root, "checkout", "--theirs", "verdicts/c.yaml")
        git(root, "commit", "-qam", "merge")
        await poll(pilot, app)
        app.retry_writes()
        await pilot.pause()
        assert labels(root) == {"alpha": "supported", "bravo": "mixed", "delta": "supported"}
        assert not app.store.pending_writes


def disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.slow
async def test_a_full_disk_keeps_every_change_until_it_can_be_written(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        monkeypatch.setattr(os, "fsync", disk_full)
        for claim_id, key in zip(IDS[:3], "srm", strict=True):
            await go_to(pilot, app, claim_id)
            await pilot.press(key)
            await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"Kept while the disk is full.", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)  # the app keeps running
        messages = [n for n in app._notifications if n.title == "Cannot write verdicts"]
        assert messages and "No space left on device" in messages[-1].message
        assert labels(root) == {}  # nothing written, nothing half-written
        assert not list((root / "verdicts").glob(".*.tmp"))
        assert app.store.pending_writes
        await pilot.press("q")  # quitting now would lose them: it warns and stays
        await pilot.pause()
        assert app.is_running and app.return_code is None
        monkeypatch.undo()  # room on the disk again
        app.retry_writes()
        await pilot.pause()
        assert labels(root) == {"alpha": "supported", "bravo": "refuted", "charlie": "mixed"}
        assert on_disk(root)["charlie"].note == "Kept while the disk is full."
        assert not app.store.pending_writes
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
