"""The CI gate (``factcheck check``): the rules (FC codes), evidence drift, the result cache and
the reporters (text, GitHub annotations, JSON, JUnit).
"""

from factcheck.check.drift import locate_quote
from factcheck.check.explain import explain
from factcheck.check.reporters import FORMATS, render, render_statistics
from factcheck.check.run import CheckOptions, check_workspace

__all__ = [
    "FORMATS",
    "CheckOptions",
    "check_workspace",
    "explain",
    "locate_quote",
    "render",
    "render_statistics",
]
