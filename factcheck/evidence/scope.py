"""What a word of a passage is said of: its subject and its object.

News copy reports several things in one sentence, each with its own verb: "Unemployment
fell in March, although inflation rose to 3%", "The council approved the housing plan but
rejected a proposal for a new car park", "Jim Hale voted against the amendment but for
the motion". An opposite or a negation clashes with the claim only when it is said of the
claim's thing; one said of another (its subject or its object is none of the claim's
words) is no clash, and a word of the claim's own side said of another thing does not
stand for the claim either ("profits shrank as costs soared": "soared" is the costs').
"""

from __future__ import annotations

from collections.abc import Container

from factcheck.evidence.lexicon import ANTONYMS, DECIDING_GROUPS, FILLER_WORDS, NEGATORS
from factcheck.evidence.sides import Side, clause_ends_before
from factcheck.evidence.standins import stands_for
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, stem

# The antonym groups whose words say something of a subject, a change or a decision
# ("inflation rose", "the council rejected"): one said of another subject is no opposite
# of the claim's (``said_elsewhere``). Not "first" / "last" or "east" / "west", which
# qualify a word rather than say something of a subject.
_CHANGES = frozenset(
    stem(w) for w in "increase double improve widen stronger expand accelerate".split()
)
PREDICATE_GROUPS = DECIDING_GROUPS | frozenset(
    g for g, (a, _) in enumerate(ANTONYMS) if a & _CHANGES
)
# Of those, the groups of a change ("rose", "fell", "doubled", "improved"); those of a
# change in size, and the words of each direction over them (side 0 up, side 1 down):
# "expanded" says "grew" ("grew [weaker]" is no "stronger", so not the comparatives').
CHANGE_GROUPS = PREDICATE_GROUPS - DECIDING_GROUPS
SIZE_GROUPS = frozenset(
    g for g, (a, _) in enumerate(ANTONYMS) if a & {stem("increase"), stem("expand")}
)
SIZE_SIDES = tuple(frozenset().union(*(ANTONYMS[g][side] for g in SIZE_GROUPS)) for side in (0, 1))
# Words of the antonym lists whose bare form is mostly a noun: "signed a contract" is no
# "contracted" (the economy shrank), so only their other forms are read as the opposite.
NOUN_FORMS = frozenset({"contract", "contracts"})

# Words that open another clause: what comes before them is another verb's ("[he] would").
_CLAUSE_OPENERS = frozenset(
    """while whereas although though but as because since when which who whose that
    after before if unless yet so where despite even than he she they we""".split()
)
# Words that end a verb's object: "rejected the plan [in] March", "voted against the
# amendment [but] for the motion" ("of" does not: "in favour of the plan").
_OBJECT_ENDS = _CLAUSE_OPENERS | frozenset(
    "in on at by for from with to into than during over under between among without until"
    " and or".split()
)
# How far a subject is looked for before its verb, and how many words of an object read.
_SUBJECT_REACH = 8
_OBJECT_WORDS = 3
# Words before a verb that make it a passive: its object came before it.
PASSIVE = frozenset("was were been be being is are got get gets".split())


def _content(word: Word) -> bool:
    norm = word.norm
    return not (
        norm in STOP_WORDS
        or norm in FILLER_WORDS
        or norm in NEGATORS
        or norm.endswith("n't")
        or norm.endswith("ly")  # "overwhelmingly rejected", "widely criticised"
        or norm[:1].isdigit()
    )


def subject_stems(side: Side, index: int) -> frozenset[str]:
    """The content words before word ``index`` in its clause: who or what it is said of
    ("[Inflation] did not fall", "[The company's profits] shrank"). Empty when the clause
    starts right before it ("..., it fell")."""
    words = side.words
    found: set[str] = set()
    # "closing [up] 1%", "went [down]": the verb before the particle is not its subject.
    last = index - 2 if words[index].norm in ("up", "down") else index - 1
    for j in range(last, max(-1, index - 1 - _SUBJECT_REACH), -1):
        if clause_ends_before(side, j + 1) or words[j].norm in _CLAUSE_OPENERS:
            break
        if _content(words[j]):
            found.add(words[j].stem)
    return frozenset(found)


