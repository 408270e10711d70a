"""Comparisons turned round: "cold kills more people than heat" / "heat kills more people
than cold".

Both sentences hold the same words and the same "more", so no other cue sees that they say
opposite things: what one puts before "than" the other puts after it. A comparison is read
as what is compared (the clause before its comparative word, and the words up to "than")
and what it is compared with (the words after "than", to the end of the clause), or the
words before and after a verb that compares ("outperformed", "beat", "lost to"; a passive
"were beaten by" turns them round). Its head is the first word of what it is compared with
that is not also on the compared side ("than the old one": "old").

The passage turns the claim's comparison round when each one's head stands on the other's
compared side, and every other content word of the claim's comparison is in the passage's
(what is measured: "China emits more carbon than the US" is not turned round by "the US
imports more oil than China"). The same direction ("more" / "more") is then a clash; the
opposite one ("women earn less than men" / "men earn more than women") says the same thing:
an agreement, and the "less" / "more" the antonym cue reads as a clash is none. Events in
time ("approved before the trial ended") must be the same events, swapped whole. A
comparison that is negated or reported as a belief ("It is not true that", "the myth
that") is not read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from factcheck.evidence.comparatives import (
    AFTER_MORE,
    COMPARATIVES,
    EXPECTED,
    IGNORED,
    RANK_AFTER,
    RANK_WORDS,
    REPORTED,
    VERBS,
    WORD_PAIRS,
)
from factcheck.evidence.sides import Side, make_cue
from factcheck.workspace import STOP_WORDS, Cue, CueKind

# Where a clause ends: what comes after these is not what the comparison is about.
_CLAUSE_WORDS = frozenset(
    "and but while whereas although though because which who when as so since if".split()
)
_CLAUSE_MARKS = frozenset(".;:!?—–")
# Words of EXPECTED that compare with the thing itself at another time ("than ever").
_BEFORE = frozenset("usual ever before previously initially originally".split())
# At most this many words on each side of a comparison, and between it and its "than".
_REACH = 8


@dataclass(frozen=True)
class _Comparison:
    scale: str
    direction: int
    compared: frozenset[str]  # stems of what is compared ("cold", "kill", "people")
    against: frozenset[str]  # stems of what it is compared with ("heat")
    head: str  # the first word of ``against`` not also compared ("heat")
    word: tuple[int, int]  # character span of the comparative word in the side's text
    start: int  # character span of the comparative and what it is compared with
    end: int


def comparison_cues(claim: Side, passage: Side) -> tuple[list[Cue], list[tuple[int, int]]]:
    """Clashes (and agreements) between a comparison of the claim and one of the passage
    that puts the same things the other way round. Also the spans (absolute) of the
    passage's comparative words that agree that way ("men earn more than women" for
    "women earn less than men"): no antonym clash there."""
    mine = _comparisons(claim)
    if not mine:
        return [], []
    theirs = _comparisons(passage)
    cues: list[Cue] = []
    agreeing: list[tuple[int, int]] = []
    for c in mine:
        same = [p for p in theirs if p.scale == c.scale and _measures_the_same(c, p)]
        # A passage that also makes the claim's comparison as claimed ("Chelsea beat
        # Arsenal in May, and Arsenal beat Chelsea on Sunday") does not clash with it.
        as_claimed = any(
            _kept(c, p) if p.direction == c.direction else _swapped(c, p) for p in same
        )
        quoted = claim.text[c.start : c.end]
        for p in same:
            if c.direction == p.direction:
                if _swapped(c, p) and not as_claimed:
                    cues.append(
                        make_cue(CueKind.ORDER, quoted, passage, p.start, p.end, conflict=True)
                    )
            elif _swapped(c, p):
                cues.append(
                    make_cue(CueKind.AGREEMENT, quoted, passage, p.start, p.end, conflict=False)
                )
                agreeing.append((passage.offset + p.word[0], passage.offset + p.word[1]))
            elif _kept(c, p) and not as_claimed:
                # The same order, the other way: "Arsenal beat Chelsea" / "Arsenal lost to
                # Chelsea" (an antonym pair the lexicon need not list).
                cues.append(
                    make_cue(CueKind.ANTONYM, quoted, passage, p.start, p.end, conflict=True)
                )
    return cues, agreeing


def _measures_the_same(claim: _Comparison, passage: _Comparison) -> bool:
    """Whether the passage's comparison holds every content word of the claim's but the
    two heads: the same measure of the same things ("kills more people")."""
    rest = (claim.compared | claim.against) - {claim.head, passage.head}
    return rest <= passage.compared | passage.against


def _swapped(claim: _Comparison, passage: _Comparison) -> bool:
    """Whether the passage compares the other way round: what the claim compares with is
    on the passage's compared side, and what the passage compares with on the claim's."""
    # The passage's head, or, when that head is a word the claim lacks ("than [the
    # original] film" for "The film earned more than its sequel"), another word it compares
    # with that the claim compares.
    theirs: frozenset[str] | set[str] = {passage.head}
    if passage.head not in claim.compared | claim.against:
        theirs = passage.against - passage.compared
    return (
        _same_events(claim, passage)
        and claim.head in passage.compared
        and claim.head not in passage.against
        and any(h in claim.compared and h not in claim.against for h in theirs)
    )


def _kept(claim: _Comparison, passage: _Comparison) -> bool:
    """Whether both compare with the same thing, in the same order."""
    return (
        _same_events(claim, passage)
        and claim.head in passage.against
        and passage.head in claim.against
    )


def _same_events(claim: _Comparison, passage: _Comparison) -> bool:
    """Events in time ("before", "after") must be the same two, in the same words: "the
    drought came before the famine" / "the famine came before the drought", not "infections
    fell after the lockdown" / "the lockdown ended after infections fell"."""
    if claim.scale != "time":
        return True
    return claim.compared | claim.against == passage.compared | passage.against


