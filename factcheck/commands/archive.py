"""``factcheck archive``: the newsroom archive on PostgreSQL (add, status, remove, ClaimReview)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError
from factcheck.terminal import inert
from factcheck.workspace import find_workspace, load_settings

if TYPE_CHECKING:  # check and review import this module: numpy only when they match
    from factcheck.index import CandidateIndex
    from factcheck.tui import ArchiveSource

# factcheck.archive.ENV_URL (tests/test_check_imports.py holds them equal), named here so
# that a command run without an archive never imports the archive package.
ENV_URL = "FACTCHECK_ARCHIVE_URL"
URL_HELP = (
    "the archive (a libpq URL or connection string; default: $FACTCHECK_ARCHIVE_URL, then "
    "archive.url in factcheck.yaml); passwords go in ~/.pgpass or PGPASSWORD, never here"
)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "archive",
        help="the newsroom archive on PostgreSQL: shared sources and earlier fact-checks",
        description="Keep sources and earlier fact-checks shared by the whole newsroom in a "
        "PostgreSQL archive; match, review and check find evidence there too (--archive URL, "
        "$FACTCHECK_ARCHIVE_URL or archive.url). See docs/archive.md.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add or update sources (files or folders) by content hash",
        description="Add files (.txt, .md with front matter; .html, .pdf, .docx as `factcheck "
        "add` imports them) or folders of them; a workspace folder adds its sources/. "
        "Re-adding is incremental: unchanged sources are skipped, changed ones replaced.",
    )
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    status = actions.add_parser("status", help="counts and sizes of the archive")
    remove = actions.add_parser("remove", help="remove sources by id")
    remove.add_argument("ids", nargs="+", metavar="ID")
    reviews = actions.add_parser(
        "add-claimreview",
        help="import earlier fact-checks (schema.org ClaimReview JSON-LD)",
        description="Import ClaimReview JSON-LD: this tool's own `factcheck export --format "
        "claimreview`, or the feeds other fact-checkers publish (an array, an @graph or a "
        "DataFeed), saved to a file first (`-` reads standard input). match then lists the "
        "closest earlier fact-checks of each claim under checked_before.",
    )
    reviews.add_argument("files", nargs="+", metavar="FILE")
    for each in (add, status, remove, reviews):
        each.add_argument("--url", default=None, metavar="URL", help=URL_HELP)
    parser.set_defaults(run=run)


def add_archive_option(parser: argparse.ArgumentParser) -> None:
    """``--archive URL`` for the commands that match (match, review, check)."""
    parser.add_argument(
        "--archive",
        default=None,
        metavar="URL",
        help="also take evidence from the newsroom archive at URL (default: "
        "$FACTCHECK_ARCHIVE_URL, then archive.url in factcheck.yaml; docs/archive.md)",
    )


def archive_url(*, given: str | None, configured: str | None) -> str | None:
    """The archive URL: ``given`` on the command line, the environment, the setting."""
    if not (given or configured or os.environ.get(ENV_URL, "").strip()):
        return None  # no archive anywhere: check and review need not import it (nor numpy)
    from factcheck.archive import archive_url as resolve

    return resolve(given=given, configured=configured)


@contextmanager
def using_archive(url: str | None) -> Iterator[None]:
    """While inside, every index the matcher builds also takes candidates from ``url``."""
    if url is None:
        yield
        return
    from factcheck.archive import combine
    from factcheck.evidence import extra_candidates

    with extra_candidates(partial(combine, url=url)):
        yield


def describe_evidence(index: CandidateIndex) -> Callable[[str], dict[str, Any]]:
    """Evidence's origin (and archive source) by source id, for match's output."""
    from factcheck.archive import describe_evidence as describe

    return describe(index)


def checked_before(
    index: CandidateIndex, root: Path
) -> Callable[[str], list[dict[str, Any]]] | None:
    """A claim's earlier fact-checks, when ``index`` includes the archive: the archive's
    ClaimReviews and the verdicts of this workspace's git history, best first."""
    from factcheck.archive import CHECKED_BEFORE_TOP, CombinedIndex, rank_earlier
    from factcheck.archive import checked_before as look_up
    from factcheck.diff import past_verdicts
    from factcheck.workspace import terms

    if not isinstance(index, CombinedIndex):
        return None
    archive = index.archive
    history = [
        (
            " ".join(terms(past.claim)),
            {
                "claim": past.claim,
                "rating": past.verdict,
                "publisher": None,
                "date": (past.reviewed_at or "")[:10] or None,
                "url": None,
                "commit": past.commit[:10],
            },
        )
        for past in past_verdicts(root=root)
    ]

    def found(text: str) -> list[dict[str, Any]]:
        # A verdict on this very text is the claim's own, not an earlier check.
        earlier = [entry for entry in history if entry[1]["claim"] != text]
        both = look_up(archive, text) + rank_earlier(text, earlier)
        both.sort(key=lambda entry: -entry["score"])
        return both[:CHECKED_BEFORE_TOP]

    return found


