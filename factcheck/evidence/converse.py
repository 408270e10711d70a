"""Converse verbs turned round: "The city sold the land to a developer" says what "A
developer bought the land from the city" says.

"buy" and "sell" are opposites (``antonyms``): "The city bought the land" against "The city
sold the land" is a clash. But each names the same sale from the other party's side, so
with the parties turned round the two agree. The opposite is not read as a clash when
the subject of one side is the party the other names after "to" or "from" and the two
subjects differ ("The city sold ..." / "... bought the land from the city").
"""

from __future__ import annotations

from factcheck.evidence.irregular import lemma
from factcheck.evidence.sides import Side, clause_ends_before, known, make_cue, phrase
from factcheck.workspace import STOP_WORDS, Cue, CueKind, stem

# Verbs whose opposite names the same act from the other party: buy / sell, lend / borrow,
# import / export (by lemma).
_CONVERSE_WORDS = "buy bought sell sold lend lent borrow borrowed import imported export exported"
_CONVERSE = frozenset(lemma(stem(w)) for w in _CONVERSE_WORDS.split())
_CONVERSE_STEMS = frozenset(stem(w) for w in _CONVERSE_WORDS.split())  # a quick test
# The words that name the other party: "sold [to] a developer", "bought [from] the city".
_PARTY = frozenset({"to", "from"})
# How many words before the verb its subject may stand ("The city council [quietly] sold").
_SUBJECT_REACH = 4
# How many words after the verb the party's "to" or "from" may come ("sold the land to").
_PARTY_REACH = 7


def turned_round(claim: Side, k: int, passage: Side, hit: int) -> bool:
    """Whether the claim's converse verb at ``k`` and the passage's opposite at ``hit``
    name one act with the parties turned round (``__doc__``)."""
    if (
        lemma(claim.words[k].stem) not in _CONVERSE
        or lemma(passage.words[hit].stem) not in _CONVERSE
    ):
        return False
    mine, theirs = _subject(claim, k), _subject(passage, hit)
    if mine & theirs:
        return False  # "The city sold" / "The city bought": the same party, a clash
    return bool(mine & _party(passage, hit)) or bool(theirs & _party(claim, k))


def parties_swapped(claim: Side, passage: Side) -> list[Cue]:
    """The same converse verb with its parties swapped: "The company bought the building
    from the council" against "The council bought the building from the company" (each
    side's subject is the other's party after "from" or "to"): a clash of roles, quoted
    from subject to party. Names or not."""
    if _CONVERSE_STEMS.isdisjoint(claim.stem_set):
        return []  # nearly every claim
    for k in known(claim, _converse_verbs):
        verb = lemma(claim.words[k].stem)
        mine, their_party = _subject(claim, k), _party(claim, k)
        if not mine or not their_party:
            continue
        for j in known(passage, _converse_verbs):
            if lemma(passage.words[j].stem) != verb:
                continue
            theirs = _subject(passage, j)
            if theirs & mine or not (theirs & their_party and mine & _party(passage, j)):
                continue
            said = claim.text[slice(*phrase(claim, max(0, k - 1), k))]
            start, end = phrase(passage, max(0, j - 1), j)
            return [make_cue(CueKind.ORDER, said, passage, start, end, conflict=True)]
    return []


def _converse_verbs(side: Side) -> list[int]:
    """The indexes of the converse verbs of ``side``, read once per side."""
    return [i for i, w in enumerate(side.words) if lemma(w.stem) in _CONVERSE]


def _subject(side: Side, verb: int) -> set[str]:
    """The content words before the verb, in its clause, within ``_SUBJECT_REACH``."""
    found: set[str] = set()
    for j in range(verb - 1, max(-1, verb - 1 - _SUBJECT_REACH), -1):
        if clause_ends_before(side, j + 1):
            break
        if side.words[j].norm not in STOP_WORDS:
            found.add(side.words[j].stem)
    return found


def _party(side: Side, verb: int) -> set[str]:
    """The content words after the verb's "to" or "from", in its clause, up to the next
    stop word after them ("from [the city] in 2021")."""
    words = side.words
    for j in range(verb + 1, min(verb + 1 + _PARTY_REACH, len(words))):
        if clause_ends_before(side, j):
            return set()
        if words[j].norm in _PARTY:
            found: set[str] = set()
            for n in range(j + 1, min(j + 5, len(words))):
                if clause_ends_before(side, n) or (found and words[n].norm in STOP_WORDS):
                    break
                if words[n].norm not in STOP_WORDS:
                    found.add(words[n].stem)
            return found
    return set()
