"""The rules of ``factcheck check``: stable codes, severities, findings and rule selection.

Codes are never renumbered or reused; docs/check.md describes each one.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from factcheck.errors import FactcheckError


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str


RULES: tuple[Rule, ...] = (
    Rule("FC001", "unsourced", Severity.ERROR, "no cited source matches the claim, no evidence"),
    Rule("FC002", "unknown-source", Severity.ERROR, "the claim cites a source that does not exist"),
    Rule("FC003", "quote-drift", Severity.ERROR, "a pinned quote no longer appears in its source"),
    Rule("FC004", "stale-verdict", Severity.WARNING, "the claim text changed since its verdict"),
    Rule("FC005", "orphan-verdict", Severity.WARNING, "a verdict for a claim that does not exist"),
    Rule("FC006", "duplicate-id", Severity.ERROR, "two claims share an id"),
    Rule("FC007", "invalid-yaml", Severity.ERROR, "a file is not readable UTF-8 YAML"),
    Rule("FC008", "schema-error", Severity.ERROR, "a file does not fit its format"),
    Rule("FC009", "missing-verdict", Severity.ERROR, "no verdict (with --require-verdicts)"),
    Rule("FC010", "forbidden-verdict", Severity.ERROR, "a verdict listed in --fail-on"),
    Rule("FC011", "unread-source", Severity.ERROR, "the claim cites a source that was not read"),
)
RULES_BY_CODE = {rule.code: rule for rule in RULES}
# A file the check could not read is never passed silently, whatever is selected (as ruff
# always reports syntax errors).
# FC011 too: a claim citing a source left unread (over matching.max_source_mb) would
# otherwise pass the gate by padding its source.
ALWAYS_ON = frozenset({"FC007", "FC008", "FC011"})


@dataclass(frozen=True)
class Finding:
    """One problem: where it is, which rule found it and what to do about it."""

    code: str
    severity: Severity
    file: str
    line: int
    message: str
    claim_id: str | None = None

    @property
    def name(self) -> str:
        return RULES_BY_CODE[self.code].name

    @property
    def title(self) -> str:
        return f"{self.code} {self.name}"


def rule_filter(*, select: Iterable[str], ignore: Iterable[str]) -> set[str]:
    """The codes enabled by ruff-style prefixes: the longest matching prefix wins.

    ``ALL`` selects every rule. An unknown prefix is a usage error.
    """
    selected = ["" if s.upper() == "ALL" else s.upper() for s in select]
    ignored = ["" if s.upper() == "ALL" else s.upper() for s in ignore]
    for prefix in (*selected, *ignored):
        if not any(code.startswith(prefix) for code in RULES_BY_CODE):
            known = f"{RULES[0].code} to {RULES[-1].code}"
            raise FactcheckError(
                f"unknown rule code {prefix!r}{suggest_code(prefix)} (rules: {known})"
            )
    enabled = set()
    for code in RULES_BY_CODE:
        on = max((len(p) for p in selected if code.startswith(p)), default=-1)
        off = max((len(p) for p in ignored if code.startswith(p)), default=-1)
        if selected and on < 0:
            continue  # not selected
        if off >= 0 and off >= on:
            continue  # ignored by a prefix at least as specific as the one selecting it
        enabled.add(code)
    return enabled | ALWAYS_ON


def suggest_code(code: str) -> str:
    """`` (did you mean 'FC001'?)`` for a mistyped code or name, else an empty string."""
    candidates = [*RULES_BY_CODE, *(rule.name for rule in RULES)]
    # Letters typed for digits (FC0O1, FCOO1) are the usual slip: read them as digits too.
    typed = code.strip().upper()
    fixed = typed[:2] + typed[2:].replace("O", "0").replace("I", "1").replace("L", "1")
    for guess in (fixed, typed, code.strip().lower()):
        close = difflib.get_close_matches(guess, candidates, n=1, cutoff=0.6)
        if close:
            rule = next(r for r in RULES if close[0] in (r.code, r.name))
            return f" (did you mean {rule.code!r}?)"
    return ""
