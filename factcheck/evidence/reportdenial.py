"""A denial of a clause: "The company rejected reports that the Dunmore plant would close",
"There was no evidence that the driver had been drinking" (for ``negation``).

Its negator stands before the clause it denies, often before the words that line up with
the claim (``negations_in``); it denies the clause's verb, which a clash must be about
(``verb_claimed``) and which the cue quotes (``quoted_head``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from factcheck.evidence.denied import clause_verb, reported
from factcheck.evidence.irregular import lemma
from factcheck.evidence.negsentence import sentence_apart
from factcheck.evidence.sides import Side
from factcheck.workspace import stem

# How far before the passage's words that line up with the claim a denial of a clause may
# stand: "denied [the media] reports that [the] Dunmore plant".
_CLAUSE_REACH = 4
# A claim that something was confirmed or admitted is answered by a denial of the reports
# of it, whatever their verb.
_CONFIRMING = frozenset(stem(w) for w in "confirm confirmed admit admitted acknowledged".split())


def negations_in(side: Side, lo: int, hi: int) -> list[int]:
    """The negators in [lo, hi), and a denial of a clause just before ``lo``: the window
    starts at the clause it denies ("The company [denied] reports that the plant ...")."""
    return [
        i
        for i in side.negators
        if lo <= i < hi or (lo - _CLAUSE_REACH <= i < lo and reported(side, i) > i)
    ]


def verb_claimed(passage: Side, negator: int, claim_stems: Collection[str]) -> bool:
    """Whether a denial of a clause ("denied reports that the chief executive had been
    [pushed] out") denies a verb of the claim's: its clause's subject alone is no clash
    ("The chief executive resigned"), as "denied that the files were lost" says nothing
    against "The files contained ..." (``denied.head_after``). Other negations: True (unless
    in a sentence apart: ``negsentence``), and so against a claim that something was
    confirmed: "The club confirmed the manager's departure" is answered by "The club denied
    reports that the manager was leaving"."""
    that = reported(passage, negator)
    if any(s in claim_stems for s in _CONFIRMING):
        return True
    if that <= negator:  # "It did not cut jobs in 2023": another sentence's verb
        return not sentence_apart(passage, negator, claim_stems)
    verb = clause_verb(passage, that)
    return verb is None or lemma(passage.words[verb].stem) in claim_stems


def quoted_head(passage: Side, negator: int, shared: Sequence[int]) -> int:
    """The word of ``shared`` (the claim's words under the negation) a cue quotes up to:
    the first, or a denied clause's verb ("no evidence that the driver had been
    [drinking]", "rejected reports that the plant would [close]")."""
    that = reported(passage, negator)
    if that <= negator:
        return shared[0]
    verb = clause_verb(passage, that)
    return verb if verb is not None and verb in shared else shared[-1]
