"""A change or a decision said of another place: "House prices in York fell" says nothing of
"House prices in Leeds rose", "Crime rose in the suburbs" nothing of "Crime fell in the city
centre", nor "Voters in Texas rejected the measure" of "Voters in Ohio backed it". Each side
names where, after "in", a place the other side never names: the opposite is the other
place's, no clash, and the passage does not state the claim."""

from __future__ import annotations

import re

from factcheck.evidence.hints import hint_text
from factcheck.evidence.lexicon import ANTONYM_INDEX, ANTONYMS
from factcheck.evidence.sides import Side, known

# A name after "in": one to three capitalised words ("in Leeds", "in New York"); or a
# noun of a kind of place, with a word before it ("in the city centre", "in rural areas",
# "in the suburbs"). "in" first, a literal the regex engine scans for, the word boundary
# before it looked behind (a pattern opening with "\b" is tried at every character).
_IN_PLACE = re.compile(
    r"in(?<!\win)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|(?:[a-z]+\s+)?(?:centre|center"
    r"|suburbs?|countryside|villages?|towns?|cities|city|areas?|regions?|districts?|wards?"
    r"|boroughs?|counties|county|provinces?|states?|capital)\b)"
)
# A name gone to or come from, capitalised: "Airfares [to Spain] rose" / "[to Italy] fell"
# (not "spread to the northern suburbs", where north and south are the clash).
_TO_PLACE = re.compile(r"(?<=\s)(?:to|from)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")
# Capitalised words after "in" that are times, not places.
_TIMES = frozenset(
    """January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn
    Winter""".split()
)


# Some places of the claim's, not all of it: a change "in some regions" or "in parts of the
# country" says nothing of the whole's.
_PART_OF = re.compile(
    r"\bin\s+(?:(?:some|several|certain|a\s+few|a\s+handful\s+of)\s+(?:regions|areas"
    r"|places|cities|towns|countries|states|provinces|districts|neighbou?rhoods|markets)"
    r"|parts\s+of)\b",
    re.I,
)
# Every match of _PART_OF holds one of these (lower-cased): looked for first, at C speed, in
# the text lower-cased (``hints.hint_text``), where the pattern, under IGNORECASE and opening
# with a word boundary, is tried at every character. Keep them with the pattern.
_PART_OF_HINTS = ("some", "several", "certain", "few", "handful", "parts")


def _in_part(side: Side) -> bool:
    """Whether the side says "in some regions", "in parts of" (``_PART_OF``), read once per
    side (``sides.known``): a claim meets many passages, a passage several claims."""
    lowered = hint_text(side.text)
    if lowered is not None and not any(hint in lowered for hint in _PART_OF_HINTS):
        return False
    return _PART_OF.search(side.text) is not None


def _places(side: Side) -> frozenset[str]:
    """The places the side names after "in", read once per side (``sides.known``)."""
    return known(side, _read_places)


def _read_places(side: Side) -> frozenset[str]:
    found = [m.group(1) for m in _IN_PLACE.finditer(side.text)]
    if " to " in side.text or " from " in side.text:
        found += (m.group(1) for m in _TO_PLACE.finditer(side.text))
    return frozenset(p for p in found if p.split()[0] not in _TIMES)


def other_place(claim: Side, passage: Side) -> bool:
    """Whether each side names a place after "in" that the other never names (see
    ``__doc__``)."""
    if known(passage, _in_part) and not known(claim, _in_part):
        return True  # "prices fell in some regions" for "Rice prices rose 8% in Japan"
    mine = _places(claim)
    if not mine:
        return False  # most claims name no place: read no further
    theirs = _places(passage)
    return (
        bool(theirs)
        and not any(p in passage.text for p in mine)
        and not any(p in claim.text for p in theirs)
    )


def opposite_elsewhere(claim: Side, passage: Side) -> bool:
    """Whether the passage says an opposite of a claim's word of another place: then a
    name swapped for another is that place's, no clash ("The Democrats lost seats in the
    Senate" for "The Democrats gained seats in the House": ``entities``)."""
    return other_place(claim, passage) and not known(claim, _opposites).isdisjoint(
        passage.antonym_set
    )


def _opposites(claim: Side) -> frozenset[str]:
    """Every opposite of the claim's words (``lexicon.ANTONYMS``), read once per claim."""
    groups = (ANTONYM_INDEX.get(s, ()) for s in claim.antonym_stems)
    return frozenset().union(*(ANTONYMS[g][1 - side] for found in groups for g, side in found))
