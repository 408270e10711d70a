"""Whether a passage reports what it gives at another time than the claim's: "last year",
"two years ago", "in the reverse fixture", a year the claim does not give when it gives
one, or a figure in the past perfect ("Chelsea had beaten Arsenal 3-0"). A score or a count
of casualties is then another game's or another disaster's (moved from ``instances``).
"""

from __future__ import annotations

import re

from factcheck.evidence.hints import hint_text
from factcheck.evidence.mention import Mention
from factcheck.evidence.ranks import PLACE, RANK
from factcheck.evidence.sides import Side, clause_ends_before, known
from factcheck.evidence.tallies import same_tally

# A time the passage gives its figure at, other than now: "last year", "last winter", "a
# season ago", "a week earlier", "the day before", another meeting ("in the reverse fixture").
_EARLIER = re.compile(
    r"\b(?:last|previous|the previous|the same \w+ last) (?:year|season|month|week|winter"
    r"|summer|spring|autumn)\b"
    r"|\b(?:years?|months?|seasons?) ago\b|\b(?:reverse|previous|earlier) (?:fixture|meeting)\b"
    r"|\b(?:a|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?|years?) "
    r"(?:earlier|before)\b|\bthe (?:day|week|month|year) before\b",
    re.I,
)
# Another moment of a game, right after its score: "level at 1-1 [after 90 minutes]", "led
# 1-0 [at half-time]" is no final score ("won 2-1 after trailing at half-time" is).
_MOMENT = re.compile(
    r"\s*(at half[- ]?time|at the break|after (?:90|ninety) minutes|in normal time)\b", re.I
)
# The past perfect: "had" and a verb, or "had already", in the value's clause.
_PERFECT = frozenset({"had", "hadn't", "'d"})
_PERFECT_REACH = 8


def _perfect(side: Side) -> bool:
    return any(w.norm in _PERFECT for w in side.words)


def _perfect_before(passage: Side, value: Mention) -> bool:
    """Whether "had" stands in the value's clause, at most ``_PERFECT_REACH`` words before
    it ("Chelsea [had] beaten Arsenal 3-0"), and not right before it: "The school [had]
    three cases of measles" has them, a count of now ("had" of a past perfect is followed
    by its verb)."""
    words = passage.words
    i = next((j for j, w in enumerate(words) if w.start >= value.start), len(words))
    if value.unit == RANK + PLACE:  # its verb is its own: "[had] finished second", not
        return i > 0 and words[i - 1].norm in _PERFECT  # "who had led, faded to fourth"
    if i and words[i - 1].norm in _PERFECT:
        return False
    return _had_before(passage, value.start)


def _had_before(passage: Side, start: int) -> bool:
    words = passage.words
    i = next((j for j, w in enumerate(words) if w.start >= start), len(words))
    for j in range(i - 1, max(-1, i - 1 - _PERFECT_REACH), -1):
        if words[j].norm in _PERFECT:
            return True
        if j and clause_ends_before(passage, j):
            return False
    return False


def another_time(claim: Side, passage: Side, value: Mention | None = None) -> bool:
    """Whether the passage dates what it reports at an earlier time than the claim's:
    "last year", "two years ago", "a week earlier", a year when the claim gives another
    one ("in 2012" for "in the 2024 floods"), or the ``value`` is said in the past perfect
    ("Chelsea had beaten Arsenal 3-0", "The House had passed the bill 220-212": the story
    looks back from the claim's time). A score or a count of casualties is then another
    game's or another disaster's. A year the claim does not give at all is not enough: the
    passage may date the claim's own event ("three people were injured in the fire on 3
    March 2024")."""
    if value is not None and _perfect_before(passage, value) and not _perfect(claim):
        return True
    if value is not None and value.kind == "tally":
        moment = _MOMENT.match(passage.text, value.end)  # "level at 1-1 after 90 minutes"
        if moment is not None and moment.group(1).lower() not in claim.text.lower():
            return True
    years = {year_of(m) for m in claim.calendar} - {None}
    theirs = {year_of(m) for m in passage.calendar} - {None}
    if years and theirs - years:
        return True
    found = known(passage, _first_earlier)
    if found is not None and found.group().lower() not in claim.text.lower():
        return True
    # Turned round: the claim's is the earlier time, the passage's the present one ("Two
    # wolves were shot last year" / "No wolves have been shot this year").
    mine = known(claim, _first_earlier)
    return mine is not None and _THIS.search(passage.text) is not None


_THIS = re.compile(r"\bthis (?:year|season|month|week|winter|summer|spring|autumn)\b", re.I)


# Every match of _EARLIER holds one of these (lower-cased). Keep them with the pattern.
_EARLIER_HINTS = ("last", "previous", "ago", "earlier", "before", "reverse")


