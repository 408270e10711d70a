"""The persistent index: equal to the in-memory one, incremental, and never trusted when damaged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.evidence.matching import build_index, find_evidence, workspace_passages
from factcheck.index import disk as diskindex
from factcheck.index import search
from factcheck.index.candidates import CandidateIndex, MemoryIndex
from factcheck.index.disk import INDEX_DIR, open_index_with_report
from factcheck.index.manifest import MANIFEST
from factcheck.index.search import DiskIndex
from factcheck.workspace import text
from factcheck.workspace.load import Workspace, load_workspace

CLAIMS = """\
claims:
  - id: s300
    text: Belarus said it shot down an S-300 missile launched from Ukraine.
  - id: fragments
    text: Fragments of the missile fell in a field near the village of Harbacha.
  - id: iskander
    text: An Iskander missile was launched from Belarus at an airport in Zhytomyr.
    sources: [news/iskander]
  - id: nothing
    text: Quantum chromodynamics explains the colour of quarks.
"""

QUERIES = [
    "missile launched from Ukraine shot down",
    "air defence fragments field village",
    "Iskander airport Zhytomyr Belarus",
    "peace talks sanctions",
    "unrelated words nobody wrote",
]


@pytest.fixture
def workspace_root(make_workspace: Callable[..., Path], example_root: Path) -> Path:
    files: dict[str, str | bytes] = {"claims/main.yaml": CLAIMS}
    for source in sorted((example_root / "sources").glob("*.txt")):
        files[f"sources/news/{source.stem.split('-')[0]}.txt"] = source.read_text("utf-8")
    files["sources/notes/extra.md"] = (
        "---\ntitle: Extra notes\n---\nThe missile debris was examined by experts on Friday.\n\n"
        "Read also: other stories about missiles\n\nExperts said the fragments were old.\n"
    )
    return make_workspace(files)


def load(root: Path) -> Workspace:
    return load_workspace(root)


def assert_same_as_memory(index: CandidateIndex, workspace: Workspace) -> None:
    """Same passages (order, spans, flags), same BM25 scores, same idf as MemoryIndex."""
    memory = MemoryIndex(workspace_passages(workspace))
    assert list(index.passages) == list(memory.passages)
    if isinstance(index, DiskIndex):  # the stored terms spell what tokenising would give
        numbers = list(range(len(memory.passages)))
        assert index.term_strings(numbers) == [
            " ".join(text.terms(p.text)) for p in memory.passages
        ]
        assert index.term_strings(numbers[::-3]) == [
            " ".join(text.terms(memory.passages[n].text)) for n in numbers[::-3]
        ]
    for query in QUERIES + [c.text for c in workspace.claims]:
        assert dict(index.candidates(query, limit=100_000)) == dict(
            memory.candidates(query, limit=100_000)
        )
        # A passage's score alone (a cited passage outside the top) is the same as ranked.
        everyone = range(len(memory.passages))
        ranked = dict(memory.candidates(query, limit=100_000))
        assert index.scores_of(query, everyone) == ranked  # type: ignore[attr-defined]
        assert memory.scores_of(query, everyone) == ranked
        some = list(everyone)[::-7]
        assert memory.scores_of(query, some) == {n: ranked[n] for n in some if n in ranked}
        top = index.candidates(query, limit=5)
        assert [s for _, s in top] == [s for _, s in memory.candidates(query, limit=5)]
        for term in query.lower().split():
            assert index.idf(term) == memory.idf(term)


def test_indexed_and_in_memory_paths_agree(workspace_root: Path) -> None:
    workspace = load(workspace_root)
    index, report = open_index_with_report(workspace=workspace)
    assert isinstance(index, DiskIndex)
    assert report.rebuilt and report.reason == "no index"
    assert (workspace_root / INDEX_DIR / MANIFEST).is_file()
    assert_same_as_memory(index, workspace)
    memory = MemoryIndex(workspace_passages(workspace))
    for claim in workspace.claims:
        assert find_evidence(claim=claim, index=index) == find_evidence(claim=claim, index=memory)


def test_kept_term_strings_are_the_stored_ones(
    workspace_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Kept few, so most reads drop an older one: each answer is still the passage's terms.
    monkeypatch.setattr(search, "KEPT_TERM_STRINGS", 3)
    workspace = load(workspace_root)
    index, _ = open_index_with_report(workspace=workspace)
    assert isinstance(index, DiskIndex)
    passages = list(index.passages)
    want = [" ".join(text.terms(p.text)) for p in passages]
    numbers = list(range(len(passages)))
    for order in (numbers, numbers[::-2], numbers[:5] * 3, numbers[::-1]):
        assert index.term_strings(order) == [want[n] for n in order]


def test_build_index_uses_the_persistent_index(workspace_root: Path) -> None:
    workspace = load(workspace_root)
    assert isinstance(build_index(workspace=workspace), DiskIndex)
    _, report = open_index_with_report(workspace=workspace)
    assert report.unchanged and not report.rebuilt


def test_passage_fields_survive_the_round_trip(workspace_root: Path) -> None:
    workspace = load(workspace_root)
    index, _ = open_index_with_report(workspace=workspace)
    index, _ = open_index_with_report(workspace=workspace)  # warm: read back from disk
    passages = list(index.passages)
    assert any(p.boilerplate for p in passages)
    extra = [p for p in passages if p.source_id == "notes/extra"]
    assert next(p.text for p in extra).startswith("The missile debris")
    for p in passages:
        assert workspace.sources[p.source_id].text[p.start : p.end] == p.text
    assert index.passages[-1] == passages[-1]
    assert index.passages[1:4] == passages[1:4]
    with pytest.raises(IndexError):
        index.passages[len(passages)]
    assert isinstance(index, DiskIndex)
    assert list(index.passages_of("notes/extra")) == [
        n for n, p in enumerate(passages) if p.source_id == "notes/extra"
    ]


def test_page_numbers_survive_the_round_trip(
    workspace_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    from factcheck.index import segmentbuild

    real = segmentbuild.passage_spans

    def with_pages(source):  # type: ignore[no-untyped-def]
        return [
            (start, end, boiler, i + 1) for i, (start, end, boiler, _) in enumerate(real(source))
        ]

    monkeypatch.setattr(segmentbuild, "passage_spans", with_pages)
    index, _ = open_index_with_report(workspace=load(workspace_root), rebuild=True)
    pages = [p.page for p in index.passages if p.source_id == "notes/extra"]
    assert pages == list(range(1, len(pages) + 1))


def update(root: Path) -> tuple[CandidateIndex, diskindex.UpdateReport]:
    return open_index_with_report(workspace=load(root))


@pytest.fixture
def tokenized(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Source ids tokenised by each update (to prove only the touched source is)."""
    seen: list[str] = []
    real = diskindex.build_segment

    def spy(sources, folder, *, progress=None):  # type: ignore[no-untyped-def]
        seen.extend(s.id for s in sources)
        return real(sources, folder, progress=progress)

    monkeypatch.setattr(diskindex, "build_segment", spy)
    return seen


