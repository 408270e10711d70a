"""Efficacy denied: a claim that something works against a passage that says it does not.

"Hydroxychloroquine cures COVID-19" against "a pooled analysis suggests no additional
benefit for reducing mortality": the passage never negates the claim's own word, so the
negation cue is silent, but it denies what the claim asserts, that the thing works. The
words are the ones health and science reporting uses for both sides.
"""

from __future__ import annotations

import re

from factcheck.evidence.sides import Side, make_cue
from factcheck.workspace import Cue, CueKind, stem

# The claim asserts that something works (by stem, so "cures", "cured" count).
_WORKS = frozenset(
    stem(w)
    for w in """cure cures cured effective efficacious help helps helped prevent prevents
    prevented protect protects protected benefit benefits beneficial work works kill kills
    killed reduce reduces reduced improve improves improved""".split()
)
# The passage says it does not: phrases, matched case-insensitively anywhere in the
# passage (the denial often opens the sentence, before the words it shares with the claim:
# "no additional benefit for reducing mortality ... when hydroxychloroquine is given").
_DOES_NOT = re.compile(
    r"\b(?:no (?:additional |significant |clear |proven |real )?"
    r"(?:benefit|effect|evidence|improvement|reduction)"
    r"|not (?:sufficient|effective|beneficial|proven|shown to)"
    r"|ineffective|insufficient|unlikely to (?:be|help|work|kill|prevent|protect)"
    r"|failed to|(?:did|does|do) not (?:reduce|improve|help|prevent|protect|work|cure))\b",
    re.I,
)


def claims_efficacy(claim: Side) -> bool:
    """Whether the claim says something works ("cures", "helps", "effective"): a passage's
    "failed to" is then this module's to compare ("help" against "failed to")."""
    return not _WORKS.isdisjoint(claim.content_stems())


def efficacy_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """The passage denies that what the claim says works does (see the module docstring).

    Only for a claim that asserts it without a negation of its own: "X does not cure Y"
    is the negation cue's to compare.
    """
    if claim.denials or window[1] <= window[0]:
        return []  # the claim denies, or the passage does not line up with it at all
    mine = next((w for w in claim.words if w.stem in _WORKS), None)
    if mine is None:
        return []
    found = _DOES_NOT.search(passage.text)
    if found is None:
        return []
    if any(
        w.stem == mine.stem and w.end <= found.start() and not passage.negators_in(max(0, i - 3), i)
        for i, w in enumerate(passage.words)
    ):
        # "The drug reduced admissions, although it failed to cut deaths": the passage
        # says it works before it denies something else.
        return []
    return [make_cue(CueKind.NEGATION, mine.text, passage, *found.span(), conflict=True)]


def denied_too(claim: Side, head: int | None, passage: Side) -> bool:
    """Whether the claim denies that something works ("Antibiotics do not work against
    viruses": its negated word ``head`` is one of working) and the passage denies it too,
    in its own words ("are ineffective against viral infections"): no one-sided negation."""
    return (
        head is not None
        and claim.words[head].stem in _WORKS
        and bool(_DOES_NOT.search(passage.text))
    )
