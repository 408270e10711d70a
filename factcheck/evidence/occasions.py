"""Whether a passage's date is the claim's occasion: a date said of another occasion
("Tickets for the festival go on sale on 1 February" for "The festival runs from 3-5
March", "The museum's new wing opened on 3 June 2015" for "The museum opened on 12 May
2001"), or of another figure ("0.3% in the first quarter and 0.6% in the second" for "0.6%
in the second quarter"), is no clash.

Each question looks at a few words around the date: a passage of thousands of dates is
read in linear time (the word offsets and families are read once per passage).
"""

from __future__ import annotations

import re

from factcheck.evidence.lastnext import last_and_next
from factcheck.evidence.lexicon import ANTONYM_INDEX, ANTONYMS, family
from factcheck.evidence.mention import Mention
from factcheck.evidence.monthparts import same_day
from factcheck.evidence.phases import dated_word, event_phase
from factcheck.evidence.placedoer import place_doer
from factcheck.evidence.ranks import PLACE, RANK
from factcheck.evidence.sides import Side, clause_ends_before, known, word_at
from factcheck.evidence.voice import object_is, verb_before
from factcheck.workspace import STOP_WORDS, Cue

# Words between a subject and its verb that are no part of what it names: "The elections
# will [now] be held".
_ADVERBS = frozenset(
    "now also still then already again just only soon later first instead yet never once "
    "since ever even reportedly eventually".split()
)
# Words of a schedule or an intention before "to" and the verb: "The library [is due to]
# open in October" says when the library opens, as "will open" does; "due" is no thing the
# opening is said of.
_SCHEDULED = frozenset(
    "due set expected scheduled planned poised likely going about hoping aiming".split()
)
_SENTENCE_END = (".", "!", "?")
# How far back from a date's verb (``voice.verb_before``) the head of its subject, and
# from a date the start of its sentence, are looked for.
_HEAD_REACH, _SENTENCE_REACH = 8, 60


def _families(side: Side) -> frozenset[str]:
    """The side's word families, kept on the side (``sides.known``): its dates are asked
    about one after another, and a passage meets several claims."""
    return known(side, _read_families)


def _read_families(side: Side) -> frozenset[str]:
    return frozenset(family(w.stem) for w in side.words)


