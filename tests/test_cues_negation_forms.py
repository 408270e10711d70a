"""A claim's denial against a passage's word with a negative prefix of a short stem
("not armed" / "unarmed", denied.negated_form_in), and against its verb said of another
instance ("did not sign the order" / "signed a different order")."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, conflicts


def test_a_negated_form_of_a_short_word_agrees() -> None:
    _, cues = assess("The suspect was not armed.", "Police said the suspect was unarmed.")
    assert not conflicts(cues), cues


def test_the_denied_verb_of_another_instance_is_related() -> None:
    stance, cues = assess(
        "The president did not sign the order.", "The president signed a different order on Monday."
    )
    assert stance is Stance.NEUTRAL, cues


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # A plain word that merely starts like a prefix is no negated form: "alive" is not
        # "not live", and the same verb of the claim's own thing still clashes.
        (
            "The president did not sign the order.",
            "The order was signed by the president on Monday.",
        ),
        ("The suspect was not armed.", "Police said the suspect was armed with a knife."),
    ],
)
def test_still_a_clash(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.CONTRADICTS, cues
