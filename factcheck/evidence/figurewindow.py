"""The aligned window: the words of a passage that line up with the claim's, where its cues
are read. It reaches a claim's figure written in words where the passage writes it in
digits: "Ten countries voted against" lines up with "..., 10 against and 23 abstaining"
(``aligned_window`` lines up stems, and "ten" is no stem of "10")."""

from __future__ import annotations

from factcheck.evidence.sides import WINDOW_MARGIN, Side, clause_ends_before, known

# Words that may begin an amount in words: only a claim holding one has its amounts read.
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion dozen""".split()
)


def _word_values(claim: Side) -> frozenset[float]:
    """The values of the claim's amounts written in words ("Ten", "two"), read once."""
    if _NUMBER_WORDS.isdisjoint(w.norm for w in claim.words):
        return frozenset()
    return frozenset(
        m.low
        for m in claim.mentions
        if m.kind == "number" and m.text[:1].isalpha() and m.low == m.high
    )


def aligned_window(claim: Side, passage: Side) -> tuple[int, int]:
    """Word range [first, last) of the passage that lines up with the claim's content words."""
    stems = claim.content_stems()
    if stems.isdisjoint(passage.stem_set):
        return 0, 0
    # The first and the last word of the claim's, found at C speed (once per pair).
    hits = list(map(stems.__contains__, passage.stem_list))
    first, last = hits.index(True), len(hits) - 1 - hits[::-1].index(True)
    return max(0, first - WINDOW_MARGIN), min(len(passage.words), last + 1 + WINDOW_MARGIN)


def with_figures(window: tuple[int, int], claim: Side, passage: Side) -> tuple[int, int]:
    """``window`` widened to the passage's words in digits that equal a figure the claim
    writes in words (and ``WINDOW_MARGIN`` words around them, as the window has). A window
    that lines up nothing stays empty: no word is shared."""
    lo, hi = window
    values = known(claim, _word_values)
    if hi <= lo or not values:
        return window
    found = [i for i, w in enumerate(passage.words) if _digits(w.norm) in values]
    if not found:
        return window
    end = len(passage.words)
    return min(lo, max(0, found[0] - WINDOW_MARGIN)), max(
        hi, min(end, found[-1] + 1 + WINDOW_MARGIN)
    )


def _digits(norm: str) -> float | None:
    """The value of a word written in digits ("10", "1,200"), else None."""
    if not norm[:1].isdigit():
        return None
    try:
        return float(norm.replace(",", ""))
    except ValueError:
        return None


# Words a value may stand past the aligned window, in the same clause: "Vaccine
# effectiveness was estimated [at 52%]", "first held in Uruguay [in 1934]".
_CLAUSE_REACH = 3


def clause_reach(passage: Side, end: int) -> int:
    """The end of the window for values: up to ``_CLAUSE_REACH`` more words, not past the
    end of the clause the window ends in."""
    last = min(len(passage.words), end + _CLAUSE_REACH)
    while end < last and not clause_ends_before(passage, end):
        end += 1
    return end
