"""Candidate retrieval behind one interface (``CandidateIndex``): BM25 over stemmed terms, in
memory or persistent in ``.factcheck/index/`` (segments, postings, manifest), kept up to date
incrementally; with an ``Encoder``, each passage's sentence vector too (``embeddings``,
``vectorstore``).
"""

from factcheck.index.candidates import BM25_B, BM25_K1, CandidateIndex
from factcheck.index.disk import (
    INDEX_DIR,
    UpdateReport,
    open_index,
    open_index_with_report,
    update_index,
)
from factcheck.index.embeddings import Encoder, PassageVectors, VectorIndex
from factcheck.index.vectorstore import open_index_with_vectors

__all__ = [
    "BM25_B",
    "BM25_K1",
    "INDEX_DIR",
    "CandidateIndex",
    "Encoder",
    "PassageVectors",
    "UpdateReport",
    "VectorIndex",
    "open_index",
    "open_index_with_report",
    "open_index_with_vectors",
    "update_index",
]
