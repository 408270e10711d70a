"""Two names that end in the same word: one doer or two ("Senator Hale" and "Jim Hale" may
be one; "United Airlines" and "American Airlines" are two)."""

from __future__ import annotations

from factcheck.evidence.sides import Side

# Words before a surname that do not tell two people apart: "Senator Hale" is "Jim Hale".
_TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady senator sen rep representative councillor"
    " councilmember mayor governor president minister judge justice prof professor".split()
)


def same_by_last(claim: Side, mine: list[int], passage: Side, theirs: list[int]) -> bool:
    """Whether two names end in the same word and nothing before it tells them apart:
    "Senator Hale" and "Jim Hale" may be one; "United Airlines" and "American Airlines" not."""
    a, b = claim.words, passage.words
    if a[mine[-1]].stem != b[theirs[-1]].stem:
        return False
    first, other = a[mine[0]], b[theirs[0]]
    # Other initials: "Joe Biden" and "Joseph Biden" are one, "Jim Hale" and "Tom Hale" two.
    apart = len(mine) > 1 and len(theirs) > 1 and first.norm[:1] != other.norm[:1]
    return not apart or first.norm in _TITLES or other.norm in _TITLES
