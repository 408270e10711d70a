"""The fact-check report: what every claim's verdict is, why, and the sources behind it.

``render_html`` gives one self-contained page (inline CSS and SVG, nothing
fetched at view time); ``render_markdown`` the same for wikis and pull
requests.
"""

from __future__ import annotations

from factcheck.publish.report.common import (
    DEFAULT_TITLE,
    Badge,
    SummaryRow,
    badge_colors,
    default_title,
    summarize,
)
from factcheck.publish.report.html import render_html
from factcheck.publish.report.markdown import render_markdown
from factcheck.publish.urls import safe_url

__all__ = [
    "DEFAULT_TITLE",
    "Badge",
    "SummaryRow",
    "badge_colors",
    "default_title",
    "render_html",
    "render_markdown",
    "safe_url",
    "summarize",
]