def object_stems(side: Side, index: int) -> frozenset[str]:
    """The first content words after word ``index``, to the end of its object: what it acts
    on ("rejected [the road plan] in March")."""
    words = side.words
    found: set[str] = set()
    for j in range(index + 1, min(len(words), index + 1 + _SUBJECT_REACH)):
        if len(found) == 1 and stands_for(side, j - 1):
            continue  # "rejected plans [for] new cycle lanes": the lanes are its object too
        if clause_ends_before(side, j) or words[j].norm in _OBJECT_ENDS:
            break
        if _content(words[j]):
            found.add(words[j].stem)
            if len(found) >= _OBJECT_WORDS:
                break
    return frozenset(found)


def said_elsewhere(side: Side, index: int, stems: Container[str]) -> bool:
    """Whether word ``index`` is said of another thing than the other side's: the words
    before it in its clause are there and none is one of ``stems`` ("[inflation] rose"
    against "Unemployment fell")."""
    subject = subject_stems(side, index)
    return bool(subject) and not any(s in stems for s in subject)


def another_subject(claim: Side, k: int, passage: Side, index: int, hit: int) -> bool:
    """Whether the passage's word at ``index`` is said of another thing of the kind of the
    claim's subject, which the word at ``hit`` is said of: "Knife crime rose ..., while
    [gun crime] fell" for "Knife crime fell" (the claim's subject is all in the one, and
    the other names a thing the claim does not, lacking a word of the claim's subject)."""
    mine = subject_stems(claim, k)
    if not mine or not mine <= subject_stems(passage, hit):
        return False
    theirs = subject_stems(passage, index)
    content = claim.content_stems()
    return any(s not in content for s in theirs) and not mine <= theirs


def said_of(side: Side, index: int, stems: Container[str]) -> bool:
    """Whether word ``index`` is said of the other side's thing: a word before it in its
    clause is one of ``stems`` ("The company's [profits] shrank")."""
    return any(s in stems for s in subject_stems(side, index))


# Words before a verb that make it no finite verb with a subject before it: "[to] reduce
# emissions", "[the] increase".
_NOT_FINITE_AFTER = frozenset("to a an the its their this that his her".split())
# Words before a bare form that make it a verb ("has [fallen]", "did [rise]", "[will] fall").
_AUXILIARIES = PASSIVE | frozenset(
    "has have had did does do will would could can may might should must".split()
)
# Past forms of the antonym lists that do not end in "-ed".
_IRREGULAR_PAST = frozenset(
    """rose risen fell fallen grew grown shrank shrunk slid sank sunk leapt won lost cut
    upheld struck rejected quit kept""".split()
)


def finite(side: Side, index: int) -> bool:
    """Whether word ``index`` reads as a verb said of the words before it: a past form
    ("fell", "soared") or a form after an auxiliary ("has fallen", "will rise"), not an
    "-ing" form ("the rising of the sea", "thus reducing"), an infinitive ("to reduce") or
    a noun ("a rapid decline", "the rise")."""
    words = side.words
    norm = words[index].norm
    before = words[index - 1].norm if index > 0 else ""
    if norm.endswith("ing") or before in _NOT_FINITE_AFTER:
        return False
    return norm.endswith("ed") or norm in _IRREGULAR_PAST or before in _AUXILIARIES


def acts_elsewhere(claim: Side, k: int, passage: Side, index: int) -> bool:
    """Whether the passage's decision at ``index`` acts on another thing than the claim's
    at ``k``: its object is none of the claim's words ("voted against [the amendment]"), or
    it names a thing the claim does not where the claim names one the passage does not
    ("rejected [the road plan]" against "approved [the housing plan]")."""
    theirs = object_stems(passage, index)
    if not theirs:
        return False  # "was rejected by the council", "rejected it": nothing to tell
    claim_stems = claim.content_stems()
    if passive(passage, index) and subject_stems(passage, index) & claim_stems:
        return False  # "The officer [was convicted] of manslaughter": the claim's officer
    mine = object_stems(claim, k)
    if not mine:
        return False  # the claim's acts on nothing named ("Lopez abstained [in the vote]")
    if not any(s in claim_stems for s in theirs):
        return True
    passage_stems = passage.content_stems()
    return any(s not in claim_stems for s in theirs) and any(s not in passage_stems for s in mine)


def names_another(claim: Side, k: int, passage: Side, index: int) -> bool:
    """Whether the passage's decision at ``index`` names another thing of the same kind as
    the claim's at ``k``: their objects share a word, and each has one the other side
    lacks ("rejected [the road plan]" against "approved [the housing plan]")."""
    theirs = object_stems(passage, index)
    mine = object_stems(claim, k)
    if not theirs or not mine or not theirs & mine:
        return False
    claim_stems, passage_stems = claim.content_stems(), passage.content_stems()
    return any(s not in claim_stems for s in theirs) and any(s not in passage_stems for s in mine)


