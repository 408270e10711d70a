"""A month or a date of one year against a bare year of another: "The museum opens in March
2025" against "The museum will open in 2026" is the claim's event dated otherwise, as "in
2025" against "in 2026" is (``cues``). Against its own year a month neither clashes nor is
stated ("opened in 2025" does not give March).

Passages give other years for other events, so the pair is compared only where both sides
date an event: the year after "in" (not "to 2026", a range's end, nor a decade), the month
or date after a word that dates by it ("in March 2025", "on 4 May"; not "a study (September
20, 2007)"), and not when the passage gives the claim's own year elsewhere ("took office in
June 2022, faces re-election in 2026" against "elected in May 2022": the other year is
another event's), nor the passage's year after a passive verb the claim lacks ("was sold in
2021" against "opened in March 2019": ``instances.other_verb``).
"""

from __future__ import annotations

from factcheck.evidence.earlier import year_of
from factcheck.evidence.instances import other_verb
from factcheck.evidence.mention import Mention
from factcheck.evidence.monthparts import CALENDAR
from factcheck.evidence.sides import Side

# Words that date an event by a month or a date: "opens [in] March 2025", "[on] 4 May".
_DATING = frozenset("in on from by until since".split())


def other_year(mine: Mention, theirs: Mention) -> bool:
    """Whether one mention is a month or date of a year and the other a year "in" another
    year: the pair ``cues`` compares as one event's dates."""
    day, year = (theirs, mine) if mine.kind == "year" else (mine, theirs)
    if day.kind not in CALENDAR or year.kind != "year" or year.before != "in":
        return False
    return day.value[-1] is not None and not year.value[1] and day.value[-1] != year.value[0]


def year_apart(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """For a pair ``other_year`` compares: whether the passage's value dates another event
    than the claim's (see the module's docstring)."""
    if mine.kind == theirs.kind == "year":
        return _named(passage, theirs) and not _named(claim, mine)
    if (mine.kind == "year") == (theirs.kind == "year"):
        return False
    side, day = (passage, theirs) if mine.kind == "year" else (claim, mine)
    before = side.text[max(0, day.start - 8) : day.start].split()
    if not before or before[-1].lower() not in _DATING:
        return True  # "a study (September 20, 2007)": a note of when
    if day is mine and any(year_of(m) == mine.value[-1] for m in passage.calendar):
        return True  # the passage dates the claim's year otherwise: this year is another's
    return other_verb(claim, passage, theirs)


# A period of a year named as a thing, not as when the event was: "Forecasters said [the
# summer of 2024] would be wetter" dates no event, so its year is no clash with "The drought
# began in the summer of 2022" (a year that dates the claim's event). Only after "the" and a
# word of a period, with no word that dates by it before them ("in the summer of 2024").
_PERIODS = frozenset("spring summer autumn fall winter start beginning middle end half".split())
_DATES_BY = _DATING | frozenset("during through throughout over before after at for".split())


def _named(side: Side, year: Mention) -> bool:
    """Whether ``year`` is that of a period named as a thing (see ``_PERIODS``)."""
    words = side.text[max(0, year.start - 40) : year.start].lower().split()[-4:]
    if len(words) < 3 or words[-1] != "of" or words[-2] not in _PERIODS or words[-3] != "the":
        return False
    return len(words) < 4 or words[-4] not in _DATES_BY
