"""Value cues: numbers, dates, years, weekdays and clock times that agree or clash.

The passage is narrowed to the ``window`` of words that align with the claim
(``figurewindow.aligned_window``) before its values are read.
"""

from __future__ import annotations

from factcheck.evidence.ages import said_as_age
from factcheck.evidence.aside import aside
from factcheck.evidence.bands import bounds_apart, figures_apart
from factcheck.evidence.barefigure import kin_of
from factcheck.evidence.corrections import unretracted
from factcheck.evidence.cricket import CRICKET, two_margins
from factcheck.evidence.dayparts import PART, parts_meet
from factcheck.evidence.earlier import another_time
from factcheck.evidence.eras import AD, era_and_year, same_year
from factcheck.evidence.extents import extent
from factcheck.evidence.figurewindow import clause_reach
from factcheck.evidence.instances import (
    anchor_words,
    another_instance,
    contrasted,
    other_verb,
)
from factcheck.evidence.kinds import crowd_of
from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.evidence.monthparts import CALENDAR, given_anywhere, same_day
from factcheck.evidence.monthyear import other_year, year_apart
from factcheck.evidence.numbers import APPROXIMATE_MINUTES
from factcheck.evidence.occasions import (
    another_period,
    dated_otherwise,
    other_occasion,
    other_ranking,
    period_of_another,
)
from factcheck.evidence.phases import event_phase, other_event
from factcheck.evidence.placedoer import anywhere
from factcheck.evidence.playspans import other_span_of_play
from factcheck.evidence.ranks import ranked
from factcheck.evidence.rounding import slack as rounded
from factcheck.evidence.seasons import SPANS, spans_meet
from factcheck.evidence.shares import SHARES, other_share, share_against_level
from factcheck.evidence.sides import Side, make_cue
from factcheck.evidence.stages import other_stage
from factcheck.evidence.subjects import dated_of_another_kind
from factcheck.evidence.tallies import MARGIN, margin_apart, margin_meets, same_tally
from factcheck.evidence.tenses import will_against_last
from factcheck.evidence.units import CURRENCIES
from factcheck.evidence.zeros import none_hurt_of_dead, zero_or
from factcheck.workspace import Cue, CueKind, stem

_AMOUNT_KINDS = frozenset({"number", "tally"})
_KINDS = {"time": CueKind.TIME, "number": CueKind.NUMBER, "tally": CueKind.NUMBER}


