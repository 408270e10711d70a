"""Another instance of the claim's thing, and a motion that failed (issue 14): "An earlier
version of the bill failed by 205 votes to 215" is not the claim's bill; "rose another 30cm"
is a further rise, not another thing; "The referendum failed" is a motion's fate."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import assess, conflicts, only_conflict


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The bill passed by 220 votes to 210.",
            "An earlier version of the bill failed by 205 votes to 215 in March.",
        ),
        (
            "The report was published in May.",
            "A previous draft of the report was published in March.",
        ),
    ],
)
def test_an_earlier_version_is_another_instance(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.NEUTRAL, cues
    assert not conflicts(cues), cues


def test_another_before_a_figure_is_a_further_change() -> None:
    cue = only_conflict("The river dropped overnight.", "The river rose another 30cm overnight.")
    assert (cue.kind, cue.claim, cue.source) == (CueKind.ANTONYM, "dropped", "rose")


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The referendum passed with 52% of the vote.",
            "The referendum failed, with 52% voting against.",
        ),
        ("The bill passed the Senate.", "The bill failed in the Senate."),
    ],
)
def test_a_motion_that_failed(claim: str, source: str) -> None:
    cue = only_conflict(claim, source)
    assert (cue.claim, cue.source) == ("passed", "failed")


def test_a_failed_attempt_before_is_no_clash() -> None:
    _, cues = assess(
        "The bill passed the Senate.", "The bill passed the Senate after an earlier attempt failed."
    )
    assert not conflicts(cues), cues


def test_a_year_of_another_phase_a_few_words_after_its_verb() -> None:
    # "closed [for repairs] in 2019": the year is the closure's, not the opening's.
    stance, cues = assess(
        "The bridge opened in 1932.", "The bridge was closed for repairs in 2019."
    )
    assert stance is Stance.NEUTRAL, cues
    cue = only_conflict("The bridge closed in 2019.", "The bridge was closed for repairs in 2021.")
    assert (cue.claim, cue.source) == ("2019", "2021")


@pytest.mark.parametrize(
    ("source", "stance"),
    [
        ("Councillors carried the motion by 14 votes to three.", Stance.SUPPORTS),
        ("Councillors carried the motion by fourteen votes to three.", Stance.SUPPORTS),
        ("Councillors carried the motion by 12 votes to five.", Stance.CONTRADICTS),
    ],
)
def test_a_tally_written_half_in_words(source: str, stance: Stance) -> None:
    found, cues = assess("The motion was carried 14-3.", source)
    assert found is stance, cues
