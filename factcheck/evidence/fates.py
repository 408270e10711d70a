"""Counts of one kind said of different fates: "12 people were arrested" is no count of
"The protest drew 5,000 people", nor "40 flights were delayed" of "No flights were
cancelled" (moved from ``aside``)."""

from __future__ import annotations

import math

from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side, clause_ends_before, word_at
from factcheck.workspace import STOP_WORDS, stem

# What befell some of a crowd, by word family: a count of those arrested is not the crowd's.
FATES = frozenset(
    family(stem(w))
    for w in """died injured arrested detained evacuated rescued charged hospitalised treated
    cancelled canceled delayed diverted grounded""".split()  # "cancelled 40 flights"
)
# Harms, one fate for a count of none: "no people were injured" / "two people died".
_HARMS = frozenset(family(stem(w)) for w in "died killed injured hurt hospitalised treated".split())
# And a staff and those of it who lost their jobs: "employed around 1,000 people" is no
# count of "About 200 people lost their jobs".
_STAFF = frozenset({family(stem("employed"))})
_JOB_LOSSES = frozenset(family(stem(w)) for w in "lost laid sacked dismissed".split())
# A whole that signed up or turned up, and what only some of it then did: "More than 6,000
# runners registered" is no count of "Nearly 5,000 runners finished", nor "About 300
# people attended" of "Some 40 people spoke", nor a trial's "enrolled 1,200 patients" of
# "600 patients received the drug". Two verbs of one kind ("5,000 marched" / "3,000
# attended") stay one count said twice.
_POOLS = frozenset(
    family(stem(w))
    for w in "registered enrolled entered attended applied recruited started".split()
)
_PARTS = frozenset(
    family(stem(w))
    for w in "spoke testified finished completed received qualified withdrew responded".split()
)
# What undoes a fate: the evacuated return, the detained are freed, the grounded fly.
_UNDONE = frozenset(
    family(stem(w)) for w in "returned released freed discharged resumed reinstated".split()
)
# Verbs that only count what there was, before a count: "has recorded 23 cases" is what
# "No cases were reported" denies.
_RECORDED = frozenset(
    family(stem(w))
    for w in """reported recorded confirmed counted logged registered had has have saw
    detected identified found diagnosed listed""".split()
)
# Words between a counted noun and its verb: "12 people [were] arrested".
_AUXILIARIES = frozenset("was were is are be been being have has had reportedly".split())
# A place or a group between them: "No homes [in Tampa] were destroyed", "600 patients [in
# the trial] received the drug": a preposition, an article, one word.
_PLACES = frozenset("in at on across".split())


def act_of(side: Side, figure: Mention, *, after_only: bool = False) -> str | None:
    """The word family of the verb a count is said of: the first word after the counted
    noun ("12 people were [arrested]"), else (unless ``after_only``: then only after an
    auxiliary) the content word before the figure ("[drew] 5,000 people"); None when no
    counted noun follows the figure, or no verb is found in its clause."""
    words = side.words
    i = word_at(side, figure.end)
    if i and figure.high == 0 and family(words[i - 1].stem) == figure.unit:
        i -= 1  # "cancelled no [flights]": a count of none holds its noun
    elif i + 1 < len(words) and family(words[i + 1].stem) == figure.unit != words[i].stem:
        i += 1  # a compound's head: "4,500 vaccine [doses]" (counted.compound)
    elif i >= len(words) or words[i].stem != figure.unit:
        return None  # no counted noun after the figure: no count
    i += 1
    if i + 1 < len(words) and words[i + 1].norm in _AUXILIARIES and words[i].norm not in STOP_WORDS:
        i += 1  # a compound's head: "No vaccine [doses] were wasted"
    if i < len(words) and words[i].norm in _PLACES and not clause_ends_before(side, i):
        skip = i + 2 if i + 1 < len(words) and words[i + 1].norm in ("the", "a") else i + 1
        i = skip + 1 if skip < len(words) and words[skip].norm not in STOP_WORDS else i
    verb = i
    while i < len(words) and words[i].norm in _AUXILIARIES:
        i += 1
    if after_only and i == verb and not _past_form(words[i].norm if i < len(words) else ""):
        return None  # "two homicides [last] year": only a verb after "were" is sure, or
        # a past form right after the noun ("no runner [needed] hospital treatment")
    if i < len(words) and not clause_ends_before(side, i) and words[i].norm not in STOP_WORDS:
        return family(words[i].stem)
    return None if after_only else act_before(side, figure)


