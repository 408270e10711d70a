"""Where sentences end inside a line of text, for the passage splitter (``passages``).

A sentence ends at a run of ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets)
followed by whitespace and then something that can open a sentence, unless the full
stop ends an abbreviation ("Dr.", "e.g.") or an initial ("J. Smith").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

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

# The only non-ASCII character that str.lower() makes ASCII: U+212A KELVIN SIGN, "k"
# (tests/test_sentences.py checks all of Unicode).
_ALSO_LOWERED_TO = {"k": "\u212a"}


def _cut_pattern(mark: str) -> re.Pattern[str]:
    """One regex that finds every sentence end of a line (each run of marks, closing quotes
    and whitespace that ``_ends_sentence`` accepts) with the whitespace after it, so Python
    code runs per
    sentence, not per character or per rule; where its judgement needs Python's
    ``str.isupper`` or ``str.isalpha`` of a non-ASCII character it matches with a
    "check" group set, and ``_ends_sentence`` decides. ``mark``: the marks a sentence
    end may open with (a character class).
    """
    # Before the word before a full stop: neither a letter or digit ([^\W_] is exactly
    # str.isalnum) nor a dot, so the word is the whole run _is_abbreviation takes.
    edge = r"(?<![^\W_])(?<!\.)"

    def letters(word: str) -> str:
        """A pattern for what ``str.lower`` makes into ``word``."""
        return "".join(
            f"[{c}{c.upper()}{_ALSO_LOWERED_TO.get(c, '')}]" if c.isalpha() else re.escape(c)
            for c in word
        )

    by_length: dict[int, list[str]] = {}
    for word in sorted(_ABBREVIATIONS):
        by_length.setdefault(len(word), []).append(letters(word))
    # A look-behind must have one width: one per length of abbreviation, and initials.
    # Each look-behind ends with the full stop: the pattern then opens with the mark, and
    # the regex engine skips to the next mark in C instead of trying them at every character.
    not_abbreviation = "".join(
        f"(?<!{edge}(?:{'|'.join(words)})\\.)" for _, words in sorted(by_length.items())
    )
    not_abbreviation += f"(?<!{edge}[A-Za-z]\\.)"
    return re.compile(
        # A run of marks, from its start; the rest of it is taken possessively below, never
        # given back: else a run of n dots with no space after it ("......") costs n² steps.
        rf"{mark}(?<![.!?…]{{2}})"
        # Not a full stop; or one after a single non-ASCII letter or digit (an initial if
        # str.isalpha says so: checked); or one after no abbreviation and no initial.
        rf"(?:(?<=[!?…])|(?<={edge}[^\x00-\x7f]\.)(?<=[^\W_]\.)(?P<initial>)|{not_abbreviation})"
        # The rest of the run, closing quotes.
        r"[.!?…]*+[\"'”’»)\]]*+"
        # The whitespace to the next sentence, which must open like one (a capital, a
        # digit, an opening quote or bracket); a non-ASCII character is checked.
        r"(?P<gap>\s++)(?=[A-Z0-9\"'(\[“‘«]|(?P<next>[^\x00-\x7f]))"
    )


@functools.cache
def _cut_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern, and the same for a line without ! ? or … (a pattern that opens with one
    character is found by a fast search for it, a sixth of a character class's time).
    Compiled on first use: a few milliseconds that commands splitting no text need not pay.
    """
    return _cut_pattern("[.!?…]"), _cut_pattern(r"\.")


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
    """Spans of the sentences in ``text[start:end]``, a line with no whitespace at either
    end (``passages`` trims its lines), each without whitespace at either end."""
    spans: list[tuple[int, int]] = []
    cursor = start
    # Each match is a sentence end with the whitespace after it: all the sentence ends,
    # and some that are not (the "check" groups), which the plain rules judge.
    others = (
        text.find("!", start, end) >= 0
        or text.find("?", start, end) >= 0
        or text.find("…", start, end) >= 0
    )
    every_mark, full_stops = _cut_patterns()
    for match in (every_mark if others else full_stops).finditer(text, start, end):
        gap, nxt = match.span("gap")
        if match.group("initial", "next") != (None, None) and not _ends_sentence(
            text, match.start(), nxt
        ):
            continue
        spans.append((cursor, gap))
        cursor = nxt
    if cursor < end:  # an empty line has no sentence
        spans.append((cursor, end))
    return spans


def _ends_sentence(text: str, mark: int, nxt: int) -> bool:
    """The plain rules: True when the run of marks at ``mark``, followed by whitespace up
    to ``nxt``, ends a sentence."""
    if text[mark] == "." and _is_abbreviation(text, mark):
        return False
    # The next sentence must start like one: a capital, a digit or an opening quote.
    first = text[nxt]
    return first.isupper() or first.isdigit() or first in _OPENERS


def trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` without the whitespace at either end, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
