"""Whether the subject of a passage's opposite word is another doer or thing than the
claim's, so the opposite is said of it and is no clash:

- a person tied to the claim's doer, named by it: "The mayor's deputy opposed the plan" is
  not "The mayor supported the plan";
- the claim's noun of another kind: "Sales of petrol cars decreased" is not against "Sales
  of electric cars increased", nor "Diesel prices rose" against "Petrol prices fell". Each
  side has the shared noun right before its verb, and a content word right before that
  noun that the other side lacks anywhere.

Only the few words before the opposite, in its clause, are read.
"""

from __future__ import annotations

from factcheck.evidence.byagent import agent_apart
from factcheck.evidence.changesubjects import measures_apart
from factcheck.evidence.comparedwith import against_apart
from factcheck.evidence.earlier import another_time, said_earlier
from factcheck.evidence.elsewhere import other_place
from factcheck.evidence.instances import instance_after
from factcheck.evidence.lexicon import (
    ANTONYM_INDEX,
    ANTONYMS,
    DECIDING_GROUPS,
    FILLER_WORDS,
    MOTION_VERBS,
    NEGATORS,
    PARTS,
    maybe_last,
)
from factcheck.evidence.mention import Mention
from factcheck.evidence.phases import event_phase
from factcheck.evidence.qualified import RELATIVE, another_doer, narrowed, past_periods
from factcheck.evidence.reportfor import periods_apart
from factcheck.evidence.scope import CHANGE_GROUPS, acts_elsewhere
from factcheck.evidence.sides import Side, clause_ends_before, known
from factcheck.evidence.stretches import other_stretch
from factcheck.workspace import STOP_WORDS, stem

# People a doer's name is said of who are not the doer: "the mayor's deputy", "the
# senator's rival". Not a spokesman or a lawyer: they speak for the doer.
_TIED = frozenset(
    stem(w)
    for w in """deputy deputies predecessor successor rival rivals opponent opponents critics
    wife husband son daughter partner brother sister father mother co-defendant co-defendants
    codefendant accomplice colleague colleagues ally allies teammate team-mate party""".split()
)
# "The club's former coach": whoever held a post before is not the doer now.
_FORMER = frozenset("former ex".split())
# How far back from the opposite its subject is read ("Sales of petrol cars [decreased]").
_REACH = 6


def other_subject(claim: Side, k: int, passage: Side, i: int) -> bool:
    """Whether the subject before passage word ``i`` (an opposite of claim word ``k``) is
    another doer or thing than the claim's subject before word ``k`` (``__doc__``)."""
    if agent_apart(claim, k, passage, i) or measures_apart(claim, k, passage, i):
        return True  # "was opposed by anglers" for "The union backed"; "Imports fell"
    content = claim.content_stems()
    words = passage.words
    if i >= 2 and words[i - 1].norm in RELATIVE and another_doer(words[i - 2].norm, content):
        return True  # "[Students] who oppose the rise" for "The senate backed the rise"
    theirs = _subject_words(passage, i)
    if len(theirs) < 2:
        return False  # one word before the verb: nothing qualifies it
    if narrowed(claim, k, passage, theirs, content):
        return True  # "Waiting lists [for hip operations] shrank" for "Waiting lists grew"
    for j in theirs[:1]:  # "[Critics] of the mayor oppose": people tied to the claim's doer
        after = [w.norm for w in words[j + 1 : j + 3]]
        if words[j].stem in _TIED and after[:1] == ["of"] and words[j].stem not in content:
            at = j + 2 if after[1:] != ["the"] else j + 3
            if at < len(words) and words[at].stem in content:
                return True
    for j in theirs[1:]:
        before = words[j - 1]
        tied = words[j].stem in _TIED or words[j].norm in _FORMER  # "the club's former coach"
        if before.norm.endswith("'s") and before.stem in content and tied:
            return words[j].stem not in content  # "the mayor's deputy"
        if before.norm.endswith("'s") and _heads_apart(claim, before.norm, passage, j):
            return True  # "The company's shares fell" for "The company's profits doubled"
    # The noun right before each verb, each qualified apart: "[petrol cars] decreased"; or
    # the passage's a part of the claim's: "[Core inflation] rose" for "Inflation fell".
    a, b = _noun_before(claim, k), _noun_before(passage, i)
    if b not in theirs or a < 0:
        return False
    return (a >= 1 and _kinds_apart(claim, a, passage, b)) or _part(claim, a, passage, b)


_TIME_UNITS = frozenset("day night week weekend month year season quarter".split())


