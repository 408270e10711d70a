"""Swapped roles: "Arsenal beat Chelsea" against "Chelsea beat Arsenal".

Both names and the verb are in the passage, so nothing else clashes, but who did what to
whom is reversed. Only verbs whose two sides cannot be exchanged count ("met", "talked
with" and "and" can), in the active voice: a passive ("Chelsea were defeated by Arsenal",
"Harris, endorsed by Biden") is left alone.
"""

from __future__ import annotations

from factcheck.evidence.converse import parties_swapped
from factcheck.evidence.sides import Side, clause_ends_before, known, make_cue, phrase
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


def _back(side: Side, last: int) -> int:
    """The first word of the name that ends at word ``last`` ("[Whole] Foods")."""
    first = last
    while first > 0 and _is_name(side.words[first - 1]) and not clause_ends_before(side, first):
        first -= 1
    return first


def _on(side: Side, first: int) -> int:
    """The last word of the name that starts at word ``first`` ("Whole [Foods]")."""
    last = first
    while (
        last + 1 < len(side.words)
        and _is_name(side.words[last + 1])
        and not clause_ends_before(side, last + 1)
    ):
        last += 1
    return last


def _name_back(side: Side, last: int) -> frozenset[str]:
    """The stems of the name that ends at word ``last`` ("Whole Foods")."""
    return frozenset(w.stem for w in side.words[_back(side, last) : last + 1])


def _name_on(side: Side, first: int) -> frozenset[str]:
    """The stems of the name that starts at word ``first``."""
    return frozenset(w.stem for w in side.words[first : _on(side, first) + 1])


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
    """A claim's "X <verb> Y" given in the passage as "Y <verb> X" (and never as claimed),
    or as "X was <verb> by Y" (``_turned_passive``)."""
    mine = known(claim, _all_triples)  # the claim's alone: read once
    if not mine:
        return _turned_passive(claim, passage) or parties_swapped(claim, passage)
    theirs = _triples(passage, *window)
    cues = []
    for x, v, y in mine:
        verb = claim.words[v].stem
        first, second = _name_back(claim, x), _name_on(claim, y)  # "Whole Foods": all its words
        if first == second:
            continue
        stated = [
            (a, b, c)
            for a, b, c in theirs
            if passage.words[b].stem == verb
            and {_name_back(passage, a), _name_on(passage, c)} == {first, second}
        ]
        if not stated or any(_name_back(passage, a) == first for a, _, _ in stated):
            continue  # not there, or there as claimed
        a, _, c = stated[0]
        x, y, a, c = _back(claim, x), _on(claim, y), _back(passage, a), _on(passage, c)
        claim_text = claim.text[claim.words[x].start : claim.words[y].end]
        start = passage.words[a].start
        end = passage.words[c].end
        cues.append(make_cue(CueKind.ENTITY, claim_text, passage, start, end, conflict=True))
    return cues or _turned_passive(claim, passage) or parties_swapped(claim, passage)


def _turned_passive(claim: Side, passage: Side) -> list[Cue]:
    """A one-way act turned round by a passive: "The landlord sued the tenants'
    association" against "The landlord was sued by the tenants' association" (the doer is
    the one acted on), or the other way round. Any nouns, not only names: the passive's
    subject and agent are the active's two words turned round, by stem."""
    if _ONE_WAY.isdisjoint(claim.stem_set):
        return []  # nearly every claim: no one-way act to turn round
    for active, other in ((claim, passage), (passage, claim)):
        for v in known(active, _actives):
            verb = active.words[v].stem
            if verb not in other.stem_set:
                continue  # nearly every pair
            doer, done = _content_before(active, v), _content_after(active, v)
            if doer is None or done is None or _stem(active, doer) == _stem(active, done):
                continue
            for p in _passives_of(other, verb):
                subject, agent = _content_before(other, p - 1), _content_after(other, p + 1)
                if subject is None or agent is None:
                    continue
                if (_stem(other, subject), _stem(other, agent)) == (
                    _stem(active, doer),
                    _stem(active, done),
                ):
                    mine, theirs = ((doer, done), (subject, agent))[:: 1 if active is claim else -1]
                    said = claim.text[slice(*phrase(claim, *mine))]
                    start, end = phrase(passage, *theirs)
                    return [make_cue(CueKind.ENTITY, said, passage, start, end, conflict=True)]
    return []


def _stem(side: Side, index: int) -> str:
    return side.words[index].stem


def _actives(side: Side) -> list[int]:
    """The one-way verbs of ``side`` in the active voice."""
    return [v for v, w in enumerate(side.words) if w.stem in _ONE_WAY and not _passive(side, v)]


def _passives_of(side: Side, verb: str) -> list[int]:
    """The one-way verb ``verb`` in ``side`` as "was <verb> by": the verb's indexes."""
    words = side.words
    return [
        v
        for v in range(1, len(words) - 1)
        if words[v].stem == verb
        and words[v - 1].norm in _PASSIVE_BEFORE
        and words[v + 1].norm == "by"
    ]


def _content_before(side: Side, v: int) -> int | None:
    """The content word right before word ``v`` (its subject), within three words."""
    for j in range(v - 1, max(-1, v - 4), -1):
        if side.words[j].norm not in STOP_WORDS and side.words[j].norm not in _PASSIVE_BEFORE:
            return j
    return None


def _content_after(side: Side, v: int) -> int | None:
    """The first content word after word ``v`` (its object or agent), within three."""
    for j in range(v + 1, min(v + 4, len(side.words))):
        if side.words[j].norm not in STOP_WORDS:
            return j
    return None
