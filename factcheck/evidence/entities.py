"""Entity cues: a name in the claim swapped for another name in the passage (split from
``wordcues``)."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein, Opcodes

from factcheck.evidence.doers import shared_act
from factcheck.evidence.elsewhere import opposite_elsewhere
from factcheck.evidence.lexicon import ANTONYM_INDEX
from factcheck.evidence.numbers import MONTHS, WEEKDAYS
from factcheck.evidence.places import PLACE_OF
from factcheck.evidence.sides import Side, known, make_cue, phrase
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, Cue, CueKind


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


def same_place(a: Word, b: Word) -> bool:
    """Two names for one place: "Moscow"/"Russia", "Belarus"/"Belarusian"."""
    known = PLACE_OF.get(a.norm)
    return _same_root(a, b) or (known is not None and known == PLACE_OF.get(b.norm))


def _names(side: Side) -> frozenset[int]:
    """The indexes of the words of ``side`` that are names (``_is_name``), but for the
    letters of an initialism written with "&" ("A&E", "R&D", "AT&T"): its "E" is no name
    of its own to swap for "England"."""
    text = side.text
    return frozenset(
        i
        for i, w in enumerate(side.words)
        if _is_name(w, i) and "&" not in text[max(w.start - 1, 0) : w.end + 1]
    )


def entity_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """A name in the claim swapped for another name in an otherwise aligned passage."""
    a = claim.stem_list
    lo, hi = window
    b = passage.stem_list[lo:hi]
    if not a or not b:
        return []
    passage_all = passage.stem_set
    # A swap needs a name of the claim's the passage lacks: most passages hold them all,
    # and then no alignment need be read.
    names = known(claim, _names)
    if all(claim.words[i].stem in passage_all for i in names):
        return []
    if opposite_elsewhere(claim, passage):
        return []  # "lost seats in the Senate" / "gained seats in the House"
    claim_all = claim.stem_set
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
            if i in names and claim.words[i].stem not in passage_all
        ]
        theirs = [
            lo + j
            for j in range(op.dest_start, op.dest_end)
            if _is_name(passage.words[lo + j], lo + j)
            and passage.words[lo + j].stem not in claim_all
        ]
        if mine and theirs and shared_act(claim, mine[-1], passage, theirs[-1]):
            continue  # "The House passed the bill": another doer of it, not a clash
        if mine and theirs and not same_place(claim.words[mine[0]], passage.words[theirs[0]]):
            claim_text = claim.text[slice(*phrase(claim, mine[0], mine[-1]))]
            start, end = phrase(passage, theirs[0], theirs[-1])
            cues.append(make_cue(CueKind.ENTITY, claim_text, passage, start, end, conflict=True))
    if not cues:
        cues = _swapped_at_the_end(claim, passage, ops, lo, names)
    return cues


def _swapped_at_the_end(
    claim: Side, passage: Side, ops: Opcodes, lo: int, names: frozenset[int]
) -> list[Cue]:
    """A name that ends the claim, swapped for the name the passage gives right after the
    same words ("The plant is in [Texas]" / "The plant is in [Ohio], near Columbus"), where
    no aligned stretch follows the swap. At least two words must line up before it, one of
    them a content word that is no name, and the name must not end a list."""
    if len(claim.words) - 1 not in names:
        return []  # most claims end in no name: nothing to read
    last = max((op for op in ops if op.tag == "equal"), key=lambda op: op.src_end, default=None)
    if last is None or last.src_end - last.src_start < 2:
        return []
    tail = range(last.src_end, len(claim.words))
    if not 0 < len(tail) <= 3 or not all(i in names for i in tail):
        return []
    stretch = range(last.src_start, last.src_end)
    if claim.words[tail[0] - 1].norm in ("and", "or", "nor") or not any(
        i not in names and claim.words[i].norm not in STOP_WORDS for i in stretch
    ):
        return []  # "borders Ukraine and [Poland]": a list, or names alone line up
    if any(claim.words[i].stem in passage.stem_set for i in tail):
        return []  # "... in Ohio and Texas": the claim's name is there too
    j = lo + last.dest_end
    if j >= len(passage.words) or not _is_name(passage.words[j], j):
        return []
    theirs = passage.words[j]
    if theirs.stem in claim.stem_set or same_place(claim.words[tail[0]], theirs):
        return []
    said = claim.text[slice(*phrase(claim, tail[0], tail[-1]))]
    return [make_cue(CueKind.ENTITY, said, passage, theirs.start, theirs.end, conflict=True)]
