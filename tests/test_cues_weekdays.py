"""A day of the week of another thing that happened to the claim's subject is no clash
(``aside._day_of_another``); a day of the claim's event, said in other words, still is."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import assess, only_conflict


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The minister resigned on Tuesday.",
            "The minister gave a speech on Monday about the economy.",
        ),
        ("The team won 3-0 on Saturday.", "The team's next match, on Wednesday, is away."),
        (
            "The mayor approved the budget on Monday.",
            "On Tuesday the mayor spoke about housing at a conference in Leeds.",
        ),
    ],
)
def test_a_day_of_another_event_is_only_related(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.NEUTRAL, cues
    assert not [c for c in cues if c.conflict], cues


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "The minister resigned on Tuesday.",
            "The minister resigned on Monday.",
            ("Tuesday", "Monday"),
        ),
        # The one word shared names an event: the day is that event's.
        ("The vote was held on Tuesday.", "The vote took place on Monday.", ("Tuesday", "Monday")),
        (
            "The trial began on Monday, 3 February.",
            "The trial opened on Tuesday, February 4, at the district court.",
            ("Monday", "Tuesday"),
        ),
    ],
)
def test_a_day_of_the_claims_event_clashes(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.DATE
    assert (cue.claim, cue.source) == words


def test_an_event_named_as_a_time_to_reckon_from_is_not_the_one_dated() -> None:
    # "after the storm": the storm is when the schools reckon from, not what Thursday dates.
    stance, cues = assess(
        "The storm hit on Tuesday night.", "Schools reopened on Thursday after the storm."
    )
    assert stance is Stance.NEUTRAL, cues
    cue = only_conflict("The storm hit on Tuesday night.", "The storm hit on Thursday.")
    assert (cue.claim, cue.source) == ("Tuesday", "Thursday")
