"""For a claim, its ranked passages with a stance and the cues behind it: candidates from the
index, rapidfuzz scoring, stance (supports / contradicts / neutral) and the cues (numbers,
dates, negation, antonyms, attribution) that decide it. With the ``semantic`` extra,
candidates and scores fuse a sentence-embedding cosine in (``semantic``).
"""

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
from factcheck.evidence.semantic import SemanticError, load_encoder, overridden, retrieval
from factcheck.evidence.semantic import enabled as semantic_enabled

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
    "semantic_enabled",
]
