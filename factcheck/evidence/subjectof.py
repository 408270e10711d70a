"""A figure said of another subject by the same verb: "Parking costs £10" is no price of
"Tickets cost £50", nor "Wages rose 5%" a figure of "Inflation rose 3%". Each side opens its
clause with a noun and a verb before the figure; when the verbs are one and each noun is
missing from the other side, the two figures are of two things, no clash."""

from __future__ import annotations

from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side, clause_ends_before, word_at
from factcheck.workspace import STOP_WORDS

# Words between a verb and its figure: "rose [by] 5%", "cost [about] £50", "hit [a] 3%".
_BEFORE_FIGURE = frozenset("by to at about around nearly almost some roughly just a an".split())


def _subject_and_verb(side: Side, figure: Mention) -> tuple[str, str] | None:
    """The stems of the noun and the verb right before ``figure`` when they open its clause
    ("[Tickets] [cost] £50", "The [pound] [fell] 2%"), else None."""
    words = side.words
    j = word_at(side, figure.start) - 1
    while j >= 0 and words[j].norm in _BEFORE_FIGURE:
        j -= 1
    if j < 1 or clause_ends_before(side, j):
        return None
    verb, noun = j, j - 1
    if words[noun].norm in STOP_WORDS or words[verb].norm in STOP_WORDS:
        return None
    opens = noun == 0 or clause_ends_before(side, noun) or words[noun - 1].norm in ("the", "its")
    return (words[noun].stem, words[verb].stem) if opens else None


def subject_apart(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether both figures follow a noun and one verb at their clause's start, and each
    noun is missing from the other side ("Tickets cost £50" / "Parking costs £10")."""
    ours = _subject_and_verb(claim, mine)
    other = _subject_and_verb(passage, theirs) if ours is not None else None
    if ours is None or other is None or ours[1] != other[1] or ours[0] == other[0]:
        return False
    return ours[0] not in passage.stem_set and other[0] not in claim.stem_set
