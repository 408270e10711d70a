"""The phases of an event a date is said of: a date said after a verb of another phase is
another event's ("reopened on 3 March" against "closed on 3 March 2022"; "held on 6 May"
against "nominations close on 4 April"), no clash (moved from ``instances``)."""

from __future__ import annotations

import re

from factcheck.evidence.again import first_and_again
from factcheck.evidence.eras import same_year
from factcheck.evidence.mention import Mention
from factcheck.evidence.monthparts import CALENDAR, same_day
from factcheck.evidence.sides import Side
from factcheck.workspace import STOP_WORDS, stem

# Verbs of the phases of an event: a date said after one of another phase is another
# event's ("reopened on 3 March" against "closed on 3 March 2022"; "held on 6 May" against
# "nominations close on 4 April"). Each line is one phase.
_PHASES = {
    stem(word): phase
    for phase, words in {
        "open": "open opens opened opening reopen reopened unveil unveiled resume resumed",
        "close": "close closes closed closing shut shuts shutting closure suspend suspended",
        "start": "begin begins began begun start starts started launch launched launches",
        "end": "end ends ended finish finishes finished conclude concluded complete completed",
        "announce": "announce announces announced announcement unveiled",
        # A plan's life and a post's, and a life's: "was first proposed in May 2019" is no
        # date of "opened in May 2024", "appointed on 3 March 2022" none of "resigned".
        "propose": "propose proposes proposed proposal",
        # Asking for a thing, not getting it: "applied for approval" (event_phase).
        "apply": "apply applies applied requested sought",
        # A law's passing is not its coming into force: "was passed in June" is no date
        # of "takes effect in January".
        "approve": "approve approves approved approval pass passes passed enact enacted",
        "appoint": "appoint appoints appointed appointment hired",
        # Taking office is not being elected or appointed: "took office in June 2022" is no
        # date of "was elected in May 2022" ("elected" is left out: its stem is
        # "election"'s, a date of the vote).
        "office": "office sworn inaugurated inauguration",
        "leave": "resign resigns resigned resignation quit quits retired sacked",
        "born": "born",
        "sign": "sign signs signed signing",
        "effect": "force effect",  # "came into force on", "took effect on"
        "die": "die dies died death killed",
    }.items()
    for word in words.split()
}
# Words that stem like a phase's and name none: "the carrier's inaugural Nairobi service
# takes off on May 3" is a first flight, no one taking office ("inauguration").
_NO_PHASE = frozenset({"inaugural"})
_WORD_BEFORE = re.compile(r"[A-Za-z]+")
_NOT_THE_EVENT = frozenset(
    "early late mid end beginning start middle last next this every each since until till "
    "during through about around circa roughly".split()
)


def event_phase(text: str, start: int) -> tuple[str, str]:
    """The content word a date starting at ``start`` is said of (within three words
    before it: "[closed] on 3 March"), and its phase in ``_PHASES`` ("close"), or "". A
    word of a phase within six is taken over a nearer one of none ("[closed] for repairs
    in 2019", "was first [proposed] to the city council in January")."""
    spans = list(_WORD_BEFORE.finditer(text, max(0, start - 80), start))[-8:]
    found = [m.group() for m in spans]
    nearest = ""
    for n, word in enumerate(reversed(found[-6:])):
        if n >= 4 and (found[-1].lower() not in ("in", "on") or _past(text, spans[-n - 1])):
            # Past four words only to a date said "in" or "on" (not "the 2013 election"),
            # not past another value ("close at 10pm on Thursday 2 May") nor a clause's end.
            break
        lower = word.lower()
        if (
            len(lower) < 3  # "c." of "c. 1250"
            or lower in STOP_WORDS
            or lower in _NOT_THE_EVENT
            or lower.capitalize() in _DAYS
            or lower in _NO_PHASE
        ):
            continue
        stemmed = stem(lower)
        if stemmed in _PHASES:
            # A phase asked for is the asking: "applied for (FDA) approval", "called for
            # the closure" date the request.
            goal = "for" in (w.lower() for w in found[-n - 3 : len(found) - n - 1])
            return stemmed, "apply" if goal else _PHASES[stemmed]
        if n < 3:  # the nearest content word within three, when no phase is within four
            nearest = nearest or stemmed
    return nearest, ""


def _past(text: str, word: re.Match[str]) -> bool:
    """Whether a digit or a clause's end stands between ``word`` and the date after it."""
    return any(ch.isdigit() or ch in ".;:!?" for ch in text[word.end() : word.endpos])