def _relative_time(side: Side, k: int) -> bool:
    """Whether word ``k`` is "last" or "next" before a unit of time ("last week")."""
    words = side.words
    return (
        words[k].norm in ("last", "next")
        and k + 1 < len(words)
        and words[k + 1].norm in _TIME_UNITS
    )


# Words between a subject and its word of change: "Bus fares [will go] up".
_AUXILIARIES = frozenset(
    "will would could may might shall should is are was were be has have had".split()
)


def _noun_before(side: Side, at: int) -> int:
    """The index of the word before word ``at``, past a verb of motion and auxiliaries
    ("Bus [fares] will go up") and a place ("Subway [ridership] in Chicago increased");
    -1 when there is none."""
    j = at - 1
    while j >= 0 and (side.words[j].stem in MOTION_VERBS or side.words[j].norm in _AUXILIARIES):
        j -= 1
    k = j - 1 if j >= 1 and side.words[j - 1].norm == "the" else j
    if k >= 2 and side.words[k - 1].norm in _PLACES and not clause_ends_before(side, j + 1):
        return k - 2
    return j


_PLACES = frozenset("in at across".split())


def _part(claim: Side, a: int, passage: Side, b: int) -> bool:
    """Whether passage word ``b`` is claim word ``a``'s noun after a word of a part of it
    (``lexicon.PARTS``) the claim does not use: "core inflation" for "inflation"."""
    if b < 1 or claim.words[a].stem != passage.words[b].stem:
        return False
    part = passage.words[b - 1].stem
    return part in PARTS and part not in claim.content_stems()


def _heads_apart(claim: Side, owner: str, passage: Side, j: int) -> bool:
    """Whether the passage's ``owner`` ("company's") owns word ``j``, none of the claim's,
    where the claim's same owner owns a word the passage lacks: two things of one owner."""
    j = past_periods(passage.words, j)  # "The firm's Q3 [revenue]"
    if j >= len(passage.words) or passage.words[j].stem in claim.content_stems():
        return False
    words = claim.words
    return any(
        w.norm == owner
        and (h := past_periods(words, k + 1)) < len(words)
        and words[h].stem not in passage.stem_set
        for k, w in enumerate(words)
    )


def _subject_words(side: Side, at: int) -> list[int]:
    """The content words before word ``at`` in its clause, at most ``_REACH`` words back,
    first to last; a name between commas is read past to the noun it names ("The mayor's
    rival, Tom Reid, opposed")."""
    found: list[int] = []
    named = False  # a name in apposition read past once: "The mayor's rival, [Tom Reid],"
    for j in range(at - 1, max(-1, at - 1 - _REACH), -1):
        if j + 1 < len(side.words) and j + 1 != at and clause_ends_before(side, j + 1):
            # Only commas set a name apart: after a full stop "Shares" is capitalised as
            # the first word of the next sentence ("Profits were lower. Shares fell").
            apart = side.text[side.words[j].end : side.words[j + 1].start].strip() == ","
            if named or not apart or not found:
                break
            if not all(side.words[f].text[:1].isupper() for f in found):
                break
            named = True
        if side.words[j].norm not in STOP_WORDS and not side.words[j].norm[:1].isdigit():
            found.append(j)
    return found[::-1]


def _kinds_apart(claim: Side, a: int, passage: Side, b: int) -> bool:
    """Whether claim word ``a`` and passage word ``b`` are one noun, each with a content
    word right before it that the other side lacks ("electric cars" / "petrol cars")."""
    if claim.words[a].stem != passage.words[b].stem:
        return False
    mine, theirs = claim.words[a - 1], passage.words[b - 1]
    return (
        _qualifier(mine.norm)
        and _qualifier(theirs.norm)
        and not claim.in_amount(mine)  # "zero tax" / "no corporation tax"
        and not passage.in_amount(theirs)
        and mine.stem not in passage.content_stems()
        and theirs.stem not in claim.content_stems()
        and not maybe_last(mine.norm, frozenset({theirs.norm}))  # "fifth" / "final"
    )


