"""A claim called a myth: "That cracking your knuckles causes arthritis is a myth".

The passage repeats the claim's words without a negation and then says the whole of it is
false: "X is a myth", "X is untrue", "X has been debunked", "the myth that X", "it is not
true that X". The negation cues read a "not" before the words it denies; here the denial
comes after them, or is a noun ("myth"), so it is read here: it denies the claim when the
words it is said of, in its clause, hold half of the claim's content words in the claim's
order ("the myth that cold kills more people than heat" does not deny "Heat kills more
people than cold"). "Contrary to popular belief, X" asserts X and is not read.
"""

from __future__ import annotations

from factcheck.evidence.sides import Side, make_cue, phrase
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, Cue, CueKind, stem

# Nouns and adjectives that call a statement false, and the verb that says it was shown so.
_FALSE_NOUNS = frozenset("myth myths misconception misconceptions fallacy falsehood hoax".split())
_FALSE_WORDS = _FALSE_NOUNS | frozenset("untrue false unfounded baseless debunked".split())
# Their stems and "true" (of "not true"), to skip a passage without one at once (most
# passages: its content stems are read once for all the claims it meets).
_ANY = frozenset(stem(w) for w in (*_FALSE_WORDS, "true"))
_EVIDENCE = stem("evidence")
# "X, but there is no evidence [for this]", "no evidence [to support] the claim": the words
# after "no evidence" that point back at the statement before it.
_BACK = frozenset("this that it these those the claim claims".split())
_BE = frozenset("is are was were be been being 's".split())
# Words between "is" and the word that calls it false: "is [a] myth", "is [just a] myth",
# "has [been] debunked", "is [widely] believed" is not one.
_BETWEEN = frozenset("a an just only simply merely been largely completely entirely".split())
# A statement is most of the claim's content when the words it is said of hold this share.
_HELD = 0.5
# A sentence ends there: the statement called false reaches no further, nor past this
# many words (a bound on the work per word that calls something false).
_SENTENCE_END = frozenset(".!?;")
_REACH = 40


def debunked(claim: Side, passage: Side) -> list[Cue]:
    """The cue for a passage that calls the claim's statement false, or none.

    Not for a claim that denies (its "not" is compared by ``negation``: "X does not cause
    Y" and "That X causes Y is a myth" agree), nor for one that calls something a myth
    itself, nor when the word is negated ("is no myth", "is not false").
    """
    stems = passage.content_stems()
    if _ANY.isdisjoint(stems) and not (_EVIDENCE in stems and "o evidence" in passage.text):
        return []
    if any(w.norm in _FALSE_WORDS for w in claim.words):
        return []
    content = [w.stem for w in claim.words if w.norm not in STOP_WORDS]
    if len(content) < 2:
        return []
    words = passage.words
    for i, word in enumerate(words):
        found = _statement(passage, i, word)
        if found is None:
            continue
        first, last, said = found
        if not _states(content, words[first:last]):
            continue
        claim_start, claim_end = claim.words[0].start, claim.words[-1].end
        start, end = phrase(passage, *said)
        return [
            make_cue(
                CueKind.NEGATION,
                claim.text[claim_start:claim_end],
                passage,
                start,
                end,
                conflict=True,
            )
        ]
    return []


def _statement(side: Side, i: int, word: Word) -> tuple[int, int, tuple[int, int]] | None:
    """The words [first, last) a word at ``i`` calls false, and the words that say so
    (first and last index), when it is one that does: after it for "the myth that X", "it
    is not true that X"; before it for "X is a myth", "X is false", "X has been
    debunked"."""
    words = side.words
    norm = word.norm
    if norm == "evidence":
        return _no_evidence(side, i)
    if norm == "that" and i > 0:
        opener = _opener(side, i)
        if opener is not None:
            return i + 1, _sentence_end(side, i + 1), (opener, i - 1)
        return None
    if norm not in _FALSE_WORDS:
        return None
    if norm not in _FALSE_NOUNS and norm != "debunked" and not _ends_clause(side, i):
        return None  # "was a false alarm", "baseless rumours": not said of a statement
    j = i - 1
    while j >= 0 and words[j].norm in _BETWEEN:
        j -= 1
    if j < 1 or (words[j].norm not in _BE and words[j].norm != "has"):
        return None
    if (j > 0 and words[j - 1].norm in ("not", "no")) or words[j].norm.endswith("n't"):
        return None  # "is not a myth"
    if i + 1 < len(words) and words[i + 1].norm == "that":
        return None  # "It is a myth that": read at its "that"
    return _clause_start(side, j), j, (j, i)


