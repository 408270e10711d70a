"""The FC001 score cache: used when valid, dropped when sources or settings change."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.cache import CACHE_FILE, cache_key, key_path, seal
from factcheck.check.run import CheckOptions, check_workspace
from factcheck.cli import main
from tests.check_helpers import SOURCE, workspace

MakeWs = Callable[..., Path]


@pytest.fixture(autouse=True)
def own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own cache key (not the user's)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def poison(root: Path, score: float, *, sign: bool = True) -> None:
    """Set every cached score, so a test can tell a cached run from a fresh one.

    ``sign``: seal the result with this machine's key, as factcheck itself would have
    written it; unsigned, it is a tampered cache.
    """
    cache = root / CACHE_FILE
    data = json.loads(cache.read_text())
    # Floors too become exact scores: a floor below the threshold would be matched again.
    data["scores"] = {key: score for key in cached(root)}
    data["floors"] = {}
    if sign:
        key = cache_key()
        assert key is not None
        data["seal"] = seal(
            key=key, fingerprint=data["fingerprint"], scores=data["scores"], floors={}
        )
    cache.write_text(json.dumps(data))


def cached(root: Path) -> dict[str, float]:
    """Every claim's cached value: its exact score, or the floor it passed on."""
    data = json.loads((root / CACHE_FILE).read_text())
    return {**data["scores"], **data.get("floors", {})}


def failing_workspace(make_workspace: MakeWs) -> Path:
    """A workspace whose one claim fails FC001 (its cited source says something else)."""
    root = workspace(make_workspace)
    (root / "sources" / "brest.txt").write_text("The weather in Lisbon was mild in March.\n")
    return root


def test_a_tampered_cache_is_ignored_and_rebuilt(make_workspace: MakeWs) -> None:
    root = failing_workspace(make_workspace)
    assert codes(root) == ["FC001"]
    poison(root, 100.0, sign=False)  # what an edit by hand or a pull request can do
    assert codes(root) == ["FC001"]
    assert codes(root, cache=False) == ["FC001"]
    data = json.loads((root / CACHE_FILE).read_text())
    assert max(data["scores"].values()) < 50  # rebuilt from matching
    poison(root, 100.0, sign=False)
    data = json.loads((root / CACHE_FILE).read_text())
    data["seal"] = seal(key=b"k" * 32, fingerprint=data["fingerprint"], scores=data["scores"])
    (root / CACHE_FILE).write_text(json.dumps(data))  # sealed, but with another key
    assert codes(root) == ["FC001"]


def test_a_cache_from_another_machine_is_not_believed(
    make_workspace: MakeWs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = failing_workspace(make_workspace)
    codes(root)
    poison(root, 100.0)  # a valid cache on "this" machine...
    assert codes(root) == []
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-machine"))
    assert codes(root) == ["FC001"]  # ...is not believed on another (a CI runner)


def test_the_key_is_private_and_outside_the_workspace(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace)
    codes(root)
    path = key_path()
    assert path.stat().st_mode & 0o777 == 0o600
    assert not path.resolve().is_relative_to(root.resolve())
    path.chmod(0o644)  # a key others can read could sign anything: not used
    assert cache_key() is None
    poison(root, 0.0, sign=False)
    assert codes(root) == []  # runs uncached


def test_no_usable_key_runs_uncached(
    make_workspace: MakeWs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    root = failing_workspace(make_workspace)
    assert codes(root) == ["FC001"]
    assert not (root / CACHE_FILE).exists()


def codes(root: Path, **options: bool) -> list[str]:
    result = check_workspace(root=root, options=CheckOptions(**options))  # type: ignore[arg-type]
    return [f.code for f in result.findings]


def test_scores_are_cached_and_reused(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace)
    assert codes(root) == []
    [score] = cached(root).values()
    assert score >= 50
    poison(root, 0.0)
    assert codes(root) == ["FC001"]  # the cached score was used
    assert codes(root, cache=False) == []  # --no-cache matches again


def test_no_cache_option(make_workspace: MakeWs, capsys: pytest.CaptureFixture[str]) -> None:
    root = workspace(make_workspace)
    assert main(["check", str(root)]) == 0
    poison(root, 0.0)
    assert main(["check", str(root), "--no-cache"]) == 0
    assert main(["check", str(root)]) == 1
    capsys.readouterr()


def test_editing_a_source_or_the_settings_drops_the_cache(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace)
    codes(root)
    poison(root, 0.0)
    (root / "sources" / "brest.txt").write_text(SOURCE + "\nA new paragraph.\n")
    assert codes(root) == []
    poison(root, 0.0)
    (root / "factcheck.yaml").write_text("review:\n  reviewer: Ada\n")
    assert codes(root) == []


def test_editing_a_claim_matches_it_again(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace)
    codes(root)
    poison(root, 0.0)
    claims = root / "claims" / "draft.yaml"
    claims.write_text(claims.read_text().replace("Debris fell", "Debris landed"))
    assert codes(root) == []
    assert len(cached(root)) == 1  # old key pruned


def test_a_broken_cache_is_ignored_and_replaced(make_workspace: MakeWs) -> None:
    root = workspace(make_workspace)
    (root / CACHE_FILE).parent.mkdir(parents=True, exist_ok=True)
    (root / CACHE_FILE).write_text("{not json")
    assert codes(root) == []
    assert cached(root)


def test_cache_is_never_written_through_a_factcheck_folder_linked_outside(
    tmp_path: Path,
) -> None:
    """A .factcheck/ committed as a symlink must not make `check` write elsewhere."""
    import os
    import shutil

    from factcheck.cli import main
    from tests.conftest import REPO_ROOT

    root = tmp_path / "ws"
    root.mkdir()
    for folder in ("claims", "sources", "verdicts"):
        shutil.copytree(REPO_ROOT / folder, root / folder)
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, root / ".factcheck")
    assert main(["check", str(root)]) == 0
    assert not (outside / "check-cache.json").exists()
