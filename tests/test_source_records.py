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
from factcheck.workspace import Source, load_workspace, sourcecache, sourcefiles
from factcheck.workspace.sourcefiles import load_sources
from factcheck.workspace.sources import read_source
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


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The workspace-relative paths of the source files loading reads and hashes, in order
    (a recorded, unchanged file is not read: its text is read on first use)."""
    found: list[str] = []

    def read(file: Path, *, source_id: str, path: str) -> Source:
        found.append(path)
        return read_source(file, source_id=source_id, path=path)

    monkeypatch.setattr(sourcefiles, "read_source", read)
    return found


def test_unchanged_sources_are_not_read_and_equal_a_full_load(root: Path) -> None:
    first = load_workspace(root)
    # Read, hashed and recorded; once recorded, their texts are not held but read again on
    # first use, as the next run's are (a first index build at a million passages held them
    # all: 662 MB at its peak, 328 MB without them).
    assert not any(s.text_loaded for s in first.sources.values())
    assert (root / sourcecache.RECORD_FILE).is_file()
    second = load_workspace(root)
    assert not any(s.text_loaded for s in second.sources.values())
    full = {
        source_id: read_source(
            root / "sources" / source.path.removeprefix("sources/"),
            source_id=source_id,
            path=source.path,
        )
        for source_id, source in first.sources.items()
    }
    assert all(s.text_loaded for s in full.values())
    for source_id, source in full.items():
        assert first.sources[source_id].text == source.text
        fast = second.sources[source_id]
        assert (fast.content_hash, fast.meta, fast.body_start) == (
            source.content_hash,
            source.meta,
            source.body_start,
        )
        assert fast.text == source.text
    assert second.sources["news/budget"].meta.title == "Budget news"


def test_a_source_edited_after_its_first_load_is_refused_not_mixed_up(root: Path) -> None:
    """The text dropped at the first load is read again later: changed meanwhile, it no
    longer has the hash the workspace was loaded with, and that is said, not passed over."""
    loaded = load_workspace(root)
    budget = loaded.sources["news/budget"]
    same_size_edit(root / "sources/news/budget.md", "approved", "rejected")
    with pytest.raises(WorkspaceError, match="changed while factcheck was running"):
        budget.text  # noqa: B018


def test_match_results_are_the_same_from_the_fast_path(root: Path) -> None:
    full = match_claims(workspace=load_workspace(root))
    fast_workspace = load_workspace(root)
    assert not any(s.text_loaded for s in fast_workspace.sources.values())
    assert match_claims(workspace=fast_workspace) == full


def test_a_same_size_edit_with_the_mtime_put_back_is_found(root: Path, reads: list[str]) -> None:
    before = load_workspace(root).sources["news/budget"]
    same_size_edit(root / "sources/news/budget.md", "approved", "rejected")
    reads.clear()
    after = load_workspace(root).sources["news/budget"]
    assert reads == ["sources/news/budget.md"]  # read again: its ctime changed
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


def test_unreadable_or_foreign_records_are_ignored(root: Path, reads: list[str]) -> None:
    record_file = root / sourcecache.RECORD_FILE
    every = ["sources/other.txt", "sources/news/budget.md"]
    load_workspace(root)
    assert reads == every
    reads.clear()
    load_workspace(root)
    assert reads == []  # recorded
    record_file.write_text("{not json", encoding="utf-8")
    load_workspace(root)
    assert reads == every
    reads.clear()
    data = json.loads(record_file.read_text())  # rewritten whole
    data["version"] = "another"
    record_file.write_text(json.dumps(data), encoding="utf-8")
    load_workspace(root)
    assert reads == every


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
