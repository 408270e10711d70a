"""Evidence matching: for each claim, the best passages across all sources.

Two steps: a BM25 candidate step (``CandidateIndex``) narrows the passages
to a few dozen, then each is scored 0-100 from its BM25 share, the idf weight
of the claim terms it covers and rapidfuzz scorers on stemmed content words
(see docs/matching.md). Passages of the sources a claim cites are always
scored, and the best of each cited source is always shown. Stance and cues
come from ``stance``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar, overload

from factcheck.evidence.alignment import claim_weights
from factcheck.evidence.batchmatch import evidence_in_processes
from factcheck.evidence.cited import (
    CANDIDATES,
    cited_passages,
    outranked_scores,
    sources_and_flags,
)
from factcheck.evidence.distinct import ranked_distinct
from factcheck.evidence.scoring import Query, Ranking
from factcheck.evidence.semantic import enabled, fused_ranking, load_encoder
from factcheck.evidence.stance import assess_stance, matched_spans
from factcheck.index import CandidateIndex, PassageVectors, open_index, open_index_with_vectors
from factcheck.workspace import Claim, Evidence, Passage, Workspace, split_passages

T = TypeVar("T")


@dataclass(frozen=True)
class ClaimEvidence:
    """A claim with its ranked evidence, best first."""

    claim: Claim
    evidence: tuple[Evidence, ...]


def workspace_passages(workspace: Workspace) -> list[Passage]:
    """Every passage of every source in the workspace, in source order."""
    return [p for source in workspace.sources.values() for p in split_passages(source)]


IndexWrapper = Callable[[Workspace, CandidateIndex], CandidateIndex]
# Candidate sources beyond the workspace (the newsroom archive), plugged in by a command for
# as long as it runs: match, review and check then all match against them, in one pipeline.
_WRAPPERS: list[IndexWrapper] = []


@contextmanager
def extra_candidates(wrap: IndexWrapper) -> Iterator[None]:
    """While inside, ``build_index`` passes the workspace's index through ``wrap``."""
    _WRAPPERS.append(wrap)
    try:
        yield
    finally:
        _WRAPPERS.remove(wrap)


def build_index(
    *,
    workspace: Workspace,
    progress: Callable[[int, int], None] | None = None,
    embed_progress: Callable[[int, int], None] | None = None,
) -> CandidateIndex:
    """An index over the workspace's passages: the persistent one in ``.factcheck/index/``.

    ``open_index`` falls back to an in-memory ``MemoryIndex`` when that folder is not writable.
    With semantic retrieval on (``semantic.enabled``) the index holds the passages' vectors,
    encoded where they are not stored yet (``embed_progress`` follows that).
    Inside ``extra_candidates`` the index is combined with the extra candidate sources.
    """
    index: CandidateIndex
    if enabled(workspace.settings, workspace=workspace):
        index, _, _ = open_index_with_vectors(
            workspace=workspace,
            encoder=load_encoder(),
            progress=progress,
            embed_progress=embed_progress,
        )
    else:
        index = open_index(workspace=workspace, progress=progress)
    for wrap in _WRAPPERS:
        index = wrap(workspace, index)
    return index


class _Neighbours(Sequence[Passage]):
    """The passages just before and after passage ``number`` in its source, built on first use.

    Stance reads them only for a claim that quotes someone, so most are never built.
    """

    def __init__(self, passages: Sequence[Passage], number: int) -> None:
        self._passages = passages
        self._number = number

    @cached_property
    def _items(self) -> list[Passage]:
        passages, n = self._passages, self._number
        source_id = passages[n].source_id
        return [
            passages[m]
            for m in (n - 1, n + 1)
            if 0 <= m < len(passages) and passages[m].source_id == source_id
        ]

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> Passage: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Passage]: ...

    def __getitem__(self, i: int | slice) -> Passage | Sequence[Passage]:
        return self._items[i]


