"""Candidates from the archive: ``tsvector``/GIN retrieval, scored as the local index scores.

``ArchiveIndex`` is a ``CandidateIndex``. PostgreSQL finds the passages sharing a term with
the claim through the GIN index (``tsv @@ 'a' | 'b'``) and ranks them by Okapi BM25 in
double precision, with the corpus statistics the archive keeps. The best of those are then
scored again here with exactly the local index's float32 arithmetic (the same expression,
terms summed in the same order), and ties are broken by passage number, so on the same
corpus the archive returns the local index's ranking and scores, bit for bit. Enough rows
are fetched that rounding cannot change which passages make the cut.

A passage's number is its id in the archive: a source's passages are consecutive, so the
matcher reads a passage's neighbours as it does locally. Passages are fetched when first
needed and kept for the next claims.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, overload

import numpy as np

from factcheck.archive.bm25 import MARGIN, candidates_sql, essential_terms, exact_top, rarest_terms
from factcheck.archive.connect import connect
from factcheck.archive.ingest import quote_lexeme
from factcheck.index import BM25_B, BM25_K1
from factcheck.workspace import Passage, terms

if TYPE_CHECKING:
    pass

# Evidence from the archive names its source "archive:<id>": never a workspace source id
# (those have no colon), so pins and dismissals of archive passages stay distinct.
ARCHIVE_PREFIX = "archive:"
CACHED_PASSAGES = 50_000
_GONE = Passage(source_id="", start=0, end=0, text="")


_PASSAGE_COLUMNS = "id, source_id, start_at, end_at, text, boilerplate, page, terms"


@dataclass(frozen=True)
class ArchiveSource:
    """What evidence from the archive says about its source."""

    id: str
    title: str
    url: str | None
    published: str | None
    publisher: str | None
    content_hash: str


def archive_id(source_id: str) -> str | None:
    """The archive's id of a passage's ``source_id`` (``archive:x`` -> ``x``), else None."""
    return source_id[len(ARCHIVE_PREFIX) :] if source_id.startswith(ARCHIVE_PREFIX) else None


class ArchivePassages(Sequence[Passage]):
    """The archive's passages by number (id), fetched on first use."""

    def __init__(self, index: ArchiveIndex, size: int) -> None:
        self._index = index
        self._size = size
        self._cache: dict[int, tuple[Passage, str]] = {}

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, number: int) -> Passage: ...

    @overload
    def __getitem__(self, number: slice) -> list[Passage]: ...

    def __getitem__(self, number: int | slice) -> Passage | list[Passage]:
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(self._size))]
        if number < 0:
            number += self._size
        if not 0 <= number < self._size:
            raise IndexError(number)
        return self.fetch([number])[number][0]

    def fetch(self, numbers: Sequence[int]) -> dict[int, tuple[Passage, str]]:
        """(passage, its terms joined by spaces) for each number (a removed one: empty)."""
        missing = [n for n in numbers if n not in self._cache]
        if missing:
            if len(self._cache) + len(missing) > CACHED_PASSAGES:
                self._cache.clear()
            rows = self._index.query(
                f"SELECT {_PASSAGE_COLUMNS} FROM archive_passages WHERE id = ANY(%s)",
                (missing,),
            )
            for row in rows:
                self._cache[int(row[0])] = _passage(row)
            for n in missing:
                self._cache.setdefault(n, (_GONE, ""))
        return {n: self._cache[n] for n in numbers}

    def source_and_flag(self, number: int) -> tuple[str, bool]:
        passage = self[number]
        return passage.source_id, passage.boilerplate


def _passage(row: tuple[Any, ...]) -> tuple[Passage, str]:
    _, source_id, start, end, text, boilerplate, page, found = row
    passage = Passage(
        source_id=ARCHIVE_PREFIX + str(source_id),
        start=int(start),
        end=int(end),
        text=str(text),
        boilerplate=bool(boilerplate),
        page=None if page is None else int(page),
    )
    return passage, str(found)


