"""Parts of a day as times: "on the evening of 14 July", "Tuesday morning", "late at night",
"in the early hours" are the clock times they span, so "the morning of 14 July" clashes
with "the evening of 14 July" and "3 a.m." with "Sunday evening", and "at 10 p.m." agrees
with "on Saturday night".

Each is a ``Mention`` of kind "time" whose ``low``/``high`` are minutes after midnight
(night runs past midnight: ``high`` above 1440) and whose ``written`` is ``PART``. Only a
part of a day said as a time is read: after a weekday, "yesterday", "this", "that", "the",
"late", "early", "last", and before a mark, "of", "on", "in", "at", "when", "and"... ("the
evening news", "a night shift" are not times).
"""

from __future__ import annotations

import re

from factcheck.evidence.hints import hint_text
from factcheck.evidence.mention import Mention

PART = "part"
_SPANS = {
    "morning": (300, 720),
    "afternoon": (720, 1080),
    "evening": (1020, 1380),
    "night": (1200, 1740),
    "hours": (0, 360),  # "in the early hours"
}
_HINT = re.compile(r"morning|afternoon|evening|night|early hours", re.I)
# The same test on the text lower-cased (``hints.hint_text``), a twentieth of the regex's
# time (an alternation under IGNORECASE is tried at every character): each word at C speed.
_HINT_WORDS = ("night", "morning", "evening", "afternoon", "early hours")
_PART = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow"
    r"|this|that|the|late|early|last)\s+(?:at\s+)?(?:the\s+early\s+)?"
    r"(?P<p>morning|afternoon|evening|night|hours)\b"
    r"(?=\s*(?:[.,;:!?)]|\Z|(?:of|on|in|at|when|and|as|while|before|after|to|local)\b))",
    re.I,
)


def day_parts(text: str) -> list[Mention]:
    """The parts of a day in ``text`` said as times (see the module's docstring)."""
    if not _may_hold(text):
        return []  # most texts hold none
    found = []
    for m in _PART.finditer(text):
        part = m.group("p").lower()
        if part == "hours" and "early" not in m.group().lower():
            continue
        low, high = _SPANS[part]
        middle = (low + high) // 2 % 1440
        found.append(
            Mention("time", (middle,), m.group("p"), *m.span("p"), zone="local",
                    low=float(low), high=float(high), written=PART)
        )  # fmt: skip
    return found


def _may_hold(text: str) -> bool:
    """Whether ``text`` holds a word of a part of a day, in any case (``_HINT``)."""
    lowered = hint_text(text)  # IGNORECASE also folds a few letters beyond ASCII ("ſ")
    if lowered is not None:
        return any(word in lowered for word in _HINT_WORDS)
    return _HINT.search(text) is not None


def parts_meet(mine: Mention, theirs: Mention, slack: int) -> bool:
    """Whether two times meet when one or both are parts of a day: their spans overlap (a
    clock time is a span of ``slack`` minutes either side when approximate, else a point)."""
    return any(a <= d and c <= b for a, b in _spans(mine, slack) for c, d in _spans(theirs, slack))


def _spans(time: Mention, slack: int) -> list[tuple[float, float]]:
    if time.written == PART:
        if time.high > 1440:  # night: to midnight, and from midnight on
            return [(time.low, 1440.0), (0.0, time.high - 1440)]
        return [(time.low, time.high)]
    at = float(str(time.value[0]))
    pad = slack if time.before == "~" else 0
    return [(at - pad, at + pad), (at + 1440 - pad, at + 1440 + pad)]
