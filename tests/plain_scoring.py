"""The rescoring before it was vectorised (factcheck.evidence.scoring at c554328).

A test oracle: ``scoring.Ranking`` must rank exactly as this did. Kept verbatim, plain
rather than quick; do not optimise it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from factcheck.index import BM25_K1, CandidateIndex
from factcheck.workspace import terms

# Candidates (times top K) scored exactly first, to raise the floor the rest must reach.
FIRST_EXACT = 2
BOILERPLATE_PENALTY = 0.5
# Weights of the four signals in a passage's score (tuned on half of ../shared/eval,
# checked on the other half; see benchmarks/quality.py). Each signal is 0-100.
WEIGHT_BM25 = 1.0
WEIGHT_COVERAGE = 1.0
WEIGHT_PARTIAL = 0.5
WEIGHT_SORTED = 0.5
_WEIGHT_SUM = WEIGHT_BM25 + WEIGHT_COVERAGE + WEIGHT_PARTIAL + WEIGHT_SORTED


@lru_cache(maxsize=65_536)
def _term_string(text: str) -> tuple[str, frozenset[str]]:
    """A passage's index terms joined by spaces (for rapidfuzz) and as a set."""
    found = terms(text)
    return " ".join(found), frozenset(found)


@dataclass(frozen=True)
class Query:
    """What the scorer needs to know about a claim, computed once per claim."""

    terms: str
    idf: dict[str, float]
    idf_total: float

    @classmethod
    def of(cls, claim_text: str, index: CandidateIndex) -> Query:
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


def _fixed_part(query: Query, passage_terms: frozenset[str], bm25: float) -> float:
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
    ``rank_candidates``). Scoring content words rather than raw text keeps "the", "of" and
    inflections from adding noise. The sum is evaluated left to right, as one
    expression over all four signals would be, so splitting it changes no bit.
    """
    score = (fixed + WEIGHT_PARTIAL * fuzzy[0] + WEIGHT_SORTED * fuzzy[1]) / _WEIGHT_SUM
    if boilerplate:
        score *= BOILERPLATE_PENALTY
    return float(score)


def rank_candidates(
    *,
    query: Query,
    index: CandidateIndex,
    candidates: dict[int, tuple[str, bool]],
    bm25: dict[int, float],
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
