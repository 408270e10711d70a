"""Swapped roles: "Arsenal beat Chelsea" against "Chelsea beat Arsenal".

Both names and the verb are in the passage, so nothing else clashes, but who did what to
whom is reversed. Only verbs whose two sides cannot be exchanged count ("met", "talked
with" and "and" can), in the active voice: a passive ("Chelsea were defeated by Arsenal",
"Harris, endorsed by Biden") is left alone.
"""

from __future__ import annotations

from factcheck.evidence.sides import Side, known, make_cue
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, Cue, CueKind, stem

# One-way verbs, as written in the past and present (their stems are compared).
_ONE_WAY = frozenset(
    stem(w)
    for w in """beat beats defeat defeated defeats overtake overtook overtakes outscored
    attack attacked attacks invade invaded invades sue sued sues accuse accused accuses
    fire fired fires hire hired hires replace replaced replaces succeed succeeded
    acquire acquired acquires buy bought buys endorse endorsed endorses criticise
    criticised criticize criticized blame blamed blames pay paid pays kill killed kills
    arrest arrested arrests eliminate eliminated eliminates sack sacked sacks
    """.split()
)
# How far apart the first name and the second may be, in words ("Arsenal narrowly beat
# Chelsea").
_REACH = 5


def _is_name(word: Word) -> bool:
    return word.text[:1].isupper() and word.norm not in STOP_WORDS


# A passive turns the roles round ("Chelsea were defeated by Arsenal"): a form of "be" or
# "get" before the verb, or "by" after it, and the sentence is left alone.
_PASSIVE_BEFORE = frozenset("is are was were be been being get gets got gotten".split())


def _passive(side: Side, v: int) -> bool:
    words = side.words
    before = v > 0 and words[v - 1].norm in _PASSIVE_BEFORE
    after = v + 1 < len(words) and words[v + 1].norm == "by"
    return before or after


def _triples(side: Side, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(first name, one-way verb, second name) word indexes within [lo, hi), active voice."""
    found = []
    words = side.words
    for v in range(lo, hi):
        if words[v].stem not in _ONE_WAY or _passive(side, v):
            continue
        before = [i for i in range(max(lo, v - _REACH), v) if _is_name(words[i])]
        after = [k for k in range(v + 1, min(hi, v + _REACH + 1)) if _is_name(words[k])]
        if before and after:
            found.append((before[-1], v, after[0]))
    return found


def _all_triples(side: Side) -> list[tuple[int, int, int]]:
    return _triples(side, 0, len(side.words))


def role_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """A claim's "X <verb> Y" given in the passage as "Y <verb> X" (and never as claimed)."""
    mine = known(claim, _all_triples)  # the claim's alone: read once
    if not mine:
        return []
    theirs = _triples(passage, *window)
    cues = []
    for x, v, y in mine:
        first, verb, second = claim.words[x].stem, claim.words[v].stem, claim.words[y].stem
        if first == second:
            continue
        stated = [
            (a, b, c)
            for a, b, c in theirs
            if passage.words[b].stem == verb
            and {passage.words[a].stem, passage.words[c].stem} == {first, second}
        ]
        if not stated or any(passage.words[a].stem == first for a, _, _ in stated):
            continue  # not there, or there as claimed
        a, _, c = stated[0]
        claim_text = claim.text[claim.words[x].start : claim.words[y].end]
        start = passage.words[a].start
        end = passage.words[c].end
        cues.append(make_cue(CueKind.ENTITY, claim_text, passage, start, end, conflict=True))
    return cues
