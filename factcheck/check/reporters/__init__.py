"""Formatters for ``factcheck check`` results: text, GitHub annotations, JSON and JUnit XML.

Each module has ``render(result, ...) -> str``; none of them decides anything
about the findings, they only write them down.
"""

from __future__ import annotations

from factcheck.check.reporters.summary import plural, summary
from factcheck.check.run import CheckResult

FORMATS = ("text", "full", "concise", "github", "json", "junit")


def render(result: CheckResult, *, fmt: str, color: bool = False) -> str:
    """``result`` in the format ``fmt`` (one of FORMATS)."""
    if fmt == "github":
        from factcheck.check.reporters import github

        return github.render(result)
    if fmt == "json":
        from factcheck.check.reporters import json_report

        return json_report.render(result)
    if fmt == "junit":
        from factcheck.check.reporters import junit

        return junit.render(result)
    from factcheck.check.reporters import text

    if fmt == "full":
        return text.render_full(result, color=color)
    if fmt == "concise":
        return text.render_concise(result, color=color)
    return text.render(result, color=color)


def render_statistics(result: CheckResult, *, fmt: str) -> str:
    """The finding counts per rule (``--statistics``): JSON for ``fmt="json"``, else text."""
    from factcheck.check.reporters import statistics

    return statistics.render(result, fmt="json" if fmt == "json" else "text")


__all__ = ["FORMATS", "plural", "render", "render_statistics", "summary"]
