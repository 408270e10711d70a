"""Top-k selection with a score floor gives exactly the brute-force BM25 ranking."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.index import topk
from factcheck.index.contributions import Piece, TermPostings


def whole(terms: list[tuple[np.ndarray, np.ndarray]]) -> list[TermPostings]:
    """Each term as one piece numbered from 0."""
    return [TermPostings([Piece(docs, c, 0)], len(docs)) for docs, c in terms]


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
    numbers, values = topk.TopK(n).best(whole(terms), limit=limit)
    ranked = sorted(
        zip(numbers.tolist(), values.tolist(), strict=True), key=lambda p: (-p[1], p[0])
    )
    assert ranked[:limit] == brute_force(terms, n, limit)


@pytest.mark.parametrize("n", [3001, 3007, 3008])
def test_one_top_k_serves_query_after_query(n: int) -> None:
    """Buffers reused from query to query (scores, mask, passage numbers as intp) leave
    nothing behind: each query gives the brute-force ranking, whatever the corpus size
    (whole 8-byte words of mask or not) and whether the numbers come as int32 or intp."""
    rng = np.random.default_rng(n)
    top = topk.TopK(n)
    for query in range(30):
        terms = random_terms(rng, n)
        if query % 3 == 0:
            terms = [(docs.astype(np.intp), c) for docs, c in terms]
        # The last passage scores, so the word holding it (and its padding) is read.
        terms.append((np.array([n - 1], dtype=np.int32), np.array([50.0], dtype=np.float32)))
        limit = int(rng.choice([1, 5, 50]))
        numbers, values = top.best(whole(terms), limit=limit)
        ranked = sorted(
            zip(numbers.tolist(), values.tolist(), strict=True), key=lambda p: (-p[1], p[0])
        )
        assert ranked[:limit] == brute_force(terms, n, limit)
        assert not top._scores.any()  # clean for the next query


@pytest.mark.parametrize("n", [1, 7, 8, 9, 1000, 4093])
def test_passages_above_a_threshold_as_flatnonzero(n: int) -> None:
    rng = np.random.default_rng(n)
    top = topk.TopK(n)
    for _ in range(5):
        top._scores[:] = rng.choice([0.0, 1.0, 2.5, 3.0], size=n).astype(np.float32)
        for threshold in (0.5, 2.5, 2.9999, 4.0):
            expected = np.flatnonzero(top._scores >= threshold)
            assert top._above(threshold).tolist() == expected.tolist()
    top._scores.fill(0.0)


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("limit", [1, 5, 50])
def test_pieces_from_bases_with_dead_passages_equal_brute_force(seed: int, limit: int) -> None:
    """Terms as several segments' pieces, numbered from each segment's base, holding dead
    passages at 0.0 (as the shared contributions read in place after edits hold them):
    the ranking of the live passages alone."""
    rng = np.random.default_rng(seed)
    n = 3000
    bases = [0, 1700, 2900]  # one large segment and two small ones
    dead = np.zeros(n, dtype=bool)
    dead[rng.choice(n, size=int(rng.choice([0, 30, 900])), replace=False)] = True
    if seed % 3 == 0:  # a term whose passages are almost all dead
        dead[:1700] = True
    terms, live_terms = [], []
    for docs, contributions in random_terms(rng, n):
        zeroed = np.where(dead[docs], np.float32(0.0), contributions)
        pieces = []
        for base, end in zip(bases, [*bases[1:], n], strict=True):
            inside = (docs >= base) & (docs < end)
            if inside.any():
                pieces.append(Piece(docs[inside] - base, zeroed[inside], base))
        rng.shuffle(pieces)  # a term's pieces come in any order
        alive = ~dead[docs]
        terms.append(TermPostings(pieces, int(alive.sum())))
        live_terms.append((docs[alive], contributions[alive]))
    numbers, values = topk.TopK(n).best(terms, limit=limit)
    ranked = sorted(
        zip(numbers.tolist(), values.tolist(), strict=True), key=lambda p: (-p[1], p[0])
    )
    assert ranked[:limit] == brute_force(live_terms, n, limit)
