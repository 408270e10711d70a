"""Evidence matching: for each claim, the best passages across all sources.

Two steps: a BM25 candidate step (``CandidateIndex``) narrows the passages
to a few dozen, then each is scored 0-100 from its BM25 share, the idf weight
of the claim terms it covers and rapidfuzz scorers on stemmed content words
(see docs/matching.md). Passages of the sources a claim cites are always
scored, and the best of each cited source is always shown. Stance and cues
come from ``stance``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TypeVar, overload

import numpy as np
from rapidfuzz import fuzz, process

from factcheck.batchmatch import evidence_in_processes
from factcheck.diskindex import open_index
from factcheck.index import BM25_K1, CandidateIndex
from factcheck.models import Claim, Evidence, Passage, Stance
from factcheck.passages import split_passages
from factcheck.stance import assess_stance, matched_spans
from factcheck.text import terms
from factcheck.workspace import Workspace

# How many BM25 candidates are rescored with rapidfuzz. Recall within the candidates
# (gold evidence among them) is about 0.83-0.90 at 50 on the evaluation data.
CANDIDATES = 50
# Candidates (times top K) scored exactly first, to raise the floor the rest must reach.
FIRST_EXACT = 2
BOILERPLATE_PENALTY = 0.5
# A passage scoring below this shares too little with the claim to support it: a
# "supports" from the stance cues is shown as neutral instead.
SUPPORT_SCORE_MIN = 20.0
SUPPORT_RELATIVE_MIN = 0.5
# Weights of the four signals in a passage's score (tuned on half of ../shared/eval,
# checked on the other half; see benchmarks/quality.py). Each signal is 0-100.
WEIGHT_BM25 = 1.0
WEIGHT_COVERAGE = 1.0
WEIGHT_PARTIAL = 0.5
WEIGHT_SORTED = 0.5
_WEIGHT_SUM = WEIGHT_BM25 + WEIGHT_COVERAGE + WEIGHT_PARTIAL + WEIGHT_SORTED

T = TypeVar("T")


@dataclass(frozen=True)
class ClaimEvidence:
    """A claim with its ranked evidence, best first."""

    claim: Claim
    evidence: tuple[Evidence, ...]


def workspace_passages(workspace: Workspace) -> list[Passage]:
    """Every passage of every source in the workspace, in source order."""
    return [p for source in workspace.sources.values() for p in split_passages(source)]


def build_index(
    *, workspace: Workspace, progress: Callable[[int, int], None] | None = None
) -> CandidateIndex:
    """An index over the workspace's passages: the persistent one in ``.factcheck/index/``.

    ``open_index`` falls back to an in-memory ``MemoryIndex`` when that folder is not writable.
    """
    return open_index(workspace=workspace, progress=progress)


@lru_cache(maxsize=65_536)
def _term_string(text: str) -> tuple[str, frozenset[str]]:
    """A passage's index terms joined by spaces (for rapidfuzz) and as a set."""
    found = terms(text)
    return " ".join(found), frozenset(found)


@dataclass(frozen=True)
class _Query:
    """What the scorer needs to know about a claim, computed once per claim."""

    terms: str
    idf: dict[str, float]
    idf_total: float

    @classmethod
    def of(cls, claim_text: str, index: CandidateIndex) -> _Query:
        claim_terms = terms(claim_text)
        idf = {t: index.idf(t) for t in set(claim_terms)}
        return cls(" ".join(claim_terms), idf, sum(idf.values()))


def _candidate_terms(
    index: CandidateIndex, numbers: list[int]
) -> tuple[list[str], list[frozenset[str]]]:
    """Each candidate's index terms joined by spaces (for rapidfuzz), and as a set.

    Read from the index where it stores them (``DiskIndex.term_strings``): tokenising
    tens of candidates again for every claim was a quarter of the matching time.
    """
    stored = getattr(index, "term_strings", None)
    texts = stored(numbers) if stored is not None else None
    if texts is None:
        found = [_term_string(index.passages[n].text) for n in numbers]
        return [text for text, _ in found], [term_set for _, term_set in found]
    return texts, [frozenset(text.split()) for text in texts]


