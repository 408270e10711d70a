"""Figures that are a part of a total, or a rate per so many people, where the other side
gives the whole or a count: "Online sales accounted for £12bn of December's retail total"
is a part of "Retail sales in December were worth about £45bn", and "45 offences per 1,000
people" is a rate, not the count "45,000 offences" nor a population of "one million
people". Such a figure is no clash with the other's, whatever its value."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side

# "£12bn of December's retail total", "40% of the overall sum": a part of a total.
_OF_TOTAL = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:total|overall|sum|whole)\b", re.I
)
# A rate per so many people or things: "45 offences [per 1,000] people", "[per] 100,000".
_PER_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:per|for\s+every)\s+\d[\d,]*\b", re.I)
_PER_BEFORE = re.compile(r"\b(?:per|for\s+every)\s+\Z", re.I)


def _part(text: str, m: Mention) -> bool:
    # Only a total named: "12% of the budget" may be the claim's "a third of the budget".
    return bool(_OF_TOTAL.match(text, m.end))


def _in_rate(text: str, m: Mention) -> bool:
    return bool(_PER_AFTER.match(text, m.end)) or bool(
        _PER_BEFORE.search(text, max(0, m.start - 12), m.start)
    )


def part_or_rate_apart(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether one of two amounts is a part of a total or a term of a rate per so many
    ("per 1,000 people") and the other is not."""
    if _part(passage.text, theirs) != _part(claim.text, mine):
        return True
    return _in_rate(claim.text, mine) != _in_rate(passage.text, theirs)