def _first_earlier(side: Side) -> re.Match[str] | None:
    """The side's first time before another (``_EARLIER``), read once per side: where it
    holds a word of ``_EARLIER_HINTS`` (``hints.hint_text``), as the pattern, under
    IGNORECASE and opening with a word boundary, is tried at every character."""
    lowered = hint_text(side.text)
    if lowered is not None and not any(hint in lowered for hint in _EARLIER_HINTS):
        return None
    return _EARLIER.search(side.text)


# A side's own time, when it gives no date: "no new cases [this week]", "[today]", "rose
# 8% [last year]".
_NOW = re.compile(
    r"\b(?:this (?:week|month|year|season|morning|weekend)|today|tonight"
    # "rose 8% last year"; not a point compared with ("higher than last week", "up 3% on
    # last year", "since last week")
    r"|(?<!than )(?<!since )(?<!on )(?<!from )last (?:week|month|year|season|weekend))\b",
    re.I,
)


def gives_time(side: Side) -> bool:
    """Whether a side gives its own time: a date, month, weekday or year, or "this week",
    "today" (read once per side: it is asked of a claim, which meets five passages or more)."""
    return bool(side.calendar) or known(side, _says_now)


def _says_now(side: Side) -> bool:
    return _NOW.search(side.text) is not None


def earlier_in(text: str, start: int, end: int) -> re.Match[str] | None:
    """An earlier time ("last year", "last summer's", "two years ago") in ``text`` between
    ``start`` and ``end``, else None."""
    return _EARLIER.search(text, start, end)


def year_of(mention: Mention) -> object:
    """The year a year, a month or a date gives (None where it gives none); a year's value
    is (year, decade)."""
    if mention.kind == "year":
        return mention.value[0]
    if mention.kind in ("date", "month"):
        return mention.value[-1]
    return None


_CLAUSE_MARKS = re.compile(r"[,;:.!?()]")


def tally_of_another_time(claim: Side, passage: Side) -> bool:
    """Whether the claim's score or tally is in the passage only with another time in its
    own clause: "City, who won 3-1 at Anfield last season, drew 2-2 there on Sunday" does
    not state "City won 3-1 at Anfield" (read by ``stated.not_stated``; a different score
    at another time is no clash either, ``another_time``)."""
    mine = [m for m in claim.mentions if m.kind == "tally"]
    if not mine:
        return False
    text = passage.text
    same = [
        t
        for t in passage.mentions
        if t.kind == "tally" and any(same_tally(m.value, t.value) for m in mine)
    ]
    for t in same:
        start = max((m.end() for m in _CLAUSE_MARKS.finditer(text, 0, t.start)), default=0)
        closing = _CLAUSE_MARKS.search(text, t.end)
        found = _EARLIER.search(text, start, closing.start() if closing else len(text))
        if found is None or found.group().lower() in claim.text.lower():
            return False
    return bool(same)


# "had risen before the results": a time before another event, in the past perfect.
_BEFORE = re.compile(r"\b(?:before|prior to|ahead of)\b", re.I)


def said_earlier(claim: Side, passage: Side, i: int) -> bool:
    """Whether passage word ``i`` is said in the past perfect at an earlier time its own
    sentence names, before it or in its clause, and the claim names neither: "[A year
    earlier], the Senate [had] rejected the bill" is another vote than "The Senate passed
    the bill 60-38", "had narrowed in the 1990s" another change than "widened last year".
    Either alone is not enough: "upheld by the court last week" may be
    the claim's ruling, and "had rejected" may report it ("stretches")."""
    if _perfect(claim) or not _had_before(passage, passage.words[i].start):
        return False
    words, text = passage.words, passage.text
    start = max(text.rfind(c, 0, words[i].start) for c in ".!?") + 1
    end = words[i].end
    for j in range(i + 1, min(len(words), i + 1 + _PERFECT_REACH)):
        if clause_ends_before(passage, j):
            break
        end = words[j].end
    found = _EARLIER.search(text, start, end) or _BEFORE.search(text, start, end)
    if found is not None:
        return found.group().lower() not in claim.text.lower()
    # Or a year of its own the claim does not give: "had narrowed in the 1990s".
    years = {year_of(m) for m in claim.calendar}
    return any(
        start <= m.start and m.end <= end and year_of(m) not in years for m in passage.calendar
    )


def dated_earlier_after(claim: Side, passage: Side, end: int) -> bool:
    """Whether the passage dates what it counts, after offset ``end`` (the count's) and in
    its sentence, at an earlier time the claim does not name: "12 people died [last year]"
    is another toll than "Three people died in the crash"."""
    text = passage.text
    stops = [i for i in (text.find(c, end) for c in ".;") if i >= 0]
    found = _EARLIER.search(text, end, min(stops, default=len(text)))
    return found is not None and found.group().lower() not in claim.text.lower()
