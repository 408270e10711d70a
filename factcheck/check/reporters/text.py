"""The text report: findings grouped by file, coloured on a terminal, and a summary line."""

from __future__ import annotations

from itertools import groupby

from factcheck.check.reporters.summary import summary
from factcheck.check.run import CheckResult, Severity
from factcheck.terminal import Style, inert


def render(result: CheckResult, *, color: bool = False) -> str:
    """The findings grouped by file (sorted by line), then the summary line."""
    style = Style(color)
    lines: list[str] = []
    for file, group in groupby(result.findings, key=lambda f: f.file):
        lines.append(style.bold(inert(file)))
        for finding in group:
            paint = style.red if finding.severity is Severity.ERROR else style.yellow
            lines.append(
                f"  {finding.line:>4}  {paint(f'{finding.severity.value:<7}')} "
                f"{style.bold(finding.code)} {style.dim(finding.name)}  {inert(finding.message)}"
            )
        lines.append("")
    line = summary(result)
    if result.errors:
        lines.append(style.red(line))
    elif result.warnings:
        lines.append(style.yellow(line))
    else:
        lines.append(style.green(line))
    return "\n".join(lines) + "\n"
