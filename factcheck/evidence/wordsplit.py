"""A text split into words (``Word``: span, text, norm and stem), as ``sides.Side.of`` does."""

from __future__ import annotations

import re
from itertools import repeat
from typing import NamedTuple

from factcheck.evidence.lexicon import (
    DOWN,
    FAVOR,
    MOTION_VERBS,
    REJECT,
    STANCE_VERBS,
    THROW_VERBS,
    TURN_VERBS,
    UP,
    family,
)
from factcheck.workspace import WORD, stem, word_spans


class Word(NamedTuple):
    """One word of a side. A named tuple: built for every word of every passage assessed,
    several times cheaper to create than a frozen dataclass and just as immutable."""

    start: int  # relative to the side's text
    end: int
    text: str  # as written
    norm: str  # normalised (lower case)
    stem: str


# The forms of "be".
_BE = frozenset("is are was were be been being".split())


# Words before an "up" or "down" that says a figure moved: a form of "be", a conjunction
# ("down 4% in February [but] up 12%") or a verb of a market's close ("closing up 1%").
# Not any word: "shut down 3 plants", "set up 2 firms" move nothing.
_BEFORE_MOVED = _BE | frozenset(
    "but and then while before after yet closing closed ending ended finishing finished".split()
)


def _moved(words: list[Word], i: int) -> bool:
    """Whether "up" or "down" at ``i`` says a figure moved: "sales were [up] 12%", "is
    [down] by 3%", "but [up] 12%" (``_BEFORE_MOVED`` before it, a figure or "by" after
    it). At the first word there is nothing before it."""
    after = words[i + 1].norm if i + 1 < len(words) else ""
    return i > 0 and words[i - 1].norm in _BEFORE_MOVED and (after[:1].isdigit() or after == "by")


def _voted_against_before(words: list[Word], i: int) -> bool:
    """Whether a "voted against" comes shortly before the "but for" at ``i``: "voted
    against the amendment but [for] the motion" voted for the motion."""
    return any(
        words[j].norm == "against" and words[j - 1].stem in STANCE_VERBS
        for j in range(max(1, i - 8), i - 1)
    )


class _Stems(dict[str, str]):
    """A word's stem, its family's where it has one ("deaths" -> "die"), by word. Kept:
    every passage assessed is split into words. A dict read through ``__getitem__`` (a
    C-level map over a passage's words) where an lru_cache costs a call and a move per
    word; emptied when it is full, as memory allows."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _STEMS_KEPT:
            self.clear()
        found = self[word] = family(stem(word))
        return found


_STEMS_KEPT = 200_000
_stem_of = _Stems().__getitem__


# The parts of a match, as functions to map over many.
_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group

# Words between a verb that takes a side and its "for" ("came out for", "spoke up for").
_PARTICLES = frozenset({"out", "up", "strongly", "publicly", "firmly", "openly"})
# The only words whose stem depends on the words before them (``Side.of``).
_TAKES_A_SIDE = frozenset({"for", "up", "down", "out"})


def split_words(text: str) -> list[Word]:
    """The words of ``text`` with their spans (relative to it), as written, normalised and
    stemmed; "for", "up", "down" and "out" after a verb that gives them a sense take that
    sense's stem."""
    if text.isascii():
        # word_spans' own ASCII case (lower() moves no word boundary), built by C-level
        # maps, without a line of Python per word: every word of every passage assessed
        # goes through here. tuple.__new__ builds the same Word as Word(...).
        matches = list(WORD.finditer(text.lower()))
        starts = list(map(_START, matches))
        ends = list(map(_END, matches))
        norms = list(map(_GROUP, matches))
    else:
        spans = word_spans(text)
        starts, ends, norms = (
            [s for s, _, _ in spans],
            [e for _, e, _ in spans],
            [w for *_, w in spans],
        )
    written = map(text.__getitem__, map(slice, starts, ends))
    stems = map(_stem_of, norms)
    words: list[Word] = list(
        map(tuple.__new__, repeat(Word), zip(starts, ends, written, norms, stems, strict=True))
    )
    if _TAKES_A_SIDE.isdisjoint(norms):
        return words
    for i in [i for i, w in enumerate(words) if w[3] in _TAKES_A_SIDE and i]:
        # "for" after a verb that takes a side is that side: "voted for" is the
        # opposite of "voted against" (an antonym pair, lexicon.ANTONYMS); "went up"
        # is "increased" and "went down" "decreased".
        word, verb = words[i], words[i - 1].stem
        if word.norm == "for" and (
            verb in STANCE_VERBS  # "came out for": one particle may come between
            or (i > 1 and verb in _PARTICLES and words[i - 2].stem in STANCE_VERBS)
            or (words[i - 1].norm in ("but", "and") and _voted_against_before(words, i))
        ):
            words[i] = word._replace(stem=FAVOR)
        elif (word.norm == "down" and verb in TURN_VERBS) or (
            word.norm == "out" and verb in THROW_VERBS
        ):
            words[i] = word._replace(stem=REJECT)  # "turned down", "threw out"
        elif word.norm in ("up", "down") and (verb in MOTION_VERBS or _moved(words, i)):
            words[i] = word._replace(stem=UP if word.norm == "up" else DOWN)
    return words