def _no_evidence(side: Side, i: int) -> tuple[int, int, tuple[int, int]] | None:
    """The statement before "there is no evidence for this" (or "to support it"), in its
    sentence: "Some posts claim the vaccine causes infertility, but there is no evidence
    for this." Not "no evidence that X" (a "not" the negation cues read)."""
    words = side.words
    if i < 1 or words[i - 1].norm != "no":
        return None
    after = [w.norm for w in words[i + 1 : i + 4]]
    points_back = (after[:1] == ["for"] and after[1:2] and after[1] in _BACK) or (
        after[:2] == ["to", "support"] and after[2:3] and after[2] in _BACK
    )
    if not points_back:
        return None
    end = i - 1
    while end > 0 and words[end - 1].norm in ("there", "is", "was", "but", "yet", "although"):
        end -= 1
    start = _sentence_start(side, end)
    return (start, end, (i - 1, min(len(words) - 1, i + 2))) if start < end else None


def _sentence_start(side: Side, j: int) -> int:
    """The index of the first word of the sentence word ``j`` is in."""
    words = side.words
    for k in range(j, max(0, j - _REACH), -1):
        if any(ch in _SENTENCE_END for ch in side.text[words[k - 1].end : words[k].start]):
            return k
    return max(0, j - _REACH)


def _states(content: list[str], words: list[Word]) -> bool:
    """Whether the words called false state the claim: they hold ``_HELD`` of its content
    words, in the claim's order ("the myth that cold kills more people than heat" does not
    state "Heat kills more people than cold")."""
    order: list[str] = []
    for w in words:
        if w.stem in content and w.stem not in order:
            order.append(w.stem)
    if len(order) < _HELD * len(content):
        return False
    return order == [s for s in dict.fromkeys(content) if s in order]


def _ends_clause(side: Side, i: int) -> bool:
    """Whether word ``i`` ends its clause ("X is false.", "X is false, experts say")."""
    words = side.words
    if i + 1 >= len(words):
        return True
    return words[i + 1].norm in ("and", "but", "according") or any(
        ch in ",;:.!?()" for ch in side.text[words[i].end : words[i + 1].start]
    )


def _opener(side: Side, that: int) -> int | None:
    """Where "the myth that", "it is untrue that", "it is not true that" begins, for the
    "that" at ``that``; None when the words before it are none of these."""
    words = side.words
    before = words[that - 1].norm
    if before in _FALSE_NOUNS:  # "the myth that", "it is a myth that", not "is no myth"
        k = that - 2
        while k >= 0 and words[k].norm in _BETWEEN:
            k -= 1
        if k >= 0 and (words[k].norm in ("not", "no", "never") or words[k].norm.endswith("n't")):
            return None
        return k if k >= 0 and words[k].norm in _BE else that - 1
    if before in _FALSE_WORDS or before == "true":
        k = that - 2
        while k >= 0 and words[k].norm in _BETWEEN:
            k -= 1
        if before == "true":  # "it is not true that"
            if k < 1 or words[k].norm != "not" or words[k - 1].norm not in _BE:
                return None
            return k - 1
        if k >= 0 and words[k].norm in _BE and not (k > 0 and words[k - 1].norm == "not"):
            return k
    return None


def _sentence_end(side: Side, j: int) -> int:
    """The index past the last word of the sentence word ``j`` is in."""
    words = side.words
    last = min(len(words), j + _REACH)
    for k in range(j + 1, last):
        if any(ch in _SENTENCE_END for ch in side.text[words[k - 1].end : words[k].start]):
            return k
    return last


def _clause_start(side: Side, j: int) -> int:
    """The index of the first word of the clause word ``j`` is in: "The president vetoed
    the bill, [saying] claims that it would cut costs were false"."""
    words = side.words
    first = max(0, j - _REACH)
    for k in range(j, first, -1):
        if any(ch in ",;:.!?()" for ch in side.text[words[k - 1].end : words[k].start]):
            return k
    return first
