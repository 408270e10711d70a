"""A figure in another sentence, said of another name: in '"Kung Fu Panda 4" is due next
weekend. Last weekend's leader, "Bob Marley: One Love", fell to second place with $13.5
million.' the sum is the other film's, not the one the claim "Kung Fu Panda 4 opened with
$30 million" is about. A sentence that holds none of the claim's words and names someone or
something the claim does not is about them; without such a name ("The bridge opened in May.
The final bill came to $45 million."), its figure may still be the claim's."""

from __future__ import annotations

from factcheck.evidence.doers import is_name
from factcheck.evidence.lexicon import SPEECH_VERBS
from factcheck.evidence.sides import Side, known, sentence_at

# A figure's scale is no word of the claim's to share: "$30 million" and "$13.5 million".
_SCALES = frozenset({"thousand", "million", "billion", "trillion", "bn", "m"})


def named_apart(claim: Side, passage: Side, offset: int) -> bool:
    """Whether the sentence of ``passage`` that holds ``offset`` (a figure's start) is
    another sentence than one about the claim: it holds none of the claim's words (but
    figures), names what the claim does not, and another sentence holds the claim's words."""
    sentence = sentence_at(passage, offset)
    first = sentence.start
    if first == 0:
        return False  # the passage's first sentence (or its only one)
    words = known(claim, _words)
    if any(passage.words[i].stem in words for i in sentence):
        return False
    if not any(w.stem in words for w in passage.words[:first]):
        return False
    # A speaker named is who says it, not whom it is about ("..., Mayor Jones said").
    said = [i for i in sentence if passage.words[i].norm in SPEECH_VERBS or _according(passage, i)]
    return any(
        _another_name(passage, i, claim) and not any(abs(i - j) <= 3 for j in said)
        for i in sentence
        if i > first
    )


def _according(side: Side, i: int) -> bool:
    return i > 0 and side.words[i].norm == "to" and side.words[i - 1].norm == "according"


def _words(claim: Side) -> frozenset[str]:
    return frozenset(s for s in claim.content_stems() if s[:1].isalpha()) - _SCALES


def _another_name(side: Side, i: int, claim: Side) -> bool:
    """Whether word ``i`` may be a name's (``doers.is_name``) that the claim does not hold."""
    return is_name(side, i) and side.words[i].stem not in claim.stem_set
