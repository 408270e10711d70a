"""``Side.of`` splits ASCII text on its own fast path: the same words as the general one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.evidence.sides import Side

PIECES = [
    "The", "voted", "for", "prices", "went", "up", "down", "turned", "it's", "don't", "U.S.",
    "co2", "1,200", "3.5", "sea-level", "Russia's", "_", "'", "-", ".", ",", " ", "  ", "\n",
    "ABC", "x", "No", "deaths",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_ascii_words_are_those_of_the_general_split(text: str) -> None:
    # One non-ASCII word after the text sends it down the general path; the words before
    # it are not moved, and the stem of a word depends only on the word before it.
    assert text.isascii()
    general = Side.of(text + " é").words
    assert general[-1].norm == "é"
    assert Side.of(text).words == general[:-1]


def test_ascii_words_carry_spans_text_and_stems() -> None:
    side = Side.of("Senators voted for it; prices went up.", 10)
    assert [(w.start, w.end, w.text) for w in side.words][:3] == [
        (0, 8, "Senators"),
        (9, 14, "voted"),
        (15, 18, "for"),
    ]
    assert side.words[2].stem != "for"  # "voted for" takes a side
    assert side.words[-1].stem != "up"  # "went up" is a rise
    assert side.offset == 10
