"""The contributions ``expect`` plans are filled by the processes that query: forked workers
each take chunks of them, and every candidate is the same as without them. And a layout
read in the segments' order equals one reordered."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from factcheck.evidence import build_index
from factcheck.index import search, sharedterms
from factcheck.index.candidates import MemoryIndex
from factcheck.index.contributions import contributions_into, term_postings
from factcheck.index.layout import Layout
from factcheck.index.manifest import load_manifest
from factcheck.workspace import load_workspace, split_passages

# Set in the parent before forking: the forked test workers query it.
_forked: dict[str, Any] = {}


@pytest.fixture
def setup(
    example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[search.DiskIndex, list[str], list[list[tuple[int, float]]]]:
    """An index, queries, and their candidates from an index that never shared a term."""
    monkeypatch.setattr(sharedterms, "CHUNK_POSTINGS", 20)  # many chunks, a few terms each
    for name in ("claims", "sources"):
        shutil.copytree(example_root / name, tmp_path / name)
    workspace = load_workspace(tmp_path)
    queries = [c.text for c in workspace.claims] + ["missile Belarus", "Belarus missile"]
    index = build_index(workspace=workspace)
    assert isinstance(index, search.DiskIndex)
    want = [search.DiskIndex(index._layout).candidates(q, limit=50) for q in queries]
    memory = MemoryIndex([p for s in workspace.sources.values() for p in split_passages(s)])
    assert [sorted(memory.candidates(q, limit=50)) for q in queries] == [sorted(w) for w in want]
    return index, queries, want


def _query(numbers: range) -> list[list[tuple[int, float]]]:
    index: search.DiskIndex = _forked["index"]
    queries: list[str] = _forked["queries"]
    return [index.candidates(queries[i], limit=50) for i in numbers]


def read_manifest(index: search.DiskIndex) -> list[dict[str, Any]]:
    """The manifest entries of ``index``'s segments."""
    folder = index._layout.segments[0].tokens._file.parent.parent
    entries: list[dict[str, Any]] = load_manifest(folder)["segments"]
    return entries


def _plan(index: search.DiskIndex) -> sharedterms.SharedTerms:
    (plan,) = set(index._plans.values())
    return plan


def _expected(index: search.DiskIndex, term: str) -> np.ndarray[Any, Any]:
    """``term``'s contributions computed afresh, in this process."""
    hits, df = index._hits(term)
    docs, tfs = term_postings(hits)
    layout = index._layout
    return contributions_into(tfs, docs, weight=search._idf(layout.live, df), norm=layout.norm)


def _live(index: search.DiskIndex, found: Any) -> np.ndarray[Any, Any]:
    """The contributions of a planned term's live passages, in internal-number order."""
    layout = index._layout
    docs = np.concatenate([p.docs.astype(np.int64) + p.base for p in found.pieces])
    values = np.concatenate([p.values for p in found.pieces])
    live = layout.to_public(docs) >= 0
    order = np.argsort(docs[live], kind="stable")
    return values[live][order]


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork, as match does"
)
def test_forked_workers_fill_the_shared_contributions(
    setup: tuple[search.DiskIndex, list[str], list[list[tuple[int, float]]]],
) -> None:
    index, queries, want = setup
    index.expect(queries)
    plan = _plan(index)
    assert plan.chunks > 4
    _forked.update(index=index, queries=queries)
    try:
        with multiprocessing.get_context("fork").Pool(2) as pool:
            parts = pool.map(_query, [range(i, i + 1) for i in range(len(queries))])
    finally:
        _forked.clear()
    assert [found for part in parts for found in part] == want
    # Filled by the workers alone, in memory this process shares with them: every chunk
    # taken and marked done, and each term's values exactly those computed here.
    assert int.from_bytes(plan._state[:8], "little") == plan.chunks
    assert all(plan._state[8:])
    assert not any(plan._done)  # this process computed none of them
    for term, found in plan.found.items():
        if found is not None:
            assert np.array_equal(_live(index, found), _expected(index, term)), term


def test_a_chunk_another_process_has_not_finished_is_computed_per_query(
    setup: tuple[search.DiskIndex, list[str], list[list[tuple[int, float]]]],
) -> None:
    index, queries, want = setup
    index.expect(queries)
    plan = _plan(index)
    taken = plan._take()  # as a worker that took the first chunk and is still computing it
    assert taken == 0
    slow = {term for term, chunk in plan._chunk_of.items() if chunk == taken}
    assert slow
    assert [index.candidates(q, limit=50) for q in queries] == want
    assert [index.candidates(q, limit=50) for q in queries] == want
    assert not any(plan.ready(term) for term in slow)
    assert all(plan.ready(term) for term in set(plan.found) - slow)
    assert not slow & set(index._term_cache)  # never cached: the chunk will be there
    for term in slow:  # never written by this process
        found = plan.found[term]
        assert found is not None and not any(p.values.any() for p in found.pieces)


