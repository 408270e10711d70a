"""Who a place in a race is said of: the run of names nearest before it ("Germany's Jonas
Weber was a surprise [third]"), not the first word of its sentence ("Ethiopia's Tadese
Alemu finished [second]" is Alemu's place, not Ethiopia's), past a clause about the same
name ("Amane Sato, who had led at halfway, faded to [fourth]")."""

from __future__ import annotations

from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.evidence.ranks import PLACE, RANK
from factcheck.evidence.sides import Side, clause_ends_before, word_at
from factcheck.evidence.zeros import read_anywhere
from factcheck.workspace import STOP_WORDS

# How many words may stand between the names and the place: "was a surprise [third]".
_GAP = 4
# How far back a relative clause between them is skipped: ", who had led at halfway,".
_CLAUSE_REACH = 10
_RELATIVE = frozenset("who which".split())


def place_doer(side: Side, place: Mention) -> frozenset[str]:
    """The word families of the names nearest before ``place`` in its clause, past a
    relative clause right before it; empty when there are none."""
    words = side.words
    j = word_at(side, place.start) - 1
    gap = 0
    while j >= 0 and gap <= _GAP:
        if clause_ends_before(side, j + 1):
            if _names_set_apart(side, j):
                break  # 'Last weekend's leader, "Bob Marley: One Love", [fell]': its names
            # ", who had led at halfway, [faded]": the names before the clause; ", the
            # second-busiest in Europe, [ranked]": none to read ("Europe" is not its doer)
            j = _before_relative(side, j)
            if j < 0:
                return frozenset()
            break
        if words[j].text[:1].isupper():
            break
        j, gap = j - 1, gap + 1
    names = set()
    while j >= 0 and words[j].text[:1].isupper() and words[j].norm not in STOP_WORDS:
        names.add(family(words[j].stem))
        if clause_ends_before(side, j):
            break
        j -= 1
    return frozenset(names)


def _names_set_apart(side: Side, j: int) -> bool:
    """Whether words up to ``j`` are a run of names set apart by a clause mark before it
    ('leader, "Bob Marley: One Love",'), not a phrase ending in one (", the second-busiest
    in Europe,")."""
    words = side.words
    k = j
    while k >= 0 and words[k].text[:1].isupper() and words[k].norm not in STOP_WORDS:
        k -= 1
    return k < j and (k < 0 or clause_ends_before(side, k + 1))


def _before_relative(side: Side, j: int) -> int:
    """When words up to ``j`` end a relative clause (", who had led at halfway,", ",
    founded in January,"), the index of the word before it; else -1."""
    for k in range(j, max(-1, j - _CLAUSE_REACH), -1):
        norm = side.words[k].norm
        if norm in _RELATIVE or (norm.endswith("ed") and k and clause_ends_before(side, k)):
            # ", who had led at halfway,", or a participle's: ", founded in January,"
            return k - 1 if k and clause_ends_before(side, k) else -1
    return -1


def anywhere(mention: Mention, claim: Side, passage: Side) -> bool:
    """Whether a passage's mention is compared wherever it stands: a tally or a count of
    none (``zeros.read_anywhere``), or a place in a race said of a name of the claim's
    ("Amane Sato, who had led at halfway, faded to fourth", against "Amane Sato won")."""
    if read_anywhere(mention):
        return True
    if mention.unit != RANK + PLACE:
        return False
    doer = place_doer(passage, mention)
    return bool(doer) and not doer.isdisjoint(
        family(w.stem) for w in claim.words if w.text[:1].isupper()
    )
