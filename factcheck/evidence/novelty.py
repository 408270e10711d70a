"""A denial of an earlier time only: "The variant had not been previously identified", "The
river had never before burst its banks".

Such a claim says something is new. A passage that reports the thing now ("Scientists
identified the variant in samples from three hospitals") does not deny it, and does not
state it either: it says nothing of before. Only a passage that says the thing happened
before ("had been identified in 2015", "was already known") clashes with it, and one that
says it is new ("had not been identified before", "a new variant") states it.

And "never before" after a noun says a thing is a record: "Prices rose to a level never
before seen in the region" denies that such a level was seen before, not that prices rose
in the region (``record_phrase``), and it says what "a record level" or "the worst in the
town's history" says (``record_cues``: an agreement, which the cosine does not see).
"""

from __future__ import annotations

from factcheck.evidence.sides import Side, make_cue, phrase
from factcheck.workspace import Cue, CueKind

# Adverbs that put a denial at an earlier time: "not [previously] identified", "never
# [before]", "not identified [before]", "not seen [until] now".
_EARLIER = frozenset("previously before earlier ever hitherto formerly".split())
# Words that say a thing happened before, near the passage's word: "[had] been identified",
# "was [already] known", "[first] identified in 2015".
_SAID_BEFORE = frozenset("had previously already earlier before first once formerly".split())
# Words that say a thing is new: a passage with one (or a negation) may state the claim.
_NEW = frozenset("new novel first unknown unprecedented undescribed unidentified".split())
# Verbs of seeing a record is said with: "a level never before [seen]".
_SEEN = frozenset("seen recorded witnessed experienced observed known".split())


def earlier_only(claim: Side, negator: int, head: int) -> bool:
    """Whether the claim's negation at ``negator`` of the word at ``head`` denies an
    earlier time only: an adverb of ``_EARLIER`` between them or right after the word
    ("had not been identified before")."""
    words = claim.words
    after = range(head + 1, min(head + 2, len(words)))
    return any(words[j].norm in _EARLIER for j in [*range(negator + 1, head), *after])


def said_before(passage: Side, index: int) -> bool:
    """Whether the passage's word at ``index`` is said of an earlier time: a past perfect
    or an adverb of ``_SAID_BEFORE`` up to three words before it ("had been identified",
    "was first identified") or right after it ("identified before")."""
    words = passage.words
    near = [*range(max(0, index - 3), index), *range(index + 1, min(index + 2, len(words)))]
    return any(words[j].norm in _SAID_BEFORE for j in near)


def novelty_unsaid(claim: Side, passage: Side) -> bool:
    """Whether the claim denies an earlier time only (``earlier_only``) and the passage
    has no negation and no word that says a thing is new: it reports the thing, not that
    it is new (``stated``: Related, not supports). Read only for a claim that denies."""
    words = claim.words
    for negator in claim.denials:
        head = next(
            (j for j in range(negator + 1, min(negator + 5, len(words))) if _content(claim, j)),
            None,
        )
        if head is not None and earlier_only(claim, negator, head):
            return not passage.negators and _NEW.isdisjoint(w.norm for w in passage.words)
    return False


def _content(side: Side, j: int) -> bool:
    norm = side.words[j].norm
    return norm not in _EARLIER and norm not in ("has", "have", "had", "been", "be", "was")


def record_phrase(passage: Side, negator: int) -> bool:
    """Whether the passage's "never" at ``negator`` opens a record phrase after a noun: "a
    level never before seen", "floods never seen before". It describes the noun (a record)
    and denies only the seeing, not the words of the sentence around it."""
    words = passage.words
    if words[negator].norm != "never" or negator == 0:
        return False
    following = [w.norm for w in words[negator + 1 : negator + 3]] + ["", ""]
    seen = following[1] if following[0] == "before" else following[0]
    return seen in _SEEN and words[negator - 1].norm not in _NOT_NOUNS


# Words before "never" that make it a verb's negation, not a noun's description: "had
# never before seen", "it was never seen".
_NOT_NOUNS = frozenset(
    "had has have was were is are be been it he she they we i you who which that".split()
)


# A claim's words for a record: "a record level", "the worst in its history".
_RECORD = frozenset("record worst highest lowest biggest largest unprecedented".split())


def record_cues(claim: Side, passage: Side) -> list[Cue]:
    """An agreement where the claim says a record ("the worst in the town's history") and
    the passage a record phrase ("levels never seen before in the town")."""
    if "never" not in passage.text or _RECORD.isdisjoint(w.norm for w in claim.words):
        return []  # nearly every pair
    for n in passage.negators:
        if record_phrase(passage, n):
            word = next(w for w in claim.words if w.norm in _RECORD)
            start, end = phrase(passage, n, min(n + 2, len(passage.words) - 1))
            return [make_cue(CueKind.AGREEMENT, word.text, passage, start, end, conflict=False)]
    return []
