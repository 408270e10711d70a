"""Whether a passage holds only the claim's topic: one of its several content words.

"The mayor approved the new budget" is not stated by "The mayor was elected in 2018": the
passage shares one word of three, over ``stance.SUPPORT_MIN``, and that word is who the
claim is about, not what it says. By words alone (without the cosine of semantic
retrieval, which reads a paraphrase that shares few words), a passage must hold two of the
claim's content words to state it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from factcheck.evidence.figures import held_figure
from factcheck.evidence.lexicon import DECISION_WORDS
from factcheck.evidence.sides import Side
from factcheck.workspace import Cue

# Lower-case words inside a name: "Bank of England", "University of the Arts".
_INSIDE_NAMES = frozenset({"of", "the", "de", "du", "da", "del", "la", "le", "von", "van"})


def topic_only(claim: Side, passage: Side, cues: Sequence[Cue], *, content: frozenset[str]) -> bool:
    """Whether the passage holds at most one of the claim's content words (by stem, those
    in ``content``), when the claim has several. A name of several words ("Senator Hale",
    "Bank of England") counts once; a figure of the claim's that the passage agrees on
    (``figures.held_figure``; not a bare year) counts as one more held."""
    units = claim_units(claim.text, content)
    if len(units) < 2:
        return False
    theirs = {w.stem for w in passage.words}
    held = sum(1 for unit in units if unit & theirs) + held_figure(claim, cues)
    return held <= 1


@lru_cache(maxsize=1024)
def claim_units(claim_text: str, content: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The claim's content words as units: a word, or a name of several capitalised words.
    A claim in title case ("Vaccines Cause Autism") has no names to tell: one word each.
    Cached: a claim meets many passages."""
    claim = Side.of(claim_text)
    words = [w for w in claim.words if w.stem in content]
    capitalised = [w.text[:1].isupper() for w in words]
    headline = len(words) >= 3 and sum(capitalised[1:]) * 2 > len(words) - 1
    units: list[set[str]] = []
    seen: set[str] = set()
    previous_name = -1  # index in claim.words of the last capitalised content word
    for i, w in enumerate(claim.words):
        if w.stem not in content:
            continue
        name = w.text[:1].isupper() and not headline
        between = claim.words[previous_name + 1 : i] if previous_name >= 0 else None
        joined = between is not None and all(b.norm in _INSIDE_NAMES for b in between)
        if name and joined and units:
            units[-1].add(w.stem)  # "Senator Hale", "Bank of England": one name
        elif w.stem not in seen:
            units.append({w.stem})
        seen.add(w.stem)
        previous_name = i if name else -1
    return tuple(frozenset(unit) for unit in units)


def missing_decision(claim: Side, passage: Side) -> bool:
    """Whether the claim reports a decision (a vote, a ruling, a resignation:
    ``lexicon.DECISION_VERBS``) and the passage reports none (``DECISION_WORDS``, either
    way, or a vote tally): "Jim Hale voted for the bill" is not stated by "Jim Hale spoke
    about the bill", nor "The mayor approved the budget" by "The mayor will present the
    budget". Like a figure (``figures.missing_figure``), a decision is the claim's
    checkable content."""
    if not claim.decides:
        return False
    if any(w.stem in DECISION_WORDS for w in passage.words):
        return False
    return not any(m.kind == "tally" for m in passage.mentions)  # "carried 12 to 3"
