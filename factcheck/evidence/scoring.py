"""Rescoring a claim's BM25 candidates 0-100, with rapidfuzz, as ``matching`` ranks them.

A passage's score weighs four signals (see docs/matching.md): its BM25 score as a share
of the most the claim allows, the share of the claim's idf weight it covers, and two
rapidfuzz scorers on the stemmed content words. ``Ranking`` computes the dear one
(``partial_ratio``) only for candidates that can still reach the top K, with bounds that
hold exactly in floating point, so the ranking is that of scoring every candidate.
The signals are computed for all candidates at once, as numpy float64 arrays: each step
is the same IEEE operation, in the same order, as the scalar expression in ``_score``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import contains
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from factcheck.evidence.ceiling import ceiling_of, edge_ceiling, partial_bounds
from factcheck.index import BM25_K1, CandidateIndex
from factcheck.workspace import terms

Floats = npt.NDArray[np.float64]

BOILERPLATE_PENALTY = 0.5
# Weights of the four signals in a passage's score (tuned on half of ../shared/eval,
# checked on the other half; see benchmarks/quality.py). Each signal is 0-100.
WEIGHT_BM25 = 1.0
WEIGHT_COVERAGE = 1.0
WEIGHT_PARTIAL = 0.5
WEIGHT_SORTED = 0.5
_WEIGHT_SUM = WEIGHT_BM25 + WEIGHT_COVERAGE + WEIGHT_PARTIAL + WEIGHT_SORTED


@lru_cache(maxsize=65_536)
def _term_string(text: str) -> str:
    """A passage's index terms joined by spaces (for rapidfuzz)."""
    return " ".join(terms(text))


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


def _candidate_terms(index: CandidateIndex, numbers: list[int]) -> list[str]:
    """Each candidate's index terms joined by spaces (for rapidfuzz).

    Read from the index where it stores them (``DiskIndex.term_strings``): tokenising
    tens of candidates again for every claim was a quarter of the matching time.
    """
    stored = getattr(index, "term_strings", None)
    texts = stored(numbers) if stored is not None else None
    if texts is None:
        return [_term_string(index.passages[n].text) for n in numbers]
    return list(texts)


def _fixed_parts(query: Query, texts: list[str], bm25: Floats) -> Floats:
    """The two signals of ``_score`` that need no rapidfuzz, weighted and summed, per text.

    A term is in a passage when it is one of the space-separated words of its term
    string (terms hold no whitespace). The coverage is summed term by term in the
    claim's order, as ``sum`` over the covered terms would (adding 0.0 changes no bit).
    """
    ceiling = query.idf_total * (BM25_K1 + 1)
    bm25_share = np.minimum(100.0, 100.0 * bm25 / ceiling)
    padded = [f" {text} " for text in texts]
    covered = np.zeros(len(texts))
    for term, weight in query.idf.items():
        # ``contains(p, needle)`` is ``needle in p``, mapped in C: a generator's frame per
        # candidate and term was 3% of a match.
        found = map(contains, padded, repeat(f" {term} "))
        covered += np.fromiter(found, bool, len(padded)) * weight
    coverage = 100.0 * covered / query.idf_total
    return WEIGHT_BM25 * bm25_share + WEIGHT_COVERAGE * coverage


def _score(fixed: Any, partial: Any, ordered: Any, boilerplate: Any) -> Any:
    """How well passages match a claim, 0-100 (scalars or arrays, element by element).

    Four signals, each 0-100: the BM25 score as a share of the most a passage could
    get for this claim (every claim term at saturation); the share of the claim's idf
    weight whose terms the passage contains (those two are ``fixed``, from
    ``_fixed_parts``); and two rapidfuzz scorers on the stemmed content words
    (``partial_ratio`` rewards the claim appearing inside a longer sentence,
    ``token_sort_ratio`` the same words in a similar order). Scoring content words rather
    than raw text keeps "the", "of" and inflections from adding noise. The sum is
    evaluated left to right, as one expression over all four signals would be, so
    splitting it changes no bit.
    """
    score = (fixed + WEIGHT_PARTIAL * partial + WEIGHT_SORTED * ordered) / _WEIGHT_SUM
    return np.where(boilerplate, score * BOILERPLATE_PENALTY, score)


# How far ``score_floor`` stays below the score it bounds: the coverage of a passage holding
# every claim term, 100 * w / w, need not round to exactly 100.
FLOOR_MARGIN = 1e-9


