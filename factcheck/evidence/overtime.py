"""A comparison with the same thing at another time: "higher than last week", "lower than a
year earlier". Such a comparative reports a change ("rose since last week"); one with
another thing ("higher than anywhere else in the country") reports none."""

from __future__ import annotations

from factcheck.evidence.numbers import MONTHS
from factcheck.evidence.sides import Side, clause_ends_before

# Comparatives of a level, and the change each says over time (side 0 up, side 1 down).
LEVELS = {"higher": 0, "more": 0, "greater": 0, "bigger": 0, "larger": 0, "lower": 1}
LEVELS |= dict.fromkeys(("less", "fewer", "smaller"), 1)
# Words after "than" that name a time: "than [last] week", "than a year [earlier]", "than
# in [2019]".
_TIMES = frozenset(
    """last previous earlier before ago year years month months week weeks decade quarter
    yesterday""".split()
) | frozenset(MONTHS)


def than_a_time(side: Side, index: int) -> bool:
    """Whether the comparative at ``index`` is completed by a "than" (the next word or the
    one after) followed by a time, in its clause."""
    words = side.words
    than = next(
        (j for j in (index + 1, index + 2) if j < len(words) and words[j].norm == "than"), -1
    )
    if than < 0:
        return False
    for j in range(than + 1, min(than + 5, len(words))):
        if clause_ends_before(side, j):
            return False
        if words[j].norm in _TIMES or (len(words[j].norm) == 4 and words[j].norm.isdigit()):
            return True
    return False


def compared_apart(side: Side, index: int) -> bool:
    """Whether the comparative at ``index`` compares with another thing, not with another
    time: "higher [than anywhere else]", a level, no change."""
    words = side.words
    has_than = any(j < len(words) and words[j].norm == "than" for j in (index + 1, index + 2))
    return words[index].norm in LEVELS and has_than and not than_a_time(side, index)
