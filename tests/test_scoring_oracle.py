"""The vectorised, incremental rescoring ranks exactly as the plain one did.

``tests/plain_scoring.py`` is ``factcheck.evidence.scoring`` before its signals were
computed as arrays and before ``Ranking`` kept its exact scores between calls: the
rankings (scores to the last bit, order) and every claim's
evidence must be the same, on the in-memory and the persistent index, with paragraph
passages and cited sources. Beyond the top k, ``Ranking`` may score fewer candidates
than the plain scorer did (its ceilings are tighter), never a different score.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from factcheck.evidence import build_index, find_evidence, matching, scoring
from factcheck.evidence.cited import CANDIDATES, cited_passages, sources_and_flags
from factcheck.index import CandidateIndex
from factcheck.index.candidates import MemoryIndex
from factcheck.workspace import Claim, Workspace, load_workspace, split_passages
from tests import plain_scoring
from tests.conftest import SHARED_EVAL
from tests.test_fast_paths import _cited_workspace


class PlainRanking:
    """``scoring.Ranking``'s interface over the plain ``rank_candidates``, called afresh."""

    def __init__(self, **arguments: Any) -> None:
        self._arguments = arguments

    def top(self, top_k: int) -> list[tuple[float, int]]:
        return plain_scoring.rank_candidates(**self._arguments, top_k=top_k)


def _workspaces(example_root: Path, tmp_path: Path) -> list[tuple[Workspace, CandidateIndex]]:
    """The example in memory and on disk, and climate-fever claims citing sources on disk."""
    example = load_workspace(example_root)
    found: list[tuple[Workspace, CandidateIndex]] = [
        (example, MemoryIndex([p for s in example.sources.values() for p in split_passages(s)]))
    ]
    copy = tmp_path / "example"
    for name in ("claims", "sources"):
        shutil.copytree(example_root / name, copy / name)
    workspace = load_workspace(copy)
    found.append((workspace, build_index(workspace=workspace)))
    eval_dir = SHARED_EVAL / "climate-fever"
    if eval_dir.is_dir():
        root = tmp_path / "climate"
        _cited_workspace(root, eval_dir, claims=120)
        workspace = load_workspace(root)
        found.append((workspace, build_index(workspace=workspace)))
    return found


def _claims(workspace: Workspace) -> list[Claim]:
    """The workspace's claims, and the same claims citing two sources."""
    two = tuple(sorted(workspace.sources)[:2])
    return [
        *workspace.claims,
        *(
            Claim(id=f"{c.id}-cites", text=c.text, file=c.file, line=c.line, sources=two)
            for c in workspace.claims
        ),
    ]


def test_rankings_equal_the_plain_scorer(example_root: Path, tmp_path: Path) -> None:
    compared = 0
    for workspace, index in _workspaces(example_root, tmp_path):
        for claim in _claims(workspace):
            numbers = {n for n, _ in index.candidates(claim.text, limit=CANDIDATES)}
            numbers.update(cited_passages(index, set(claim.sources)))
            arguments: dict[str, Any] = {
                "index": index,
                "candidates": sources_and_flags(index.passages, numbers),
                "bm25": dict(index.candidates(claim.text, limit=CANDIDATES)),
                "cited": set(claim.sources),
            }
            new = scoring.Ranking(query=scoring.Query.of(claim.text, index), **arguments)
            plain = plain_scoring.Query.of(claim.text, index)
            everything = set(plain_scoring.rank_candidates(query=plain, top_k=0, **arguments))
            full = sorted(everything, key=lambda item: (-item[0], item[1]))
            cited = set(cited_passages(index, set(claim.sources)))
            # Growing k on one Ranking, as matching asks: each answer's top k is exact.
            for k in (1, 3, 5, 8, 0):
                want = plain_scoring.rank_candidates(query=plain, top_k=k, **arguments)
                fresh = scoring.rank_candidates(
                    query=scoring.Query.of(claim.text, index), top_k=k, **arguments
                )
                head = k or len(want)
                # The same top k, to the last bit; beyond it, fewer may be scored than the
                # plain scorer did (``partial_ceiling`` rules more out), each one exactly.
                assert fresh[:head] == want[:head] == full[:head], (claim.id, k)
                assert set(fresh) <= everything, (claim.id, k)
                assert cited <= {n for _, n in fresh}, (claim.id, k)  # always scored
                kept = new.top(k)
                assert kept[:head] == want[:head], (claim.id, k)
                # What it scored beyond the top k (kept from earlier calls) is exact too.
                assert set(kept) <= everything, (claim.id, k)
                compared += bool(want)
    assert compared > 200


def test_evidence_equals_the_plain_scorer(
    example_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for workspace, index in _workspaces(example_root, tmp_path):
        claims = _claims(workspace)
        for top_k in (1, 5):
            new = [find_evidence(claim=c, index=index, top_k=top_k) for c in claims]
            with monkeypatch.context() as patch:
                patch.setattr(matching, "Ranking", PlainRanking)
                plain = [find_evidence(claim=c, index=index, top_k=top_k) for c in claims]
            assert new == plain
            assert any(e for e in new)
