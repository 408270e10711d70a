"""Focused tests for the cue fixes that followed blindh's blind table (issue 14,
tests/editor_pairs_blindh.py): each rule with the pair that showed it and pairs around it
that must keep their stance."""

from __future__ import annotations

from factcheck.workspace.models import Stance
from tests.stance_helpers import agrees, assess, only_conflict

# An adverb between a negator and its verb -------------------------------------------------


def test_not_yet_denies_the_verb_after_it() -> None:
    cue = only_conflict(
        "The inquiry report has been published.",
        "The inquiry report has not yet been published, more than two years after the "
        "hearings ended.",
    )
    assert cue.source == "not yet been published"


def test_not_yet_agrees_with_not() -> None:
    agrees(
        "The inquiry report has not been published.",
        "The inquiry report has not yet been published, more than two years after the "
        "hearings ended, prompting anger among families.",
    )


def test_not_previously_been_denies_the_verb_after_it() -> None:
    stance, _ = assess(
        "The strain had been identified in the region.",
        "The strain had not previously been identified in the region, the agency said.",
    )
    assert stance is Stance.CONTRADICTS
