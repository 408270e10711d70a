"""The spans of a text already read as one amount, so another finder skips them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import accumulate

from factcheck.evidence.mention import Mention


class Taken:
    """Spans already read, and whether a new one overlaps them: in O(log n), so a text of
    thousands of amounts is not read in quadratic time. Each finder's own matches come in
    order and apart: only the last one needs checking."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach = list(accumulate((e for _, e in self.spans), max))
        self._last = 0  # where the last span added ends

    def __call__(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)
        return start < self._last or (i > 0 and self._reach[i - 1] > start)

    def add(self, start: int, end: int) -> None:
        self._last = end

    def then(self, found: Sequence[Mention]) -> Taken:
        """The spans taken once the next finder may run: these and ``found``'s."""
        return Taken([*self.spans, *((m.start, m.end) for m in found)])
