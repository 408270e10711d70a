"""The word before a figure that says what it measures ("lasted [2 hours]", "the death toll
[rose] to 45"), for comparing lengths of time and bare figures (moved from ``units``)."""

from __future__ import annotations

import re

from factcheck.workspace import STOP_WORDS, stem

_WORD = re.compile(r"[A-Za-z]+")
# Words between a verb and its length of time that say nothing of what lasted.
_NOT_THE_VERB = frozenset(
    """only just nearly almost roughly some over under long range ranges ranged ranging
    varies varied vary""".split()
)  # "ranges from 2 to 14 days", "can be as long as 24 days": how far, not what lasted
# Words before a length of time that make it a stretch up to or from now: "the last two
# years", "the past decade", "the next five years".
_STRETCH = frozenset("last past next".split())
# Verbs that say how long a thing lasted, read as one ("took four hours" / "lasted 240
# minutes").
_LASTED = {stem(w): stem("lasted") for w in "took take takes taking last lasts spanned".split()}
# And one prison term: "jailed for five years" / "sentenced to four years in prison".
_LASTED.update({stem(w): stem("jailed") for w in "sentenced imprisoned jailed".split()})
_LASTED_STEM = stem("lasted")
# A time taken more than before is a time added: "take 20 minutes longer", "adds 20 minutes".
_ADDED = stem("added")
_LASTED.update({stem(w): _ADDED for w in "add adds adding".split()})
_LONGER = re.compile(
    r"[^.;:]{0,30}?\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+"
    r"(?:longer|more|extra)\b",
    re.I,
)
# A length of time of things done is how long they last: "eight days of strikes" / "the
# strikes will last ten days" (a plural noun: not "of age", "of the", "of heavy rain").
_OF_DOING = re.compile(
    r"[^.;:]{0,30}?\b(?:days?|weeks?|fortnights?|months?)\s+of\s+[a-z]+s\b(?<!ss)(?<!ous)",
    re.I,
)
_TO_DO = re.compile(
    r"[^.;:]{0,30}?\b(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|"
    r"decades?)\s+(?:for\s+\w+\s+)?to\s+[a-z]",
    re.I,
)


def word_before(text: str, start: int, *, words: int = 1) -> str:
    """The stem of the content word before an amount starting at ``start``: what a length
    of time measures ("lasted [2 hours]", "takes [3 days]"). Two lengths of time are
    compared only when this word is the same: a passage gives many durations of many
    things ("a residence time of 100 years" is not "a molecule's nine days"). With
    ``words=2``, the last two content words, in either order ("death toll [rose] to 45"):
    a bare figure is what they say it is ("the Dow closed at" is not "the Nasdaq closed at")."""
    if words == 1 and _OF_DOING.match(text, start):
        return _LASTED_STEM
    found: list[str] = []
    tokens = _WORD.findall(text, max(0, start - 80), start)
    i = len(tokens)
    while i > 0:
        i -= 1
        lower = tokens[i].lower()
        if lower in STOP_WORDS or lower in _NOT_THE_VERB:
            continue
        if words == 1 and (preposition := _object_of(tokens, i)) is not None:
            i = preposition  # "close [to all traffic] for six weeks": what closes
            continue
        same = _LASTED.get(stem(lower), stem(lower))
        if same != stem(lower) and _TO_DO.match(text, start):
            same = stem(lower)  # "took six months to approve": the time to do it
        elif same == _LASTED_STEM and _LONGER.match(text, start):
            same = _ADDED  # "will take 20 minutes longer" / "adding 20 minutes to journeys"
        if lower in _STRETCH and (lower != "last" or tokens[i - 1].lower() in _DETERMINERS):
            # "in each of the last two years": a stretch ("will last ten days": lasted)
            same = f"{lower} (stretch)"
        found.append(same)
        if len(found) == words:
            break
    return " ".join(sorted(found))


# Words between "to" or "from" and its object: "closed to [all] traffic".
_DETERMINERS = frozenset("all the a an its their his her".split())


def _object_of(tokens: list[str], i: int) -> int | None:
    """When token ``i`` is the object of a "to" or "from" right after a content word
    ("close to all [traffic]", "banned from the [park]"), the index of that "to" or
    "from"; else None."""
    k = i - 1
    while k > 0 and tokens[k].lower() in _DETERMINERS:
        k -= 1
    if k > 0 and tokens[k].lower() in ("to", "from") and tokens[k - 1].lower() not in STOP_WORDS:
        return k
    return None