def _comparisons(side: Side) -> list[_Comparison]:
    """The side's comparisons, read once per side: a passage meets many claims."""
    cached: list[_Comparison] | None = vars(side).get("_comparisons")
    if cached is None:
        cached = vars(side)["_comparisons"] = _read(side)
    return cached


def _read(side: Side) -> list[_Comparison]:
    words = side.words
    found = []
    for i, word in enumerate(words):
        norm = word.norm
        pair = (norm, words[i + 1].norm if i + 1 < len(words) else "")
        skip = i  # the comparative's own words are neither side
        if norm in VERBS or pair in WORD_PAIRS:
            if norm in RANK_WORDS and (i == 0 or words[i - 1].norm not in RANK_AFTER):
                continue  # "ahead of Labour's conference", "behind the plan"
            scale, direction = VERBS.get(norm) or WORD_PAIRS[pair]
            compared, against = _before(side, i), _after(side, i + (1 if norm in VERBS else 2))
            if pair[1] == "by":  # "Chelsea were beaten by Arsenal": the object comes first
                compared, against = _after(side, i + 2), _before(side, i)
        elif norm in COMPARATIVES or (norm[-2:] == "er" and _unlisted(side, i)):
            than = _than(side, i)
            if than < 0 or side.in_amount(word):
                continue  # no "than", or "more than 5,000": a bound on an amount
            # An unlisted "-er" right before "than" ("deeper than") is a scale of its own.
            scale, direction = COMPARATIVES.get(norm, (norm, 1))
            if norm in ("more", "less") and words[i + 1].norm in AFTER_MORE:
                scale, direction = AFTER_MORE[words[i + 1].norm]
                direction = direction if norm == "more" else -direction
            lo, _ = _before(side, i)
            compared, against = (lo, than), _after(side, than + 1)
            skip = i + 1 if words[i + 1].norm in AFTER_MORE else i
        else:
            continue
        if _read_as_false(side, min(compared[0], against[0]), i):
            continue  # "It is not true that..."
        expected = next((w.norm for w in words[against[0] : against[1]] if w.norm in EXPECTED), "")
        comparison = _comparison(side, scale, direction, (i, skip), compared, against)
        if comparison is not None and expected:
            # "grew faster than expected": compared with an expectation (or with itself
            # before: "than ever"), one head for all its words; turned round it says
            # nothing, the other way ("more slowly than forecast") it clashes.
            mark = "~before" if expected in _BEFORE else "~expected"
            comparison = replace(comparison, against=frozenset({mark}), head=mark)
        if comparison is not None:
            found.append(comparison)
    return found


