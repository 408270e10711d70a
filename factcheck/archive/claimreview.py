"""Earlier fact-checks: importing schema.org ClaimReview JSON-LD, and "checked before".

``import_claimreviews`` reads this tool's own export (``factcheck export --format
claimreview``: a JSON array) and the shapes fact-checkers publish: one object, an
``@graph``, or a ``DataFeed`` whose elements hold the reviews in ``item``. Each review is
keyed by its claim, URL and publisher; importing it again is "unchanged", and a review
whose rating or date changed is updated.

``checked_before`` finds the earlier fact-checks closest to a claim: candidates from the
archive through the GIN index over the same terms as passages, then rapidfuzz over the
stored claims' terms, as the matcher compares a claim with a passage.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from factcheck.archive.ingest import quote_lexeme, tsvector_literal
from factcheck.archive.schema import WRITE_LOCK
from factcheck.errors import FactcheckError
from factcheck.workspace import terms

if TYPE_CHECKING:
    import psycopg

    from factcheck.archive.search import ArchiveIndex

# Earlier fact-checks scoring below this (0-100) are not the same claim.
CHECKED_BEFORE_MIN = 60.0
CHECKED_BEFORE_TOP = 3
_CANDIDATES = 50


@dataclass(frozen=True)
class ClaimReview:
    """One earlier fact-check."""

    claim: str
    rating: str | None
    publisher: str | None
    date: str | None
    url: str | None
    origin: str  # the file it was imported from

    @property
    def key(self) -> str:
        """What identifies the review: its claim, URL and publisher."""
        raw = json.dumps([self.claim, self.url, self.publisher], ensure_ascii=False)
        return "sha256:" + hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True)
class ImportReport:
    """What ``import_claimreviews`` did."""

    added: int
    unchanged: int
    changed: int


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("url")
    return str(value).strip() or None if value is not None else None


def _rating(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        return _name(value)
    named = value.get("alternateName") or value.get("name")
    if named:
        return str(named)
    if value.get("ratingValue") is not None:
        best = value.get("bestRating")
        return f"{value['ratingValue']}/{best}" if best is not None else str(value["ratingValue"])
    return None


def _reviews(node: Any) -> Iterator[dict[str, Any]]:
    """Every ClaimReview object in a JSON-LD document, wherever it is nested."""
    if isinstance(node, list):
        for item in node:
            yield from _reviews(item)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "ClaimReview" in kinds:
        yield node
        return
    for key in ("@graph", "dataFeedElement", "item", "itemListElement"):
        if key in node:
            yield from _reviews(node[key])


def parse_claimreviews(text: str, *, origin: str) -> list[ClaimReview]:
    """The reviews in a JSON-LD text; a review without ``claimReviewed`` is skipped."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FactcheckError(f"not JSON: {exc.msg}", path=origin, line=exc.lineno) from None
    found = []
    for node in _reviews(data):
        claim = node.get("claimReviewed")
        if not isinstance(claim, str) or not claim.strip():
            continue
        date = node.get("datePublished")
        found.append(
            ClaimReview(
                claim=" ".join(claim.split()),
                rating=_rating(node.get("reviewRating")),
                publisher=_name(node.get("author")) or _name(node.get("publisher")),
                date=str(date)[:10] if date else None,
                url=_name(node.get("url")),
                origin=origin,
            )
        )
    return found


def read_claimreviews(files: Sequence[str]) -> list[ClaimReview]:
    """The reviews in each file (``-``: standard input). Feeds published on the web are
    saved first (``curl -o feed.json URL``): factcheck downloads nothing itself."""
    found: list[ClaimReview] = []
    for name in files:
        if name.startswith(("http://", "https://")):
            raise FactcheckError(
                "factcheck downloads nothing: save the feed first (curl -o feed.json URL) "
                "or pipe it in with '-'",
                path=name,
            )
        if name == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(name).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or "not UTF-8 text"
                raise FactcheckError(f"cannot read: {reason}", path=name) from None
        found.extend(parse_claimreviews(text, origin=Path(name).name if name != "-" else "-"))
    return found


