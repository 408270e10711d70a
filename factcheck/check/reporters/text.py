"""The text reports: findings grouped by file, coloured on a terminal, and a summary line.

``text`` (the default) keeps a file readable when one rule fires on most of its
claims, as FC001 does on a freshly extracted draft: more than GROUP_OVER findings
of one rule in one file are one line with their count and lines, and the rule's
fix is said once below instead of on every line. ``full`` writes every finding
on its own line; ``concise`` is ruff's ``file:line: CODE message``, one per line,
for editors and grep.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby

from factcheck.check.reporters.summary import summary
from factcheck.check.rules import RULES_BY_CODE
from factcheck.check.run import CheckResult, Finding, Severity
from factcheck.terminal import Style, inert

GROUP_OVER = 3  # more findings of one rule in one file than this: one line for them all
LINES_SHOWN = 12  # line numbers listed on a grouped line before "…"


def _summary_line(result: CheckResult, style: Style) -> str:
    line = summary(result)
    if result.errors:
        return style.red(line)
    if result.warnings:
        return style.yellow(line)
    return style.green(line)


def _finding_line(finding: Finding, style: Style) -> str:
    paint = style.red if finding.severity is Severity.ERROR else style.yellow
    return (
        f"  {finding.line:>4}  {paint(f'{finding.severity.value:<7}')} "
        f"{style.bold(finding.code)} {style.dim(finding.name)}  {inert(finding.message)}"
    )


def _lines(findings: list[Finding]) -> str:
    numbers = [str(f.line) for f in findings]
    if len(numbers) > LINES_SHOWN:
        numbers = [*numbers[: LINES_SHOWN - 1], "…", numbers[-1]]
    return ", ".join(numbers)


def _group_line(findings: list[Finding], style: Style) -> str:
    """One line for many findings of one rule in one file: count, rule, what, where."""
    first = findings[0]
    paint = style.red if first.severity is Severity.ERROR else style.yellow
    count = f"×{len(findings)}"
    return (
        f"  {count:>4}  {paint(f'{first.severity.value:<7}')} "
        f"{style.bold(first.code)} {style.dim(first.name)}  "
        f"{RULES_BY_CODE[first.code].summary} (lines {_lines(findings)})"
    )


def _by_file(findings: Iterable[Finding]) -> Iterator[tuple[str, list[Finding]]]:
    for file, group in groupby(findings, key=lambda f: f.file):
        yield file, list(group)


def render(result: CheckResult, *, color: bool = False) -> str:
    """Findings grouped by file, big runs of one rule folded into one line, then the summary."""
    style = Style(color)
    lines: list[str] = []
    folded: list[str] = []  # codes whose findings were folded: their fix is said once below
    for file, found in _by_file(result.findings):
        lines.append(style.bold(inert(file)))
        by_code: dict[tuple[str, Severity], list[Finding]] = {}
        for finding in found:
            by_code.setdefault((finding.code, finding.severity), []).append(finding)
        grouped = {key for key, group in by_code.items() if len(group) > GROUP_OVER}
        shown: set[tuple[str, Severity]] = set()
        for finding in found:  # in line order; a folded rule at its first finding's place
            key = (finding.code, finding.severity)
            if key not in grouped:
                lines.append(_finding_line(finding, style))
            elif key not in shown:
                shown.add(key)
                lines.append(_group_line(by_code[key], style))
                if finding.code not in folded:
                    folded.append(finding.code)
        lines.append("")
    for code in folded:
        lines.append(
            f"{style.bold(code)} {RULES_BY_CODE[code].name}: "
            f"see `factcheck check --explain {code}` for the fix; `--output-format full` "
            "lists every finding"
        )
    if folded:
        lines.append("")
    lines.append(_summary_line(result, style))
    return "\n".join(lines) + "\n"


def render_full(result: CheckResult, *, color: bool = False) -> str:
    """Every finding on its own line with its whole message, grouped by file."""
    style = Style(color)
    lines: list[str] = []
    for file, found in _by_file(result.findings):
        lines.append(style.bold(inert(file)))
        lines.extend(_finding_line(finding, style) for finding in found)
        lines.append("")
    lines.append(_summary_line(result, style))
    return "\n".join(lines) + "\n"


def render_concise(result: CheckResult, *, color: bool = False) -> str:
    """``file:line: CODE [severity] message``, one finding a line, as ruff's concise format."""
    style = Style(color)
    lines = [
        f"{style.bold(inert(f.file))}:{f.line}: {style.bold(f.code)} "
        f"[{f.severity.value}] {inert(f.message)}"
        for f in result.findings
    ]
    lines.append(_summary_line(result, style))
    return "\n".join(lines) + "\n"
