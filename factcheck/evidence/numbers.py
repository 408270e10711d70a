"""Dates and clock times found in text, with their spans, for stance cues; ``mentions``
finds those and the amounts (``amounts``) of a text.

Each mention keeps the exact characters it came from (``text``) and its span, so a cue
can quote both sides literally and a UI can highlight the source side.
"""

from __future__ import annotations

import re

from factcheck.evidence.ages import ages
from factcheck.evidence.amounts import quantities
from factcheck.evidence.compound import compound_measures
from factcheck.evidence.dayparts import day_parts
from factcheck.evidence.daywords import day_words, decades, quarters, range_days
from factcheck.evidence.elided import elided_units, lengths_of
from factcheck.evidence.mention import Mention
from factcheck.evidence.monthparts import month_part, slash_dates
from factcheck.evidence.pointchange import point_changes
from factcheck.evidence.racetimes import race_times
from factcheck.evidence.ranks import ranks
from factcheck.evidence.scorewords import score_words
from factcheck.evidence.seasons import seasons
from factcheck.evidence.tallies import margins
from factcheck.evidence.vague import vague_amounts

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERN = (
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_RE})\.?"
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<y>\d{4})\b)?"
)
# Matched on lower-cased text (several times faster than re.I), or ignoring case when
# lower() changes the text's length and so its offsets.
_DATE = re.compile(_DATE_PATTERN)
_DATE_I = re.compile(_DATE_PATTERN, re.I)
# ISO 8601 dates ("2025-03-03"): year, month and day (the look-behind after the year: _YEAR's)
_ISO_DATE = re.compile(
    r"(?P<y>1[5-9]\d\d|20\d\d)(?<![\w.,-]\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])"
)
# "mid-2021", "early-2020" are years; "2019-2021" is a range and "COVID-2019" a name.
# The digits come first and the look-behinds reach back over them: a pattern that starts
# with a look-behind is tried at every character, one that starts with "1" or "2" only
# there (11 times faster on the 100k workspace's sentences, the same matches).
_YEAR = re.compile(
    r"(?P<y>1[5-9]\d\d|20\d\d)"
    r"(?:(?<![\w.,-]\d{4})|(?<=\b[Mm]id-\d{4})|(?<=\b[Ee]arly-\d{4})|(?<=\b[Ll]ate-\d{4}))"
    r"(?P<s>s)?(?![\w%-]|[.,]\d)"
)
_ZONE = (
    r"(?:\s*(?P<zone{n}>local time|(?:gmt|utc|cet|cest|msk|bst|est|edt|pst|pdt|et|pt)\b"
    r"|[A-Z][a-z]+ time))?"
)
_ZONE_A = _ZONE.format(n="a")
_ZONE_B = _ZONE.format(n="b")
_CLOCK = re.compile(
    r"(?<![\w.:])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
    + _ZONE_A
    + r"|(?<![\w.:])(?P<h2>[01]?\d|2[0-3]):?(?P<m2>[0-5]\d)\s*(?P<zone2>gmt|utc|z)\b"
    + r"|(?<![\w.:])(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)\b(?!:\d)"  # not "2:16:40"
    + _ZONE_B,
    re.I,
)  # fmt: skip
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
# A month without a day: "in March 2025", "since April". Capitalised, and either with a
# year or after a word that introduces a time: "May" and "March" are also other words.
_MONTH = re.compile(rf"\b(?P<m>{_MONTH_NAMES})(?:\s+(?P<y>\d{{4}})\b)?")
_BEFORE_MONTH = frozenset(
    "in since by until till from of early late mid last next this during before after "
    "through end beginning start between and to every each".split()
)
# Words between a year and its preposition ("in late 2021"): the preposition is its word.
_PART_OF_YEAR = frozenset({"early", "late", "mid", "mid-", "early-", "late-"})
# The same \d as the patterns above (any Unicode decimal digit), for a quick first look.
_DIGIT = re.compile(r"\d")
# Quick first looks, each a part every match of a pattern must hold: those patterns start
# with a look-behind or a word boundary, so the regex engine tries them at every character,
# where these start with a digit or a letter it scans for. Most passages hold none.
# A clock time has minutes after a colon, or "am"/"pm" or a zone right after its digits.
_CLOCK_HINT = re.compile(r"\d(?::\d|\s*(?:[ap]\.?\s?m\b|gmt\b|utc\b|z\b))", re.I)
# Every month name and abbreviation starts with one of these (for _DATE, _DATE_I, _MONTH).
_MONTH_START = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_MONTH_HINT = re.compile(_MONTH_START)
_MONTH_HINT_I = re.compile(_MONTH_START, re.I)
_MONTH_TITLE_HINT = re.compile(_MONTH_START.title())
# A year (_YEAR, _ISO_DATE, a part of a year in ``seasons``) is four digits in a row.
_YEAR_HINT = re.compile(r"\d{4}")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")