def _fixed_part(query: _Query, passage_terms: frozenset[str], bm25: float) -> float:
    """The two signals of ``_score`` that need no rapidfuzz, weighted and summed."""
    ceiling = query.idf_total * (BM25_K1 + 1)
    bm25_share = min(100.0, 100.0 * bm25 / ceiling)
    coverage = 100.0 * sum(v for t, v in query.idf.items() if t in passage_terms)
    coverage /= query.idf_total
    return WEIGHT_BM25 * bm25_share + WEIGHT_COVERAGE * coverage


def _score(fixed: float, fuzzy: tuple[float, float], *, boilerplate: bool) -> float:
    """How well a passage matches a claim, 0-100.

    Four signals, each 0-100: the BM25 score as a share of the most a passage could
    get for this claim (every claim term at saturation); the share of the claim's idf
    weight whose terms the passage contains (those two are ``fixed``, from
    ``_fixed_part``); and two rapidfuzz scorers on the stemmed content words
    (``partial_ratio`` rewards the claim appearing inside a longer sentence,
    ``token_sort_ratio`` the same words in a similar order), given in ``fuzzy`` (see
    ``_ranked``). Scoring content words rather than raw text keeps "the", "of" and
    inflections from adding noise. The sum is evaluated left to right, as one
    expression over all four signals would be, so splitting it changes no bit.
    """
    score = (fixed + WEIGHT_PARTIAL * fuzzy[0] + WEIGHT_SORTED * fuzzy[1]) / _WEIGHT_SUM
    if boilerplate:
        score *= BOILERPLATE_PENALTY
    return float(score)


def _ranked(
    query: _Query,
    index: CandidateIndex,
    candidates: dict[int, tuple[str, bool]],
    bm25: dict[int, float],
    *,
    top_k: int,
    cited: set[str],
) -> list[tuple[float, int]]:
    """(score, passage number) best first, ties by number, of every candidate that can matter.

    ``candidates``: passage number -> (source id, boilerplate flag).

    ``partial_ratio`` costs ten times ``token_sort_ratio`` and is most of the scoring
    time, so it is computed only for a passage that could still reach the top
    ``top_k``: one whose score with ``partial_ratio`` at 100 (its ceiling) is at least
    a floor that at least ``top_k`` passages are known to reach. The floor starts as the
    k-th best score with ``partial_ratio`` at 0, and rises to the k-th best exact score
    once the passages with the highest ceilings are scored. (Every step of ``_score`` is
    monotone, in floating point too, so these bounds hold exactly; a passage left out
    scores below k others, and only the top ``top_k`` and the cited are ever shown.)
    Passages of cited sources are always scored, since the best of each is shown. Each
    rapidfuzz scorer runs over a whole batch of passages (``cdist``), with the claim
    preprocessed once: the same float64 values as calling
    ``fuzz.partial_ratio(query.terms, text)`` passage by passage.
    """
    numbers = list(candidates)
    if query.idf_total <= 0 or not numbers:
        return sorted(((0.0, n) for n in numbers), key=lambda item: (-item[0], item[1]))
    texts, term_sets = _candidate_terms(index, numbers)
    fixed = [
        _fixed_part(query, t, bm25.get(n, 0.0)) for n, t in zip(numbers, term_sets, strict=True)
    ]
    flagged = [candidates[n][1] for n in numbers]
    ordered = _cdist(query.terms, texts, fuzz.token_sort_ratio)
    exact: dict[int, float] = {}  # candidate index -> score

    def score_exactly(which: list[int]) -> None:
        partial = _cdist(query.terms, [texts[i] for i in which], fuzz.partial_ratio)
        for i, p in zip(which, partial, strict=True):
            exact[i] = _score(fixed[i], (p, ordered[i]), boilerplate=flagged[i])

    if not 0 < top_k < len(numbers):
        score_exactly(list(range(len(numbers))))
    else:
        low = [
            _score(f, (0.0, s), boilerplate=b)
            for f, s, b in zip(fixed, ordered, flagged, strict=True)
        ]
        ceiling = [
            _score(f, (100.0, s), boilerplate=b)
            for f, s, b in zip(fixed, ordered, flagged, strict=True)
        ]
        floor = sorted(low, reverse=True)[top_k - 1]
        must = [i for i, n in enumerate(numbers) if candidates[n][0] in cited]
        chosen = set(must)
        hopeful = sorted(
            (i for i in range(len(numbers)) if ceiling[i] >= floor and i not in chosen),
            key=lambda i: (-ceiling[i], i),
        )
        score_exactly(must + hopeful[: FIRST_EXACT * top_k])
        if len(exact) >= top_k:
            floor = max(floor, sorted(exact.values(), reverse=True)[top_k - 1])
        score_exactly([i for i in hopeful[FIRST_EXACT * top_k :] if ceiling[i] >= floor])
    return sorted(
        ((score, numbers[i]) for i, score in exact.items()),
        key=lambda item: (-item[0], item[1]),
    )


