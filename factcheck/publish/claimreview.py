"""schema.org ClaimReview JSON-LD for reviewed claims, and the HTML script that carries it.

ClaimReview follows schema.org and Google's fact-check guidelines: the fact-checking
organisation is the review's ``author``, the rating carries the configured scale's
``alternateName``, and the claim's ``appearance`` is the document the claims file was
taken from. Every URL goes through ``safe_url``, every date through ``iso_date``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.errors import WorkspaceError
from factcheck.publish.outcomes import ClaimOutcome, scale_label
from factcheck.publish.urls import safe_url
from factcheck.terminal import inert_json
from factcheck.workspace import (
    SETTINGS_FILE,
    Claim,
    ClaimsFile,
    Workspace,
    iso_date,
)


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
