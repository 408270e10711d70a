"""Every @type and property factcheck writes exists in the schema.org vocabulary.

The vocabulary below is vendored (no network in tests): the properties of
each type we emit, taken from the type pages on schema.org (ClaimReview,
Review, CreativeWork, Claim, Rating, Organization, Person, Thing) and limited
to the ones a ClaimReview plausibly uses. A property missing here is either a
typo in factcheck/publish/claimreview.py or one to check on schema.org and add.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.test_export import build_reviewed_workspace, reviews_of

THING = {
    "additionalType",
    "alternateName",
    "description",
    "disambiguatingDescription",
    "identifier",
    "image",
    "mainEntityOfPage",
    "name",
    "sameAs",
    "subjectOf",
    "url",
}
CREATIVE_WORK = THING | {
    "about",
    "archivedAt",
    "author",
    "citation",
    "contributor",
    "creator",
    "dateCreated",
    "dateModified",
    "datePublished",
    "headline",
    "inLanguage",
    "isBasedOn",
    "keywords",
    "publisher",
    "sourceOrganization",
    "text",
}
REVIEW = CREATIVE_WORK | {
    "associatedClaimReview",
    "associatedMediaReview",
    "associatedReview",
    "itemReviewed",
    "negativeNotes",
    "positiveNotes",
    "reviewAspect",
    "reviewBody",
    "reviewRating",
}
CLAIM_REVIEW = REVIEW | {"claimReviewed"}
CLAIM = CREATIVE_WORK | {"appearance", "claimInterpreter", "firstAppearance"}
RATING = THING | {
    "author",
    "bestRating",
    "ratingExplanation",
    "ratingValue",
    "reviewAspect",
    "worstRating",
}
ORGANIZATION = THING | {"address", "email", "legalName", "logo", "publishingPrinciples"}
PERSON = THING | {"affiliation", "email", "familyName", "givenName", "jobTitle"}

VOCABULARY: dict[str, set[str]] = {
    "ClaimReview": CLAIM_REVIEW,
    "Claim": CLAIM,
    "Rating": RATING,
    "CreativeWork": CREATIVE_WORK,
    "Organization": ORGANIZATION,
    "Person": PERSON,
}
# The types schema.org expects as the value of the object-valued properties we use.
EXPECTED_TYPES: dict[str, set[str]] = {
    "itemReviewed": {"Claim", "CreativeWork"},
    "reviewRating": {"Rating"},
    "appearance": {"CreativeWork"},
    "firstAppearance": {"CreativeWork"},
    "author": {"Organization", "Person"},
    "publisher": {"Organization", "Person"},
}
# Google's fact-check guidelines: required and recommended properties per type.
GOOGLE_REQUIRED = {
    "ClaimReview": {"claimReviewed", "reviewRating", "url"},
    "Rating": {"alternateName"},
}
GOOGLE_RECOMMENDED = {
    "ClaimReview": {"author", "datePublished", "itemReviewed"},
    "Claim": {"appearance", "author", "datePublished"},
    "Rating": {"bestRating", "ratingValue", "worstRating"},
}


def _nodes(
    value: Any, parent_property: str | None = None
) -> list[tuple[str | None, dict[str, Any]]]:
    found: list[tuple[str | None, dict[str, Any]]] = []
    if isinstance(value, dict):
        found.append((parent_property, value))
        for key, child in value.items():
            if not key.startswith("@"):
                found.extend(_nodes(child, key))
    elif isinstance(value, list):
        for child in value:
            found.extend(_nodes(child, parent_property))
    return found


def test_every_type_and_property_is_in_the_vocabulary(make_workspace: Callable[..., Path]) -> None:
    reviews = reviews_of(build_reviewed_workspace(make_workspace))
    assert reviews
    nodes = _nodes(reviews)
    assert {n["@type"] for _, n in nodes} == {
        "ClaimReview",
        "Claim",
        "CreativeWork",
        "Rating",
        "Organization",
        "Person",
    }
    for parent, node in nodes:
        kind = node["@type"]
        assert kind in VOCABULARY, f"unknown @type {kind}"
        unknown = {k for k in node if not k.startswith("@")} - VOCABULARY[kind]
        assert not unknown, f"{kind} has no properties {unknown}"
        if parent is not None:
            assert kind in EXPECTED_TYPES[parent], f"{parent} must not be a {kind}"
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        for key in {k for _, n in nodes for k in n if k.startswith("@")}:
            assert key in ("@context", "@type")


def test_google_required_and_recommended_properties_are_present(
    make_workspace: Callable[..., Path],
) -> None:
    reviews = reviews_of(build_reviewed_workspace(make_workspace))
    for _, node in _nodes(reviews):
        for prop in GOOGLE_REQUIRED.get(node["@type"], set()) | GOOGLE_RECOMMENDED.get(
            node["@type"], set()
        ):
            assert node.get(prop) not in (None, ""), f"{node['@type']} lacks {prop}"
    # Ratings are numbers on the configured scale, within its bounds.
    for review in reviews:
        rating = review["reviewRating"]
        assert isinstance(rating["ratingValue"], int)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
