"""The BM25 contribution cache changes no candidate, whatever it keeps or drops."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.evidence import build_index
from factcheck.index import search
from factcheck.index.candidates import MemoryIndex
from factcheck.workspace import load_workspace, split_passages, terms


def test_candidates_are_the_same_with_any_cache(
    example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("claims", "sources"):
        shutil.copytree(example_root / name, tmp_path / name)
    workspace = load_workspace(tmp_path)
    queries = [c.text for c in workspace.claims] * 2 + ["missile Belarus", "Belarus missile"]
    index = build_index(workspace=workspace)
    assert isinstance(index, search.DiskIndex)
    layout = index._layout
    want = [search.DiskIndex(layout).candidates(q, limit=50) for q in queries]
    # The same scores as the in-memory index (which orders ties its own way).
    memory = MemoryIndex([p for s in workspace.sources.values() for p in split_passages(s)])
    assert [sorted(memory.candidates(q, limit=50)) for q in queries] == [sorted(w) for w in want]
    # A cache of 60 postings: a few short lists fit, most terms are computed every time.
    monkeypatch.setattr(search, "CACHED_POSTINGS", 60)
    uses = {t: sum(t in set(terms(q)) for q in queries) for q in queries for t in terms(q)}
    for shared in (0, 40, 10**6):  # none, a few, every term: shared by expect
        monkeypatch.setattr(search, "SHARED_POSTINGS", shared)
        for expected in (False, True):
            fresh = search.DiskIndex(layout)
            if expected:
                fresh.expect(queries)
                assert set(fresh._shared) <= set(uses)
                in_shared = sum(map(search.shared_postings, fresh._shared.values()))
                assert in_shared <= shared
                if shared == 10**6:
                    assert set(fresh._shared) == set(uses)
                elif shared == 40:
                    assert in_shared > 0
            got = [fresh.candidates(q, limit=50) for q in queries]
            assert got == want
            assert 0 <= fresh._cached_postings <= 60
            kept = sum(0 if v is None else v.size for v in fresh._term_cache.values())
            assert kept == fresh._cached_postings
            assert not set(fresh._term_cache) & set(fresh._shared)
