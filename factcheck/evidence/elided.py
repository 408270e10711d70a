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


# A part of a whole: "41 [of the] 120 seats" counts seats.
_PART_OF = re.compile(r"\A\s+of\s+(?:the\s+|its\s+|their\s+)?\Z", re.I)
# A count after another's, for another name: "41 seats ... [and the AfD] 40".
_AND_NAME = re.compile(r"\s(?:and|while|with)\s+(?:the\s+)?[A-Z][\w'-]*\s+\Z")


def elided_units(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` (a text's mentions, in order), where a bare count takes the noun of
    another count: right after that count's noun, "and" and a verb ("killing 14 people and
    injuring more than 300"), before "of the" and a whole ("41 of the 120 seats"), or
    after "and" and a name ("the CDU will have 41 of the 120 seats ... and the AfD 40")."""
    for k in range(len(found) - 1):
        mine, whole = found[k], found[k + 1]
        bare = mine.kind == "number" and not mine.unit
        if (
            bare
            and whole.kind == "number"
            and whole.unit
            and _PART_OF.match(text[mine.end : whole.start])
        ):
            found[k] = replace(mine, unit=whole.unit)
    for k in range(1, len(found)):
        mine, before = found[k], found[k - 1]
        # A count right after a name is read as the name's number ("the AfD [40]"); here the
        # count before gives what it counts.
        bare = not mine.unit or mine.of_a_name
        if mine.kind != "number" or not bare or before.kind != "number" or not before.unit:
            continue
        between = _AND_VERB.match(text[before.end : mine.start])
        same_noun = between is not None and stem(between.group("noun").lower()) == before.unit
        same_noun = same_noun and not mine.unit
        named = mine.start - before.end < 60 and _AND_NAME.search(text, before.end, mine.start)
        if same_noun or named:
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
