"""The spans of a text already read as one amount, so another finder skips them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Taken:
    """Spans already read, and whether a new one overlaps them: in O(log n), so a text of
    thousands of amounts is not read in quadratic time. Each finder's own matches come in
    order and apart: only the last one needs checking."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans] if self.spans else []
        self._reach = list(accumulate((e for _, e in self.spans), max)) if self.spans else []
        self._added: list[tuple[int, int]] = []  # in order: only the last is checked

    def __call__(self, start: int, end: int) -> bool:
        if self._added and start < self._added[-1][1]:
            return True
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start

    def add(self, start: int, end: int) -> None:
        self._added.append((start, end))

    def then(self) -> Taken:
        """The spans taken once the next finder may run: these and those added."""
        return Taken([*self.spans, *self._added]) if self._added else self