class ArchiveIndex:
    """A ``CandidateIndex`` over the archive (see the module docstring).

    ``hidden``: archive source ids left out of the candidates (the workspace's own copies).
    Statistics are read when it opens: it answers as of then, like a local index.
    """

    def __init__(self, url: str, *, hidden: Sequence[str] = ()) -> None:
        self._url = url
        self._pid = os.getpid()
        self._conn = connect(url)
        self._inherited: list[object] = []
        self._hidden = list(hidden)
        row = self.query(
            "SELECT passages, terms, (SELECT coalesce(max(id), 0) FROM archive_passages) "
            "FROM archive_corpus"
        )[0]
        self._n, total, top = (int(v) for v in row)
        # MemoryIndex's float(lengths.mean()): a float32 mean, exact while sums fit float32.
        self._avg = float(np.float32(total) / np.float32(self._n)) if self._n else 1.0
        self._df: dict[str, int] = {}
        self._passages = ArchivePassages(self, top + 1)
        self._sources: dict[str, ArchiveSource | None] = {}

    def query(self, sql: str, params: Any = None) -> list[tuple[Any, ...]]:
        """Rows of ``sql``; a forked matcher opens its own connection first."""
        if os.getpid() != self._pid:
            # A forked worker must not use (or close) the parent's connection: keep the
            # inherited object alive, untouched, and open one of its own.
            self._inherited.append(self._conn)
            self._conn = connect(self._url)
            self._pid = os.getpid()
        return list(self._conn.execute(sql, params).fetchall())

    @property
    def passages(self) -> ArchivePassages:
        return self._passages

    @property
    def size(self) -> int:
        """How many passages the archive holds."""
        return self._n

    def document_frequency(self, term: str) -> int:
        """In how many archive passages ``term`` occurs."""
        found = self._df.get(term)
        if found is None:
            self._load_df([term])
            found = self._df[term]
        return found

    def _load_df(self, wanted: Sequence[str]) -> None:
        missing = [t for t in wanted if t not in self._df]
        if not missing:
            return
        rows = self.query("SELECT term, df FROM archive_terms WHERE term = ANY(%s)", (missing,))
        found = {str(t): int(df) for t, df in rows}
        for term in missing:
            self._df[term] = found.get(term, 0)

    def idf(self, term: str) -> float:
        """Okapi BM25 inverse document frequency, as the local index computes it."""
        df = self.document_frequency(term)
        return math.log(1.0 + (self._n - df + 0.5) / (df + 0.5))

    def candidates(self, query: str, *, limit: int) -> list[tuple[int, float]]:
        """Up to ``limit`` (passage number, BM25 score) pairs, best first, ties by number."""
        order = list(set(terms(query)))  # the order the local index sums in
        self._load_df(order)
        used = [t for t in order if self._df[t]]
        if limit < 1 or not used:
            return []
        weights = [self.idf(t) for t in used]
        params: dict[str, Any] = {
            "hidden": self._hidden,
            "k1": BM25_K1,
            "k1p1": BM25_K1 + 1,
            "b": BM25_B,
            "one_b": 1 - BM25_B,
            "avg": self._avg,
        }
        for i, term in enumerate(used):
            params.update({f"t{i}": term, f"q{i}": f"'{quote_lexeme(term)}'", f"w{i}": weights[i]})
        params["limit"] = limit
        sql = (candidates_sql(len(used)), candidates_sql(len(used), capped=True))

        def fetch(required: list[str]) -> list[tuple[Any, ...]]:
            query = " | ".join(f"'{quote_lexeme(t)}'" for t in required)
            return self._fetch(sql, {**params, "query": query}, limit)

        # MaxScore: first the passages holding the rarest terms; their k-th score then shows
        # which common terms cannot lift a passage without a rarer one into the top.
        df = [self._df[t] for t in used]
        rare = rarest_terms(used, df, enough=limit * 4)
        rows = fetch(rare)
        floor = float(rows[limit - 1][3]) if len(rows) >= limit else 0.0
        needed = essential_terms(used, weights, floor=floor)
        if len(needed) > len(rare):
            rows = fetch(needed)
        found = exact_top(rows, weights=weights, avg=self._avg, limit=limit)
        self._passages.fetch([n for n, _ in found])  # the matcher reads them all next
        return found

    def _fetch(
        self, sql: tuple[str, str], params: dict[str, Any], limit: int
    ) -> list[tuple[Any, ...]]:
        """The query's best rows: ``limit`` and all within MARGIN of the limit-th."""
        fetch = limit * 2 + 16
        capped = 0
        while True:
            rows = self.query(sql[capped], {**params, "fetch": fetch})
            if len(rows) < fetch or len(rows) <= limit:
                return rows
            kth = float(rows[limit - 1][3])
            if float(rows[-1][3]) < kth - abs(kth) * MARGIN:
                return rows
            # Ties or near-ties reach the end of what was fetched: look further, with
            # interchangeable passages capped (see candidates_sql).
            capped = 1
            fetch *= 4

    def term_strings(self, numbers: Sequence[int]) -> list[str]:
        """Each passage's index terms in text order, joined by spaces (stored at ingest)."""
        found = self._passages.fetch(numbers)
        return [found[n][1] for n in numbers]

    def passages_of(self, source_id: str) -> list[int]:
        """The numbers of an archive source's passages (``source_id`` with or without prefix)."""
        plain = archive_id(source_id) or source_id
        rows = self.query(
            "SELECT id FROM archive_passages WHERE source_id = %s ORDER BY id", (plain,)
        )
        return [int(r[0]) for r in rows]

    def source(self, source_id: str) -> ArchiveSource | None:
        """An archive source's metadata (``source_id`` with or without prefix), or None."""
        plain = archive_id(source_id) or source_id
        if plain not in self._sources:
            rows = self.query(
                "SELECT id, title, url, published, publisher, content_hash "
                "FROM archive_sources WHERE id = %s",
                (plain,),
            )
            self._sources[plain] = ArchiveSource(*rows[0]) if rows else None
        return self._sources[plain]

    def source_passages(self, source_id: str) -> list[Passage]:
        """An archive source's passages, in order (for checking pinned quotes)."""
        numbers = self.passages_of(source_id)
        found = self._passages.fetch(numbers)
        return [found[n][0] for n in numbers]

    def close(self) -> None:
        """Close this process's connection."""
        if os.getpid() == self._pid:
            self._conn.close()
