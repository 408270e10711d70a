"""The passages shown for a claim (evidence/distinct.py): no two overlap, and no text of
one source is shown twice (a caption printed twice); the same text in two sources is."""

from __future__ import annotations

from factcheck.evidence.distinct import ranked_distinct
from factcheck.workspace.models import Passage

CAPTION = "Talks planned between Ukraine and Russia (Alamy)"
PASSAGES = [
    Passage("a", 0, len(CAPTION), CAPTION, boilerplate=True),
    Passage("a", 500, 500 + len(CAPTION), CAPTION, boilerplate=True),
    Passage("b", 0, len(CAPTION), CAPTION),
    Passage("a", 100, 140, "Peace talks were set to take place on the"),
    Passage(
        "a", 100, 200, "Peace talks were set to take place on the border of Ukraine and Belarus."
    ),
]


def _rank(k: int) -> list[tuple[float, int]]:
    return [(90.0 - n, n) for n in range(len(PASSAGES))]


def test_the_same_text_of_one_source_is_shown_once() -> None:
    _, chosen = ranked_distinct(PASSAGES, 3, _rank, candidates=len(PASSAGES))
    # The second copy of the caption in source "a" gives its slot to the next passage;
    # the same caption in source "b" is another finding.
    assert chosen == [0, 2, 3]


def test_overlapping_passages_are_shown_once() -> None:
    _, chosen = ranked_distinct(PASSAGES, 5, _rank, candidates=len(PASSAGES))
    assert chosen == [0, 2, 3]  # 4 overlaps 3, 1 repeats 0
