"""A claim or a passage as words with spans and stems, and the pieces every cue detector uses.

Every detector gets the claim and the passage as ``Side`` objects and returns ``Cue``
values whose source spans are absolute offsets in the source file. The passage is first
narrowed to the ``window`` of words that align with the claim, so a "not" or a "west" far
from the matching words does not count.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter, not_
from typing import Any, TypeVar

from factcheck.evidence.lexicon import (
    AGAINST,
    DECISION_VERBS,
    INFINITIVE_NEGATORS,
    NEGATING_VERBS,
    NEGATORS,
    REVERSIBLE,
    REVERSING_VERBS,
    RULE_OUT,
    antonym_stem,
)
from factcheck.evidence.mention import Mention
from factcheck.evidence.negforms import KEYS, KEYS_DECLINE, negator
from factcheck.evidence.numbers import calendar_mentions, mentions
from factcheck.evidence.once import read_once
from factcheck.evidence.wordsplit import Word, split_words
from factcheck.workspace import STOP_WORDS, Cue, CueKind, stem

T = TypeVar("T")

# "not only X but also Y", "not least", "no doubt" affirm rather than negate.
_NOT_NEGATING_AFTER = frozenset({"only", "just", "merely", "least", "doubt", "matter"})
# A "without" a few words after these names a comparison group, it denies nothing:
# "3.5 times higher than in people without diabetes", "compared with those without".
_COMPARING = frozenset({"than", "compared", "versus", "vs"})


# "is too weak to [hold]": the verbs before a "too X to" that denies.
_LINKING_VERBS = frozenset(
    """is are was were be been being 's seem seems seemed remain remains remained become
    becomes became appear appears appeared prove proves proved look looks looked""".split()
)
_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())

# Verbs that deny an assertion named after them: "rejected the allegations" is "denied
# them" ("rejected the bill" is a decision, an antonym of "approved", not a denial). Not
# "report": "dismissed the report" judges a document ("welcomed" is its opposite).
REJECTING_VERBS = frozenset(stem(w) for w in "reject dismiss dispute".split())
ASSERTIONS = frozenset(stem(w) for w in "allegation accusation claim suggestion".split())
_REPORTED = frozenset(stem(w) for w in "report rumour rumor speculation".split())  # "... that"
# Verbs that negate: always ("denies") or before a decision ("withdrew its endorsement").
_VERB_NEGATORS = NEGATING_VERBS | REVERSING_VERBS | REJECTING_VERBS | INFINITIVE_NEGATORS | {"out"}

_PHRASE_KEYS = KEYS | KEYS_DECLINE
_MAY_NEGATE = NEGATORS | _PHRASE_KEYS
_NEGATING_NORMS = _MAY_NEGATE - {"of", "from"}
_NORM, _STEM = itemgetter(3), itemgetter(4)  # a Word's norm and stem, for C-level maps
# Words either side of the aligned stretch of a passage that still count as its context.
WINDOW_MARGIN = 3


@dataclass
class Side:
    """One text (claim or passage) split into words, with an offset into its file."""

    text: str
    offset: int = 0
    words: list[Word] = field(default_factory=list)
    # What a detector reads of this side alone, kept for every other side it meets: a
    # claim meets five passages or more, a passage several claims (``known``).
    memo: dict[Callable[[Side], Any], Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, text: str, offset: int = 0) -> Side:
        """``text`` split into words (``wordsplit.split_words``), at ``offset`` in its file."""
        return cls(text, offset, split_words(text))

    @read_once
    def negators(self) -> list[int]:
        """Indexes of the words that negate ("not", "n't", "denies"), read once."""
        return self.negators_in(0, len(self.words))

    @read_once
    def denials(self) -> list[int]:
        """A claim's negators, and the "to" of "is too small to [matter]": a claim that
        something is too X to Y denies Y. Not read in passages, where it is mostly "too
        early to tell whether", which denies nothing the claim says."""
        words, text = self.words, self.text
        too_to = [
            i
            for i in range(3, len(words) - 1)
            if words[i].norm == "to"
            and words[i - 2].norm == "too"
            and words[i - 3].norm in _LINKING_VERBS  # "Germany too wants to" is "also"
            and not text[words[i - 2].end : words[i - 1].start].strip()  # "too, plans to"
            and words[i + 1].norm not in _DETERMINERS  # "too far to the moon"
        ]
        # A claim's "failed to predict" is not read as a denial: against a passage that
        # says the models predict something, that is mostly no clash ("predicted a rise").
        negators = [i for i in self.negators if words[i].stem not in INFINITIVE_NEGATORS]
        return sorted([*negators, *too_to])

    def negators_in(self, lo: int, hi: int) -> list[int]:
        """Indexes of the words in [lo, hi) that negate."""
        words = self.words
        return [
            i
            for i in self._may_negate
            if lo <= i < hi
            and (
                (words[i].norm in NEGATORS and words[i].stem != AGAINST)  # not "voted no"
                or words[i].norm.endswith("n't")
                # One look-up for both kinds of verb: this runs over every word.
                or (words[i].stem in _VERB_NEGATORS and self._verb_negates(i))
                or (words[i].norm in _PHRASE_KEYS and negator(words, i))  # "has yet to"
            )
            and not (i + 1 < len(words) and words[i + 1].norm in _NOT_NEGATING_AFTER)
            and not (
                words[i].norm == "without"
                and any(w.norm in _COMPARING for w in words[max(0, i - 4) : i])
            )
        ]

    @read_once
    def _may_negate(self) -> list[int]:
        """Indexes of the words ``negators_in`` tests further: a negator, an "n't", a verb
        that may negate or a phrase's key word. Read once, at C speed where the text holds
        none (most passages): ``negators_in`` then reads no word."""
        words = self.words
        norms = set(map(_NORM, words))
        if (
            _NEGATING_NORMS.isdisjoint(norms)
            # "of" and "from", in most passages, negate only in "stopped short of" and
            # "is far from" (``negforms.negator``)
            and not ("of" in norms and "short" in norms)
            and not ("from" in norms and "far" in norms)
            and _VERB_NEGATORS.isdisjoint(self.stem_set)
            and "n't" not in " ".join(norms)
        ):
            return []
        return [
            i
            for i, w in enumerate(words)
            if w.norm in _MAY_NEGATE or w.norm.endswith("n't") or w.stem in _VERB_NEGATORS
        ]

    @read_once
    def decides(self) -> bool:
        """Whether the text reports a decision (``lexicon.DECISION_VERBS``: voted,
        approved, resigned...), read once: a claim meets many passages."""
        return not DECISION_VERBS.isdisjoint(self.content_stems())

    def _verb_negates(self, i: int) -> bool:
        """Whether the verb at ``i`` negates what follows: always ("denies"), before a
        decision ("withdrew [its endorsement]"), before a "to" ("failed [to] meet") or as
        the "out" of "ruled out"."""
        words, word_stem = self.words, self.words[i].stem
        if word_stem in NEGATING_VERBS:
            return True
        if word_stem in INFINITIVE_NEGATORS:
            return i + 1 < len(words) and words[i + 1].norm == "to"
        if word_stem == "out":
            return i > 0 and words[i - 1].stem == RULE_OUT
        if word_stem in REJECTING_VERBS and self._names(i, ASSERTIONS):
            return True  # "rejected [the allegations]"
        return word_stem in REVERSING_VERBS and self._names(i, REVERSIBLE)

    def _names(self, verb: int, nouns: frozenset[str]) -> bool:
        """Whether the noun after a verb is one of ``nouns``: a verb that undoes
        ("withdrew") before a decision ("its endorsement", "the licence"), or one that
        rejects before an assertion ("the allegations"): then it negates like "not"."""
        words = self.words
        for k in range(verb + 1, min(verb + 4, len(words))):
            if words[k].norm not in _DETERMINERS:  # "rejected [reports] that ...": a denial
                that = k + 1 < len(words) and words[k + 1].norm == "that"
                return words[k].stem in nouns or (that and words[k].stem in _REPORTED)
        return False

    @read_once
    def calendar(self) -> list[Mention]:
        """The dates and times in the text (``numbers.calendar_mentions``), read once."""
        return calendar_mentions(self.text)

    @read_once
    def mentions(self) -> list[Mention]:
        """The amounts, dates and times in the text (``numbers.mentions``), read once."""
        return mentions(self.text, calendar=self.calendar)

    @read_once
    def antonym_stems(self) -> list[str]:
        """Each word's stem as the antonym lists know it, read once: an "-ize" verb in its
        British spelling (``lexicon.antonym_stem``), every other word as it is."""
        if "iz" not in self.text:
            return self.stem_list
        return [w.stem if "iz" not in w.norm else antonym_stem(w.norm, w.stem) for w in self.words]

    @read_once
    def antonym_set(self) -> frozenset[str]:
        """The stems of all the words, either way (``antonym_stems``), read once."""
        return frozenset(self.antonym_stems) | self.stem_set

    def in_amount(self, word: Word) -> bool:
        """Whether ``word`` is part of an amount ("more" in "more than 5,000")."""
        return any(
            m.kind == "number" and m.start <= word.start < m.end and m.written not in _WORDY
            for m in self.mentions
        )

    @read_once
    def stem_list(self) -> list[str]:
        """Each word's stem, read once (not to be changed)."""
        return list(map(_STEM, self.words))

    @read_once
    def stem_set(self) -> frozenset[str]:
        """The stems of all the words, read once."""
        return frozenset(self.stem_list)

    def content_stems(self) -> frozenset[str]:
        """Stems of the words that are not stop words (asked several times per assessment)."""
        return self._content_stems

    @read_once
    def _content_stems(self) -> frozenset[str]:
        # The stems of the words whose norm is no stop word, picked at C speed.
        content = map(not_, map(STOP_WORDS.__contains__, map(_NORM, self.words)))
        return frozenset(compress(self.stem_list, content))


