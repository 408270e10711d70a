"""Pruned top-k selection gives exactly the brute-force BM25 ranking."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck import topk


def brute_force(terms: list[tuple[np.ndarray, np.ndarray, float]], n: int, limit: int) -> list:
    scores = np.zeros(n, dtype=np.float32)
    for docs, contributions, _ in terms:  # the order MemoryIndex sums in
        scores[docs] += contributions
    touched = np.flatnonzero(scores)
    ranked = sorted(touched.tolist(), key=lambda d: (-scores[d], d))[:limit]
    return [(d, float(scores[d])) for d in ranked]


def random_terms(rng: np.random.Generator, n: int) -> list[tuple[np.ndarray, np.ndarray, float]]:
    terms = []
    for _ in range(rng.integers(1, 12)):
        size = int(rng.choice([3, 40, 400, n // 3, n // 2]))
        docs = np.sort(rng.choice(n, size=size, replace=False)).astype(np.int32)
        idf = float(rng.uniform(0.5, 9.0))
        # A few distinct values only, so there are ties like real passages of equal length.
        contributions = (idf * rng.choice([0.6, 0.9, 1.1, 1.4], size=size)).astype(np.float32)
        terms.append((docs, contributions, float(contributions.max())))
    return terms


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("limit", [1, 5, 50])
def test_pruned_top_k_equals_brute_force(
    seed: int, limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small thresholds so that pruning and the score floor come into play on small data.
    monkeypatch.setattr(topk, "PRUNE_CHECK_POSTINGS", 100)
    monkeypatch.setattr(topk, "SAMPLE_POSTINGS", 500)
    rng = np.random.default_rng(seed)
    n = 3000
    terms = random_terms(rng, n)
    scores = np.zeros(n, dtype=np.float32)
    numbers, values = topk.top_k(terms, scores, limit=limit)
    assert not scores.any()  # the buffer is clean for the next query
    ranked = sorted(
        zip(numbers.tolist(), values.tolist(), strict=True), key=lambda p: (-p[1], p[0])
    )
    assert ranked[:limit] == brute_force(terms, n, limit)


def test_exact_scores_sum_in_the_given_order() -> None:
    docs = np.array([1, 4, 7], dtype=np.int32)
    terms = [
        (docs, np.array([0.1, 0.2, 0.3], dtype=np.float32), 0.3),
        (np.array([4], dtype=np.int32), np.array([1e-3], dtype=np.float32), 1e-3),
    ]
    exact = topk.exact_scores(terms, np.array([4, 7, 9]))
    assert exact.tolist() == [np.float32(np.float32(0.2) + np.float32(1e-3)), np.float32(0.3), 0.0]
