"""A claim and a passage that open with different subjects and go on alike: "Shanghai is
China's largest city" / "Beijing is China's largest city", "Jones won the race" for "Smith
won the race", "Unemployment rose in May" for "Inflation rose in May". The passage says the
claim's words of another subject: it does not state the claim (Related). Whether the two
exclude each other (a largest city, a winner) the words do not say, so no clash is read
here; a named doer of a sole act is the doer cue's (``doers``)."""

from __future__ import annotations

from factcheck.evidence.entities import same_place
from factcheck.evidence.irregular import LEMMA
from factcheck.evidence.lexicon import NEGATORS
from factcheck.evidence.numberwords import NUMBER_WORDS
from factcheck.evidence.sides import Side
from factcheck.workspace import STOP_WORDS

# Ordinals open a sentence as figures do: "Third-quarter profit fell".
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


# The word after a subject that shows it is one: a form of "be", "have" or "will".
_AUXILIARIES = frozenset("is are was were has have had will would".split())


def _verb(norm: str, word_stem: str) -> bool:
    """Whether a word reads as a verb: an auxiliary, a past form ("approved") or an
    irregular one ("won", "rose")."""
    return norm in _AUXILIARIES or norm.endswith("ed") or word_stem in LEMMA


def _opening(side: Side) -> int:
    """How many capitalised words, none a stop word, open ``side`` (its subject's name, or
    the capitalised first word of a sentence); 0 when it opens otherwise."""
    words = side.words
    n = 0
    while n < len(words) and _name_like(words[n].text, words[n].norm):
        n += 1
    return n


def _name_like(text: str, norm: str) -> bool:
    """Capitalised, and no stop word, negator ("Nobody died"), number ("Two people") or
    figure ("Q3 profit")."""
    return (
        text[:1].isupper()
        and norm not in STOP_WORDS
        and norm not in NEGATORS
        and norm not in NUMBER_WORDS
        and norm not in _ORDINALS
        and not any(ch.isdigit() for ch in norm)
    )


def subject_swapped(claim: Side, passage: Side) -> bool:
    """Whether both sides open with capitalised words none of which the other side holds
    (nor name one place: "Moscow" / "Russia"), and the word after each is the same verb
    ("is", "won", "rose")."""
    mine, theirs = _opening(claim), _opening(passage)
    if not mine or not theirs or mine >= len(claim.words) or theirs >= len(passage.words):
        return False
    verb = claim.words[mine]
    if verb.stem != passage.words[theirs].stem or not _verb(verb.norm, verb.stem):
        return False  # "Global warming has" / "Worldwide warming has": one subject reworded
    subject, other = claim.words[:mine], passage.words[:theirs]
    if any(w.stem in passage.stem_set for w in subject) or any(
        w.stem in claim.stem_set for w in other
    ):
        return False
    if mine == theirs == 1 and subject[0].norm.endswith("s") and other[0].norm.endswith("s"):
        return False  # "Researchers found" / "Scientists found": plurals, maybe one kind
    return not same_place(subject[0], other[0])
