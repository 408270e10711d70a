"""After edits (several segments, dead passages in the first), the contributions ``expect``
plans read the postings in place and give every candidate the per-query path and
MemoryIndex give."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from factcheck.evidence import build_index
from factcheck.index import contributions, search
from factcheck.index import disk as diskindex
from factcheck.index.candidates import MemoryIndex
from factcheck.workspace import load_workspace, split_passages, terms

QUERIES = [
    "Belarus said it shot down an S-300 missile launched from Ukraine.",
    "Fragments of the missile fell in a field near the village.",
    "An Iskander missile was launched from Belarus at an airport in Zhytomyr.",
    "peace talks sanctions ceasefire",
    "missile",
    "report 7 border",
]


@pytest.fixture
def edited(example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace of twelve sources indexed, then edited three times (two sources, one of
    them twice) and a source added, each a separate update with no compaction: five
    segments, two dead runs in the first, the second all dead."""
    monkeypatch.setattr(diskindex, "COMPACT_SHARE", 1000.0)
    (tmp_path / "claims").mkdir()
    texts = [p.read_text("utf-8") for p in sorted((example_root / "sources").glob("*.txt"))]
    sources = tmp_path / "sources"
    sources.mkdir()
    for i in range(12):
        paragraphs = texts[i % 2].split("\n\n")
        turned = paragraphs[i % len(paragraphs) :] + paragraphs[: i % len(paragraphs)]
        body = "\n\n".join(turned)
        (sources / f"s{i:02d}.txt").write_text(f"Report {i} on the border.\n\n{body}", "utf-8")
    build_index(workspace=load_workspace(tmp_path))
    edits = [("s03", "The missile was old."), ("s07", "Talks resumed."), ("s03", "Or new.")]
    for name, added in edits:
        time.sleep(0.01)
        path = sources / f"{name}.txt"
        path.write_text(path.read_text("utf-8") + f"\n\n{added}\n", "utf-8")
        build_index(workspace=load_workspace(tmp_path))
    (sources / "s99.txt").write_text("A missile report 7 from the border village.\n", "utf-8")
    return tmp_path


def _opened(root: Path) -> search.DiskIndex:
    index = build_index(workspace=load_workspace(root))
    assert isinstance(index, search.DiskIndex)
    layout = index._layout
    assert len(layout.segments) == 5
    assert [d is not None for d in layout.dead] == [True, True, False, False, False]
    assert layout.dead_spans[0] is not None and len(layout.dead_spans[0][0]) == 2
    return index


@pytest.mark.parametrize("join_below", [0, contributions.JOIN_BELOW])
def test_planned_terms_after_edits_give_the_same_candidates(
    edited: Path, join_below: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # join_below 0: every segment's postings read in place, dead runs zeroed in them; the
    # default: these small segments' postings filtered and joined (and one kept as it is).
    monkeypatch.setattr(contributions, "JOIN_BELOW", join_below)
    index = _opened(edited)
    layout = index._layout
    workspace = load_workspace(edited)
    memory = MemoryIndex([p for s in workspace.sources.values() for p in split_passages(s)])
    everything = layout.size
    per_query = search.DiskIndex(layout)  # never told: every term computed for its query
    index.expect(QUERIES)
    pieces = [p for f in index._shared.values() if f is not None for p in f.pieces]
    plans = {id(plan): plan for plan in index._plans.values()}
    stored = [s for plan in plans.values() for chunk in plan._chunks for s, _, _ in chunk]
    if join_below == 0:
        assert any(s.dead for s in stored)  # dead passages read in place, zeroed
        assert any(p.base for p in pieces)  # numbered from their segment's base
    else:
        assert not any(s.dead for s in stored)
    for limit in (1, 5, 50, everything):
        for query in QUERIES:
            found = index.candidates(query, limit=limit)
            assert found == per_query.candidates(query, limit=limit), (query, limit)
            want = memory.candidates(query, limit=limit)
            assert [s for _, s in found] == [s for _, s in want]
            if limit == everything:
                assert dict(found) == dict(want)
    for term in {t for q in QUERIES for t in terms(q)}:  # counted, not filtered
        assert index.idf(term) == per_query.idf(term) == memory.idf(term), term


def test_planned_terms_after_edits_hold_the_maps_not_copies(
    edited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filtered or joined copies of a term's postings would be held as long as the batch:
    at a million passages after three edits, 154 MB more in the parent and every worker."""
    monkeypatch.setattr(contributions, "JOIN_BELOW", 0)
    index = _opened(edited)
    index.expect(QUERIES)
    segments = index._layout.segments
    plans = {id(plan): plan for plan in index._plans.values()}
    stored = [s for plan in plans.values() for chunk in plan._chunks for s, _, _ in chunk]
    assert len(stored) > len(QUERIES)
    for piece in stored:
        assert _in_a_map(piece.docs, [s.arrays["docs"] for s in segments])
        assert _in_a_map(piece.tfs, [s.arrays["tfs"] for s in segments])
    for found in index._shared.values():
        if found is not None:
            assert all(
                _in_a_map(p.docs, [s.arrays["docs"] for s in segments]) for p in found.pieces
            )


def _in_a_map(values: Any, maps: list[Any]) -> bool:
    return any(np.shares_memory(values, mapped) for mapped in maps)
