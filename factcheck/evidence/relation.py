"""Which way a relation runs: "Vitamin D increases COVID-19 mortality" against "a negative
correlation between vitamin D and COVID-19 mortality".

Studies state an effect as a correlation or an association, positive or negative, where a
claim says one thing raises or lowers another. The words differ ("increases" /
"negatively associated"), so neither the antonym cue nor a sentence vector sees that they
point opposite ways. A claim's relation is read from its verb (increases, raises, causes /
reduces, lowers, prevents, "protects against"...) with the content words before it (what
acts) and after it (what it acts on); an intransitive "deaths increased in winter" relates
nothing. A passage's relation is "positive(ly)", "negative(ly)", "inverse(ly)" or "reverse"
with "correlated", "associated", "related", "linked" or "proportional", either order,
between what stands before it and what follows its "with" or "to" ("X was negatively
associated with Y"), or the two sides of its "between X and Y". The two clash when they
run opposite ways and the passage relates the claim's two things; a lack on either side
("vitamin D deficiency", "low vitamin D levels") turns that side's relation round, and a
negated relation ("no positive correlation") is not read.

A passage that says it with a raising or lowering verb of its own is the antonym cue's to
compare, but for a lack next to what acts on one side only: "Iron deficiency causes
anaemia" against "Iron causes anaemia" clashes with the same verb, and "A lack of exercise
raises the risk" agrees with "Exercise lowers the risk" (``_verb_cues``; the stance then
sets the "raises" / "lowers" antonym aside).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.evidence.hints import hint_text
from factcheck.evidence.lexicon import NEGATORS
from factcheck.evidence.sides import Side, known, make_cue
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, Cue, CueKind

_RAISES = frozenset(
    """increase increases increased raise raises raised boost boosts boosted heighten
    heightens heightened cause causes caused""".split()
)
_LOWERS = frozenset(
    """reduce reduces reduced lower lowers lowered decrease decreases decreased lessen
    lessens lessened diminish diminishes diminished prevent prevents prevented protect
    protects protected""".split()
)
_WAY = r"positive(?:ly)?|negative(?:ly)?|inverse(?:ly)?|reverse"
_RELATED = r"(?:correlat|associat|relat|link|proportional)\w*"
# "a small reverse correlation between", "negatively associated with", "correlated
# negatively with", "inversely proportional to".
_PASSAGE_RELATION = re.compile(
    rf"\b(?:(?P<way>{_WAY})\s+(?:\w+ly\s+)?{_RELATED}|{_RELATED}\s+(?P<way_after>{_WAY}))\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:no|not|nor|without|never)\s+(?:\w+\s+)?$", re.IGNORECASE)
# What acts is a lack of something: "vitamin D deficiency increases the risk" says vitamin
# D lowers it.
_LACK = frozenset(
    """deficiency deficiencies deficient lack lacking shortage shortages absence
    insufficient insufficiency low reduction reductions restriction restrictions cessation
    deprivation deprived""".split()
)
# Lack words that qualify only the word right after them ("low vitamin D levels"), when
# read next to what acts (``_lack_next_to``): "lower" and "reduced" are verbs elsewhere.
_RIGHT_BEFORE = frozenset("low lower reduced insufficient".split())
# What a lack does not reach across: "Despite a shortage of nurses, the hospital increased
# its beds"; "and", "but" and other words that open another phrase.
_BREAK = re.compile(r"[,;:()]|\b(?:and|but|or|despite|although|though|while|whereas|because)\b")
# "raise the alarm", "raised concerns": "raise" in another sense.
_RAISE_OTHER_SENSE = frozenset(
    """alarm alarms concern concerns question questions doubt doubts fear fears hope hopes
    awareness money fund funds funding flag flags issue issues objection objections
    eyebrows""".split()
)
# After the verb, these make it intransitive ("increased in winter", "fell during"), or it
# is "protect" without "against".
_NOT_AN_OBJECT = frozenset(
    """in during as by over since after before from to among across at on for with while
    when than sharply slightly significantly steadily dramatically rapidly""".split()
)
# Words either side of a verb or a relation read as what acts and what it acts on.
_REACH = 5
# "the risk of", "rates": words that name no thing of their own.
_GENERIC = frozenset("risk risks rate rates level levels chance chances odds".split())


class _Relation(NamedTuple):
    verb: str  # as written
    direction: int  # +1 raises, -1 lowers
    acts: frozenset[str]
    acted_on: frozenset[str]
    at: int = 0  # the verb's word
    lacks: frozenset[str] = frozenset()  # what a lack next to it qualifies ("iron deficiency")


def relation_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where the claim says one thing raises (lowers) another and the passage
    finds them negatively (positively) related; agreement where both run the same way.
    At most one cue per relation of the claim: the passage's first that relates its two
    things."""
    relations = known(claim, _claim_relations)  # the claim's alone: read once
    if not relations:
        return []
    cues = []
    found = known(passage, _passage_ways)
    for relation in relations:
        for match in found:
            way = _passage_way(passage, match, relation)
            if way:
                clash = way != relation.direction
                kind = CueKind.ANTONYM if clash else CueKind.AGREEMENT
                cue = make_cue(
                    kind, relation.verb, passage, match.start(), match.end(), conflict=clash
                )
                cues.append(cue)
                break
        else:
            cues.extend(_verb_cues(claim, relation, passage))
    return cues


