"""A claim that nobody took part in an event ("Nobody was arrested", "No one in the
building was hurt", "None of the passengers was injured"): which event it denies, and
whether a passage reports that event in other words. One reading for the figure a
supporting passage must give (``figures``) and for the clash (``negation``)."""

from __future__ import annotations

from factcheck.evidence.denied import negated_form_in
from factcheck.evidence.earlier import another_time, gives_time
from factcheck.evidence.fates import act_of, of_another_fate
from factcheck.evidence.instances import another_instance
from factcheck.evidence.kinds import KINDS_OF_PEOPLE
from factcheck.evidence.lexicon import HARMED, LIVES, NO_ONE, PEOPLE, family
from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side, clause_ends_before, word_at
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS

_PRONOUNS = frozenset(w for w in NO_ONE if " " not in w)
# The verb the event comes after: "No one in the building [was] hurt".
_LINKING = frozenset("is are was were has have had will would can could did do does".split())
# Words after the pronoun that start a phrase naming who ("None [of] the passengers",
# "Nobody [on] board", "No one [in] the building"): its noun is not the event.
_WHO = frozenset("of in on at from among aboard inside".split())


def counts_none(side: Side, negator: int) -> bool:
    """Whether the negator at ``negator`` is "nobody", "none" or "no one"."""
    norm = side.words[negator].norm
    after = side.words[negator + 1].norm if negator + 1 < len(side.words) else ""
    return norm in _PRONOUNS or (norm == "no" and after == "one")


def denied_event(side: Side, negator: int) -> int | None:
    """The index of the word naming the event a "nobody" at ``negator`` denies: the first
    content word after its verb ("No one in the building was [hurt]", "Nobody was
    [arrested]"), else the first after the pronoun and whom it names ("Nobody [died]",
    "None of the patients [recovered]")."""
    words = side.words
    first = negator + 2 if words[negator].norm == "no" else negator + 1
    clause = first
    while clause < len(words) and (clause == first or not clause_ends_before(side, clause)):
        clause += 1
    verb = next((i for i in range(first, clause) if words[i].norm in _LINKING), None)
    if verb is not None:
        # Not an adverb: "was [seriously] hurt", "are [actually] going to".
        after = [
            i
            for i in range(verb + 1, clause)
            if words[i].norm not in STOP_WORDS and not words[i].norm.endswith("ly")
        ]
        if after:
            return after[0]
    content = [i for i in range(first, clause) if words[i].norm not in STOP_WORDS]
    if first < len(words) and words[first].norm in _WHO:
        content = content[1:]
    return content[0] if content else None


def denied_events(side: Side) -> list[int]:
    """The event words of every "nobody" in ``side`` (``denied_event``)."""
    found = []
    for negator in side.negators:
        if counts_none(side, negator) and (event := denied_event(side, negator)) is not None:
            found.append(event)
    return found


def counts_people(passage: Side) -> Mention | None:
    """The passage's first count of lives ("claimed two lives"), or of people or a kind of
    people when it speaks of harm or custody ("three people in hospital", "two passengers
    were taken to hospital", "four protesters were detained"): taken as the event a claim
    of "nobody" denies, in other words (``lexicon.HARMED``, ``kinds.KINDS_OF_PEOPLE``)."""
    harmed = not HARMED.isdisjoint(w.stem for w in passage.words)
    return next(
        (
            m
            for m in passage.mentions
            if m.kind == "number"
            and m.high > 0
            and (m.unit in LIVES or (harmed and (m.unit in PEOPLE or m.unit in KINDS_OF_PEOPLE)))
        ),
        None,
    )


def none_elsewhere(claim: Side, negator: int, passage: Side) -> bool:
    """Whether a claim's "no X" ("No arrests were made at the protest", "no new measles
    cases this week") meets a passage that counts X of another instance ("12 arrests at a
    separate protest") or, when the claim gives its own time, at another time ("43 measles
    cases last year"): no clash, as a harm counted elsewhere is none (``harm.harm_cues``).
    A claim without a time of its own reaches back ("No vote has been held on the plan"
    against "approved in a vote last month"). Nor is X never named a clash
    (``none_unsaid``); harm in other words is read before (``harm.harm_cues``)."""
    if claim.words[negator].norm != "no":
        return False
    if none_unsaid(claim, negator, passage):
        return True  # "There were no arrests after the match" / "passed off peacefully"
    if counted_of_another_fate(claim, negator, passage):
        return True  # "cancelled no flights" / "40 flights were delayed"
    return another_instance(claim, passage) or (gives_time(claim) and another_time(claim, passage))


