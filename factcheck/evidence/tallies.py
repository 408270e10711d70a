"""Vote tallies and score lines: two counts joined by a dash next to a word that says so."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.evidence.mention import Mention
from factcheck.evidence.scorewords import CLEAN, DRAW, level_or_clean
from factcheck.evidence.units import measure_after
from factcheck.workspace import STOP_WORDS, stem

_TALLY = re.compile(r"(?<![\w.,-])(?P<a>\d{1,3})\s*[-–—]\s*(?P<b>\d{1,3})(?![\w.,-]*\d|\s*%)")
_TALLY_WORDS = frozenset(
    stem(w)
    for w in """vote voted votes voting ruling ruled decision verdict margin win won wins
    victory defeat defeated beat beaten lost loss score scored final draw drew tie tied majority
    carried backed cleared adopted upheld overturned unanimous unanimously
    split passed approved rejected failed game match series lead led result aggregate
    thrashed hammered routed crushed trounced edged whitewashed finished derby fixture
    leg ratified straight""".split()  # "won in straight sets, 3-0"
)
# Words that say a vote only of a pair written winner first ("confirmed the nominee 51-49",
# "convicted him 10-2"): "confirmed 5-10 cases" is a range.
_WINNER_FIRST_WORDS = frozenset(stem(w) for w in "confirmed convicted acquitted".split())


# Words of a defeat said with the winner after "to": "The Giants [fell] 24-17 to the
# Eagles", "went down 2-1 to"; "fell 5-10 cents" is a range.
_FELL = frozenset(stem(w) for w in "fell falls down slumped slipped crashed".split())


# "passed 52 to 48", "by 51 votes to 49": the same pair written out, a union's or a
# party's ballot in thousands too ("ratified 3,412 to 1,109"). Taken only when the word
# after it is not a noun of its own ("from 5 to 10 years" is a range).
_BALLOT = r"\d{1,3}(?:,\d{3})?"
_WRITTEN = re.compile(
    rf"(?<![\w.,-])(?P<a>{_BALLOT})\s+(?:votes?\s+)?to\s+(?P<b>{_BALLOT})(?![\w.,%-]*\d|\s*%)"
)


# "12 votes in favour and 3 against", "12 in favor, 3 against", "12 members voted in favour
# and 3 against" (up to three words between a count and its side: those who voted).
_VOTERS = r"(?:[a-z]+\s+){0,3}?"
_SIDE_AFTER = r"\s+(?:votes?\s+|voted\s+|were\s+)?against\b"


# The same in words: "ruled seven to two", "voted ten to two", "won two-nil", "won
# twenty-one to seven". A tens word is never read without the unit glued to it ("twenty-one"
# is not a tally of 20 to 1), nor a unit as the last word of a compound number.
_COUNT_WORDS = {
    "nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
TALLY_WORDS = frozenset(_COUNT_WORDS)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_COUNT = rf"(?:{_TENS})-(?:{_UNITS})\b|(?:{_TENS})(?!-(?:{_UNITS})\b)|" + "|".join(
    sorted(set(_COUNT_WORDS) - set(_TENS.split("|")), key=len, reverse=True)
)
# (The one against may be in words: "27 votes in favour, three against".)
_FOR_AGAINST = re.compile(
    rf"(?<![\w.,-])(?P<a>\d{{1,3}})\s+{_VOTERS}in\s+favou?r(?:\s+and|,)?\s+"
    rf"(?P<b>\d{{1,3}}|{_COUNT})" + _SIDE_AFTER,
    re.I,
)
_IN_WORDS = re.compile(
    rf"(?<![\w-])(?P<a>{_COUNT})(?:\s+(?:votes?\s+)?to\s+|-to-|-)(?P<b>{_COUNT})\b(?![\w-])", re.I
)
# A count in digits and one in words, with "votes" between: "by 14 votes to three".
_MIXED = re.compile(
    rf"(?<![\w.,-])(?P<a>\d{{1,3}}|{_COUNT})\s+votes?\s+to\s+(?P<b>\d{{1,3}}|{_COUNT})\b"
    r"(?![\w.,%-]*\d)",
    re.I,
)
_WORDS_HINT = re.compile(rf"\b(?:{_COUNT})(?:\s+(?:votes?\s+)?to\s+|-to-|-)(?:{_COUNT})\b", re.I)
# "nine in favour, three against", "nine votes in favor and three against": in words.
_FOR_AGAINST_WORDS = re.compile(
    rf"(?<![\w-])(?P<a>{_COUNT})\s+{_VOTERS}in\s+favou?r(?:\s+and|,)?\s+(?P<b>{_COUNT})"
    + _SIDE_AFTER,
    re.I,
)
# "two-all", "2-all": a level score says it is one by itself.
_ALL = re.compile(rf"(?<![\w-])(?P<a>\d{{1,2}}|{_COUNT})-all\b", re.I)


# What a match of any of the three patterns above holds from its first number on: they
# start with a look-behind, so the regex engine tries them at every character, where this
# starts with a digit it scans for. Most passages hold no tally.
_HINT = re.compile(rf"\d(?:\s*[-–—]\s*\d|\s+(?:votes?\s+)?to\s+\d|\s+{_VOTERS}in\s+favou?r)", re.I)


def tallies(
    text: str, *, digits: bool = True, words: bool = True, mixed: bool = True
) -> list[Mention]:
    """Vote counts and score lines next to a word that says so: "a 6-3 vote", "won 3-1",
    "passed 52 to 48", "ruled seven to two". ``digits`` / ``words``: whether the text may
    hold a digit or a written number at all (a caller that knows says no, and the pattern
    is not tried); ``mixed``: whether it may hold one of each ("by 14 votes to three")."""
    found: list[Mention] = []
    if "-all" in text or "-All" in text:
        for m in _ALL.finditer(text):
            count = _count(m.group("a"))
            found.append(Mention("tally", (count, count), m.group(), m.start(), m.end()))
    voted = words and ("favour" in text or "favor" in text)
    for m in _FOR_AGAINST_WORDS.finditer(text) if voted else ():
        pair = tuple(sorted((_count(m.group("a")), _count(m.group("b"))), reverse=True))
        found.append(Mention("tally", pair, m.group(), m.start(), m.end()))
    worded = words and _WORDS_HINT.search(text) is not None
    mixed = mixed and digits and ("votes to" in text or "vote to" in text)
    if not worded and not mixed and not (digits and _HINT.search(text) is not None):
        return sorted(found, key=lambda x: x.start)
    for m in _FOR_AGAINST.finditer(text):  # says it is a vote by itself
        pair = tuple(sorted((int(m.group("a")), _count(m.group("b"))), reverse=True))
        found.append(Mention("tally", pair, m.group(), m.start(), m.end()))
    for pattern in (
        _TALLY,
        _WRITTEN,
        *((_IN_WORDS,) if worded else ()),
        *((_MIXED,) if mixed else ()),
    ):
        for m in pattern.finditer(text):
            if pattern is _MIXED and m.group("a").isdigit() == m.group("b").isdigit():
                continue  # both in digits or both in words: the other patterns' own
            before = text[max(0, m.start() - 30) : m.start()].split()[-3:]
            if before and before[-1].lower() == "by":  # "backed the motion by 310 to 290"
                before = text[max(0, m.start() - 40) : m.start()].split()[-4:]
            after = text[m.end() : m.end() + 30].split()[:2]
            inside = m.group().split()[1:-1]  # "7 votes to 2" says it is a vote itself
            near = {stem(w.strip(".,;:()").lower()) for w in before + inside + after}
            if [w.lower() for w in before[-2:]] == ["level", "at"]:
                near.add("score")  # "ended level at 1-1" (not "raising levels to 3-4 times")
            if not near & _TALLY_WORDS:  # "passed the farm bill 52-48": the word before
                near.add(_word_before_object(text, m.start()))
            if (
                not near & _TALLY_WORDS
                and not (near & _WINNER_FIRST_WORDS and _count(m.group("a")) > _count(m.group("b")))
                and not (near & _FELL and after[:1] == ["to"])
            ):
                continue  # "5-10 years" is a range, not a tally
            if pattern is not _TALLY and after and _names_a_thing(after[0]):
                continue
            if pattern is not _WRITTEN and measure_after(text, m.end()) is not None:
                continue  # "failed after 3-4 hours": a range of a measure
            pair = tuple(sorted((_count(m.group("a")), _count(m.group("b"))), reverse=True))
            if not (voted and any(f.start <= m.start() < f.end for f in found)):
                found.append(Mention("tally", pair, m.group(), m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


# The vote or game word may stand before its object, the tally after it: "passed the farm
# bill 52-48", "approved the council's budget 7-2". Read only when what lies between is a
# noun phrase from a definite article on, with no preposition in it: "approved funding for
# 3-4 schools" and "rejected the plan for 5-10 homes" say a range of another noun, and "a
# smaller version 6-5" is often another thing voted on than the claim's (left unread).
_ARTICLES = frozenset("the its their his her this that".split())


def _word_before_object(text: str, start: int) -> str:
    """The stem of the tally word (or of a winner-first word, "confirmed") standing before
    the tally at ``start`` with only its object (an article and up to three words of no
    preposition) between, or its doer in the passive ("confirmed by the Senate 50-49");
    "" when there is none."""
    words = [w.strip(".,;:()").lower() for w in text[max(0, start - 60) : start].split()[-6:]]
    for i in range(len(words) - 2, -1, -1):
        if (word := stem(words[i])) in _TALLY_WORDS | _WINNER_FIRST_WORDS:
            between = words[i + 2 :] if words[i + 1] == "by" else words[i + 1 :]
            rest = [w.removesuffix("'s").removesuffix("’s") for w in between[1:]]
            said = (
                bool(between)
                and between[0] in _ARTICLES
                and 1 <= len(rest) <= 3
                and all(w.replace("-", "").isalpha() and w not in STOP_WORDS for w in rest)
            )
            return word if said else ""
    return ""


def _names_a_thing(word: str) -> bool:
    """Whether the word after "52 to 48" counts something of its own ("10 years")."""
    bare = word.strip(".,;:()").lower()
    return (
        bool(bare)
        and bare.isalpha()
        and bare not in STOP_WORDS
        and stem(bare) not in (_TALLY_WORDS)
    )


def _count(written: str) -> int:
    """A tally's count, in digits or in words ("seven")."""
    if written.replace(",", "").isdigit():
        return int(written.replace(",", ""))
    return sum(_COUNT_WORDS[part] for part in written.lower().split("-"))  # "twenty-one"