def _format_minutes(minutes: int) -> tuple[int, int]:
    return minutes // 60, minutes % 60


def _zone(raw: str | None) -> str:
    if not raw:
        return "local"  # a time without a zone is read as local time
    raw = raw.lower()
    if raw in ("z", "utc", "gmt"):
        return "gmt"
    return "local" if raw == "local time" else raw


# "at midnight", "around noon": clock times in words, after "at" or a word of ``_ABOUT``
# ("before midnight" is a bound, not a time).
_NAMED_TIME = re.compile(
    r"\b(?P<about>at|about|around|shortly after|shortly before|just after|just before)"
    r"\s+(?:about\s+|around\s+)?(?P<t>midnight|noon|midday)\b",
    re.I,
)
_NAMED_MINUTES = {"midnight": 0, "noon": 720, "midday": 720}
# Words before a time that make it approximate: "about 9.50pm", "shortly before 10 p.m."
# agree within ``APPROXIMATE_MINUTES`` (``Mention.before`` is "~").
_ABOUT = re.compile(
    r"\b(?:about|around|approximately|roughly|shortly (?:before|after)|just (?:before|after)"
    r"|soon after|circa)\s+(?:at\s+)?\Z",
    re.I,
)
APPROXIMATE_MINUTES = 30


def times(text: str) -> list[Mention]:
    """Clock times: "7 am", "10:30 p.m. local time", "9.50pm", "0700 GMT", "14:00", "at
    midnight". One after "about", "around", "shortly before"... is approximate."""
    found: list[Mention] = []
    if "mid" in text or "noon" in text or "Mid" in text or "Noon" in text:
        for m in _NAMED_TIME.finditer(text):
            # "at midnight" is exact; "around midnight", "at about midnight" are not
            approximate = m.group().lower().split()[:2] != ["at", m.group("t").lower()]
            found.append(
                Mention(
                    "time",
                    (_NAMED_MINUTES[m.group("t").lower()],),
                    m.group("t"),
                    m.start("t"),
                    m.end("t"),
                    zone="local",
                    before="~" if approximate else "",
                )
            )
    if _CLOCK_HINT.search(text) is None:
        return found  # most passages have no clock time, and _CLOCK is tried everywhere
    for m in _CLOCK.finditer(text):
        if m.group("h") is not None:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if hour > 12:
                continue
            pm = m.group("ap").lower().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
            zone = _zone(m.group("zonea"))
        elif m.group("h2") is not None:
            hour, minute, zone = int(m.group("h2")), int(m.group("m2")), _zone(m.group("zone2"))
        else:
            hour, minute = int(m.group("h3")), int(m.group("m3"))
            zone = _zone(m.group("zoneb"))
        about = "~" if _ABOUT.search(text, max(0, m.start() - 30), m.start()) else ""
        found.append(
            Mention(
                "time",
                (hour * 60 + minute,),
                m.group().strip(),
                m.start(),
                m.end(),
                zone=zone,
                before=about,
            )
        )
    return sorted(found, key=lambda t: t.start)


