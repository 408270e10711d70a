"""Word cues: a word and its opposite, a swapped name (negations: ``negation``)."""

from __future__ import annotations

from collections.abc import Container

from factcheck.evidence.appeals import appeal_apart
from factcheck.evidence.changeapart import change_apart
from factcheck.evidence.comparedwith import compared_apart
from factcheck.evidence.converse import turned_round
from factcheck.evidence.denied import earlier
from factcheck.evidence.doers import lost_to
from factcheck.evidence.eachdoer import own_by_another
from factcheck.evidence.earlier import said_earlier
from factcheck.evidence.elsewhere import other_place
from factcheck.evidence.instances import instance_after
from factcheck.evidence.lexicon import (
    AGAINST,
    ANTONYM_INDEX,
    ANTONYMS,
    BOUND_GROUPS,
    DECIDING_GROUPS,
    FAVOR,
    JUDGING_GROUPS,
    MOTION_VERBS,
    STANCE_VERBS,
    THROW_VERBS,
    TURN_VERBS,
)
from factcheck.evidence.negation import negation_cues
from factcheck.evidence.negscope import negated_opposite
from factcheck.evidence.occasions import dated_apart
from factcheck.evidence.overtime import LEVELS, than_a_time
from factcheck.evidence.ownobject import own_done_elsewhere
from factcheck.evidence.placings import placed_apart
from factcheck.evidence.prefixes import prefix_cues
from factcheck.evidence.scope import (
    CHANGE_GROUPS,
    PREDICATE_GROUPS,
    SIZE_GROUPS,
    SIZE_SIDES,
    acts_elsewhere,
    decided_on_subject,
    finite,
    other_sense,
    own_said,
    passive,
    qualified_apart,
    said_elsewhere,
    subject_stems,
)
from factcheck.evidence.sides import Side, clause_ends_before, known, make_cue, phrase
from factcheck.evidence.standins import stands_for
from factcheck.evidence.subjects import other_subject
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, Cue, CueKind

__all__ = ["antonym_cues", "negation_cues"]


def antonym_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """A word on the claim's side whose opposite stands in the passage ("east" vs "west",
    "rose" vs "fell", "voted for" vs "voted against").

    Words inside an amount are left to the amounts: "more than 5,000" and "fewer than
    6,000" can both be true.
    """
    candidates = known(claim, _antonym_candidates)
    if not candidates:
        return prefix_cues(claim, passage, window)  # "armed" / "unarmed" only, if any
    cues = []
    claim_stems = claim.antonym_set
    lo, hi = window
    words = passage.words
    # A passage is mostly read once: its stems as they are, unless it has an "-ize" word.
    theirs = passage.antonym_stems if "iz" in passage.text else None
    passage_stems = set(passage.stem_list[lo:hi]) if theirs is None else set(theirs[lo:hi])
    quoted: set[int] = set()  # the passage words a cue already quotes
    content = claim.content_stems()
    for k, word, groups in candidates:
        for group, side in groups:
            own, opposite = ANTONYMS[group][side], ANTONYMS[group][1 - side]
            if opposite.isdisjoint(passage_stems):
                continue  # no opposite in the window: no hit below (most passages)
            predicate = group in PREDICATE_GROUPS
            bound = group in BOUND_GROUPS
            judging = group in JUDGING_GROUPS
            # "The plan was praised": a judge named by neither side may be the same one.
            unnamed = judging and passive(claim, k) and _agent_in(claim, k, (), unnamed=True)
            hit = next(
                (
                    i
                    for i in range(lo, hi)
                    if (words[i].stem if theirs is None else theirs[i]) in opposite
                    and not passage.in_amount(passage.words[i])
                    and (not bound or _acts_on(passage, i, claim_stems))
                    and (not judging or _judged_by(passage, i, claim_stems, unnamed=unnamed))
                    and not _none_of(passage, i)
                    and not compared_apart(claim, k, passage, i)
                    and not other_sense(passage, i)
                    and not (
                        predicate
                        and finite(passage, i)
                        and said_elsewhere(passage, i, content)
                        and not decided_on_subject(claim, k, passage, i)
                    )
                    and not qualified_apart(claim, k, passage, i)
                    and not (
                        group in DECIDING_GROUPS
                        and (
                            acts_elsewhere(claim, k, passage, i)
                            or said_earlier(claim, passage, i)
                            or appeal_apart(claim, k, passage, i)  # "rejected the appeal against"
                        )
                    )  # "voted against the amendment", "A year earlier, ... had rejected"
                    and not earlier(passage, i, claim)  # "which had been running late"
                    and not lost_to(claim, k, passage, i)  # "X won" / "Y lost to X"
                    and not turned_round(claim, k, passage, i)  # "X sold" / "bought from X"
                    and not instance_after(claim, passage, i)  # "lost the final", "semi-final"
                    and not other_subject(claim, k, passage, i)  # "The mayor's deputy"
                    and not (group in CHANGE_GROUPS and change_apart(claim, passage, i, content))
                    and not said_earlier(claim, passage, i)  # "had risen before the results"
                    and not dated_apart(claim, k, passage, i)  # "opened in 1932" / "closed"
                    and not placed_apart(claim, k, passage, i)  # "finished third" / "started 7th"
                    and not other_place(claim, passage)  # "in Leeds rose" / "in York fell"
                    and not negated_opposite(claim, k, passage, i)  # "refused to sign": vetoed
                ),
                None,
            )
            if hit is None or claim.in_amount(word) or hit in quoted:
                continue  # "allowed ... to proceed" against one "dismissed": one cue
            if group in SIZE_GROUPS:  # "growing" and "expanded" say one direction; and
                own = SIZE_SIDES[side] | {word.stem}  # "higher than in 2019" is the claim's
            if (
                own & passage_stems
                and own_said(claim, k, passage, window, own, theirs, group, hit)
                and not own_by_another(claim, k, passage, hit, own, window)  # "Reed voted against"
                and not own_done_elsewhere(claim, k, passage, hit, window, own)  # "cuts the parks"
            ):
                continue  # the passage says the claim's word too: nothing to contrast
            said = claim.text[slice(*phrase(claim, _with_verb(claim, k), _to_verb(claim, k)))]
            start, end = phrase(passage, _with_verb(passage, hit), _to_verb(passage, hit))
            cues.append(make_cue(CueKind.ANTONYM, said, passage, start, end, conflict=True))
            quoted.add(hit)
            break
    return cues or prefix_cues(claim, passage, window)


