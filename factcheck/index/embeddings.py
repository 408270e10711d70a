"""Passage vectors for semantic retrieval: the encoder interface, cosine search, the index.

An ``Encoder`` (``factcheck.evidence.semantic`` has the real one) turns texts into
L2-normalised float32 vectors. ``PassageVectors`` holds one vector per passage of an
index, float16 in blocks (memory-mapped from ``.factcheck/index/vectors/``, see
``vectorstore``, or built in memory), and finds the passages nearest a claim by cosine.
``VectorIndex`` is a ``CandidateIndex`` with vectors: the index it wraps plus ``vectors``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol

import numpy as np

from factcheck.index.candidates import CandidateIndex
from factcheck.index.segments import Array
from factcheck.workspace import Passage

# Rows of passage vectors multiplied at once (bounds the scratch memory of a search).
SEARCH_ROWS = 1 << 15
# Passages encoded per call of the encoder (their texts and vectors held at once).
ENCODE_SLICE = 1024


class Encoder(Protocol):
    """What the index needs from a sentence-embedding model."""

    @property
    def model_id(self) -> str:
        """Names the model and its files: vectors made with another id are made again."""
        ...

    @property
    def dimension(self) -> int: ...

    def encode(
        self, texts: Sequence[str], *, progress: Callable[[int, int], None] | None = None
    ) -> Array:
        """One L2-normalised float32 row per text."""
        ...


class PassageVectors:
    """One vector per passage number, in blocks; the claims' vectors and neighbours cached.

    ``block_of[n]`` and ``row_of[n]`` say where passage ``n``'s vector is.
    """

    def __init__(
        self, *, encoder: Encoder, blocks: Sequence[Array], block_of: Array, row_of: Array
    ) -> None:
        self.encoder = encoder
        self._blocks = list(blocks)
        self._block_of = block_of
        self._row_of = row_of
        # Per block: the passage number of each row (-1: a row no passage uses any more).
        self._numbers = [np.full(len(b), -1, dtype=np.int64) for b in self._blocks]
        for b, numbers in enumerate(self._numbers):
            mine = np.flatnonzero(block_of == b)
            numbers[row_of[mine]] = mine
        self._queries: dict[str, Array] = {}
        self._nearest: dict[tuple[str, int], list[tuple[int, float]]] = {}

    def __len__(self) -> int:
        return len(self._block_of)

    def prepare(self, texts: Iterable[str], *, limit: int) -> None:
        """Encode ``texts`` and find their ``limit`` nearest passages, all in one batch.

        Done before matching forks its workers: they then only look the answers up.
        """
        todo = list(dict.fromkeys(t for t in texts if (t, limit) not in self._nearest))
        if not todo:
            return
        missing = [t for t in todo if t not in self._queries]
        if missing:
            for text, row in zip(missing, self.encoder.encode(missing), strict=True):
                self._queries[text] = row
        queries = np.stack([self._queries[t] for t in todo])
        for text, found in zip(todo, self._search(queries, limit), strict=True):
            self._nearest[(text, limit)] = found

    def query(self, text: str) -> Array:
        """The vector of ``text`` (a claim), encoded once."""
        found = self._queries.get(text)
        if found is None:
            found = self._queries[text] = self.encoder.encode([text])[0]
        return found

    def nearest(self, text: str, *, limit: int) -> list[tuple[int, float]]:
        """Up to ``limit`` (passage number, cosine) pairs nearest ``text``, best first."""
        if (text, limit) not in self._nearest:
            self.prepare([text], limit=limit)
        return self._nearest[(text, limit)]

    def cosines(self, text: str, numbers: Iterable[int]) -> dict[int, float]:
        """The cosine between ``text`` and each of the passages ``numbers``."""
        wanted = np.fromiter(numbers, dtype=np.int64)
        query = self.query(text)
        out = np.zeros(len(wanted), dtype=np.float32)
        blocks = self._block_of[wanted]
        for b in np.unique(blocks):
            mine = blocks == b
            rows = self._blocks[b][self._row_of[wanted[mine]]].astype(np.float32)
            out[mine] = rows @ query
        return dict(zip(wanted.tolist(), out.tolist(), strict=True))

    def _search(self, queries: Array, limit: int) -> list[list[tuple[int, float]]]:
        """Each query's ``limit`` best (passage number, cosine), by exact search."""
        best_numbers = np.zeros((len(queries), 0), dtype=np.int64)
        best_scores = np.zeros((len(queries), 0), dtype=np.float32)
        step = max(256, SEARCH_ROWS // max(1, len(queries) // 64))
        for block, numbers in zip(self._blocks, self._numbers, strict=True):
            for lo in range(0, len(block), step):
                rows = numbers[lo : lo + step]
                sims = queries @ np.asarray(block[lo : lo + step], dtype=np.float32).T
                sims[:, rows < 0] = -np.inf
                best_numbers = np.concatenate(
                    [best_numbers, np.broadcast_to(rows, sims.shape)], axis=1
                )
                best_scores = np.concatenate([best_scores, sims], axis=1)
                if best_scores.shape[1] > limit:
                    keep = np.argpartition(-best_scores, limit - 1, axis=1)[:, :limit]
                    best_scores = np.take_along_axis(best_scores, keep, axis=1)
                    best_numbers = np.take_along_axis(best_numbers, keep, axis=1)
        found = []
        for numbers, scores in zip(best_numbers, best_scores, strict=True):
            order = np.lexsort((numbers, -scores))
            found.append(
                [(int(numbers[i]), float(scores[i])) for i in order if np.isfinite(scores[i])]
            )
        return found


def encode_passages(
    *,
    encoder: Encoder,
    passages: Sequence[Passage],
    numbers: Sequence[int],
    progress: Callable[[int, int], None] | None = None,
) -> Array:
    """float16 vectors of the passages ``numbers`` (as stored), encoded in slices."""
    out = np.zeros((len(numbers), encoder.dimension), dtype=np.float16)
    for lo, vectors in encoded_slices(
        encoder=encoder, passages=passages, numbers=numbers, progress=progress
    ):
        out[lo : lo + len(vectors)] = vectors
    return out


def encoded_slices(
    *,
    encoder: Encoder,
    passages: Sequence[Passage],
    numbers: Sequence[int],
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[tuple[int, Array]]:
    """(first row, float16 vectors) of the passages ``numbers``, ``ENCODE_SLICE`` at a time:
    a caller writing each slice away holds one slice, not all the vectors."""
    for lo in range(0, len(numbers), ENCODE_SLICE):
        texts = [passages[n].text for n in numbers[lo : lo + ENCODE_SLICE]]
        # The same float32 -> float16 rounding as assigning into a float16 array.
        yield lo, np.asarray(encoder.encode(texts), dtype=np.float16)
        if progress is not None:
            progress(lo + len(texts), len(numbers))


def in_memory(
    *,
    index: CandidateIndex,
    encoder: Encoder,
    progress: Callable[[int, int], None] | None = None,
) -> VectorIndex:
    """``index`` with vectors made now, kept in memory (for an index that is not stored)."""
    passages = index.passages
    vectors = encode_passages(
        encoder=encoder, passages=passages, numbers=range(len(passages)), progress=progress
    )
    count = len(passages)
    return VectorIndex(
        index,
        PassageVectors(
            encoder=encoder,
            blocks=[vectors],
            block_of=np.zeros(count, dtype=np.int32),
            row_of=np.arange(count, dtype=np.int64),
        ),
    )


class VectorIndex:
    """A ``CandidateIndex`` with passage vectors: everything else is the wrapped index's."""

    def __init__(self, base: CandidateIndex, vectors: PassageVectors) -> None:
        self.base = base
        self.vectors = vectors

    @property
    def passages(self) -> Sequence[Passage]:
        return self.base.passages

    def candidates(self, query: str, *, limit: int) -> list[tuple[int, float]]:
        return self.base.candidates(query, limit=limit)

    def idf(self, term: str) -> float:
        return self.base.idf(term)

    def __getattr__(self, name: str) -> Any:
        # passages_of, term_strings, ...: the optional fast paths of the wrapped index.
        return getattr(self.base, name)
