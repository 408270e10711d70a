"""A ceiling on rapidfuzz's ``partial_ratio`` of a claim and each of its candidates, from
a few longest common subsequences (moved from ``scoring``): ``Ranking`` computes the dear
``partial_ratio`` only for candidates whose ceiling can still reach the top K."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import LCSseq

Floats = npt.NDArray[np.float64]

# How far ``partial_ceiling`` stays above the bound it computes: rapidfuzz's ratio and ours
# are the same fraction, each rounded in its own way.
CEILING_MARGIN = 1e-9


def partial_ceiling(query: str, texts: list[str]) -> Floats:
    """Per text, a value ``fuzz.partial_ratio(query, text)`` never exceeds, from three LCS.

    ``partial_ratio`` is the best ``ratio`` (200 * LCS / sum of the lengths) of the shorter
    string, of length n, against stretches of the longer one: every stretch rapidfuzz
    tries is n long, or a shorter head or tail of it. A stretch n long scores at most
    100 * L / n, L being the longest common subsequence of the two whole strings; a head
    or tail m < n long shares at most min(m, H) characters in order, H being the LCS with
    the first (or last) n characters, so it scores at most 200 * H / (n + H). With a text
    no longer than the query, H is taken as L (looser, still a bound). The LCS is
    bit-parallel: all three cost about a tenth of one ``partial_ratio`` here.
    """
    if not query or not texts:
        # rapidfuzz's own cases (100 for two empty strings): 100 bounds them.
        return np.full(len(texts), 100.0)
    n = len(query)
    heads = [text[:n] for text in texts]
    tails = [text[-n:] for text in texts]
    # One batch: the whole texts, their first n characters, their last n.
    found = process.cdist([query], texts + heads + tails, scorer=LCSseq.similarity, dtype=np.int64)
    common, head, tail = found[0].reshape(3, len(texts))
    edge = np.maximum(head, tail)
    # An empty text scores 0 against the query: its bound is then 0 over 1.
    shorter = np.maximum(np.minimum(np.fromiter(map(len, texts), np.int64, len(texts)), n), 1)
    bound = np.maximum(100.0 * common / shorter, 200.0 * edge / (shorter + edge))
    ceiling: Floats = np.minimum(bound + CEILING_MARGIN, 100.0)
    return ceiling
