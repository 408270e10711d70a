"""Word lists behind the stance cues: negators, antonym pairs, speech verbs.

Antonyms are groups of two sides; any word of one side contradicts any word of the
other. Words are matched by their Snowball stem, so inflections come for free
("admitted", "admits" -> "admit"); irregular forms ("left", "rose", "fell") are listed.
"""

from __future__ import annotations

import re

from factcheck.evidence.antonyms import ANTONYM_SIDES as _ANTONYM_SIDES
from factcheck.workspace import stem

NEGATORS = frozenset(
    """
    not n't no never none nobody nothing neither nor without cannot cant dont doesnt didnt
    isnt wasnt arent werent wont hasnt havent hadnt
    """.split()
)

# Decisions and stances taken on something: each acts on an object ("rejected [the road
# plan]"), and one that acts on another thing than the claim's is no opposite of it
# (``scope.acts_elsewhere``): "voted against the amendment but for the motion".
_DECIDING_SIDES: tuple[tuple[str, str], ...] = (
    ("admit admitted acknowledge acknowledged confess confessed concede", "deny denies denied"),
    (
        "accept accepted agree agreed approve approved ratify ratified",
        "reject rejected refuse refused decline veto vetoed",
    ),
    # A court's ruling on an earlier one; "struck" only as in "struck down".
    (
        "uphold upheld affirm affirmed",
        "overturn overturned overrule overruled quash quashed struck reverse reversed dismissed"
        " rescind rescinded reject rejected",  # "upheld the appeal" / "rejected the appeal"
    ),
    ("convict convicted", "acquit acquitted"),
    # "lifted the ban" against "imposed a ban"; "voted for" against "abstained".
    ("lift lifted", "impose imposed"),
    ("favor favour", "abstain abstained"),
    # Not "declined" (to comment) against "signed".
    ("sign signed", "veto vetoed"),
    (
        "enact enacted adopt adopted introduce introduced",
        "repeal repealed abolish abolished revoke revoked rescind rescinded scrap scrapped",
    ),
    ("support supported favour favor endorse back backed", "oppose opposed against"),
    # "voted against" against "abstained": after the group above, whose side of "against"
    # is the one read where a word's first group is.
    ("against", "abstain abstained"),
    ("allow allowed permit permitted legal", "ban banned forbid forbade prohibit illegal"),
    ("confirm confirmed verify verified", "refute refuted disprove disproved debunk"),
)


# Decisions whose words have another sense: "fire" is mostly the blaze, a drug "blocks the
# replication of the virus", a bank "cut the dividend". One of these clashes only when the
# passage's word acts on what the claim talks about (``wordcues._acts_on``): its object is
# a word of the claim ("fired [the chief executive]", "cut 200 [workers]"), or it is a
# passive ("was fired"); and never right after "the", "a" or "its" (a noun).
_BOUND_SIDES: tuple[tuple[str, str], ...] = (
    ("resign resigned quit", "fire fired sack sacked oust ousted dismiss dismissed"),
    ("keep kept retain retained", "fire fired sack sacked oust ousted remove removed"),
    (
        "hire hired recruit recruited create created creates add added adds adding",  # "cut"
        "cut lay laid shed axe axed slash slashed eliminate eliminated fire fired",
    ),
    # "cleared the takeover" against "rejected" it ("cleared the site" acts on no claim's word).
    (
        "approve approved accept accepted clear cleared adopt adopted",
        "block blocked reject rejected",
    ),
    ("reject rejected", "back backed endorse endorsed"),
    # A proposal withdrawn or shelved was not adopted: "The proposal was approved" / "was
    # withdrawn before the vote" ("withdrew troops" acts on nothing of the claim's).
    (
        "approve approved adopt adopted pass passed accept accepted",
        "withdraw withdrew withdrawn shelve shelved",
    ),
    # A motion's fate: "passed the bill" against "the bill was defeated" or "failed"
    # ("passed the ball", "passed away" act on nothing of the claim's).
    ("pass passed", "defeat defeated reject rejected fail failed"),
    # A court: "dismissed the case" against "allowed the case to proceed".
    ("dismiss dismissed reject rejected", "allow allowed proceed"),
    # A verdict on a report or an offer: "welcomed the report" against "dismissed it".
    ("welcome welcomed praise praised", "dismiss dismissed"),
)

# Judging something: "endorsed" and "welcomed" against "condemned", "denounced". News
# copy is full of them, said by others of other things ("Business groups welcomed the
# budget, while the opposition said it was unfair", "The minister welcomed the arrest of
# two suspects in the attack"): bound as ``_BOUND_SIDES`` (they must act on the claim's
# object), and the judge too must be the claim's (``wordcues._judged_by``). Not "slam":
# a storm slams towns. The American "criticize" stems to "critic" (the noun): read in its
# British spelling (``antonym_stem``).
_JUDGING_SIDES: tuple[tuple[str, str], ...] = (
    (
        "praise praised hail hailed endorse endorsed commend commended applaud applauded"
        " welcome welcomed support supported back backed",
        "criticise criticised condemn condemned denounce denounced decry decried deplore deplored"
        " object objected",  # "objected to the plan" against "welcomed the plan"
    ),
)


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


