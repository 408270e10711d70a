"""The claim's doer named in the passage only as the one beaten (split from ``doers``)."""

from __future__ import annotations

from collections.abc import Container

from factcheck.evidence.sides import Side

# Words before a name that make it the one beaten: "won the election, [defeating] Maria
# Lopez", "a victory [over] Lopez".
_BEATING = frozenset("defeating defeated beating beat over against ahead".split())


def only_beaten(passage: Side, mine: Container[str]) -> bool:
    """Whether the claim's doer is named in the passage only as the one beaten ("David Chen
    won the election, defeating Maria Lopez"): a contest's loser, not its doer."""
    words = passage.words
    at = [i for i, w in enumerate(words) if w.stem in mine]  # from each name's first word:
    first = [i for i in at if i - 1 not in at]  # "over the Conservative candidate, Tom Hart"
    return all(any(w.norm in _BEATING for w in words[max(0, i - 5) : i]) for i in first)
