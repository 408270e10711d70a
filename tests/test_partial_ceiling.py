"""``evidence.ceiling.partial_ceiling`` is never below rapidfuzz's own ``partial_ratio``.

``Ranking`` leaves a candidate unscored when its score with ``partial_ratio`` at this
ceiling cannot reach the top k; a ceiling below the real value would drop a passage that
belongs there. rapidfuzz takes different paths by length (a needle of at most 64
characters slides over every window, a longer one aligns matching blocks; equal lengths
are tried both ways; an empty string is a case of its own), so all of them are drawn.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from factcheck.evidence.ceiling import ceiling_of, edge_ceiling, partial_bounds, partial_ceiling
from factcheck.workspace import terms

# Few letters and spaces: long common subsequences and many near-matching stretches, where
# a bound is tightest. Lengths cross the 64-character needle limit on both sides.
_TEXT = st.text(alphabet="abcde ", max_size=160)


def _check(query: str, texts: list[str]) -> None:
    ceiling = partial_ceiling(query, texts)
    exact = np.array([fuzz.partial_ratio(query, text) for text in texts])
    assert (ceiling >= exact).all(), [
        (text, c, e) for text, c, e in zip(texts, ceiling, exact, strict=True) if c < e
    ]
    assert (ceiling <= 100.0).all()
    # The tighter ceiling (edge_ceiling's, for texts neither empty nor as long as the query)
    # is a bound too, and never above the first.
    kept = [t for t in texts if 0 < len(t) != len(query)]
    if query and kept:
        full, edge = partial_bounds(query, kept)
        tighter = ceiling_of(full, edge_ceiling(query, kept))
        exact = np.array([fuzz.partial_ratio(query, text) for text in kept])
        assert (tighter >= exact).all(), [
            (text, c, e) for text, c, e in zip(kept, tighter, exact, strict=True) if c < e
        ]
        assert (tighter <= ceiling_of(full, edge)).all()


@settings(max_examples=600, deadline=None)
@given(query=_TEXT, texts=st.lists(_TEXT, max_size=6))
def test_the_ceiling_is_never_below_partial_ratio(query: str, texts: list[str]) -> None:
    _check(query, texts)


@settings(max_examples=200, deadline=None)
@given(query=_TEXT, cut=st.integers(0, 20))
def test_equal_lengths_and_stretches_of_the_query(query: str, cut: int) -> None:
    # The same length (rapidfuzz tries both ways), a stretch of it (100), a stretch edited.
    same = query[::-1]
    inside = f"xx {query[cut:]} yy"
    edited = query[: len(query) // 2] + "e" + query[len(query) // 2 + 1 :]
    _check(query, [same, inside, edited, query, ""])


def test_the_ceiling_rules_out_candidates_on_real_text() -> None:
    # Not a vacuous bound: on sentences that share few words it is well below 100.
    claim = " ".join(terms("The council approved the new budget for schools in March"))
    passages = [
        " ".join(terms(text))
        for text in (
            "Rainfall in the northern valleys was the lowest recorded for a decade.",
            "The council approved the new budget for schools in March after a long debate.",
        )
    ]
    ceiling = partial_ceiling(claim, passages)
    assert ceiling[0] < 90.0
    assert ceiling[1] == 100.0
    assert [fuzz.partial_ratio(claim, p) for p in passages][1] == 100.0