def passive(side: Side, index: int) -> bool:
    """Whether the verb at ``index`` is a passive: a form of "be" before it, or before the
    adverb before it ("was fired", "was widely criticised")."""
    words = side.words
    if index > 0 and words[index - 1].norm in PASSIVE:
        return True
    return index > 1 and words[index - 1].norm.endswith("ly") and words[index - 2].norm in PASSIVE


# Words after a bare "back" that make it an adverb: "sending negotiators back [to] the
# table", "back [in] 2010".
_AFTER_ADVERB_BACK = frozenset("to into in home from on at up down out off again then".split())


_WHEN = frozenset(
    "week weekend month year night season spring summer autumn fall winter monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def other_sense(side: Side, index: int) -> bool:
    """Whether word ``index`` is an antonym list's word in another sense: a bare form that
    is mostly a noun ("signed a [contract]", ``NOUN_FORMS``) or "back" as an
    adverb ("sent them [back] to the table")."""
    words = side.words
    norm = words[index].norm
    if norm in NOUN_FORMS:
        return True
    if norm in ("contracted", "contracting", "ease", "eased", "easing"):
        return bool(object_stems(side, index))  # "contracted the virus", "eased the rules"
    if norm == "last" and index + 1 < len(words) and words[index + 1].norm in _WHEN:
        # "last week", "last Tuesday": when, not the last of a row ("the last week of")
        return index == 0 or words[index - 1].norm not in ("the", "its", "their", "his", "her")
    if norm != "back":
        return False
    after = words[index + 1].norm if index + 1 < len(words) else ""
    return after in _AFTER_ADVERB_BACK or not after


def own_said(
    claim: Side,
    k: int,
    passage: Side,
    window: tuple[int, int],
    own: frozenset[str],
    theirs: list[str] | None,
    group: int,
    hit: int,
) -> bool:
    """Whether a word of the claim's own side in the passage's ``window`` stands for the
    claim's word ``k`` beside the opposite at ``hit``: one in its sense ("sent them back to
    the table" is no "backed") does, unless the opposite is said of the claim's thing and
    every such word of another: a verb of another subject ("The company's profits shrank
    as [costs] soared", "[gun crime] fell" beside "knife crime rose"), or a decision on
    another object ("approved the drug, though it rejected [a higher dose]")."""
    words = passage.words
    found = [
        i
        for i in range(*window)
        if (words[i].stem if theirs is None else theirs[i]) in own and not other_sense(passage, i)
    ]
    if not found:
        return False
    content = claim.content_stems()
    if group in DECIDING_GROUPS and object_stems(passage, hit) & content:
        found = [i for i in found if not acts_elsewhere(claim, k, passage, i)]
        if not found:
            return False
    if group not in PREDICATE_GROUPS or not finite(passage, hit):
        return True
    if not said_of(passage, hit, content):
        return True
    return not all(
        finite(passage, i)
        and (said_elsewhere(passage, i, content) or another_subject(claim, k, passage, i, hit))
        for i in found
    )


def decided_on_subject(claim: Side, k: int, passage: Side, index: int) -> bool:
    """Whether a claim's passive decision ("Marsh [was acquitted]") and the passage's
    active one are about the same one: the passage's object holds the claim's subject
    ("A jury convicted [Marsh]"). Its subject is the decider ("jury"), which a passive
    claim does not name, so it is not another thing the decision is said of."""
    if not passive(claim, k):
        return False
    return bool(object_stems(passage, index) & subject_stems(claim, k))


# Nouns of an opposite that name a kind by the word before them: "a [budget] deficit" is
# not "a [trade] surplus".
_QUALIFIED = frozenset(stem(w) for w in ("surplus", "deficit", "shortfall"))


def qualified_apart(claim: Side, k: int, passage: Side, index: int) -> bool:
    """Whether the claim's noun at ``k`` and the passage's opposite at ``index`` name two
    kinds: each has a content word right before it that the other side lacks ("trade
    surplus" against "budget deficit")."""
    if claim.words[k].stem not in _QUALIFIED or k == 0 or index == 0:
        return False
    mine, theirs = claim.words[k - 1], passage.words[index - 1]
    return (
        _content(mine)
        and _content(theirs)
        and mine.stem not in passage.content_stems()
        and theirs.stem not in claim.content_stems()
    )
