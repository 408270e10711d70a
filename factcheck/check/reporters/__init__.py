"""Formatters for ``factcheck check`` results: text, GitHub annotations, JSON and JUnit XML.

Each module has ``render(result, ...) -> str``; none of them decides anything
about the findings, they only write them down.
"""

from __future__ import annotations

from factcheck.check.run import CheckResult

FORMATS = ("text", "github", "json", "junit")


def plural(count: int, word: str) -> str:
    """``1 error``, ``3 errors``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(result: CheckResult) -> str:
    """The one-line summary, e.g. ``3 errors, 1 warning in 24 claims``."""
    return (
        f"{plural(result.errors, 'error')}, {plural(result.warnings, 'warning')} "
        f"in {plural(len(result.claims), 'claim')}"
    )


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

    return text.render(result, color=color)


__all__ = ["FORMATS", "plural", "render", "summary"]