_IZE = re.compile(r"(?<=\w{4})iz(e|ed|es|ing)$")


def antonym_stem(norm: str, word_stem: str) -> str:
    """The stem a word is looked up by among the antonyms: an American "-ize" verb in its
    British spelling ("criticized" -> "criticis", where its own stem is the noun's,
    "critic", and "Critics praised" would hold both sides)."""
    return stem(_IZE.sub(r"is\1", norm)) if "iz" in norm and _IZE.search(norm) else word_stem


ANTONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (_stems(a), _stems(b))
    for a, b in (*_ANTONYM_SIDES, *_DECIDING_SIDES, *_BOUND_SIDES, *_JUDGING_SIDES)
)
# The groups of ANTONYMS that are decisions taken on an object (_DECIDING_SIDES and the
# two below), those that are _BOUND_SIDES or _JUDGING_SIDES, and the latter alone.
DECIDING_GROUPS = frozenset(range(len(_ANTONYM_SIDES), len(ANTONYMS)))
BOUND_GROUPS = frozenset(range(len(_ANTONYM_SIDES) + len(_DECIDING_SIDES), len(ANTONYMS)))
JUDGING_GROUPS = frozenset(range(len(ANTONYMS) - len(_JUDGING_SIDES), len(ANTONYMS)))
# stem -> [(group number, side 0 or 1)]
ANTONYM_INDEX: dict[str, list[tuple[int, int]]] = {}
for _group, _sides in enumerate(ANTONYMS):
    for _side, _words in enumerate(_sides):
        for _word in _words:
            ANTONYM_INDEX.setdefault(_word, []).append((_group, _side))

# Stems of one word family, counted as one word: "Two people died" and "No deaths" talk
# about the same thing ("killed" counts the same dead).
_FAMILIES = {
    "die": "death dead fatal fatality fatalities kill killed",
    "injur": "injury injuries wound wounded hurt",
    "surviv": "survivor survivors",
    # "hire 200 workers" and "add 200 jobs" count the same posts.
    "job": "jobs worker workers employee employees staff",
    # "The jobless rate climbed" reports what "Unemployment rose" does.
    "unemploy": "unemployment unemployed jobless joblessness",
    # "1.2 million people visited the gallery" counts its visitors.
    "visit": "visitor visitors",
    # "5,000 people signed the petition" counts its signatures.
    "sign": "signature signatures signatory signatories",
    # Headlines' "up 2 pts" are points.
    "point": "pts",
    # "MPs rejected the bill" reports what "Parliament rejected the bill" does.
    "parliament": "mps mp",
    # "The calf weighed 265 lb when she was born" reports its weight "at birth".
    "birth": "born",
}
FAMILY: dict[str, str] = {
    stem(word): head for head, words in _FAMILIES.items() for word in words.split()
}


# "Nobody was injured", "No one was arrested", "None of the passengers was hurt": a count
# of none who took part in an event (the words a claim's count of zero starts with).
NO_ONE = ("nobody", "no one", "no-one", "none")
# A count that says people took part in whatever a claim denies, in other words: lives
# ("Nobody was killed" against "The storm claimed two lives"), or people beside a word of
# harm or custody ("Nobody was arrested" against "Two people were detained", "No one was
# injured" against "three people in hospital"). Not any count of people: "The fire forced
# 200 people from their homes" says nothing of injuries, nor "40 passengers" of a bus.
LIVES = _stems("lives")
PEOPLE = _stems("people person persons")
# Words before a word of harm that say it did not happen: "All 40 passengers escaped injury".
ESCAPED = frozenset("escaped escape escaping avoided avoid avoiding spared".split())
HARMED = _stems("hospital hospitalised hospitalized detain detained custody casualties victims")


def family(word_stem: str) -> str:
    """The stem that stands for ``word_stem``'s family ("death" -> "die"), else itself."""
    return FAMILY.get(word_stem, word_stem)


# Verbs that take a side with "for" or "against": "voted for" is the opposite of
# "voted against" ("for" alone is too common to be one side of an antonym pair).
STANCE_VERBS = _stems(
    "vote voted votes voting argue argued argues campaign campaigned lobby lobbied speak "
    "spoke rule ruled testify testified come came decide decided"
)

