"""The claim's counted figure given bare: "Enrolment at the university fell by 1,200, it
said" gives "fell by 1,200 students". Only ever an agreement: a bare figure may count
anything, so a different one is no clash (``figures``)."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.evidence.instances import anchor_words
from factcheck.evidence.kinds import counted_as_a_kind
from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side


def given_bare(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the passage's figure is bare (counts no noun) where the claim's counts one,
    after the same words ("fell by")."""
    if mine.kind != "number" or theirs.kind != "number" or not mine.unit or theirs.unit:
        return False
    before = anchor_words(claim.text, mine.start)
    return bool(before) and before == anchor_words(passage.text, theirs.start)


def kin_of(
    claim: Side,
    mine: Mention,
    passage: Side,
    theirs: Mention,
    equal: Callable[[Mention, Mention], bool],
) -> bool:
    """Whether the passage's figure is the claim's, counted of a kind of people ("2,000
    people" / "2,000 residents": ``kinds``) or bare (``given_bare``), and ``equal``."""
    if bool(mine.per) != bool(theirs.per):
        return False  # "about 3,500 people live there" / "3,500 passengers a week"
    kin = counted_as_a_kind(mine, theirs) or given_bare(claim, mine, passage, theirs)
    return kin and equal(mine, theirs)