def number_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """Amounts, tallies, dates, months, years, weekdays and clock times that agree or clash."""
    claimed = claim.mentions
    if not claimed:
        return []
    lo = passage.words[window[0]].start if window[1] > window[0] else 0
    empty = window[1] <= window[0]
    hi = len(passage.text) if empty else passage.words[clause_reach(passage, window[1]) - 1].end
    # An amount counts when it reaches into the window ("between 29 and [50 percent]").
    # Amounts are the dearest to read: only when the claim has one to compare.
    amounts = any(m.kind in _AMOUNT_KINDS for m in claimed)
    found = passage.mentions if amounts else passage.calendar
    # A tally, a count of none and a name's place are read anywhere (placedoer.anywhere).
    theirs = [m for m in found if (lo < m.end and m.start < hi) or anywhere(m, claim, passage)]
    theirs = unretracted(passage.text, theirs)  # "An earlier version of this story said"
    cues, kinds = [], []  # kinds: each clash's claim value's kind (occasions.another_period)
    for mine in claimed:
        same = [
            m
            for m in theirs
            if (_comparable(mine, m) or said_as_age(claim.text, mine, passage.text, m))
            and not share_against_level(claim, mine, passage, m)
            and not _said_of_another(claim, mine, passage, m)
            and not aside(claim, mine, passage, m)
        ]
        if not same:
            # "2,000 people" / "about 2,000 residents", or bare: the same figure, never a clash.
            kin = next((m for m in theirs if kin_of(claim, mine, passage, m, _equal)), None)
            if kin is not None:
                cues.append(
                    make_cue(
                        CueKind.AGREEMENT, mine.text, passage, kin.start, kin.end, conflict=False
                    )
                )
            continue
        # A passage value that is another of the claim's own figures answers that one ("2
        # million in 2000 and 3 million in 2020" against "3 million in 2020").
        same = [
            m
            for m in same
            if _equal(mine, m)
            or not any(o is not mine and o.kind == mine.kind and _equal(o, m) for o in claimed)
        ]
        if not same:
            continue
        if len(same) > 1:
            same = _about_the_same(claim, mine, passage, same)
        kind = _KINDS.get(mine.kind, CueKind.DATE)
        equal = next((m for m in same if _equal(mine, m)), None)
        if (
            equal is None
            and not mine.unit
            and mine.kind != "tally"  # "51-49" is not "two Republicans"
            and any(_equal(mine, m) for m in theirs if m.kind == "number")
        ):
            continue  # a bare figure the passage gives, whatever it counts there (figures.py)
        if equal is None and mine.kind in _YEARS_AND_MONTHS:
            equal = given_anywhere(mine, unretracted(passage.text, passage.calendar))
            if equal is not None and mine.kind == "year":
                continue  # "early 2020" and "January 2020": no clash, nor quite the same
        if equal is not None and mine.kind in _MOVABLE:  # "due on 12 March, published on 19"
            moved = dated_otherwise(claim, mine, passage, equal, same)
            equal, same = (None, [moved]) if moved is not None else (equal, same)
        if equal is not None and bounds_apart(mine, equal):
            continue  # "passed 420 ppm" and "passed 400 ppm": neither states the other
        if equal is not None:
            agreed = CueKind.AGREEMENT
            cues.append(
                make_cue(agreed, mine.text, passage, equal.start, equal.end, conflict=False)
            )
        else:
            first = same[0]
            if another_instance(claim, passage, near=first.start):
                continue  # "No one was hurt in a similar explosion": not the claim's
            event = mine.kind == "tally" or zero_or(mine, first) or ranked(mine)
            if event and another_time(claim, passage, first):
                continue  # "Four people died in flooding in the same region in 2012"
            if kind is CueKind.DATE and period_of_another(claim, passage, first):
                continue  # "0.3% in the first quarter and 0.6% in the second"
            cues.append(make_cue(kind, mine.text, passage, first.start, first.end, conflict=True))
            kinds.append(mine.kind)
    return another_period(cues, kinds)


