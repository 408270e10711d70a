"""Leftovers and noise (issue 15, item 8): no numpy warning on passages without terms, no
half-written index segment after a full disk (and "disk full" said as such), and ``--out``
into a folder that does not exist refused instead of creating folders anywhere."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main
from factcheck.index import open_index_with_report
from factcheck.workspace import load_workspace

CLAIMS = "claims:\n  - id: a\n    text: The bridge opened in 1932.\n    sources: [news]\n"
SOURCE = "The bridge opened in 1932 after years of work.\n"


def test_passages_without_terms_make_no_runtime_warning(
    make_workspace: Callable[..., Path],
) -> None:
    root = make_workspace(
        {
            "claims/c.yaml": CLAIMS,
            "sources/news.txt": "... --- !!!\n",
            "sources/empty.txt": "",
            "sources/blank.txt": "\n\n",
        }
    )
    for command in ("match", "check", "index"):
        result = subprocess.run(
            [sys.executable, "-W", "error::RuntimeWarning", "-m", "factcheck", command],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "Warning" not in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert result.returncode in (0, 1)


def test_a_full_disk_leaves_no_segment_behind_and_says_so(
    make_workspace: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.index.segments as segments

    root = make_workspace({"claims/c.yaml": CLAIMS, "sources/news.txt": SOURCE * 50})
    real_save = segments.save_array

    def full(file: Any, *args: Any, **kwargs: Any) -> None:
        real_save(file, *args, **kwargs)  # part of the segment is written...
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # ...then the disk is full

    monkeypatch.setattr(segments, "save_array", full)
    workspace = load_workspace(root)
    for _ in range(3):
        _, report = open_index_with_report(workspace=workspace)
        assert not report.persistent and report.reason == "the disk is full"
    index_dir = root / ".factcheck/index"
    assert not [p.name for p in index_dir.iterdir() if p.name.startswith("seg-")]


def test_index_command_says_disk_full(
    make_workspace: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import factcheck.index.segments as segments

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    root = make_workspace({"claims/c.yaml": CLAIMS, "sources/news.txt": SOURCE})
    monkeypatch.setattr(segments, "save_array", full)
    assert main(["index", str(root)]) == 0
    out = capsys.readouterr().out
    assert "the disk is full" in out and "not writable" not in out


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--out"],
        ["report", "--out"],
        ["check", "--format", "json", "--output"],
    ],
)
def test_out_into_a_missing_folder_is_refused(
    make_workspace: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    root = make_workspace({"claims/c.yaml": CLAIMS, "sources/news.txt": SOURCE})
    target = tmp_path / "nonexistent" / "dir" / "x.json"
    assert main([*argv, str(target), str(root)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not (tmp_path / "nonexistent").exists()


def test_reading_many_sources_reports_progress(make_workspace: Callable[..., Path]) -> None:
    files: dict[str, str | bytes] = {"claims/c.yaml": CLAIMS}
    files.update({f"sources/s{i}.txt": f"Source {i}.\n" for i in range(300)})
    root = make_workspace(files)
    calls: list[tuple[int, int]] = []
    workspace = load_workspace(root, progress=lambda done, total: calls.append((done, total)))
    assert len(workspace.sources) == 300
    assert calls[0] == (0, 300) and calls[-1] == (300, 300) and len(calls) == 301
