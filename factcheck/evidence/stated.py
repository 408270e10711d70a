"""Whether a passage that shares the claim's words states what the claim says.

Like a figure (``figures``) or a decision (``topic.missing_decision``), two things a claim
says are its checkable content, and a passage that does not say them is only on its topic
(shown as Related, never as supports):

- the claim's assertion, not a question: "Researchers are testing whether the drug works
  against malaria" asks what "The drug is effective against malaria" asserts;
- the change the claim reports, of the claim's subject: "Unemployment rose in March" is
  not stated by "Unemployment in March was the subject of a debate" (no change at all);
- the claim's verb of the claim's subject: "Unemployment fell in March" is not stated by
  "Inflation did not fall in March" (denied of another thing);
- what the claim denies: "The vaccine did not cause serious side effects" is not stated by
  "The most common side effects were a sore arm" (``negscope.denies_other``);
- who did it: "Jim Hale voted for the bill" is not stated by "Tom Reed voted for the bill"
  (``doers.other_doer``);
- that it is known: "The vaccine is safe for pregnant women" is not stated by "Its safety
  in pregnant women has not been established" (``unknown.left_unknown``).
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.evidence.alignment import claim_side
from factcheck.evidence.compounds import DOUBLING
from factcheck.evidence.denied import head_after, negated_elsewhere
from factcheck.evidence.doers import other_doer
from factcheck.evidence.earlier import tally_of_another_time
from factcheck.evidence.hedged import hedged
from factcheck.evidence.instances import instance_after, similar_one
from factcheck.evidence.irregular import lemma
from factcheck.evidence.lexicon import ANTONYM_INDEX
from factcheck.evidence.negforms import cessation
from factcheck.evidence.negscope import denies_other
from factcheck.evidence.novelty import novelty_unsaid
from factcheck.evidence.occasions import opposite_dated_apart
from factcheck.evidence.opening import subject_swapped
from factcheck.evidence.outcomes import turned_in_rematch
from factcheck.evidence.overtime import compared_apart
from factcheck.evidence.scope import CHANGE_GROUPS, finite, said_elsewhere
from factcheck.evidence.sides import Side
from factcheck.evidence.subjects import said_of_other
from factcheck.evidence.unknown import left_unknown
from factcheck.workspace import STOP_WORDS

# The words that may open one: a passage without either (its stems, read once per side)
# asks nothing. Their stems are themselves ("ifs" is "if" too: then the words are read).
_QUESTION_STEMS = frozenset({"whether", "if"})
# Words that open a question the passage does not answer: "testing [whether] X", "asked
# [if] X" (an "if" only after a verb that asks).
_ASKING = frozenset(
    """ask asked asks test tested testing see know unclear clear determine determined
    investigate investigated examine examined check checked question wonder study
    studied assess assessed""".split()
)
# A question reaches to the end of its sentence.
_SENTENCE_END = frozenset(".!?;")
# A passage's words that report a change in other words: "up 3%", "a record".
CHANGE_WORDS = frozenset(
    "up down record change changed changes changing higher lower more less fewer".split()
)
# Comparatives of the change groups: "make COVID-19 [worse]" compares, it reports no change.
_COMPARATIVES = CHANGE_WORDS | {"worse", "better", "best", "worst"}
# Words before a change word that make it a noun: "a [rise] in crime" is said of what
# follows it, not of the words before it.
_DETERMINERS = frozenset("a an the its their this that".split())


def not_stated(claim: Side, passage: Side) -> bool:
    """Whether the passage does not state the claim though it may share its words: it
    only asks it (``_asked``), or it reports no change where the claim reports one, or
    reports it only of other things (``_change_missing``)."""
    return (
        _asked(claim, passage)
        or _change_missing(claim, passage)
        or negated_elsewhere(claim, passage)
        or hedged(claim, passage)
        or _end_missing(claim, passage)
        or (bool(claim.denials) and denies_other(claim, passage))
        or (bool(claim.denials) and novelty_unsaid(claim, passage))
        or other_doer(claim, passage)
        or opposite_dated_apart(claim, passage)  # "opened in 1932" for "closed in 1989"
        or said_of_other(claim, passage)  # "petrol cars" for "electric cars"
        or turned_in_rematch(claim, passage)  # "lost 2-1 in the reverse fixture"
        or left_unknown(claim, passage)  # "The safety of X has not been established"
        or tally_of_another_time(claim, passage)  # "who won 3-1 there last season"
        or (bool(claim.denials) and _denied_of_another(claim, passage))
        or similar_one(claim, passage)  # "abstained on a similar resolution in 2023"
        or subject_swapped(claim, passage)  # "Beijing is China's largest city" for "Shanghai"
    )


def _denied_of_another(claim: Side, passage: Side) -> bool:
    """Whether the verb a claim denies is in the passage only acting on another instance
    of the claim's thing: "The president signed a different order" says nothing of "The
    president did not sign the order" (``instances.instance_after``)."""
    denied = {lemma(claim.words[h].stem) for n in claim.denials if (h := head_after(claim, n))}
    found = [i for i, w in enumerate(passage.words) if lemma(w.stem) in denied]
    return bool(found) and all(instance_after(claim, passage, i) for i in found)


def _end_missing(claim: Side, passage: Side) -> bool:
    """Whether the claim says something ended ("no longer produces steel", "stopped
    charging") and the passage has no negation at all: "The factory was built to produce
    steel" says it once did, not that it stopped (``negforms.cessation``)."""
    return any(cessation(claim.words, n) for n in claim.denials) and not passage.negators