def said_of_other(claim: Side, passage: Side) -> bool:
    """Whether the passage says the opposite of the claim's verb of change or stance only
    of another subject (``other_subject``) or, for a change, of another stretch of time
    (``stretches.other_stretch``), so it neither clashes nor states the claim:
    "Sales of petrol cars decreased" for "Sales of electric cars increased", "The mayor's
    deputy opposed the plan" for "The mayor backed the plan" (``stated.not_stated``).
    Only claims with such a verb are read."""
    candidates, opposites = known(claim, _opposites)
    known_stems = passage.antonym_set
    if opposites.isdisjoint(known_stems):
        return False  # no opposite of the claim's in the passage (most passages)
    theirs = passage.antonym_stems
    found = False
    for k, groups in candidates:
        if _relative_time(claim, k):
            continue  # "last week" is a time, not the opposite of "the first week of"
        # Its opposites only: the claim's own verb of another subject ("CO2 levels passed"
        # / "Carbon dioxide levels passed") is too often the same thing in other words.
        for group, side in groups:
            words = ANTONYMS[group][1 - side]
            if words.isdisjoint(known_stems):
                continue  # no opposite in the passage (most passages): read no further
            if not ANTONYMS[group][side].isdisjoint(known_stems):
                if not words.isdisjoint(claim.antonym_set):
                    continue  # both words on both sides: "the gap between rich and poor"
                return False  # "slowed in the first quarter before accelerating": said too
            for i, word in enumerate(theirs):
                if word in words:
                    change = group in CHANGE_GROUPS  # "fell the following week": later
                    if not (
                        other_subject(claim, k, passage, i)
                        or (change and other_stretch(claim, passage, i))
                        or instance_after(claim, passage, i)  # "an earlier version of"
                        or another_time(claim, passage)  # "had hired 1,000 staff last year"
                        or ((change or group in _BEFORE_AFTER) and said_earlier(claim, passage, i))
                        or against_apart(claim, k, passage, i)  # "against the euro"
                        or other_place(claim, passage)  # "in York fell" for "in Leeds rose"
                        or (group in DECIDING_GROUPS and _part_voted_on(claim, k, passage, i))
                    ):
                        return False  # said of the claim's subject, at its time
                    found = True
    return found


# Parts of a measure voted on apart from it: "voted against [an amendment] to the farm bill"
# is no vote on the bill (but "refused [permission] for the mast" refused the mast).
_PARTS_VOTED = frozenset(
    stem(w) for w in "amendment amendments rider riders provision provisions clause".split()
)


def _part_voted_on(claim: Side, k: int, passage: Side, i: int) -> bool:
    """Whether the passage's decision at ``i`` acts on a part of the claim's measure
    (``_PARTS_VOTED``) the claim does not name (``scope.acts_elsewhere``)."""
    words = passage.words
    head = next((w for w in words[i + 1 : i + 4] if w.norm not in STOP_WORDS), None)
    return (
        head is not None
        and head.stem in _PARTS_VOTED
        and head.stem not in claim.content_stems()
        and acts_elsewhere(claim, k, passage, i)
    )


# "had risen before the results" for "fell after the results": two times, like two changes.
_BEFORE_AFTER = frozenset(g for g, _ in ANTONYM_INDEX.get(stem("before"), ()))


def _opposites(
    claim: Side,
) -> tuple[list[tuple[int, list[tuple[int, int]]]], frozenset[str]]:
    """The claim's words with antonym groups (index, groups) and every opposite of theirs,
    read once per claim (``sides.known``)."""
    found = [(k, g) for k, mine in enumerate(claim.antonym_stems) if (g := ANTONYM_INDEX.get(mine))]
    opposites = frozenset().union(*(ANTONYMS[g][1 - s] for _, gs in found for g, s in gs))
    return found, opposites


def _qualifier(norm: str) -> bool:
    """Whether a word may name a kind of the noun after it: not "no votes", "the cars"."""
    return not (
        norm in STOP_WORDS or norm in NEGATORS or norm in FILLER_WORDS or norm[:1].isdigit()
    )


def dated_of_another_kind(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether a passage's date is said of another kind of the claim's noun: the verbs the
    two dates are said of have one noun before them, each with a word the other side lacks
    ("Bus fares rise on 1 April" / "Train fares rise by 4.6% on 1 March"), or of a report
    for another period ("the figures for September" / "for October": ``reportfor``)."""
    if periods_apart(claim.text, passage.text):
        return True
    k, i = _verb_before(claim, mine.start), _verb_before(passage, theirs.start)
    if k < 1 or i < 1:
        return False
    a, b = _noun_before(claim, k), _noun_before(passage, i)
    return a >= 1 and b >= 1 and _kinds_apart(claim, a, passage, b)


def _verb_before(side: Side, start: int) -> int:
    """The index of the word a date at ``start`` is said of (``phases.event_phase``)."""
    said = event_phase(side.text, start)[0]
    before = [j for j, w in enumerate(side.words) if w.end <= start and w.stem == said]
    return before[-1] if said and before else -1
