"""Pinned archive evidence: the archive's copy of a source, for ``check`` to find quotes in.

A verdict pins an archive passage as ``source: archive:<id>`` with its quote, span and the
source's content hash. ``check`` looks for the quote in the archive's current copy as it
does in a workspace source: the copy is rebuilt from the stored passages at their exact
offsets (the characters between passages, only spaces and line breaks in the original, are
spaces here), so a quote at its span, or moved, is found, and changed words are drift.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.archive.search import ArchiveIndex, archive_id
from factcheck.workspace import Source, SourceMeta


def archive_copy(index: ArchiveIndex, source_id: str) -> Source | None:
    """The archive's copy of ``source_id`` (``archive:<id>``), or None when it has none."""
    plain = archive_id(source_id)
    found = index.source(plain) if plain is not None else None
    if plain is None or found is None:
        return None
    passages = index.source_passages(plain)
    size = max((p.end for p in passages), default=0)
    chars = [" "] * size
    for p in passages:
        chars[p.start : p.end] = p.text
    meta = SourceMeta(
        title=found.title, url=found.url, publisher=found.publisher, published=found.published
    )
    return Source(
        id=source_id,
        path=source_id,
        text="".join(chars),
        meta=meta,
        content_hash=found.content_hash,
    )


def pinned_sources(url: str) -> Callable[[str], Source | None]:
    """A look-up of archive copies for ``CheckOptions.pinned_sources`` (connects on first use)."""
    opened: list[ArchiveIndex] = []

    def look_up(source_id: str) -> Source | None:
        if archive_id(source_id) is None:
            return None
        if not opened:
            opened.append(ArchiveIndex(url))
        return archive_copy(opened[0], source_id)

    return look_up
