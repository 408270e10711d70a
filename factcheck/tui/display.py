"""Turning untrusted claim and source text into Textual ``Content``, literally.

Text from claims and sources is never read as markup: it goes into
``Content`` objects whose styles are spans we add ourselves. Control, ANSI
and bidi characters are replaced by visible escapes (``factcheck.terminal.inert``)
and an offset map keeps highlight spans pointing at the right characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from textual.content import Content

from factcheck.terminal import inert
from factcheck.workspace import Cue, Evidence, Stance, VerdictLabel

# Characters that inert() rewrites (tabs and newlines stay as they are).
_NEEDS_ESCAPE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\r]"
)

MATCH_STYLE = "bold underline"
CONFLICT_STYLE = "bold reverse $error"
AGREEMENT_STYLE = "bold reverse $success"
HIGHLIGHT_STYLE = "on $warning 30%"

# Scale colours by name -> theme variables, so every theme keeps its own palette.
_THEME_COLOURS = {
    "green": "$success",
    "red": "$error",
    "yellow": "$warning",
    "orange": "$warning",
    "amber": "$warning",
    "blue": "$primary",
    "cyan": "$accent",
    "magenta": "$secondary",
    "purple": "$secondary",
    "grey": "$text-muted",
    "gray": "$text-muted",
    "white": "$foreground",
}

STANCE_STYLE = {
    Stance.SUPPORTS: "$text-success",
    Stance.CONTRADICTS: "$text-error",
    Stance.NEUTRAL: "$text-muted",
}


class LiteralText:
    """Text made safe to display, with a map from original to displayed offsets."""

    __slots__ = ("_offsets", "text")

    def __init__(self, original: str) -> None:
        if not _NEEDS_ESCAPE.search(original):
            self.text = original
            self._offsets: list[int] | None = None
            return
        pieces: list[str] = []
        offsets: list[int] = []
        position = 0
        for ch in original:
            offsets.append(position)
            shown = inert(ch, keep_newlines=True) if _NEEDS_ESCAPE.match(ch) else ch
            pieces.append(shown)
            position += len(shown)
        offsets.append(position)
        self.text = "".join(pieces)
        self._offsets = offsets

    def offset(self, original: int) -> int:
        """Where character ``original`` of the original text is in the displayed text."""
        if self._offsets is None:
            return max(0, min(original, len(self.text)))
        original = max(0, min(original, len(self._offsets) - 1))
        return self._offsets[original]


def literal(text: str, style: str = "") -> Content:
    """``text`` as Content, shown exactly (no markup), control characters made visible."""
    content = Content(LiteralText(text).text, strip_control_codes=False)
    return content.stylize(style) if style else content


def one_line(text: str, limit: int | None = None) -> str:
    """``text`` collapsed to one line of inert characters, cut at ``limit``."""
    if limit is not None:
        text = text[: 2 * limit + 16]  # no need to clean what will be cut anyway
    if _NEEDS_ESCAPE.search(text):
        text = inert(text)
    flat = " ".join(text.split())
    if limit is not None and len(flat) > limit:
        return flat[: max(0, limit - 1)] + "…"
    return flat


def highlighted(
    text: str,
    *,
    base: int,
    matched: Iterable[tuple[int, int]] = (),
    cues: Sequence[Cue] = (),
    marks: Iterable[tuple[int, int]] = (),
) -> Content:
    """``text`` (which starts at absolute offset ``base``) with spans highlighted.

    ``matched`` are words shared with the claim, ``cues`` the stance cues
    (conflicts and agreements styled differently), ``marks`` a plain highlight
    (the passage on the source screen). All offsets are absolute.
    """
    shown = LiteralText(text)
    content = Content(shown.text, strip_control_codes=False)
    length = len(text)

    def span(start: int, end: int) -> tuple[int, int] | None:
        start, end = max(0, start - base), min(length, end - base)
        if end <= start:
            return None
        return shown.offset(start), shown.offset(end)

    for start, end in marks:
        if (s := span(start, end)) is not None:
            content = content.stylize(HIGHLIGHT_STYLE, *s)
    for start, end in matched:
        if (s := span(start, end)) is not None:
            content = content.stylize(MATCH_STYLE, *s)
    for cue in cues:
        if cue.start < 0 or (s := span(cue.start, cue.end)) is None:
            continue
        content = content.stylize(CONFLICT_STYLE if cue.conflict else AGREEMENT_STYLE, *s)
    return content


def passage_content(evidence: Evidence) -> Content:
    """The passage of ``evidence`` with claim words and cues highlighted."""
    passage = evidence.passage
    return highlighted(
        passage.text, base=passage.start, matched=evidence.matched, cues=evidence.cues
    )


def verdict_colour(label: VerdictLabel | None) -> str:
    """A theme variable (or the configured colour) for a verdict label."""
    if label is None:
        return "$text-muted"
    return _THEME_COLOURS.get(label.color.lower(), label.color)


def verdict_mark(label: VerdictLabel | None, *, stale: bool = False) -> Content:
    """A one-cell coloured mark for a claim: ● decided, ○ pending, ! stale."""
    if label is None:
        return Content.styled("○", "$text-warning")
    return Content.styled("!" if stale else "●", f"bold {verdict_colour(label)}")
