"""On time or late, on budget or over it: a project's schedule and its cost said both ways.

"The rail link opened on time and on budget" is contradicted by "opened two years later
than planned and £1.4bn over budget", and by "New rail line opens two years late". Each
side of each measure is a phrase, so the antonym cue's word pairs do not see them; a bare
"late" is left ("late on Tuesday", "the late president", "late 2024"): only a length of
time late, or "ran late", "arrived late" and the like, say a schedule was missed.
"""

from __future__ import annotations

import re

from factcheck.evidence.sides import Side, known, make_cue
from factcheck.workspace import Cue, CueKind

_DURATION = r"(?:\w+\s+(?:years?|months?|weeks?|days?|hours?|minutes?))"
# (the measure, the side kept, the side missed): each a pattern of phrases.
_MEASURES = (
    (
        "time",
        re.compile(r"\b(?:on time|on schedule|as planned|as scheduled)\b", re.I),
        re.compile(
            rf"\b(?:{_DURATION}\s+(?:late|behind schedule|overdue)|(?:ran|run|runs|running"
            r"|arrived|arrives|opened|opens|finished|delivered)\s+late|behind "
            r"schedule|later than (?:planned|scheduled|expected|promised|originally planned)"
            rf"|delayed by\s+{_DURATION})\b",
            re.I,
        ),
    ),
    (
        "budget",
        re.compile(r"\b(?:on budget|within budget|within its budget|under budget)\b", re.I),
        re.compile(r"\b(?:over budget|over its budget|overspent|cost overruns?)\b", re.I),
    ),
)


# Every phrase of _MEASURES holds one of these (lower-cased). Looked for first, at C speed,
# in an ASCII text: the patterns, under IGNORECASE and opening with a word boundary, are
# tried at every character. Keep them with the patterns.
_HINTS = ("time", "schedul", "planned", "late", "overdue", "delayed", "budget", "overspent",
          "overrun")  # fmt: skip


def _sides(side: Side) -> list[tuple[str, int, re.Match[str]]]:
    """The schedule phrases of a text: (measure, 0 kept or 1 missed, the match)."""
    if side.text.isascii():
        lowered = side.text.lower()
        if not any(hint in lowered for hint in _HINTS):
            return []  # most texts
    found = []
    for measure, kept, missed in _MEASURES:
        for n, pattern in enumerate((kept, missed)):
            m = pattern.search(side.text)
            if m is not None:
                found.append((measure, n, m))
    return found


def schedule_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash for each measure the claim says one way and the passage the other only."""
    mine = known(claim, _sides)
    if not mine:
        return []
    theirs = _sides(passage)
    cues = []
    for measure, side, m in mine:
        said = {n for kind, n, _ in theirs if kind == measure}
        if said == {1 - side}:
            other = next(t for kind, n, t in theirs if kind == measure)
            cue = make_cue(CueKind.ANTONYM, m.group(), passage, *other.span(), conflict=True)
            cues.append(cue)
    return cues
