"""A ceiling on rapidfuzz's ``partial_ratio`` of a claim and each of its candidates, from
a few longest common subsequences (moved from ``scoring``): ``Ranking`` computes the dear
``partial_ratio`` only for candidates whose ceiling can still reach the top K.

Two steps: ``partial_bounds`` for every candidate (three LCS each), then ``edge_ceiling``, a
tighter bound on the heads and tails of the longer string, only for the few candidates the
first leaves in the running (eight more LCS each, still far cheaper than one
``partial_ratio`` of a needle over 64 characters, about 500,000 instructions).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import LCSseq

Floats = npt.NDArray[np.float64]

# How far ``partial_ceiling`` stays above the bound it computes: rapidfuzz's ratio and ours
# are the same fraction, each rounded in its own way.
CEILING_MARGIN = 1e-9
# LCSseq.similarity as cpdist's stubs accept it (an overloaded function, which they do not).
_LCS: Callable[..., int] = LCSseq.similarity
# ``edge_ceiling`` reads the heads and the tails of the longer string at this many lengths.
EDGE_STEPS = 4


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
    return ceiling_of(*partial_bounds(query, texts))


def ceiling_of(full: Floats, edge: Floats) -> Floats:
    """The ceiling from the two bounds of ``partial_bounds`` (or ``edge_ceiling``'s)."""
    ceiling: Floats = np.minimum(np.maximum(full, edge) + CEILING_MARGIN, 100.0)
    return ceiling


def partial_bounds(query: str, texts: list[str]) -> tuple[Floats, Floats]:
    """``partial_ceiling``'s two bounds per text, before its margin: on the stretches n
    long, and on the heads and tails (``edge_ceiling`` computes a tighter one for those)."""
    if not query or not texts:
        # rapidfuzz's own cases (100 for two empty strings): 100 bounds them.
        return np.full(len(texts), 100.0), np.full(len(texts), 100.0)
    n = len(query)
    heads = [text[:n] for text in texts]
    tails = [text[-n:] for text in texts]
    # One batch: the whole texts, their first n characters, their last n.
    found = process.cdist([query], texts + heads + tails, scorer=LCSseq.similarity, dtype=np.int64)
    common, head, tail = found[0].reshape(3, len(texts))
    edge = np.maximum(head, tail)
    # An empty text scores 0 against the query: its bound is then 0 over 1.
    shorter = np.maximum(np.minimum(np.fromiter(map(len, texts), np.int64, len(texts)), n), 1)
    return 100.0 * common / shorter, 200.0 * edge / (shorter + edge)


def edge_ceiling(query: str, texts: list[str]) -> Floats:
    """Per text, a bound on ``ratio`` of the heads and tails ``partial_ratio`` tries, tighter
    than ``partial_bounds``'s; for texts neither empty nor as long as the query (rapidfuzz
    then tries both ways round), which the caller leaves out.

    The heads of the longer string (``hay``) are its first m characters for m from 1 to
    n - 1, n being the shorter's length, and score 200 * LCS(m) / (n + m), LCS(m) the
    longest common subsequence of the shorter string with that head. For m in a range
    (low - 1, size], LCS(m) is at most h = LCS(size) and at most m, so the head scores at
    most 200 * h / (n + max(h, low)): with m at most h the score rises with m, reaching
    200 * h / (n + h); beyond h it falls. ``EDGE_STEPS`` ranges cover 1 to n; the tails
    likewise, from the end. ``partial_bounds`` takes one range, 1 to n: on real claims this
    bound was 16 points above ``partial_ratio`` on average, four ranges 9.
    """
    shorter: list[str] = []
    pieces: list[str] = []
    lows: list[int] = []
    for text in texts:
        needle, hay = (query, text) if len(text) > len(query) else (text, query)
        n = len(needle)
        for step in range(EDGE_STEPS):
            size = -(-(step + 1) * n // EDGE_STEPS)  # ceil((step + 1) * n / EDGE_STEPS)
            low = -(-step * n // EDGE_STEPS) + 1
            shorter += (needle, needle)
            pieces += (hay[:size], hay[len(hay) - size :])
            lows += (low, low)
    # Pair by pair (the shorter string is not always the claim's): rapidfuzz's cpdist.
    common = process.cpdist(shorter, pieces, scorer=_LCS, dtype=np.int64)
    lengths = np.fromiter(map(len, shorter), np.int64, len(shorter))
    bound = 200.0 * common / (lengths + np.maximum(common, np.array(lows, dtype=np.int64)))
    edge: Floats = bound.reshape(len(texts), 2 * EDGE_STEPS).max(axis=1)
    return edge
