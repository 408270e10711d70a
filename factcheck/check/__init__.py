"""The CI gate (``factcheck check``): the rules (FC codes), evidence drift, the result cache and
the reporters (text, GitHub annotations, JSON, JUnit).
"""

from factcheck.check.drift import locate_quote
from factcheck.check.reporters import FORMATS, render
from factcheck.check.run import CheckOptions, check_workspace

__all__ = [
    "FORMATS",
    "CheckOptions",
    "check_workspace",
    "locate_quote",
    "render",
]
