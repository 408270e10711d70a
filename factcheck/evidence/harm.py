"""A claim that counts no harm ("No deaths were reported", "no serious injuries", "no
casualties", "The ship sank with no loss of life"), and whether a passage reports harm.

Such a claim is a count of none, like "Nobody was hurt" (``nobody``): a passage that reports
deaths or injuries in any words of their families ("Three crew members died"), or counts
lives or people beside a word of harm, contradicts it; one that only shares its topic
("The fire started in the kitchen", "All 40 crew members were rescued") does not, and does
not state it either. Read by ``negation`` (the clash) and ``figures`` (what a supporting
passage must give), in place of the plain one-sided negation, which would call every
passage about the fire that does not repeat "no deaths" a contradiction.
"""

from __future__ import annotations

from factcheck.evidence.earlier import another_time
from factcheck.evidence.instances import another_instance
from factcheck.evidence.lexicon import ESCAPED, HARMED, LIVES, family
from factcheck.evidence.nobody import counts_none, counts_people, denied_event
from factcheck.evidence.sides import Side, clause_ends_before, make_cue, phrase
from factcheck.workspace import Cue, CueKind, stem

# The families ``lexicon.family`` gives the words of death and injury.
_HARM_FAMILIES = frozenset({family(stem("death")), family(stem("injury"))})
# Words between "no" and what it counts: "no serious injuries", "no further deaths".
_QUALIFIERS = frozenset(
    "new further other more additional serious major reported confirmed known immediate".split()
)
_LIFE = frozenset({stem("life"), stem("lives")})
# A claim's "no serious injuries" says nothing of minor ones ("suffered minor injuries").
_SEVERE = frozenset("serious major".split())
_MILD = frozenset("minor slight light superficial".split())
# How far after a passage's negator a word of harm is still under it ("no one was seriously
# hurt"), within its clause.
_REACH = 6


def _harm(side: Side, index: int) -> bool:
    word = side.words[index]
    return family(word.stem) in _HARM_FAMILIES or word.stem in HARMED or word.stem in LIVES


def harm_counted(claim: Side, negator: int) -> int | None:
    """The index of the word of harm a "no" at ``negator`` counts none of ("No [deaths]",
    "no serious [injuries]", "no [loss] of life"), else None."""
    words = claim.words
    if words[negator].norm not in ("no", "zero"):
        return None
    i = negator + 1
    while i < len(words) and words[i].norm in _QUALIFIERS:
        i += 1
    if i >= len(words):
        return None
    if words[i].norm == "loss":
        of_life = i + 2 < len(words) and words[i + 1].norm == "of" and words[i + 2].stem in _LIFE
        return i + 2 if of_life else None
    return i if _harm(claim, i) else None


def harm_cues(
    claim: Side, negator: int, counted: int, passage: Side, negators: list[int]
) -> list[Cue]:
    """The clash of a claim's "no" at ``negator`` counting no harm (``harm_counted``: the
    word at ``counted``) with a passage that reports harm; none when it reports none, or
    reports it of another instance or time ("Four people died in a similar fire last year")."""
    if another_instance(claim, passage) or another_time(claim, passage):
        return []
    severe = not _SEVERE.isdisjoint(w.norm for w in claim.words[negator + 1 : counted])
    found = harm_reported(passage, negators, mild_too=not severe)
    if found is None:
        return []
    said = claim.text[slice(*phrase(claim, negator, counted))]
    return [make_cue(CueKind.NEGATION, said, passage, *found, conflict=True)]


def harm_reported(
    passage: Side, negators: list[int], *, mild_too: bool = True
) -> tuple[int, int] | None:
    """The character span where the passage reports harm: a word of death or injury not
    under one of its ``negators`` ("no one was hurt" agrees) nor after "escaped" (nor after
    "minor" unless ``mild_too``), else a count of lives or of people harmed
    (``nobody.counts_people``); None when it reports none."""
    words = passage.words
    # A "none" reaches its event whether or not it stands in the window of the claim's
    # words: "[None] of the children on the school bus was hurt".
    under = [*negators, *(n for n in passage.negators if counts_none(passage, n))]
    for i in range(len(words)):
        if not _harm(passage, i):
            continue
        before = words[i - 1].norm if i > 0 else ""
        if before in ESCAPED or (before in _MILD and not mild_too):
            continue
        if any(_under(passage, n, i) for n in under):
            continue
        return words[i].start, words[i].end
    if negators:
        return None  # "no one was injured, though two people were treated": too loose
    people = counts_people(passage)
    return None if people is None else (people.start, people.end)


def _under(side: Side, negator: int, index: int) -> bool:
    """Whether the word at ``index`` falls under the negator at ``negator``: after it, near
    it, in its clause."""
    if counts_none(side, negator) and denied_event(side, negator) == index:
        return True  # "None of the children on the school bus was [hurt]": its event
    if not negator < index <= negator + _REACH:
        return False
    return not any(clause_ends_before(side, j) for j in range(negator + 1, index + 1))
