"""Which way a relation runs: "Vitamin D increases COVID-19 mortality" against "a negative
correlation between vitamin D and COVID-19 mortality".

Studies state an effect as a correlation or an association, positive or negative, where a
claim says one thing raises or lowers another. The words differ ("increases" /
"negatively associated"), so neither the antonym cue nor a sentence vector sees that they
point opposite ways. A claim's relation is read from its verb (increases, raises, boosts /
reduces, lowers, decreases...) with the content words before it (what acts) and after it
(what it acts on); a passage's from "positive(ly)", "negative(ly)", "inverse(ly)" or
"reverse" before "correlated", "associated", "related" or "linked". The two clash when they
run opposite ways and the passage names both what acts and what it acts on.
"""

from __future__ import annotations

import re

from factcheck.evidence.sides import Side, Word, make_cue
from factcheck.workspace import STOP_WORDS, Cue, CueKind

_RAISES = frozenset(
    """increase increases increased raise raises raised boost boosts boosted heighten
    heightens heightened worsen worsens worsened""".split()
)
_LOWERS = frozenset(
    """reduce reduces reduced lower lowers lowered decrease decreases decreased lessen
    lessens lessened diminish diminishes diminished""".split()
)
# "a small reverse correlation between", "negatively associated with", "inversely related to".
_PASSAGE_RELATION = re.compile(
    r"\b(?P<way>positive(?:ly)?|negative(?:ly)?|inverse(?:ly)?|reverse)\s+"
    r"(?:\w+ly\s+)?(?:correlat|associat|relat|link)\w*",
    re.IGNORECASE,
)
# What acts is a lack of something: "vitamin D deficiency increases the risk" says vitamin
# D lowers it.
_LACK = frozenset(
    "deficiency deficiencies deficient lack lacking shortage absence insufficient low".split()
)
# "raise the alarm", "raised concerns": "raise" in another sense.
_RAISE_OTHER_SENSE = frozenset(
    """alarm alarms concern concerns question questions doubt doubts fear fears hope hopes
    awareness money fund funds funding flag flags issue issues objection objections
    eyebrows""".split()
)
# Words either side of the claim's verb read as what acts and what it acts on.
_REACH = 4
# "the risk of", "rates": words that name no thing of their own.
_GENERIC = frozenset("risk risks rate rates level levels chance chances odds".split())


def relation_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where the claim says one thing raises (lowers) another and the passage
    finds them negatively (positively) related; agreement where both run the same way."""
    relations = _claim_relations(claim)
    if not relations:
        return []
    cues = []
    stems = passage.content_stems()
    for match in _PASSAGE_RELATION.finditer(passage.text):
        way = -1 if match.group("way").lower().startswith(("neg", "inv", "rev")) else 1
        for text, direction, acts, acted_on in relations:
            if acts.isdisjoint(stems) or acted_on.isdisjoint(stems):
                continue
            clash = way != direction
            kind = CueKind.ANTONYM if clash else CueKind.AGREEMENT
            cues.append(make_cue(kind, text, passage, match.start(), match.end(), conflict=clash))
            break
    return cues


def _claim_relations(claim: Side) -> list[tuple[str, int, frozenset[str], frozenset[str]]]:
    """(verb as written, +1 or -1, stems before it, stems after it) for each raising or
    lowering verb of the claim with content words on both sides."""
    found = []
    words = claim.words
    for i, word in enumerate(words):
        if word.norm in _RAISES:
            direction = 1
        elif word.norm in _LOWERS:
            direction = -1
        else:
            continue
        before, after = words[max(0, i - _REACH) : i], words[i + 1 : i + 1 + _REACH]
        if word.norm.startswith("rais") and any(w.norm in _RAISE_OTHER_SENSE for w in after):
            continue
        if any(w.norm in _LACK for w in before):
            direction = -direction
        acts, acted_on = _content(before), _content(after)
        if acts and acted_on:
            found.append((word.text, direction, acts, acted_on))
    return found


def _content(words: list[Word]) -> frozenset[str]:
    return frozenset(w.stem for w in words if w.norm not in STOP_WORDS and w.norm not in _GENERIC)
