"""What the query side no longer holds gives the same passages, terms and candidates: source
texts read for passages without being kept, tokens read from the file, and the postings'
pages dropped once the shared contributions are computed (``DiskIndex.expect``)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from factcheck.errors import WorkspaceError
from factcheck.evidence import build_index, find_evidence
from factcheck.index import passageview, search, sharedterms
from factcheck.index.segments import STORED_ARRAYS
from factcheck.workspace import Claim, load_workspace, sourcecache, split_passages, terms


@pytest.fixture
def root(example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 0.0)  # files just copied are trusted
    for name in ("claims", "sources"):
        shutil.copytree(example_root / name, tmp_path / name)
    time.sleep(0.02)
    build_index(workspace=load_workspace(tmp_path))  # the index and the source records
    return tmp_path


def test_passages_read_texts_without_keeping_them(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(passageview, "CACHED_TEXT_CHARS", 2000)  # texts dropped again and again
    full = load_workspace(root)
    want = [p for s in full.sources.values() for p in split_passages(s)]
    workspace = load_workspace(root)  # the fast path: no text read yet
    assert not any(s.text_loaded for s in workspace.sources.values())
    index = build_index(workspace=workspace)
    assert isinstance(index, search.DiskIndex)
    numbers = list(range(len(want)))
    order = numbers[::2] + numbers[::-3] + numbers  # back and forth across sources
    assert [index.passages[n] for n in order] == [want[n] for n in order]
    assert not any(s.text_loaded for s in workspace.sources.values())
    kept = index.passages._texts
    assert len(kept) == 1 or sum(map(len, kept.values())) <= 2000
    assert index.passages._text_chars == sum(map(len, kept.values()))


def test_tokens_read_from_the_file_spell_the_passages_terms(root: Path) -> None:
    workspace = load_workspace(root)
    index = build_index(workspace=workspace)
    assert isinstance(index, search.DiskIndex)
    numbers = list(range(len(index.passages)))
    spelled = [" ".join(terms(index.passages[n].text)) for n in numbers]
    assert index.term_strings(numbers[::-1]) == spelled[::-1]
    for segment in index._layout.segments:
        stored = np.asarray(segment.arrays["tokens"])
        assert segment.tokens.between(0, len(stored)).tolist() == stored.tolist()
        assert segment.tokens.between(3, 3).tolist() == []


def _resident_kb(folder: Path, names: tuple[str, ...]) -> int:
    """Kilobytes of this process's maps of ``folder``'s files ``names`` in its memory."""
    total, counting = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if fields and "-" in fields[0] and ":" not in fields[0]:  # a mapping's header
            mapped = Path(fields[-1]) if len(fields) >= 6 else None
            counting = mapped is not None and mapped.parent.parent == folder
            counting = counting and mapped is not None and mapped.name in names
        elif counting and fields and fields[0] == "Rss:":
            total += int(fields[1])
    return total


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="needs /proc/self/smaps")
def test_filling_the_shared_contributions_unmaps_the_postings_it_read(root: Path) -> None:
    workspace = load_workspace(root)
    index = build_index(workspace=workspace)
    assert isinstance(index, search.DiskIndex)
    folder = (root / ".factcheck" / "index").resolve()
    postings = ("docs.npy", "tfs.npy")
    index.expect([c.text for c in workspace.claims])
    for segment in index._layout.segments:  # read whole, as a cold fill would
        for name in ("docs", "tfs"):
            int(np.asarray(segment.arrays[name], dtype=np.int64).sum())
    assert _resident_kb(folder, postings) > 0
    (plan,) = set(index._plans.values())
    plan.fill()
    assert _resident_kb(folder, postings) == 0  # the page cache keeps them, not this process


def test_expect_drops_pages_and_changes_nothing(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sharedterms, "RELEASE_EVERY", 10)  # unmapped between terms
    workspace = load_workspace(root)
    queries = [c.text for c in workspace.claims] + ["missile Belarus"]
    index = build_index(workspace=workspace)
    assert isinstance(index, search.DiskIndex)
    want = [search.DiskIndex(index._layout).candidates(q, limit=50) for q in queries]
    segments = index._layout.segments
    copies = [{name: np.array(s.arrays[name]) for name in STORED_ARRAYS} for s in segments]
    index.expect(queries)
    assert all({"docs", "tfs", "start"} <= set(s.maps) for s in segments)
    assert [index.candidates(q, limit=50) for q in queries] == want
    for segment, copied in zip(segments, copies, strict=True):  # mapped again when read
        for name, values in copied.items():
            assert np.array_equal(segment.arrays[name], values), name


def test_a_query_reads_a_segment_that_a_later_index_deleted(root: Path) -> None:
    # `factcheck review` holds its index while `factcheck index` (here a second workspace
    # load in this process) compacts and deletes the segment folders it reads.
    (root / "sources" / "zebra.txt").write_text("Zebras graze on the savanna near Nairobi.\n")
    time.sleep(0.02)
    build_index(workspace=load_workspace(root))
    workspace = load_workspace(root)
    index = build_index(workspace=workspace)
    assert isinstance(index, search.DiskIndex)
    assert find_evidence(claim=workspace.claims[0], index=index, top_k=3)
    folder = root / ".factcheck" / "index"
    before = {p.name for p in folder.glob("seg-*")}
    edited = root / "sources" / "belarus-s300.txt"
    edited.write_text(edited.read_text().replace("missile", "missiles", 1))
    build_index(workspace=load_workspace(root))
    assert not before & {p.name for p in folder.glob("seg-*")}  # compacted, old folders gone
    zebra = Claim(id="z", text="Zebras graze near Nairobi.", file="claims/z.yaml", line=1)
    found = find_evidence(claim=zebra, index=index, top_k=3)
    assert found[0].passage.text.startswith("Zebras graze on the savanna")


def test_a_source_edited_during_a_run_keeps_the_passages_of_its_first_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An editor saves a source while a long match or review reads passages of many others:
    # its text, read before, is kept (as ``Source.text`` kept it), not read again and found
    # changed. 60 sources of 100,000 characters: more than the 4M the cache once kept.
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 0.0)
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    line = "Sentence {} of source {} says something about the weather here.\n"
    texts = {}
    for s in range(60):
        texts[f"src{s:03d}"] = "".join(line.format(i, s) for i in range(1600))
        (tmp_path / "sources" / f"src{s:03d}.txt").write_text(texts[f"src{s:03d}"])
    time.sleep(0.02)
    load_workspace(tmp_path)  # records the sources
    workspace = load_workspace(tmp_path)
    assert not any(s.text_loaded for s in workspace.sources.values())  # the fast path
    assert sum(map(len, texts.values())) > 4_000_000
    ids = list(workspace.sources)
    spans = [(0, 60), (60, 130)]  # two passages per source
    fields = _fields(len(ids), spans)
    view = passageview.PassageView(sources=workspace.sources, fields=fields)
    assert view[0].text == texts[ids[0]][0:60]
    for n in range(2, len(view), 2):  # one passage of every other source
        assert view[n].text == texts[ids[n // 2]][0:60]
    with (tmp_path / "sources" / "src000.txt").open("a") as edited:
        edited.write("A line added by an editor.\n")
    assert view[1].text == texts[ids[0]][60:130]
    assert "src000" in view._dropped  # it was read again, not kept
    # Changed where its passages lie: the run stops with the one-line message of a source
    # changed before its first read, rather than mix two versions of it.
    edited_text = texts[ids[1]].replace("Sentence 1 of", "Sentence one of", 1)
    (tmp_path / "sources" / "src001.txt").write_text(edited_text)
    with pytest.raises(WorkspaceError, match="changed while factcheck was running"):
        view[3]


def _fields(sources: int, spans: list[tuple[int, int]]) -> dict[str, np.ndarray]:
    """The index's passage fields for ``spans`` in each of ``sources`` sources."""
    return {
        "source": np.repeat(np.arange(sources, dtype=np.int32), len(spans)),
        "start": np.array([a for _ in range(sources) for a, _ in spans], dtype=np.int64),
        "end": np.array([b for _ in range(sources) for _, b in spans], dtype=np.int64),
        "flags": np.zeros(sources * len(spans), dtype=np.uint8),
        "page": np.full(sources * len(spans), -1, dtype=np.int32),
    }


