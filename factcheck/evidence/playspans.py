"""Scores of another span of play than the claim's: a total over a season against one
game's ("24 goals in 30 games this season", ``scorewords.season_total``), and a score at a
break against a final one ("The Warriors led the Kings 58-50 at halftime" / "The Warriors
beat the Kings 109-101"): two figures of one team, neither a clash nor the same score."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention
from factcheck.evidence.scorewords import season_total
from factcheck.evidence.sides import Side

# A tally said at a break of play: "58-50 at halftime", "at the half", "at the break",
# "after three quarters", "after the first day"; or "a halftime lead of 14-7", "the
# half-time score was 1-0".
_BREAK_AFTER = re.compile(
    r"\s*(?:at|by|going\s+into)\s+(?:the\s+)?(?:half-?time|half|break|interval|intermission)\b"
    r"|\s*after\s+(?:the\s+)?(?:first|second|third|fourth|one|two|three|four)\s+"
    r"(?:quarters?|periods?|halves|half|innings|sets?|days?|laps?|holes?|rounds?)\b",
    re.I,
)
_BREAK_BEFORE = re.compile(
    r"\b(?:half-?time|interval)\s+(?:score\s+(?:was|of)\s+|lead\s+of\s+|lead\s+)?\Z", re.I
)


def at_a_break(text: str, tally: Mention) -> bool:
    """Whether a tally is the score at a break of play, not at the end (``_BREAK_AFTER``)."""
    if _BREAK_AFTER.match(text, tally.end) is not None:
        return True
    return _BREAK_BEFORE.search(text, max(0, tally.start - 30), tally.start) is not None


def other_span_of_play(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the two figures are scores over different spans of play: one at a break
    and the other not, or one a season's total and the other not."""
    if mine.kind == "tally" == theirs.kind:
        return at_a_break(claim.text, mine) != at_a_break(passage.text, theirs)
    return season_total(claim.text, mine, passage.text, theirs)
