"""The archive's tables, created and migrated by the tool, one numbered step at a time.

``archive_meta`` holds the schema version. Opening an archive applies the steps it lacks
(each in one transaction, under an advisory lock so two editors cannot race); an archive
written by a newer factcheck is refused with a clear message rather than misread.

Passages carry their terms twice: ``terms`` (the index terms in text order, for the
rapidfuzz rescoring) and ``tsv``, a ``tsvector`` of the same terms with their positions
under a GIN index; ``repeats`` lists the terms that occur more than once, with their
counts. The terms are ``factcheck.workspace.terms``, the local index's own tokenizer,
written as lexemes verbatim (no PostgreSQL dictionary runs): both indexes see the same
words. ``archive_terms`` keeps
each term's document frequency and ``archive_corpus`` the passage and term counts, the
statistics BM25 needs, updated in the same transaction as the passages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.workspace import text as text_module

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = 3
# pg_advisory_lock key for schema changes and writes ("fcarchiv" in ASCII).
WRITE_LOCK = 0x6663617263686976

MIGRATIONS: dict[int, str] = {
    1: """
CREATE TABLE archive_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE archive_sources (
    id text PRIMARY KEY,
    path text NOT NULL,
    title text NOT NULL,
    url text,
    publisher text,
    published text,
    author text,
    content_hash text NOT NULL,
    chars integer NOT NULL,
    added_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE archive_passages (
    id bigint PRIMARY KEY,
    source_id text NOT NULL REFERENCES archive_sources (id) ON DELETE CASCADE,
    start_at integer NOT NULL,
    end_at integer NOT NULL,
    boilerplate boolean NOT NULL,
    page integer,
    text text NOT NULL,
    nterms integer NOT NULL,
    terms text NOT NULL,
    tsv tsvector NOT NULL
);
CREATE INDEX archive_passages_source ON archive_passages (source_id, start_at);
CREATE INDEX archive_passages_tsv ON archive_passages USING gin (tsv);
CREATE SEQUENCE archive_passage_ids;
CREATE TABLE archive_terms (term text PRIMARY KEY, df integer NOT NULL);
CREATE TABLE archive_corpus (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    passages bigint NOT NULL,
    terms bigint NOT NULL
);
INSERT INTO archive_corpus VALUES (true, 0, 0);
""",
    2: """
CREATE TABLE archive_claimreviews (
    id bigserial PRIMARY KEY,
    claim text NOT NULL,
    rating text,
    publisher text,
    date text,
    url text,
    origin text NOT NULL,
    review_hash text NOT NULL UNIQUE,
    terms text NOT NULL,
    tsv tsvector NOT NULL
);
CREATE INDEX archive_claimreviews_tsv ON archive_claimreviews USING gin (tsv);
""",
    # A term's frequency in a passage is its number of positions in ``tsv``, but reading it
    # there means unnesting the whole tsvector of every matching passage. ``repeats`` holds
    # the terms that occur more than once (NULL when none does, most passages): a term
    # the tsvector matches occurs once unless listed here.
    3: """
ALTER TABLE archive_passages ADD COLUMN repeats jsonb;
UPDATE archive_passages p SET repeats = (
    SELECT jsonb_object_agg(u.lexeme, array_length(u.positions, 1))
    FROM unnest(p.tsv) AS u WHERE array_length(u.positions, 1) > 1
);
""",
}


def schema_version(conn: psycopg.Connection[tuple[object, ...]]) -> int:
    """The archive's schema version; 0 for an empty database."""
    row = conn.execute("SELECT to_regclass('archive_meta') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = conn.execute("SELECT value FROM archive_meta WHERE key = 'schema_version'").fetchone()
    return int(str(found[0])) if found else 0


def ensure_schema(conn: psycopg.Connection[tuple[object, ...]], *, create: bool) -> int:
    """Bring the archive's schema to SCHEMA_VERSION (creating it when ``create``).

    An archive of a newer schema, one indexed with another tokenizer, or (without
    ``create``) an empty database is one FactcheckError.
    """
    version = schema_version(conn)
    if version == SCHEMA_VERSION:
        _check_tokenizer(conn)
        return version
    if version > SCHEMA_VERSION:
        raise FactcheckError(
            f"the archive's schema is version {version}, newer than this factcheck knows "
            f"({SCHEMA_VERSION}): upgrade factcheck"
        )
    if version == 0 and not create:
        raise FactcheckError(
            "the archive is empty (no factcheck tables): run 'factcheck archive add' first"
        )
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        version = schema_version(conn)  # another editor may have migrated meanwhile
        for step in range(version + 1, SCHEMA_VERSION + 1):
            conn.execute(MIGRATIONS[step].encode())
        conn.execute(
            "INSERT INTO archive_meta VALUES ('schema_version', %s), ('tokenizer', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value "
            "WHERE archive_meta.key = 'schema_version'",
            (str(SCHEMA_VERSION), text_module.TOKENIZER_VERSION),
        )
    _check_tokenizer(conn)
    return SCHEMA_VERSION


def _check_tokenizer(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    row = conn.execute("SELECT value FROM archive_meta WHERE key = 'tokenizer'").fetchone()
    if row and str(row[0]) != text_module.TOKENIZER_VERSION:
        raise FactcheckError(
            f"the archive was indexed with tokenizer version {row[0]}, this factcheck uses "
            f"{text_module.TOKENIZER_VERSION}: re-add its sources into a new archive"
        )
