"""The passage splitter before it was made faster (factcheck.workspace.passages at 99ac86c).

A test oracle: the fast splitter must give exactly these spans and flags. Kept
verbatim, plain rather than quick; do not optimise it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from factcheck.workspace.models import Passage, Source
from factcheck.workspace.sources import LEADING_DATE

# Sentences shorter than this are joined to a neighbour in the same paragraph.
MIN_PASSAGE_CHARS = 40
# Very long sentences (tables, lists pasted as one line) are cut at word boundaries.
MAX_PASSAGE_CHARS = 1200

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A page break in text imported from a PDF (see factcheck.importers.pdf).
_PAGE_BREAK = re.compile("\f")
# A sentence ends at . ! ? (and closing quotes or brackets) followed by space. A match
# starts only where a run of marks starts and never gives back what it took: else a run of
# n dots with no space after it (a dot leader, "......") costs n² steps (minutes for 100k).
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt gov sen rep rev hon pres jan feb
    mar apr jun jul aug sep sept oct nov dec vs etc al approx no nos fig figs inc ltd co
    corp dept univ est e.g i.e u.s u.k u.n a.m p.m
    """.split()
)

_BOILERPLATE_LINE = [
    re.compile(p, re.I)
    for p in (
        r"^\s*(read|see) (also|more)\b",
        r"^\s*related( articles?| stories| coverage)?\s*:",
        r"^\s*(featured |header |lead )?(image|photo|picture|video)( credit)?s?\s*:",
        r"^\s*(credit|source|caption)\s*:",
        r"^\s*topics?\s*:",
        r"^\s*tags?\s*:",
        r"^\s*(advertisement|sponsored( content)?|skip to (main )?content)\s*$",
        r"\b(enable|allow|turn on) (push )?notifications\b",
        r"\bclick '?ok'? then\b",
        r"\bnever miss (out )?on\b",
        r"\b(sign up|subscribe) (for|to) (our|the) (newsletter|updates)\b",
        r"\bclick here\b",
        r"^\s*(share|follow us)( on| this)?\b",
        r"^\s*(copyright|©)",
        r"\ball rights reserved\b",
    )
]
# A caption: a short line ending in a parenthesised credit, "(Alamy)", "(Getty Images)".
_CAPTION = re.compile(r"^.{0,120}\((?:[A-Z][\w&.' -]{1,40})\)\s*$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    return word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS


def _sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]`` (a paragraph), whitespace trimmed."""
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        cut = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        # The next sentence must start like one: a capital, a digit or an opening quote.
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and not (
            text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "\"'“‘«(["
        ):
            continue
        yield from _trimmed(text, cursor, cut)
        cursor = cut
    yield from _trimmed(text, cursor, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph into logical lines, joining lines that are hard-wrapped prose."""
    lines: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        lines.extend(_trimmed(text, pos, stop))
        pos = stop + 1
    merged: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if merged:
            prev_start, prev_end = merged[-1]
            first = text[line[0]]
            # Hard-wrapped prose: the line breaks mid-sentence. A headline followed by a
            # credit line also ends without punctuation, so furniture never counts. Only
            # the last physical line is tested: testing the whole merged text again for
            # each line made thousands of unpunctuated lines (a table of contents) n².
            last_start, last_end = lines[i - 1]
            wrapped = text[prev_end - 1] not in ".!?:;\"'”’)" and (
                first.islower()
                or (
                    prev_end - prev_start >= 60
                    and not is_boilerplate(text[last_start:last_end])
                    and not is_boilerplate(text[line[0] : line[1]])
                )
            )
            if wrapped:
                merged[-1] = (prev_start, line[1])
                continue
        merged.append(line)
    yield from merged


def _split_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_PASSAGE_CHARS:
        cut = text.rfind(" ", start + MAX_PASSAGE_CHARS // 2, start + MAX_PASSAGE_CHARS)
        if cut == -1:
            cut = start + MAX_PASSAGE_CHARS
        yield from _trimmed(text, start, cut)
        start = cut
    yield from _trimmed(text, start, end)


def is_boilerplate(line: str) -> bool:
    """True for page furniture: read-also links, credits, prompts, topic lists, captions."""
    if any(p.search(line) for p in _BOILERPLATE_LINE):
        return True
    return bool(_CAPTION.match(line)) and len(line.split()) <= 14


def _paragraphs(text: str, start: int) -> Iterator[tuple[int, int]]:
    pos = start
    for match in _BLANK_LINE.finditer(text, start):
        yield pos, match.start()
        pos = match.end()
    yield pos, len(text)


def sentence_spans(text: str, *, start: int = 0) -> Iterator[list[tuple[int, int, bool]]]:
    """For each paragraph of ``text[start:]``, its sentences as (start, end, boilerplate).

    Sentences are not joined, so claim extraction can score them one by one.
    """
    seen_lines: set[str] = set()
    for par_start, par_end in _paragraphs(text, start):
        spans: list[tuple[int, int, bool]] = []
        for line_start, line_end in _line_spans(text, par_start, par_end):
            line = text[line_start:line_end]
            key = " ".join(line.split()).lower()
            # A line printed twice (a caption under a photo and again in the gallery).
            repeated = key in seen_lines and len(key) < 200
            seen_lines.add(key)
            boiler = repeated or is_boilerplate(line)
            for s_start, s_end in _sentence_spans(text, line_start, line_end):
                for p_start, p_end in _split_long(text, s_start, s_end):
                    spans.append((p_start, p_end, boiler))
        yield spans


def split_passages(source: Source) -> list[Passage]:
    """Split a source's body into passages with exact spans into ``source.text``.

    In a source imported from a PDF every page ends with a form feed (``\\f``) on a
    line of its own; there each passage carries its 1-based page number.
    """
    text = source.text
    passages: list[Passage] = []
    body_start = source.body_start
    leading_date = LEADING_DATE.match(text, body_start)
    if leading_date:
        body_start = leading_date.end()  # metadata, not a sentence of the article
    page_ends = [m.start() for m in _PAGE_BREAK.finditer(text, body_start)]
    for spans in sentence_spans(text, start=body_start):
        for p_start, p_end, boiler in _join_short(text, spans):
            passages.append(
                Passage(
                    source_id=source.id,
                    start=p_start,
                    end=p_end,
                    text=text[p_start:p_end],
                    boilerplate=boiler,
                    page=bisect.bisect_left(page_ends, p_start) + 1 if page_ends else None,
                )
            )
    return passages


def _join_short(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Join sentences shorter than MIN_PASSAGE_CHARS to the next one (or the previous)."""
    out: list[tuple[int, int, bool]] = []
    pending: tuple[int, int, bool] | None = None
    for start, end, boiler in spans:
        if pending is not None:
            if pending[2] == boiler:
                start, boiler = pending[0], boiler
            else:
                out.append(pending)
            pending = None
        if end - start < MIN_PASSAGE_CHARS:
            pending = (start, end, boiler)
            continue
        out.append((start, end, boiler))
    if pending is not None:
        if out and out[-1][2] == pending[2] and out[-1][1] - out[-1][0] < MAX_PASSAGE_CHARS:
            out[-1] = (out[-1][0], pending[1], pending[2])
        else:
            out.append(pending)
    return out
