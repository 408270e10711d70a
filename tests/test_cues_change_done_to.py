"""A verb of change done to another thing than the claim's is no clash with the claim's
change (evidence/changeapart.py): "Brightline will cut 1,200 jobs" is no answer to
"Brightline shares rose 7%", found trying a company report through `factcheck match`."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        (
            "Brightline shares rose 7% on the news.",
            "Brightline Motors will cut 1,200 jobs at its Sunderland plant, after sales fell.",
            N,
        ),
        # Done to the claim's own thing, it still clashes.
        ("The company increased its workforce.", "The company cut its workforce by a fifth.", C),
        ("Brightline shares rose 7% on the news.", "Shares in Brightline fell 7% on the news.", C),
        # The whole object is read, not its first word: the albedo is the claim's.
        ("Soot increases the albedo of snow.", "Soot reduces the planet's average albedo.", C),
    ],
)
def test_a_change_done_to_another_thing(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