def dates(text: str) -> list[Mention]:
    """Calendar dates ("February 26", "26 Feb 2022", "2022-02-26"), months ("in March 2025"), years
    ("in 1998") and weekdays."""
    found = []
    # Every character inside a date or month already read: a month or year starting there
    # is part of it. A set, where a list of spans made a passage of many months quadratic.
    taken: set[int] = set()
    # Dates and years all have digits: without one, only weekdays can be there.
    digits = _DIGIT.search(text) is not None
    lowered = text.lower()
    same = len(lowered) == len(text)
    subject, pattern = (lowered, _DATE) if same else (text, _DATE_I)
    # The same case rules as the pattern: the hint is matched where and as it is.
    named = digits and (_MONTH_HINT if same else _MONTH_HINT_I).search(subject) is not None
    years = digits and _YEAR_HINT.search(text) is not None
    for m in pattern.finditer(subject) if named else ():
        month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        if not 1 <= day <= 31:
            continue
        year = int(m.group("y")) if m.group("y") else None
        found.append(Mention("date", (month, day, year), text[m.start() : m.end()], *m.span()))
        taken.update(range(m.start(), m.end()))
        other = range_days(text, found[-1])  # "3-5 March": 3 March too
        if other is not None and other.start not in taken:
            found.append(other)
            taken.update(range(other.start, other.end))
    for d in day_words(text):  # "the fourth of June" (it looks for an ordinal word first)
        if d.start not in taken:
            found.append(d)
            taken.update(range(d.start, d.end))
    for d in slash_dates(text) if digits else ():  # "14/07/2023"
        found.append(d)
        taken.update(range(d.start, d.end))
    for m in _ISO_DATE.finditer(text) if years else ():
        month, day = int(m.group("m")), int(m.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(Mention("date", (month, day, int(m.group("y"))), m.group(), *m.span()))
            taken.update(range(m.start(), m.end()))
    for m in _MONTH.finditer(text) if _MONTH_TITLE_HINT.search(text) else ():
        if m.start() in taken:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if before.endswith("-"):  # "mid-June": the word before is "mid" ("Trump-May" no month)
            before = before[:-1].replace("-", " ")
        head = before.rsplit(None, 1)  # the word before: split()[-1], from the end
        if not m.group("y") and not (head and head[-1].lower().strip(",") in _BEFORE_MONTH):
            continue
        month = MONTHS[m.group("m").lower().rstrip(".")]
        year = int(m.group("y")) if m.group("y") else None
        low, high = month_part(text, m.start())  # "early March", "the first week of April"
        found.append(Mention("month", (month, year), m.group(), *m.span(), low=low, high=high))
        taken.update(range(m.start(), m.end()))
    for m in _YEAR.finditer(text) if years else ():
        if m.start() in taken:
            continue
        head = text[max(0, m.start() - 40) : m.start()].rsplit(None, 2)
        before = head[-1].lower() if head else ""
        if (before in _PART_OF_YEAR or (before == "the" and m.group("s"))) and len(head) > 1:
            # "in late 2021" is said "in" 2021, as "in 2019" is; "in the 1990s" too
            before = head[-2].lower()
        value = (int(m.group("y")), bool(m.group("s")))
        found.append(Mention("year", value, m.group(), m.start(), m.end(), before=before))
    for d in decades(text) if "0s" in text else ():  # "in the '90s"
        head = text[max(0, d.start - 40) : d.start].rsplit(None, 2)
        before = head[-1].lower() if head else ""
        if before in ("the", "mid", "early", "late") and len(head) > 1:
            before = head[-2].lower()
        found.append(Mention("year", d.value, d.text, d.start, d.end, before=before))
    found += quarters(text) if "Q" in text or "uarter" in text else []
    found += seasons(text, years=years)  # "in the autumn of 2021", "the first half of 2024"
    for m in _WEEKDAY.finditer(lowered) if same and "day" in lowered else ():
        found.append(Mention("weekday", (m.group(),), text[m.start() : m.end()], *m.span()))
    return found


def calendar_mentions(text: str) -> list[Mention]:
    """Every time and date in ``text`` (a time wins over a date it overlaps)."""
    clock = times(text)
    parts = day_parts(text)  # "on the evening of 14 July"
    clock = sorted([*clock, *parts], key=lambda t: t.start) if parts else clock
    return clock + [d for d in dates(text) if not any(t.start <= d.start < t.end for t in clock)]


def mentions(text: str, *, calendar: list[Mention] | None = None) -> list[Mention]:
    """Every time, date and quantity in ``text`` (times and dates win over bare numbers).

    ``calendar``: the text's ``calendar_mentions`` when they are known already.
    """
    if calendar is None:
        calendar = calendar_mentions(text)
    # "half a million", "a handful of", "aged 45", "the second-largest city": read first
    vague = [*vague_amounts(text), *ages(text), *ranks(text), *score_words(text), *race_times(text)]
    found = quantities(text, skip=[*calendar, *vague] if vague else calendar)
    if vague:
        found = sorted([*found, *vague], key=lambda m: m.start)
    if found:
        found = lengths_of(text, elided_units(text, compound_measures(text, found)))
    return calendar + margins(text, point_changes(text, found))  # "from 65% to 60%": 5 points


def describe_time(mention: Mention) -> str:
    hour, minute = _format_minutes(int(str(mention.value[0])))
    return f"{hour:02d}:{minute:02d} {mention.zone}"
