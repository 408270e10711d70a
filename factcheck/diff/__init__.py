"""Verdict and claim changes between two git revisions: reading both sides, the change list, and
the text, Markdown and git textconv views of it.
"""

from factcheck.diff.changes import diff_snapshots
from factcheck.diff.gitrev import GitRepo, default_base, find_commit, open_repo, resolve_commit
from factcheck.diff.history import PastVerdict, past_verdicts
from factcheck.diff.load import load_snapshots
from factcheck.diff.markdown import render_markdown
from factcheck.diff.model import DiffResult, Revision
from factcheck.diff.report import render_text, to_json
from factcheck.diff.textconv import textconv, write_utf8

__all__ = [
    "DiffResult",
    "GitRepo",
    "PastVerdict",
    "Revision",
    "default_base",
    "diff_snapshots",
    "find_commit",
    "load_snapshots",
    "open_repo",
    "past_verdicts",
    "render_markdown",
    "render_text",
    "resolve_commit",
    "textconv",
    "to_json",
    "write_utf8",
]
