"""Finding and numbering the words of a text without a Python object per word.

``WORD`` is a run of letters and digits ([^\\W_], str.isalnum) joined by single ' . or -
between two of them: the words of a text are the maximal runs of its word characters,
counting a joiner only between two letters or digits. ``word_codes`` finds them on the
UTF-8 bytes: every byte that cannot be part of a word becomes a space (non-ASCII
characters that are not letters or digits first), joiners not between two letters or
digits too. ``split_words`` cuts that with ``bytes.split``; ``word_keys`` instead gives
each word a 16-byte key (its bytes, zero-padded; a longer word a number of its own), and
``WordNumbers`` numbers a batch of keys with one sort: a dict look-up per distinct word
instead of one per occurrence (each a new string whose hash must be computed).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[Any]

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
KEY_BYTES = 16
# The second half of a long word's key: UTF-8 never holds the byte 0xFF, so no word of
# up to 16 bytes has this key.
_LONG = np.uint64(0xFFFF_FFFF_FFFF_FFFF)
# Odd multipliers: h = a * M1 + b * M2 (mod 2**64) is one-to-one on words of up to 8 bytes.
_M1 = np.uint64(0x9E37_79B9_7F4A_7C15)
_M2 = np.uint64(0xC2B2_AE3D_27D4_EB4F)


# For a word of n bytes, the masks that keep the first n bytes of its 16-byte window. Keys
# are read as little-endian numbers (``keys``), so the masks are too, whatever the machine.
_KEEP_BYTES = (
    np.tril(np.full((KEY_BYTES + 1, KEY_BYTES), 0xFF, dtype=np.uint8), -1)
    .view("<u8")
    .astype(np.uint64)
)


def word_codes(text: str) -> Array:
    """The UTF-8 bytes of ``text`` with a space before and after and every byte that is
    not part of a ``WORD`` match made a space (uint8, writable)."""
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
    return codes


def split_words(text: str) -> list[bytes]:
    """``WORD.findall(text)``, each word UTF-8 encoded, several times faster."""
    return word_codes(text).tobytes().split()


class WordNumbers:
    """Numbers words by their keys, 0 for the first word seen, in order of first sight.

    Known words are found in an open-addressing hash table (linear probing) with numpy,
    all of a text's words at once; only new words run Python code. A word's number is
    checked against its full key, and should two words ever share a 64-bit hash, every
    later text is numbered by the keys' bytes in a dict instead (``_exactly``).
    """

    def __init__(self) -> None:
        self._bits = 12
        self._slot_hash = np.zeros(1 << self._bits, dtype=np.uint64)
        self._slot_number = np.full(1 << self._bits, -1, dtype=np.int64)
        self._ambiguous = False  # two words share a hash: number by key bytes from now on
        self._by_key: dict[bytes, int] = {}  # every key numbered, its 16 bytes
        self._long: dict[bytes, int] = {}  # a word over 16 bytes -> its key's first half
        self._long_words: dict[int, bytes] = {}  # and back
        self._keys = np.zeros((1024, 2), dtype=np.uint64)  # word number -> key
        self.words: list[bytes] = []  # word number -> the word

    def keys(self, codes: Array) -> Array:
        """Each word's key ((n, 2) uint64), the words of ``word_codes`` in order."""
        word = codes != 0x20
        edges = np.flatnonzero(word[1:] != word[:-1]) + 1
        starts, ends = edges[0::2], edges[1::2]
        lengths = ends - starts
        padded = np.concatenate([codes, np.zeros(KEY_BYTES, np.uint8)])
        # The 8 bytes from each offset, as one little-endian uint64 per offset.
        eights = np.ndarray((len(padded) - 7,), dtype="<u8", buffer=padded, strides=(1,))
        keys = np.empty((len(starts), 2), dtype=np.uint64)
        keys[:, 0] = eights[starts]
        keys[:, 1] = eights[starts + 8]
        keys &= _KEEP_BYTES[np.minimum(lengths, KEY_BYTES)]  # the word's bytes, zeros after
        long = np.flatnonzero(lengths > KEY_BYTES)
        if len(long):
            data = codes.tobytes()
            spans = zip(long.tolist(), starts[long].tolist(), ends[long].tolist(), strict=True)
            for i, start, end in spans:
                word_bytes = data[start:end]
                number = self._long.setdefault(word_bytes, len(self._long))
                self._long_words[number] = word_bytes
                keys[i, 0] = number
                keys[i, 1] = _LONG
        return keys

    def number(self, keys: Array) -> Array:
        """The word number of each key (int32); new words are numbered in order of their
        first occurrence and appended to ``words``."""
        if self._ambiguous:
            return self._exactly(keys)
        hashes = keys[:, 0] * _M1 + keys[:, 1] * _M2
        numbers = self._find(hashes)
        known = numbers >= 0
        if not (
            np.array_equal(self._keys[numbers], keys)
            if known.all()
            else (self._keys[numbers[known]] == keys[known]).all()
        ):
            return self._exactly(keys)  # a new word shares a known word's hash
        missing = np.flatnonzero(~known)
        if len(missing):
            unique, first, inverse = _unique(hashes[missing])
            unique_keys = keys[missing[first]]
            if not (unique_keys[inverse] == keys[missing]).all():
                return self._exactly(keys)  # two new words share a hash
            order = np.argsort(first, kind="stable")
            new = np.empty(len(unique), dtype=np.int64)
            new[order] = np.arange(len(self.words), len(self.words) + len(unique))
            self._append_all(unique_keys[order])
            self._insert(unique, new)
            numbers[missing] = new[inverse]
        return numbers.astype(np.int32)

    def _find(self, hashes: Array) -> Array:
        """The number stored under each hash, -1 where there is none."""
        mask = (1 << self._bits) - 1
        numbers = np.full(len(hashes), -1, dtype=np.int64)
        todo = np.arange(len(hashes))
        slots = (hashes >> np.uint64(64 - self._bits)).astype(np.intp)
        while len(todo):
            found = self._slot_number[slots]
            taken = found >= 0
            hit = taken & (self._slot_hash[slots] == hashes[todo])
            numbers[todo[hit]] = found[hit]
            probe = taken & ~hit  # another word's slot: try the next one
            todo, slots = todo[probe], (slots[probe] + 1) & mask
        return numbers

    def _insert(self, hashes: Array, numbers: Array) -> None:
        """Store ``numbers`` under ``hashes`` (distinct, none stored yet)."""
        stored = int((self._slot_number >= 0).sum())
        if 2 * (stored + len(hashes)) > len(self._slot_number):  # keep it at most half full
            taken = self._slot_number >= 0
            hashes = np.concatenate([self._slot_hash[taken], hashes])
            numbers = np.concatenate([self._slot_number[taken], numbers])
            while 2 * len(hashes) > 1 << self._bits:
                self._bits += 1
            self._slot_hash = np.zeros(1 << self._bits, dtype=np.uint64)
            self._slot_number = np.full(1 << self._bits, -1, dtype=np.int64)
        mask = (1 << self._bits) - 1
        todo = np.arange(len(hashes))
        slots = (hashes >> np.uint64(64 - self._bits)).astype(np.intp)
        while len(todo):
            free = np.flatnonzero(self._slot_number[slots] < 0)
            # Of the words wanting the same free slot, the first takes it; the rest (and
            # those whose slot is taken) try the next slot, as a look-up will.
            claimed, first = np.unique(slots[free], return_index=True)
            winners = todo[free[first]]
            self._slot_hash[claimed] = hashes[winners]
            self._slot_number[claimed] = numbers[winners]
            placed = np.zeros(len(todo), dtype=bool)
            placed[free[first]] = True
            todo, slots = todo[~placed], (slots[~placed] + 1) & mask

    def _exactly(self, keys: Array) -> Array:
        """``number`` by each key's 16 bytes in a dict: slower, exact whatever the hashes."""
        self._ambiguous = True
        out = np.empty(len(keys), np.int32)
        for i, key in enumerate(keys):
            number = self._by_key.get(key.tobytes())
            out[i] = self._append(key) if number is None else number
        return out

    def _append_all(self, keys: Array) -> None:
        """``_append`` each of ``keys`` (new words, in order) at once: a build's workers
        meet a few hundred thousand new words, and ``_append`` costs about 4 us a word."""
        first, end = len(self.words), len(self.words) + len(keys)
        while end > len(self._keys):
            self._keys = np.concatenate([self._keys, np.zeros_like(self._keys)])
        self._keys[first:end] = keys
        native = keys.tobytes()  # the bytes of each key as ``key.tobytes()`` gives them
        pieces = [native[i : i + KEY_BYTES] for i in range(0, len(native), KEY_BYTES)]
        self._by_key.update(zip(pieces, range(first, end), strict=True))
        read = keys.astype("<u8").tobytes()
        words = [read[i : i + KEY_BYTES].rstrip(b"\0") for i in range(0, len(read), KEY_BYTES)]
        for i in np.flatnonzero(keys[:, 1] == _LONG).tolist():
            words[i] = self._long_words[int(keys[i, 0])]
        self.words.extend(words)

    def _append(self, key: Array) -> int:
        number = len(self.words)
        if number == len(self._keys):
            self._keys = np.concatenate([self._keys, np.zeros_like(self._keys)])
        self._keys[number] = key
        self._by_key[key.tobytes()] = number
        if key[1] == _LONG:
            self.words.append(self._long_words[int(key[0])])
        else:
            self.words.append(key.astype("<u8").tobytes().rstrip(b"\0"))  # as read: little-endian
        return number


def _unique(values: Array) -> tuple[Array, Array, Array]:
    """``np.unique(values, return_index=True, return_inverse=True)``, with a quicksort
    (np.unique sorts stably to find first occurrences: several times slower)."""
    order = np.argsort(values)
    ordered = values[order]
    starts = np.empty(len(values), dtype=bool)
    starts[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    inverse = np.empty(len(values), dtype=np.intp)
    inverse[order] = np.cumsum(starts) - 1
    unique = ordered[starts]
    first = np.full(len(unique), len(values), dtype=np.intp)
    np.minimum.at(first, inverse, np.arange(len(values)))
    return unique, first, inverse
