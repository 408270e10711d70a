"""All against some: a claim about every one of a group, a passage about part of it.

"All of the hospital's wards were reopened" against "Some of the hospital's wards were
reopened", or "Every member of the board backed the plan" against "Every member of the board
backed the plan except the chair". One way only: "Some of the schools closed" is not denied by
"All the schools closed" (some of them did), and "none" against "all" is an antonym
(``antonyms``). A number cue (``cues``) compares "all 12" with "10 of the 12".
"""

from __future__ import annotations

from factcheck.evidence.sides import Side, clause_ends_before, known, make_cue, phrase
from factcheck.workspace import STOP_WORDS, Cue, CueKind

_ALL = frozenset({"all", "every"})
# "every" of a frequency ("every year"), "all" of a phrase ("at all", "all but", "above
# all"): no group counted.
_NOT_A_GROUP = frozenset(
    "year years day days week weeks month months time times but too along told".split()
)
_NOT_ALL_AFTER = frozenset({"at", "above", "after", "once", "for"})
# Part of a group: "some of", "several", "a few", "most of", "half of" ("not all" is a
# negation, the negation cues').
_PART = frozenset("some several most many half part few".split())
# What takes some out of "all": "except the chair", "apart from", "other than", "save for".
_EXCEPT = frozenset({"except", "excluding", "apart", "bar"})
# How far a quantifier reaches to its group's word ("all [of the hospital's] wards").
_REACH = 4


def _group(side: Side, q: int) -> list[int]:
    """The content words of the group a quantifier at ``q`` counts: up to two, the first
    within ``_REACH`` words ("Some [of the hospital's] wards"), within its clause."""
    words = side.words
    found: list[int] = []
    for j in range(q + 1, min(len(words), q + 1 + _REACH)):
        if clause_ends_before(side, j):
            break
        if words[j].norm[:1].isdigit():
            return []  # "some 300 people": an approximate figure, the number cues'
        if words[j].norm not in STOP_WORDS:
            found.append(j)
            if len(found) == 2:
                break
    return found


def _universals(claim: Side) -> list[tuple[int, tuple[str, ...]]]:
    """The claim's "all" and "every" with the stems of the group each counts. Read once."""
    words = claim.words
    found = []
    for q, w in enumerate(words):
        if w.norm not in _ALL:
            continue
        after = words[q + 1].norm if q + 1 < len(words) else ""
        if after in _NOT_A_GROUP or (q > 0 and words[q - 1].norm in _NOT_ALL_AFTER):
            continue
        group = _group(claim, q)
        if group:
            found.append((q, tuple(words[j].stem for j in group)))
    return found


# Most against few of one group: "Most economists expect a recession" / "Few economists
# expect one". Not "the most", "at most" (no share of a group), nor "a few", "quite a few"
# (some, which "most" does not deny).
_MOST, _FEW = "most", "few"
_NOT_A_SHARE = frozenset({"the", "at", "a", "quite", "very"})


def _shares(side: Side) -> list[tuple[int, str, tuple[str, ...]]]:
    """The side's "most" and "few" of a group, with the stems of the group each counts."""
    words = side.words
    found = []
    for q, w in enumerate(words):
        if w.norm not in (_MOST, _FEW) or (q > 0 and words[q - 1].norm in _NOT_A_SHARE):
            continue
        group = _group(side, q)
        if group:
            found.append((q, w.norm, tuple(words[j].stem for j in group)))
    return found


def _share_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where one side says most of a group and the other few of the same group."""
    for q, share, group in known(claim, _shares):
        for i, theirs, counted in _shares(passage):
            if theirs != share and _same_group(group, list(counted)):
                return [_cue(claim, q, passage, i, _named_by(passage, _group(passage, i)))]
    return []


def partial_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where the claim counts all of a group and the passage only part of it, or
    one says most of a group and the other few of it."""
    universals = known(claim, _universals)
    if not universals:
        return _share_cues(claim, passage) if known(claim, _shares) else []
    words = passage.words
    norms = {w.norm for w in words}
    if norms.isdisjoint(_PART) and norms.isdisjoint(_EXCEPT):
        return []
    for q, group in universals:
        for i, w in enumerate(words):
            if w.norm in _PART:
                counted = [passage.words[j].stem for j in _group(passage, i)]
                if _same_group(group, counted):
                    return [_cue(claim, q, passage, i, _named_by(passage, _group(passage, i)))]
            if w.norm in _EXCEPT and _exception_to(passage, i, group):
                taken = _group(passage, i)  # "except [the chair]"
                return [_cue(claim, q, passage, i, taken[0] if taken else i)]
    return []


def _same_group(mine: tuple[str, ...], theirs: list[str]) -> bool:
    """Whether a passage's group is the claim's: its first word is one of the claim's, and
    when both name the same word with another after it, that one too ("all papers
    [published] from 2004" is another group than "most papers [examining] the 1970s")."""
    if not theirs or theirs[0] not in mine:
        return False
    return not (len(mine) == 2 == len(theirs) and theirs[0] == mine[0] and theirs[1] != mine[1])


def _exception_to(passage: Side, i: int, group: tuple[str, ...]) -> bool:
    """Whether the "except" at ``i`` takes some out of an "all" or "every" of the claim's
    group earlier in its sentence ("Every member of the board ... except the chair")."""
    words = passage.words
    for j in range(i - 1, max(-1, i - 12), -1):
        if words[j].norm in _ALL:
            return _same_group(group, [passage.words[k].stem for k in _group(passage, j)])
    return False


def _named_by(side: Side, group: list[int]) -> int:
    """The last word that names a group: its first word, or the one after a possessive
    ("the hospital's [wards]")."""
    return group[-1] if side.words[group[0]].norm.endswith("'s") else group[0]


def _cue(claim: Side, q: int, passage: Side, first: int, last: int) -> Cue:
    said = claim.text[slice(*phrase(claim, q, _named_by(claim, _group(claim, q))))]
    start, end = phrase(passage, first, last)
    return make_cue(CueKind.NUMBER, said, passage, start, end, conflict=True)
