"""What leaves the workspace for readers: ClaimReview JSON-LD, CSV and JSON Lines exports, and
the self-contained HTML or Markdown report.
"""

from factcheck.publish.claimreview import claim_reviews, to_json_ld, to_json_ld_script
from factcheck.publish.export import FORMATS, to_csv, to_jsonl
from factcheck.publish.outcomes import collect_outcomes, load_verdict_files
from factcheck.publish.report import default_title, render_html, render_markdown

__all__ = [
    "FORMATS",
    "claim_reviews",
    "collect_outcomes",
    "default_title",
    "load_verdict_files",
    "render_html",
    "render_markdown",
    "to_csv",
    "to_json_ld",
    "to_json_ld_script",
    "to_jsonl",
]
