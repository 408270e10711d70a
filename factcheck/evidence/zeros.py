"""Amounts of none: "no deaths", "nobody was hurt", "zero tax", "not a single vote", "the
fire killed no one".

Each is a count of 0 (``Mention.low == high == 0``) of what it names: the noun after "no"
("no deaths": die, by family), the verb after "nobody" ("nobody was hurt": hurt) or a
verb of harm before it ("killed no one": die).
"""

from __future__ import annotations

import re

from factcheck.evidence.counted import compound
from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.evidence.taken import Taken
from factcheck.workspace import STOP_WORDS, stem

_PATTERN = (
    r"\b(?P<verb2>killed|kills|kill|injured|injures|injure|hurt|hurts|wounded|harmed)\s+"
    r"(?P<z3>no one|no-one|nobody)\b"
    r"|\b(?P<z2>no one|no-one|nobody|none)\s+(?:(?:was|were|is|are|has been|have been|"
    r"had been|reportedly)\s+)?(?P<verb>[a-z]+)"
    r"|\b(?P<z>no|zero|not a single|not one)\s+(?:(?:new|further|other|more|additional|"
    r"serious|major|reported|confirmed|known)\s+)?(?P<noun>[a-z]+)"
)
# For lower-cased text, and ignoring case for text ``lower()`` changes in length.
_ZERO = (re.compile(_PATTERN), re.compile(_PATTERN, re.I))
# Substrings without which the pattern cannot match: most passages skip it at C speed.
_ZERO_HINTS = ("no ", "no-", "nobody", "none", "zero", "not ")
_HEAD = re.compile(r" ([a-z]+)\b(?![-'])", re.I)


def _compound_head(text: str, end: int) -> str:
    """The noun right after "no X" that X qualifies ("no corporation [tax]"), as
    ``Mention.then``: "zero tax" is then compared with it. Only a word that follows at
    once and is no stop word ("no deaths were reported": none)."""
    m = _HEAD.match(text, end)
    word = m.group(1).lower() if m else ""
    return family(stem(word)) if word and word not in STOP_WORDS else ""


def zero_counts(
    text: str, subject: str, taken: Taken, *, lowered: str, which: int
) -> list[Mention]:
    """The counts of none in ``text`` outside ``taken`` (which they are added to).
    ``subject`` is ``text`` lower-cased when ``which`` is 0, else ``text`` itself."""
    found: list[Mention] = []
    if not any(word in lowered for word in _ZERO_HINTS):
        return found
    for m in _ZERO[which].finditer(subject):
        counted = family(stem((m.group("noun") or m.group("verb") or m.group("verb2")).lower()))
        # "The fire killed no one": the count is "no one", of the verb before it.
        start = m.start("z3") if m.group("z3") else m.start()
        if taken(start, m.end()) or counted in STOP_WORDS:
            continue
        zero_text = text[start : m.end()]
        then = _compound_head(subject, m.end()) if m.group("noun") else ""
        head = _HEAD.match(subject, m.end()) if then else None
        if head is not None and compound(m.group("noun").lower(), head.group(1).lower()):
            counted, then = (
                then,
                counted,
            )  # "no vaccine doses" counts doses, as "4,500 vaccine doses"
        found.append(Mention("number", (0.0,), zero_text, start, m.end(), unit=counted, then=then))
        taken.add(start, m.end())
    return found


def zero_or(mine: Mention, theirs: Mention) -> bool:
    """Whether one of two amounts is a count of none ("no deaths" / "four died")."""
    amounts = mine.kind == "number" == theirs.kind
    return amounts and any(m.low == m.high == 0 for m in (mine, theirs))


_DEATH, _INJURY = family(stem("died")), family(stem("injured"))


def none_hurt_of_dead(counted: str, mine: Mention, theirs: Mention) -> bool:
    """Whether the passage's ``theirs`` counts none hurt ("No one was injured", "no
    injuries") where the claim's ``mine`` counts some dead (``counted``: the family of what
    it counts): nobody hurt is nobody dead. Not the other way round: "No one died" leaves
    the injured uncounted."""
    return counted == _DEATH and mine.high > 0 and theirs.unit == _INJURY and theirs.high == 0


def read_anywhere(mention: Mention) -> bool:
    """Whether a passage's mention is compared wherever it stands, not only near the claim's
    words: a tally names its vote or game itself, and the sentence that gives it often puts
    it last ("The bill cleared the Senate on Tuesday by a vote of 51 to 49"); a count of
    none heads the event it denies ("No one was injured when part of the old bridge
    collapsed", against "Two people died when the old bridge collapsed")."""
    if mention.kind == "tally":
        return True
    none = mention.kind == "number" and mention.high == 0
    return none and _ZERO_START.match(mention.text) is not None


_ZERO_START = re.compile(r"(?:no|zero)\b|no(?:body|ne|-one)\b|not (?:a single|one)\b", re.I)