def _said_of_another(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the passage's value is said of another thing than the claim's: a distance
    against a size ("2 km from the trail" against "10 km long"), a date of another phase
    of an event ("closed on" against "reopened on": ``instances.other_event``)."""
    if ranked(mine) and ranked(theirs) and other_ranking(claim, passage, theirs):
        return True  # "Beijing is China's second-largest city" / "Shanghai ... largest"
    if other_share(claim, mine, passage, theirs):
        return True  # "doubled" / "95% of adults"; "a quarter of adults" / "teenagers: 3%"
    if other_stage(claim, mine, passage, theirs) or will_against_last(claim, mine, passage, theirs):
        return True  # "3-1 in the final" / "2-0 in the group stage"; "will" / "last March"
    if other_span_of_play(claim, mine, passage, theirs):
        return True  # "a hat-trick" / "24 goals in 30 games this season"; "at halftime"
    if mine.unit == "length" == theirs.unit:
        kinds = {extent(claim.text, mine), extent(passage.text, theirs)}
        return len(kinds) == 2 and "" not in kinds  # "2 km from" / "10 km long" / "30 m deep"
    if mine.kind == "year" == theirs.kind and other_verb(claim, passage, theirs):
        return True  # "closed in 1989" / "was demolished in 1995"
    calendar = {mine.kind, theirs.kind} <= CALENDAR | SPANS  # "the first half of 2022" too
    if calendar and not same_day(mine, theirs):
        # "go on sale on 1 February" for "runs from 3-5 March" (instances.other_occasion);
        # "Train fares rise on 1 March" for "Bus fares rise on 1 April" (subjects)
        return any(said(claim, mine, passage, theirs) for said in _OTHER_DATES)
    if mine.kind in _YEARS_AND_MONTHS and theirs.kind in _YEARS_AND_MONTHS:
        return other_event(claim, mine, passage, theirs) or year_apart(claim, mine, passage, theirs)
    if AD in (mine.unit, theirs.unit):
        # A century or a year of an era: only against one of the same verb ("built in the
        # 19th century" / "built in 1912"); a passage's other years and centuries are
        # mostly other periods ("the early 20th century" / "the late-20th century warming")
        # or when a study was made ("in the 20th century" / "in 2005, scientists").
        verbs = event_phase(claim.text, mine.start)[0], event_phase(passage.text, theirs.start)[0]
        return verbs[0] != verbs[1] and not _equal(mine, theirs)
    return False


def _about_the_same(
    claim: Side, mine: Mention, passage: Side, same: list[Mention]
) -> list[Mention]:
    """Of several amounts the passage gives of the claim's kind, those said of what the
    claim's is said of ("[Prices rose] by 5%" against "Wages grew by 5% while [prices
    rose] by 7%": the 7%). An amount is left out only when another has the two content
    words the claim's has before it (not a unit's letter, not a qualifier) and its own
    words before are none of the claim's ("[wages grew]"), and, for an amount equal to the
    claim's, a contrast word sets it apart ("while"). Dates are all kept."""
    if mine.kind != "number":
        return same
    anchor = anchor_words(claim.text, mine.start)
    if len(anchor) < 2:
        return same  # one word is too little to tell ("80cm to 2 metres": "rise")
    anchors = [anchor_words(passage.text, m.start) for m in same]
    if not any(anchor <= a for a in anchors):
        return same
    words = claim.content_stems()
    mine_said = [m for m, a in zip(same, anchors, strict=True) if anchor <= a]
    return [
        m
        for m, a in zip(same, anchors, strict=True)
        if anchor <= a
        or not a
        or a & words
        or (_equal(mine, m) and not contrasted(passage.text, m, mine_said))
    ]


_YEARS_AND_MONTHS = CALENDAR | {"year"}
_OTHER_DATES = (other_occasion, other_event, dated_of_another_kind)
_MOVABLE = CALENDAR | {"weekday"}  # "moved from Wednesday to Thursday" (dated_otherwise)


# "4 percentage points" and "4 points" (of a share): the same unit.
_POINTS = frozenset({"pp", stem("points")})


def _comparable(mine: Mention, theirs: Mention) -> bool:
    """Whether two mentions talk about the same thing, so a different value is a clash."""
    if mine.kind in SPANS or theirs.kind in SPANS:  # "autumn", "Q3" against a month
        return spans_meet(mine, theirs) is not None
    if mine.kind in CALENDAR or theirs.kind in CALENDAR:  # "March 3" and "April 2025"
        return (mine.kind in CALENDAR and theirs.kind in CALENDAR) or other_year(mine, theirs)
    if {mine.kind, theirs.kind} == {"number", "year"}:
        return era_and_year(mine, theirs) is not None
    if {mine.kind, theirs.kind} == {"number", "tally"}:
        return MARGIN in (mine.written, theirs.written)  # "won by two goals" / "won 3-1"
    if mine.kind != theirs.kind:
        return False
    if mine.kind == "time":
        return mine.zone == theirs.zone  # "0700 GMT" is another clock, not another time
    if mine.kind == "number":
        same = _same_thing(mine, theirs) or two_margins(mine, theirs)  # "by 45 runs"
        return same and not margin_apart(mine, theirs)
    if mine.kind == "year":
        return mine.before == theirs.before and mine.before not in ("", "and", "to", "-")
    return True  # tallies, weekdays


