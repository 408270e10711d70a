"""Cue detectors: the words on each side of a claim and a passage that agree or clash.

Every detector gets the claim and the passage as ``Side`` objects (words with spans
and stems) and returns ``Cue`` values whose source spans are absolute offsets in the
source file. The passage is first narrowed to the ``window`` of words that align with
the claim, so a "not" or a "west" far from the matching words does not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from factcheck.evidence.lexicon import (
    ANTONYM_INDEX,
    ANTONYMS,
    NEGATING_VERBS,
    NEGATORS,
    PLACE_OF,
)
from factcheck.evidence.numbers import MONTHS, WEEKDAYS, Mention, mentions
from factcheck.workspace import STOP_WORDS, Cue, CueKind, stem, word_spans

# Words either side of the aligned stretch of a passage that still count as its context.
WINDOW_MARGIN = 3


class Word(NamedTuple):
    """One word of a side. A named tuple: built for every word of every passage assessed,
    several times cheaper to create than a frozen dataclass and just as immutable."""

    start: int  # relative to the side's text
    end: int
    text: str  # as written
    norm: str  # normalised (lower case)
    stem: str


@dataclass
class Side:
    """One text (claim or passage) split into words, with an offset into its file."""

    text: str
    offset: int = 0
    words: list[Word] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, offset: int = 0) -> Side:
        words = [Word(s, e, text[s:e], w, stem(w)) for s, e, w in word_spans(text)]
        return cls(text, offset, words)

    def content_stems(self) -> frozenset[str]:
        """Stems of the words that are not stop words (asked several times per assessment)."""
        return self._content_stems

    @cached_property
    def _content_stems(self) -> frozenset[str]:
        return frozenset(w.stem for w in self.words if w.norm not in STOP_WORDS)


def aligned_window(claim: Side, passage: Side) -> tuple[int, int]:
    """Word range [first, last) of the passage that lines up with the claim's content words."""
    stems = claim.content_stems()
    hits = [i for i, w in enumerate(passage.words) if w.stem in stems]
    if not hits:
        return 0, 0
    return max(0, hits[0] - WINDOW_MARGIN), min(len(passage.words), hits[-1] + 1 + WINDOW_MARGIN)


def _cue(kind: CueKind, claim: str, passage: Side, start: int, end: int, *, conflict: bool) -> Cue:
    source = passage.text[start:end] if end > start else ""
    s = passage.offset + start if end > start else -1
    e = passage.offset + end if end > start else -1
    return Cue(kind, claim, source, conflict, s, e)


def number_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """Numbers, dates, years, weekdays and clock times that agree or disagree."""
    claimed = _claim_mentions(claim.text)
    if not claimed:
        return []
    lo = passage.words[window[0]].start if window[1] > window[0] else 0
    hi = passage.words[window[1] - 1].end if window[1] > window[0] else len(passage.text)
    theirs = [m for m in mentions(passage.text) if lo <= m.start and m.end <= hi]
    cues = []
    for mine in claimed:
        same = [m for m in theirs if _comparable(mine, m)]
        if not same:
            continue
        kind = {"time": CueKind.TIME, "number": CueKind.NUMBER}.get(mine.kind, CueKind.DATE)
        equal = next((m for m in same if _equal(mine, m)), None)
        if equal is not None:
            agreed = CueKind.AGREEMENT
            cues.append(_cue(agreed, mine.text, passage, equal.start, equal.end, conflict=False))
        else:
            other = same[0]
            cues.append(_cue(kind, mine.text, passage, other.start, other.end, conflict=True))
    return cues


@lru_cache(maxsize=1024)
def _claim_mentions(text: str) -> list[Mention]:
    return mentions(text)


def _comparable(mine: Mention, theirs: Mention) -> bool:
    """Whether two mentions talk about the same thing, so a different value is a clash."""
    if mine.kind != theirs.kind:
        return False
    if mine.kind == "time":
        return mine.zone == theirs.zone  # "0700 GMT" is another clock, not another time
    if mine.kind == "number":
        return bool(mine.unit) and mine.unit == theirs.unit
    if mine.kind == "date":
        return True
    if mine.kind == "year":
        return mine.before == theirs.before and mine.before not in ("", "and", "to", "-")
    return True  # weekdays


def _equal(mine: Mention, theirs: Mention) -> bool:
    if mine.kind == "date":
        m, d, y = mine.value
        tm, td, ty = theirs.value
        return (m, d) == (tm, td) and (y is None or ty is None or y == ty)
    return mine.value == theirs.value


# "not only X but also Y", "not least", "no doubt" affirm rather than negate.
_NOT_NEGATING_AFTER = frozenset({"only", "just", "merely", "least", "doubt", "matter"})


def _negations(side: Side, lo: int, hi: int) -> list[int]:
    words = side.words
    return [
        i
        for i in range(lo, hi)
        if (
            words[i].norm in NEGATORS
            or words[i].norm.endswith("n't")
            or words[i].stem in NEGATING_VERBS
        )
        and not (i + 1 < len(words) and words[i + 1].norm in _NOT_NEGATING_AFTER)
    ]


def _phrase(side: Side, first: int, last: int) -> tuple[int, int]:
    """Character span of words first..last (inclusive) of a side."""
    return side.words[first].start, side.words[last].end


