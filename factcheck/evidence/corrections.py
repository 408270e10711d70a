"""A correction's retracted words: "Correction: An earlier version of this story said the
vote was held on 4 March. It was held on 11 March." gives 11 March, not 4 March; the
figures of the sentence it retracts state nothing."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention

# "An earlier version of this article said / gave / misstated / incorrectly reported ...",
# to the end of its sentence.
_RETRACTED = re.compile(
    r"\b(?:an\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report|piece"
    r"|post)\b[^.;!?]*?\b(?:said|stated|gave|reported|misstated|misreported|described|put"
    r"|wrongly|incorrectly)\b[^;!?]*?(?:\.(?=\s|\Z)|\Z)",
    re.I,
)


def unretracted(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those inside a sentence a correction retracts."""
    if "version" not in text:
        return mentions  # most passages correct nothing
    spans = [m.span() for m in _RETRACTED.finditer(text)]
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
