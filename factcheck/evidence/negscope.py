"""What a negation reaches: the content words a "not", "never" or "denies" governs (for
``negation``)."""

from __future__ import annotations

from collections.abc import Container, Iterator

from factcheck.evidence.denied import reported
from factcheck.evidence.lexicon import NEGATORS
from factcheck.evidence.negforms import KEYS, KEYS_DECLINE
from factcheck.evidence.sides import Side, clause_ends_before
from factcheck.workspace import STOP_WORDS

# Content words after a negator that still fall under it ("not associated with [severe]
# [COVID-19]"), up to the end of its clause.
SCOPE = 4
# Words that start another verb or clause once the negated phrase has begun ("not
# sufficiently treated [is] associated": "associated" is not negated).
_SCOPE_BREAK = frozenset(
    "is are was were be been has have had that which who but while whereas although".split()
)
_ASKED = frozenset({"whether", "if"})
_PHRASE_KEYS = (KEYS | KEYS_DECLINE) - {"stopped", "ceased"}


def scope_of(side: Side, index: int) -> list[int]:
    """Indexes of the content words a negator at ``index`` governs."""
    found: list[int] = []
    # A phrase ("declined to [comment] on the order", "has yet to be [approved]") denies
    # its verb, not the words after it.
    most = 1 if side.words[index].norm in _PHRASE_KEYS else SCOPE
    for j in range(reported(side, index) + 1, len(side.words)):
        if len(found) >= most or clause_ends_before(side, j):
            break
        if (found and side.words[j].norm in _SCOPE_BREAK) or side.words[j].norm in _ASKED:
            break  # "has not said [whether] she backs it": the question is not denied
        if side.words[j].norm not in STOP_WORDS and side.words[j].norm not in NEGATORS:
            found.append(j)
    return found


def shared_under(passage: Side, negation: int, claim_stems: Container[str]) -> Iterator[int]:
    """The words under a passage's negation that the claim uses too."""
    return (j for j in scope_of(passage, negation) if passage.words[j].stem in claim_stems)
