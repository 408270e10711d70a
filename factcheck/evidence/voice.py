"""A verb's object in the passage that is the claim's subject: "Regulators approved the
vaccine on 5 June" dates the vaccine's approval, as "The vaccine was approved on 3 June"
does. The word before the passage's verb is then its doer, not another part of the claim's
thing ("The museum's new wing opened": ``occasions.other_occasion``)."""

from __future__ import annotations

from factcheck.evidence.lexicon import family
from factcheck.evidence.sides import Side, clause_ends_before, word_at
from factcheck.workspace import STOP_WORDS, stem

# How far back from a date its verb is looked for (as ``occasions``), and how many words
# after the verb its object may take ("approved [the new] vaccine").
_VERB_REACH, _OBJECT_REACH = 4, 4


def verb_before(side: Side, verb: str, before: int) -> int | None:
    """The index of the last ``verb`` (a stem) among the few words ahead of offset
    ``before`` (a date's: "opened [in 1932]"), or None."""
    words = side.words
    i = word_at(side, before) - 1
    return next(
        (j for j in range(i, max(-1, i - _VERB_REACH), -1) if stem(words[j].norm) == verb), None
    )


def object_is(side: Side, verb: str, before: int, thing: str) -> bool:
    """Whether the first content word after the last ``verb`` (a stem) ahead of offset
    ``before``, in its clause, is of the family ``thing``."""
    words = side.words
    at = verb_before(side, verb, before)
    if at is None:
        return False
    for j in range(at + 1, min(len(words), at + 1 + _OBJECT_REACH)):
        if clause_ends_before(side, j) or words[j].start >= before:
            return False
        if words[j].norm not in STOP_WORDS:
            return family(words[j].stem) == thing
    return False