# The stem "for" takes after a verb of STANCE_VERBS: a word of the support side.
FAVOR = stem("favor")
# Verbs after which "up" and "down" say a direction of change ("prices went up"): they
# then take the stems of "increase" and "decrease".
MOTION_VERBS = _stems(
    "go goes went gone going move moves moved moving shot come came climb pick picks picked"
)
# "turned down" and "voted down" are "rejected".
REJECT = stem("reject")
TURN_VERBS = _stems("turn turned turns turning vote voted votes voting")  # and "threw out":
THROW_VERBS = _stems("throw throws threw thrown throwing")
# Words before a measure or a group that name a part of it: "[youth] unemployment", "[core]
# inflation". A figure or a change said of the part is not the whole's (``aside``,
# ``subjects``).
PARTS = _stems(
    """youth core underlying female male women men child children teenage adult graduate
    rural urban regional black disabled elderly"""
)
# "voted yes" is "voted for", "voted no" "voted against" (and no negation: ``sides``).
VOTE_VERBS = _stems("vote voted votes voting")
AGAINST = stem("against")
UP, DOWN = stem("increase"), stem("decrease")

# Words outside STOP_WORDS that say nothing about a claim's subject: modals, light verbs,
# contractions, fillers. Left out of the alignment that decides "supports".
FILLER_WORDS = frozenset(
    """
    might may must can could would should shall cannot can't won't don't doesn't didn't
    isn't aren't wasn't weren't hasn't haven't get gets got getting take takes took make
    makes made like also still yet even many much well really thing things way ways one
    ones new us let lets seem seems
    """.split()
)

# A claim that reports a decision (a vote, a ruling, a resignation) is stated only by a
# passage that reports one: "Jim Hale voted for the bill" is not stated by "Jim Hale spoke
# about the bill" (cosine 0.73), whatever else they share (``topic.missing_decision``).
DECISION_VERBS = _stems(
    """vote voted approve approved reject rejected veto vetoed endorse endorsed uphold upheld
    overturn overturned acquit acquitted convict convicted ratify ratified repeal repealed
    resign resigned"""
)
# The words by which a passage reports a decision, whichever it was.
_REPORTED = _stems(
    """pass passed carry carried back backed support supported oppose opposed against favour
    favor accept accepted adopt adopted clear cleared sign signed refuse refused decline
    declined strike struck throw threw allow allowed proceed ban banned defeat defeated
    dismiss dismissed fire fired sack sacked oust ousted quit step stepped enact enacted
    overrule overruled quash quashed affirm affirmed sentence sentenced guilty innocent
    abstain abstained ballot veto vetoes yes"""
)
DECISION_WORDS = DECISION_VERBS | _REPORTED | {FAVOR, REJECT}

# Words that put their negation into the meaning: "denies" works like "not".
NEGATING_VERBS = _stems("deny denies denied refuse refused")
# Verbs that negate the verb after their "to": "failed to meet its target" is "did not
# meet it" ("The bank failed" alone is no negation of what follows).
INFINITIVE_NEGATORS = _stems("fail fails failed failing neglect neglected")
# "ruled out raising the pension age": the verb before an "out" that negates what follows.
RULE_OUT = stem("rule")
# Every verb that denies: an antonym cue on one of them is a denial, not a second
# negation to cancel out ("succeeded" against "failed to reach orbit").
DENYING_VERBS = NEGATING_VERBS | INFINITIVE_NEGATORS | _stems("stop stopped cease ceased declined")
# Verbs that say something is lacking: "lost power" is "without power", "lacked funding"
# is "no funding" (``negation.negation_cues``: the two agree).
PRIVATIVE_VERBS = _stems("lose loses lost losing lack lacks lacked lacking miss missing deprived")
# Verbs that undo a decision, and the decisions they undo: "withdrew its endorsement"
# denies "endorsed", "revoked the licence" denies "licensed" (``Side.negators_in``). Only
# before such a noun: "withdrew from the Paris agreement" denies nothing.
REVERSING_VERBS = _stems(
    "withdraw withdraws withdrew withdrawn revoke revoked rescind rescinded retract retracted"
    " reverse reversed drop dropped pull pulled"
)
REVERSIBLE = _stems(
    "endorsement support approval backing consent permission licence license offer bid"
    " nomination recognition funding sanction sanctions ban"
)

SPEECH_VERBS = frozenset(
    """
    said says say told tells stated states claimed claims wrote writes declared declares
    announced announces added adds insisted insists warned warns argued argues
    """.split()
)


# A series' last one may be any of its numbered ones: "the fifth Test" may be "the final
# Test" (of five), but the first is never the last.
_LAST = frozenset("final last closing deciding".split())
_LATER = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())


def maybe_last(word: str, others: frozenset[str]) -> bool:
    """Whether ``word`` and one of ``others`` may name one of a series: "final" and "fifth"."""
    pair = {word} | others
    return not _LAST.isdisjoint(pair) and not _LATER.isdisjoint(pair)
