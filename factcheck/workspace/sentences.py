"""Where sentences end inside a line of text, for the passage splitter (``passages``).

A sentence ends at a run of ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets)
followed by whitespace and then something that can open a sentence, unless the full
stop ends an abbreviation ("Dr.", "e.g.") or an initial ("J. Smith").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence ends at . ! ? (and closing quotes or brackets) followed by space. A match
# starts only where a run of marks starts and never gives back what it took: else a run of
# n dots with no space after it (a dot leader, "......") costs n² steps (minutes for 100k).
# The pattern opens with a mark (the run-start test follows it), so the regex engine skips
# to the next mark in C instead of trying the test at every character.
_SENTENCE_END = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*+[\"'”’»)\]]*+(?=\s)")
# Characters that may open a sentence besides capitals and digits.
_OPENERS = frozenset("\"'“‘«([")
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt gov sen rep rev hon pres jan feb
    mar apr jun jul aug sep sept oct nov dec vs etc al approx no nos fig figs inc ltd co
    corp dept univ est e.g i.e u.s u.k u.n a.m p.m
    """.split()
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
# The longest run of letters, digits ([^\W_] is str.isalnum) and dots ending where the search
# ends: searched from the left, the first place it matches from is where the run starts.
_WORD_TAIL = re.compile(r"(?:[^\W_]|\.)*\Z")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    # The letters, digits and dots before the dot (one more than the longest abbreviation).
    start = dot - _LONGEST_ABBREVIATION - 1
    if start >= 0 and text[start:dot].isalnum():
        return False  # a longer word, as before most full stops: no regex needed
    tail = _WORD_TAIL.search(text, max(0, start), dot)
    word = tail.group() if tail else ""  # it always matches, if only the empty run
    if len(word) > _LONGEST_ABBREVIATION or not word:
        return False
    word = word.lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    return word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS


def line_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]`` (a line), whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        mark, cut = match.span()
        if text[mark] == "." and _is_abbreviation(text, mark):
            continue
        # The next sentence must start like one: a capital, a digit or an opening quote.
        nxt = cut + 1  # text[cut] is space: the pattern's lookahead
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end:
            first = text[nxt]
            if not (first.isupper() or first.isdigit() or first in _OPENERS):
                continue
        spans.extend(trimmed(text, cursor, cut))
        cursor = cut
    spans.extend(trimmed(text, cursor, end))
    return spans


def trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` without the whitespace at either end, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
