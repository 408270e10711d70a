"""What an amount counts: the content word after it ("312 [people]"), and the one after
that ("two people [died]"), by stem and family ("deaths" -> "die")."""

from __future__ import annotations

import re

from factcheck.evidence.kinds import CROWD
from factcheck.evidence.lexicon import family
from factcheck.evidence.namenumbers import name_number
from factcheck.workspace import STOP_WORDS, stem

_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")
_NOT_A_UNIT = frozenset(
    {"more", "than", "least", "about", "per", "cent", "percent", "new", "additional", "extra"}
)


# A bare figure after a death toll counts deaths: "Death toll rises to 12", "the death
# toll from the floods rose to 12" (against "12 people had died", "nine people died").
_TOLL = re.compile(
    r"\b(?:death toll|toll (?:rises|rose|climbs|climbed|has risen|reaches|reached|hits|hit"
    r"|stands|stood))\b[^.;:!?]{0,40}\Z",
    re.I,
)
_DEATHS = family(stem("deaths"))
# A bare figure after a gathering counts all who were there, whatever follows it: "A crowd
# of 84,000 watched the final" / "The crowd of 84,000 was the largest", "The crowd at the
# game was 41,312" (``kinds.CROWD``).
_GATHERING = re.compile(
    r"\b(?:crowd|audience|attendance|congregation)(?:\s+of|[^.;:!?\d]{0,30}?\s(?:was|were"
    r"|numbered|reached))\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than"
    r"|at least|just over|just under)\s+)?\Z",
    re.I,
)


# Those who do a thing counted as the count of its doing: "1.4m users" counts who "use the
# app" ("2m people use it"), as the family "visitors" / "visited" does (``lexicon``).
_DOERS = {stem("users"): stem("use"), stem("subscribers"): stem("subscribe")}
# Nouns counted as another's family by the word, not its stem: "shed 4,000 positions" counts
# jobs, but "positions" shares its stem with "positive" (``lexicon.FAMILY`` is by stem).
_COUNTED_AS = {"positions": family(stem("jobs"))}
# A bare figure after "the number of X ... at" counts X: "Police put the number of people
# who marched in Zagreb at 2,150", "The number of cases rose to 312".
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+([a-z]+)\b[^.;:!?\d]{0,60}?\s(?:at|was|is|to|reached|stood\s+at)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|at least)\s+)?\Z",
    re.I,
)


# A time back right after a figure: "up from 161 a year earlier", "12 a week ago".
_TIME_BACK = re.compile(
    r"\s+(?:a|an|one|two|three|the)\s+(?:year|month|week|day|decade)s?\s+(?:earlier|ago|before)\b",
    re.I,
)


def counted(text: str, end: int, start: int = -1) -> tuple[str, str]:
    """What an amount ending at ``end`` counts: the stem of the next content word, and
    of the content word after that within two words ("two people died" -> peopl, die).
    With the amount's ``start``, a bare figure after a death toll counts deaths (die), and
    one after a crowd all who were there (``kinds.CROWD``)."""
    if start > 0 and _GATHERING.search(text, max(0, start - 50), start):
        return CROWD, ""
    if _TIME_BACK.match(text, end):
        return "", ""  # "up from 161 [a year earlier]": when, not what it counts
    if start >= 0 and (name := name_number(text, start, end)):
        return name, ""  # "Ariane [6] launched": the name's number, no count of launches
    found: list[str] = []
    raw: list[str] = []  # the words found, as written (lower case), and whether adjacent
    pos, skipped = end, 0
    while len(found) < 2 and skipped < 3:
        m = _NEXT_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1).lower()
        pos = m.end()
        if found and word == "and":
            break  # "killing 14 people [and] injuring more than 300": not what befell them
        if word in STOP_WORDS or word in _NOT_A_UNIT:
            skipped += 1
            continue
        if not found and skipped and _toll_before(text, start):
            break  # "The death toll rose to 9 [on Monday]": no noun of its own
        # Right after the amount, and the second right after the first: a compound.
        raw.append(word if skipped == (1 if found else 0) else "")
        word_stem = _COUNTED_AS.get(word) or family(stem(word))
        found.append(_DOERS.get(word_stem, word_stem))
        skipped = 1  # the word after the noun must follow closely
    first, then = [*found, "", ""][:2]
    if len(raw) == 2 and compound(*raw):
        first, then = then, first  # "20 league goals" counts goals, "34 league games" games
    if not first and _toll_before(text, start):
        return _DEATHS, ""
    if not first and start > 0 and "number of" in text:
        named = _NUMBER_OF.search(text, max(0, start - 90), start)
        if named is not None:  # "put the number of people who marched in Zagreb at 2,150"
            return family(stem(named.group(1).lower())), ""
    return first, then


def _toll_before(text: str, start: int) -> bool:
    return (
        start > 0 and "toll" in text and _TOLL.search(text, max(0, start - 60), start) is not None
    )


def compound(first: str, second: str) -> bool:
    """Whether two words right after an amount are a noun and the plural it qualifies
    ("league goals", "heat deaths", "police officers"), not a plural and its verb ("people
    died") nor a noun and a verb ("staff works")."""
    return (
        bool(first and second)
        and not first.endswith("s")
        and second.endswith("s")
        and not second.endswith(("ss", "us", "is", "'s", "’s"))
        and not first.endswith("ed")
        and not first.endswith("ing")
    )