def _same_thing(mine: Mention, theirs: Mention) -> bool:
    """Two amounts count the same thing: the same noun or measure after them, or the noun
    of one is the word after the other's ("two people died" / "no deaths": die)."""
    if not mine.unit and not theirs.unit:
        # A bare figure ("a population of 80,000", "the toll rose to 45") is compared
        # with one after the same two content words (wordbefore.word_before).
        return mine.before == theirs.before != ""
    if not mine.unit or not theirs.unit:
        return False
    units = {mine.unit, theirs.unit}
    if (mine.unit in CURRENCIES and theirs.unit in CURRENCIES) or units == _POINTS:
        return True  # another currency is another figure, never another thing
    if len(units) == 2 and "%" in units and units <= SHARES | _POINTS:
        # "3 percentage points" ("points") and "3 per cent" of one change: the unit mixed up. Other
        # values are other figures ("rose 3 points to 45%").
        return mine.low == theirs.low and mine.high == theirs.high
    if bool(mine.per) != bool(theirs.per):
        return False  # "90 kilometres per hour" is a speed, not a length; "300 cases a day"
    if mine.unit == "duration" == theirs.unit:
        return mine.before == theirs.before != ""  # what lasted: wordbefore.word_before
    # The noun after the claim's counted word ("two people [died]") is what it counts too,
    # but not after a "no X" ("no statistical evidence": "no evidence" is no count of it).
    then = family(mine.then) if mine.high or mine.low else ""  # "visited" / "visitors"
    if none_hurt_of_dead(then or mine.unit, mine, theirs) or crowd_of(mine, theirs):
        return True  # "Two people died" / "No one was injured"; "fans" / "a crowd of"
    return mine.unit in (theirs.unit, theirs.then) or (bool(then) and then == family(theirs.unit))


def _equal(mine: Mention, theirs: Mention) -> bool:
    if mine.kind in SPANS or theirs.kind in SPANS:
        return spans_meet(mine, theirs) is True
    if mine.kind in CALENDAR or mine.kind == "quarter":
        return theirs.kind != "year" and same_day(mine, theirs)  # "Q3" / "the third quarter"
    if {mine.kind, theirs.kind} == {"number", "year"}:
        pair = era_and_year(mine, theirs)
        return pair is not None and pair[0].low <= pair[1] <= pair[0].high
    if mine.kind == "year":  # a month of another year is no year (monthyear.other_year)
        return theirs.kind == "year" and same_year(mine.value, theirs.value)
    if {mine.kind, theirs.kind} == {"number", "tally"}:
        margin, tally = (mine, theirs) if mine.kind == "number" else (theirs, mine)
        return margin_meets(margin, tally)
    if mine.kind == "number":
        other = mine.unit != theirs.unit and {mine.unit, theirs.unit} != _POINTS
        if other and (mine.unit in CURRENCIES | SHARES | _POINTS | CRICKET):
            return False  # 500 euros is not 500 dollars, 3 points not 3 per cent, 5 runs
        if figures_apart(mine, theirs):
            return False  # "more than 5,000" / "about 4,800"; "up to 3 days" / "up to 9"
        # Intervals meet: "roughly 300" and "312", "over 5,000" and "6,000", with the
        # rounding of a conversion or of a share's decimals ("74%" / "74.4%": ``rounding``).
        slack = rounded(mine, theirs)
        # Rates over other periods are put over the claim's: "$600,000 a year" is "$50,000
        # a month", and "$50,000 a year" is not. A figure without a period is taken as is.
        scale = mine.per / theirs.per if mine.per and theirs.per else 1.0
        low, high = theirs.low * scale, theirs.high * scale
        return mine.low <= high + slack and low <= mine.high + slack
    if mine.kind == "tally":
        return same_tally(mine.value, theirs.value)
    if mine.kind == "time" and PART in (mine.written, theirs.written):
        return parts_meet(mine, theirs, APPROXIMATE_MINUTES)  # "the evening of 14 July"
    if mine.kind == "time" and "~" in (mine.before, theirs.before):
        # "shortly before 10 p.m." and "about 9.50pm" agree
        gap = abs(int(str(mine.value[0])) - int(str(theirs.value[0])))
        return min(gap, 1440 - gap) <= APPROXIMATE_MINUTES
    return mine.value == theirs.value