# "voted unanimously", "a unanimous ruling": a tally with no one against, next to a word
# of a vote or a ruling ("a unanimous consensus among scientists" is no vote).
UNANIMOUS = ("all", 0)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
_VOTE_WORDS = frozenset(
    stem(w)
    for w in """vote voted votes ruling ruled decision verdict approved backed passed
    rejected adopted endorsed confirmed elected""".split()
)


def unanimous(text: str) -> list[Mention]:
    """ "Unanimously" or "unanimous" beside a word of a vote, as a tally of ``UNANIMOUS``:
    it agrees with "9-0" and clashes with "8-1" (``same_tally``)."""
    found = []
    for m in _UNANIMOUS.finditer(text):
        near = text[max(0, m.start() - 30) : m.end() + 30].split()
        if {stem(w.strip(".,;:()").lower()) for w in near} & _VOTE_WORDS:
            found.append(Mention("tally", UNANIMOUS, m.group(), m.start(), m.end()))
    return found


def same_tally(mine: tuple[object, ...], theirs: tuple[object, ...]) -> bool:
    """Two tallies agree when equal; "unanimous" agrees with any tally of none against, a
    draw with any level score, a clean sheet with any score with none on one side."""
    level = level_or_clean(mine, theirs)
    if level is not None:
        return level
    if UNANIMOUS in (mine, theirs):
        return mine[-1] == theirs[-1] == 0
    return mine == theirs