# Every match of _PASSAGE_RELATION holds one word of each (lower-cased): looked for first,
# at C speed (``hints.hint_text``). Keep them with the pattern.
_RELATED_HINTS = ("relat", "associat", "link", "proportional")
_WAY_HINTS = ("positive", "negative", "inverse", "reverse")


def _passage_ways(passage: Side) -> list[re.Match[str]]:
    """The passage's relations said with a way ("negatively associated with"), not negated:
    read once per passage, which meets several claims."""
    lowered = hint_text(passage.text)
    if lowered is not None and not (
        any(hint in lowered for hint in _RELATED_HINTS)
        and any(hint in lowered for hint in _WAY_HINTS)
    ):
        return []  # most passages
    return [m for m in _PASSAGE_RELATION.finditer(passage.text) if not _negated(passage, m)]


def _verb_cues(claim: Side, relation: _Relation, passage: Side) -> list[Cue]:
    """The passage's own raising or lowering verb relating the claim's two things, where a
    lack qualifies what acts on one side only: "Iron deficiency causes anaemia" says the
    opposite of "Iron causes anaemia", and "A lack of exercise raises the risk of heart
    disease" says what "Exercise lowers the risk of heart disease" says (its "raises" is no
    opposite then). Without a lack on either side, or with one on both, the verbs are the
    antonym cue's to compare."""
    for theirs in known(passage, _passage_relations):
        shared = relation.acts & theirs.acts
        if not shared or relation.acted_on.isdisjoint(theirs.acted_on):
            continue
        mine_lacks = not shared.isdisjoint(relation.lacks)
        if mine_lacks == (not shared.isdisjoint(theirs.lacks)):
            continue
        # Each verb's own way, turned round by a lack next to what acts on its side.
        mine = _way(claim.words[relation.at].norm) * (-1 if mine_lacks else 1)
        way = _way(passage.words[theirs.at].norm) * (1 if mine_lacks else -1)
        clash = way != mine
        claim_start, claim_end = _acting(claim, relation.at, shared)
        start, end = _acting(passage, theirs.at, shared)
        kind = CueKind.ANTONYM if clash else CueKind.AGREEMENT
        said = claim.text[claim_start:claim_end]
        return [make_cue(kind, said, passage, start, end, conflict=clash)]
    return []


def _acting(side: Side, verb: int, shared: frozenset[str]) -> tuple[int, int]:
    """The span from what acts (with its lack: "Iron deficiency", "A lack of sleep") to the
    verb at ``verb``."""
    words = side.words
    first = next(k for k in range(max(0, verb - _REACH), verb) if words[k].stem in shared)
    while first > 0 and _one_name(side, first - 1, first):
        first -= 1  # "Vitamin [D]"
    lack = _lack_next_to(side, first)
    return words[first if lack is None else min(first, lack)].start, words[verb].end


def _way(norm: str) -> int:
    return 1 if norm in _RAISES else -1


def _passage_relations(passage: Side) -> list[_Relation]:
    """The passage's raising or lowering verbs, as a claim's are read, but for those under
    a negation ("did not increase"): the negation cue reads those."""
    words = passage.words
    return [
        r
        for r in _claim_relations(passage)
        if not any(words[k].norm in NEGATORS for k in range(max(0, r.at - 3), r.at))
    ]


