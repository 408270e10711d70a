"""Whether a passage holds only the claim's topic: one of its several content words.

"The mayor approved the new budget" is not stated by "The mayor was elected in 2018": the
passage shares one word of three, over ``stance.SUPPORT_MIN``, and that word is who the
claim is about, not what it says. By words alone (without the cosine of semantic
retrieval, which reads a paraphrase that shares few words), a passage must hold two of the
claim's content words to state it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from factcheck.evidence.alignment import claim_side
from factcheck.evidence.denied import head_after
from factcheck.evidence.figures import held_figures, month_stems
from factcheck.evidence.lexicon import (
    AGAINST,
    ANTONYM_INDEX,
    ANTONYMS,
    BOUND_GROUPS,
    DECIDING_GROUPS,
    DECISION_VERBS,
    DECISION_WORDS,
    FAVOR,
    JUDGING_GROUPS,
)
from factcheck.evidence.scope import PASSIVE, names_another, said_elsewhere
from factcheck.evidence.sides import Side, known
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import Cue, stem

# Lower-case words inside a name: "Bank of England", "University of the Arts".
_INSIDE_NAMES = frozenset({"of", "the", "de", "du", "da", "del", "la", "le", "von", "van"})


def topic_only(claim: Side, passage: Side, cues: Sequence[Cue], *, content: frozenset[str]) -> bool:
    """Whether the passage holds at most one of the claim's content words (by stem, those
    in ``content``), when the claim has several. A name of several words ("Senator Hale",
    "Bank of England") counts once; a figure of the claim's that the passage agrees on
    (``figures.held_figures``; not a bare year) counts as one more held, and a month's
    words not again: "collapsed in March" holds only "open in March 2025"'s month."""
    units = claim_units(claim.text, content)
    if len(units) < 2:
        return False
    figures = held_figures(claim, cues)
    theirs = passage.stem_set - month_stems(claim, figures) if figures else passage.stem_set
    held = sum(1 for unit in units if unit & theirs) + bool(figures)
    return held <= 1


