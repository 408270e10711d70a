"""A vote on doing something to the claim's thing is another vote than the claim's: "A
motion to delay the tax rise failed 6-7" says nothing against "The tax rise was approved
9-4" (``instances.another_instance``)."""

from __future__ import annotations

import re

from factcheck.evidence.sides import Side
from factcheck.workspace import stem

# A vote on doing something to the claim's thing is another vote: "a motion to delay the
# tax rise", "a bid to scrap the plan" (not the claim's own "motion to close the library").
_MOTION = re.compile(
    r"\b(?:motions?|bids?|attempts?|moves?|proposals?|amendments?)\s+to\s+([a-z]+)", re.I
)


def motion_on_it(claim: Side, text: str) -> bool:
    """Whether a passage's ``text`` names a motion to act on the claim's thing by a verb the
    claim does not use."""
    if " to " not in text or not any(hint in text for hint in _MOTION_HINTS):
        return False  # most passages name no motion
    content = claim.content_stems()
    return any(stem(m.group(1).lower()) not in content for m in _MOTION.finditer(text))


_MOTION_HINTS = ("otion", "bid", "ttempt", "ove", "roposal", "mendment")
