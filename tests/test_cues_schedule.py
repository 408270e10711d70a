"""On time or late, on budget or over it (evidence/schedule.py), found trying a report on a
rail line through `factcheck match`: "opened on time and on budget" was shown as supported
by "opened two years later than planned and £1.4bn over budget"."""

from __future__ import annotations

import pytest

from factcheck.evidence.stance import find_cues
from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case, passage

S, C = Stance.SUPPORTS, Stance.CONTRADICTS
OPENED = (
    "The Northgate rail link opened to passengers on 15 September 2025, two years later than "
    "planned and £1.4bn over budget."
)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        ("The rail link opened on time and on budget.", OPENED, C),
        ("The rail link opened on time and on budget.", "New rail line opens two years late", C),
        ("The rail link opened two years late.", "The rail link opened on schedule in May.", C),
        ("The project came in under budget.", "The project ran £40m over budget.", C),
        ("The 8.15 train arrived on time.", "The 8.15 train arrived late, passengers said.", C),
        ("The rail link opened on time.", "The rail link opened on time, the operator said.", S),
        # A bare "late" is no schedule: "late on Tuesday", "the late president".
        ("The report was published late on Tuesday.", "The report was published on time.", S),
    ],
)
def test_schedule_and_budget_both_ways(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


def test_each_measure_is_its_own_cue_with_both_phrases() -> None:
    cues = find_cues(
        claim_text="The rail link opened on time and on budget.", passage=passage(OPENED)
    )
    assert [(c.claim, c.source, c.conflict) for c in cues if c.conflict] == [
        ("on time", "later than planned", True),
        ("on budget", "over budget", True),
    ]