def _cdist(query: str, texts: list[str], scorer: Callable[..., float]) -> list[float]:
    if not texts:
        return []
    found = process.cdist([query], texts, scorer=scorer, dtype=np.float64)
    return [float(v) for v in found[0].tolist()]


def cited_passages(index: CandidateIndex, cited: set[str]) -> list[int]:
    """Numbers of the passages of the ``cited`` sources (by range when the index knows them)."""
    passages_of = getattr(index, "passages_of", None)
    if passages_of is not None:  # DiskIndex: no scan over a million passages per claim
        return [n for source_id in cited for n in passages_of(source_id)]
    return [n for n, p in enumerate(index.passages) if p.source_id in cited]


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


def _sources_and_flags(
    passages: Sequence[Passage], numbers: set[int]
) -> dict[int, tuple[str, bool]]:
    """Passage number -> (source id, boilerplate flag) for each of ``numbers``.

    A DiskIndex answers from its arrays: only the few passages shown are then built.
    """
    look_up = getattr(passages, "source_and_flag", None)
    if look_up is not None:
        return {n: look_up(n) for n in numbers}
    return {n: (passages[n].source_id, passages[n].boilerplate) for n in numbers}


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
    cited = set(claim.sources)
    if cited:
        numbers.update(cited_passages(index, cited))
    skip = set(dismissed)
    if skip:
        numbers = {n for n in numbers if passages[n].ref not in skip}
    query = _Query.of(claim.text, index)
    candidates = _sources_and_flags(passages, numbers)
    scored = _ranked(query, index, candidates, bm25, top_k=top_k, cited=cited)
    chosen = [n for _, n in scored[:top_k]]
    # The best passage of each cited source is always shown, even below the top K.
    for source_id in sorted(cited):
        if not any(candidates[n][0] == source_id for n in chosen):
            best = next((n for _, n in scored if candidates[n][0] == source_id), None)
            if best is not None:
                chosen.append(best)
    scores = dict((n, s) for s, n in scored)
    # A passage far weaker than the claim's best match is related, not supporting: showing
    # it under "Supporting" would send a reviewer to read noise.
    best_score = scored[0][0] if scored else 0.0
    support_floor = max(SUPPORT_SCORE_MIN, SUPPORT_RELATIVE_MIN * best_score)
    evidence = []
    for n in chosen:
        passage = passages[n]
        context = _Neighbours(passages, n)
        stance, cues = assess_stance(claim_text=claim.text, passage=passage, context=context)
        if stance is Stance.SUPPORTS and scores[n] < support_floor:
            stance = Stance.NEUTRAL
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
