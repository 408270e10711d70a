"""Writing to the archive: adding sources incrementally by content hash, removing them.

Each source's passages are split exactly as in a workspace (``split_passages``) and
tokenised with the local index's ``terms``. A source whose hash is stored already is
unchanged; one whose hash differs is replaced (its old passages and their statistics go
first). Writes hold an advisory lock, so two editors adding at once queue rather than
corrupt the term statistics, and each source's passages get consecutive numbers.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.archive.schema import WRITE_LOCK, schema_version
from factcheck.workspace import Passage, Source, split_passages, terms

if TYPE_CHECKING:
    import psycopg

# Sources written per transaction: a large add commits as it goes and shows progress.
BATCH_PASSAGES = 20_000
# PostgreSQL keeps at most this position in a tsvector (a passage never gets near it).
_MAX_POSITION = 16383


@dataclass(frozen=True)
class AddReport:
    """What ``add_sources`` did, by source id."""

    added: tuple[str, ...]
    unchanged: tuple[str, ...]
    changed: tuple[str, ...]
    passages: int  # passages written


def tsvector_literal(found: Sequence[str]) -> str:
    """``found`` (index terms in text order) as a tsvector: each term with its positions."""
    positions: dict[str, list[str]] = {}
    for i, term in enumerate(found, 1):
        positions.setdefault(term, []).append(str(min(i, _MAX_POSITION)))
    return " ".join(f"'{quote_lexeme(t)}':{','.join(p)}" for t, p in positions.items())


def repeats_json(found: Sequence[str]) -> str | None:
    """The terms occurring more than once in ``found``, with their counts, as JSON (or None)."""
    counts = Counter(found)
    repeated = {t: n for t, n in counts.items() if n > 1}
    return json.dumps(repeated, ensure_ascii=False) if repeated else None


def quote_lexeme(term: str) -> str:
    """A term quoted for tsvector and tsquery input (taken verbatim, no dictionary)."""
    return term.replace("\\", "\\\\").replace("'", "''")


def add_sources(
    conn: psycopg.Connection[tuple[object, ...]],
    sources: Iterable[Source],
    *,
    progress: Callable[[int], None] | None = None,
) -> AddReport:
    """Add or replace ``sources`` (by content hash); ``progress(passages written)``."""
    added: list[str] = []
    unchanged: list[str] = []
    changed: list[str] = []
    written = 0
    batch: list[Source] = []
    size = 0

    def flush() -> None:
        nonlocal written, size
        if not batch:
            return
        # Tokenise before taking the write lock, so several editors adding at once split
        # and stem in parallel and only queue for the writes.
        known = _stored_hashes(conn, [s.id for s in batch])
        fresh = [s for s in batch if known.get(s.id) != s.content_hash]
        prepared = {s.id: _passage_rows(s) for s in fresh}
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            stored = _stored_hashes(conn, [s.id for s in batch])
            fresh = []
            for source in batch:
                old = stored.get(source.id)
                if old == source.content_hash:
                    unchanged.append(source.id)
                    continue
                (changed if old is not None else added).append(source.id)
                fresh.append(source)
            _delete(conn, [s.id for s in fresh if s.id in stored])
            rows = [prepared.get(s.id) or _passage_rows(s) for s in fresh]
            written += _insert(conn, fresh, rows)
        batch.clear()
        size = 0
        if progress is not None:
            progress(written)

    seen: set[str] = set()
    for source in sources:
        if source.id in seen:
            continue  # the same id twice in one add: the first wins
        seen.add(source.id)
        batch.append(source)
        size += max(1, len(source.text) // 150)
        if size >= BATCH_PASSAGES:
            flush()
    flush()
    if written:
        tidy(conn)
    return AddReport(tuple(added), tuple(unchanged), tuple(changed), written)


def tidy(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    """After a large write: merge the GIN index's pending list and refresh the statistics.

    New rows enter a GIN index through a pending list that every search reads in full until
    it is merged (a query over rare terms took 10 ms instead of 1 before); without fresh
    statistics the planner scans the table instead of using the index. Both need the
    tables' owner: another role leaves them to autovacuum.
    """
    for statement in (
        "SELECT gin_clean_pending_list('archive_passages_tsv'::regclass)",
        "ANALYZE archive_passages, archive_terms",
    ):
        try:
            conn.execute(statement)
        except Exception as exc:  # a role that does not own the tables; autovacuum will
            if type(exc).__module__.split(".")[0] != "psycopg":
                raise


def _stored_hashes(conn: psycopg.Connection[tuple[object, ...]], ids: list[str]) -> dict[str, str]:
    rows = conn.execute(
        "SELECT id, content_hash FROM archive_sources WHERE id = ANY(%s)", (ids,)
    ).fetchall()
    return {str(row[0]): str(row[1]) for row in rows}


PassageRows = list[tuple[Passage, list[str]]]


def _passage_rows(source: Source) -> PassageRows:
    """A source's passages, each with its index terms."""
    return [(p, terms(p.text)) for p in split_passages(source)]


