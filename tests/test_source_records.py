"""The source fast path (``workspace.sourcecache``): unchanged files are not read, and any
change, a same-size edit with the mtime put back included, is still found."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check import check_workspace
from factcheck.errors import WorkspaceError
from factcheck.evidence import match_claims
from factcheck.workspace import load_workspace, sourcecache
from factcheck.workspace.sourcefiles import load_sources
from tests.edit_helpers import same_size_edit

BODY = "The council approved the budget on Monday. Spending rises by 4 percent next year.\n"
FRONT = "---\ntitle: Budget news\npublished: 2026-01-05\n---\n"
CLAIMS = (
    "claims:\n  - id: c1\n    text: The council approved the budget.\n    sources: [news/budget]\n"
)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Files written a moment ago are "racy" (see sourcecache): trust them at once here.
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 0.0)
    (tmp_path / "sources" / "news").mkdir(parents=True)
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "news" / "budget.md").write_text(FRONT + BODY, encoding="utf-8")
    (tmp_path / "sources" / "other.txt").write_text("Rain fell all week.\n", encoding="utf-8")
    (tmp_path / "claims" / "a.yaml").write_text(CLAIMS, encoding="utf-8")
    time.sleep(0.02)  # past the file times' clock tick
    return tmp_path


def test_unchanged_sources_are_not_read_and_equal_a_full_load(root: Path) -> None:
    first = load_workspace(root)
    assert all(s.text_loaded for s in first.sources.values())
    assert (root / sourcecache.RECORD_FILE).is_file()
    second = load_workspace(root)
    assert not any(s.text_loaded for s in second.sources.values())
    for source_id, source in first.sources.items():
        fast = second.sources[source_id]
        assert (fast.content_hash, fast.meta, fast.body_start) == (
            source.content_hash,
            source.meta,
            source.body_start,
        )
        assert fast.text == source.text
    assert second.sources["news/budget"].meta.title == "Budget news"


def test_match_results_are_the_same_from_the_fast_path(root: Path) -> None:
    full = match_claims(workspace=load_workspace(root))
    fast_workspace = load_workspace(root)
    assert not any(s.text_loaded for s in fast_workspace.sources.values())
    assert match_claims(workspace=fast_workspace) == full


def test_a_same_size_edit_with_the_mtime_put_back_is_found(root: Path) -> None:
    before = load_workspace(root).sources["news/budget"]
    same_size_edit(root / "sources/news/budget.md", "approved", "rejected")
    after = load_workspace(root).sources["news/budget"]
    assert after.text_loaded  # read again: its ctime changed
    assert after.content_hash != before.content_hash
    assert "rejected" in after.text


def test_check_finds_a_same_size_edit_too(root: Path) -> None:
    assert check_workspace(root=root).errors == 0
    load_workspace(root)  # records written
    same_size_edit(root / "sources/news/budget.md", "approved the budget", "xxxxxxxxxxxxxxxxxxx")
    result = check_workspace(root=root)
    assert [f.code for f in result.findings if f.claim_id == "c1"] == ["FC001"]


def test_a_file_changed_just_before_loading_is_not_trusted(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 3600.0)  # every file is "just changed"
    load_workspace(root)
    again = load_workspace(root)
    assert all(s.text_loaded for s in again.sources.values())
    assert not (root / sourcecache.RECORD_FILE).exists()  # nothing worth recording


def test_text_changed_after_loading_is_refused_not_mixed_up(root: Path) -> None:
    load_workspace(root)
    workspace = load_workspace(root)
    source = workspace.sources["news/budget"]
    assert not source.text_loaded
    file = root / "sources/news/budget.md"
    file.write_text(file.read_text(encoding="utf-8").replace("Monday", "Friday"), "utf-8")
    with pytest.raises(WorkspaceError, match="changed while factcheck was running"):
        _ = source.text


def test_unreadable_or_foreign_records_are_ignored(root: Path) -> None:
    record_file = root / sourcecache.RECORD_FILE
    load_workspace(root)
    record_file.write_text("{not json", encoding="utf-8")
    assert all(s.text_loaded for s in load_workspace(root).sources.values())
    data = json.loads(record_file.read_text())  # rewritten whole
    data["version"] = "another"
    record_file.write_text(json.dumps(data), encoding="utf-8")
    assert all(s.text_loaded for s in load_workspace(root).sources.values())


def test_records_of_deleted_sources_are_dropped(root: Path) -> None:
    load_workspace(root)
    (root / "sources/other.txt").unlink()
    assert list(load_workspace(root).sources) == ["news/budget"]
    records = json.loads((root / sourcecache.RECORD_FILE).read_text())["sources"]
    assert list(records) == ["sources/news/budget.md"]


def test_a_factcheck_folder_linked_outside_is_never_written(
    root: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (root / ".factcheck").symlink_to(elsewhere, target_is_directory=True)
    load_workspace(root)
    assert list(elsewhere.iterdir()) == []


def test_load_sources_writes_nothing(
    make_workspace: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Benchmarks read data sets that are not ours (../shared/eval): plain loading writes none."""
    root = make_workspace({"sources/a.txt": "One sentence here.\n"})
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", -1.0)  # recordable at once
    load_workspace(root)
    assert (root / ".factcheck/sources.json").is_file()  # loading a workspace records
    shutil.rmtree(root / ".factcheck")
    assert set(load_sources(root)) == {"a"}
    assert not (root / ".factcheck").exists()
