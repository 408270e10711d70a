"""The newsroom archive on PostgreSQL: sources and earlier fact-checks shared by every editor.

It owns the archive's schema and its versioned migrations (``schema``), the connection URL
and password safety (``connect``), reading files into sources (``files``), incremental
ingest by content hash (``ingest``), candidate retrieval with ``tsvector``/GIN over the
local index's own terms, scored as Okapi BM25 exactly as the local index scores
(``search``), the composite candidate source the matcher receives, so archive passages go
through the same pipeline as the workspace's (``combined``), and ClaimReview import with the
"checked before" look-up (``claimreview``). psycopg is imported only when an archive is
opened. See docs/archive.md.
"""

from factcheck.archive.claimreview import (
    CHECKED_BEFORE_TOP,
    ClaimReview,
    ImportReport,
    checked_before,
    import_claimreviews,
    parse_claimreviews,
    rank_earlier,
    read_claimreviews,
)
from factcheck.archive.combined import CombinedIndex, combine, describe_evidence
from factcheck.archive.connect import ENV_URL, archive_url, has_password, open_archive
from factcheck.archive.files import read_source, source_paths
from factcheck.archive.ingest import AddReport, Status, add_sources, remove_sources
from factcheck.archive.ingest import status as archive_status
from factcheck.archive.pins import archive_copy, pinned_sources
from factcheck.archive.schema import SCHEMA_VERSION, ensure_schema, schema_version
from factcheck.archive.search import ARCHIVE_PREFIX, ArchiveIndex, ArchiveSource, archive_id

__all__ = [
    "ARCHIVE_PREFIX",
    "CHECKED_BEFORE_TOP",
    "ENV_URL",
    "SCHEMA_VERSION",
    "AddReport",
    "ArchiveIndex",
    "ArchiveSource",
    "ClaimReview",
    "CombinedIndex",
    "ImportReport",
    "Status",
    "add_sources",
    "archive_copy",
    "archive_id",
    "archive_status",
    "archive_url",
    "checked_before",
    "combine",
    "describe_evidence",
    "ensure_schema",
    "has_password",
    "import_claimreviews",
    "open_archive",
    "parse_claimreviews",
    "pinned_sources",
    "rank_earlier",
    "read_claimreviews",
    "read_source",
    "remove_sources",
    "schema_version",
    "source_paths",
]