def _past_form(norm: str) -> bool:
    """Whether a word reads as a verb's past form ("started", "needed"), not "need"."""
    return len(norm) > 4 and norm.endswith("ed") and norm not in STOP_WORDS


def act_before(side: Side, figure: Mention) -> str | None:
    """The word family of the content word before a figure in its clause ("[drew] 5,000
    people"), or None."""
    words = side.words
    j = word_at(side, figure.start) - 1
    while j >= 0 and words[j].norm in STOP_WORDS and not clause_ends_before(side, j + 1):
        j -= 1
    if j < 0 or clause_ends_before(side, j + 1):
        return None
    return family(words[j].stem)


def of_another_fate(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether two counts of one kind ("people") are of different fates, one of them
    something that befell part of a crowd ("12 people were arrested", "3 were injured")
    and the other not the same ("The protest drew 5,000 people"): two counts, not one
    said twice. "Two people died" / "Three people were killed" is one fate."""
    if not mine.unit or mine.unit != theirs.unit:
        return False  # not counts of one kind
    acts = act_of(claim, mine), act_of(passage, theirs)
    if None in acts:
        return False  # an age ("The suspect, aged 45,"), or no verb to tell
    if acts[0] == acts[1]:
        return False
    # "at least 14" meets any more, "fewer than 40,000" any fewer: no count said twice
    bounded = math.inf not in (mine.high, theirs.high) and -math.inf not in (mine.low, theirs.low)
    if bounded and mine.low <= theirs.high and theirs.low <= mine.high:
        # The same count stays one said twice, unless one is a fate and the other its
        # undoing: "About 1,000 people were evacuated" / "returned on Monday".
        return not FATES.isdisjoint(acts) and not _UNDONE.isdisjoint(acts)
    if 0 in (mine.high, theirs.high):
        # A count of none against a count of the same things with another verb: "No
        # flights were cancelled" / "40 were delayed", "No teachers were sacked" / "12
        # teachers were unqualified". Not where the noun is the event ("No deaths were
        # reported" / "Two deaths were recorded"), and a harm denied only against a known
        # fate that is no harm ("No passengers were hurt" / "Two were taken to hospital",
        # "were killed": harm in other words).
        if mine.unit in FATES or mine.unit in _HARMS:
            return False
        if FATES.issuperset(acts):  # "The airline cancelled no flights" / "40 were delayed"
            return not _HARMS.issuperset(acts)
        # Other verbs only as said after the noun on both sides: "has had no cases" and
        # "has recorded 23 cases" give no verb of the cases.
        after = act_of(claim, mine, after_only=True), act_of(passage, theirs, after_only=True)
        j = word_at(passage, theirs.start) - 1  # right before it: not "passed [with] 12 votes"
        direct = j >= 0 and passage.words[j].norm not in STOP_WORDS
        before = act_before(passage, theirs) if after[0] and not after[1] and direct else None
        if before is not None and before not in _RECORDED:
            after = after[0], before  # "No doses were wasted" / "The clinic gave 4,500 doses"
        if None in after or after[0] == after[1]:
            return False
        denied, counted = after if mine.high == 0 else after[::-1]
        if denied in _RECORDED:
            return False  # "no civilian deaths have been [reported]": none of them, not a fate
        return denied not in _HARMS or counted in FATES - _HARMS
    kinds = set(acts)
    return (
        not FATES.isdisjoint(kinds)
        or bool(_STAFF & kinds and _JOB_LOSSES & kinds)
        or bool(_POOLS & kinds and _PARTS & kinds)
    )
