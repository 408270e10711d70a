"""Counting the index terms of many passages at once, for the index build (``segments``).

Counting ``terms(passage.text)`` passage by passage costs a regex call, a list and a
Counter per passage and a Python dict look-up per word: most of a large build. Here a
source's passages are normalised and joined with a separator word, so one regex call
finds all the source's words; one ``map`` over a dict (in C) turns them into numbers;
and numpy counts each passage's terms for a whole batch of sources at the end. Only a
word the batch has not seen yet runs Python code, to look up its terms.

The result equals counting ``terms(passage.text)`` for each passage in turn, with the
vocabulary numbered in the order its terms first occur, as that would number it.
"""

from __future__ import annotations

import array
import bisect
import itertools
from collections.abc import Iterable
from typing import Any

import numpy as np
import numpy.typing as npt

from factcheck.index.wordkeys import WordNumbers, word_codes
from factcheck.workspace import normalize, normalize_for_slices, word_terms

Array = npt.NDArray[Any]

# Marks the start of each passage in the joined text. Normalised text is lower-cased, so
# this upper-case word never occurs in it.
SEPARATOR = "Q"
_JOIN = f" {SEPARATOR} "

# Sources are tokenised in batches of about this many characters, the first ones smaller.
BATCH_CHARS = 4_000_000
FIRST_BATCH_CHARS = 125_000


