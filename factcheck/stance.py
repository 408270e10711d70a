"""Stance: does a passage support or contradict a claim, and which words say so.

(First version: agreement by overlap only; cue detection is being built.)
"""

from __future__ import annotations

from factcheck.models import Cue, Passage, Stance
from factcheck.text import STOP_WORDS, stem, word_spans


def matched_spans(*, claim_text: str, passage: Passage) -> tuple[tuple[int, int], ...]:
    """Absolute spans of the passage's words that also occur in the claim (for highlighting)."""
    claim_stems = {stem(w) for _, _, w in word_spans(claim_text) if w not in STOP_WORDS}
    return tuple(
        (passage.start + s, passage.start + e)
        for s, e, w in word_spans(passage.text)
        if w not in STOP_WORDS and stem(w) in claim_stems
    )


def assess_stance(*, claim_text: str, passage: Passage) -> tuple[Stance, tuple[Cue, ...]]:
    """The passage's stance towards the claim and the cues behind it."""
    return Stance.NEUTRAL, ()
