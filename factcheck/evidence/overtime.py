"""A level over time: a comparison with the same thing at another time ("higher than last
week", "lower than a year earlier") reports a change ("rose since last week"), one with
another thing ("higher than anywhere else in the country") reports none; and a level said
not to have moved ("exports were flat", "remained unchanged") denies a change."""

from __future__ import annotations

from factcheck.evidence.lexicon import ANTONYM_INDEX, ANTONYMS
from factcheck.evidence.numbers import MONTHS
from factcheck.evidence.scope import CHANGE_GROUPS, finite, subject_stems
from factcheck.evidence.sides import Side, clause_ends_before, known, make_cue, phrase
from factcheck.workspace import Cue, CueKind, stem

# Comparatives of a level, and the change each says over time (side 0 up, side 1 down).
LEVELS = {"higher": 0, "more": 0, "greater": 0, "bigger": 0, "larger": 0, "lower": 1}
LEVELS |= dict.fromkeys(("less", "fewer", "smaller"), 1)
# Words after "than" that name a time: "than [last] week", "than a year [earlier]", "than
# in [2019]".
_TIMES = frozenset(
    """last previous earlier before ago year years month months week weeks decade quarter
    yesterday""".split()
) | frozenset(MONTHS)


def than_a_time(side: Side, index: int) -> bool:
    """Whether the comparative at ``index`` is completed by a "than" (the next word or the
    one after) followed by a time, in its clause."""
    words = side.words
    than = next(
        (j for j in (index + 1, index + 2) if j < len(words) and words[j].norm == "than"), -1
    )
    if than < 0:
        return False
    for j in range(than + 1, min(than + 5, len(words))):
        if clause_ends_before(side, j):
            return False
        if words[j].norm in _TIMES or (len(words[j].norm) == 4 and words[j].norm.isdigit()):
            return True
    return False


def compared_apart(side: Side, index: int) -> bool:
    """Whether the comparative at ``index`` compares with another thing, not with another
    time: "higher [than anywhere else]", a level, no change."""
    words = side.words
    has_than = any(j < len(words) and words[j].norm == "than" for j in (index + 1, index + 2))
    return words[index].norm in LEVELS and has_than and not than_a_time(side, index)


# A level that did not move, after a verb of being or keeping ("were [flat]", "remained
# broadly [unchanged]", "held [steady]"); "flat" alone is mostly a home or a fee.
_UNMOVED = frozenset("flat unchanged steady stable".split())
# And "changed" after a word that says hardly: "Corn prices were [little] changed".
_HARDLY = frozenset("little barely hardly scarcely".split())
_UNMOVED_STEMS = frozenset(stem(w) for w in (*_UNMOVED, "changed"))
_KEEPING = frozenset(
    "is are was were been remain remains remained stay stays stayed held hold".split()
)


def _changes(claim: Side) -> list[int]:
    """The claim's finite verbs of a change ("rose", "fell"), not comparatives. Read once."""
    return [
        k
        for k, w in enumerate(claim.words)
        if (groups := ANTONYM_INDEX.get(w.stem))
        and all(g in CHANGE_GROUPS for g, _ in groups)
        and finite(claim, k)
        and not w.norm.endswith("er")
    ]


def unmoved_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where the claim reports a change of a thing and the passage says the same
    thing did not move: "Exports rose in May" / "Imports fell in May, while exports were
    flat". The thing is the words before each in its clause; a passage that reports the
    claim's change too ("exports rose, then held steady") is no clash."""
    changes = known(claim, _changes)
    if not changes or _UNMOVED_STEMS.isdisjoint(passage.stem_set):
        return []  # most claims report no change, most passages no level unmoved
    for k in changes:
        mine = subject_stems(claim, k)
        own = {s for g, side in ANTONYM_INDEX[claim.words[k].stem] for s in ANTONYMS[g][side]}
        if not mine or not own.isdisjoint(passage.stem_set):
            continue
        for i, w in enumerate(passage.words):
            unmoved = w.norm in _UNMOVED or (w.norm == "changed" and _hardly(passage, i))
            verb = _kept(passage, i) if unmoved else None
            if verb is not None and mine <= subject_stems(passage, verb):
                said = claim.text[slice(*phrase(claim, k, k))]
                start, end = phrase(passage, verb, i)
                return [make_cue(CueKind.ANTONYM, said, passage, start, end, conflict=True)]
    return []


def _kept(side: Side, i: int) -> int | None:
    """The verb of being or keeping before the word at ``i`` ("[remained] broadly
    unchanged"), past one adverb, or None."""
    words = side.words
    j = i - 1
    if j > 0 and (words[j].norm.endswith("ly") or words[j].norm in _HARDLY):
        j -= 1
    return j if j >= 0 and words[j].norm in _KEEPING else None


def _hardly(side: Side, i: int) -> bool:
    return i > 0 and side.words[i - 1].norm in _HARDLY
