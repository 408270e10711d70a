"""Exports of reviewed claims: schema.org ClaimReview JSON-LD, CSV and JSON Lines.

Everything here is a pure function from a loaded workspace and its verdict
files to data or text; ``factcheck export`` and ``factcheck report`` only
choose what to call and where to write. ClaimReview follows schema.org and
Google's fact-check guidelines: the fact-checking organisation is the
review's ``author``, the rating carries the configured scale's
``alternateName``, and the claim's ``appearance`` is the document the claims
file was taken from.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.errors import WorkspaceError
from factcheck.publish.urls import safe_url
from factcheck.terminal import inert, inert_json
from factcheck.verdicts import VerdictFile, read_verdict_file
from factcheck.workspace import (
    SETTINGS_FILE,
    Claim,
    ClaimsFile,
    Verdict,
    VerdictLabel,
    Workspace,
    iso_date,
)

FORMATS = ("claimreview", "claimreview-html", "csv", "jsonl")
CSV_COLUMNS = (
    "id",
    "file",
    "document",
    "text",
    "verdict",
    "label",
    "reviewer",
    "reviewed_at",
    "stale",
    "evidence",
    "note",
    "sources",
)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NO_VERDICT = Verdict()


@dataclass(frozen=True)
class ClaimOutcome:
    """A claim with what the reviewers decided about it (``Verdict()`` while pending)."""

    claim: Claim
    claims_file: ClaimsFile
    verdict: Verdict
    label: VerdictLabel | None  # None while pending, or for a key the scale does not know
    verdict_path: str
    verdict_line: int | None = None

    @property
    def reviewed(self) -> bool:
        return self.verdict.verdict is not None

    @property
    def stale(self) -> bool:
        """The claim's text changed after the verdict was given."""
        recorded = self.verdict.claim_hash
        return recorded is not None and recorded != self.claim.hash


def load_verdict_files(workspace: Workspace) -> dict[str, VerdictFile]:
    """Read ``verdicts/<name>.yaml`` for every claims file, keyed by the claims file's path."""
    return {
        f.path: read_verdict_file(workspace.root, f.verdicts_path) for f in workspace.claims_files
    }


def collect_outcomes(
    *, workspace: Workspace, verdict_files: Mapping[str, VerdictFile]
) -> tuple[ClaimOutcome, ...]:
    """Every claim of the workspace, in file order, with its verdict and scale label."""
    outcomes = []
    for claims_file in workspace.claims_files:
        vfile = verdict_files.get(claims_file.path)
        entries = vfile.entries if vfile else {}
        for claim in claims_file.claims:
            entry = entries.get(claim.id, _NO_VERDICT)
            outcomes.append(
                ClaimOutcome(
                    claim=claim,
                    claims_file=claims_file,
                    verdict=entry,
                    label=workspace.settings.label(entry.verdict),
                    verdict_path=claims_file.verdicts_path,
                    verdict_line=vfile.lines.get(claim.id) if vfile else None,
                )
            )
    return tuple(outcomes)


def _date(value: str | None) -> str | None:
    return iso_date(value)


def _party(what: str, mapping: Mapping[str, str]) -> dict[str, Any] | None:
    """A schema.org Organization (or Person) from the ``{name, url, type}`` of a setting."""
    unknown = sorted(set(mapping) - {"name", "url", "type"})
    kind = mapping.get("type", "Organization")
    if unknown or kind not in ("Organization", "Person"):
        problem = f"unknown field {unknown[0]!r}" if unknown else f"type {kind!r}"
        raise WorkspaceError(
            f"{what}: {problem} (expected name, url and type Organization or Person)",
            path=SETTINGS_FILE,
        )
    if not mapping.get("name"):
        return None
    party: dict[str, Any] = {"@type": kind, "name": mapping["name"]}
    if safe_url(mapping.get("url")):
        party["url"] = safe_url(mapping.get("url"))
    return party


