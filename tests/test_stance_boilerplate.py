"""A passage flagged as page furniture (a caption, a credit, a read-also link) never
supports a claim: it states nothing (stance.assess_stance). The bundled example's photo
caption "Talks planned between Ukraine and Russia (Alamy)" was shown as supporting "Peace
talks were set to take place on the border of Ukraine and Belarus" (cosine 0.63)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.evidence.stance import assess_stance
from factcheck.workspace.models import Stance
from tests.stance_helpers import passage

CLAIM = "Peace talks were planned between Ukraine and Russia."
CAPTION = "Talks planned between Ukraine and Russia (Alamy)"


@pytest.mark.parametrize("meaning", [None, 0.9])
def test_a_caption_is_related_at_most(meaning: float | None) -> None:
    plain = passage(CAPTION)
    stance, _ = assess_stance(claim_text=CLAIM, passage=plain, meaning=meaning)
    assert stance is Stance.SUPPORTS  # the same words, not flagged: stated
    flagged = replace(plain, boilerplate=True)
    stance, _ = assess_stance(claim_text=CLAIM, passage=flagged, meaning=meaning)
    assert stance is Stance.NEUTRAL


def test_a_caption_still_contradicts() -> None:
    flagged = replace(
        passage("Talks planned between Ukraine and Belarus in March (Alamy)"), boilerplate=True
    )
    stance, cues = assess_stance(
        claim_text="Talks were planned between Ukraine and Belarus in April.", passage=flagged
    )
    assert stance is Stance.CONTRADICTS, cues
