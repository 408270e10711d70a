"""The stage of a contest a score is said of: "beat Fnatic 2-0 in the group stage" is
another game than "beat Fnatic 3-1 in the final", though the passage may name the final
too ("... in the group stage before the final"). Two scores each said "in" a stage, of
other stages, are two games: no clash."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention
from factcheck.evidence.sides import Side

# "in the group stage", "in the final", "in the semi-final", "in the second round", "at
# the quarter-final stage": the stage's words after "in" or "at" and a determiner.
_STAGE = re.compile(
    r"\s+(?:in|at)\s+(?:the|their|its|a)\s+(?P<s>(?:[\w-]+\s+){0,2}?"
    r"(?:final|finals|semi-final|semi-finals|quarter-final|quarter-finals|semifinal"
    r"|quarterfinal|stage|round|leg|group|play-off|playoff|play-offs|playoffs))\b",
    re.I,
)


def _stage(text: str, end: int) -> str:
    found = _STAGE.match(text, end)
    return " ".join(found.group("s").lower().split()) if found else ""


def other_stage(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether two scores are each said of a stage right after them, and of other ones
    ("3-1 in the final" / "2-0 in the group stage")."""
    if mine.kind != "tally" or theirs.kind != "tally":
        return False
    ours, other = _stage(claim.text, mine.end), _stage(passage.text, theirs.end)
    return bool(ours) and bool(other) and ours != other
