"""Exports of claims as rows: CSV for spreadsheets and JSON Lines for programs.

Everything here is a pure function from a loaded workspace and its verdict
files to data or text; ``factcheck export`` and ``factcheck report`` only
choose what to call and where to write. ClaimReview is ``publish.claimreview``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from factcheck.publish.outcomes import ClaimOutcome, scale_label
from factcheck.publish.urls import safe_url
from factcheck.terminal import inert, inert_json
from factcheck.workspace import (
    Verdict,
    Workspace,
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
