"""A cited passage outranked by many copies of its story is scored as if it were a candidate.

Seventy wire sources carry the same short story; the cited local paper runs it with a longer
sentence, so BM25 ranks every copy (and its paragraph) above it, past the 50 candidates. Its
score must not depend on that: ``check`` once reported such a claim as unsourced.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from factcheck.check.run import CheckOptions, check_workspace
from factcheck.evidence import best_cited_score, build_index, cited, find_evidence, matching
from factcheck.evidence.matching import workspace_passages
from factcheck.evidence.semantic import overridden
from factcheck.index.candidates import CandidateIndex, MemoryIndex
from factcheck.workspace import Claim, load_workspace

STORY = (
    "The council approved the new footbridge over the river by seven votes to two on Tuesday night."
)
PAPER = (
    "Other news first.\n\n"
    "The council approved the new footbridge over the river by seven votes to two on Tuesday"
    " night, after a debate that lasted more than three hours and ended close to midnight in"
    " the packed chamber of the town hall.\n\nThe mayor welcomed the vote.\n"
)
FILLER = [
    "Residents had campaigned for a crossing for a decade.",
    "The work is due to start in the spring.",
    "Traffic on the old road bridge has doubled since 2010.",
    "A public inquiry was held last year.",
    "Shops near the quay expect more visitors.",
]
CLAIMS = """\
claims:
  - id: vote
    text: The council approved the new footbridge by seven votes to two.
    sources: [the-paper]
  - id: night
    text: The council approved a footbridge over the river on Tuesday night.
    sources: [the-paper]
"""


@pytest.fixture
def syndicated(make_workspace: Callable[..., Path]) -> Iterator[Path]:
    rng = random.Random(3)
    files: dict[str, str] = {"claims/draft.yaml": CLAIMS, "sources/the-paper.txt": PAPER}
    for n in range(70):
        files[f"sources/wire-{n:03d}.txt"] = "\n\n".join([STORY, *rng.sample(FILLER, 2)]) + "\n"
    with overridden(False):  # the lexical score; the fused one reads the same BM25 share
        yield make_workspace(files)


def cited_scores(claim: Claim, index: CandidateIndex) -> tuple[float, float]:
    found = [e.score for e in find_evidence(claim=claim, index=index) if e.cited]
    return max(found), best_cited_score(claim=claim, index=index)


@pytest.mark.parametrize("kind", ["disk", "memory"])
def test_an_outranked_cited_passage_scores_as_a_candidate(
    syndicated: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = load_workspace(syndicated)
    index = (
        build_index(workspace=workspace)
        if kind == "disk"
        else MemoryIndex(workspace_passages(workspace))
    )
    paper = set(cited.cited_passages(index, {"the-paper"}))
    for claim in workspace.claims:
        ranked = index.candidates(claim.text, limit=cited.CANDIDATES)
        assert not paper & {n for n, _ in ranked}  # outranked: no passage of it is a candidate
        scores = cited_scores(claim, index)
        with monkeypatch.context() as patch:  # every passage a candidate
            patch.setattr(cited, "CANDIDATES", 10_000)
            patch.setattr(matching, "CANDIDATES", 10_000)
            assert cited_scores(claim, index) == scores
        # What the BM25 share adds: without it the first claim scored 56.1, not 64.3.
        assert scores[0] > 60


def test_check_passes_a_claim_whose_cited_passage_is_outranked(syndicated: Path) -> None:
    # At 60 both claims pass; with no BM25 share for the outranked passage, both failed.
    result = check_workspace(root=syndicated, options=CheckOptions(min_score=60.0, cache=False))
    assert [f.message for f in result.findings if f.code == "FC001"] == []
