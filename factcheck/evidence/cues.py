"""Value cues: numbers, dates, years, weekdays and clock times that agree or clash.

The passage is narrowed to the ``window`` of words that align with the claim
(``sides.aligned_window``) before its values are read.
"""

from __future__ import annotations

from factcheck.evidence.bands import APPROXIMATE, QUALIFIERS
from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side, make_cue
from factcheck.evidence.units import CURRENCIES, word_before
from factcheck.workspace import Cue, CueKind, stem

_AMOUNT_KINDS = frozenset({"number", "tally"})
_KINDS = {"time": CueKind.TIME, "number": CueKind.NUMBER, "tally": CueKind.NUMBER}


def number_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """Amounts, tallies, dates, months, years, weekdays and clock times that agree or clash."""
    claimed = claim.mentions
    if not claimed:
        return []
    lo = passage.words[window[0]].start if window[1] > window[0] else 0
    hi = passage.words[window[1] - 1].end if window[1] > window[0] else len(passage.text)
    # An amount counts when it reaches into the window ("between 29 and [50 percent]").
    # Amounts are the dearest to read: only when the claim has one to compare.
    amounts = any(m.kind in _AMOUNT_KINDS for m in claimed)
    found = passage.mentions if amounts else passage.calendar
    # A tally counts anywhere in the passage: it names its vote or game itself, and the
    # sentence that gives it often puts it last ("The bill cleared the Senate on Tuesday by
    # a vote of 51 to 49").
    theirs = [m for m in found if (lo < m.end and m.start < hi) or m.kind == "tally"]
    cues = []
    for mine in claimed:
        same = [m for m in theirs if _comparable(mine, m)]
        if not same:
            continue
        if len(same) > 1:
            same = _about_the_same(claim, mine, passage, same)
        kind = _KINDS.get(mine.kind, CueKind.DATE)
        equal = next((m for m in same if _equal(mine, m)), None)
        if (
            equal is None
            and not mine.unit
            and any(_equal(mine, m) for m in theirs if m.kind == "number")
        ):
            continue  # a bare figure the passage gives, whatever it counts there (figures.py)
        if equal is not None:
            agreed = CueKind.AGREEMENT
            cues.append(
                make_cue(agreed, mine.text, passage, equal.start, equal.end, conflict=False)
            )
        else:
            other = same[0]
            cues.append(make_cue(kind, mine.text, passage, other.start, other.end, conflict=True))
    return cues


def _about_the_same(
    claim: Side, mine: Mention, passage: Side, same: list[Mention]
) -> list[Mention]:
    """Of several amounts the passage gives of the claim's kind, those said of what the
    claim's is said of ("[Prices rose] by 5%" against "Wages grew by 5% while [prices
    rose] by 7%": the 7%). An amount is left out only when another has the two content
    words the claim's has before it (not a unit's letter, not a qualifier) and its own
    words before are none of the claim's ("[wages grew]"). Dates are all kept."""
    if mine.kind != "number":
        return same
    anchor = _anchor(claim.text, mine.start)
    if len(anchor) < 2:
        return same  # one word is too little to tell ("80cm to 2 metres": "rise")
    anchors = [_anchor(passage.text, m.start) for m in same]
    if not any(anchor <= a for a in anchors):
        return same
    words = claim.content_stems()
    return [m for m, a in zip(same, anchors, strict=True) if anchor <= a or not a or a & words]


def _anchor(text: str, start: int) -> set[str]:
    return {
        w
        for w in word_before(text, start, words=2).split()
        if len(w) > 2 and w not in _QUALIFIER_STEMS
    }


_QUALIFIER_STEMS = frozenset(stem(w) for q in QUALIFIERS for w in q.split())


_CALENDAR = frozenset({"date", "month"})
_SHARES = frozenset({"%", "pp"})
# "4 percentage points" and "4 points" (of a share): the same unit.
_POINTS = frozenset({"pp", stem("points")})


def _comparable(mine: Mention, theirs: Mention) -> bool:
    """Whether two mentions talk about the same thing, so a different value is a clash."""
    if mine.kind in _CALENDAR and theirs.kind in _CALENDAR:
        return True  # "March 3" and "April 2025" both say which month
    if mine.kind != theirs.kind:
        return False
    if mine.kind == "time":
        return mine.zone == theirs.zone  # "0700 GMT" is another clock, not another time
    if mine.kind == "number":
        return _same_thing(mine, theirs)
    if mine.kind == "year":
        return mine.before == theirs.before and mine.before not in ("", "and", "to", "-")
    return True  # tallies, weekdays


def _same_thing(mine: Mention, theirs: Mention) -> bool:
    """Two amounts count the same thing: the same noun or measure after them, or the noun
    of one is the word after the other's ("two people died" / "no deaths": die)."""
    if not mine.unit and not theirs.unit:
        # A bare figure ("a population of 80,000", "the toll rose to 45") is compared
        # with one after the same two content words (units.word_before).
        return mine.before == theirs.before != ""
    if not mine.unit or not theirs.unit:
        return False
    if mine.unit in CURRENCIES and theirs.unit in CURRENCIES:
        return True  # another currency is another figure, never another thing
    if {mine.unit, theirs.unit} == _POINTS:
        return True
    if {mine.unit, theirs.unit} == _SHARES:
        # "3 percentage points" and "3 per cent" of one change: the unit mixed up. Other
        # values are other figures ("rose 3 points to 45%").
        return mine.low == theirs.low and mine.high == theirs.high
    if mine.unit == "duration" == theirs.unit:
        return mine.before == theirs.before != ""  # what lasted: units.word_before
    return mine.unit == theirs.unit or mine.unit == theirs.then or mine.then == theirs.unit


def _equal(mine: Mention, theirs: Mention) -> bool:
    if mine.kind in _CALENDAR:
        return _same_day(mine.value, theirs.value)
    if mine.kind == "number":
        other = mine.unit != theirs.unit and {mine.unit, theirs.unit} != _POINTS
        if other and (mine.unit in CURRENCIES or mine.unit in _SHARES):
            return False  # 500 euros is not 500 dollars, 3 points not 3 per cent
        # Intervals meet: "roughly 300" and "312", "over 5,000" and "6,000". A figure
        # converted to other units carries the rounding of its last digit ("20 in" for
        # 50.8 cm): the coarser of the two roundings, and never more than an approximate
        # figure's band. Not their sum: "2 km" rounded up and "2 miles" rounded down would
        # meet, and no writer converts 2 km into 2 miles, nor 1 tonne into 1,500 kg.
        slack = 0.0
        if mine.written != theirs.written:
            largest = max(abs(v) for v in (mine.low, mine.high, theirs.low, theirs.high))
            slack = min(max(mine.grain, theirs.grain), APPROXIMATE * largest)
        # Rates over other periods are put over the claim's: "$600,000 a year" is "$50,000
        # a month", and "$50,000 a year" is not. A figure without a period is taken as is.
        scale = mine.per / theirs.per if mine.per and theirs.per else 1.0
        low, high = theirs.low * scale, theirs.high * scale
        return mine.low <= high + slack and low <= mine.high + slack
    return mine.value == theirs.value


def _same_day(mine: tuple[object, ...], theirs: tuple[object, ...]) -> bool:
    """Dates (month, day, year) and months (month, year) agree on every part both give."""
    if mine[0] != theirs[0]:
        return False
    if len(mine) == 3 and len(theirs) == 3 and mine[1] != theirs[1]:
        return False
    return mine[-1] is None or theirs[-1] is None or mine[-1] == theirs[-1]
