"""The passages of the sources a claim cites, and the best score among them (for ``check``).

``find_evidence`` always scores the cited passages and shows the best of each cited
source; ``factcheck check`` needs only the best score of them all, which
``best_cited_score`` computes without the rest of the matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.evidence.scoring import Query, rank_candidates
from factcheck.evidence.semantic import fused_ranking
from factcheck.index import CandidateIndex, PassageVectors
from factcheck.workspace import Claim, Passage

# How many BM25 candidates are rescored with rapidfuzz. Recall within the candidates
# (gold evidence among them) is about 0.83-0.90 at 50 on the evaluation data.
CANDIDATES = 50


def cited_passages(index: CandidateIndex, cited: set[str]) -> list[int]:
    """Numbers of the passages of the ``cited`` sources (by range when the index knows them)."""
    passages_of = getattr(index, "passages_of", None)
    if passages_of is not None:  # DiskIndex: no scan over a million passages per claim
        return [n for source_id in cited for n in passages_of(source_id)]
    return [n for n, p in enumerate(index.passages) if p.source_id in cited]


def outranked_scores(
    index: CandidateIndex, query: str, bm25: dict[int, float], cited: Iterable[int]
) -> dict[int, float]:
    """``bm25`` (the top candidates' scores) with the BM25 scores of the ``cited`` passages
    outside it, where the index can give them (``scores_of``).

    A passage of a cited source can be outranked by more than ``CANDIDATES`` others: copies
    of a syndicated story in other sources, each with its paragraph. Scored with no BM25
    share it fell far below what it would get alone, and ``check`` reported a claim quoting
    it word for word as unsourced.
    """
    score_of = getattr(index, "scores_of", None)
    missing = [n for n in cited if n not in bm25]
    if score_of is None or not missing:
        return bm25
    return {**bm25, **score_of(query, missing)}


def sources_and_flags(
    passages: Sequence[Passage], numbers: set[int]
) -> dict[int, tuple[str, bool]]:
    """Passage number -> (source id, boilerplate flag) for each of ``numbers``.

    A DiskIndex answers from its arrays: only the few passages shown are then built.
    """
    look_up = getattr(passages, "source_and_flag", None)
    if look_up is not None:
        return {n: look_up(n) for n in numbers}
    return {n: (passages[n].source_id, passages[n].boilerplate) for n in numbers}


def best_cited_score(
    *, claim: Claim, index: CandidateIndex, dismissed: Iterable[str] = ()
) -> float:
    """The best score (0-100, rounded as ``Evidence.score``) of a passage of a source the
    claim cites, 0.0 when there is none: the best cited evidence of ``find_evidence(top_k=0)``.

    What ``factcheck check`` needs, without the rest: only the cited passages are scored
    (each passage's score depends only on the claim, its terms and its BM25 score, so the
    other candidates change nothing), ``partial_ratio`` only where it can change the best,
    and no stance, cues or highlights are read.
    """
    cited = set(claim.sources)
    if not cited:
        return 0.0
    passages = index.passages
    numbers = set(cited_passages(index, cited))
    skip = set(dismissed)
    if skip:
        numbers = {n for n in numbers if passages[n].ref not in skip}
    if not numbers:
        return 0.0
    # Each cited passage is scored with its BM25 score, exactly as in find_evidence.
    bm25 = dict(index.candidates(claim.text, limit=CANDIDATES))
    bm25 = outranked_scores(index, claim.text, bm25, numbers)
    # Only the best counts: ranked as a top 1 among the cited passages (none forced in),
    # the dear scorer runs only for passages that can still be the best.
    vectors: PassageVectors | None = getattr(index, "vectors", None)
    scored = rank_candidates(
        query=Query.of(claim.text, index),
        index=index,
        candidates=sources_and_flags(passages, numbers),
        bm25=bm25,
        top_k=1 if vectors is None else 0,  # fused: every score is needed
        cited=set(),
    )
    if vectors is not None:
        scored = fused_ranking(claim_text=claim.text, vectors=vectors, lexical=scored)
    return round(scored[0][0], 1) if scored else 0.0