@lru_cache(maxsize=1024)
def claim_units(claim_text: str, content: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The claim's content words as units: a word, or a name of several capitalised words.
    A claim in title case ("Vaccines Cause Autism") has no names to tell: one word each.
    Cached: a claim meets many passages."""
    claim = claim_side(claim_text)  # the Side the matcher split already
    words = [w for w in claim.words if w.stem in content]
    capitalised = [w.text[:1].isupper() for w in words]
    headline = len(words) >= 3 and sum(capitalised[1:]) * 2 > len(words) - 1
    units: list[set[str]] = []
    seen: set[str] = set()
    previous_name = -1  # index in claim.words of the last capitalised content word
    for i, w in enumerate(claim.words):
        if w.stem not in content:
            continue
        name = w.text[:1].isupper() and not headline
        between = claim.words[previous_name + 1 : i] if previous_name >= 0 else None
        joined = between is not None and all(b.norm in _INSIDE_NAMES for b in between)
        if name and joined and units:
            units[-1].add(w.stem)  # "Senator Hale", "Bank of England": one name
        elif w.stem not in seen:
            units.append({w.stem})
        seen.add(w.stem)
        previous_name = i if name else -1
    return tuple(frozenset(unit) for unit in units)


def missing_decision(claim: Side, passage: Side) -> bool:
    """Whether the claim reports a decision (a vote, a ruling, a resignation:
    ``lexicon.DECISION_VERBS``, or a side taken: "backed", "opposed") and the passage
    reports none (``DECISION_WORDS``, either way, or a vote tally): "Jim Hale voted for the
    bill" is not stated by "Jim Hale spoke about the bill", nor "The mayor approved the
    budget" by "The mayor will present the budget". Like a figure
    (``figures.missing_figure``), a decision is the claim's checkable content. A decision
    still to come ("is expected [to vote] on the bill", "calls [to resign]") reports none
    unless the claim's is to come too, nor one taken on another thing ("rejected the road
    plan" for "approved the housing plan")."""
    decision = known(claim, _decision)  # the claim's alone: read once
    if decision is None:
        return False
    # A decision the claim denies ("was never ratified") is reported by one still to come
    # ("has yet to be ratified").
    to_come = _to_come(claim, decision) or any(
        head_after(claim, n) == decision for n in claim.denials
    )
    objects = claim.content_stems() - {claim.words[decision].stem}
    # "spoke before the vote" says how no one voted, where the claim's "voted for" does.
    after = claim.words[decision + 1].stem if decision + 1 < len(claim.words) else ""
    voted = _VOTE if after in (FAVOR, AGAINST) else frozenset()
    # The words of the claim's decision's own opposites report it too ("reversed" for
    # "overturned"), though alone they are no decision ("reversed course").
    words = DECISION_WORDS | _opposites(claim.words[decision].stem)
    # A side taken ("supports the ban") is reported by a judgement ("welcomed the ban",
    # "criticised it") and by a vote declared ("said it would vote against the merger").
    side = claim.words[decision].norm in _SIDES_TAKEN
    words = words | _JUDGEMENTS if side else words
    # Most passages hold no decision's word at all: then none is reported in words.
    reading = () if words.isdisjoint(passage.stem_set) else enumerate(passage.words)
    for i, word in reading:
        if word.stem not in words or _other_sense(passage, i):
            continue
        if (word.stem in objects or word.stem in voted) and _named(passage, i):
            continue  # "upheld the ban" / "will hear arguments over [the handgun ban]"
        if _taken_by_another(claim, decision, passage, i):
            continue  # "Opposition councillors opposed the plan" for "The mayor backed it"
        declared = side and _declared(passage, i)
        if (to_come or declared or not _to_come(passage, i)) and not names_another(
            claim, decision, passage, i
        ):
            return False
    return not any(m.kind == "tally" for m in passage.mentions)  # "carried 12 to 3"


# Sides taken that report a decision as a vote does ("The union backed the strike"), in
# these forms only and not as a passive ("is backed by evidence") or "as opposed to".
_SIDES_TAKEN = frozenset({"backed", "opposed", "backs", "opposes", "supports"})
# Words before a decision's word that put it in the future or make it a wish: "is expected
# [to] vote", "[will] vote", "calls [to] resign".
# Words before "backed" or "opposed" that make it no side taken: a passive, "as opposed".
_NOT_TAKEN = PASSIVE | {"as"}
_TO_COME = frozenset("to will would could may might should shall must can cannot".split())
_JUDGEMENTS = frozenset(s for g in JUDGING_GROUPS for one in ANTONYMS[g] for s in one)


# Decision words that report one only with their particle: "struck down", "threw out" (a
# "strike" is mostly a walkout, "threw" a ball).
_WITH_PARTICLE = frozenset(stem(w) for w in ("strike", "struck", "throw", "threw", "thrown"))


@lru_cache(maxsize=256)
def _opposites(word_stem: str) -> frozenset[str]:
    """The stems of the decision groups of a decision's word, either side; not the bound
    or judging groups, whose words have other senses ("The drug blocks replication")."""
    groups = [g for g, _ in ANTONYM_INDEX.get(word_stem, ()) if g in DECIDING_GROUPS]
    return frozenset(s for g in groups if g not in BOUND_GROUPS for one in ANTONYMS[g] for s in one)


def _taken_by_another(claim: Side, decision: int, passage: Side, index: int) -> bool:
    """Whether the passage's decision at ``index`` is the opposite of the claim's, taken by
    another: its subject is there and none of the claim's words ("[Opposition councillors]
    opposed the stadium plan" for "The mayor backed the stadium plan"). No clash (the
    antonym cue leaves it: said of another), and no report of the claim's decision either."""
    mine = ANTONYM_INDEX.get(claim.words[decision].stem, ())
    theirs = ANTONYM_INDEX.get(passage.words[index].stem, ())
    opposite = any((group, 1 - side) in theirs for group, side in mine)
    return opposite and said_elsewhere(passage, index, claim.content_stems())


def _other_sense(side: Side, index: int) -> bool:
    """Whether a decision word at ``index`` is used in another sense: "a strike" without
    "down", "threw" without "out"."""
    words = side.words
    if words[index].stem not in _WITH_PARTICLE:
        return False
    return not (index + 1 < len(words) and words[index + 1].norm in ("down", "out"))


def _decision(claim: Side) -> int | None:
    """The index of the claim's word that reports a decision, or None."""
    words = claim.words
    if claim.decides:
        return next((i for i, w in enumerate(words) if w.stem in DECISION_VERBS), None)
    for i, word in enumerate(words):
        if word.norm not in _SIDES_TAKEN or i == 0 or words[i - 1].norm in _NOT_TAKEN:
            continue
        if not (i + 1 < len(words) and words[i + 1].norm == "by") and not _findings(words, i):
            return i
    return None


# What research supports is no side taken: "The study ... supports prior studies", "the
# data support the theory".
_FINDINGS = frozenset(
    stem(w)
    for w in "study studies theory hypothesis idea view finding evidence research model".split()
)


def _findings(words: Sequence[Word], index: int) -> bool:
    """Whether a side's word at ``index`` is said of research: one of ``_FINDINGS`` within
    the three words after it ("supports [prior studies]")."""
    return any(w.stem in _FINDINGS for w in words[index + 1 : index + 4])


def _to_come(side: Side, index: int) -> bool:
    """Whether the decision word at ``index`` is still to come: "to", "will" or a modal in
    the two words before it ("expected to vote", "to vote against")."""
    words = side.words
    return any(words[j].norm in _TO_COME for j in range(max(0, index - 2), index))


def _declared(side: Side, index: int) -> bool:
    """Whether the decision word at ``index`` is a side declared: "will" or "would" just
    before it and a side named ("said it would vote against", "will back"), not a vote
    still to be cast ("will vote on the offer") nor a forecast ("is expected to back")."""
    words = side.words
    if index == 0 or words[index - 1].norm not in ("will", "would"):
        return False
    after = words[index + 1].stem if index + 1 < len(words) else ""
    return words[index].norm in _SIDE_VERBS or after in (FAVOR, AGAINST)


_SIDE_VERBS = frozenset("back support oppose".split())


_VOTE = frozenset({stem("vote")})
_NAMING = frozenset("a an the its their this that his her our".split())


def _named(side: Side, index: int) -> bool:
    """Whether the word at ``index`` is a noun, the thing a decision is about rather than
    one taken: after a determiner ("the ban"), or after one and another noun ("the
    handgun ban")."""
    words = side.words
    if index > 0 and words[index - 1].norm in _NAMING:
        return True
    return (
        index > 1
        and words[index - 2].norm in _NAMING
        and not words[index - 1].norm.endswith(("ed", "ly"))
    )


# Verbs that put a decision off: "delayed a vote on the budget", "postponed the vote".
_PUT_OFF = frozenset(stem(w) for w in "delay delayed postpone postponed defer deferred".split())


def decision_untaken(claim: Side, head: int | None, passage: Side) -> bool:
    """Whether the claim's denied word at ``head`` is a decision ("did not approve the
    budget") and the passage reports none taken: none at all ("discussed the budget"), or
    one still to come or put off ("will vote on it in March", "delayed a vote"). Such a
    passage cannot deny the claim's denial; one that took the opposite decision agrees with
    it (the antonym cue's), one that took the claim's clashes."""
    if head is None or claim.words[head].stem not in DECISION_WORDS:
        return False
    words = passage.words
    return not any(
        w.stem in DECISION_WORDS
        and not _to_come(passage, i)
        and not _other_sense(passage, i)
        and not any(words[j].stem in _PUT_OFF for j in range(max(0, i - 2), i))
        for i, w in enumerate(words)
    )