def test_a_process_querying_alone_fills_every_chunk(
    setup: tuple[search.DiskIndex, list[str], list[list[tuple[int, float]]]],
) -> None:
    index, queries, want = setup
    index.expect(queries)
    plan = _plan(index)
    assert not plan._done.count(1)
    assert index.candidates(queries[0], limit=50) == want[0]
    assert all(plan._done)  # the first query filled them all
    assert [index.candidates(q, limit=50) for q in queries] == want
    assert not index._term_cache  # every term was planned


def test_a_chunk_is_marked_done_only_after_its_contributions_are_written(
    setup: tuple[search.DiskIndex, list[str], list[list[tuple[int, float]]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another process reads a chunk's values as soon as its flag says done."""
    index, queries, _ = setup
    index.expect(queries)
    plan = _plan(index)
    flags_while_writing = []
    write = sharedterms.stored_contributions

    def spy(stored: Any, *, weight: float, norm: Any, out: Any) -> Any:
        chunk = next(i for i, c in enumerate(plan._chunks) if any(p[2] is out for p in c))
        flags_while_writing.append(plan._state[8 + chunk])
        return write(stored, weight=weight, norm=norm, out=out)

    monkeypatch.setattr(sharedterms, "stored_contributions", spy)
    plan.fill()
    assert len(flags_while_writing) == sum(len(c) for c in plan._chunks)
    assert not any(flags_while_writing)
    assert all(plan._state[8:])


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork, as match does"
)
def test_a_worker_killed_holding_the_lock_hangs_no_one(
    setup: tuple[search.DiskIndex, list[str], list[list[tuple[int, float]]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index, queries, want = setup
    monkeypatch.setattr(sharedterms, "LOCK_TIMEOUT", 0.2)
    index.expect(queries)
    plan = _plan(index)
    child = os.fork()
    if child == 0:  # a worker that dies holding the lock
        plan._lock.acquire()
        os._exit(0)
    os.waitpid(child, 0)
    # Every query is answered, each term computed for itself: the same candidates.
    assert [index.candidates(q, limit=50) for q in queries] == want
    assert not any(plan._done)


def test_a_layout_in_segment_order_equals_one_reordered(
    setup: tuple[search.DiskIndex, list[str], list[list[tuple[int, float]]]],
) -> None:
    # After a build, passages lie in the segments in workspace order: the layout reads the
    # fields from their maps and numbers passages as they are stored (``in_order``). Laid
    # out in another source order, it must reorder; both must agree passage by passage.
    index, queries, _ = setup
    layout = index._layout
    assert layout.in_order
    sources = layout.passages._sources
    reversed_sources = dict(reversed(sources.items()))
    entries = read_manifest(index)
    other = Layout.from_segments(layout.segments, entries, reversed_sources)
    assert not other.in_order
    numbers = [n for sid in reversed_sources for n in layout.passages.passages_of(sid)]
    assert list(other.passages) == [layout.passages[n] for n in numbers]
    assert list(other.token_spans[1]) == [layout.token_spans[1][n] for n in numbers]
    assert list(other.token_spans[2]) == [layout.token_spans[2][n] for n in numbers]
    assert np.array_equal(other.norm, layout.norm)  # by internal number: the same
    everyone = np.arange(len(numbers))
    assert np.array_equal(other.to_public(other.to_internal(everyone)), everyone)
    assert layout.public is None and other.public is not None  # no identity kept
    # Reordered, passage numbers, term offsets and text offsets are held as int32 (they fit).
    assert other.public.dtype == other.internal.dtype == np.int32
    assert [view.itemsize for view in other.token_spans] == [1, 4, 4]
    assert other.passages._start.itemsize == other.passages._end.itemsize == 4
    renumbered = search.DiskIndex(other)
    everything = len(numbers)  # all passages a query touches: ties cut no list short
    for query in queries:
        want = sorted(index.candidates(query, limit=everything))
        found = renumbered.candidates(query, limit=everything)
        assert sorted((numbers[n], score) for n, score in found) == want
