"""The bm25s side of benchmarks/scale.py: bm25s top-50, then the baseline's rapidfuzz rerank.

What a developer would write instead of factcheck for the retrieval alone: ``bm25s``
(https://github.com/xhluca/bm25s, a fast numpy BM25) retrieves the 50 best of the same
passages factcheck indexes (its paragraph passages included), with the same stemmer
(Snowball English, PyStemmer) and English stop words, and the 50 are reranked with the
baseline's scorer: ``process.extract(claim, texts, scorer=fuzz.token_set_ratio, limit=5)``.
No stance, cues or highlights: retrieval only, which is a part of what ``factcheck match``
does for the same claims.

bm25s is a benchmark tool, never a dependency of factcheck:
``pip install -c constraints.txt 'factcheck-review[bench]'`` (or ``pip install bm25s``).

``build(...)`` indexes the passages once and saves the index and the corpus with bm25s's
own persistence (``BM25.save``, memory-mapped on load), like factcheck's warm index; the
timed run is a separate process, as ``factcheck match`` is::

    python benchmarks/bm25s_side.py match FOLDER OUT.json

It loads the index and corpus (memory-mapped), tokenises the claims, retrieves 50 per claim
with one thread per core, reranks each claim's 50 and writes ``{claim id: [passage
numbers, best first]}``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CANDIDATES = 50
SHOWN = 5


def available() -> bool:
    """True when bm25s (and PyStemmer, a factcheck dependency) can be imported."""
    try:
        import bm25s  # noqa: F401
    except ImportError:
        return False
    return True


def version() -> str:
    """The installed bm25s version."""
    from importlib.metadata import version as installed

    return installed("bm25s")


def selection_slowdown(passages: int = 126_704, k: int = CANDIDATES) -> float:
    """How many times slower numpy's ``argpartition`` is on a score array that is nearly all
    zeros (a claim's BM25 scores over a corpus: bm25s's top-k) than on random scores.

    About 1 on most hosts. Where numpy dispatches its partition to x86-simd-sort (AVX2,
    AVX-512), arrays of many equal values take its slow path: 18 ms against 1 ms per
    126,704 scores on the 7 December 2026 host (numpy 2.4.6), which made bm25s + rerank
    three times slower there than on the host before it and the comparison meaningless.
    """
    import numpy as np

    rng = np.random.default_rng(0)
    random_scores = rng.random(passages).astype(np.float32)
    sparse = random_scores.copy()
    sparse[rng.random(passages) < 0.95] = 0.0
    timed = []
    for scores in (random_scores, sparse):
        began = time.perf_counter()
        for _ in range(10):
            np.argpartition(scores, -k)
        timed.append(time.perf_counter() - began)
    return timed[1] / timed[0]


def scalar_selection_env() -> dict[str, str]:
    """The environment that turns numpy's dispatched SIMD kernels off for a process
    (``NPY_DISABLE_CPU_FEATURES``, every feature this host dispatches to), so that bm25s's
    top-k runs numpy's scalar partition, as on a host without the slow path."""
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__

    found = [name for name in __cpu_dispatch__ if __cpu_features__.get(name)]
    return {**os.environ, "NPY_DISABLE_CPU_FEATURES": " ".join(found)}


def _tokenize(texts: Sequence[str], *, vocab: bool) -> Any:
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    return bm25s.tokenize(
        list(texts),
        stopwords="en",
        stemmer=stemmer,
        show_progress=False,
        return_ids=vocab,
    )


def build(folder: Path, *, texts: Sequence[str], claims: dict[str, str]) -> float:
    """Index ``texts`` with bm25s into ``folder`` (with the corpus and the claims); seconds."""
    import bm25s

    began = time.perf_counter()
    retriever = bm25s.BM25()
    retriever.index(_tokenize(texts, vocab=True), show_progress=False)
    corpus = [{"id": n, "text": text} for n, text in enumerate(texts)]
    retriever.save(str(folder), corpus=corpus, show_progress=False)
    seconds = time.perf_counter() - began
    (folder / "claims.json").write_text(json.dumps(claims), encoding="utf-8")
    return seconds


def match(folder: Path, out: Path) -> None:
    """The timed part: load, retrieve 50 per claim, rerank, write the top 5 of each claim."""
    import bm25s
    from rapidfuzz import fuzz, process

    claims: dict[str, str] = json.loads((folder / "claims.json").read_text(encoding="utf-8"))
    retriever = bm25s.BM25.load(str(folder), load_corpus=True, mmap=True)
    ids = list(claims)
    queries = _tokenize([claims[c] for c in ids], vocab=False)
    found, _ = retriever.retrieve(
        queries,
        k=CANDIDATES,
        return_as="tuple",
        show_progress=False,
        n_threads=os.cpu_count() or 1,
    )
    shown: dict[str, list[int]] = {}
    # With its corpus loaded, bm25s returns each claim's 50 passages as corpus entries.
    for claim_id, entries in zip(ids, found, strict=True):
        texts = [entry["text"] for entry in entries]
        best = process.extract(claims[claim_id], texts, scorer=fuzz.token_set_ratio, limit=SHOWN)
        shown[claim_id] = [int(entries[i]["id"]) for _, _, i in best]
    out.write_text(json.dumps(shown), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "match":
        raise SystemExit("usage: python benchmarks/bm25s_side.py match FOLDER OUT.json")
    match(Path(sys.argv[2]), Path(sys.argv[3]))