class _ReviewArchive:
    """The archive as the review screen asks for it (``factcheck.tui.session.ArchiveView``)."""

    def __init__(self, archive: Any, earlier: Callable[[str], list[dict[str, Any]]]) -> None:
        self._archive = archive
        self._earlier = earlier

    def checked_before(self, claim_text: str) -> list[dict[str, Any]]:
        return self._earlier(claim_text)

    def source(self, source_id: str) -> ArchiveSource | None:
        from factcheck.archive import archive_id
        from factcheck.tui import ArchiveSource  # asked only by the review: Textual is loaded

        found = self._archive.source(source_id) if archive_id(source_id) else None
        if found is None:
            return None
        return ArchiveSource(title=str(found.title), content_hash=str(found.content_hash))


def review_archive(root: Path) -> Callable[[CandidateIndex], _ReviewArchive | None]:
    """For ``factcheck review``: the archive behind an index, once it is built (else None)."""

    def lookup(index: CandidateIndex) -> _ReviewArchive | None:
        earlier = checked_before(index, root)
        if earlier is None:
            return None
        return _ReviewArchive(index.archive, earlier)  # type: ignore[attr-defined]

    return lookup


def resolve_url(given: str | None, workspace: Path | None = None) -> str | None:
    """The archive URL from the command line, the environment or the nearest workspace."""
    configured = None
    try:
        root = workspace if workspace is not None else find_workspace()
        configured = load_settings(root).archive_url
    except FactcheckError:
        configured = None  # no workspace here: the URL must come from --url or the environment
    return archive_url(given=given, configured=configured)


def run(args: argparse.Namespace) -> int:
    from factcheck.archive import open_archive, read_claimreviews

    # Files are read before connecting: a bad file is reported without touching the archive.
    reviews = read_claimreviews(args.files) if args.action == "add-claimreview" else []
    url = resolve_url(args.url)
    if url is None:
        raise FactcheckError(
            "no archive given: --url URL, $FACTCHECK_ARCHIVE_URL or archive.url in factcheck.yaml"
        )
    with open_archive(url, create=args.action in ("add", "add-claimreview")) as conn:
        if args.action == "add":
            return _add(conn, args.paths)
        if args.action == "status":
            return _status(conn)
        if args.action == "remove":
            return _remove(conn, args.ids)
        return _add_claimreview(conn, reviews)


def _add(conn: Any, paths: list[Path]) -> int:
    from factcheck.archive import add_sources, read_source, source_paths

    began = time.perf_counter()
    sources = (read_source(source_id, file) for source_id, file in source_paths(paths))
    report = add_sources(conn, sources)
    seconds = time.perf_counter() - began
    for source_id in report.changed:
        print(f"changed: {inert(source_id)}")
    print(
        f"added {len(report.added)}, unchanged {len(report.unchanged)}, changed "
        f"{len(report.changed)} ({report.passages:,} passages written in {seconds:.1f}s)"
    )
    return 0


def _status(conn: Any) -> int:
    from factcheck.archive import archive_status

    found = archive_status(conn)
    print(f"schema version {found.schema_version}")
    print(f"sources       {found.sources:>12,}")
    print(f"passages      {found.passages:>12,}")
    print(f"terms         {found.terms:>12,}")
    print(f"fact-checks   {found.claim_reviews:>12,}")
    index = _size(found.index_bytes)
    print(f"passages size {_size(found.passages_bytes):>12}  (text index {index})")
    print(f"database size {_size(found.database_bytes):>12}")
    return 0


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"


def _remove(conn: Any, ids: list[str]) -> int:
    from factcheck.archive import remove_sources

    missing = remove_sources(conn, ids)
    for source_id in missing:
        print(f"factcheck: not in the archive: {inert(source_id)}", file=sys.stderr)
    print(f"removed {len(ids) - len(missing)}")
    return 1 if missing else 0


def _add_claimreview(conn: Any, reviews: list[Any]) -> int:
    from factcheck.archive import import_claimreviews

    report = import_claimreviews(conn, reviews)
    print(
        f"added {report.added}, unchanged {report.unchanged}, changed {report.changed} fact-checks"
    )
    return 0
