"""A worker of the index build that dies (killed, out of memory) is a one-line error, not a
Python traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.index import segmentbuild
from factcheck.workspace import Source, load_workspace


def _dies(*args: object) -> list[object]:
    os._exit(1)  # as a worker the system killed


@pytest.mark.skipif(not segmentbuild._can_fork(), reason="needs fork, as index does")
def test_a_build_worker_that_dies_is_an_error(
    example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources: list[Source] = list(load_workspace(example_root).sources.values())
    monkeypatch.setattr(segmentbuild, "_part_forked", _dies)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(FactcheckError, match="index-building worker process died"):
        segmentbuild._write_parts(
            sources, [(0, 1), (1, len(sources))], scratch, workers=2, progress=None
        )


def test_no_semaphores_means_building_in_process(
    example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the system gives no semaphores (a read-only /dev/shm) the pool cannot start:
    the build runs here and writes the same segment as the workers do."""
    sources: list[Source] = list(load_workspace(example_root).sources.values())
    monkeypatch.setattr(segmentbuild, "PARALLEL_MIN_CHARS", 0)
    pooled = segmentbuild.build_segment(sources, tmp_path / "pooled")

    def no_semaphores(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(segmentbuild.concurrent.futures, "ProcessPoolExecutor", no_semaphores)
    seen: list[tuple[int, int]] = []
    here = segmentbuild.build_segment(
        sources, tmp_path / "here", progress=lambda done, total: seen.append((done, total))
    )
    assert here.sources == pooled.sources and here.passages == pooled.passages
    names = sorted(p.name for p in (tmp_path / "pooled").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "here").iterdir())
    for name in names:
        assert (tmp_path / "here" / name).read_bytes() == (tmp_path / "pooled" / name).read_bytes()
    assert seen[-1] == (len(sources), len(sources))