def review_url(claims_file: ClaimsFile, claim: Claim) -> str | None:
    """Where the review of ``claim`` is published: the document's review page plus an anchor."""
    page = safe_url(claims_file.review_url)
    if not page:
        return None
    if "#" in page:
        return page
    return f"{page}#{claim.id}"


def _appearance(claims_file: ClaimsFile) -> dict[str, Any] | None:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if safe_url(claims_file.url):
        work["url"] = safe_url(claims_file.url)
    if claims_file.document:
        work["headline"] = claims_file.document
    if _date(claims_file.published):
        work["datePublished"] = _date(claims_file.published)
    return work if len(work) > 1 else None


def scale_label(outcome: ClaimOutcome, *, workspace: Workspace) -> VerdictLabel | None:
    """The scale step of a claim's verdict (None while pending).

    Raises WorkspaceError (naming the verdict file and line) for a verdict that is not a
    key of the scale: no export publishes a verdict it cannot say the meaning of.
    """
    if outcome.label is None and outcome.reviewed:
        raise WorkspaceError(
            f"{outcome.claim.id}: verdict {outcome.verdict.verdict!r} is not on the scale "
            f"({', '.join(v.key for v in workspace.settings.scale)})",
            path=outcome.verdict_path,
            line=outcome.verdict_line,
        )
    return outcome.label


def claim_review(outcome: ClaimOutcome, *, workspace: Workspace) -> dict[str, Any]:
    """One schema.org ClaimReview for a reviewed claim.

    Raises WorkspaceError (naming the verdict file and line) when the verdict
    is not a key of the scale, since it then has no rating to publish.
    """
    label = scale_label(outcome, workspace=workspace)
    assert label is not None  # only reviewed claims are published as ClaimReview
    settings = workspace.settings
    ratings = [v.rating for v in settings.scale]
    claims_file, claim = outcome.claims_file, outcome.claim
    item: dict[str, Any] = {"@type": "Claim"}
    appearance = _appearance(claims_file)
    if appearance:
        item["appearance"] = appearance
    if _date(claims_file.published):
        item["datePublished"] = _date(claims_file.published)
    if claims_file.author:
        item["author"] = {"@type": "Person", "name": claims_file.author}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": label.rating,
            "bestRating": max(ratings),
            "worstRating": min(ratings),
            "alternateName": label.alternate_name,
        },
    }
    # Google reads the fact-checking organisation from author; publisher is extra.
    publisher = _party("publisher", settings.publisher)
    author = _party("author", settings.author) or publisher
    if author:
        review["author"] = author
    if publisher:
        review["publisher"] = publisher
    if _date(outcome.verdict.reviewed_at):
        review["datePublished"] = _date(outcome.verdict.reviewed_at)
    url = review_url(claims_file, claim)
    if url:
        review["url"] = url
    return review


def claim_reviews(
    outcomes: Iterable[ClaimOutcome], *, workspace: Workspace
) -> tuple[list[dict[str, Any]], list[ClaimOutcome]]:
    """ClaimReviews for the reviewed, current claims, and the stale ones left out.

    A stale verdict was given on other words than the claim now has, so it is
    never published as a review of the new words.
    """
    reviews, stale = [], []
    for outcome in outcomes:
        if not outcome.reviewed:
            continue
        if outcome.stale:
            stale.append(outcome)
            continue
        reviews.append(claim_review(outcome, workspace=workspace))
    return reviews, stale


def to_json_ld(reviews: list[dict[str, Any]]) -> str:
    """The ClaimReviews as a JSON array of JSON-LD objects, each with its own @context."""
    return inert_json(json.dumps(reviews, ensure_ascii=False, indent=2)) + "\n"