@pytest.fixture
def no_compaction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diskindex, "COMPACT_SHARE", 1000.0)


def test_adding_a_source_indexes_only_that_source(
    workspace_root: Path, tokenized: list[str], no_compaction: None
) -> None:
    update(workspace_root)
    tokenized.clear()
    (workspace_root / "sources/new.txt").write_text(
        "A new report says the missile was an S-300 fired by air defence.\n", encoding="utf-8"
    )
    index, report = update(workspace_root)
    assert tokenized == ["new"]
    assert (report.added, report.changed, report.removed, report.renamed) == (1, 0, 0, 0)
    assert_same_as_memory(index, load(workspace_root))


def test_editing_a_source_indexes_only_that_source(
    workspace_root: Path, tokenized: list[str], no_compaction: None
) -> None:
    update(workspace_root)
    tokenized.clear()
    path = workspace_root / "sources/news/belarus.txt"
    path.write_text(
        path.read_text("utf-8").replace("S-300", "S-400") + "\nA late correction.\n", "utf-8"
    )
    index, report = update(workspace_root)
    assert tokenized == ["news/belarus"]
    assert (report.added, report.changed, report.removed) == (0, 1, 0)
    assert_same_as_memory(index, load(workspace_root))
    assert any("S-400" in p.text for p in index.passages)
    assert not any("S-300" in p.text for p in index.passages)


