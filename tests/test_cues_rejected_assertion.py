"""A verb that rejects an assertion named after it denies it: "rejected the allegations"
is "denied the allegations". Before any other noun it is a decision ("rejected the
bill"), compared by the decision cues, not a negation."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import agrees, assess, only_conflict

AGREE = [
    ("The company denied the allegations.", "The company rejected the allegations as baseless."),
    ("The minister denied the claims.", "The minister dismissed the claims as 'nonsense'."),
    ("The club denied the suggestion.", "The club disputed the suggestion on Monday."),
]


@pytest.mark.parametrize(("claim", "source"), AGREE)
def test_rejecting_an_assertion_agrees_with_denying_it(claim: str, source: str) -> None:
    agrees(claim, source)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The company admitted the allegations.", "The company rejected the allegations."),
        ("The minister accepted the accusations.", "The minister dismissed the accusations."),
    ],
)
def test_rejecting_an_assertion_clashes_with_owning_it(claim: str, source: str) -> None:
    assert only_conflict(claim, source).kind.value in ("negation", "antonym")


def test_rejecting_a_decision_is_no_denial_of_its_noun() -> None:
    stance, _ = assess(
        "The council rejected the plan.", "The council rejected the plan on Tuesday."
    )
    assert stance is Stance.SUPPORTS