def _one_name(side: Side, before: int, word: int) -> bool:
    """Whether word ``before`` is part of the name that ends at ``word``: a content word
    right before it, with only a space or a hyphen between."""
    words = side.words
    gap = side.text[words[before].end : words[word].start]
    norm = words[before].norm
    return gap in (" ", "-") and norm not in STOP_WORDS and norm not in _LACK | _RIGHT_BEFORE


def _lack_next_to(side: Side, index: int) -> int | None:
    """The lack word that qualifies word ``index``: "[deficiency]" of "iron deficiency",
    "[lack] of sleep", "[low] vitamin D levels", at most two words away (three before) in
    the same phrase: no comma or clause word between."""
    words = side.words
    for k in (index + 1, index + 2, index - 1, index - 2, index - 3):
        if 0 <= k < len(words) and ((norm := words[k].norm) in _LACK or norm in _RIGHT_BEFORE):
            if norm in _RIGHT_BEFORE and k != index - 1:
                continue  # "low-income families": "low" is the income's
            first, last = min(k, index), max(k, index)
            between = side.text[words[first].start : words[last].end]
            if not _BREAK.search(between):
                return k
    return None


def _negated(passage: Side, match: re.Match[str]) -> bool:
    return _NEGATED.search(passage.text, max(0, match.start() - 20), match.start()) is not None


def _passage_way(passage: Side, match: re.Match[str], relation: _Relation) -> int:
    """+1 or -1 where the passage's relation at ``match`` relates what the claim's relation
    relates, turned round by a lack on either side; 0 where it relates other things."""
    words = passage.words
    at = next((i for i, w in enumerate(words) if w.start >= match.start()), len(words))
    after = next((i for i, w in enumerate(words) if w.start >= match.end()), len(words))
    # "a negative correlation (was observed) between X and Y"
    between = next(
        (k for k in range(after, min(after + 4, len(words))) if words[k].norm == "between"), -1
    )
    if between >= 0:
        rest = words[between + 1 : between + 1 + 2 * _REACH]
        cut = next((k for k, w in enumerate(rest) if w.norm == "and"), len(rest))
        one, other = rest[:cut], rest[cut + 1 : cut + 1 + _REACH]
        pairs = [(one, other), (other, one)]
    else:
        if after < len(words) and words[after].norm in ("with", "to"):
            after += 1
        pairs = [(words[max(0, at - _REACH) : at], words[after : after + _REACH])]
    for acts, acted_on in pairs:
        if _holds(acts, relation.acts) and _holds(acted_on, relation.acted_on):
            written = match.group("way") or match.group("way_after")
            way = -1 if written.lower().startswith(("neg", "inv", "rev")) else 1
            return -way if _lacking(acts) else way
    return 0


def _holds(words: list[Word], stems: frozenset[str]) -> bool:
    return not stems.isdisjoint(w.stem for w in words)


def _lacking(words: list[Word]) -> bool:
    return any(w.norm in _LACK for w in words)


def _claim_relations(claim: Side) -> list[_Relation]:
    """Each raising or lowering verb of the claim with content words on both sides."""
    found = []
    words = claim.words
    for i, word in enumerate(words):
        if word.norm in _RAISES:
            direction = 1
        elif word.norm in _LOWERS:
            direction = -1
        else:
            continue
        start = i + 1
        if word.norm.startswith("protect"):
            if start >= len(words) or words[start].norm != "against":
                continue
            start += 1  # "protects against COVID-19"
        before, after = words[max(0, i - _REACH) : i], words[start : start + _REACH]
        if not after or after[0].norm in _NOT_AN_OBJECT:
            continue  # "deaths increased in winter": nothing is acted on
        if word.norm.startswith("rais") and any(w.norm in _RAISE_OTHER_SENSE for w in after):
            continue
        if _lacking(before):
            direction = -direction
        acts, acted_on = _content(before), _content(after)
        if acts and acted_on:
            lacks = frozenset(
                words[k].stem
                for k in range(max(0, i - _REACH), i)
                if words[k].stem in acts and _lack_next_to(claim, k) is not None
            )
            found.append(_Relation(word.text, direction, acts, acted_on, i, lacks))
    return found


def _content(words: list[Word]) -> frozenset[str]:
    return frozenset(
        w.stem
        for w in words
        if w.norm not in STOP_WORDS and w.norm not in _GENERIC and w.norm not in _LACK
    )