def known(side: Side, read: Callable[[Side], T]) -> T:
    """``read(side)``, computed once per side: what a detector reads of a claim alone
    (its names, its stems by word) is the same against each passage it meets."""
    try:
        found: T = side.memo[read]  # one look-up, several per pair assessed
    except KeyError:
        found = side.memo[read] = read(side)
    return found


def word_at(side: Side, offset: int) -> int:
    """The index of the first word of ``side`` that starts at or after ``offset`` (its
    word offsets read once per side, ``known``)."""
    return bisect_left(known(side, _word_starts), offset)


def _word_starts(side: Side) -> list[int]:
    return [w.start for w in side.words]


# Amounts whose words are words of a change or a size too, for the antonym cue: "doubled"
# and "halved" (against each other), "second-largest" and "the biggest" (against "smallest").
_WORDY = frozenset({"doubling", "halving", "rank", "first"})


# Marks between two words that end a clause: a negation or a "nobody" reaches no further.
CLAUSE_END = frozenset(",;:.!?()")


def clause_ends_before(side: Side, j: int) -> bool:
    """Whether a clause-ending mark stands between word ``j - 1`` and word ``j``."""
    between = side.text[side.words[j - 1].end : side.words[j].start]
    return not CLAUSE_END.isdisjoint(between)  # its characters, at C speed


def make_cue(
    kind: CueKind, claim: str, passage: Side, start: int, end: int, *, conflict: bool
) -> Cue:
    source = passage.text[start:end] if end > start else ""
    s = passage.offset + start if end > start else -1
    e = passage.offset + end if end > start else -1
    return Cue(kind, claim, source, conflict, s, e)


def phrase(side: Side, first: int, last: int) -> tuple[int, int]:
    """Character span of words first..last (inclusive) of a side."""
    return side.words[first].start, side.words[last].end


# A sentence ends at a stop before a space or the end, not at the point of "£4.5m".
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*(?:\s+|\Z)")


def sentence_at(side: Side, offset: int) -> range:
    """The indexes of the words of the sentence of ``side`` that holds ``offset``."""
    text = side.text
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, offset):
        start = m.end()
    end = _SENTENCE_END.search(text, offset)
    return range(word_at(side, start), word_at(side, end.start() if end else len(text)))
