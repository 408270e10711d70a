"""The two margins of a cricket win: a match is won by runs (the side batting first) or by
wickets (the side batting second), so "beat Sri Lanka by five wickets" and "by 45 runs"
are two results of one match, a clash, never one figure said twice."""

from __future__ import annotations

from factcheck.evidence.mention import Mention
from factcheck.evidence.tallies import MARGIN
from factcheck.workspace import stem

CRICKET = frozenset(stem(w) for w in ("run", "wicket"))


def two_margins(mine: Mention, theirs: Mention) -> bool:
    """Whether two margins of a win (``tallies.margins``) are in cricket's two units."""
    return {mine.unit, theirs.unit} == CRICKET and mine.written == MARGIN == theirs.written
