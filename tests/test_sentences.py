"""Sentence ends found by one regex (factcheck.workspace.sentences) are the plain ones.

``line_sentences`` judges most sentence ends inside its regex (abbreviations and initials
as look-behinds, the next sentence's first character as a look-ahead) and leaves only
non-ASCII cases to Python; every path is compared with tests/plain_passages.py.
"""

from __future__ import annotations

import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.workspace.passages import sentence_spans
from factcheck.workspace.sentences import _ABBREVIATIONS, _ALSO_LOWERED_TO, line_sentences
from tests import plain_passages as plain

# Pieces that reach each branch: every abbreviation in upper, lower and mixed case, with
# letters, digits and dots before it; initials, ASCII and not (letters, and "²", which is
# alphanumeric but not alphabetic); the Kelvin sign, "İ" (lower() makes it two characters);
# next sentences opening with ASCII and non-ASCII capitals, digits, quotes, lower case.
PIECES = [
    *sorted(_ABBREVIATIONS),
    *(word.upper() for word in sorted(_ABBREVIATIONS)),
    *(word.title() for word in sorted(_ABBREVIATIONS)),
    "U.\u212a",
    "\u212a",
    "İ",
    "ı",
    "ſt",
    "É",
    "é",
    "ß",
    "²",
    "½",
    "Ⅻ",
    "٣",
    "J",
    "x",
    "7",
    "word",
    "approxi",
    "Xapprox",
    "_",
    ".",
    ". ",
    "... ",
    "…",
    "!",
    "?",
    "?!",
    '"',
    "”",
    "’",
    "»",
    ")",
    "]",
    " ",
    "  ",
    "\u00a0",
    "\u2009",
    "\t",
    "“",
    "‘",
    "«",
    "(",
    "[",
    "'",
    "Ça",
    "ça",
    "Ωmega",
    "ωmega",
    "ǅ",
    "A",
    "a",
    "1",
]
lines = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_line_sentences_equal_the_plain_splitter(text: str) -> None:
    line = text.strip()
    start = text.find(line) if line else 0
    assert line_sentences(text, start, start + len(line)) == list(
        plain._sentence_spans(text, start, start + len(line))
    )


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([*PIECES, "\n", "\n\n", "\f\n"]), max_size=60).map("".join))
def test_paragraphs_split_into_the_plain_sentences(text: str) -> None:
    assert list(sentence_spans(text)) == list(plain.sentence_spans(text))


def test_every_abbreviation_and_initial_is_judged_as_before() -> None:
    for word in [*_ABBREVIATIONS, "J", "x", "É", "²", "\u212a", "İ", "U.\u212a", "Xmr", "7"]:
        for before in ("", " ", "(", "a", "."):
            for after in (" Next", " next", " Éric", " éric", " “Q", " 4"):
                text = f"One {before}{word}.{after} end"
                got = line_sentences(text, 0, len(text))
                assert got == list(plain._sentence_spans(text, 0, len(text))), text


def test_only_the_kelvin_sign_lowers_to_ascii() -> None:
    """The regex spells each abbreviation's letters as what lower() makes into them."""
    lowered_to_ascii = {
        chr(c): chr(c).lower() for c in range(0x80, sys.maxunicode + 1) if chr(c).lower().isascii()
    }
    assert lowered_to_ascii == {v: k for k, v in _ALSO_LOWERED_TO.items()}


def test_lines_with_and_without_other_marks_than_full_stops() -> None:
    # A line without ! ? or … is searched for full stops alone: every mark on both paths.
    for first in (".", "!", "?", "…", "?!", ".!", "!."):
        for second in (".", "!", "?", "…", ""):
            text = f"One went{first} Two came{second} Three. Four"
            assert line_sentences(text, 0, len(text)) == list(
                plain._sentence_spans(text, 0, len(text))
            ), text
