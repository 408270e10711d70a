"""Value cues: numbers, dates, years, weekdays and clock times that agree or clash.

The passage is narrowed to the ``window`` of words that align with the claim
(``sides.aligned_window``) before its values are read.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.evidence.mention import Mention
from factcheck.evidence.numbers import mentions
from factcheck.evidence.sides import Side, make_cue
from factcheck.workspace import Cue, CueKind


def number_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """Numbers, dates, years, weekdays and clock times that agree or disagree."""
    claimed = _claim_mentions(claim.text)
    if not claimed:
        return []
    lo = passage.words[window[0]].start if window[1] > window[0] else 0
    hi = passage.words[window[1] - 1].end if window[1] > window[0] else len(passage.text)
    theirs = [m for m in mentions(passage.text) if lo <= m.start and m.end <= hi]
    cues = []
    for mine in claimed:
        same = [m for m in theirs if _comparable(mine, m)]
        if not same:
            continue
        kind = {"time": CueKind.TIME, "number": CueKind.NUMBER}.get(mine.kind, CueKind.DATE)
        equal = next((m for m in same if _equal(mine, m)), None)
        if equal is not None:
            agreed = CueKind.AGREEMENT
            cues.append(
                make_cue(agreed, mine.text, passage, equal.start, equal.end, conflict=False)
            )
        else:
            other = same[0]
            cues.append(make_cue(kind, mine.text, passage, other.start, other.end, conflict=True))
    return cues


@lru_cache(maxsize=1024)
def _claim_mentions(text: str) -> list[Mention]:
    return mentions(text)


def _comparable(mine: Mention, theirs: Mention) -> bool:
    """Whether two mentions talk about the same thing, so a different value is a clash."""
    if mine.kind != theirs.kind:
        return False
    if mine.kind == "time":
        return mine.zone == theirs.zone  # "0700 GMT" is another clock, not another time
    if mine.kind == "number":
        return bool(mine.unit) and mine.unit == theirs.unit
    if mine.kind == "date":
        return True
    if mine.kind == "year":
        return mine.before == theirs.before and mine.before not in ("", "and", "to", "-")
    return True  # weekdays


def _equal(mine: Mention, theirs: Mention) -> bool:
    if mine.kind == "date":
        m, d, y = mine.value
        tm, td, ty = theirs.value
        return (m, d) == (tm, td) and (y is None or ty is None or y == ty)
    return mine.value == theirs.value


# "not only X but also Y", "not least", "no doubt" affirm rather than negate.