def json_for_script(data: Any) -> str:
    """JSON safe inside an HTML ``<script>``: no ``</script>``, ``<!--`` or ``&`` can appear.

    The escapes are JSON escapes, so the text still parses to the same data.
    """
    text = inert_json(json.dumps(data, ensure_ascii=False, indent=2))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def to_json_ld_script(reviews: list[dict[str, Any]]) -> str:
    """A ``<script type="application/ld+json">`` element to paste into a published page."""
    return f'<script type="application/ld+json">\n{json_for_script(reviews)}\n</script>\n'


def _evidence_sources(verdict: Verdict) -> list[str]:
    return list(dict.fromkeys(e.source for e in verdict.evidence))


def _cell(value: str) -> str:
    # Escape and control characters become visible escapes (a CSV is read in terminals and
    # spreadsheets); a leading apostrophe makes spreadsheets show text instead of evaluating it.
    value = inert(value, keep_newlines=True)
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_row(outcome: ClaimOutcome) -> dict[str, str]:
    """One CSV row: the claim, its verdict and a summary of its evidence."""
    v = outcome.verdict
    row = {
        "id": outcome.claim.id,
        "file": outcome.claim.file,
        "document": outcome.claims_file.document or "",
        "text": outcome.claim.text,
        "verdict": v.verdict or "",
        "label": outcome.label.label if outcome.label else "",
        "reviewer": v.reviewer or "",
        "reviewed_at": v.reviewed_at or "",
        "stale": "true" if outcome.stale else "false",
        "evidence": str(len(v.evidence)),
        "note": (v.note or "").strip(),
        "sources": " ".join(_evidence_sources(v)),
    }
    return {key: _cell(value) for key, value in row.items()}


def to_csv(outcomes: Iterable[ClaimOutcome], *, workspace: Workspace) -> str:
    """CSV (RFC 4180, CRLF line ends, a header row) with one row per claim.

    A verdict off the scale is refused as ClaimReview refuses it: a row with an empty
    label would publish a verdict nobody can read.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for outcome in outcomes:
        scale_label(outcome, workspace=workspace)
        writer.writerow(csv_row(outcome))
    return out.getvalue()


def jsonl_record(outcome: ClaimOutcome, *, workspace: Workspace) -> dict[str, Any]:
    """One claim as a JSON object, with its pinned evidence and each source's metadata."""
    v = outcome.verdict
    evidence = []
    for e in v.evidence:
        source = workspace.sources.get(e.source)
        meta = source.meta if source else None
        evidence.append(
            {
                "source": e.source,
                "stance": e.stance.value,
                "quote": e.quote,
                "start": e.start,
                "end": e.end,
                "source_title": meta.title if meta else None,
                "source_url": safe_url(meta.url) if meta else None,
                "source_archived_url": safe_url(meta.archived_url) if meta else None,
                "source_published": meta.published if meta else None,
            }
        )
    return {
        "id": outcome.claim.id,
        "file": outcome.claim.file,
        "line": outcome.claim.line,
        "document": outcome.claims_file.document,
        "text": outcome.claim.text,
        "cited_sources": list(outcome.claim.sources),
        "verdict": v.verdict,
        "label": outcome.label.label if outcome.label else None,
        "rating": outcome.label.rating if outcome.label else None,
        "alternate_name": outcome.label.alternate_name if outcome.label else None,
        "reviewer": v.reviewer,
        "reviewed_at": v.reviewed_at,
        "stale": outcome.stale,
        "claim_hash": v.claim_hash,
        "evidence": evidence,
        "dismissed": list(v.dismissed),
        "note": (v.note or "").strip() or None,
    }


def to_jsonl(outcomes: Iterable[ClaimOutcome], *, workspace: Workspace) -> str:
    """JSON Lines: one object per claim, one per line whatever line breaks the text holds."""
    return "".join(
        # inert_json also escapes the line breaks str.splitlines() would split a record at.
        inert_json(json.dumps(jsonl_record(o, workspace=workspace), ensure_ascii=False)) + "\n"
        for o in outcomes
    )
