"""Text normalisation and tokenisation shared by the index, the matcher and stance cues.

Changing how text is tokenised changes every persistent index: bump
TOKENIZER_VERSION so stored indexes are rebuilt rather than trusted.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

TOKENIZER_VERSION = "2"

_TRANSLATE = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
# The characters _TRANSLATE folds: most non-ASCII text holds none, and a search is far
# cheaper than str.translate's per-character look-up.
_TYPOGRAPHY = re.compile("[" + "".join(chr(c) for c in _TRANSLATE) + "]")
_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[^\W_]+(?:['.-][^\W_]+)*", re.UNICODE)
# A word: what ``words`` returns and ``terms`` stems, found in normalised text.
WORD = _WORD
# ``WORD`` in lower-cased ASCII text, where its letters and digits are these: the same
# matches, each character tested against two ranges rather than by its Unicode category.
ASCII_WORD = re.compile(r"[a-z0-9]+(?:['.-][a-z0-9]+)*")

STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself nor of off on once only or other our
    ours ourselves out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves also s t said says say
    """.split()
)


def normalize(text: str) -> str:
    """Fold typography (curly quotes, dashes, odd spaces) and case; keep everything else."""
    if text.isascii():
        return text.lower()  # NFKC and the typography table change no ASCII character
    folded = unicodedata.normalize("NFKC", text)
    if _TYPOGRAPHY.search(folded):
        folded = folded.translate(_TRANSLATE)
    return folded.lower()


# Every ASCII byte: deleting them from a UTF-8 encoding leaves the other characters.
_ASCII_BYTES = bytes(range(128))
# Per character: does it keep ``normalize`` of any slice holding it a slice of the whole
# text folded at once (see ``normalize_for_slices``)?
_SLICE_SAFE: dict[str, bool] = {}


def _slice_safe(char: str) -> bool:
    """True when NFKC keeps ``char`` in every context and it is not a mark.

    NFKC leaves a string alone when each of its characters is its own NFKC form, has
    combining class 0 and cannot be the second of a canonical composition (the quick
    check answers YES): such a second is a mark (category M*) or a Hangul vowel or final
    consonant (U+1100-U+11FF); tests/test_index_build_equivalence.py checks that against
    every composition Python's unicodedata knows.
    """
    safe = _SLICE_SAFE.get(char)
    if safe is None:
        safe = _SLICE_SAFE[char] = (
            unicodedata.normalize("NFKC", char) == char
            and unicodedata.combining(char) == 0
            and not unicodedata.category(char).startswith("M")
            and not 0x1100 <= ord(char) <= 0x11FF
        )
    return safe


def normalize_for_slices(text: str) -> tuple[str, list[int]] | None:
    """``text`` normalised whole, for slicing: (folded, odd) where ``folded[a:b] ==
    normalize(text[a:b])`` for every slice that holds none of the positions in ``odd``
    (characters NFKC may change, sorted); None when there is no such string, because
    lower-casing some character of ``text`` changes its length or depends on its
    neighbours (only the Greek capital sigma does, in Python).

    One pass over a source instead of NFKC, a search and ``lower`` per passage.
    """
    if text.isascii():
        return text.lower(), []
    encoded = text.encode("utf-8", "surrogatepass")
    chars = set(encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
    if "Σ" in chars or any(len(char.lower()) != 1 for char in chars):
        return None
    odd = [char for char in chars if not _slice_safe(char)]
    folded = text
    for char in chars:
        mapped = _TRANSLATE.get(ord(char))
        if mapped is not None:  # one character for one: offsets stay
            folded = folded.replace(char, str(mapped))
    positions: list[int] = []
    for char in odd:
        at = text.find(char)
        while at != -1:
            positions.append(at)
            at = text.find(char, at + 1)
    positions.sort()
    return folded.lower(), positions


def words(text: str) -> list[str]:
    """Normalised words of ``text`` (stop words included)."""
    return _WORD.findall(normalize(text))


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised word) for each word, with offsets into the original text.

    The pattern runs on the original text (typography folded char-for-char) so the
    offsets stay exact even where NFKC would change a string's length.
    """
    if text.isascii():
        # normalize() of an ASCII word is lower(), which moves no word boundary: lower the
        # whole text once (stance splits five passages per claim into words).
        return [(*m.span(), m.group()) for m in _WORD.finditer(text.lower())]
    folded = text if not _TYPOGRAPHY.search(text) else text.translate(_TRANSLATE)
    return [
        (m.start(), m.end(), w.lower() if w.isascii() else normalize(w))
        for m in _WORD.finditer(folded)
        for w in (m.group(),)
    ]


def ascii_lowered(text: str) -> str | None:
    """``text`` with its typography folded, lower-cased, where every letter and digit of it
    is ASCII: ``ASCII_WORD`` finds in it the words ``word_spans`` finds, at the same
    offsets, each in its normalised form (a curly quote or a dash is one character for
    one). None where another letter or digit stands in it ("é", "ñ", "μ")."""
    if text.isascii():
        return text.lower()
    if any(char.isalnum() for char in set(text) if not char.isascii()):
        return None
    return (text if not _TYPOGRAPHY.search(text) else text.translate(_TRANSLATE)).lower()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter 2) English stem: "warming"/"warmed" -> "warm", "emissions" -> "emiss".

    Words with digits ("co2", "2020") are kept as they are. Cached: a corpus repeats words.
    """
    if word.endswith("'s"):
        word = word[:-2]  # possessive: "russia's" -> "russia"
    if len(word) <= 2 or not word.replace("'", "").isalpha():
        return word
    return str(_STEMMER.stemWord(word))


def terms(text: str) -> list[str]:
    """Index terms: normalised, stemmed words without stop words.

    Hyphenated words count as their parts ("sea-level" -> "sea", "level"), so a claim
    written without the hyphen still finds the passage.
    """
    out: list[str] = []
    memo = _WORD_TERMS
    for word in _WORD.findall(normalize(text)):
        found = memo.get(word)
        if found is None:
            found = _word_terms(word)
        if found:
            out += found
    return out


# The terms of each distinct word seen: a corpus repeats its words, and a dict look-up is
# several times cheaper than splitting, filtering and stemming again (the index build and
# the matcher tokenise every passage). Cleared when full, so memory stays bounded.
_WORD_TERMS: dict[str, tuple[str, ...]] = {}
_WORD_TERMS_MAX = 500_000


def word_terms(word: str) -> tuple[str, ...]:
    """The index terms of one normalised word (a match of ``WORD``), as ``terms`` gives them."""
    found = _WORD_TERMS.get(word)
    return _word_terms(word) if found is None else found


def _word_terms(word: str) -> tuple[str, ...]:
    found = tuple(
        stem(part)
        for part in (word.split("-") if "-" in word else (word,))
        if part and part not in STOP_WORDS
    )
    if len(_WORD_TERMS) >= _WORD_TERMS_MAX:
        _WORD_TERMS.clear()
    _WORD_TERMS[word] = found
    return found
