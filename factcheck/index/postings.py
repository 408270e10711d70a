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
import re
from collections.abc import Iterable
from typing import Any

import numpy as np
import numpy.typing as npt

from factcheck.workspace import normalize, normalize_for_slices, word_terms

Array = npt.NDArray[Any]

# Marks the start of each passage in the joined text. Normalised text is lower-cased, so
# this upper-case word never occurs in it.
SEPARATOR = "Q"
_JOIN = f" {SEPARATOR} "

# ``WORD`` is a run of letters and digits ([^\W_], str.isalnum) joined by single ' . or -
# between two of them: the words of a text are the maximal runs of its word characters,
# counting a joiner only between two letters or digits. ``split_words`` finds them
# without the regex engine, on the UTF-8 bytes: every byte that cannot be part of a word
# becomes a space (non-ASCII characters that are not letters or digits first), joiners
# not between two letters or digits too, and ``bytes.split`` cuts the rest.
_ASCII_BYTES = bytes(range(128))
_WORD_CHAR = re.compile(r"[^\W_]")
_IS_WORD_CHAR: dict[str, bool] = {}
_JOINERS = b"'.-"
_KEEP = bytes(
    byte if byte >= 0x80 or chr(byte).isalnum() or byte in _JOINERS else 0x20 for byte in range(256)
)
_LETTER_OR_DIGIT = np.array(
    [byte >= 0x80 or chr(byte).isalnum() for byte in range(256)], dtype=bool
)
_JOINER = np.zeros(256, dtype=bool)
_JOINER[list(_JOINERS)] = True


def split_words(text: str) -> list[bytes]:
    """``WORD.findall(text)``, each word UTF-8 encoded, several times faster."""
    encoded = text.encode("utf-8", "surrogatepass")
    if not encoded.isascii():
        others = encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        for char in set(others):
            word_char = _IS_WORD_CHAR.get(char)
            if word_char is None:
                word_char = _IS_WORD_CHAR[char] = _WORD_CHAR.match(char) is not None
            if not word_char:  # so every byte >= 0x80 left belongs to a letter or digit
                text = text.replace(char, " ")
        encoded = text.encode("utf-8")
    padded = bytearray(b" ")
    padded += encoded.translate(_KEEP)
    padded += b" "
    codes = np.frombuffer(padded, dtype=np.uint8)
    joiners = np.flatnonzero(_JOINER[codes])
    if len(joiners):
        kept = _LETTER_OR_DIGIT[codes[joiners - 1]] & _LETTER_OR_DIGIT[codes[joiners + 1]]
        codes[joiners[~kept]] = 0x20
    return bytes(padded).split()


class _WordNumbers(dict[bytes, int]):
    """Word -> number; a word not seen before is numbered on look-up and noted in ``new``."""

    def __init__(self) -> None:
        super().__init__({SEPARATOR.encode(): 0})
        self.new: list[bytes] = []

    def __missing__(self, word: bytes) -> int:
        number = self[word] = len(self)
        self.new.append(word)
        return number


class PostingsBuilder:
    """Collects the words of passages, source by source; ``build`` counts their terms."""

    def __init__(self) -> None:
        self._numbers = _WordNumbers()
        # Word numbers of every passage in order (int32), and each passage's number of
        # words, an array of each per source.
        self._words: list[Array] = []
        self._counts: list[Array] = []
        self.vocab: dict[str, int] = {}
        # The terms of word number w: _term_flat[_term_first[w] : _term_first[w] + _term_count[w]].
        self._term_first = array.array("q", [0])
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
        found = split_words(_JOIN + _JOIN.join(_normalized(text, own)))
        # A list first: numpy converts it at C speed, an array.array item by item.
        numbered = np.array(list(map(self._numbers.__getitem__, found)), dtype=np.int32)
        if self._numbers.new:
            self._number_terms(self._numbers.new)
            self._numbers.new = []
        # Own passage j's words are numbered[begins[j] + 1 : ends[j]] (its 0 first). A union
        # i of passages k .. i - 1 (own ones, just before it) takes all their words: the
        # stretch from the first one's 0 to the last one's end, less its 0s.
        begins = np.flatnonzero(numbered == 0)
        ends = np.append(begins[1:], len(numbered))
        if not unions:
            self._words.append(numbered[numbered != 0])
            self._counts.append(ends - begins - 1)
            return
        first: list[int] = []
        last: list[int] = []
        own_number = 0
        for i in range(len(spans)):
            k = unions.get(i)
            if k is None:
                first.append(own_number)
                last.append(own_number)
                own_number += 1
            else:
                first.append(own_number - (i - k))
                last.append(own_number - 1)
        lo = begins[first]
        sizes = ends[last] - lo
        at = np.repeat(lo - (np.cumsum(sizes) - sizes), sizes) + np.arange(int(sizes.sum()))
        gathered = numbered[at]
        self._words.append(gathered[gathered != 0])
        self._counts.append(sizes - (np.array(last) - np.array(first) + 1))

    def _number_terms(self, new_words: list[bytes]) -> None:
        # In order of first occurrence, so terms are numbered in order of first occurrence.
        vocab = self.vocab
        for word in new_words:
            found = word_terms(word.decode())
            self._term_first.append(len(self._term_flat))
            self._term_count.append(len(found))
            self._term_flat.extend([vocab.setdefault(term, len(vocab)) for term in found])

    def build(self) -> tuple[Array, Array, Array, Array, Array]:
        """(term numbers, passage numbers, counts, lengths, tokens): one posting per distinct
        term of a passage, ordered by term then passage; each passage's number of terms; and
        every passage's term numbers in text order, passage after passage (int32)."""
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
