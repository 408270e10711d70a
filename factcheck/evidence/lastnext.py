"""Whether a passage's date is of the last occasion and the claim's of the next: "The council
last met on 17 April" is not when "The council meets on 8 May" (two meetings, no clash). A
claim in the past ("won the title in 2005") is not read here: the last occasion may be its
own, or deny it."""

from __future__ import annotations

import re

from factcheck.evidence.irregular import LEMMA
from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side
from factcheck.workspace import stem

# The last occasion before now, told by "last" before its verb: "[last met] on 17 April".
_LAST = re.compile(r"\blast\s+[a-z]+\s+(?:on|in)\s+(?:the\s+)?\Z", re.I)
# The verb right before a date: "[meets] on 8 May", "[won] in 2005".
_VERB_BEFORE = re.compile(r"([a-z]+)\s+(?:on|in)\s+(?:the\s+)?\Z", re.I)
_REACH = 40  # characters read back from a date


def last_and_next(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the passage dates the last occasion ("last met on 17 April") and the claim,
    in the present or the future, the next ("meets on 8 May", "will meet in June")."""
    if _LAST.search(passage.text, max(0, theirs.start - _REACH), theirs.start) is None:
        return False
    m = _VERB_BEFORE.search(claim.text, max(0, mine.start - _REACH), mine.start)
    if m is None:
        return False  # no verb right before the claim's date: not read
    word = m.group(1).lower()
    return not (word.endswith("ed") or stem(word) in LEMMA or word == "last")
