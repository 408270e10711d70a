"""The workspace's index and the archive as one ``CandidateIndex``, for the one matcher.

Numbers below the local index's size are its passages; the rest are the archive's,
shifted by that size. Candidates are both lists merged by BM25 score (the local one first
on a tie); a term's idf is over both corpora together, so a claim's weights do not depend
on where a passage lives. With an empty workspace the combination answers exactly as the
archive alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from typing import Any, overload

from factcheck.archive.search import ArchiveIndex, archive_id
from factcheck.index import CandidateIndex
from factcheck.workspace import Passage, Workspace, terms


def _local_df(index: CandidateIndex, size: int, term: str) -> int:
    """A term's document frequency in a local index, from its idf (the formula inverted).

    ``idf = ln(1 + (n - df + 0.5) / (df + 0.5))``; the rounding error of the inversion is
    far below one half for any corpus size, so rounding gives the count back exactly.
    """
    ratio = math.expm1(index.idf(term))
    return max(0, round((size + 0.5 - 0.5 * ratio) / (1.0 + ratio)))


class CombinedPassages(Sequence[Passage]):
    """The local passages, then the archive's."""

    def __init__(self, local: Sequence[Passage], archive: Sequence[Passage]) -> None:
        self._local = local
        self._archive = archive
        self._offset = len(local)

    def __len__(self) -> int:
        return self._offset + len(self._archive)

    @overload
    def __getitem__(self, number: int) -> Passage: ...

    @overload
    def __getitem__(self, number: slice) -> list[Passage]: ...

    def __getitem__(self, number: int | slice) -> Passage | list[Passage]:
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(len(self)))]
        if number < 0:
            number += len(self)
        if number < self._offset:
            return self._local[number]
        return self._archive[number - self._offset]

    def source_and_flag(self, number: int) -> tuple[str, bool]:
        if number < self._offset:
            look_up = getattr(self._local, "source_and_flag", None)
            if look_up is not None:
                found: tuple[str, bool] = look_up(number)
                return found
        passage = self[number]
        return passage.source_id, passage.boilerplate


class CombinedIndex:
    """A ``CandidateIndex`` over a workspace's index and the archive (see the module)."""

    def __init__(self, local: CandidateIndex, archive: ArchiveIndex) -> None:
        self.local = local
        self.archive = archive
        self._offset = len(local.passages)
        self._passages = CombinedPassages(local.passages, archive.passages)
        self._idf: dict[str, float] = {}

    @property
    def passages(self) -> CombinedPassages:
        return self._passages

    def idf(self, term: str) -> float:
        """Okapi BM25 idf over both corpora together."""
        found = self._idf.get(term)
        if found is None:
            size = self._offset + self.archive.size
            df = _local_df(self.local, self._offset, term) + self.archive.document_frequency(term)
            found = self._idf[term] = math.log(1.0 + (size - df + 0.5) / (df + 0.5))
        return found

    def candidates(self, query: str, *, limit: int) -> list[tuple[int, float]]:
        """Both indexes' best ``limit``, merged by score (local first on a tie)."""
        local = [(score, 0, n) for n, score in self.local.candidates(query, limit=limit)]
        archive = [
            (score, 1, n + self._offset) for n, score in self.archive.candidates(query, limit=limit)
        ]
        merged = sorted(local + archive, key=lambda item: (-item[0], item[1], item[2]))
        return [(n, score) for score, _, n in merged[:limit]]

    def scores_of(self, query: str, numbers: Collection[int]) -> dict[int, float]:
        """BM25 scores of the workspace's passages among ``numbers`` (those ``candidates``
        gives, the local index's own); the archive's are left out (claims cite the
        workspace's sources)."""
        score = getattr(self.local, "scores_of", None)
        local = [n for n in numbers if n < self._offset]
        return score(query, local) if score is not None and local else {}

    def term_strings(self, numbers: Sequence[int]) -> list[str]:
        """Each passage's index terms joined by spaces, from whichever index holds it."""
        local = [n for n in numbers if n < self._offset]
        remote = [n - self._offset for n in numbers if n >= self._offset]
        stored = getattr(self.local, "term_strings", None)
        near = stored(local) if stored is not None else None
        if near is None:
            near = [" ".join(terms(self.local.passages[n].text)) for n in local]
        found = dict(zip(local, near, strict=True))
        far = self.archive.term_strings(remote) if remote else []
        found.update((n + self._offset, text) for n, text in zip(remote, far, strict=True))
        return [found[n] for n in numbers]

    def passages_of(self, source_id: str) -> list[int]:
        """The numbers of a source's passages, local or in the archive."""
        passages_of = getattr(self.local, "passages_of", None)
        if passages_of is not None:
            local = list(passages_of(source_id))
        else:
            local = [n for n, p in enumerate(self.local.passages) if p.source_id == source_id]
        if local:
            return local
        return [n + self._offset for n in self.archive.passages_of(source_id)]


def combine(workspace: Workspace, local: CandidateIndex, *, url: str) -> CombinedIndex:
    """The workspace's index with the archive at ``url``; the workspace's own copies of
    sources (same content hash) are left out of the archive's candidates."""
    from factcheck.archive.connect import connect

    hashes = [s.content_hash for s in workspace.sources.values()]
    with connect(url) as conn:
        from factcheck.archive.schema import ensure_schema

        ensure_schema(conn, create=False)
        hidden = [
            str(row[0])
            for row in conn.execute(
                "SELECT id FROM archive_sources WHERE content_hash = ANY(%s)", (hashes,)
            ).fetchall()
        ]
    return CombinedIndex(local, ArchiveIndex(url, hidden=hidden))


def describe_evidence(index: CandidateIndex) -> Callable[[str], dict[str, Any]]:
    """For match's JSON: by a passage's source id, where its evidence comes from, and for
    the archive, its source's id, title, URL, date, publisher and content hash."""
    archive = index.archive if isinstance(index, CombinedIndex) else None

    def describe(source_id: str) -> dict[str, Any]:
        plain = archive_id(source_id)
        found = archive.source(plain) if archive is not None and plain is not None else None
        if found is None:
            return {"origin": "workspace"}
        return {
            "origin": "archive",
            "archive": {
                "id": found.id,
                "title": found.title,
                "url": found.url,
                "date": found.published,
                "publisher": found.publisher,
                "hash": found.content_hash,
            },
        }

    return describe
