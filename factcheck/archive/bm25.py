"""Okapi BM25 over the archive: the SQL that ranks, the pruning that keeps it small, and the
exact float32 rescoring that makes its answers the local index's.

PostgreSQL ranks in double precision; ``exact_top`` scores the fetched rows again with the
local index's float32 expression, terms summed in its order, ties broken by number, so the
result is the local index's bit for bit. Rows are fetched down to a margin below the
limit-th score, so float rounding cannot change which passages make the cut.

A claim's common terms match a large share of the corpus, and every matching row costs the
server work. MaxScore pruning skips them: a term contributes less than ``idf * (k1 + 1)``
to any passage, so once some passages are known to score ``floor``, the commonest terms
whose bounds sum below it cannot lift a passage that holds none of the rarer terms into
the top. Only passages holding a rarer ("essential") term are ranked, each scored with
every term of the claim. The floor comes from a first query over the rarest terms.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from factcheck.index import BM25_B, BM25_K1

# Relative margin under the limit-th double-precision score within which rows are fetched too.
MARGIN = 1e-5
# Bounds are compared with this much room, far above float rounding.
_SAFETY = 1e-4


def candidates_sql(count: int, *, capped: bool = False) -> str:
    """The ranking query for ``count`` terms (parameters ``t0``, ``q0``, ``w0``... ``avg``).

    One expression per term reads its frequency from the passage's own row (matched by the
    tsvector, counted in ``repeats``), so no tsvector is unnested and nothing is grouped;
    the GIN index finds the rows holding a term of ``query``.

    ``capped`` keeps, of passages with the same length and term frequencies (the same score
    in any precision), only the first ``limit`` by number: the rest can never make the cut,
    and a claim whose cut falls among thousands of such ties need not fetch them all.
    """
    tf = [
        f"CASE WHEN p.tsv @@ %(q{i})s::tsquery "
        f"THEN coalesce((p.repeats ->> %(t{i})s)::int, 1) ELSE 0 END"
        for i in range(count)
    ]
    score = " + ".join(
        f"%(w{i})s * s.tf[{i + 1}] * %(k1p1)s / (s.tf[{i + 1}] + s.norm)" for i in range(count)
    )
    # OFFSET 0 keeps the inner query apart, so each frequency is computed once per row.
    inner = f"""
    SELECT p.id, p.nterms, ARRAY[{", ".join(tf)}]::float8[] AS tf,
           %(k1)s * (%(one_b)s + %(b)s * p.nterms / %(avg)s) AS norm
    FROM archive_passages p
    WHERE p.tsv @@ %(query)s::tsquery AND NOT (p.source_id = ANY(%(hidden)s))
    OFFSET 0"""
    if capped:
        inner = f"""
    SELECT * FROM (
        SELECT t.*, row_number() OVER (PARTITION BY t.nterms, t.tf ORDER BY t.id) AS twin
        FROM ({inner}) AS t
    ) AS w WHERE w.twin <= %(limit)s"""
    return f"""
SELECT s.id, s.nterms, s.tf, {score} AS score
FROM ({inner}
) AS s
ORDER BY score DESC, s.id
LIMIT %(fetch)s
"""


def rarest_terms(used: Sequence[str], df: Sequence[int], *, enough: int) -> list[str]:
    """The rarest terms, taken until the passages holding them number ``enough`` or more."""
    chosen: list[str] = []
    total = 0
    for term, count in sorted(zip(used, df, strict=True), key=lambda item: item[1]):
        chosen.append(term)
        total += count
        if total >= enough:
            break
    return chosen


def essential_terms(used: Sequence[str], weights: Sequence[float], *, floor: float) -> list[str]:
    """The terms a top passage must hold one of: all but the commonest, whose bounds sum
    below ``floor`` (a score at least ``limit`` passages are known to reach)."""
    bound = 0.0
    by_weight = sorted(zip(used, weights, strict=True), key=lambda item: item[1])
    for cut, (_, weight) in enumerate(by_weight):
        bound += weight * (BM25_K1 + 1)
        if bound * (1 + _SAFETY) >= floor:
            return [term for term, _ in by_weight[cut:]]
    return []


def exact_top(
    rows: list[tuple[Any, ...]], *, weights: Sequence[float], avg: float, limit: int
) -> list[tuple[int, float]]:
    """Rescore ``rows`` (id, length, frequencies, score) with the local index's float32
    expression, terms in ``weights``' order; the best ``limit``, ties by number."""
    if not rows:
        return []
    numbers = np.array([int(r[0]) for r in rows], dtype=np.int64)
    lengths = np.array([int(r[1]) for r in rows], dtype=np.float32)
    tfs = np.array([r[2] for r in rows], dtype=np.float32).reshape(len(rows), len(weights))
    norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths / avg)
    scores = np.zeros(len(rows), dtype=np.float32)
    for j, weight in enumerate(weights):
        hit = np.flatnonzero(tfs[:, j])
        if len(hit):
            tf = tfs[hit, j]
            scores[hit] += weight * tf * (BM25_K1 + 1) / (tf + norm[hit])
    best = np.lexsort((numbers, -scores))[:limit]
    return [(int(numbers[i]), float(scores[i])) for i in best if scores[i] > 0]