def import_claimreviews(
    conn: psycopg.Connection[tuple[object, ...]], found: Sequence[ClaimReview]
) -> ImportReport:
    """Import ``found`` (``read_claimreviews``) into the archive, by ``ClaimReview.key``."""
    reviews = {r.key: r for r in found}
    added = unchanged = changed = 0
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        stored = {
            str(key): (rating, date)
            for key, rating, date in conn.execute(
                "SELECT review_hash, rating, date FROM archive_claimreviews "
                "WHERE review_hash = ANY(%s)",
                (list(reviews),),
            ).fetchall()
        }
        for key, r in reviews.items():
            claim_terms = terms(r.claim)
            if key not in stored:
                added += 1
            elif stored[key] == (r.rating, r.date):
                unchanged += 1
                continue
            else:
                changed += 1
            conn.execute(
                "INSERT INTO archive_claimreviews (claim, rating, publisher, date, url, origin, "
                "review_hash, terms, tsv) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s::tsvector) "
                "ON CONFLICT (review_hash) DO UPDATE SET rating = EXCLUDED.rating, "
                "date = EXCLUDED.date, origin = EXCLUDED.origin",
                (
                    r.claim,
                    r.rating,
                    r.publisher,
                    r.date,
                    r.url,
                    r.origin,
                    key,
                    " ".join(claim_terms),
                    tsvector_literal(claim_terms),
                ),
            )
    return ImportReport(added, unchanged, changed)


def checked_before(
    index: ArchiveIndex, claim: str, *, top: int = CHECKED_BEFORE_TOP
) -> list[dict[str, Any]]:
    """The earlier fact-checks closest to ``claim``, best first, as match's JSON has them.

    Candidates share a term with the claim (GIN); each is scored 0-100 by rapidfuzz on the
    stemmed content words, the mean of ``token_set_ratio`` (a reworded or shortened claim)
    and ``token_sort_ratio`` (the same words in another order).
    """
    found = terms(claim)
    if not found:
        return []
    query = " | ".join(f"'{quote_lexeme(t)}'" for t in set(found))
    rows = index.query(
        "SELECT claim, rating, publisher, date, url, terms FROM archive_claimreviews "
        "WHERE tsv @@ %s::tsquery "
        "ORDER BY (SELECT count(*) FROM unnest(tsv) u WHERE u.lexeme = ANY(%s)) DESC, id "
        "LIMIT %s",
        (query, list(set(found)), _CANDIDATES),
    )
    earlier = [
        (
            str(row[5]),
            {"claim": row[0], "rating": row[1], "publisher": row[2], "date": row[3], "url": row[4]},
        )
        for row in rows
    ]
    return rank_earlier(claim, earlier, top=top)


def rank_earlier(
    claim: str, earlier: Sequence[tuple[str, dict[str, Any]]], *, top: int = CHECKED_BEFORE_TOP
) -> list[dict[str, Any]]:
    """``earlier`` fact-checks (their claim's terms joined by spaces, their fields) that are
    the same claim as ``claim``, best first, each with its ``score``: the mean of rapidfuzz's
    ``token_set_ratio`` and ``token_sort_ratio`` over stemmed content words."""
    if not earlier:
        return []
    wanted = " ".join(terms(claim))
    texts = [text for text, _ in earlier]
    by_set = process.cdist([wanted], texts, scorer=fuzz.token_set_ratio)[0]
    by_sort = process.cdist([wanted], texts, scorer=fuzz.token_sort_ratio)[0]
    scored = []
    for (_, fields), a, b in zip(earlier, by_set.tolist(), by_sort.tolist(), strict=True):
        score = round((float(a) + float(b)) / 2, 1)
        if score >= CHECKED_BEFORE_MIN:
            scored.append({**fields, "score": score})
    scored.sort(key=lambda entry: -entry["score"])
    return scored[:top]