def _antonym_candidates(claim: Side) -> list[tuple[int, Word, list[tuple[int, int]]]]:
    """The claim's words with an opposite to look for, each with its antonym groups (and
    its side in each): ``antonym_cues``' tests of the claim alone, read once per claim."""
    found = []
    mine = claim.antonym_stems
    claim_stems = claim.antonym_set
    for k, word in enumerate(claim.words):
        groups = ANTONYM_INDEX.get(mine[k], [])
        if not groups or other_sense(claim, k):
            continue  # "signed a contract", "came back": not the list's word
        if any(_none_of(claim, j) for j in range(max(0, k - 6), k + 1)):
            continue  # "None of the miners was hurt": the event decides (``negation``)
        if word.norm in LEVELS and than_a_time(claim, k):
            # "higher than last week" says "rose since last week": against "has dropped".
            groups = [*groups, *((g, LEVELS[word.norm]) for g in SIZE_GROUPS)]
        kept = [
            (group, side)
            for group, side in groups
            # both sides on both sides: nothing to contrast; "The fire killed three
            # people": the blaze, not a dismissal
            if not ANTONYMS[group][1 - side] & claim_stems
            and not (group in BOUND_GROUPS and _noun(claim, k))
        ]
        if kept:
            found.append((k, word, kept))
    return found


# Words before a noun: "the fire", "a block", "its cut".
_NOUN_BEFORE = frozenset("the a an its their his her this that these those our".split())


def _noun(side: Side, index: int) -> bool:
    """Whether word ``index`` follows a determiner ("the fire"): a noun, not a verb."""
    return index > 0 and side.words[index - 1].norm in _NOUN_BEFORE


def _acts_on(side: Side, index: int, stems: Container[str]) -> bool:
    """Whether the verb at ``index`` acts on a word of ``stems`` (the other side's): its
    object, the first content word within six after it, is one of them ("fired [the chief
    executive]", "cut 200 [workers]", not "blocks [replication]"), or it is a passive
    ("was fired", "was blocked"), whose object came before it."""
    if _noun(side, index):
        return False
    if passive(side, index):
        return True
    if _intransitive(side, index):  # "The amendment [passed] 210-198": it acts on its subject
        return any(s in stems for s in subject_stems(side, index))
    words = side.words
    for j in range(index + 1, min(index + 7, len(words))):  # "22,000" is two words
        w = words[j]
        if w.norm in STOP_WORDS or w.norm[:1].isdigit() or w.norm in _BEFORE_A_COUNT:
            continue
        if w.stem in stems:
            return True
        # "blocked [plans for] new cycle lanes": the object is what the plans are for.
        return stands_for(side, j) and _acts_on(side, j + 1, stems)
    return False


