"""Pinned archive evidence (real PostgreSQL): the verdict keeps the quote, the source id and
its hash; ``check --archive`` finds the quote in the archive's copy and tells drift."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.archive import add_sources, open_archive, read_source, source_paths
from factcheck.cli import main
from factcheck.verdicts import parse_verdicts
from factcheck.workspace import load_workspace


def _add(url: str, folder: Path) -> None:
    with open_archive(url, create=True) as conn:
        add_sources(conn, (read_source(i, f) for i, f in source_paths([folder])))


def test_check_finds_pinned_quotes_in_the_archive_and_tells_drift(
    archive_url: str, example_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    wire = tmp_path / "wire"
    shutil.copytree(example_root / "sources", wire)
    _add(archive_url, wire)
    hashes = {s.id: s.content_hash for s in load_workspace(example_root).sources.values()}
    story = tmp_path / "story"
    shutil.copytree(example_root / "claims", story / "claims")
    shutil.copytree(example_root / "verdicts", story / "verdicts")
    pins = 0
    for path in (story / "verdicts").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for source_id, digest in hashes.items():
            pins += text.count(f"- source: {source_id}\n")
            text = text.replace(
                f"- source: {source_id}\n",
                f"- source: archive:{source_id}\n      source_hash: {digest}\n",
            )
        path.write_text(text, encoding="utf-8")
    assert pins
    loaded = [
        e
        for path in (story / "verdicts").glob("*.yaml")
        for v in parse_verdicts(path.read_text(encoding="utf-8"), path=path.name).entries.values()
        for e in v.evidence
    ]
    assert loaded and all(e.source.startswith("archive:") and e.source_hash for e in loaded)
    args = ["check", str(story), "--select", "FC003", "--format", "json"]
    assert main([*args, "--archive", archive_url]) == 0, capsys.readouterr().out
    capsys.readouterr()
    # Without the archive the quotes cannot be found.
    assert main(args) == 1
    assert "archive:iskander-peace-talks" in capsys.readouterr().out
    # The archive's copy changes: the pinned words are gone.
    changed = wire / "iskander-peace-talks.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("talks in Gomel", "talks in Minsk"),
        encoding="utf-8",
    )
    _add(archive_url, wire)
    assert main(["check", str(story), "--select", "FC003", "--archive", archive_url]) == 1
    out = capsys.readouterr().out
    assert "FC003" in out and "Minsk" in out and "archive:iskander-peace-talks" in out