def _head_after(side: Side, index: int) -> int | None:
    """The first content word after a negator ("not [informed]")."""
    for j in range(index + 1, min(index + 4, len(side.words))):
        w = side.words[j]
        if w.norm not in STOP_WORDS and w.norm not in NEGATORS:
            return j
    return None


def negation_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """A negation ("not", "never", "denies") on one side only, of a word both sides share.

    Only the negated word decides: "was not informed" vs "was immediately informed"
    clashes, but a "not" in the passage about something the claim never mentions does not.
    """
    mine = _negations(claim, 0, len(claim.words))
    theirs = _negations(passage, *window)
    if bool(mine) == bool(theirs):
        return []
    if mine:
        for neg in mine:
            head = _head_after(claim, neg)
            if head is None:
                continue
            match = next(
                (j for j in range(*window) if passage.words[j].stem == claim.words[head].stem),
                None,
            )
            if match is None:
                continue
            claim_text = claim.text[slice(*_phrase(claim, neg, head))]
            start, end = _phrase(passage, max(window[0], match - 1), match)
            return [_cue(CueKind.NEGATION, claim_text, passage, start, end, conflict=True)]
        # The negated word is not in the passage: still a one-sided negation, less precise.
        head = _head_after(claim, mine[0])
        last = head if head is not None else mine[0]
        return [Cue(CueKind.NEGATION, claim.text[slice(*_phrase(claim, mine[0], last))], "", True)]
    claim_stems = {w.stem: w.text for w in claim.words if w.norm not in STOP_WORDS}
    for neg in theirs:
        head = _head_after(passage, neg)
        if head is None or passage.words[head].stem not in claim_stems:
            continue
        start, end = _phrase(passage, neg, head)
        claim_word = claim_stems[passage.words[head].stem]
        return [_cue(CueKind.NEGATION, claim_word, passage, start, end, conflict=True)]
    head = _head_after(passage, theirs[0])
    start, end = _phrase(passage, theirs[0], head if head is not None else theirs[0])
    return [_cue(CueKind.NEGATION, "", passage, start, end, conflict=True)]


def antonym_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """A word on the claim's side whose opposite stands in the passage ("east" vs "west")."""
    cues = []
    claim_stems = {w.stem for w in claim.words}
    passage_stems = {passage.words[i].stem for i in range(*window)}
    for word in claim.words:
        for group, side in ANTONYM_INDEX.get(word.stem, ()):
            own, opposite = ANTONYMS[group][side], ANTONYMS[group][1 - side]
            if own & passage_stems or opposite & claim_stems:
                continue  # both sides on both sides: nothing to contrast
            hit = next((i for i in range(*window) if passage.words[i].stem in opposite), None)
            if hit is None:
                continue
            w = passage.words[hit]
            cues.append(_cue(CueKind.ANTONYM, word.text, passage, w.start, w.end, conflict=True))
            break
    return cues


def _is_name(word: Word, index: int) -> bool:
    """A capitalised word that is not a stop word, a month or a sentence-initial antonym."""
    return (
        word.text[:1].isupper()
        and word.norm not in STOP_WORDS
        and word.norm not in MONTHS  # dates are compared by number_cues
        and word.norm not in WEEKDAYS
        and not (index == 0 and word.norm in ANTONYM_INDEX)
    )


def _same_root(a: Word, b: Word) -> bool:
    """ "Belarus"/"Belarusian", "Ukraine"/"Ukrainian": a name and its adjective, not a swap."""
    prefix = 0
    for x, y in zip(a.norm, b.norm, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix >= 5 or (prefix >= 4 and min(len(a.norm), len(b.norm)) <= 6)


def _same_place(a: Word, b: Word) -> bool:
    """Two names for one place: "Moscow"/"Russia", "Belarus"/"Belarusian"."""
    known = PLACE_OF.get(a.norm)
    return _same_root(a, b) or (known is not None and known == PLACE_OF.get(b.norm))


def entity_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """A name in the claim swapped for another name in an otherwise aligned passage."""
    a = [w.stem for w in claim.words]
    lo, hi = window
    b = [w.stem for w in passage.words[lo:hi]]
    if not a or not b:
        return []
    passage_all = {w.stem for w in passage.words}
    claim_all = set(a)
    ops = Levenshtein.opcodes(a, b)
    cues = []
    for k, op in enumerate(ops):
        if op.tag != "replace" or op.src_end - op.src_start > 3 or op.dest_end - op.dest_start > 3:
            continue
        before_ok = k > 0 and ops[k - 1].tag == "equal"
        after_ok = k + 1 < len(ops) and ops[k + 1].tag == "equal"
        if not (before_ok and after_ok):
            continue  # only a swap inside an aligned stretch counts
        mine = [
            i
            for i in range(op.src_start, op.src_end)
            if _is_name(claim.words[i], i) and claim.words[i].stem not in passage_all
        ]
        theirs = [
            lo + j
            for j in range(op.dest_start, op.dest_end)
            if _is_name(passage.words[lo + j], lo + j)
            and passage.words[lo + j].stem not in claim_all
        ]
        if mine and theirs and not _same_place(claim.words[mine[0]], passage.words[theirs[0]]):
            claim_text = claim.text[slice(*_phrase(claim, mine[0], mine[-1]))]
            start, end = _phrase(passage, theirs[0], theirs[-1])
            cues.append(_cue(CueKind.ENTITY, claim_text, passage, start, end, conflict=True))
    return cues
