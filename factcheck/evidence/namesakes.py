"""Two names that may be one doer: ending in the same word ("Senator Hale" and "Jim Hale"
may be one; "United Airlines" and "American Airlines" are two), or one the other's
initials ("CDU" and "Christian Democrats", "USDA" and "US Department of Agriculture")."""

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


def same_name(claim: Side, mine: list[int], passage: Side, theirs: list[int]) -> bool:
    """Whether two names may be one doer: by their last word (``same_by_last``), or one
    written as the other's initials (``_initials_of``)."""
    if same_by_last(claim, mine, passage, theirs):
        return True
    a = [claim.words[i].text for i in mine]
    b = [passage.words[i].text for i in theirs]
    return _initials_of(a, b) or _initials_of(b, a)


def _initials_of(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is one word in capitals (2-6 letters, as "CDU" or "AfD" is not)
    that starts with the initials of ``long``'s words, two at least: "CDU" and "Christian
    Democrats", "USDA" and "US Department of Agriculture" (a word in capitals gives all
    its letters)."""
    if len(short) != 1 or len(long) < 2 or not (2 <= len(short[0]) <= 6 and short[0].isupper()):
        return False
    initials = "".join(w if w.isupper() else w[0] for w in long if w[:1].isupper())
    return len(initials) >= 2 and short[0].startswith(initials)
