"""Candidate retrieval behind one interface (``CandidateIndex``): BM25 over stemmed terms, in
memory or persistent in ``.factcheck/index/`` (segments, postings, manifest), kept up to date
incrementally.
"""