def _comparison(
    side: Side,
    scale: str,
    direction: int,
    comparative: tuple[int, int],
    compared: tuple[int, int],
    against: tuple[int, int],
) -> _Comparison | None:
    """The comparison whose comparative is words [i, last] (one word, or "more slowly")."""
    words = side.words
    i, last_word = comparative
    compared_stems = _stems(side, compared[0], i) | _stems(side, last_word + 1, compared[1])
    # Read outward from the comparative: "than [the old one]", "[Chelsea] were beaten by".
    outward = (
        range(against[0], against[1])
        if against[0] > i
        else range(against[1] - 1, against[0] - 1, -1)
    )
    heads = [k for k in outward if _counts(words[k].norm) and words[k].stem not in compared_stems]
    if not compared_stems or not heads:
        return None
    first, last = min(i, against[0]), max(i, against[1] - 1)
    return _Comparison(
        scale,
        direction,
        compared_stems,
        _stems(side, *against),
        words[heads[0]].stem,
        (words[i].start, words[i].end),
        words[first].start,
        words[last].end,
    )


# Words in "-er" before "than" that compare nothing: "other than", "rather than".
_NOT_COMPARATIVES = frozenset("other rather either neither whether further".split())


def _unlisted(side: Side, i: int) -> bool:
    """Whether word ``i`` is an unlisted comparative: an "-er" word right before "than"."""
    norm = side.words[i].norm
    return (
        len(norm) > 4
        and norm.endswith("er")
        and norm not in _NOT_COMPARATIVES
        and i + 1 < len(side.words)
        and side.words[i + 1].norm == "than"
    )


def _read_as_false(side: Side, lo: int, i: int) -> bool:
    """Whether the comparison at ``i`` is negated ("did not outperform", "no longer cheaper")
    or reported as a belief ("the myth that"), looking back to its clause's start."""
    start = lo
    while start > 0 and i - start < _REACH * 2 and not _boundary(side, start):
        start -= 1
    return bool(side.negators_in(start, i)) or any(w.norm in REPORTED for w in side.words[start:i])


def _than(side: Side, i: int) -> int:
    """Index of the "than" that completes the comparative at ``i`` in the same clause
    ("more likely to be hospitalised than"), or -1."""
    for j in range(i + 1, min(i + 1 + _REACH, len(side.words))):
        if side.words[j].norm == "than":
            return j
        if _boundary(side, j):
            return -1
    return -1


def _boundary(side: Side, j: int) -> bool:
    """Whether a clause ends before word ``j``."""
    words = side.words
    between = side.text[words[j - 1].end : words[j].start] if j > 0 else ""
    return words[j].norm in _CLAUSE_WORDS or any(mark in between for mark in _CLAUSE_MARKS)


def _before(side: Side, i: int) -> tuple[int, int]:
    """Word range of the clause before word ``i`` (at most ``_REACH`` words)."""
    lo = i
    while lo > 0 and i - lo < _REACH and not _boundary(side, lo):
        lo -= 1
    if lo < i and side.words[lo].norm in _CLAUSE_WORDS:
        lo += 1
    return lo, i


def _after(side: Side, lo: int) -> tuple[int, int]:
    """Word range from word ``lo`` to the end of its clause or the first comma."""
    words = side.words
    hi = min(lo, len(words))
    while hi < len(words) and hi - lo < _REACH and (hi == lo or not _boundary(side, hi)):
        if hi > lo and "," in side.text[words[hi - 1].end : words[hi].start]:
            break
        hi += 1
    return lo, hi


def _counts(norm: str) -> bool:
    return norm not in STOP_WORDS and norm not in IGNORED


def _stems(side: Side, lo: int, hi: int) -> frozenset[str]:
    """Content stems of words [lo, hi)."""
    return frozenset(w.stem for w in side.words[lo:hi] if _counts(w.norm))
