"""Left unknown: a passage that says the claim's matter has not been established states
neither the claim nor its opposite.

"The safety of the vaccine in pregnant women has not been established" shares the claim's
words ("The vaccine is safe for pregnant women") but says no one knows; so do "it remains
unclear whether", "is not yet known", "has yet to be proven". Read by
``stated.not_stated``: such a passage is Related, never supports (and a clash cue still
clashes: "There is no evidence that garlic protects" is the efficacy cue's).
"""

from __future__ import annotations

import re

from factcheck.evidence.hints import hint_text
from factcheck.evidence.sides import Side, known

# Searched at C speed over the passage first: most passages hold none of these.
_UNKNOWN = re.compile(
    r"\b(?:(?:has|have|had|is|are|was|were)\s+(?:not|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?"
    r"(?:established|proven|proved|confirmed|demonstrated|determined|known)"
    r"|(?:hasn't|haven't|isn't|aren't)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:established|proven|proved|confirmed|demonstrated|determined|known)"
    r"|(?:remains?|remained|is|are|still)\s+(?:largely\s+|still\s+)?"
    r"(?:unknown|unclear|unproven|uncertain|undetermined|unestablished)"
    r"|remains?\s+to\s+be\s+(?:seen|established|determined|proven|confirmed)"
    # "has not said whether she will sign it": not decided, or not told.
    r"|(?:has|have|had|is|are)\s+(?:not|yet\s+to)\s+(?:yet\s+)?(?:say|said|decide|decided"
    r"|announce|announced|confirm|confirmed)\s+(?:whether|if))\b",
    re.IGNORECASE,
)
# Every alternative of _UNKNOWN but the last holds one of these (lower-cased); the last
# holds "whether" or "if" and "not" or "yet". Looked for first, at C speed, in the text
# lower-cased (``hints.hint_text``): the pattern, under IGNORECASE, is tried at every
# character. Keep them with the pattern.
_HINTS = ("establish", "prove", "confirm", "demonstrat", "determin", "known", "unclear",
          "uncertain", "seen")  # fmt: skip


def _may_be_unknown(text: str) -> bool:
    """False where ``_UNKNOWN`` cannot match ``text`` (tested at C speed)."""
    lowered = hint_text(text)
    if lowered is None:
        return True
    # " if " in an ASCII text; in another, the space before it may be another space.
    asks = "whether" in lowered or (" if " if text.isascii() else "if") in lowered
    return any(hint in lowered for hint in _HINTS) or (
        asks and ("not" in lowered or "yet" in lowered)
    )


def _unknown_phrase(side: Side) -> re.Match[str] | None:
    """The side's first phrase of ``_UNKNOWN``, read once per side."""
    return _UNKNOWN.search(side.text) if _may_be_unknown(side.text) else None


# What opens another clause before the phrase: "Masks reduce transmission, [but] how much
# remains unclear" leaves only "how much" unknown.
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\b(?:but|though|although|while|whereas|and)\b", re.I)
_SENTENCE_END = re.compile(r"[.;!?]")


def left_unknown(claim: Side, passage: Side) -> bool:
    """Whether the passage says that what it shares with the claim is not known: a phrase
    of ``_UNKNOWN`` whose clause holds one of the claim's content words, before it ("The
    safety of the vaccine [has not been established]") or after it to the sentence's end
    ("It [remains unclear] whether the vaccine is safe"); and no such phrase in the claim,
    which may say itself that something is unknown."""
    found = known(passage, _unknown_phrase)
    if found is None or known(claim, _unknown_phrase):
        return False
    text = passage.text
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, found.start())), default=0)
    closing = _SENTENCE_END.search(text, found.end())
    end = closing.start() if closing else len(text)
    content = claim.content_stems()
    return any(
        start <= w.start < end and w.stem in content and not found.start() <= w.start < found.end()
        for w in passage.words
    )
