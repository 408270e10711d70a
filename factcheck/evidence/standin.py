"""An opposite said of a stand-in for the claim's doer: "Northwind raised its sales forecast"
against "The company cut its sales forecast". The antonym cue reads "cut" as said of another
thing (its subject, "company", is none of the claim's words), and the passage shares the
rest of the claim's words, so it read as stating it. Whether "the company" is Northwind the
passage does not say: it states neither the claim nor its opposite (Related)."""

from __future__ import annotations

from factcheck.evidence.lexicon import ANTONYM_INDEX, ANTONYMS
from factcheck.evidence.scope import subject_stems
from factcheck.evidence.sides import Side
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
    for k, word in enumerate(claim.words):
        for group, side in ANTONYM_INDEX.get(word.stem, ()):
            own, opposite = ANTONYMS[group][side], ANTONYMS[group][1 - side]
            if opposite.isdisjoint(have) or not own.isdisjoint(have):
                continue
            doer = subject_stems(claim, k)
            if not doer or not doer.isdisjoint(have) or doer & _STAND_INS:
                continue  # the claim's doer is named in the passage, or is a stand-in too
            for i, theirs in enumerate(passage.words):
                if theirs.stem in opposite and _stands_in(passage, i):
                    return True
    return False


def _stands_in(passage: Side, i: int) -> bool:
    """Whether word ``i`` is said of stand-ins alone ("The company cut")."""
    subject = subject_stems(passage, i)
    return bool(subject) and subject <= _STAND_INS