# A margin: "won by two goals", "passed by a margin of 12 votes", "beat them by 3 points":
# the difference of a tally's two counts. Only after a word of a tally (not "rose by 5
# points") or "a margin of", and only of votes, goals, points or seats; "carried by a
# majority of 20" says it is a vote's margin by itself, with or without "votes".
_MARGIN_BEFORE = re.compile(
    r"(?:\bby\s+(?:a\s+margin\s+of\s+)?|\bmargin\s+of\s+|\ba\s+(?:\w+\s+)?majority\s+of\s+)\Z",
    re.I,
)
_MARGIN_UNITS = frozenset(stem(w) for w in "vote goal point seat run wicket".split())
MARGIN = "margin"


def margins(text: str, amounts: list[Mention]) -> list[Mention]:
    """``amounts`` with each margin of a vote or a game marked ``written=MARGIN``: compared
    with a tally's difference ("won by two goals" agrees with "won 3-1")."""
    if "by" not in text and "margin" not in text and "majority" not in text:
        return amounts
    found = _single_margins(text) if "single" in text else []
    for m in amounts:
        if m.kind == "number" and m.unit in _MARGIN_UNITS | {""} and not m.written:
            before = _MARGIN_BEFORE.search(text, max(0, m.start - 30), m.start)
            words = text[max(0, m.start - 60) : before.start()].split()[-3:] if before else []
            said_by = before.group().lower() if before else ""
            said = "margin" in said_by or "majority" in said_by
            # A bare figure is a margin only after "a majority of"
            counted = bool(m.unit) or "majority" in said_by
            tallied = said or {stem(w.strip(".,;:()").lower()) for w in words} & _TALLY_WORDS
            if counted and tallied:
                m = replace(m, written=MARGIN)
        found.append(m)
    return found