def test_updating_without_opening_leaves_the_same_index(
    workspace_root: Path, tokenized: list[str], no_compaction: None
) -> None:
    """``update_index`` (``factcheck index``) does the update and skips only the layout."""
    first = diskindex.update_index(workspace=load(workspace_root))
    assert first.rebuilt
    path = workspace_root / "sources/news/belarus.txt"
    path.write_text(path.read_text("utf-8") + "\nA late correction.\n", "utf-8")
    tokenized.clear()
    report = diskindex.update_index(workspace=load(workspace_root))
    assert tokenized == ["news/belarus"]
    assert (report.added, report.changed, report.removed) == (0, 1, 0)
    index, again = update(workspace_root)
    assert again.unchanged
    assert report.passages == len(index.passages)
    assert_same_as_memory(index, load(workspace_root))


def test_deleting_a_source_reindexes_nothing(
    workspace_root: Path, tokenized: list[str], no_compaction: None
) -> None:
    update(workspace_root)
    tokenized.clear()
    (workspace_root / "sources/news/belarus.txt").unlink()
    index, report = update(workspace_root)
    assert tokenized == []
    assert (report.added, report.changed, report.removed) == (0, 0, 1)
    assert all(p.source_id != "news/belarus" for p in index.passages)
    assert_same_as_memory(index, load(workspace_root))


def test_renaming_a_source_relabels_it_without_reindexing(
    workspace_root: Path, tokenized: list[str], no_compaction: None
) -> None:
    update(workspace_root)
    tokenized.clear()
    (workspace_root / "sources/news/belarus.txt").rename(workspace_root / "sources/b2.txt")
    index, report = update(workspace_root)
    assert tokenized == []
    assert (report.renamed, report.added, report.removed) == (1, 0, 0)
    assert_same_as_memory(index, load(workspace_root))


def test_many_updates_then_compaction_equal_a_fresh_build(
    workspace_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diskindex, "MAX_SEGMENTS", 3)
    monkeypatch.setattr(diskindex, "COMPACT_SHARE", 1000.0)
    update(workspace_root)
    compacted = False
    for i in range(5):
        (workspace_root / f"sources/more-{i}.txt").write_text(
            f"Report {i}: the missile fragments were found {i} km from the border.\n", "utf-8"
        )
        if i == 2:
            (workspace_root / "sources/notes/extra.md").unlink()
        index, report = update(workspace_root)
        compacted = compacted or report.compacted
        assert_same_as_memory(index, load(workspace_root))
    assert compacted
    manifest = json.loads((workspace_root / INDEX_DIR / MANIFEST).read_text())
    assert len(manifest["segments"]) <= 3
    segment_dirs = [p for p in (workspace_root / INDEX_DIR).iterdir() if p.is_dir()]
    assert len(segment_dirs) == len(manifest["segments"])  # old segments collected


def segment_file(root: Path, name: str) -> Path:
    manifest = json.loads((root / INDEX_DIR / MANIFEST).read_text())
    return root / INDEX_DIR / manifest["segments"][0]["name"] / name