def score_floor(*, claim_terms: str, passage_terms: str, boilerplate: bool) -> float:
    """A floor under the score ``Ranking`` gives a passage for a claim, without an index.

    ``claim_terms`` and ``passage_terms`` are index terms joined by spaces (``Query.terms``
    and the passage's term string). The BM25 signal is taken as 0, the least it can be, and
    the coverage as 100 when the passage holds every claim term (the idf weights cancel)
    and 0 when it does not; the rapidfuzz signals are the scorer's own. Every step of
    ``_score`` is monotone, so with any index the passage scores at least this.
    """
    claim = set(claim_terms.split())
    if not claim:
        return 0.0  # a claim without terms scores 0 against every passage
    coverage = 100.0 if claim <= set(passage_terms.split()) else 0.0
    partial = fuzz.partial_ratio(claim_terms, passage_terms)
    ordered = fuzz.token_sort_ratio(claim_terms, passage_terms)
    fixed = WEIGHT_BM25 * 0.0 + WEIGHT_COVERAGE * coverage
    return float(_score(fixed, partial, ordered, boilerplate)) - FLOOR_MARGIN


class Ranking:
    """A claim's candidates, scored exactly only as far as a ranking needs.

    ``candidates``: passage number -> (source id, boilerplate flag). The cheap signals
    are computed once; ``top(k)`` then scores exactly (with ``partial_ratio``) what the
    top ``k`` needs, keeping what it scored, so asking again for a larger ``k`` (as
    ``matching`` does when overlapping passages are set aside) pays only for the rest.
    """

    def __init__(
        self,
        *,
        query: Query,
        index: CandidateIndex,
        candidates: dict[int, tuple[str, bool]],
        bm25: dict[int, float],
        cited: set[str],
    ) -> None:
        self._query = query
        self._numbers = list(candidates)
        # partial_ratio per candidate index, NaN until computed.
        self._exact = np.full(len(self._numbers), np.nan)
        self._empty = query.idf_total <= 0 or not self._numbers
        if self._empty:
            return
        self._texts = _candidate_terms(index, self._numbers)
        scores = np.array([bm25.get(n, 0.0) for n in self._numbers], dtype=np.float64)
        self._fixed = _fixed_parts(query, self._texts, scores)
        self._flagged = np.array([candidates[n][1] for n in self._numbers], dtype=bool)
        self._ordered = _cdist(query.terms, self._texts, fuzz.token_sort_ratio)
        self._low = _score(self._fixed, 0.0, self._ordered, self._flagged)
        # The stretches' bound is kept: a candidate still in the running gets a tighter one.
        self._full, edge = partial_bounds(query.terms, self._texts)
        self._ceiling = _score(
            self._fixed, ceiling_of(self._full, edge), self._ordered, self._flagged
        )
        self._tight: set[int] = set()  # candidates whose ceiling is edge_ceiling's
        # Passages of cited sources are always scored, since the best of each is shown.
        numbers = self._numbers
        self._must = (
            [i for i, n in enumerate(numbers) if candidates[n][0] in cited] if cited else []
        )
        self._score_exactly(self._must)

    def _score_exactly(self, which: list[int]) -> None:
        pending = np.isnan(self._exact).tolist()  # one array operation, not one per index
        todo = [i for i in which if pending[i]]
        if todo:
            partial = _cdist(self._query.terms, [self._texts[i] for i in todo], fuzz.partial_ratio)
            self._exact[todo] = partial

    def top(self, top_k: int) -> list[tuple[float, int]]:
        """(score, passage number) best first, ties by number, of every candidate that can matter.

        ``partial_ratio`` costs ten times ``token_sort_ratio`` and is most of the scoring
        time, so it is computed only for a passage that could still reach the top
        ``top_k``: one whose score with ``partial_ratio`` at the most it can be
        (``partial_ceiling``: the passage's ceiling) is at least a floor that at least
        ``top_k`` passages are known to reach. The floor starts as the k-th best score with
        ``partial_ratio`` at 0, and rises to the k-th best exact score as the passages with
        the highest ceilings are scored, ``top_k`` at a time. (Every step of
        ``_score`` is monotone, in floating point too, so these bounds hold exactly; a
        passage left out scores below k others, and only the top ``top_k`` and the cited
        are ever shown.) With ``top_k`` 0 (or as many as there are candidates) every
        candidate is scored. Each rapidfuzz scorer runs over a whole batch of passages
        (``cdist``), with the claim preprocessed once: the same float64 values as calling
        ``fuzz.partial_ratio(query.terms, text)`` passage by passage.
        """
        numbers = self._numbers
        if self._empty:
            return sorted(((0.0, n) for n in numbers), key=lambda item: (-item[0], item[1]))
        count = len(numbers)
        if not 0 < top_k < count:
            self._score_exactly(list(range(count)))
        else:
            # As Python floats (the same values): indexing them is cheaper than numpy's.
            ceiling = self._ceiling.tolist()
            floor = _kth_largest(self._low, top_k)
            chosen = set(self._must)
            hopeful = [
                i
                for i in np.lexsort((np.arange(count), -self._ceiling)).tolist()
                if ceiling[i] >= floor and i not in chosen
            ]
            # Best ceilings first, ``top_k`` at a time: each batch raises the floor, and the
            # first passage whose ceiling is below it ends the scan (the rest are lower still).
            at = 0
            while at < len(hopeful) and ceiling[hopeful[at]] >= floor:
                batch = [i for i in hopeful[at : at + top_k] if ceiling[i] >= floor]
                self._score_exactly(self._tightened(batch, floor))
                at += top_k
                _, exact = self._done()
                if len(exact) >= top_k:
                    floor = max(floor, _kth_largest(exact, top_k))
        which, scores = self._done()
        numbers_done = np.array(numbers)[which]
        order = np.lexsort((numbers_done, -scores))
        # tolist gives the same Python floats and ints as float() and int() of each element.
        return list(zip(scores[order].tolist(), numbers_done[order].tolist(), strict=True))

    def _tightened(self, which: list[int], floor: float) -> list[int]:
        """``which`` less the candidates a tighter ceiling puts below ``floor``.

        ``edge_ceiling`` bounds the heads and tails more tightly: read only for candidates
        not scored yet, whose stretches' bound alone is below the floor (else the tighter
        bound cannot rule them out), and kept as their ceiling for a later ``top``.
        """
        pending = np.isnan(self._exact).tolist()
        length, texts = len(self._query.terms), self._texts
        # An empty text, or one as long as the claim's (tried both ways round): as it was.
        loose = [i for i in which if pending[i] and i not in self._tight]
        loose = [i for i in loose if 0 < len(texts[i]) != length]
        if not loose:
            return which
        at = np.array(loose)
        fixed, ordered, flagged = self._fixed[at], self._ordered[at], self._flagged[at]
        full = self._full[at]
        stretches = _score(fixed, ceiling_of(full, full), ordered, flagged).tolist()
        loose = [i for i, c in zip(loose, stretches, strict=True) if c < floor]
        if not loose:
            return which
        self._tight.update(loose)
        at = np.array(loose)
        edge = edge_ceiling(self._query.terms, [texts[i] for i in loose])
        ceiling = ceiling_of(self._full[at], edge)
        tighter = _score(self._fixed[at], ceiling, self._ordered[at], self._flagged[at])
        self._ceiling[at] = tighter
        out = {i for i, c in zip(loose, tighter.tolist(), strict=True) if c < floor}
        return [i for i in which if i not in out] if out else which

    def _done(self) -> tuple[npt.NDArray[np.intp], Floats]:
        """The candidates scored exactly (their indexes) and their scores."""
        which = np.flatnonzero(~np.isnan(self._exact))
        scores = _score(
            self._fixed[which], self._exact[which], self._ordered[which], self._flagged[which]
        )
        return which, scores


def rank_candidates(
    *,
    query: Query,
    index: CandidateIndex,
    candidates: dict[int, tuple[str, bool]],
    bm25: dict[int, float],
    top_k: int,
    cited: set[str],
) -> list[tuple[float, int]]:
    """``Ranking(...).top(top_k)``: every candidate that can matter, scored, best first."""
    ranking = Ranking(query=query, index=index, candidates=candidates, bm25=bm25, cited=cited)
    return ranking.top(top_k)


def _cdist(query: str, texts: list[str], scorer: Callable[..., float]) -> Floats:
    if not texts:
        return np.zeros(0)
    found: Floats = process.cdist([query], texts, scorer=scorer, dtype=np.float64)[0]
    return found


def _kth_largest(values: Floats, k: int) -> float:
    """The k-th largest of ``values`` (which holds at least k)."""
    return float(np.partition(values, len(values) - k)[len(values) - k])
