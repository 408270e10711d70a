"""The passages shown for a claim: the best of a ranking, no two of them the same stretch of
a source or the same words twice in it (moved from ``matching``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.workspace import Passage


def ranked_distinct(
    passages: Sequence[Passage],
    top_k: int,
    rank: Callable[[int], list[tuple[float, int]]],
    *,
    candidates: int,
) -> tuple[list[tuple[float, int]], list[int]]:
    """``rank(k)``'s ranking, and its best ``top_k`` passages of which no two overlap, nor
    repeat each other's text in one source (a caption printed twice is shown once; the same
    sentence in two sources is two findings).

    A short paragraph is a passage and so is each of its sentences: the better of the
    two is shown, and the slot of the other goes to the next passage. ``rank(k)`` ranks
    exactly only its best k (of ``candidates``), so when the choice had to look further
    it is asked again for that many.
    """
    k = top_k
    while True:
        scored = rank(k)
        chosen: list[int] = []
        taken: list[Passage] = []
        looked = 0
        for _, n in scored:
            if len(chosen) == top_k:
                break
            looked += 1
            p = passages[n]
            if any(  # the same stretch, or the same words again ("... (Alamy)" captions)
                q.source_id == p.source_id
                and ((q.start < p.end and p.start < q.end) or q.text == p.text)
                for q in taken
            ):
                continue
            chosen.append(n)
            taken.append(p)
        if k >= candidates or (len(chosen) == top_k and looked <= k):
            return scored, chosen
        k = min(candidates, max(looked, k + top_k - len(chosen)))
