"""The index build's fast paths give what the plain per-passage code gives.

``postings.split_words`` finds words on UTF-8 bytes instead of with ``WORD``;
``text.normalize_for_slices`` normalises a whole source once and slices it, instead of
normalising each passage. Each is compared here with the plain code on tricky text:
unicode letters and digits, NFKC-changing characters, combining marks, hyphens,
apostrophes, dots, abbreviations, empty lines, paragraphs, lone surrogates.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.index import postings, wordkeys
from factcheck.index.wordkeys import split_words
from factcheck.workspace.text import WORD, _slice_safe, normalize, normalize_for_slices
from tests.test_index_build_equivalence import counted_in_bulk, counted_plainly

PIECES = [
    "The",
    "sea-level",
    "Russia's",
    "’s",
    "“quoted”",
    "e.g.",
    "U.S.",
    "Dr. Smith",
    "a..b",
    "a.-b",
    "--",
    "-x-",
    "'",
    ".",
    "…",
    "co2",
    "CO₂",
    "x²",
    "10,000",
    "3.5",
    "ﬁnance",
    "Ｆｕｌｌ",
    "İstanbul",
    "ΣΑΣ",
    "ıi",
    "ſtate",
    "KELVIN",
    "é",
    "e\u0301",
    "\u0301",
    "가",
    "\u1100\u1161",
    "\u11a8",
    "°",
    "µ",
    "ß",
    "ﬀ",
    "Ⅻ",
    "٣",
    "_",
    "a_b",
    "\u00a0",
    "\u2009",
    "\u2011",
    "—",
    "\ufeff",
    "\ud800",
    "\n",
    "\n\n",
    "\t",
    " ",
    "\x1c",
    "Q",
]
tricky = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map("".join)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tricky)
def test_split_words_finds_what_the_word_pattern_finds(text: str) -> None:
    assert [word.decode() for word in split_words(text)] == WORD.findall(text)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tricky, st.lists(st.integers(min_value=0, max_value=300), max_size=8))
def test_slices_of_the_text_normalised_once_are_the_slices_normalised(
    text: str, cuts: list[int]
) -> None:
    whole = normalize_for_slices(text)
    if whole is None:  # a capital sigma or a letter whose lower case is longer
        assert "Σ" in text or any(len(char.lower()) != 1 for char in text)
        return
    folded, odd = whole
    assert len(folded) == len(text)
    assert odd == sorted(i for i, char in enumerate(text) if not _slice_safe(char))
    points = sorted({0, len(text), *(min(cut, len(text)) for cut in cuts)})
    for a in points:
        for b in points:
            holds_odd = (at := bisect.bisect_left(odd, a)) < len(odd) and odd[at] < b
            if a <= b and not holds_odd:
                assert folded[a:b] == normalize(text[a:b])


def test_no_character_that_composes_with_the_one_before_counts_as_safe() -> None:
    """NFKC's quick check says "maybe" only for the second character of a composition:
    every such character must make a slice take the per-passage path."""
    seconds = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                seconds.add(chr(int(parts[1], 16)))
    assert seconds
    assert not [char for char in seconds if _slice_safe(char)]


@pytest.mark.parametrize("char", ["é", "°", "µ", "…", "²", "\u0301", "ﬁ", "\u2011", "Ａ"])
def test_a_character_is_safe_only_when_nfkc_keeps_it_alone(char: str) -> None:
    kept = unicodedata.normalize("NFKC", char) == char and unicodedata.combining(char) == 0
    assert _slice_safe(char) == (kept and not unicodedata.category(char).startswith("M"))


def test_whole_text_folding_refuses_context_dependent_lower_case() -> None:
    assert normalize_for_slices("ΣΑΣ ΟΔΟΣ") is None  # final sigma: σ or ς by position
    assert normalize_for_slices("İstanbul") is None  # lower() gives two characters
    assert normalize_for_slices("The Sea–Level ’s") == ("the sea-level 's", [])
    assert normalize_for_slices("x² and CO₂") == ("x² and co₂", [1, 9])


words_lists = st.lists(
    st.lists(
        st.one_of(
            st.sampled_from(["a", "the", "sea-level", "Q", "é", "x²", "co2", "e.g", "ab" * 8]),
            st.sampled_from(["internationalisation", "sixteen-bytes-ab", "seventeen-bytes-x"]),
            st.text(st.characters(categories=["Ll", "Lu", "Nd", "Lo"]), min_size=1, max_size=20),
        ),
        max_size=30,
    ),
    max_size=5,
)


def numbered_plainly(batches: list[list[str]]) -> tuple[list[list[int]], list[bytes]]:
    seen: dict[bytes, int] = {b"Q": 0}
    out = [[seen.setdefault(w.encode(), len(seen)) for w in batch] for batch in batches]
    return out, list(seen)


def numbered_by_keys(batches: list[list[str]]) -> tuple[list[list[int]], list[bytes]]:
    numbers = wordkeys.WordNumbers()
    numbers.number(numbers.keys(wordkeys.word_codes("Q")))
    out = []
    for batch in batches:
        codes = wordkeys.word_codes(" ".join(batch))
        assert codes.tobytes().split() == [w.encode() for w in batch]
        out.append(numbers.number(numbers.keys(codes)).tolist())
    return out, numbers.words


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words_lists.filter(lambda b: all(WORD.findall(" ".join(x)) == x for x in b)))
def test_words_are_numbered_by_key_as_a_dict_numbers_them(batches: list[list[str]]) -> None:
    """Long words (over the 16 bytes of a key) included, numbered in order of first sight
    over batches."""
    assert numbered_by_keys(batches) == numbered_plainly(batches)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(words_lists.filter(lambda b: all(WORD.findall(" ".join(x)) == x for x in b)))
def test_words_whose_hashes_collide_are_numbered_exactly(
    monkeypatch: pytest.MonkeyPatch, batches: list[list[str]]
) -> None:
    with monkeypatch.context() as patch:  # every key hashes to 0
        patch.setattr(wordkeys, "_M1", np.uint64(0))
        patch.setattr(wordkeys, "_M2", np.uint64(0))
        assert numbered_by_keys(batches) == numbered_plainly(batches)


def test_many_words_are_numbered_as_a_dict_numbers_them() -> None:
    """Enough distinct words that the hash table grows several times, seen in many texts."""
    vocabulary = [f"w{n}x{n * 7919 % 1000}" for n in range(20_000)] + ["sixteen-bytes-ab" * 2]
    rng = np.random.default_rng(1)
    batches = [
        [vocabulary[i] for i in rng.zipf(1.3, size=int(rng.integers(0, 3000))) % len(vocabulary)]
        for _ in range(40)
    ]
    assert numbered_by_keys(batches) == numbered_plainly(batches)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(st.lists(tricky, max_size=4), max_size=6),
    st.sampled_from([1, 7, 40, 10**9]),
)
def test_postings_tokenised_in_batches_of_any_size_are_the_same(
    monkeypatch: pytest.MonkeyPatch, sources: list[list[str]], batch: int
) -> None:
    """Sources of passages, the first two also joined as a paragraph passage."""
    with_spans = []
    for pieces in sources:
        text = "\n".join(pieces)
        ends = list(itertools.accumulate(len(piece) + 1 for piece in pieces))
        spans = [(end - len(piece) - 1, end - 1) for piece, end in zip(pieces, ends, strict=True)]
        if len(spans) > 1:
            spans.insert(2, (spans[0][0], spans[1][1]))
        with_spans.append((text, spans))
    texts = [text[a:b] for text, spans in with_spans for a, b in spans]
    with monkeypatch.context() as patch:
        patch.setattr(postings, "BATCH_CHARS", batch)
        assert counted_in_bulk(with_spans) == counted_plainly(texts)
