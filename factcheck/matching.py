"""Evidence matching: for each claim, the best passages across all sources.

Two steps: a term-weighted candidate step (``CandidateIndex``) narrows the
passages to a few dozen, then rapidfuzz scores those on normalised text.
Passages of the sources a claim cites are always scored, and the best of
each cited source is always shown. Stance and cues come from ``stance``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.index import CandidateIndex, MemoryIndex
from factcheck.models import Claim, Evidence, Passage
from factcheck.passages import split_passages
from factcheck.stance import assess_stance, matched_spans
from factcheck.text import normalize
from factcheck.workspace import Workspace

CANDIDATES = 50
BOILERPLATE_PENALTY = 0.5


@dataclass(frozen=True)
class ClaimEvidence:
    """A claim with its ranked evidence, best first."""

    claim: Claim
    evidence: tuple[Evidence, ...]


def workspace_passages(workspace: Workspace) -> list[Passage]:
    """Every passage of every source in the workspace, in source order."""
    return [p for source in workspace.sources.values() for p in split_passages(source)]


def build_index(*, workspace: Workspace) -> CandidateIndex:
    """An index over the workspace's passages (in memory)."""
    return MemoryIndex(workspace_passages(workspace))


def score_passage(claim_text: str, passage: Passage) -> float:
    """How well a passage matches a claim, 0-100, from rapidfuzz on normalised text."""
    claim = normalize(claim_text)
    text = normalize(passage.text)
    score = 0.6 * fuzz.token_set_ratio(claim, text) + 0.4 * fuzz.partial_ratio(claim, text)
    if passage.boilerplate:
        score *= BOILERPLATE_PENALTY
    return float(score)


def find_evidence(
    *,
    claim: Claim,
    index: CandidateIndex,
    top_k: int = 5,
    dismissed: Iterable[str] = (),
) -> tuple[Evidence, ...]:
    """The best ``top_k`` passages for ``claim``, plus the best of each cited source."""
    passages = index.passages
    numbers = {n for n, _ in index.candidates(claim.text, limit=CANDIDATES)}
    cited = set(claim.sources)
    if cited:
        numbers.update(n for n, p in enumerate(passages) if p.source_id in cited)
    skip = set(dismissed)
    scored = sorted(
        (
            (score_passage(claim.text, passages[n]), n)
            for n in numbers
            if passages[n].ref not in skip
        ),
        key=lambda item: (-item[0], item[1]),
    )
    chosen = [n for _, n in scored[:top_k]]
    # The best passage of each cited source is always shown, even below the top K.
    for source_id in sorted(cited):
        if not any(passages[n].source_id == source_id for n in chosen):
            best = next((n for _, n in scored if passages[n].source_id == source_id), None)
            if best is not None:
                chosen.append(best)
    scores = dict((n, s) for s, n in scored)
    evidence = []
    for n in chosen:
        passage = passages[n]
        stance, cues = assess_stance(claim_text=claim.text, passage=passage)
        evidence.append(
            Evidence(
                claim_id=claim.id,
                passage=passage,
                score=round(scores[n], 1),
                stance=stance,
                cues=cues,
                cited=passage.source_id in cited,
                matched=matched_spans(claim_text=claim.text, passage=passage),
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
    claims = workspace.claims if claims is None else claims
    index = index or build_index(workspace=workspace)
    k = top_k or workspace.settings.top_k
    results = []
    for done, claim in enumerate(claims, 1):
        results.append(ClaimEvidence(claim, find_evidence(claim=claim, index=index, top_k=k)))
        if progress is not None:
            progress(done, len(claims))
    return results
