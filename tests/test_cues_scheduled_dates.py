"""A schedule's date is no event's (occasions.dated_otherwise): "originally due to start on
4 September, finally began on 11 September" dates "The trial began" by its "began"."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import assess, only_conflict


def test_the_event_dated_otherwise_than_its_schedule() -> None:
    cue = only_conflict(
        "The trial began on 4 September.",
        "The trial, originally due to start on 4 September, finally began on 11 September.",
    )
    assert cue.kind is CueKind.DATE
    assert cue.source.startswith("11 September")


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # The event's own date; a claim of what will be, which the schedule states.
        (
            "The trial began on 11 September.",
            "The trial, originally due to start on 4 September, finally began on 11 September.",
        ),
        ("The trial will begin on 4 September.", "The trial is due to begin on 4 September."),
        # No schedule: a date before the verb is the claim's event's.
        (
            "The trial began on 4 September.",
            "On 4 September the trial began, and the jury began deliberating on 11 September.",
        ),
    ],
)
def test_dates_that_agree(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.SUPPORTS, cues