_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def other_event(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether a passage's date is said of another phase of an event than the claim's:
    its verb is one of ``_PHASES`` and the claim's is not of that phase ("held" against
    "close", "reopened" against "closed"), or of no phase while the claim's has one the
    passage never names ("joined the firm in 1985" against "was born in 1961"). Verbs of no
    phase on both sides are taken for the same event ("takes place every July" against
    "held each August")."""
    _, phase = event_phase(passage.text, theirs.start)
    own = event_phase(claim.text, mine.start)[1]
    if own == "end" and _until(passage.text, theirs.start):
        phase = "end"  # "The grant ends on 31 December" / "runs until 31 March"
    pair = {phase, own}
    if pair in _ONE_EVENT and _head(claim.text, mine.start, pair) == _head(
        passage.text, theirs.start, pair, other=True
    ):
        return False  # "The trial began on 12 February" / "the trial opened on 21 February"
    if phase and own == phase:  # "first opened" / "reopened"
        return first_and_again(claim.text, mine.start, passage.text, theirs.start)
    if not phase:  # "born in 1961" / "joined the firm in 1985": no birth in the passage
        unnamed = not any(_PHASES.get(w.stem) == own for w in passage.words)
        return bool(own) and unnamed and not _agree(mine, theirs)
    return not any(_PHASES.get(w.stem) == phase for w in claim.words)  # "closed last April"


# An event that "opened" is one that "began", when it is the same thing that did: "The
# trial began" and "The former minister's trial opened" date one event, where "Work on the
# bridge started" and "The bridge opened" date two (the head of "work on the bridge" is
# "work"). So is a rule that "starts" and one that "comes into force" ("The ban on
# disposable vapes starts in June 2025" / "A ban on disposable vapes comes into force").
_ONE_EVENT = ({"open", "start"}, {"start", "effect"})
_CLAUSE = re.compile(r"[^.;:!?,]*\Z")
_LINKS = frozenset(
    "was is are were be been being has have had will would to due set expected scheduled"
    " likely planned poised finally officially formally eventually".split()
)
_HEAD_OF = frozenset("of on for into".split())


def _head(text: str, start: int, phases: set[str], *, other: bool = False) -> str:
    """The stem of the head noun of what opened or began in the clause before a date at
    ``start``: the word before the verb of one of ``phases``, or the first noun of "X of
    the Y" before it; when there is none, "" (or "-" for the ``other`` side: two texts
    that name no head are not taken for one thing)."""
    clause = _CLAUSE.search(text, max(0, start - 120), start)
    words = [w.lower() for w in _WORD_BEFORE.findall(clause.group() if clause else "")]
    verb = max((i for i, w in enumerate(words) if _PHASES.get(stem(w)) in phases), default=-1)
    raw = words[max(0, verb - 6) : max(verb, 0)]
    for t in range(1, len(raw) - 1):  # "[Talks] to avert the strike resume": not the strike
        if raw[t] == "to" and raw[t - 1] not in STOP_WORDS and raw[t - 1] not in _LINKS:
            return stem(raw[t - 1])
    before = [w for w in raw if w not in _LINKS]
    for i, word in enumerate(before):
        if word in _HEAD_OF and i > 0 and before[i - 1] not in STOP_WORDS:
            return stem(before[i - 1])
    if before and before[-1] not in STOP_WORDS:
        return stem(before[-1])
    return "-" if other else ""


# "until" dates an end: "The grant runs until 31 March" says when "The grant ends" (not
# when a hearing is held: "postponed from 3 March until 17 April" moves it).
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:the\s+)?\Z", re.I)


def _until(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows "until"."""
    return _UNTIL.search(text, max(0, start - 12), start) is not None


def dated_word(side: Side, stems: frozenset[str]) -> bool:
    """Whether one of ``side``'s dates is said of a word of ``stems`` (``event_phase``):
    "closed in 1989" dates "closed"; "fell in January before rising again" dates no
    "rising"."""
    return any(event_phase(side.text, m.start)[0] in stems for m in side.calendar)


def _agree(mine: Mention, theirs: Mention) -> bool:
    """Whether two dates or years agree ("December 2020" and "8 December 2020")."""
    if mine.kind == theirs.kind == "year":
        return same_year(mine.value, theirs.value)
    return mine.kind in CALENDAR and theirs.kind in CALENDAR and same_day(mine, theirs)