def _asked(claim: Side, passage: Side) -> bool:
    """Whether the claim's content words the passage holds are all, but for one (its
    subject, often named before the question), inside a question it asks: after a
    "whether", or an "if" after a verb that asks, to the end of the sentence."""
    words, text = passage.words, passage.text
    if passage.stem_set.isdisjoint(_QUESTION_STEMS):
        return False  # most passages: no question at all
    asked: set[int] = set()
    open_question = False  # one pass: a question runs from its word to its sentence's end
    for i, w in enumerate(words):
        if (
            i
            and open_question
            and any(ch in _SENTENCE_END for ch in text[words[i - 1].end : w.start])
        ):
            open_question = False
        if open_question:
            asked.add(i)
        if w.norm == "whether" or (w.norm == "if" and i > 0 and words[i - 1].stem in _ASKING):
            open_question = True
    if not asked:
        return False
    content = claim.content_stems()
    outside = {w.stem for i, w in enumerate(words) if w.stem in content and i not in asked}
    inside = {w.stem for i, w in enumerate(words) if w.stem in content and i in asked}
    return bool(inside) and len(outside) <= 1


def _change_missing(claim: Side, passage: Side) -> bool:
    """Whether the claim reports a change ("rose", "fell", "doubled", "improved") and the
    passage reports none: no word of a change, either way, or only ones said of other
    things ("[Inflation] did not fall" for "Unemployment fell"). A noun ("a rise in
    crime") is said of what follows it, and counts; a comparison with another thing ("higher
    than anywhere else") is no change (``overtime``)."""
    if not _one_change(claim.text):
        return False
    if any(m.written == DOUBLING for m in passage.mentions):
        return False  # "twice as many as the year before": a rise (ratios.py)
    content = claim.content_stems()
    words = passage.words
    for i, word in enumerate(words):
        if word.norm in CHANGE_WORDS and not compared_apart(passage, i):
            if _apposed_elsewhere(passage, i, content):
                continue  # "The airline flew 30 million passengers, up 5%": of passengers
            return False  # "up 3%", "a record high": a change in other words
        if not any(g in CHANGE_GROUPS for g, _ in ANTONYM_INDEX.get(word.stem, ())):
            continue  # "expanded" reports what "grew" does
        if _noun(passage, i) or not said_elsewhere(passage, i, content):
            return False
    return True


def _apposed_elsewhere(side: Side, index: int, content: frozenset[str]) -> bool:
    """Whether a change word set after a comma ("passengers, [up] 5%") is said of the word
    right before the comma, a word none of the claim's. After a figure ("profits of $2bn,
    up 5%", "hit 5%, up from 4%") it is said of that figure: a change of the claim's
    thing, as any "up"."""
    words = side.words
    if index == 0 or "," not in side.text[words[index - 1].end : words[index].start]:
        return False
    before = words[index - 1]
    if before.norm[:1].isdigit() or side.in_amount(before) or before.norm in STOP_WORDS:
        return False
    return before.stem not in content


# Words after a change's verb that show it acts on nothing ("rose [in] March", "fell [by]
# 3%", "grew [faster]"): other words are its object ("reduces [the] risk": a relation,
# which ``relation`` compares, not a change of the claim's subject).
_AFTER_INTRANSITIVE = frozenset(
    """in on at by for from to over during after before since than last this again
    sharply steeply slightly faster slower further""".split()
)


def _acts_on_something(side: Side, index: int) -> bool:
    """Whether the change word at ``index`` has an object: the word after it is neither
    a number, nor one of ``_AFTER_INTRANSITIVE``, nor the end of the clause."""
    words = side.words
    if index + 1 >= len(words):
        return False
    after = words[index + 1].norm
    between = side.text[words[index].end : words[index + 1].start]
    if any(ch in ",;:.!?()" for ch in between) or after[:1].isdigit():
        return False
    return after not in _AFTER_INTRANSITIVE and not after.endswith("ly")


# A claim that is one short statement of a change: at most this many content words, and
# no clause marks. A long claim reports a change beside other things ("CO2 levels are
# rising so fast that unless we decrease emissions, ..."), which a passage may state.
_SHORT_CLAIM = 8


@lru_cache(maxsize=1024)
def _one_change(claim_text: str) -> bool:
    """Whether the claim is one short statement whose verb is a change: "Unemployment
    rose in March", "House prices increased 5%"; not "Heat waves are increasing and heat
    kills", "make COVID-19 worse" (a comparison), "reduces the risk" (a relation). Cached:
    a claim meets many passages."""
    claim = claim_side(claim_text)  # the Side the matcher split already
    words = claim.words
    if len(claim.content_stems()) > _SHORT_CLAIM or any(ch in ",;:" for ch in claim.text):
        return False
    return any(
        _changes(w.stem)
        and finite(claim, k)
        and not w.norm.endswith("er")
        and w.norm not in _COMPARATIVES
        and not _acts_on_something(claim, k)
        for k, w in enumerate(words)
    )


def _changes(word_stem: str) -> bool:
    """Whether a claim's word reports a change and nothing else: "rose", "doubled", not
    "lost" (also a defeat: "United lost 4-0"), nor a word of no change group."""
    groups = ANTONYM_INDEX.get(word_stem, ())
    return bool(groups) and all(g in CHANGE_GROUPS for g, _ in groups)


def _noun(side: Side, index: int) -> bool:
    """Whether the word at ``index`` follows a determiner ("a rise"): a noun."""
    return index > 0 and side.words[index - 1].norm in _DETERMINERS
