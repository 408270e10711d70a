"""For a claim, its ranked passages with a stance and the cues behind it: candidates from the
index, rapidfuzz scoring, stance (supports / contradicts / neutral) and the cues (numbers,
dates, negation, antonyms, attribution) that decide it.
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

__all__ = [
    "ClaimEvidence",
    "best_cited_score",
    "build_index",
    "evidence_in_processes",
    "extra_candidates",
    "find_evidence",
    "map_matches",
    "match_claims",
]
