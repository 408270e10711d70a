"""Which claims the list shows: a text filter and a verdict filter, and "next pending".

Pure functions over claims and their verdict state, so they are easy to test
and cheap to run on every keystroke of a 1,000-claim workspace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.workspace import Claim, VerdictLabel

ALL = "all"
PENDING = "pending"
STALE = "stale"


@dataclass(frozen=True)
class ClaimState:
    """What the list needs to know about a claim's verdict."""

    verdict: str | None
    stale: bool


def verdict_filters(scale: Sequence[VerdictLabel]) -> tuple[str, ...]:
    """The verdict filters in the order ``f`` cycles through them."""
    return (ALL, PENDING, *(label.key for label in scale), STALE)


def filter_title(name: str, scale: Sequence[VerdictLabel]) -> str:
    """A filter's name for people: "all", "pending", "Refuted", "stale"."""
    for label in scale:
        if label.key == name:
            return label.label
    return name


def visible_claims(
    claims: Sequence[Claim],
    *,
    state: Callable[[Claim], ClaimState],
    text: str = "",
    verdict: str = ALL,
) -> list[Claim]:
    """The claims matching the text filter (id or text, case-insensitive) and verdict filter."""
    needle = text.casefold().strip()
    shown = []
    for claim in claims:
        if needle and needle not in claim.id.casefold() and needle not in claim.text.casefold():
            continue
        if verdict != ALL:
            current = state(claim)
            if verdict == PENDING and current.verdict is not None:
                continue
            if verdict == STALE and not current.stale:
                continue
            if verdict not in (PENDING, STALE) and current.verdict != verdict:
                continue
        shown.append(claim)
    return shown


def next_pending(
    claims: Sequence[Claim], *, after: int | None, is_pending: Callable[[Claim], bool]
) -> int | None:
    """The index of the first pending claim after position ``after`` (None: from the top).

    None when there is none below: it never wraps round, the caller decides (and says so).
    """
    start = 0 if after is None else after + 1
    for index in range(start, len(claims)):
        if is_pending(claims[index]):
            return index
    return None
