"""A claim's figure: the amount, tally, date or time that is its checkable content.

"Roughly 300 people attended the rally" is not stated by "The rally was held in the main
square", however close their meanings (cosine 0.63), nor "Two people died in the fire" by
"People died in the fire". The stance supports a claim that gives a figure only when the
passage gives it too: the number cues agree on each of its figures (agreement cues). The
same number counting something else does not count: "300 people died in the floods" is not
stated by "The floods destroyed 300 homes" (cosine 0.82).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.evidence.compounds import DOUBLING
from factcheck.evidence.earlier import another_time
from factcheck.evidence.instances import another_instance
from factcheck.evidence.lexicon import NEGATORS, NO_ONE, family
from factcheck.evidence.mention import Mention
from factcheck.evidence.nobody import counts_people, denied_events, none_unstated
from factcheck.evidence.pointchange import CHANGE
from factcheck.evidence.ratios import HALVING
from factcheck.evidence.scorewords import CLEAN, DRAW
from factcheck.evidence.seasons import SPAN
from factcheck.evidence.sides import Side, known
from factcheck.evidence.tallies import MARGIN, UNANIMOUS
from factcheck.workspace import Cue, CueKind

# A bare year is often only the setting ("in 2019, scientists said ..."), and a weekday
# seldom the point: neither is required.
FIGURE_KINDS = frozenset({"number", "tally", "date", "month", "time", SPAN})
# Written numbers that are seldom a figure to check: "one of the two raw materials".
_NOT_FIGURES = frozenset({"one", "a", "an", "single"})
_ORDINAL = ("st", "nd", "rd", "th")
# The size of the group a count of none is taken from ("None of the 200 runners"): whom it
# counts, not a figure to check. (A part's group stays one: "one of the four genera".)
_NONE_OF = re.compile(r"\bnone\s+of\s+(?:the|its|their|these|those|our)\s+\Z", re.I)
# A bare number right after a capitalised word after an article: a model's number ("the
# Orion 9", "its Model 3"), not a count; unless a name follows it, as in a score line.
# Without the article, or in capitals, it stays a figure: "(see Figure 1)", "the CO 2".
_MODEL = re.compile(r"\b(?:[Tt]he|an?|its|their|his|her)\s+[A-Z][a-z][A-Za-z]*\s\Z")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def _model_number(text: str, m: Mention) -> bool:
    """Whether the bare number ``m`` is a name's (``_MODEL``)."""
    if m.written or m.unit in ("usd", "gbp", "eur", "%") or not m.text[:1].isdigit():
        return False
    return bool(_MODEL.search(text, 0, m.start)) and not _NAME_AFTER.match(text, m.end)


def _not_figure(m: Mention) -> bool:
    """A lone "one" is seldom a figure, but a margin of one is ("passed by one vote")."""
    return m.text.lower() in _NOT_FIGURES and m.written != MARGIN


def claim_figures(claim: Side) -> list[Mention]:
    """The claim's figures: its mentions of ``FIGURE_KINDS``, less a "no X" (it describes:
    "children with no symptoms"), a fraction ("half of"), ordinals ("the 20th century")
    and a lone "one". Read once per claim (do not change the list)."""
    return known(claim, _figures)


_NOT_GIVEN = frozenset(
    {"fraction", "century", "multiple", "doubling", "loose", "first", "part", CHANGE, HALVING}
)


def _figures(claim: Side) -> list[Mention]:
    found = []
    for m in claim.mentions:
        if m.kind not in FIGURE_KINDS:
            continue
        first = m.text.split(maxsplit=1)[0].lower() if m.text.strip() else ""
        if first in NEGATORS or first == "zero" or _not_figure(m):
            continue
        if m.value in (UNANIMOUS, DRAW, CLEAN):
            continue  # "voted unanimously to": how, as often as a count (tallies.py)
        if m.written in _NOT_GIVEN:
            # "half of voters", "twice as often", "doubled", "infected hundreds", "the
            # biggest use" describe as often as they count (compounds.py, vague.py,
            # ranks.py); "the 19th century" and "on Tuesday morning" set the scene
            # (eras.py, dayparts.py)
            continue
        if claim.text[m.end : m.end + 2].lower() in _ORDINAL:
            continue
        if _NONE_OF.search(claim.text, max(0, m.start - 30), m.start):
            continue  # "None of the [200] runners needed treatment": who, not what is counted
        if m.kind == "number" and _model_number(claim.text, m):
            continue  # "The Orion [9] starts at $699", "Apollo [11]": a name's number
        found.append(m)
    return found


def missing_figure(claim: Side, passage: Side, cues: Sequence[Cue]) -> bool:
    """Whether the claim gives a figure the passage does not give: every figure must be
    agreed on by a number cue ("Two people died in the fire on Monday" is not stated by
    "The fire on Monday started in the kitchen"). A bare number that counts nothing
    ("the death toll rose to 45") has no cue to agree on: any passage number of the same
    value gives it."""
    if _event_missing(claim, passage) or _another_count(claim, passage):
        return True
    if none_unstated(claim, passage):
        return True  # "No arrests were made at the march" / "5,000 people joined it"
    if known(claim, _dated_from_today) and any(m.kind in _DATED for m in passage.calendar):
        # "began last week" against "in January": a date the passage gives is not the
        # claim's time, which only the story's own date could tell
        return not _RELATIVE.search(passage.text)
    agreed = {c.claim for c in cues if c.kind is CueKind.AGREEMENT}
    # "fell from 40% to 35%" against "fell five points to 35%": the change agreed and the
    # level it ends at give the level it started from
    changes = [m for m in claim.mentions if m.written == CHANGE and m.text in agreed]
    for figure in claim_figures(claim):
        if figure.text in agreed:
            continue
        if any(c.start <= figure.start and figure.end <= c.end for c in changes):
            continue
        if figure.kind == "number" and not figure.unit and _same_value(figure, passage):
            continue
        return True
    return _other_share(claim, passage, agreed)


