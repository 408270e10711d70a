"""A negation of a negating verb: "Officials have not ruled out a recall" denies the ruling
out, not the recall (for ``negation``).

Read as two negations, the "not" and the "out" both seemed to deny the recall, so "have
not ruled out a recall" agreed with "have ruled out a recall". The two cancel out: neither
is a denial of what follows, and the passage says a recall is still possible, which
"ruled out a recall" contradicts (a negation on one side only). So too a negated verb of
reluctance: "would not hesitate to raise them" says it would raise them.
"""

from __future__ import annotations

from factcheck.evidence.denied import head_after
from factcheck.evidence.lexicon import RULE_OUT
from factcheck.evidence.sides import Side
from factcheck.workspace import stem

# Verbs of reluctance a negation turns into a will to act: "would not [hesitate] to raise
# them again" says the bank would raise them.
_RELUCTANT = frozenset(stem(w) for w in "hesitate hesitated hesitating".split())


def without_double(side: Side, negators: list[int]) -> list[int]:
    """``negators`` without a "not" ("never", "n't") before "ruled out" and that "out",
    nor one before "hesitate" ("would not hesitate to raise them")."""
    if not negators:
        return negators  # most passages, in the words that line up with the claim
    words = side.words
    cancelled: set[int] = set()
    if "hesit" in side.text:
        for n in negators:
            head = head_after(side, n)
            if head is not None and words[head].stem in _RELUCTANT:
                cancelled.add(n)
    outs = [n for n in negators if words[n].norm == "out"]
    if not outs and not cancelled:
        return negators  # nearly every text
    for out in outs:
        verb = out - 1
        outer = next((n for n in negators if n < verb and verb - n <= 3), None)
        if outer is not None and words[verb].stem == RULE_OUT and words[outer].norm != "out":
            cancelled |= {outer, out}
    return [n for n in negators if n not in cancelled]


def double_before(side: Side, index: int) -> int | None:
    """The "not" of a "not ruled out" up to five words before word ``index``, for a cue's
    quote ("not ruled out a recall"), else None."""
    words = side.words
    for n in range(max(0, index - 5), index):
        if words[n].norm == "out" and n > 0 and words[n - 1].stem == RULE_OUT:
            outer = [m for m in side.negators if n - 4 <= m < n - 1]
            return outer[-1] if outer else None
    return None
