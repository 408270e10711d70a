"""A lag said with a negation: "Wages have not kept up with rents" is a comparison, what
"Rents have risen faster than wages" says, not a denial of it.

The negation cue would read the "not" on one side only and clash. Instead, when one side
says "A has not kept up with B" ("kept pace with") and the other compares the two ("X
faster than Y", "X outpaced Y"), the comparison decides: the other side agrees when the
one left behind is A ("faster than [wages]"), and clashes when it is B ("Wages rose faster
than rents"): an order cue, the words of both sides quoted.
"""

from __future__ import annotations

from factcheck.evidence.denied import head_after
from factcheck.evidence.sides import Side, clause_ends_before, make_cue
from factcheck.workspace import STOP_WORDS, Cue, CueKind

_KEEP = frozenset("keep keeps kept keeping".split())
_ALONG = frozenset({"up", "pace"})
# Verbs that say the subject went past the object: "Rents outpaced wages".
_PASSING = frozenset("outpaced outpace outpaces outstripped outstrip outstrips".split())


def lag_cues(claim: Side, passage: Side) -> list[Cue] | None:
    """The cues of a lag on one side against a comparison on the other (``__doc__``), or
    None when neither side says "not kept up with" (then the negation cues stand)."""
    for lagging, comparing, claim_lags in ((claim, passage, True), (passage, claim, False)):
        lag = _lag(lagging)
        if lag is None:
            continue
        start, end, behind, ahead = lag
        compared = _compared(comparing)
        if compared is None:
            return None  # no comparison on the other side: a plain negation
        c_start, c_end, first, second = compared
        same = bool(behind & second or ahead & first)  # "faster than [wages]"
        if not same and not (behind & first or ahead & second):
            return []  # the comparison is of other things
        lag_text = lagging.text[start:end]
        cmp_text = comparing.text[c_start:c_end]
        said, where = (lag_text, comparing) if claim_lags else (cmp_text, lagging)
        lo, hi = (c_start, c_end) if claim_lags else (start, end)
        # The same order is an agreement, which the cosine (blind to a "not") does not see.
        kind = CueKind.AGREEMENT if same else CueKind.ORDER
        return [make_cue(kind, said, where, lo, hi, conflict=not same)]
    return None


def _lag(side: Side) -> tuple[int, int, set[str], set[str]] | None:
    """ "A has not kept up with B": the span from A to B, and the stems of A and of B."""
    text = side.text
    if "up with" not in text and "pace with" not in text:
        return None  # nearly every passage
    words = side.words
    for n in side.negators:
        head = head_after(side, n)
        if head is None or words[head].norm not in _KEEP or head + 2 >= len(words):
            continue
        if words[head + 1].norm not in _ALONG or words[head + 2].norm != "with":
            continue
        (behind, first), (ahead, last) = _before(side, n), _after(side, head + 2)
        if behind and ahead:
            return words[first].start, words[last].end, behind, ahead
    return None


def _compared(side: Side) -> tuple[int, int, set[str], set[str]] | None:
    """ "X rose faster than Y", "X outpaced Y": the span, and the stems of X and of Y."""
    words = side.words
    for i, w in enumerate(words):
        if w.norm == "than" or w.norm in _PASSING:
            (ahead, first), (behind, last) = _before(side, i), _after(side, i)
            if ahead and behind:
                return words[first].start, words[last].end, ahead, behind
    return None


def _before(side: Side, index: int) -> tuple[set[str], int]:
    """The content words before word ``index``, in its clause, within six words, and the
    index of the first of them."""
    found: set[str] = set()
    first = index
    for j in range(index - 1, max(-1, index - 7), -1):
        if clause_ends_before(side, j + 1):
            break
        if side.words[j].norm not in STOP_WORDS:
            found.add(side.words[j].stem)
            first = j
    return found, first


def _after(side: Side, index: int) -> tuple[set[str], int]:
    """The content words after word ``index``, up to the next stop word after them, and
    the index of the last of them."""
    found: set[str] = set()
    words = side.words
    last = index
    for j in range(index + 1, min(index + 4, len(words))):
        if clause_ends_before(side, j) or (found and words[j].norm in STOP_WORDS):
            break
        if words[j].norm not in STOP_WORDS:
            found.add(words[j].stem)
            last = j
    return found, last
