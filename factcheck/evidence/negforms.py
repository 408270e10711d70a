"""Negations written as phrases, not as "not": "has yet to be ratified", "is far from
complete", "stopped short of condemning", "stopped charging", "ceased to operate",
"declined to comment", "no longer produces".

Each is read at one word (``negator``), the one after which its negated word comes, so
``denied.head_after`` and the negation's scope work as they do for "not"; ``opening`` is
where its words begin, for the cue's quote. A cessation ("no longer", "stopped -ing",
"ceased") denies only the present: "The factory no longer produces steel" is not
contradicted by "The factory was built to produce steel" (``cessation``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from factcheck.workspace import STOP_WORDS


class _Word(Protocol):
    @property
    def norm(self) -> str: ...


# The word after which each phrase's negated word comes, for a quick test of every word.
KEYS = frozenset({"yet", "from", "of", "stopped", "ceased"})
KEYS_DECLINE = frozenset({"declined", "declines", "decline", "declining"})
# "has yet to", "is yet to", "remains yet to": not "yet to come" after a noun.
_YET_AFTER = frozenset("has have had is are was were remain remains remained".split())
_BE = frozenset("is are was were be been being remains remain remained seems seemed".split())
# Past forms only: "can stop spreading the virus" prevents, it says nothing ended.
_STOPPING = frozenset({"stopped", "ceased"})
_MODAL = frozenset("can could would will may might should must to".split())
# After "declined to": a level ("declined to 3%", "to a record low", "to its lowest"), not
# a refusal; nor "to record lows".
_LEVEL_AFTER = frozenset({"record", "levels", "level", "zero", "nothing"})


def _is_number(norm: str) -> bool:
    return norm[:1].isdigit() or norm in _NUMBER_WORDS


_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty sixty seventy eighty ninety hundred thousand million billion half""".split()
)


def negator(words: Sequence[_Word], i: int) -> bool:
    """Whether word ``i`` is the key of a negating phrase: the "yet" of "has yet to", the
    "from" of "is far from", the "of" of "stopped short of", "stopped"/"ceased" before an
    "-ing" form or "to", "declined to" before a verb."""
    norm = words[i].norm
    n = len(words)
    after = words[i + 1].norm if i + 1 < n else ""
    before = words[i - 1].norm if i > 0 else ""
    if norm == "yet":
        return after == "to" and before in _YET_AFTER
    if norm == "from":
        # "is far from complete", not "is far from the city" (a distance).
        return (
            before == "far"
            and i > 1
            and words[i - 2].norm in _BE
            and after not in STOP_WORDS
            and not _is_number(after)
        )
    if norm == "of":
        return before == "short" and i > 1 and words[i - 2].norm in _STOPPING
    if norm in _STOPPING:
        if after == "short" or before in _MODAL:
            return False  # read at its "of"; "would have stopped"
        # "ceased production", "ceased to exist"; "stopped" only before a verb ("police
        # stopped the car").
        return (after.endswith("ing") and len(after) > 4) or (norm == "ceased" and bool(after))
    if norm in KEYS_DECLINE:
        third = words[i + 2].norm if i + 2 < n else ""
        return (
            after == "to"
            and bool(third)
            and third not in STOP_WORDS
            and third not in _LEVEL_AFTER
            and not _is_number(third)
        )
    return False


def opening(words: Sequence[_Word], i: int) -> int:
    """Where the negating phrase keyed at ``i`` begins: "[has] yet to", "[is] far from",
    "[stopped] short of"."""
    norm = words[i].norm
    if norm == "of":
        return i - 2
    if norm == "from":
        return i - 1
    return i


def cessation(words: Sequence[_Word], i: int) -> bool:
    """Whether the negator at ``i`` says something ended: "no longer", "stopped -ing",
    "ceased"."""
    norm = words[i].norm
    if norm == "no":
        return i + 1 < len(words) and words[i + 1].norm == "longer"
    return norm in _STOPPING and i + 1 < len(words) and words[i + 1].norm != "short"


# Words before a verb that say it still holds: "still produces", "continues to lend".
_NOW = frozenset({"is", "are", "am", "'s"})
_GOING_ON = frozenset({"still", "continues", "continue", "continued", "continuing", "remains"})


def current(words: Sequence[_Word], index: int, claim_norm: str) -> bool:
    """Whether the passage's verb at ``index`` says the thing holds now, as a cessation
    denies: in the claim's own present form ("produces"), or after "still" or "continues
    to". "was built to produce steel" and "produced" say it held once."""
    if index > 0 and words[index].norm.endswith("ing") and words[index - 1].norm in _NOW:
        return True  # "is touring Europe"
    if words[index].norm == claim_norm and not claim_norm.endswith("ed"):
        return claim_norm.endswith("s") or index == 0 or words[index - 1].norm != "to"
    return any(w.norm in _GOING_ON for w in words[max(0, index - 3) : index])


# Verbs that say something ended: a passage with one reports what "no longer" says.
_ENDED = frozenset(
    "closed ended stopped ceased shut scrapped abolished axed discontinued dropped".split()
)


def ended_in(claim_words: Sequence[_Word], negator: int, passage_words: Sequence[_Word]) -> bool:
    """Whether the claim's negator says something ended ("no longer has a maternity unit")
    and the passage says it ended in a verb of its own ("The maternity unit, which closed in
    2018, has not reopened"): the same end, no one-sided negation."""
    return cessation(claim_words, negator) and any(w.norm in _ENDED for w in passage_words)
