"""Word cues found wrong by the lead's review on 7 December: a verb that rejects an assertion
named after it denies it ("rejected the allegations" is "denied the allegations"; before any
other noun it is a decision, "rejected the bill"), and a change against another turned round."""

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


# (claim, source, whether it clashes): a change against another turned round is the same
# change ("The dollar weakened against the pound" says "the pound strengthened against the
# dollar"), and a negated verb acting on another instance is no clash; the same pairs said of
# the claim's own thing still clash.
CLASH_OR_NOT = [
    ("The pound strengthened against the dollar.", "The dollar weakened against the pound.", False),
    ("The euro fell against the dollar.", "The dollar rose against the euro on Friday.", False),
    ("The pound strengthened against the dollar.", "The pound weakened against the dollar.", True),
    ("The euro fell against the dollar.", "The euro rose against the dollar on Friday.", True),
    (
        "The president signed the order.",
        "The president signed the order on Monday; he had refused to sign a similar one.",
        False,
    ),
    ("The minister attended the summit.", "She did not attend the previous summit.", False),
    ("The president signed the order.", "The president refused to sign the order.", True),
    ("The minister attended the summit.", "The minister did not attend the summit.", True),
]


@pytest.mark.parametrize(("claim", "source", "clash"), CLASH_OR_NOT)
def test_said_of_the_same_thing_or_not(claim: str, source: str, clash: bool) -> None:
    stance, cues = assess(claim, source)
    assert (stance is Stance.CONTRADICTS) is clash, cues