# A time said from the writer's day: "last week", "yesterday", "this month".
_RELATIVE = re.compile(
    r"\b(?:yesterday|(?<!the )(?:last|this|next)\s+(?:week|weekend|month|year|night))\b"
    r"(?!\s+of\b)",  # not "the last week of April"
    re.I,
)
_DATED = frozenset({"date", "month"})


def _dated_from_today(claim: Side) -> bool:
    """Whether the claim says a time from the writer's day (``_RELATIVE``): read once per
    claim, which meets every passage."""
    return _RELATIVE.search(claim.text) is not None


_SHARES = frozenset({"fraction", DOUBLING, HALVING})


def _other_share(claim: Side, passage: Side, agreed: set[str]) -> bool:
    """Whether the claim gives a share as a fraction ("nearly a quarter of adults") that
    the passage does not agree with while it gives a share of its own ("3%"): a fraction
    need not be repeated, but a passage that gives another share does not state it. So
    with a rise written as a multiple ("tripled" against "made up 16% of sales")."""
    shares = [m for m in claim.mentions if m.written in _SHARES and m.text not in agreed]
    return bool(shares) and any(m.kind == "number" and m.unit == "%" for m in passage.mentions)


def held_figures(claim: Side, cues: Sequence[Cue]) -> list[Mention]:
    """The claim's figures a number cue agrees on (a bare year is not one)."""
    agreed = {c.claim for c in cues if c.kind is CueKind.AGREEMENT}
    if not agreed:
        return []
    # A rise written as a multiple ("almost doubled") met by a rise in per cent ("rose
    # 95%") is held too, though a passage need not give it.
    doubled = [m for m in claim.mentions if m.written == DOUBLING]
    return [figure for figure in [*claim_figures(claim), *doubled] if figure.text in agreed]


def month_stems(claim: Side, figures: Sequence[Mention]) -> frozenset[str]:
    """The stems of the claim's words inside the months among ``figures``: "march" of
    "March 2025". A month agreed on is held once, as a figure, not again as a word: many
    things happen in a month ("collapsed in March" does not state "will open in March
    2025"), where a day's date is seldom shared by chance ("must be in by January 31" is
    "The deadline is 31 January")."""
    months = [f for f in figures if f.kind == "month"]
    return frozenset(
        w.stem for w in claim.words if any(f.start <= w.start and w.end <= f.end for f in months)
    )


def converted_stems(claim: Side, figures: Sequence[Mention], passage: Side) -> frozenset[str]:
    """The stems of the claim's words inside the measures among ``figures`` that the
    passage does not hold: "kg" of "120 kg" met by "265 lb", "100f" met by "38C". A
    measure agreed on in another unit is held, as a figure: its unit's word is not a word
    of the claim the passage lacks (a conversion is no sign of another topic)."""
    measures = [f for f in figures if f.grain > 0]  # only measures have a grain (units.py)
    if not measures:
        return frozenset()
    return frozenset(
        w.stem
        for w in claim.words
        if any(f.start <= w.start and w.end <= f.end for f in measures)
        and w.stem not in passage.stem_set
    )


def _same_value(figure: Mention, passage: Side) -> bool:
    return any(
        m.kind == "number" and m.low <= figure.high and figure.low <= m.high
        for m in passage.mentions
    )


def _event_missing(claim: Side, passage: Side) -> bool:
    """Whether the claim says nobody took part in an event ("Nobody was injured when the
    roof collapsed") and the passage never names the event, in any form of its word
    ("injuries", "injured"), nor counts people harmed (``nobody.counts_people``): it does
    not state the claim, however much else it shares ("The roof collapsed shortly after
    midnight")."""
    if not any(
        m.kind == "number" and m.high == 0 and m.text.lower().startswith(NO_ONE)
        for m in claim.mentions
    ):
        return False  # "none of these products": a count of things, not of people
    events = {claim.words[i].stem for i in denied_events(claim)}
    if not events:
        return False
    if another_instance(claim, passage) or another_time(claim, passage):
        return True  # "Four people died in similar flooding last year": not the claim's
    wanted = {family(e) for e in events}
    return not any(family(w.stem) in wanted for w in passage.words) and (
        counts_people(passage) is None
    )


def _another_count(claim: Side, passage: Side) -> bool:
    """Whether the claim counts none of something ("zero fatalities") and the passage
    counts it at another time or of another instance ("two fatalities last year", "in a
    similar crash"): no clash (``cues``), and no statement of the claim either."""
    if not any(m.kind == "number" and m.low == m.high == 0 for m in claim.mentions):
        return False
    counted = any(m.kind == "number" and m.high > 0 for m in passage.mentions)
    return counted and (another_time(claim, passage) or another_instance(claim, passage))