def other_occasion(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether a passage's date is said of another occasion than the claim's: the word it
    is said of ("go on [sale] on 1 February") is no word of the claim, and the claim's own
    ("the festival [runs] from 3-5 March") is nowhere in the passage; or both are said of
    one verb whose subject in the passage is another thing ("The museum's new [wing]
    opened on 3 June 2015" against "The museum opened on 12 May 2001"). A date said of
    another occasion is no clash."""
    mine_word, _ = event_phase(claim.text, mine.start)
    theirs_word, _ = event_phase(passage.text, theirs.start)
    if not mine_word or not theirs_word:
        return False
    if last_and_next(claim, mine, passage, theirs):
        return True  # "The council last met on 17 April" / "meets on 8 May"
    claim_words = {family(w.stem) for w in claim.words}
    passage_words = _families(passage)
    if family(theirs_word) not in claim_words:
        # Of another verb ("The festival, held each August" for "takes place every July")
        # it is the claim's event still when the sentence is about the claim's thing.
        subject = _first_content(passage, theirs.start)
        return family(mine_word) not in passage_words and subject not in claim_words
    if family(theirs_word) != family(mine_word):
        return False
    # The claim's thing is named in the passage, but the verb's subject is another part of
    # it ("The museum's new [wing] opened"; not "The truce [came] into effect").
    head = _head_before(passage, theirs_word, theirs.start)
    own = _head_before(claim, mine_word, mine.start)
    if head is None or head in claim_words or own not in passage_words:
        return False
    return not object_is(passage, theirs_word, theirs.start, own)  # "approved the vaccine"


def _first_content(side: Side, before: int) -> str:
    """The first content word of the sentence that reaches offset ``before``: what it is
    about ("[Tickets] for the festival go on sale on 1 February")."""
    words, first = side.words, ""
    i = word_at(side, before) - 1
    for j in range(i, max(-1, i - _SENTENCE_REACH), -1):
        norm = words[j].norm
        if norm not in STOP_WORDS and not norm[:1].isdigit():
            first = family(words[j].stem)
        if j and side.text[words[j - 1].end : words[j].start].strip()[:1] in _SENTENCE_END:
            break  # the sentence starts at word j
    return first


def _head_before(side: Side, word: str, before: int) -> str | None:
    """The content word right before the last ``word`` (a stem) ahead of offset ``before``,
    in its clause: the head of what it is said of ("new [wing] opened"); None when none."""
    words = side.words
    at = verb_before(side, word, before)
    if at is None:
        return None
    for j in range(at - 1, max(-1, at - 1 - _HEAD_REACH), -1):
        if clause_ends_before(side, j + 1):
            return None
        norm = words[j].norm
        if norm in _ADVERBS or norm in STOP_WORDS or norm.endswith("ly") or norm[:1].isdigit():
            continue
        if norm in _SCHEDULED and words[j + 1].norm == "to":
            continue
        return family(words[j].stem)
    return None


def period_of_another(claim: Side, passage: Side, period: Mention) -> bool:
    """Whether a passage's date, month or quarter is said of another figure than the
    claim's: the claim gives an amount, the passage gives it too, and the amount nearest
    the passage's period is another ("GDP grew 0.3% in the first quarter and, revised
    figures show, 0.6% in the second" for "GDP grew 0.6% in the second quarter")."""
    mine = [m for m in claim.mentions if m.kind == "number" and not m.of_a_name]
    if not mine:
        return False  # a passage's amounts are read only when the claim gives one
    theirs = [m for m in passage.mentions if m.kind == "number"]
    if not theirs:
        return False
    given = [m for m in theirs if any(_meets(a, m) for a in mine)]
    if not given:
        return False
    nearest = min(theirs, key=lambda m: min(abs(m.start - period.end), abs(period.start - m.end)))
    return not any(_meets(a, nearest) for a in mine)


def _meets(mine: Mention, theirs: Mention) -> bool:
    return mine.unit == theirs.unit and mine.low <= theirs.high and theirs.low <= mine.high


def dated_otherwise(
    claim: Side, mine: Mention, passage: Side, equal: Mention, same: list[Mention]
) -> Mention | None:
    """Of a passage that gives the claim's date said of a word the claim lacks ("[due] on
    12 March", "[passed] in January") and another date said of the claim's own word
    ("[published] on 19 March", "came into [force] in April"), that other date: the
    claim's occasion is dated otherwise ("The report was published on 12 March"). Also,
    of a passage that moves the claim's date to another ("The vote was moved from
    Wednesday to Thursday"), that other date (dates and weekdays alike)."""
    moved = _moved_to(passage, equal, same)
    if moved is not None or mine.kind == "weekday":
        return moved
    mine_word = event_phase(claim.text, mine.start)[0]
    said = event_phase(passage.text, equal.start)[0]
    # A schedule's date is no event's: "originally due to start on 4 September, finally
    # began on 11 September" dates "The trial began" by its "began".
    if not mine_word or not (said or _scheduled(passage, equal.start)):
        return None
    claim_words = {family(w.stem) for w in claim.words}
    if said and family(said) in claim_words:
        return None
    own = family(mine_word)
    return next(
        (
            m
            for m in same
            if m is not equal and family(event_phase(passage.text, m.start)[0]) == own
        ),
        None,
    )


def _scheduled(passage: Side, offset: int) -> bool:
    """Whether a schedule ("due to", "set to", "scheduled to") stands in the four words
    before the value at ``offset``."""
    words = passage.words
    at = next((k for k, w in enumerate(words) if w.start >= offset), len(words))
    return any(
        words[j].norm in _SCHEDULED and words[j + 1].norm == "to" for j in range(max(0, at - 4), at)
    )


def other_ranking(claim: Side, passage: Side, rank: Mention) -> bool:
    """Whether a passage's rank is said of another thing than the claim's: its sentence is
    about a thing the claim does not name ("Beijing is China's second-largest city" for
    "Shanghai is China's largest city")."""
    mine = {family(w.stem) for w in claim.words}
    if rank.unit == RANK + PLACE and (doer := place_doer(passage, rank)):
        return doer.isdisjoint(mine)  # "Ethiopia's Tadese Alemu finished second"
    subject = _first_content(passage, rank.start)
    return bool(subject) and subject not in mine


# A value of these kinds is a period a statistic is counted over ("in October", "on
# Monday", "in 2019", "in the third quarter"); a full date is an event's.
_PERIODS = frozenset({"month", "year", "quarter", "weekday"})


def another_period(cues: list[Cue], kinds: list[str]) -> list[Cue]:
    """``cues`` without the clashes of a figure given for another period: when the claim's
    figure and its period both differ from the passage's ("Inflation fell to 2.1% in
    October" / "Inflation was 2.4% in September", "40 patients on Monday" / "55 patients
    on Tuesday"), the passage reports another period, not another figure for the claim's.
    ``kinds``: the kind of the claim's value of each clash, in order."""
    clashes = [c for c in cues if c.conflict]
    if len(clashes) < 2 or "number" not in kinds or _PERIODS.isdisjoint(kinds):
        return cues
    apart = {
        id(c)
        for c, kind in zip(clashes, kinds, strict=True)
        if kind == "number" or kind in _PERIODS
    }
    return [c for c in cues if id(c) not in apart]


# How far after a verb its date is looked for, in characters ("opened [in 1932]").
_DATE_REACH = 25


def dated_apart(claim: Side, k: int, passage: Side, i: int) -> bool:
    """Whether claim word ``k`` and passage word ``i`` (two opposites: "closed" and
    "opened", "rose" and "fell") are each dated right after them, to other times: "The
    bridge, opened in 1932," is not against "The bridge closed in early March", nor "Profits
    fell in 2020" against "Profits rose in 2019". The antonym cue then has two events, not
    one said both ways."""
    mine = _date_after(claim, k)
    theirs = _date_after(passage, i) if mine is not None else None
    if mine is None or theirs is None:
        return False
    # One event said both ways is dated alike: the parts both dates give are the same,
    # and they give one at least ("opened in March 1932" / "closed in 1932").
    years = _year(mine), _year(theirs)
    shared = None not in years
    if shared and years[0] != years[1]:
        return True
    if mine.kind in ("date", "month") and theirs.kind in ("date", "month"):
        return not same_day(mine, theirs)
    if mine.kind == theirs.kind and mine.kind in ("weekday", "quarter"):
        return mine.value[0] != theirs.value[0]  # "in the second quarter" on both sides
    if mine.kind == theirs.kind and mine.value == theirs.value:
        return False  # "in the spring" on both sides: one season, one event said both ways
    return not shared  # "in early March" / "in 1932": no part of a date in common


def _date_after(side: Side, k: int) -> Mention | None:
    end = side.words[k].end
    return next(
        (m for m in side.calendar if end <= m.start <= end + _DATE_REACH and m.kind != "time"),
        None,
    )


def _year(mention: Mention) -> object:
    if mention.kind == "year":
        return mention.value[0]
    return mention.value[-1] if mention.kind in ("date", "month", "quarter") else None


# Opposites that are parts of a date ("[early] March", "the [last] week of March"), not events.
_DATE_PARTS = frozenset("early late earlier later first last".split())


def opposite_dated_apart(claim: Side, passage: Side, *, events: bool = False) -> bool:
    """Whether the passage says the opposite of a word of the claim, dated to another time
    (``dated_apart``: "The theatre opened in 1932" for "The theatre closed in 1989"), and
    not the claim's word itself: no clash, and it does not state the claim either
    (``stated.not_stated``). With ``events``, only opposites that are no part of a date:
    two events, so neither date clashes with the other (``stance``)."""
    if not claim.calendar or not passage.calendar:
        return False  # most pairs: no date on one side
    theirs = passage.stem_list
    for k, mine in enumerate(claim.antonym_stems):
        if events and claim.words[k].norm in _DATE_PARTS:
            continue
        for group, side in ANTONYM_INDEX.get(mine, ()):
            opposite = ANTONYMS[group][1 - side]
            own = ANTONYMS[group][side]  # "which opened in 1932, closed in 1989": the claim's
            if not own.isdisjoint(theirs) and (not events or dated_word(passage, own)):
                continue  # too, dated (two events: "fell in May before rising again")
            for i, word in enumerate(theirs):
                if word in opposite and dated_apart(claim, k, passage, i):
                    return True
    return False


# "moved from [Wednesday] to Thursday", "postponed from 3 March until 17 April".
_MOVED = re.compile(
    r"\b(?:moved|postponed|delayed|pushed back|brought forward|rescheduled|switched|shifted"
    r"|changed|put back)\b[^.;:]{0,30}\bfrom\s+(?:the\s+)?\Z",
    re.I,
)
_TO = re.compile(r"\s+(?:to|until|till)\s+(?:the\s+)?")


def _moved_to(passage: Side, old: Mention, same: list[Mention]) -> Mention | None:
    """The date ``old`` is moved to, when the passage moves it ("moved from [old] to
    Thursday"): that one is the occasion's date now."""
    if _MOVED.search(passage.text, max(0, old.start - 50), old.start) is None:
        return None
    to = _TO.match(passage.text, old.end)
    return next((m for m in same if to is not None and m.start == to.end()), None)
