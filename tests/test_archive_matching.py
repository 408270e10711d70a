"""Matching with the archive on a real PostgreSQL: the same candidate ranking as the local
index on the same corpus, archive evidence through the one pipeline, its origin in JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.archive import ArchiveIndex, add_sources, open_archive, read_source, source_paths
from factcheck.cli import main
from factcheck.evidence import build_index
from factcheck.index import CandidateIndex
from factcheck.workspace import Passage, load_workspace, terms


def _add(url: str, *paths: Path) -> None:
    with open_archive(url, create=True) as conn:
        add_sources(conn, (read_source(i, f) for i, f in source_paths(list(paths))))


def _ranking(index: CandidateIndex, query: str, limit: int) -> list[tuple[str, int, float]]:
    """(source id without prefix, start, score) of the candidates, best first."""
    found = []
    for number, score in index.candidates(query, limit=limit):
        passage: Passage = index.passages[number]
        found.append((passage.source_id.removeprefix("archive:"), passage.start, score))
    return found


def _queries(root: Path) -> list[str]:
    workspace = load_workspace(root)
    return [c.text for c in workspace.claims]


def _compare(url: str, root: Path, queries: list[str], limits: tuple[int, ...]) -> int:
    workspace = load_workspace(root)
    local_disk = build_index(workspace=workspace)
    archive = ArchiveIndex(url)
    compared = 0
    for query in queries:
        for limit in limits:
            expected = _ranking(local_disk, query, limit)
            assert _ranking(archive, query, limit) == expected, query
            compared += len(expected)
    for query in queries[:20]:
        for term in terms(query):
            assert archive.idf(term) == local_disk.idf(term)
    archive.close()
    return compared


def test_same_ranking_as_the_local_index_on_the_example(archive_url: str, example_root: Path):
    _add(archive_url, example_root)
    queries = [*_queries(example_root), "S-300 missile Belarus", "peace talks Iskander", "zzz"]
    assert _compare(archive_url, example_root, queries, (1, 5, 50, 1000)) > 100


@pytest.mark.slow
def test_same_ranking_as_the_local_index_on_a_generated_corpus(archive_url: str, tmp_path: Path):
    from benchmarks.genworkspace import generate

    root = tmp_path / "gen"
    generate(root, passages=3000, claims=120, seed=11)
    _add(archive_url, root)
    queries = _queries(root)
    assert _compare(archive_url, root, queries, (5, 50)) > 1000


def _evidence(out: str) -> dict[str, list[tuple[str, int, int, float, str]]]:
    return {
        c["id"]: [
            (e["source"].removeprefix("archive:"), e["start"], e["end"], e["score"], e["stance"])
            for e in c["evidence"]
        ]
        for c in json.loads(out)["claims"]
    }


def test_match_finds_evidence_in_the_archive_alone(
    archive_url: str,
    example_root: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.delenv("FACTCHECK_ARCHIVE_URL", raising=False)
    _add(archive_url, example_root)
    root = tmp_path / "story"
    shutil.copytree(example_root / "claims", root / "claims")
    assert main(["match", str(root), "--archive", archive_url, "--format", "json"]) == 0
    out = capsys.readouterr().out
    claims = json.loads(out)["claims"]
    found = [e for c in claims for e in c["evidence"]]
    assert found and all(e["origin"] == "archive" for e in found)
    first = found[0]
    assert first["source"] == "archive:" + first["archive"]["id"]
    source = load_workspace(example_root).sources[first["archive"]["id"]]
    assert first["archive"]["title"] == source.meta.title
    assert first["archive"]["url"] == source.meta.url
    assert first["archive"]["date"] == source.meta.published
    assert first["archive"]["hash"] == source.content_hash
    assert first["text"] == source.text[first["start"] : first["end"]]
    # The same passages, scores and stances as matching the sources in the workspace,
    # except that a claim citing a source no longer has it in the workspace.
    assert main(["match", str(example_root), "--format", "json"]) == 0
    local = _evidence(capsys.readouterr().out)
    remote = _evidence(out)
    uncited = {c["id"] for c in claims if not c["sources"]}
    assert uncited
    for claim_id in uncited:
        assert remote[claim_id] == local[claim_id]
    # Through the environment, and with the marker in the text output.
    monkeypatch.setenv("FACTCHECK_ARCHIVE_URL", archive_url)
    assert main(["match", str(root)]) == 0
    assert "[archive] " in capsys.readouterr().out


def test_the_workspace_own_copy_is_not_shown_twice(
    archive_url: str, example_root: Path, capsys: pytest.CaptureFixture[str]
):
    _add(archive_url, example_root)
    assert main(["match", str(example_root), "--archive", archive_url, "--format", "json"]) == 0
    found = [e for c in json.loads(capsys.readouterr().out)["claims"] for e in c["evidence"]]
    assert found and all(e["origin"] == "workspace" for e in found)


def test_many_claims_match_in_forked_workers(archive_url: str, tmp_path: Path):
    """Past 48 claims the matcher forks: each worker opens its own connection."""
    from benchmarks.genworkspace import generate
    from factcheck.archive import combine
    from factcheck.evidence import extra_candidates, match_claims

    root = tmp_path / "gen"
    generate(root, passages=600, claims=60, seed=3)
    _add(archive_url, root)
    story = tmp_path / "story"
    shutil.copytree(root / "claims", story / "claims")
    local = match_claims(workspace=load_workspace(root))
    workspace = load_workspace(story)
    with extra_candidates(lambda ws, index: combine(ws, index, url=archive_url)):
        remote = match_claims(workspace=workspace)
    assert len(remote) == 60
    for near, far in zip(local, remote, strict=True):
        assert [(e.passage.start, e.score) for e in near.evidence] == [
            (e.passage.start, e.score) for e in far.evidence
        ]
        assert all(e.passage.source_id.startswith("archive:") for e in far.evidence)


def test_same_ranking_where_thousands_of_passages_tie(archive_url: str, tmp_path: Path):
    """The cut falls among identical passages: the first by number are kept, as locally."""
    root = tmp_path / "ties"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "claims" / "c.yaml").write_text(
        "claims:\n  - id: a\n    text: Missiles were seen over the border town.\n",
        encoding="utf-8",
    )
    same = "Missiles were seen over the town again today. " * 400
    (root / "sources" / "a.txt").write_text(same + "\n\nA border town was quiet.\n")
    (root / "sources" / "b.txt").write_text("Missiles were seen near the border.\n\n" + same)
    _add(archive_url, root)
    assert _compare(archive_url, root, ["Missiles were seen over the border town."], (1, 5, 50))
