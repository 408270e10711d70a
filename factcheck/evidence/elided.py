"""A count whose noun is left out because the count before it gave it: "killing at least 14
people and injuring more than 300" counts 300 people, as "Two people died and three were
hurt" would if it said the noun again."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.evidence.mention import Mention
from factcheck.workspace import stem

# Between the two counts: the first one's noun, then "and" and a verb of its own ("people
# [and injuring]", "homes, and damaged").
_AND_VERB = re.compile(r"\A\s+(?P<noun>[a-z]+)\s*,?\s+and\s+[a-z]+(?:ing|ed)\s+\Z", re.I)


def elided_units(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` (a text's mentions, in order), where a bare count right after another
    count's noun, "and" and a verb takes that noun as its own."""
    for k in range(1, len(found)):
        mine, before = found[k], found[k - 1]
        if mine.kind != "number" or mine.unit or before.kind != "number" or not before.unit:
            continue
        between = _AND_VERB.match(text[before.end : mine.start])
        if between is not None and stem(between.group("noun").lower()) == before.unit:
            found[k] = replace(mine, unit=before.unit)
    return found
