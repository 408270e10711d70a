"""``factcheck index`` after an edit, on its fast path: the source walk (``os.scandir``), the
sources built from their records, segments checked but not mapped, claims not read. Each
must give what the plain way gives: the same sources, and an index equal to a rebuild."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import FactcheckError
from factcheck.evidence.matching import workspace_passages
from factcheck.index import disk as diskindex
from factcheck.index.candidates import MemoryIndex
from factcheck.index.checked import CHECKED_FILE
from factcheck.index.disk import INDEX_DIR, open_index_with_report, update_index
from factcheck.index.manifest import MANIFEST, load_manifest
from factcheck.index.segments import CorruptIndex
from factcheck.workspace import Source, SourceMeta, load_workspace, sourcecache
from factcheck.workspace.sourcefiles import SOURCES_DIR, source_files
from factcheck.workspace.sources import META_FIELDS, SOURCE_SUFFIXES
from tests.edit_helpers import same_size_edit

SOURCES = {
    "sources/news/budget.md": "---\ntitle: Budget news\npublished: 2026-01-05\n---\n"
    "The council approved the budget on Monday. Spending rises by 4 percent next year.\n",
    "sources/news/rain.txt": "Rain fell all week in the north. Rivers rose by two metres.\n",
    "sources/notes/port.txt": "The port reopened on Friday after the storm had passed.\n",
    "sources/zeta.txt": "Zeta is the last letter of the old list. Nothing else happened.\n",
}
QUERIES = ["council budget approved", "rain rivers rose", "port reopened storm", "zeta letter"]


@pytest.fixture
def root(make_workspace: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    # Files written a moment ago are "racy" (see sourcecache): trust them at once here.
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 0.0)
    monkeypatch.setattr("factcheck.index.checked.RACY_SECONDS", 0.0)
    root = make_workspace(
        {"claims/a.yaml": "claims:\n  - id: c1\n    text: The council approved it.\n", **SOURCES}
    )
    time.sleep(0.02)  # past the file times' clock tick
    return root


def index_command(root: Path) -> None:
    assert main(["index", "--no-semantic", str(root)]) == 0


def assert_equals_a_rebuild(root: Path) -> None:
    """The stored index, as a search opens it, equals one built afresh from the files."""
    index, report = open_index_with_report(workspace=load_workspace(root))
    assert report.unchanged
    fresh = load_workspace(root)
    memory = MemoryIndex(workspace_passages(fresh))
    assert list(index.passages) == list(memory.passages)
    for query in QUERIES:
        assert dict(index.candidates(query, limit=1000)) == dict(
            memory.candidates(query, limit=1000)
        )


def _plain_walk(root: Path) -> list[tuple[str, Path]]:
    """The walk as it was before ``os.scandir``: ``os.walk``, sorted, hidden ones left out."""
    folder = root / SOURCES_DIR
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        inner = os.path.relpath(dirpath, folder)
        prefix = "" if inner == os.curdir else inner.replace(os.sep, "/") + "/"
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(SOURCE_SUFFIXES):
                continue
            found.append(((prefix + name).rsplit(".", 1)[0], Path(dirpath, name)))
    return found


def test_the_walk_finds_what_os_walk_found(make_workspace: Callable[..., Path]) -> None:
    root = make_workspace(
        {
            "sources/b.txt": "b",
            "sources/A.MD": "a",
            "sources/.hidden.txt": "no",
            "sources/.folder/x.txt": "no",
            "sources/notes.pdf": "no",
            "sources/sub/c.markdown": "c",
            "sources/sub/deeper/d.text": "d",
            "sources/sub/deeper/e.txt": "e",
            "sources/sub-2/f.txt": "f",
            "sources/a b/g.txt": "g",
        }
    )
    (root / "sources/linked").symlink_to(root / "sources/sub", target_is_directory=True)
    (root / "sources/link.txt").symlink_to(root / "sources/sub/c.markdown")
    (root / "sources/dangling.txt").symlink_to(root / "sources/nothing-here.txt")
    (root / "sources/folder.txt").mkdir()  # a folder named like a source: not a source
    found = source_files(root)
    assert found == _plain_walk(root)
    ids = [source_id for source_id, _ in found]
    assert "link" in ids and "dangling" in ids and "sub/deeper/d" in ids
    assert not any(i.startswith("linked/") for i in ids)  # a linked folder is not followed
    assert source_files(root.parent / root.name / "." / "") == _plain_walk(root)


def test_sources_from_records_equal_sources_read(root: Path) -> None:
    read = load_workspace(root).sources
    recorded = load_workspace(root).sources
    assert not any(s.text_loaded for s in recorded.values())
    for source_id, source in read.items():
        fast = recorded[source_id]
        assert type(fast) is Source and type(fast.meta) is SourceMeta
        assert fast.meta == source.meta and hash(fast.meta) == hash(source.meta)
        assert (fast.id, fast.path, fast.body_start, fast.content_hash) == (
            source.id,
            source.path,
            source.body_start,
            source.content_hash,
        )
        assert fast == source  # reads the text: dataclass equality compares every field
        assert hash(fast) == hash(source)
    assert recorded["news/budget"].meta.published == "2026-01-05"


def test_a_record_holds_source_meta_in_field_order() -> None:
    """Records store META_FIELDS in order and SourceMeta.recorded takes them positionally."""
    assert tuple(SourceMeta.__dataclass_fields__) == META_FIELDS
    values = ["T", "https://a", "P", "2026-01-02", None, "An Author"]
    assert SourceMeta.recorded(values) == SourceMeta(*values)
    with pytest.raises(ValueError):
        SourceMeta.recorded(values[:-1])


def test_the_index_command_finds_a_same_size_edit_with_the_mtime_put_back(root: Path) -> None:
    index_command(root)
    index_command(root)  # records taken, segments' CRCs recorded: the fast path from here
    assert not any(s.text_loaded for s in load_workspace(root).sources.values())
    same_size_edit(root / "sources/news/rain.txt", "north", "south")
    index_command(root)
    index, _ = open_index_with_report(workspace=load_workspace(root))
    assert any("south" in p.text for p in index.passages)
    assert not any("north" in p.text for p in index.passages)
    assert_equals_a_rebuild(root)


def test_the_index_command_drops_a_deleted_source_and_adds_a_new_one(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diskindex, "COMPACT_SHARE", 1000.0)  # no compaction: see below
    index_command(root)
    mapped: list[object] = []
    real = diskindex.open_segments

    def spy(*args: object, **kwargs: object) -> object:
        mapped.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(diskindex, "open_segments", spy)
    (root / "sources/notes/port.txt").unlink()
    (root / "sources/notes/harbour.txt").write_text("The harbour stayed shut.\n", "utf-8")
    index_command(root)
    assert mapped == []  # no compaction: the update mapped no segment
    index, _ = open_index_with_report(workspace=load_workspace(root))
    ids = {p.source_id for p in index.passages}
    assert "notes/port" not in ids and "notes/harbour" in ids
    assert_equals_a_rebuild(root)


def test_updates_that_compact_without_mapped_segments_equal_a_rebuild(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``update_index`` maps no segment until compacting needs their postings."""
    monkeypatch.setattr(diskindex, "MAX_SEGMENTS", 2)
    update_index(workspace=load_workspace(root))
    compacted = 0
    for i in range(4):
        (root / f"sources/more-{i}.txt").write_text(f"Report {i}: the rivers rose again.\n")
        if i == 1:
            (root / "sources/zeta.txt").unlink()
        report = update_index(workspace=load_workspace(root))
        compacted += report.compacted
        assert_equals_a_rebuild(root)
    assert compacted >= 1