# Words between a verb and the count it acts on: "cut a combined 22,000 jobs".
_BEFORE_A_COUNT = frozenset("combined total net further additional extra estimated".split())
# Words after a verb used without an object: "passed [by] 12 votes", "passed [after] a vote".
_AFTER_NO_OBJECT = frozenset("by after before on in at with despite amid following during".split())


def _intransitive(side: Side, index: int) -> bool:
    """Whether the verb at ``index`` has no object: the first word after it that is no
    figure is none, or after a clause mark, or one of ``_AFTER_NO_OBJECT``."""
    words = side.words
    for j in range(index + 1, len(words)):
        if clause_ends_before(side, j):
            return True
        if not words[j].norm[:1].isdigit():
            return words[j].norm in _AFTER_NO_OBJECT
    return True


def _judged_by(side: Side, index: int, stems: Container[str], *, unnamed: bool) -> bool:
    """Whether the judging verb at ``index`` is said by the other side's judge: the
    content word before it, in its clause and within three words, is one of ``stems``
    ("[The newspaper] denounced"), or there is none ("It condemned"); a passive's agent
    is one of them ("was criticised by [the newspaper]"), or it names none and neither
    does the other side (``unnamed``: "The plan was praised" / "was widely criticised";
    "The minister supported the plan" names its judge). "Business groups welcomed the
    budget" is not the opposition's judgement."""
    if passive(side, index):
        return _agent_in(side, index, stems, unnamed=unnamed)
    for j in range(index - 1, max(-1, index - 4), -1):
        if any(ch in ",;:.!?()" for ch in side.text[side.words[j].end : side.words[j + 1].start]):
            return True
        w = side.words[j]
        if w.norm not in STOP_WORDS:
            return w.stem in stems
    return True


# Words that end a passive's agent: "by critics [of] the plan".
_AGENT_ENDS = frozenset("of in for at on over about after as".split())


def _agent_in(side: Side, index: int, stems: Container[str], *, unnamed: bool) -> bool:
    """Whether a passive's agent is one of ``stems`` ("was criticised by [environmental
    groups]" is their judgement, not the claim's judge's), or, when it names none ("was
    widely criticised"), whether the other side names none either (``unnamed``)."""
    words = side.words
    if index + 1 >= len(words) or words[index + 1].norm != "by":
        return unnamed
    agent = []
    for j in range(index + 2, min(index + 6, len(words))):
        if words[j].norm in _AGENT_ENDS or clause_ends_before(side, j):
            break
        if words[j].norm not in STOP_WORDS:
            agent.append(words[j].stem)
    return not agent or any(s in stems for s in agent)


def _none_of(side: Side, index: int) -> bool:
    """Whether word ``index`` is the "none" of "none of": a count of those an event
    touched ("None of the 12 miners was hurt"), which "All 12 miners were rescued" does
    not deny; the negation cues compare the event."""
    return (
        side.words[index].norm == "none"
        and index + 1 < len(side.words)
        and side.words[index + 1].norm == "of"
    )


def _to_verb(side: Side, index: int) -> int:
    """The last word to quote for word ``index``: the verb after a "to" that takes its side
    ("voted to [confirm]", ``wordsplit``), else the word itself."""
    words = side.words
    to = words[index].norm == "to" and index + 1 < len(words)
    return index + 1 if to and words[index].stem in (FAVOR, AGAINST) else index


def _with_verb(side: Side, index: int) -> int:
    """The first word to quote for word ``index``: its verb too for "voted for/against"
    and "went up/down"."""
    if index == 0:
        return index
    word, verb = side.words[index].norm, side.words[index - 1].stem
    if (
        (word in ("for", "against", "to") and verb in STANCE_VERBS)
        or (word in ("up", "down") and verb in MOTION_VERBS)
        or (word == "down" and verb in TURN_VERBS)
        or (word == "out" and verb in THROW_VERBS)
    ):
        return index - 1
    if word in ("for", "against") and index > 1 and side.words[index - 2].stem in STANCE_VERBS:
        return index - 2  # "came out for"
    return index
