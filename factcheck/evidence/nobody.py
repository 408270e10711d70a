"""A claim that nobody took part in an event ("Nobody was arrested", "No one in the
building was hurt", "None of the passengers was injured"): which event it denies, and
whether a passage reports that event in other words. One reading for the figure a
supporting passage must give (``figures``) and for the clash (``negation``)."""

from __future__ import annotations

from factcheck.evidence.earlier import another_time, gives_time
from factcheck.evidence.instances import another_instance
from factcheck.evidence.kinds import KINDS_OF_PEOPLE
from factcheck.evidence.lexicon import HARMED, LIVES, NO_ONE, PEOPLE, family
from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side, clause_ends_before
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
    return another_instance(claim, passage) or (gives_time(claim) and another_time(claim, passage))


# The words a count of none of events follows, when it does not open the claim: "There
# [were] no arrests".
_THERE_BE = frozenset("is are was were been be".split())
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
    if negator and claim.words[negator - 1].norm not in _THERE_BE:
        return False  # "have no symptoms": a state of its subject, not a count of events
    noun = claim.words[negator + 1]
    if not noun.norm.endswith("s") or noun.norm.endswith("ss") or noun.norm in STOP_WORDS:
        return False
    after = claim.words[negator + 2].norm if negator + 2 < len(claim.words) else ""
    if after in _COMPLEMENT:
        return False  # "no cases [of] measles", "no plans [to] cut jobs": what it names follows
    wanted = family(noun.stem)
    return all(family(w.stem) != wanted for w in passage.words)
