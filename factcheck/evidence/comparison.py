"""Comparisons turned round: "cold kills more people than heat" / "heat kills more people
than cold".

Both sentences hold the same words and the same "more", so no other cue sees that they say
opposite things: what one puts before "than" the other puts after it. A comparison is read
as the clause before its comparative word (what is compared) and the words after "than"
(what it is compared with), or before and after a verb that compares ("outperformed",
"beat", "lost to"). The passage swaps the claim's comparison when a word of the claim's
compared-with part stands on the passage's compared side, and a word of the claim's compared
side stands on the passage's compared-with part, neither on both. Then the same direction
("more" / "more") is a clash, and the opposite one ("women earn less than men" / "men earn
more than women") says the same thing: an agreement, and the "less" / "more" that the antonym
cue reads as a clash is no clash.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.evidence.sides import Side, make_cue
from factcheck.workspace import STOP_WORDS, Cue, CueKind

# Comparative words: (scale, direction). "more slowly" is read as "slower" (_AFTER_MORE).
_COMPARATIVES: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("more", "greater"), ("amount", 1)),
    **dict.fromkeys(("less", "fewer"), ("amount", -1)),
    **dict.fromkeys(("higher",), ("height", 1)),
    **dict.fromkeys(("lower",), ("height", -1)),
    **dict.fromkeys(("bigger", "larger"), ("size", 1)),
    **dict.fromkeys(("smaller",), ("size", -1)),
    **dict.fromkeys(("faster", "quicker"), ("speed", 1)),
    **dict.fromkeys(("slower",), ("speed", -1)),
    **dict.fromkeys(("stronger",), ("strength", 1)),
    **dict.fromkeys(("weaker",), ("strength", -1)),
    **dict.fromkeys(("better",), ("quality", 1)),
    **dict.fromkeys(("worse",), ("quality", -1)),
    **dict.fromkeys(("older",), ("age", 1)),
    **dict.fromkeys(("younger",), ("age", -1)),
    **dict.fromkeys(("longer",), ("length", 1)),
    **dict.fromkeys(("shorter",), ("length", -1)),
    **dict.fromkeys(("richer", "wealthier"), ("wealth", 1)),
    **dict.fromkeys(("poorer",), ("wealth", -1)),
    **dict.fromkeys(("heavier",), ("weight", 1)),
    **dict.fromkeys(("lighter",), ("weight", -1)),
    **dict.fromkeys(("later",), ("time", 1)),
    **dict.fromkeys(("earlier",), ("time", -1)),
    **dict.fromkeys(("cheaper",), ("price", -1)),
    **dict.fromkeys(("dearer", "costlier", "pricier"), ("price", 1)),
}
# "more slowly than" is "slower than"; "more quickly" is "faster".
_AFTER_MORE: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("slowly",), ("speed", -1)),
    **dict.fromkeys(("quickly", "rapidly", "fast"), ("speed", 1)),
    **dict.fromkeys(("expensive", "costly"), ("price", 1)),
}
# Verbs that compare their subject with their object: "Boys outperformed girls".
_VERBS: dict[str, tuple[str, int]] = {
    **dict.fromkeys(
        """outperform outperforms outperformed outnumber outnumbers outnumbered outpace
        outpaces outpaced outsold outsell outsells outspent outspend outspends outscored
        outscore outscores outvoted outgrew outgrow outgrows outlived outlive outlives
        outearn outearns outearned outweigh outweighs outweighed overtook overtake overtakes
        overtaken surpass surpasses surpassed exceed exceeds exceeded beat beats beaten
        defeat defeats defeated""".split(),
        ("rank", 1),
    ),
    **dict.fromkeys("trail trails trailed trailing behind".split(), ("rank", -1)),
    # "The vaccine was approved before the trial ended."
    "before": ("time", -1),
    "after": ("time", 1),
}
# "lost to", "ahead of": a verb or an adverb and the word that must follow it.
_PAIRED: dict[tuple[str, str], tuple[str, int]] = {
    ("lost", "to"): ("rank", -1),
    ("loses", "to"): ("rank", -1),
    ("lose", "to"): ("rank", -1),
    ("ahead", "of"): ("rank", 1),
}
_PASSIVE = frozenset("was were is are been be being".split())
# Where a clause ends: what comes after these is not what the comparison is about.
_CLAUSE_WORDS = frozenset(
    "and but while whereas although though because which who when as so since if".split()
)
_CLAUSE_MARKS = frozenset(".;:!?—–")
# At most this many words on each side of a comparison.
_REACH = 8


@dataclass(frozen=True)
class _Comparison:
    scale: str
    direction: int
    compared: frozenset[str]  # stems of what is compared ("cold", "kill", "people")
    against: frozenset[str]  # stems of what it is compared with ("heat")
    head: str  # the word of ``against`` nearest its comparative: what it names ("heat")
    start: int  # character span of the comparison's words in the side's text
    end: int
    text: str


def comparison_cues(claim: Side, passage: Side) -> tuple[list[Cue], set[tuple[str, str]]]:
    """Clashes (and agreements) between a comparison of the claim and one of the passage
    that puts the same things the other way round. Also the (claim word, passage word)
    pairs of comparatives that agree that way ("less" / "more"): no antonym clash."""
    mine = _comparisons(claim)
    if not mine:
        return [], set()
    theirs = _comparisons(passage)
    cues: list[Cue] = []
    agreeing: set[tuple[str, str]] = set()
    for c in mine:
        same = [p for p in theirs if p.scale == c.scale]
        # A passage that also makes the claim's comparison as claimed ("Chelsea beat
        # Arsenal in May, and Arsenal beat Chelsea on Sunday") does not clash with it.
        as_claimed = any(
            _kept(c, p) if p.direction == c.direction else _swapped(c, p) for p in same
        )
        for p in same:
            if c.direction == p.direction:
                if _swapped(c, p) and not as_claimed:
                    cues.append(
                        make_cue(CueKind.ORDER, c.text, passage, p.start, p.end, conflict=True)
                    )
            elif _swapped(c, p):
                cues.append(
                    make_cue(CueKind.AGREEMENT, c.text, passage, p.start, p.end, conflict=False)
                )
                agreeing.add((_first_word(c.text), _first_word(p.text)))
            elif _kept(c, p) and not as_claimed:
                # The same order, the other way: "Arsenal beat Chelsea" / "Arsenal lost to
                # Chelsea" (an antonym pair the lexicon need not list).
                cues.append(
                    make_cue(CueKind.ANTONYM, c.text, passage, p.start, p.end, conflict=True)
                )
    return cues, agreeing


def _swapped(claim: _Comparison, passage: _Comparison) -> bool:
    """Whether the passage compares the other way round: what the claim compares with is
    on the passage's compared side, and what the passage compares with on the claim's."""
    return (
        claim.head in passage.compared
        and claim.head not in passage.against
        and passage.head in claim.compared
        and passage.head not in claim.against
    )


def _kept(claim: _Comparison, passage: _Comparison) -> bool:
    """Whether both compare with the same thing, in the same order."""
    return claim.head in passage.against and passage.head in claim.against


def _first_word(text: str) -> str:
    return text.split(maxsplit=1)[0].lower() if text else ""


def _comparisons(side: Side) -> list[_Comparison]:
    words = side.words
    found = []
    for i, word in enumerate(words):
        norm = word.norm
        pair = (norm, _next(side, i))
        if norm in _VERBS or pair in _PAIRED:
            scale, direction = _VERBS.get(norm) or _PAIRED[pair]
            compared = _before(side, i)
            against = _after(side, i + 1 if norm in _VERBS else i + 2)
            if i > 0 and words[i - 1].norm in _PASSIVE and pair[1] == "by":
                # "Chelsea were beaten by Arsenal": the one named last is the first.
                compared, against = _after(side, i + 2), _before(side, i - 1)[::-1]
        elif norm in _COMPARATIVES:
            than = _than(side, i)
            if than < 0 or side.in_amount(word):
                continue  # no "than", or "more than 5,000": a bound on an amount
            scale, direction = _COMPARATIVES[norm]
            if norm in ("more", "less") and i + 1 < than and words[i + 1].norm in _AFTER_MORE:
                scale, direction = _AFTER_MORE[words[i + 1].norm]
                direction = direction if norm == "more" else -direction
            compared = (*_before(side, i), *_stems(side, i + 1, than))
            against = _after(side, than + 1)
        else:
            continue
        if not compared or not against:
            continue
        # What it is compared with: the word nearest the comparative ("than the old one":
        # "old"; "Chelsea were beaten by": "Chelsea"). The cue quotes the comparison up to it.
        head = against[0]
        nearest = [k for k, w in enumerate(words) if w.stem == head and w.norm not in STOP_WORDS]
        k = min(nearest, key=lambda k: abs(k - i))
        start, end = min(word.start, words[k].start), max(word.end, words[k].end)
        found.append(
            _Comparison(
                scale,
                direction,
                frozenset(compared),
                frozenset(against),
                head,
                start,
                end,
                side.text[start:end],
            )
        )
    return found


def _next(side: Side, i: int) -> str:
    return side.words[i + 1].norm if i + 1 < len(side.words) else ""


def _than(side: Side, i: int) -> int:
    """Index of the "than" that completes the comparative at ``i`` (a few words on, in the
    same clause: "higher in 2020 than in 2016"), or -1."""
    for j in range(i + 1, min(i + 5, len(side.words))):
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


def _before(side: Side, i: int) -> tuple[str, ...]:
    """Content stems of the clause before word ``i``."""
    lo = i
    while lo > 0 and i - lo < _REACH and not _boundary(side, lo):
        lo -= 1
    if lo < i and side.words[lo].norm in _CLAUSE_WORDS:
        lo += 1
    return _stems(side, lo, i)


def _after(side: Side, lo: int) -> tuple[str, ...]:
    """Content stems from word ``lo`` to the end of its clause, commas included."""
    hi = lo
    words = side.words
    while hi < len(words) and hi - lo < _REACH and (hi == lo or not _boundary(side, hi)):
        if hi > lo and "," in side.text[words[hi - 1].end : words[hi].start]:
            break
        hi += 1
    return _stems(side, lo, hi)


def _stems(side: Side, lo: int, hi: int) -> tuple[str, ...]:
    """Content stems of words [lo, hi), in order."""
    return tuple(w.stem for w in side.words[lo:hi] if w.norm not in STOP_WORDS)
