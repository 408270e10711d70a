"""A passage's negation in a sentence of its own that shares with the claim only what it
negates, and negates a verb the claim does not use: "The company had 16,200 employees at the
end of last year. It did not cut jobs in 2023." says nothing against "Vantix had about 16,000
employees" ("jobs" is in the family of "employees"). A sentence of its own with the claim's
verb under the negation ("It does not cause autism") still clashes."""

from __future__ import annotations

from collections.abc import Collection

from factcheck.evidence.denied import claimed, head_after
from factcheck.evidence.irregular import lemma
from factcheck.evidence.negscope import scope_of
from factcheck.evidence.sides import Side

_ENDS = frozenset(".!?")


def sentence_apart(passage: Side, negator: int, claim_stems: Collection[str]) -> bool:
    """Whether the negation at ``negator`` stands in a sentence of the passage's that is
    not the only one, negates a verb none of ``claim_stems``, and holds none of them
    outside its scope (``__doc__``)."""
    head = head_after(passage, negator)
    if head is None:
        return False
    stem_ = passage.words[head].stem
    if lemma(stem_) in claim_stems or claimed(stem_, claim_stems):
        return False  # the claim's verb, or its side of a change ("did not lower" / "reduces")
    words, text = passage.words, passage.text
    first = negator
    while first > 0 and _ENDS.isdisjoint(text[words[first - 1].end : words[first].start]):
        first -= 1
    last = negator
    while last + 1 < len(words) and _ENDS.isdisjoint(text[words[last].end : words[last + 1].start]):
        last += 1
    if first == 0 and last == len(words) - 1:
        return False  # the passage is one sentence: it is the claim's
    scope = {negator, *scope_of(passage, negator)}
    return not any(words[j].stem in claim_stems for j in range(first, last + 1) if j not in scope)