class PostingsBuilder:
    """Collects the words of passages, source by source; ``build`` counts their terms."""

    def __init__(self) -> None:
        self._numbers = WordNumbers()
        self._numbers.number(self._numbers.keys(word_codes(SEPARATOR)))  # number 0
        # Sources added but not tokenised yet: numpy works on a batch of them at once.
        self._pending: list[str] = []
        self._pending_chars = 0
        self._first: list[Array] = []
        self._last: list[Array] = []
        self._own = 0  # own passages pending
        # Each passage's word numbers in order (int32), and its number of words: an
        # array of each per batch.
        self._words: list[Array] = []
        self._counts: list[Array] = []
        self.vocab: dict[str, int] = {}
        # The terms of word number w: _term_flat[_term_first[w] : _term_first[w] + _term_count[w]].
        self._term_first = array.array("q", [0])  # the separator has none
        self._term_count = array.array("i", [0])
        self._term_flat = array.array("i")
        self.passages = 0

    def add(self, text: str, spans: Iterable[tuple[int, int]]) -> None:
        """Add the passages ``text[start:end]`` for each (start, end) in ``spans``."""
        spans = list(spans)
        if not spans:
            return
        self.passages += len(spans)
        unions = _unions(text, spans)
        own = [span for i, span in enumerate(spans) if i not in unions]
        # Each passage's words are those of own passages first .. last: itself, or for a
        # union i of passages k .. i - 1 (own ones, just before it), theirs.
        if not unions:
            first = last = np.arange(self._own, self._own + len(own))
        else:
            firsts, lasts = [], []
            own_number = self._own
            for i in range(len(spans)):
                k = unions.get(i)
                firsts.append(own_number if k is None else own_number - (i - k))
                lasts.append(own_number if k is None else own_number - 1)
                own_number += k is None
            first, last = np.array(firsts), np.array(lasts)
        self._first.append(first)
        self._last.append(last)
        self._own += len(own)
        joined = _JOIN + _JOIN.join(_normalized(text, own))
        self._pending.append(joined)
        self._pending_chars += len(joined)
        # The first batches are small: until the common words are known, most words of a
        # batch are new, and new words are sorted to be numbered.
        if self._pending_chars >= min(BATCH_CHARS, FIRST_BATCH_CHARS << len(self._words)):
            self._tokenise_pending()

    def _tokenise_pending(self) -> None:
        """Find and number the words of the pending sources; note each passage's."""
        if not self._pending:
            return
        numbers = self._numbers.number(self._numbers.keys(word_codes("".join(self._pending))))
        # Own passage j's words are at begins[j] + 1 .. ends[j] - 1, after its separator
        # (number 0); passage i's run from own passage first[i]'s separator to last[i]'s end.
        begins = np.flatnonzero(numbers == 0)
        ends = np.append(begins[1:], len(numbers))
        first = np.concatenate(self._first)
        last = np.concatenate(self._last)
        lo = begins[first]
        sizes = ends[last] - lo
        at = np.repeat(lo - (np.cumsum(sizes) - sizes), sizes) + np.arange(int(sizes.sum()))
        words = numbers[at]
        self._words.append(words[words != 0])
        self._counts.append(sizes - (last - first + 1))
        self._pending, self._pending_chars, self._first, self._last, self._own = [], 0, [], [], 0
        # The new words' terms, in order of first occurrence, so terms are numbered in order
        # of first occurrence (a list at a time: a worker meets a few hundred thousand).
        found = [word_terms(word.decode()) for word in self._numbers.words[len(self._term_count) :]]
        counts = [len(terms) for terms in found]
        starts = itertools.accumulate(counts, initial=len(self._term_flat))  # one too many
        self._term_first.extend(itertools.islice(starts, len(counts)))
        self._term_count.extend(counts)
        vocab = self.vocab
        self._term_flat.extend([vocab.setdefault(t, len(vocab)) for terms in found for t in terms])

    def build(self) -> tuple[Array, Array, Array, Array, Array]:
        """(term numbers, passage numbers, counts, lengths, tokens): one posting per distinct
        term of a passage, ordered by term then passage; each passage's number of terms; and
        every passage's term numbers in text order, passage after passage (int32)."""
        self._tokenise_pending()
        words = np.concatenate([np.zeros(0, np.int32), *self._words])
        counts = np.concatenate([np.zeros(0, np.int64), *self._counts])
        passage_of_word = np.repeat(np.arange(self.passages, dtype=np.int32), counts)
        per_word = np.frombuffer(self._term_count, dtype=np.int32)[words]
        with_terms = per_word > 0  # stop words have none
        words, per_word = words[with_terms], per_word[with_terms].astype(np.intp)
        passage = passage_of_word[with_terms]
        # Term occurrence k of a word sits at _term_flat[_term_first[word] + k].
        at = np.frombuffer(self._term_first, dtype=np.int64)[words]
        if len(per_word) and per_word.max() > 1:  # a hyphenated word has a term per part
            before = np.cumsum(per_word) - per_word
            at = np.repeat(at - before, per_word) + np.arange(int(per_word.sum()))
            passage = np.repeat(passage, per_word)
        term = np.frombuffer(self._term_flat, dtype=np.int32)[at]
        del at, words, passage_of_word, with_terms
        lengths = np.bincount(passage, minlength=self.passages)
        width = max(self.passages, 1)
        # np.unique, without its extra passes: sort, then count each run of equal keys.
        keys = term.astype(np.int64) * width + passage
        keys.sort()
        runs = np.flatnonzero(np.diff(keys)) + 1
        runs = np.concatenate([np.zeros(min(len(keys), 1), np.int64), runs])
        tfs = np.diff(np.append(runs, len(keys)))
        keys = keys[runs]
        return (
            (keys // width).astype(np.int32),
            (keys % width).astype(np.int32),
            tfs,
            lengths,
            term,
        )


def _normalized(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """``normalize(text[start:end])`` for each span: slices of the text normalised once
    (``normalize_for_slices``), but for a slice holding a character NFKC may change."""
    whole = normalize_for_slices(text)
    if whole is None:
        return [normalize(text[start:end]) for start, end in spans]
    folded, odd = whole
    if not odd:
        return [folded[start:end] for start, end in spans]
    return [
        folded[start:end]
        if (at := bisect.bisect_left(odd, start)) == len(odd) or odd[at] >= end
        else normalize(text[start:end])
        for start, end in spans
    ]


def _unions(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """{i: k} for each passage i that is passages k .. i - 1 joined by whitespace (a short
    paragraph after its sentences, see ``passages.passage_spans``).

    Its terms are theirs, one after the other: no word runs across whitespace, and a
    whitespace character neither composes (NFKC) with its neighbours nor lets the case of
    one letter depend on another (the Greek final sigma), so ``terms`` of the whole is
    ``terms`` of the parts. It is not tokenised again: half the text of a typical build.
    """
    unions: dict[int, int] = {}
    first_at: dict[int, int] = {}
    for i, (start, end) in enumerate(spans):
        k = first_at.setdefault(start, i)
        if (
            k < i
            and spans[i - 1][1] == end
            and all(
                spans[m][1] < spans[m + 1][0] and text[spans[m][1] : spans[m + 1][0]].isspace()
                for m in range(k, i - 1)
            )
        ):
            unions[i] = k
    return unions
