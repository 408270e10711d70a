"""Candidate retrieval: which passages are worth scoring for a claim.

The matcher asks a ``CandidateIndex`` for the passages that share the most
(weighted) terms with a claim, then scores only those with rapidfuzz. The
interface is deliberately small so that another backend (a persistent on-disk
index, PostgreSQL full-text search, OpenSearch) is a new class, not a rewrite.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from typing import Protocol

import numpy as np

from factcheck.workspace import Passage, terms

# BM25 parameters (Okapi defaults).
BM25_K1 = 1.2
BM25_B = 0.75


class CandidateIndex(Protocol):
    """What the matcher needs from an index of passages."""

    @property
    def passages(self) -> Sequence[Passage]:
        """Every indexed passage; candidate numbers index into this."""
        ...

    def candidates(self, query: str, *, limit: int) -> list[tuple[int, float]]:
        """Up to ``limit`` (passage number, retrieval score) pairs, best first.

        The score is Okapi BM25 over ``text.terms`` with BM25_K1 and BM25_B.
        """
        ...

    def idf(self, term: str) -> float:
        """Okapi BM25 inverse document frequency of an index term (never negative).

        The matcher uses it to scale BM25 scores to 0-100 and to weigh which of the
        claim's terms a passage covers.
        """
        ...


class MemoryIndex:
    """An in-memory BM25 inverted index over a list of passages."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self._passages = list(passages)
        postings: dict[str, dict[int, int]] = {}
        lengths = np.zeros(len(self._passages), dtype=np.float32)
        for number, passage in enumerate(self._passages):
            passage_terms = terms(passage.text)
            lengths[number] = len(passage_terms)
            for term in passage_terms:
                bucket = postings.setdefault(term, {})
                bucket[number] = bucket.get(number, 0) + 1
        self._postings = {
            term: (
                np.fromiter(bucket.keys(), dtype=np.int32, count=len(bucket)),
                np.fromiter(bucket.values(), dtype=np.float32, count=len(bucket)),
            )
            for term, bucket in postings.items()
        }
        self._lengths = lengths
        # Passages of punctuation alone have no terms: a mean of 0 would divide 0 by 0.
        self._avg_length = (float(lengths.mean()) if len(lengths) else 0.0) or 1.0

    @property
    def passages(self) -> Sequence[Passage]:
        return self._passages

    def idf(self, term: str) -> float:
        """Okapi BM25 inverse document frequency (never negative)."""
        hits = self._postings.get(term)
        df = 0 if hits is None else len(hits[0])
        n = len(self._passages)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def candidates(self, query: str, *, limit: int) -> list[tuple[int, float]]:
        scores = np.zeros(len(self._passages), dtype=np.float32)
        touched = False
        for term in set(terms(query)):
            hits = self._postings.get(term)
            if hits is None:
                continue
            numbers, tf = hits
            norm = BM25_K1 * (1 - BM25_B + BM25_B * self._lengths[numbers] / self._avg_length)
            scores[numbers] += self.idf(term) * tf * (BM25_K1 + 1) / (tf + norm)
            touched = True
        if not touched:
            return []
        limit = min(limit, len(scores))
        top = np.argpartition(-scores, limit - 1)[:limit]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def scores_of(self, query: str, numbers: Collection[int]) -> dict[int, float]:
        """The BM25 score of each of ``numbers`` that holds a term of ``query`` (see
        ``outranked_scores``)."""
        wanted = np.fromiter(sorted(numbers), dtype=np.int64, count=len(numbers))
        scores = np.zeros(len(wanted), dtype=np.float32)
        for term in set(terms(query)):
            hits = self._postings.get(term)
            if hits is None:
                continue
            numbers_of, tf_of = hits  # ascending passage numbers
            at = np.minimum(np.searchsorted(numbers_of, wanted), len(numbers_of) - 1)
            found = numbers_of[at] == wanted
            docs, tf = wanted[found], tf_of[at[found]]
            norm = BM25_K1 * (1 - BM25_B + BM25_B * self._lengths[docs] / self._avg_length)
            scores[found] += self.idf(term) * tf * (BM25_K1 + 1) / (tf + norm)
        return {int(n): float(s) for n, s in zip(wanted, scores, strict=True) if s > 0}
