"""What leaves the workspace for readers: ClaimReview JSON-LD, CSV and JSON Lines exports, and
the self-contained HTML or Markdown report.
"""