def _insert(
    conn: psycopg.Connection[tuple[object, ...]],
    sources: list[Source],
    prepared: list[PassageRows],
) -> int:
    """Write sources with their passages and statistics; the number of passages written."""
    rows = []
    df: Counter[str] = Counter()
    total_terms = 0
    for source, passages in zip(sources, prepared, strict=True):
        for passage, found in passages:
            df.update(set(found))
            total_terms += len(found)
            rows.append((source.id, passage, found))
    if not sources:
        return 0
    first = 1
    if rows:
        # One block of consecutive numbers (the write lock is held), so a source's
        # passages are neighbours by number, as the matcher's context expects.
        found_first = conn.execute(
            "SELECT setval('archive_passage_ids', nextval('archive_passage_ids') + %s) - %s",
            (len(rows) - 1, len(rows) - 1),
        ).fetchone()
        assert found_first is not None
        first = int(str(found_first[0]))
    with conn.cursor() as cur:
        with cur.copy(
            "COPY archive_sources (id, path, title, url, publisher, published, author, "
            "content_hash, chars) FROM STDIN"
        ) as copy:
            for s in sources:
                meta = s.meta
                copy.write_row(
                    (
                        s.id,
                        s.path,
                        meta.title,
                        meta.url,
                        meta.publisher,
                        meta.published,
                        meta.author,
                        s.content_hash,
                        len(s.text),
                    )
                )
        with cur.copy(
            "COPY archive_passages (id, source_id, start_at, end_at, boilerplate, page, text, "
            "nterms, terms, tsv, repeats) FROM STDIN"
        ) as copy:
            for number, (source_id, p, found) in enumerate(rows, first):
                copy.write_row(
                    (
                        number,
                        source_id,
                        p.start,
                        p.end,
                        p.boilerplate,
                        p.page,
                        p.text,
                        len(found),
                        " ".join(found),
                        tsvector_literal(found),
                        repeats_json(found),
                    )
                )
    ordered = sorted(df.items())
    conn.execute(
        "INSERT INTO archive_terms SELECT * FROM unnest(%s::text[], %s::int[]) "
        "ON CONFLICT (term) DO UPDATE SET df = archive_terms.df + EXCLUDED.df",
        ([t for t, _ in ordered], [n for _, n in ordered]),
    )
    conn.execute(
        "UPDATE archive_corpus SET passages = passages + %s, terms = terms + %s",
        (len(rows), total_terms),
    )
    return len(rows)


def _delete(conn: psycopg.Connection[tuple[object, ...]], ids: list[str]) -> int:
    """Delete sources (and their passages and statistics); the number of sources deleted."""
    if not ids:
        return 0
    conn.execute(
        "WITH gone AS (SELECT u.lexeme, count(*) AS n FROM archive_passages p, "
        "unnest(p.tsv) AS u WHERE p.source_id = ANY(%s) GROUP BY u.lexeme) "
        "UPDATE archive_terms t SET df = t.df - gone.n FROM gone WHERE t.term = gone.lexeme",
        (ids,),
    )
    conn.execute("DELETE FROM archive_terms WHERE df <= 0")
    conn.execute(
        "UPDATE archive_corpus SET passages = passages - c.n, terms = terms - c.t FROM "
        "(SELECT count(*) AS n, coalesce(sum(nterms), 0) AS t FROM archive_passages "
        "WHERE source_id = ANY(%s)) AS c",
        (ids,),
    )
    cur = conn.execute("DELETE FROM archive_sources WHERE id = ANY(%s)", (ids,))
    return cur.rowcount


def remove_sources(conn: psycopg.Connection[tuple[object, ...]], ids: list[str]) -> list[str]:
    """Remove the sources ``ids``; the ids that were not in the archive."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        present = {
            str(row[0])
            for row in conn.execute(
                "SELECT id FROM archive_sources WHERE id = ANY(%s)", (ids,)
            ).fetchall()
        }
        _delete(conn, sorted(present))
    return [i for i in ids if i not in present]


@dataclass(frozen=True)
class Status:
    """Counts and sizes for ``archive status``."""

    schema_version: int
    sources: int
    passages: int
    terms: int
    claim_reviews: int
    database_bytes: int
    passages_bytes: int
    index_bytes: int


def status(conn: psycopg.Connection[tuple[object, ...]]) -> Status:
    """The archive's counts and on-disk sizes."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM archive_sources), (SELECT passages FROM archive_corpus), "
        "(SELECT count(*) FROM archive_terms), (SELECT count(*) FROM archive_claimreviews), "
        "pg_database_size(current_database()), pg_total_relation_size('archive_passages'), "
        "pg_relation_size('archive_passages_tsv')"
    ).fetchone()
    assert row is not None
    values = [int(str(v)) for v in row]
    return Status(schema_version(conn), *values)
