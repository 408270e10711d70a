"""The one-line summary every reporter ends with."""

from __future__ import annotations

from factcheck.check.run import CheckResult


def plural(count: int, word: str) -> str:
    """``1 error``, ``3 errors``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(result: CheckResult) -> str:
    """The one-line summary, e.g. ``3 errors, 1 warning in 24 claims``."""
    return (
        f"{plural(result.errors, 'error')}, {plural(result.warnings, 'warning')} "
        f"in {plural(len(result.claims), 'claim')}"
    )
