"""What an amount is of when its words say it elsewhere: a count whose noun is left out
because the count before it gave it ("killing at least 14 people and injuring more than
300" counts 300 people), and a length of time written as an adjective, which is the noun's
after it ("a four-year contract" lasts as a contract, whatever the verb before it)."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.evidence.mention import Mention
from factcheck.workspace import STOP_WORDS, stem

# Between the two counts: the first one's noun, then "and" and a verb of its own ("people
# [and injuring]", "homes, and damaged").
_AND_VERB = re.compile(r"\A\s+(?P<noun>[a-z]+)\s*,?\s+and\s+[a-z]+(?:ing|ed)\s+\Z", re.I)


# A length of time joined to its unit by a hyphen, then the noun it describes.
_ADJECTIVE = re.compile(r"\S+-(?:year|month|week|day|hour|minute)\Z", re.I)
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


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


def lengths_of(text: str, found: list[Mention]) -> list[Mention]:
    """``found``, where a length of time written as an adjective ("four-year", "12-week")
    is said of the noun after it: ``Mention.before`` (what lasted) is that noun's stem, so
    "a four-year contract" and "a five-year contract" are compared, whatever verb each
    sentence uses ("signed", "agreed")."""
    for k, mine in enumerate(found):
        if mine.unit != "duration" or not _ADJECTIVE.match(mine.text):
            continue
        noun = _NOUN_AFTER.match(text, mine.end)
        if noun is not None and noun.group(1) not in STOP_WORDS:
            found[k] = replace(mine, before=stem(noun.group(1)))
    return found
