"""``factcheck index`` output, the progress bar, and matching many claims in worker processes."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.evidence import batchmatch
from factcheck.evidence.matching import build_index, find_evidence, match_claims
from factcheck.progress import terminal_progress
from factcheck.workspace.load import load_workspace


@pytest.fixture
def root(make_workspace: Callable[..., Path], example_root: Path) -> Path:
    files: dict[str, str | bytes] = {
        "claims/a.yaml": (example_root / "claims" / "s300-incident.yaml").read_text("utf-8")
    }
    for source in (example_root / "sources").glob("*.txt"):
        files[f"sources/{source.name}"] = source.read_text("utf-8")
    return make_workspace(files)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["index", *argv]) == 0
    out, err = capsys.readouterr()
    assert err == ""  # no progress bar when stderr is not a terminal
    return out.strip()


def test_index_says_what_it_did(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = run(capsys, str(root))
    assert re.fullmatch(r"rebuilt the index \(no index\): 2 sources; \d+ passages; [\d.]+ s", first)
    assert run(capsys, str(root)).startswith("index up to date; ")
    (root / "sources/new.txt").write_text("A new source about the missile.\n", "utf-8")
    (root / "sources/belarus-s300.txt").rename(root / "sources/renamed.txt")
    line = run(capsys, str(root))
    assert line.startswith("indexed 1 new, 0 changed, 1 renamed, 0 removed sources; ")
    (root / "sources/new.txt").unlink()
    assert run(capsys, str(root)).startswith("indexed 0 new, 0 changed, 1 removed sources; ")
    assert run(capsys, str(root), "--rebuild").startswith(
        "rebuilt the index (rebuild requested): 2 sources; "
    )


def test_index_reports_a_passage_count_matching_the_workspace(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = run(capsys, str(root))
    count = int(re.search(r"; ([\d,]+) passages", line).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert count == len(build_index(workspace=load_workspace(root)).passages)


def test_index_on_a_bad_workspace_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: ") and err.count("\n") == 1


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal() -> None:
    assert terminal_progress("x", stream=io.StringIO()) is None
    stream = FakeTerminal()
    progress = terminal_progress("indexing", stream=stream)
    assert progress is not None
    progress(0, 10)
    progress(10, 10)
    drawn = stream.getvalue()
    assert "indexing [" in drawn and "10/10" in drawn
    assert drawn.endswith("\r\x1b[2K")  # the line is cleared for the summary


def test_matching_in_worker_processes_equals_matching_in_process(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = load_workspace(root)
    index = build_index(workspace=workspace)
    claims = list(workspace.claims) * 3
    monkeypatch.setattr(batchmatch, "MIN_CLAIMS", 1)
    monkeypatch.setattr(batchmatch, "CHUNK", 2)
    if not batchmatch.can_fork():
        pytest.skip("no fork here")
    pooled = batchmatch.evidence_in_processes(
        claims=claims, find=lambda c: find_evidence(claim=c, index=index, top_k=5)
    )
    assert pooled is not None
    assert pooled == [find_evidence(claim=c, index=index, top_k=5) for c in claims]
    seen: list[tuple[int, int]] = []
    results = match_claims(
        workspace=workspace, claims=claims, index=index, progress=lambda d, t: seen.append((d, t))
    )
    assert [r.evidence for r in results] == pooled
    assert seen[-1] == (len(claims), len(claims))
