"""Splitting sources into passages with exact spans, and spotting page boilerplate.

A passage is one sentence, or a short sentence joined to its neighbour, and
always satisfies ``source.text[start:end] == passage.text``. A short paragraph of
several sentences is also a passage whole, after its sentences (so an excerpt that
words a claim across sentences is found as one passage); ``paragraphs=False`` gives
the sentence view alone, where passages never overlap. Boilerplate
(read-also links, image credits, notification prompts, topic lists, captions
printed twice) is kept but flagged, so ranking can push it below article text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from factcheck.workspace.models import Passage, Source
from factcheck.workspace.sentences import line_sentences, trimmed
from factcheck.workspace.sources import LEADING_DATE

# Sentences shorter than this are joined to a neighbour in the same paragraph.
MIN_PASSAGE_CHARS = 40
# Very long sentences (tables, lists pasted as one line) are cut at word boundaries.
MAX_PASSAGE_CHARS = 1200
# A paragraph of two or more passages up to this long is also a passage whole.
MAX_PARAGRAPH_CHARS = 1200

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A page break in text imported from a PDF (see factcheck.importers.pdf).
_PAGE_BREAK = re.compile("\f")
# Page furniture, matched case-insensitively. A pattern anchored at the line's start costs
# little; one that may match anywhere scans the whole line (a paragraph of prose, often),
# so it carries the words any match must contain and runs only when one is in the line.
_FURNITURE_AT_START = (
    r"^\s*(read|see) (also|more)\b",
    r"^\s*related( articles?| stories| coverage)?\s*:",
    r"^\s*(featured |header |lead )?(image|photo|picture|video)( credit)?s?\s*:",
    r"^\s*(credit|source|caption)\s*:",
    r"^\s*topics?\s*:",
    r"^\s*tags?\s*:",
    r"^\s*(advertisement|sponsored( content)?|skip to (main )?content)\s*$",
    r"^\s*(share|follow us)( on| this)?\b",
    r"^\s*(copyright|©)",
)
_FURNITURE_ANYWHERE = (
    (("notifications",), r"\b(enable|allow|turn on) (push )?notifications\b"),
    (("click",), r"\bclick '?ok'? then\b"),
    (("never miss",), r"\bnever miss (out )?on\b"),
    (("newsletter", "updates"), r"\b(sign up|subscribe) (for|to) (our|the) (newsletter|updates)\b"),
    (("click here",), r"\bclick here\b"),
    (("all rights reserved",), r"\ball rights reserved\b"),
)
# One match for every anchored pattern: a line matches the alternation iff it matches one.
_AT_START = re.compile("|".join(f"(?:{p.removeprefix('^')})" for p in _FURNITURE_AT_START), re.I)
_ANYWHERE = [(word, re.compile(p, re.I)) for words, p in _FURNITURE_ANYWHERE for word in words]
# A caption: a short line ending in a parenthesised credit, "(Alamy)", "(Getty Images)".
_CAPTION = re.compile(r"^.{0,120}\((?:[A-Z][\w&.' -]{1,40})\)\s*$")


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph into logical lines, joining lines that are hard-wrapped prose."""
    lines: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        lines.extend(trimmed(text, pos, stop))
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
        yield from trimmed(text, start, cut)
        start = cut
    yield from trimmed(text, start, end)


def is_boilerplate(line: str) -> bool:
    """True for page furniture: read-also links, credits, prompts, topic lists, captions."""
    if _AT_START.match(line):
        return True
    folded = _fold_case(line)
    for required, pattern in _ANYWHERE:
        if required in folded and pattern.search(line):
            return True
    # The caption pattern needs a closing bracket at the end: test that first, it is cheap.
    if not line.rstrip().endswith(")"):
        return False
    return bool(_CAPTION.match(line)) and len(line.split()) <= 14


def _fold_case(line: str) -> str:
    """``line`` lower-cased so that every ASCII word a case-insensitive pattern would match
    in it appears in it as a plain substring (false positives are fine: a filter only).

    ``re.IGNORECASE`` also matches "ı" and "İ" to "i" and "ſ" to "s"; ``str.lower`` keeps
    the first two and turns "İ" into "i" plus a combining dot, which is dropped here.
    """
    folded = line.lower()
    if not line.isascii():
        folded = folded.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    return folded


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
            # A line printed twice (a caption under a photo and again in the gallery); only
            # keys under 200 count, and a line of 200+ printable characters (no whitespace
            # but " ") without "  " cannot have one: lower() never shortens text.
            repeated = False
            if len(line) < 200 or "  " in line or not line.isprintable():
                key = " ".join(line.split()).lower()
                repeated = key in seen_lines and len(key) < 200
                seen_lines.add(key)
            boiler = repeated or is_boilerplate(line)
            for s_start, s_end in line_sentences(text, line_start, line_end):
                if s_end - s_start <= MAX_PASSAGE_CHARS:  # _split_long would keep it whole
                    spans.append((s_start, s_end, boiler))
                    continue
                for p_start, p_end in _split_long(text, s_start, s_end):
                    spans.append((p_start, p_end, boiler))
        yield spans


def split_passages(source: Source, *, paragraphs: bool = True) -> list[Passage]:
    """Split a source's body into passages with exact spans into ``source.text``.

    In a source imported from a PDF every page ends with a form feed (``\\f``) on a
    line of its own; there each passage carries its 1-based page number.
    """
    text = source.text
    return [
        Passage(
            source_id=source.id,
            start=start,
            end=end,
            text=text[start:end],
            boilerplate=boilerplate,
            page=page,
        )
        for start, end, boilerplate, page in passage_spans(source, paragraphs=paragraphs)
    ]


def passage_spans(
    source: Source, *, paragraphs: bool = True
) -> list[tuple[int, int, bool, int | None]]:
    """``split_passages`` as bare (start, end, boilerplate, page) tuples, without the text.

    The index build uses this: a million Passage objects would cost more than the spans.
    """
    text = source.text
    body_start = source.body_start
    leading_date = LEADING_DATE.match(text, body_start)
    if leading_date:
        body_start = leading_date.end()  # metadata, not a sentence of the article
    page_ends = [m.start() for m in _PAGE_BREAK.finditer(text, body_start)]
    spans: list[tuple[int, int, bool, int | None]] = []
    for sentences in sentence_spans(text, start=body_start):
        joined = _join_short(text, sentences)
        # A short paragraph of article text (furniture inside would make it read as noise).
        short = len(joined) > 1 and joined[-1][1] - joined[0][0] <= MAX_PARAGRAPH_CHARS
        if paragraphs and short and not any(boiler for _, _, boiler in joined):
            joined.append((joined[0][0], joined[-1][1], False))
        for start, end, boilerplate in joined:
            page = bisect.bisect_left(page_ends, start) + 1 if page_ends else None
            spans.append((start, end, boilerplate, page))
    return spans


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
