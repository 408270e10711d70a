"""What ``factcheck check`` is asked to do and what it found: CheckOptions and CheckResult."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from factcheck.check.rules import Finding, Severity
from factcheck.workspace import Claim, Source


@dataclass(frozen=True)
class CheckOptions:
    """What to check. Empty ``select`` means every rule; None means "from factcheck.yaml"."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    strict: bool = False
    require_verdicts: bool = False
    fail_on: frozenset[str] = frozenset()
    min_score: float | None = None
    cache: bool = True  # reuse FC001 scores from .factcheck/check-cache.json
    # Sources that are not in the workspace, by id, for pinned quotes to be checked against:
    # the newsroom archive's copies ("archive:<id>"), when check is given an archive.
    pinned_sources: Callable[[str], Source | None] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class CheckResult:
    """The findings (sorted by file, line, code) and the claims that were checked."""

    findings: tuple[Finding, ...]
    claims: tuple[Claim, ...]
    skipped: tuple[str, ...] = ()  # sources left out for their size, as warning lines

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0