def test_update_index_rebuilds_a_damaged_segment_it_does_not_map(root: Path) -> None:
    update_index(workspace=load_workspace(root))
    update_index(workspace=load_workspace(root))  # CRCs found right and recorded
    assert (root / INDEX_DIR / CHECKED_FILE).is_file()
    manifest = json.loads((root / INDEX_DIR / MANIFEST).read_text())
    segment = root / INDEX_DIR / manifest["segments"][0]["name"]
    docs = segment / "docs.npy"
    data = docs.read_bytes()
    docs.write_bytes(data[:-1] + bytes([data[-1] ^ 0x01]))  # same size, new ctime
    report = update_index(workspace=load_workspace(root))
    assert report.rebuilt and "checksum" in report.reason
    assert_equals_a_rebuild(root)


def test_a_damaged_segment_found_when_compacting_means_a_rebuild(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mapping happens only for compaction: a segment that fails then is rebuilt, never used."""
    monkeypatch.setattr(diskindex, "MAX_SEGMENTS", 1)
    update_index(workspace=load_workspace(root))
    real = diskindex.open_segments

    def failing(*args: object, **kwargs: object) -> object:
        raise diskindex.CorruptIndex("seg-x/docs.npy: wrong type")

    monkeypatch.setattr(diskindex, "open_segments", failing)
    (root / "sources/new.txt").write_text("A new report on the port.\n", "utf-8")
    report = update_index(workspace=load_workspace(root))
    assert report.rebuilt and report.reason == "seg-x/docs.npy: wrong type"
    monkeypatch.setattr(diskindex, "open_segments", real)
    assert_equals_a_rebuild(root)


def test_the_index_command_does_not_read_the_claims(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (root / "claims/a.yaml").write_text("claims: [unclosed\n", "utf-8")
    index_command(root)
    assert "passages" in capsys.readouterr().out
    with pytest.raises(FactcheckError, match=r"claims/a\.yaml:2: invalid YAML"):
        load_workspace(root)  # everything else still reads them, and says what is wrong
    assert main(["match", "--no-semantic", str(root)]) == 2


def test_without_sources_the_index_command_still_says_the_workspace_is_empty(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace({})
    assert main(["index", "--no-semantic", str(root)]) == 2
    assert "empty workspace" in capsys.readouterr().err


def test_a_manifest_is_checked_from_its_bytes_and_old_layouts_still_load(root: Path) -> None:
    update_index(workspace=load_workspace(root))
    path = root / INDEX_DIR / MANIFEST
    written = path.read_bytes()
    good = load_manifest(path.parent)
    # What a reader that re-serialises the body (older code) computes: the same checksum.
    body = {k: v for k, v in good.items() if k != "checksum"}
    assert hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest() == good["checksum"]
    # Laid out as before (compact, checksum last; the checksum is the same): still sound.
    path.write_text(json.dumps(good, separators=(",", ":")), encoding="utf-8")
    assert load_manifest(path.parent) == good
    # One byte of the body changed, the checksum kept: refused either way.
    for raw in (written, path.read_bytes()):
        at = raw.index(b'"passages":') + len(b'"passages":')
        at += raw[at : at + 1] == b" "
        digit = b"8" if raw[at : at + 1] == b"9" else b"9"
        path.write_bytes(raw[:at] + digit + raw[at + 1 :])  # a segment's passage count
        with pytest.raises(CorruptIndex, match="checksum"):
            load_manifest(path.parent)
    # Valid JSON, the checksum first, but another body than the one it signs: refused.
    head = written[: written.index(b'", ') + 3]
    path.write_bytes(head + b'"format": 2, "segments": []}')
    with pytest.raises(CorruptIndex):
        load_manifest(path.parent)


def test_an_edit_too_fresh_to_record_is_read_until_recorded(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_workspace(root)
    records = root / sourcecache.RECORD_FILE
    before = records.read_bytes()
    file = root / "sources/news/rain.txt"
    same_size_edit(file, "north", "south")
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 3600.0)  # the edit is "just now"
    edited = load_workspace(root).sources["news/rain"]
    assert edited.text_loaded and "south" in edited.text  # read, not taken from the record
    assert records.read_bytes() == before  # not rewritten only to forget the old record
    again = load_workspace(root).sources["news/rain"]
    assert again.text_loaded and "south" in again.text  # the old record is never trusted
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 0.0)  # quiet long enough now
    recorded = load_workspace(root).sources["news/rain"]  # read, hashed and recorded
    assert records.read_bytes() != before
    assert not recorded.text_loaded and "south" in recorded.text  # then read on first use
    settled = load_workspace(root).sources["news/rain"]
    assert not settled.text_loaded and "south" in settled.text


@pytest.mark.parametrize("search", [False, True], ids=["update_index", "open_index"])
def test_too_many_small_segments_merge_without_rewriting_the_first(
    root: Path, monkeypatch: pytest.MonkeyPatch, search: bool
) -> None:
    """Past MAX_SEGMENTS with few dead or delta passages, only the later segments merge:
    the first keeps its folder and its tombstones, and the index still equals a rebuild."""
    monkeypatch.setattr(diskindex, "MAX_SEGMENTS", 2)
    monkeypatch.setattr(diskindex, "COMPACT_SHARE", 1000.0)
    update_index(workspace=load_workspace(root))
    path = root / INDEX_DIR / MANIFEST
    first = json.loads(path.read_text())["segments"][0]["name"]
    (root / "sources/zeta.txt").unlink()  # a tombstone in the first segment
    reports = []
    for i in range(4):
        (root / "sources/news/rain.txt").write_text(f"Rain fell for {i} days.\n", "utf-8")
        (root / f"sources/more-{i}.txt").write_text(f"Report {i}: the port shut.\n", "utf-8")
        workspace = load_workspace(root)
        if search:
            reports.append(open_index_with_report(workspace=workspace)[1])
        else:
            reports.append(update_index(workspace=workspace))
        segments = json.loads(path.read_text())["segments"]
        assert len(segments) <= 2 and segments[0]["name"] == first
        assert segments[0]["dead"]  # zeta's and rain's passages, still tombstoned there
        assert_equals_a_rebuild(root)
        stored = open_index_with_report(workspace=load_workspace(root))[0]
        assert reports[-1].passages == len(stored.passages)
    assert sum(r.compacted for r in reports) >= 2
    folders = {p.name for p in (root / INDEX_DIR).iterdir() if p.is_dir()}
    assert folders == {s["name"] for s in json.loads(path.read_text())["segments"]}