# "by a single vote", "won by a single goal": a margin of one said without a number.
_SINGLE = re.compile(r"\bby\s+(?:just\s+|only\s+)?a\s+single\s+(vote|goal|point|seat)\b", re.I)


def _single_margins(text: str) -> list[Mention]:
    """Each "by a single vote" of ``text``, as a margin of one (the words from "single")."""
    found = []
    for m in _SINGLE.finditer(text):
        start = m.start() + m.group().lower().index("single")
        unit = stem(m.group(1).lower())
        one = Mention("number", (1.0,), text[start : m.end()], start, m.end(), unit=unit)
        found.append(replace(one, low=1.0, high=1.0, written=MARGIN))
    return found


_COUNTED_VOTES = frozenset(stem(w) for w in ("vote", "seat", "run", "wicket"))


def margin_apart(mine: Mention, theirs: Mention) -> bool:
    """Whether one amount of votes, seats, runs or wickets is a margin and the other not:
    "passed by one vote" / "received 26 votes", "won by 42 runs" / "scored 42". (Goals
    and points are another matter: "two points clear" is a margin said otherwise.)"""
    counted = mine.unit in _COUNTED_VOTES and theirs.unit in _COUNTED_VOTES
    return counted and (mine.written == MARGIN) != (theirs.written == MARGIN)


def margin_meets(margin: Mention, tally: Mention) -> bool:
    """Whether a margin's interval holds a tally's difference ("by two goals", "3-1")."""
    high, low = tally.value
    if tally.value in (DRAW, CLEAN):  # "won by two goals" / "a draw": no margin
        return tally.value == CLEAN or margin.low <= 0 <= margin.high
    if not isinstance(high, int) or not isinstance(low, int):
        return low == 0 and margin.low <= 0  # "unanimous": no margin is known
    return margin.low <= high - low <= margin.high