def find_evidence(
    *,
    claim: Claim,
    index: CandidateIndex,
    top_k: int = 5,
    dismissed: Iterable[str] = (),
) -> tuple[Evidence, ...]:
    """The best ``top_k`` passages for ``claim``, plus the best of each cited source."""
    passages = index.passages
    bm25 = dict(index.candidates(claim.text, limit=CANDIDATES))
    numbers = set(bm25)
    vectors: PassageVectors | None = getattr(index, "vectors", None)
    if vectors is not None:  # semantic retrieval: the passages nearest by meaning too
        numbers.update(n for n, _ in vectors.nearest(claim.text, limit=CANDIDATES))
    cited = set(claim.sources)
    if cited:
        ours = cited_passages(index, cited)
        numbers.update(ours)
        bm25 = outranked_scores(index, claim.text, bm25, ours)
    skip = set(dismissed)
    if skip:
        numbers = {n for n in numbers if passages[n].ref not in skip}
    query = Query.of(claim.text, index)
    candidates = sources_and_flags(passages, numbers)

    # One Ranking per claim: asked again for a larger k, it scores only what it had not.
    ranking = Ranking(query=query, index=index, candidates=candidates, bm25=bm25, cited=cited)

    def rank(k: int) -> list[tuple[float, int]]:
        if vectors is None:
            return ranking.top(k)
        return fused_ranking(claim_text=claim.text, vectors=vectors, lexical=ranking.top(0))

    # Fused, every candidate is scored (top_k=0): the first ranking is exact throughout.
    exact = len(candidates) if vectors is None else 0
    scored, chosen = ranked_distinct(passages, top_k, rank, candidates=exact)
    # The best passage of each cited source is always shown, even below the top K.
    for source_id in sorted(cited):
        if not any(candidates[n][0] == source_id for n in chosen):
            best = next((n for _, n in scored if candidates[n][0] == source_id), None)
            if best is not None:
                chosen.append(best)
    scores = dict((n, s) for s, n in scored)
    # With semantic retrieval the stance also reads how close the passage's meaning is.
    # Rounded as shown, so the stance reads the figure the reviewer sees.
    found = {} if vectors is None else vectors.cosines(claim.text, chosen)
    meanings = {n: round(cosine, 3) for n, cosine in found.items()}
    # Without the cosine, "supports" weighs the claim's words by their idf here: the
    # ranking's, already looked up for the claim's terms (a look-up is a read of the index).
    weights = None
    if vectors is None:

        def idf(term: str) -> float:
            known = query.idf.get(term)
            return index.idf(term) if known is None else known

        weights = claim_weights(claim_text=claim.text, idf=idf, passages=len(passages))
    evidence = []
    for n in chosen:
        passage = passages[n]
        context = _Neighbours(passages, n)
        # The stance reads only the claim and the passage (and its neighbours, for a
        # quote's speaker), never the score: "supports" means the passage states the claim.
        stance, cues = assess_stance(
            claim_text=claim.text,
            passage=passage,
            context=context,
            meaning=meanings.get(n),
            weights=weights,
        )
        evidence.append(
            Evidence(
                claim_id=claim.id,
                passage=passage,
                score=round(scores[n], 1),
                stance=stance,
                cues=cues,
                cited=passage.source_id in cited,
                matched=matched_spans(claim_text=claim.text, passage=passage),
                meaning=meanings.get(n),
            )
        )
    return tuple(evidence)


def match_claims(
    *,
    workspace: Workspace,
    claims: Sequence[Claim] | None = None,
    top_k: int | None = None,
    index: CandidateIndex | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ClaimEvidence]:
    """Evidence for every claim (or the given ones), in claim order."""
    return map_matches(
        workspace=workspace,
        claims=claims,
        top_k=top_k,
        index=index,
        progress=progress,
        each=_same,
    )


def _same(result: ClaimEvidence) -> ClaimEvidence:
    return result


def map_matches(
    *,
    workspace: Workspace,
    each: Callable[[ClaimEvidence], T],
    claims: Sequence[Claim] | None = None,
    top_k: int | None = None,
    index: CandidateIndex | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[T]:
    """``each(evidence of a claim)`` for every claim (or the given ones), in claim order.

    Many claims are shared out among forked workers (all cores), where that is safe;
    ``each`` then runs in the workers too, so turning evidence into output (JSON, say)
    is spread over the cores and only ``each``'s result comes back.
    """
    claims = workspace.claims if claims is None else claims
    index = index or build_index(workspace=workspace)
    k = top_k or workspace.settings.top_k
    vectors: PassageVectors | None = getattr(index, "vectors", None)
    if vectors is not None:  # the claims encoded in one batch, before any worker forks
        vectors.prepare([claim.text for claim in claims], limit=CANDIDATES)
    expect = getattr(index, "expect", None)
    if expect is not None:  # DiskIndex: its cache keeps the terms many claims share
        expect([claim.text for claim in claims])

    def one(claim: Claim) -> T:
        return each(ClaimEvidence(claim, find_evidence(claim=claim, index=index, top_k=k)))

    pooled = evidence_in_processes(claims=claims, find=one, progress=progress)
    if pooled is not None:
        return pooled
    results = []
    for done, claim in enumerate(claims, 1):
        results.append(one(claim))
        if progress is not None:
            progress(done, len(claims))
    return results
