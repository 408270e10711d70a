"""For a claim, its ranked passages with a stance and the cues behind it: candidates from the
index, rapidfuzz scoring, stance (supports / contradicts / neutral) and the cues (numbers,
dates, negation, antonyms, attribution) that decide it. With the ``semantic`` extra,
candidates and scores fuse a sentence-embedding cosine in (``semantic``).

Names are imported on first use: ``factcheck check`` with every score cached needs only
``overridden`` and ``semantic_enabled``, and should not pay for numpy, the index and the
scorers (a few hundred milliseconds of start-up) to ask whether semantic matching is on.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.evidence.batchmatch import evidence_in_processes
    from factcheck.evidence.cited import best_cited_score
    from factcheck.evidence.matching import (
        ClaimEvidence,
        build_index,
        extra_candidates,
        find_evidence,
        map_matches,
        match_claims,
    )
    from factcheck.evidence.scoring import score_floor
    from factcheck.evidence.semantic import SemanticError, load_encoder, overridden, retrieval
    from factcheck.evidence.semantic import auto_skipped as semantic_auto_skipped
    from factcheck.evidence.semantic import enabled as semantic_enabled

# Each exported name: (the module that defines it, its name there).
_WHERE = {
    "ClaimEvidence": ("matching", "ClaimEvidence"),
    "SemanticError": ("semantic", "SemanticError"),
    "best_cited_score": ("cited", "best_cited_score"),
    "build_index": ("matching", "build_index"),
    "evidence_in_processes": ("batchmatch", "evidence_in_processes"),
    "extra_candidates": ("matching", "extra_candidates"),
    "find_evidence": ("matching", "find_evidence"),
    "load_encoder": ("semantic", "load_encoder"),
    "map_matches": ("matching", "map_matches"),
    "match_claims": ("matching", "match_claims"),
    "overridden": ("semantic", "overridden"),
    "retrieval": ("semantic", "retrieval"),
    "score_floor": ("scoring", "score_floor"),
    "semantic_auto_skipped": ("semantic", "auto_skipped"),
    "semantic_enabled": ("semantic", "enabled"),
}


def __getattr__(name: str) -> object:
    """Import an exported name's module when the name is first asked for."""
    where = _WHERE.get(name)
    if where is None:  # also how ``from factcheck.evidence import semantic`` finds a module
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where[0]}"), where[1])
    globals()[name] = value
    return value


__all__ = [
    "ClaimEvidence",
    "SemanticError",
    "best_cited_score",
    "build_index",
    "evidence_in_processes",
    "extra_candidates",
    "find_evidence",
    "load_encoder",
    "map_matches",
    "match_claims",
    "overridden",
    "retrieval",
    "score_floor",
    "semantic_auto_skipped",
    "semantic_enabled",
]
