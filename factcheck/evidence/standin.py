"""An opposite said of a stand-in for the claim's doer: "Northwind raised its sales forecast"
against "The company cut its sales forecast". The antonym cue reads "cut" as said of another
thing (its subject, "company", is none of the claim's words), and the passage shares the
rest of the claim's words, so it read as stating it. Whether "the company" is Northwind the
passage does not say: it states neither the claim nor its opposite (Related)."""

from __future__ import annotations

from factcheck.evidence.lexicon import ANTONYM_INDEX, ANTONYMS
from factcheck.evidence.scope import subject_stems
from factcheck.evidence.sides import Side, known
from factcheck.workspace import stem

# Nouns that stand for a named doer once it is named: "the company", "the council".
_STAND_INS = frozenset(
    stem(w)
    for w in """company firm group business retailer bank lender airline carmaker insurer
    council government city county state ministry department agency authority board
    committee union team club party side court university school hospital""".split()
)


def opposite_of_stand_in(claim: Side, passage: Side) -> bool:
    """Whether the passage says the opposite of a claim's word of a stand-in ("The company
    cut") for the claim's doer, which it never names, and never says the claim's word
    itself (``__doc__``): whoever "the company" is, the claim is not stated."""
    have = passage.stem_set
    for own, opposite, doer in known(claim, _named_opposites):
        if opposite.isdisjoint(have) or not own.isdisjoint(have) or not doer.isdisjoint(have):
            continue  # no opposite, the claim's own word, or its doer named
        if any(w.stem in opposite and _stands_in(passage, i) for i, w in enumerate(passage.words)):
            return True
    return False


def _named_opposites(claim: Side) -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """(own side, opposite side, the doer's words) of each claim word with an opposite and a
    doer before it that is no stand-in itself: the claim's part, read once per claim."""
    found = []
    for k, word in enumerate(claim.words):
        for group, side in ANTONYM_INDEX.get(word.stem, ()):
            doer = subject_stems(claim, k)
            if doer and not doer & _STAND_INS:
                found.append((ANTONYMS[group][side], ANTONYMS[group][1 - side], doer))
    return found


def _stands_in(passage: Side, i: int) -> bool:
    """Whether word ``i`` is said of stand-ins alone ("The company cut")."""
    subject = subject_stems(passage, i)
    return bool(subject) and subject <= _STAND_INS
