"""Stance: does a passage support or contradict a claim, and which words say so.

A passage contradicts a claim when it lines up with the claim (most of the claim's
content words are there) and a cue clashes: a different number, date or time, a
negation on one side only, an antonym, a swapped name, or a quote given to someone
else. It supports when it lines up well and nothing clashes; otherwise it is neutral.
The cues themselves come from ``factcheck.evidence.cues``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from factcheck.evidence.attribution import attribution_cues
from factcheck.evidence.cues import (
    Side,
    aligned_window,
    antonym_cues,
    entity_cues,
    negation_cues,
    number_cues,
)
from factcheck.evidence.lexicon import NEGATING_VERBS
from factcheck.workspace import STOP_WORDS, Cue, CueKind, Passage, Stance, stem

# Share of the claim's content words a passage must contain to support the claim, and
# to contradict it when a cue clashes (tuned on half of ../shared/eval).
SUPPORT_MIN = 0.01
CONTRADICT_MIN = 0.4
# A negation whose negated word the other side lacks is a looser cue: it needs a passage
# that lines up better before it turns the stance.
LOOSE_CONTRADICT_MIN = 0.4


def _is_loose(cue: Cue) -> bool:
    return cue.kind is CueKind.NEGATION and not (cue.claim and cue.source)


def matched_spans(*, claim_text: str, passage: Passage) -> tuple[tuple[int, int], ...]:
    """Absolute spans of the passage's words that also occur in the claim (for highlighting)."""
    claim_stems = _claim_side(claim_text).content_stems()
    return tuple(
        (passage.start + w.start, passage.start + w.end)
        for w in _passage_side(passage.text, passage.start).words
        if w.norm not in STOP_WORDS and w.stem in claim_stems
    )


def alignment(claim: Side, passage: Side) -> float:
    """Share (0-1) of the claim's content words that the passage contains, by stem."""
    mine = claim.content_stems()
    if not mine:
        return 0.0
    theirs = {w.stem for w in passage.words}
    return len(mine & theirs) / len(mine)


@lru_cache(maxsize=1024)
def _claim_side(claim_text: str) -> Side:
    return Side.of(claim_text)  # a claim is assessed against many passages


@lru_cache(maxsize=256)
def _passage_side(text: str, offset: int) -> Side:
    # The matcher asks for a passage's stance and then its matched spans: split it once.
    return Side.of(text, offset)


def find_cues(
    *, claim_text: str, passage: Passage, context: Sequence[Passage] = ()
) -> tuple[Cue, ...]:
    """Every cue between a claim and a passage, agreeing ones included."""
    return _find_cues(_claim_side(claim_text), _passage_side(passage.text, passage.start), context)


def _find_cues(claim: Side, side: Side, context: Sequence[Passage]) -> tuple[Cue, ...]:
    window = aligned_window(claim, side)
    if window[1] <= window[0]:
        return ()
    antonyms = antonym_cues(claim, side, window)
    negations = negation_cues(claim, side, window)
    if antonyms and negations:
        denial = any(
            stem(c.claim.lower()) in NEGATING_VERBS or stem(c.source.lower()) in NEGATING_VERBS
            for c in antonyms
        )
        if denial:
            negations = []  # "admitted" vs "denies" is one antonym, not also a negation
        else:
            antonyms, negations = [], []  # "did not reject" vs "accepted": they cancel out
    cues = [
        *number_cues(claim, side, window),
        *negations,
        *antonyms,
        *entity_cues(claim, side, window),
        *attribution_cues(claim, side, context),
    ]
    return tuple(cues)


def assess_stance(
    *, claim_text: str, passage: Passage, context: Sequence[Passage] = ()
) -> tuple[Stance, tuple[Cue, ...]]:
    """The passage's stance towards the claim and the cues behind it.

    ``context`` is the passages just before and after this one in the same source:
    a quote's speaker is often named in the sentence before it.
    """
    claim = _claim_side(claim_text)
    side = _passage_side(passage.text, passage.start)
    aligned = alignment(claim, side)
    cues = _find_cues(claim, side, context)
    clashes = [c for c in cues if c.conflict]
    strong = [c for c in clashes if not _is_loose(c)]
    if (strong and aligned >= CONTRADICT_MIN) or (clashes and aligned >= LOOSE_CONTRADICT_MIN):
        return Stance.CONTRADICTS, cues
    if aligned >= SUPPORT_MIN:
        return Stance.SUPPORTS, cues
    return Stance.NEUTRAL, tuple(c for c in cues if c.kind is not CueKind.AGREEMENT)
