"""GitHub Actions workflow commands (annotations) and the job summary table.

Escaping follows the Actions toolkit (``@actions/core`` ``command.ts``): in
the message ``%``, CR and LF are percent-encoded; in properties ``:`` and
``,`` are too, so a file name cannot end a property early.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from factcheck.check.reporters.summary import summary
from factcheck.check.run import CheckResult, Finding, Severity
from factcheck.mdsafe import md_text
from factcheck.terminal import inert


def escape_data(text: str) -> str:
    """A workflow-command message, percent-encoded so it stays one command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow-command property value (file, title), control characters made visible."""
    return escape_data(inert(text)).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """One ``::error file=…,line=…,title=…::message`` line."""
    kind = "error" if finding.severity is Severity.ERROR else "warning"
    props = ",".join(
        (
            f"file={escape_property(finding.file)}",
            f"line={finding.line}",
            f"title={escape_property(finding.title)}",
        )
    )
    return f"::{kind} {props}::{escape_data(inert(finding.message))}"


def markdown_cell(text: str) -> str:
    """User text made literal inside a Markdown table cell (pinging nobody)."""
    return md_text(text)


def step_summary(result: CheckResult) -> str:
    """The Markdown written to ``$GITHUB_STEP_SUMMARY``: a heading and a findings table."""
    lines = [f"### factcheck check: {summary(result)}", ""]
    if not result.findings:
        return "\n".join([*lines, "Every claim passes.", ""]) + "\n"
    lines += ["| Severity | Rule | Where | Message |", "| --- | --- | --- | --- |"]
    for f in result.findings:
        lines.append(
            f"| {f.severity.value} | {f.code} {f.name} | {markdown_cell(f'{f.file}:{f.line}')} "
            f"| {markdown_cell(f.message)} |"
        )
    return "\n".join(lines) + "\n\n"


def render(result: CheckResult) -> str:
    """Annotation lines and a plain summary line; appends the job summary when in Actions."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        # Appending is what GitHub asks for: other steps write to the same file.
        try:
            with Path(target).open("a", encoding="utf-8") as handle:
                handle.write(step_summary(result))
        except OSError as exc:
            # The annotations matter more than the summary: say so and go on.
            print(f"factcheck: cannot write the job summary: {exc.strerror}", file=sys.stderr)
    lines = [annotation(f) for f in result.findings]
    lines.append(summary(result))
    return "\n".join(lines) + "\n"
