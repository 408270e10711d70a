"""A freeze against a change: "The Chancellor raised fuel duty" is contradicted by "The
Chancellor froze fuel duty for another year" and "Fuel duty will remain frozen". A freeze
says the thing did not move, as "exports were flat" does (``overtime``), but names it as
an object ("froze [fuel duty]") or as a subject ("[Fuel duty] was frozen"); the claim's
changed thing is its change's object ("raised [fuel duty]", ``changeapart``) or subject
("[Fuel duty] rose").
"""

from __future__ import annotations

from factcheck.evidence.changeapart import DONE_TO
from factcheck.evidence.lexicon import ANTONYM_INDEX
from factcheck.evidence.scope import CHANGE_GROUPS, finite, passive, subject_stems
from factcheck.evidence.sides import Side, known, make_cue, phrase
from factcheck.workspace import STOP_WORDS, Cue, CueKind, stem

_FREEZE = frozenset(stem(w) for w in "freeze freezes froze frozen".split())
# How many content words after a verb make its object ("froze [fuel duty] for ...").
_OBJECT_WORDS = 2


def _object(side: Side, at: int) -> frozenset[str]:
    """The first content words right after the verb at ``at`` (its object), up to a stop
    word after them: "froze [fuel duty] for another year"."""
    found: list[str] = []
    for word in side.words[at + 1 : at + 4]:
        if word.norm in STOP_WORDS or word.norm[:1].isdigit():
            if found:
                break
            continue
        found.append(word.stem)
        if len(found) == _OBJECT_WORDS:
            break
    return frozenset(found)


def _changed(claim: Side) -> list[tuple[int, frozenset[str]]]:
    """The claim's changes and what each changed: (verb, stems). Read once per claim."""
    found = []
    for k, w in enumerate(claim.words):
        groups = ANTONYM_INDEX.get(w.stem)
        if not groups or not any(g in CHANGE_GROUPS for g, _ in groups) or not finite(claim, k):
            continue
        done_to = w.stem in DONE_TO and not passive(claim, k)
        thing = _object(claim, k) if done_to else subject_stems(claim, k)
        if thing:
            found.append((k, thing))
    return found


def frozen_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where the claim's changed thing is what the passage says was frozen."""
    if "froze" not in passage.text and "freez" not in passage.text.lower():
        return []  # most passages freeze nothing: read at C speed
    changes = known(claim, _changed)
    for i, w in enumerate(passage.words):
        if w.stem not in _FREEZE or w.norm == "freezing":
            continue  # "Freezing temperatures returned": the weather, not a freeze
        thing = (
            subject_stems(passage, i)
            if passive(passage, i) or w.norm == "frozen"
            else (_object(passage, i))
        )
        for k, mine in changes:
            if mine <= thing:
                said = claim.text[slice(*phrase(claim, k, k))]
                start, end = phrase(passage, i, i)
                return [make_cue(CueKind.ANTONYM, said, passage, start, end, conflict=True)]
    return []
