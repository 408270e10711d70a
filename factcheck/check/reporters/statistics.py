"""``factcheck check --statistics``: how many findings each rule has, as ``ruff --statistics``."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from factcheck.check.reporters.summary import summary
from factcheck.check.run import CheckResult


def counts(result: CheckResult) -> list[dict[str, Any]]:
    """One entry per rule with findings (code, name, severity, count), most findings first."""
    found = Counter((f.code, f.name, f.severity) for f in result.findings)
    ordered = sorted(found.items(), key=lambda item: (-item[1], item[0][0], item[0][2].value))
    return [
        {"code": code, "name": name, "severity": severity.value, "count": count}
        for (code, name, severity), count in ordered
    ]


def render(result: CheckResult, *, fmt: str = "text") -> str:
    """The counts as aligned text and the summary line, or (``fmt="json"``) as a JSON list."""
    rows = counts(result)
    if fmt == "json":
        return json.dumps(rows, indent=2) + "\n"
    width = max((len(str(row["count"])) for row in rows), default=1)
    lines = [
        f"{row['count']:>{width}}\t{row['code']}\t{row['severity']:<7}\t{row['name']}"
        for row in rows
    ]
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


__all__ = ["counts", "render"]
