"""The kind of a length: a distance between two places ("2 km from the trail"), a size of
one dimension ("10 km long", "30 metres deep") or a change ("rose 2 metres"). Lengths of
two kinds are no clash (moved from ``instances``)."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention

# Words after a length that say it is a distance between two places ("2 km from the
# trail", "5 miles north of") or the size of a thing ("10 km long"): not one figure.
_DISTANCE = frozenset("from away off outside north south east west short".split())
_SIZE = frozenset("long wide high tall deep across thick below beneath underground above".split())
_NEXT = re.compile(r"\s*([A-Za-z]+)")


# Sizes of one dimension: "30 metres deep" is no clash with "30 km long" (another size of
# the same lake), "10 km long" is one with "12 km long".
_DIMENSIONS = {
    "across": "long",
    "tall": "high",
    # How far down or up a thing lies: "40 metres below the river", "above sea level".
    "below": "deep",
    "beneath": "deep",
    "underground": "deep",
    "above": "high",
}


# A length from one end of a thing to the other: "from bow to stern", "from the village
# to the coast" (not "2 km from the trail", a distance).
_END_TO_END = re.compile(r"\s*from\s+(?:[A-Za-z'-]+\s+){1,3}to\b", re.I)
# Verbs before a length that give it as how long a thing is: "The bridge [spans] 2 km",
# "the route [stretches for] 12 miles" (against "towers 150 metres tall": another size).
_SPANS = re.compile(r"\b(?:spans?|spanning|stretch(?:es|ed)?(?: for)?)\s+\Z", re.I)


# Words before a length that make it a change: "rose [2 metres]", "fell by 30cm".
_CHANGED = re.compile(
    r"\b(?:rose|risen|rises|fell|fallen|falls|climbed|dropped|grew|retreated|advanced|by)\s+\Z",
    re.I,
)


# Words before a length that give it as a height gained or where a thing lies: "The trail
# [climbs] 800 metres", "[an altitude of] 550 km" (against "12 km long": another size).
_HEIGHT = re.compile(
    r"\b(?:climbs|climbing|ascends|ascent\s+of|altitude\s+of|elevation\s+of|height\s+of)\s+\Z",
    re.I,
)


def extent(text: str, amount: Mention) -> str:
    """ "distance", the dimension of a size ("long", "wide", "high", "deep", "thick"),
    "change" ("rose 2 metres") or "" for a length, from the words around it."""
    if amount.unit != "length":
        return ""
    if _CHANGED.search(text, max(0, amount.start - 12), amount.start):
        return "change"  # "The river rose 2 metres" is no size of it ("200 metres wide")
    if _END_TO_END.match(text, amount.end):
        return "long"  # "305 metres from bow to stern": a length end to end, no distance
    m = _NEXT.match(text, amount.end)
    word = m.group(1).lower() if m else ""
    if word in _DISTANCE:
        return "distance"
    if word in _SIZE:
        return _DIMENSIONS.get(word, word)
    if _HEIGHT.search(text, max(0, amount.start - 16), amount.start):
        return "high"
    return "long" if _SPANS.search(text, max(0, amount.start - 20), amount.start) else ""
