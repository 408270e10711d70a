"""Top-k selection with a score floor gives exactly the brute-force BM25 ranking."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.index import topk


def brute_force(terms: list[tuple[np.ndarray, np.ndarray]], n: int, limit: int) -> list:
    scores = np.zeros(n, dtype=np.float32)
    for docs, contributions in terms:  # the order MemoryIndex sums in
        scores[docs] += contributions
    touched = np.flatnonzero(scores)
    ranked = sorted(touched.tolist(), key=lambda d: (-scores[d], d))[:limit]
    return [(d, float(scores[d])) for d in ranked]


def random_terms(rng: np.random.Generator, n: int) -> list[tuple[np.ndarray, np.ndarray]]:
    terms = []
    for _ in range(rng.integers(1, 12)):
        size = int(rng.choice([3, 40, 400, n // 3, n // 2]))
        docs = np.sort(rng.choice(n, size=size, replace=False)).astype(np.int32)
        idf = float(rng.uniform(0.5, 9.0))
        # A few distinct values only, so there are ties like real passages of equal length.
        contributions = (idf * rng.choice([0.6, 0.9, 1.1, 1.4], size=size)).astype(np.float32)
        terms.append((docs, contributions))
    return terms


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("limit", [1, 5, 50])
def test_top_k_equals_brute_force(seed: int, limit: int) -> None:
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