def _view_dropping_every_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[passageview.PassageView, dict[str, str]]:
    """A view of three sources (two passages each) that keeps no text between reads."""
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 0.0)
    monkeypatch.setattr(passageview, "CACHED_TEXT_CHARS", 10)
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    texts = {
        f"s{n}": f"Head {n}.\nThe caf\u00e9 {n} opened on Monday. It closed on Friday.\n"
        for n in range(3)
    }
    for name, text in texts.items():
        (tmp_path / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    time.sleep(0.02)
    load_workspace(tmp_path)
    workspace = load_workspace(tmp_path)
    ids = list(workspace.sources)
    spans = [(8, 35), (36, 54)]  # after the head line: it may change without moving them
    fields = _fields(len(ids), spans)
    return passageview.PassageView(sources=workspace.sources, fields=fields), texts


def test_a_dropped_text_read_again_after_an_append_or_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, texts = _view_dropping_every_text(tmp_path, monkeypatch)
    assert [view[n].text for n in (0, 2, 4)] == [t[8:35] for t in texts.values()]
    assert view._dropped == {"s0": None, "s1": None}  # loaded texts: no digest taken
    # Appended to: the loaded text is where it was, so its passages hold.
    with (tmp_path / "sources" / "s0.txt").open("a", encoding="utf-8") as edited:
        edited.write("A line added by an editor.\n")
    assert view[1].text == texts["s0"][36:54]
    # That later text, dropped, gets a digest of its passages' stretch, and holds while it
    # is unchanged.
    view[5]
    assert isinstance(view._dropped["s0"], int)
    with (tmp_path / "sources" / "s0.txt").open("a", encoding="utf-8") as edited:
        edited.write("Another line.\n")
    view._cache.clear()  # built passages are kept: build them again from the file
    assert view[0].text == texts["s0"][8:35]
    # Edited, even outside its passages' stretch (the head line, same length): a loaded
    # text dropped cannot be compared any more, and two versions are never mixed.
    edited_text = texts["s1"].replace("Head", "HEAD")
    (tmp_path / "sources" / "s1.txt").write_text(edited_text, encoding="utf-8")
    with pytest.raises(WorkspaceError, match="changed while factcheck was running"):
        view[3]