def counted_of_another_fate(side: Side, negator: int, other: Side) -> bool:
    """Whether ``other`` counts the "no X" at ``negator`` of ``side`` with another fate
    ("The airline cancelled no flights" / "40 flights were delayed": ``aside``; a passage's
    "no runner needed hospital treatment" / a claim's "45,000 runners started"); the count
    of X the same fate is the amount cue's to compare."""
    if side.words[negator].norm != "no":
        return False
    start = side.words[negator].start
    zero = next((m for m in side.mentions if m.start == start and m.high == 0), None)
    return zero is not None and _of_another_fate(side, zero, other)


def _of_another_fate(claim: Side, zero: Mention, passage: Side) -> bool:
    return any(
        m.kind == "number" and m.unit == zero.unit and of_another_fate(claim, zero, passage, m)
        for m in passage.mentions
    )


_PLURALS = frozenset("people children men women staff".split())


def none_unstated(claim: Side, passage: Side) -> bool:
    """Whether the claim counts none of a plural noun ("No arrests were made at the
    march", "No patients died", "cancelled no flights") and the passage names neither
    it nor what befell it, by word family, nor counts people harmed ("About 5,000 people
    joined the march"), or counts it with another fate ("40 flights were delayed"): on
    the topic, it does not state the claim. "No evidence", a singular, is left alone."""
    for zero in claim.mentions:
        if zero.kind != "number" or zero.high != 0 or zero.text.lower().startswith(NO_ONE):
            continue
        at = word_at(claim, zero.end)
        if at < len(claim.words) and _plural(claim.words[at]) and not _plural(claim.words[at - 1]):
            at += 1  # "no power [cuts]": the compound's head is what is counted
        if not _plural(claim.words[at - 1]) and claim.words[at - 1].norm not in _PLURALS:
            continue
        wanted = {zero.unit, zero.then, act_of(claim, zero)} - {""}
        named = any(family(w.stem) in wanted for w in passage.words)
        named = named or negated_form_in(passage, range(len(passage.words)), claim.words[at - 1])
        if not named and counts_people(passage) is None:
            return True
        if _of_another_fate(claim, zero, passage):
            return True
    return False


# Words before a "no" that make it a state of its subject, not a count of events: "have
# no symptoms", "with no history of".
_STATES = frozenset("have has had having with show shows showed showing".split())
# Words after a noun that name what it is of: "no cases [of] measles", "no plans [to] cut".
_COMPLEMENT = frozenset("of to that for about".split())


def none_unsaid(claim: Side, negator: int, passage: Side) -> bool:
    """Whether a claim's "no" counts none of a plural noun ("There were no [arrests] after
    the match", "No arrests were made") that the passage never names, by word family
    ("Police said the match passed off peacefully"): it speaks of something else, no clash.
    A "no" of a singular ("no evidence that ...") or of a state ("have no symptoms") still
    meets a passage that asserts what it denies."""
    if negator + 1 >= len(claim.words):
        return False
    words = claim.words
    if negator and words[negator - 1].norm in _STATES and not _absolute(claim, negator):
        return False  # "have no symptoms": a state of its subject, not a count of events
    noun, named = words[negator + 1], [words[negator + 1]]
    if negator + 2 < len(words) and _plural(words[negator + 2]) and not _plural(noun):
        noun = words[negator + 2]  # "caused no power [cuts]": the compound's head counts
        named.append(noun)
    if not _plural(noun) or noun.norm in STOP_WORDS:
        return False
    after = claim.words[negator + 2].norm if negator + 2 < len(claim.words) else ""
    if after in _COMPLEMENT:
        return False  # "no cases [of] measles", "no plans [to] cut jobs": what it names follows
    wanted = {family(w.stem) for w in named}
    return all(family(w.stem) not in wanted for w in passage.words)


def _absolute(claim: Side, negator: int) -> bool:
    """Whether "with no X" is followed by a participle: "with no costs [charged]", "with
    no injuries [reported]" count events; "with no history of" is a state."""
    words = claim.words
    return (
        words[negator - 1].norm == "with"
        and negator + 2 < len(words)
        and words[negator + 2].norm.endswith("ed")
    )


def _plural(word: Word) -> bool:
    return word.norm.endswith("s") and not word.norm.endswith("ss")