@pytest.mark.parametrize("damage", ["truncate", "garble", "delete"])
@pytest.mark.parametrize("name", ["docs.npy", "tfs.npy", "start.npy", "terms.txt", "tokens.npy"])
def test_a_damaged_segment_is_rebuilt(workspace_root: Path, damage: str, name: str) -> None:
    update(workspace_root)
    file = segment_file(workspace_root, name)
    data = file.read_bytes()
    if damage == "truncate":
        file.write_bytes(data[: len(data) // 2])
    elif damage == "garble":
        middle = len(data) // 2 + 64 if len(data) > 200 else len(data) // 2
        file.write_bytes(data[:middle] + bytes([data[middle] ^ 0x5A]) + data[middle + 1 :])
    else:
        file.unlink()
    index, report = update(workspace_root)
    assert report.rebuilt
    assert_same_as_memory(index, load(workspace_root))


@pytest.mark.parametrize(
    "edit",
    [
        lambda m: m.update(format=999),
        lambda m: m.update(tokenizer="old"),
        lambda m: m.update(fingerprint="0" * 64),
        lambda m: m["segments"][0]["sources"][0].__setitem__(3, 1),  # checksum no longer fits
    ],
    ids=["format", "tokenizer", "fingerprint", "tampered"],
)
def test_an_outdated_or_tampered_manifest_is_rebuilt(
    workspace_root: Path, edit: Callable[[dict[str, object]], None]
) -> None:
    update(workspace_root)
    path = workspace_root / INDEX_DIR / MANIFEST
    manifest = json.loads(path.read_text())
    edit(manifest)
    path.write_text(json.dumps(manifest))
    index, report = update(workspace_root)
    assert report.rebuilt
    assert_same_as_memory(index, load(workspace_root))


@pytest.mark.parametrize("content", ["", "{", "[]", '{"checksum": 1}', "\x00" * 10])
def test_an_unreadable_manifest_is_rebuilt(workspace_root: Path, content: str) -> None:
    update(workspace_root)
    (workspace_root / INDEX_DIR / MANIFEST).write_text(content)
    index, report = update(workspace_root)
    assert report.rebuilt
    assert_same_as_memory(index, load(workspace_root))


def test_a_tokenizer_change_triggers_a_rebuild(
    workspace_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    update(workspace_root)
    monkeypatch.setattr(text, "TOKENIZER_VERSION", "next")
    _, report = update(workspace_root)
    assert report.rebuilt and report.reason == "tokenizer changed"


def test_an_unwritable_folder_falls_back_to_memory(workspace_root: Path) -> None:
    # A file where the .factcheck folder should be: nothing can be written there.
    (workspace_root / ".factcheck").write_text("not a folder")
    workspace = load(workspace_root)
    index, report = open_index_with_report(workspace=workspace)
    assert isinstance(index, MemoryIndex)
    assert not report.persistent
    assert_same_as_memory(index, workspace)


def test_a_leftover_staging_folder_is_cleaned_up(workspace_root: Path) -> None:
    update(workspace_root)
    stale = workspace_root / INDEX_DIR / "seg-deadbeef.tmp"
    stale.mkdir()
    (workspace_root / "sources/new.txt").write_text("Something new was said.\n", "utf-8")
    update(workspace_root)
    assert not stale.exists()


def test_a_workspace_without_sources_has_an_empty_index(
    make_workspace: Callable[..., Path],
) -> None:
    root = make_workspace({"claims/a.yaml": "claims:\n  - id: a\n    text: Some claim.\n"})
    index, _ = update(root)
    assert len(index.passages) == 0
    assert index.candidates("some claim", limit=5) == []
    (root / "sources/one.txt").write_text("Some claim was made here.\n", "utf-8")
    index, _ = update(root)
    assert [p.text for p in index.passages] == ["Some claim was made here."]
    (root / "sources/one.txt").unlink()
    index, _ = update(root)
    assert len(index.passages) == 0
    assert index.candidates("some claim", limit=5) == []


def test_worker_processes_build_the_same_index(
    workspace_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.index import segmentbuild

    monkeypatch.setattr(segmentbuild, "PARALLEL_MIN_CHARS", 0)  # always use the worker pool
    monkeypatch.setattr(segmentbuild.os, "cpu_count", lambda: 2)
    seen: list[tuple[int, int]] = []
    workspace = load(workspace_root)
    index, report = open_index_with_report(
        workspace=workspace, rebuild=True, progress=lambda d, t: seen.append((d, t))
    )
    assert report.rebuilt
    assert seen and seen[-1] == (len(workspace.sources), len(workspace.sources))
    assert len(seen) > 1  # several chunks, progress after each
    assert_same_as_memory(index, workspace)


def test_concurrent_openers_agree_and_leave_a_sound_index(workspace_root: Path) -> None:
    import threading

    workspace = load(workspace_root)
    results: list[list[object]] = []
    errors: list[BaseException] = []

    def opener() -> None:
        try:
            index, _ = open_index_with_report(workspace=workspace)
            results.append(list(index.passages))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(r == results[0] for r in results)
    index, report = update(workspace_root)
    assert report.unchanged  # one of them built it; nobody left it half-written
    assert_same_as_memory(index, workspace)


def test_a_read_only_folder_still_uses_an_index_that_is_up_to_date(
    workspace_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    update(workspace_root)

    def refuse(folder: Path) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(diskindex, "locked", refuse)  # as in a read-only checkout
    index, report = update(workspace_root)
    assert isinstance(index, DiskIndex) and report.unchanged
    (workspace_root / "sources/new.txt").write_text("Something new.\n", "utf-8")
    index, report = update(workspace_root)  # out of date and cannot be updated: memory
    assert isinstance(index, MemoryIndex) and not report.persistent
    assert_same_as_memory(index, load(workspace_root))
