"""Candidate retrieval behind one interface (``CandidateIndex``): BM25 over stemmed terms, in
memory or persistent in ``.factcheck/index/`` (segments, postings, manifest), kept up to date
incrementally.
"""

from factcheck.index.candidates import BM25_B, BM25_K1, CandidateIndex
from factcheck.index.disk import INDEX_DIR, UpdateReport, open_index, open_index_with_report

__all__ = [
    "BM25_B",
    "BM25_K1",
    "INDEX_DIR",
    "CandidateIndex",
    "UpdateReport",
    "open_index",
    "open_index_with_report",
]
