"""Quote drift: does a pinned quote still appear in its source?

A reviewer pins a quote with its span. When the source is edited later the
span may move or the words may change. Moving is fine (the quote is found by
its text anywhere in the source); so are typography and layout: curly quotes,
dashes, odd spaces, case, re-wrapped lines and CRLF line ends. A changed word
or number is drift, because the verdict was given on words that are gone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from factcheck.workspace import PinnedEvidence, Source, normalize

# Below this similarity the closest stretch of the source is not worth showing.
NEAR_MATCH_SCORE = 70.0
QUOTE_CHARS = 60  # quotes in messages are cut to this length


class QuoteStatus(StrEnum):
    """Where a pinned quote was found."""

    AT_SPAN = "at-span"  # still at its recorded start/end
    MOVED = "moved"  # elsewhere in the source: not drift
    DRIFTED = "drifted"  # nowhere in the source: drift


@dataclass(frozen=True)
class QuoteCheck:
    """The result of looking for one quote; ``nearest`` is the closest text when drifted."""

    status: QuoteStatus
    nearest: str | None = None

    @property
    def drifted(self) -> bool:
        return self.status is QuoteStatus.DRIFTED


def fold(text: str) -> str:
    """Text with typography, case and all whitespace runs folded, for drift comparison."""
    return " ".join(normalize(text).split())


def check_quote(
    *,
    quote: str,
    source_text: str,
    start: int,
    end: int,
    folded_source: Callable[[], str] | None = None,
) -> QuoteCheck:
    """Find ``quote`` in ``source_text``: first at its span, then anywhere (folded).

    Pass ``folded_source`` (giving ``fold(source_text)``, kept by the caller) when checking
    many quotes of one source, so the source is folded once, and only when a quote is not
    at its span: most are, and folding every pinned source was most of FC003's time.
    """
    wanted = fold(quote)
    if 0 <= start <= end <= len(source_text) and fold(source_text[start:end]) == wanted:
        return QuoteCheck(QuoteStatus.AT_SPAN)
    haystack = fold(source_text) if folded_source is None else folded_source()
    if wanted and wanted in haystack:
        return QuoteCheck(QuoteStatus.MOVED)
    return QuoteCheck(QuoteStatus.DRIFTED, nearest=_nearest(quote, source_text))


def locate_quote(*, quote: str, source_text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``quote`` is in ``source_text`` now, as ``(start, end)``; None when it is gone.

    Its recorded span when that still holds it; else the occurrence nearest the
    recorded start of its exact text, or of its text with the other line endings
    (a source re-saved with CRLF or LF moves every span after the first break).
    """
    if 0 <= start <= end <= len(source_text) and fold(source_text[start:end]) == fold(quote):
        return start, end
    lf = quote.replace("\r\n", "\n")
    best: tuple[int, int] | None = None
    for candidate in dict.fromkeys((quote, lf, lf.replace("\n", "\r\n"))):
        if not candidate.strip():
            continue
        at = source_text.find(candidate)
        while at >= 0:
            if best is None or abs(at - start) < abs(best[0] - start):
                best = (at, at + len(candidate))
            at = source_text.find(candidate, at + 1)
    return best


def changed_part(quote: str, nearest: str, *, context: int = 25, width: int = 80) -> str:
    """The stretch of ``nearest`` around its first difference from ``quote``."""
    same = 0
    for a, b in zip(quote, nearest, strict=False):
        if a.lower() != b.lower():
            break
        same += 1
    start = max(0, same - context)
    while 0 < start < len(nearest) and not nearest[start - 1].isspace():  # start on a word
        start -= 1
    end = min(len(nearest), start + width)
    snippet = " ".join(nearest[start:end].split())
    return ("…" if start else "") + snippet + ("…" if end < len(nearest) else "")


def _nearest(quote: str, source_text: str) -> str | None:
    """The stretch of the source most like the quote, widened to whole words."""
    if not quote.strip() or not source_text:
        return None
    # Raw text, so the offsets are the source's own (folding can change lengths).
    found = fuzz.partial_ratio_alignment(quote, source_text, score_cutoff=NEAR_MATCH_SCORE)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    while start > 0 and not source_text[start - 1].isspace():
        start -= 1
    while end < len(source_text) and not source_text[end].isspace():
        end += 1
    return source_text[start:end]


def short_quote(quote: str) -> str:
    """A quote on one line, cut to QUOTE_CHARS, for messages."""
    quote = " ".join(quote.split())
    return quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1].rstrip() + "…"


def drift_message(
    *,
    claim_id: str,
    pin: PinnedEvidence,
    source: Source | None,
    folded_source: Callable[[], str] | None = None,
) -> str | None:
    """The FC003 message naming the quote when ``pin`` drifted from ``source``, else None."""
    quote = short_quote(pin.quote)
    if source is None:
        return (
            f'claim {claim_id!r}: pinned quote "{quote}" cites source {pin.source!r}, which no '
            "longer exists: restore the source or pin new evidence in `factcheck review`"
        )
    found = check_quote(
        quote=pin.quote,
        source_text=source.text,
        start=pin.start,
        end=pin.end,
        folded_source=folded_source,
    )
    if not found.drifted:
        return None
    now = ""
    if found.nearest:
        now = f' (the source now reads "{changed_part(pin.quote, found.nearest)}")'
    elif pin.source_hash and pin.source_hash != source.content_hash:
        now = " (its copy has changed since the quote was pinned)"
    return (
        f'claim {claim_id!r}: pinned quote "{quote}" is no longer in {source.path}{now}: '
        "check the verdict and pin the current text in `factcheck review`"
    )
