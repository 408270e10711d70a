"""The stance's signals one at a time, for a claim and a passage given as text, as
benchmarks/tune_stance.py weighs them to choose the stance's thresholds (moved from
``stance``, which decides with them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.evidence.alignment import alignment, alignment_stems, claim_side
from factcheck.evidence.figures import held_figures, missing_figure, month_stems
from factcheck.evidence.sides import Side
from factcheck.evidence.stated import not_stated
from factcheck.evidence.topic import missing_decision, topic_only
from factcheck.workspace import Cue, Passage


def passage_topic_only(*, claim_text: str, passage: Passage, cues: Sequence[Cue]) -> bool:
    """``topic_only`` of a claim and a passage given as text, with the passage's cues (for
    benchmarks/tune_stance.py)."""
    side = Side.of(passage.text, passage.start)
    return topic_only(claim_side(claim_text), side, cues, content=alignment_stems(claim_text))


def passage_alignment(
    *, claim_text: str, passage: Passage, weights: Mapping[str, float] | None = None
) -> float:
    """``alignment`` of a claim and a passage given as text (for benchmarks/tune_stance.py)."""
    side = Side.of(passage.text, passage.start)
    return alignment(claim_side(claim_text), side, weights)


def figure_missing(*, claim_text: str, passage: Passage, cues: Sequence[Cue]) -> bool:
    """``figures.missing_figure`` of a claim and a passage given as text, with the
    passage's cues (for benchmarks/tune_stance.py)."""
    side = Side.of(passage.text, passage.start)
    claim = claim_side(claim_text)
    return (
        missing_figure(claim, side, cues)
        or missing_decision(claim, side)
        or not_stated(claim, side)
    )


def passage_beside(*, claim_text: str, passage: Passage, cues: Sequence[Cue]) -> float | None:
    """``alignment`` without the words of a month the passage agrees on, or None when it
    agrees on none (``stance.decide``'s ``beside``)."""
    claim = claim_side(claim_text)
    months = month_stems(claim, held_figures(claim, cues))
    if not months:
        return None
    return alignment(claim, Side.of(passage.text, passage.start), leave_out=months)
