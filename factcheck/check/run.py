"""``factcheck check``: the CI rules, from a workspace to a list of findings.

Every rule has a stable code (documented in docs/check.md); codes are never
renumbered. Findings name the claim, the file and the line, and say what to
do. Nothing here prints: the reporters in ``factcheck.check.reporters`` do.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from rapidfuzz import fuzz, process

from factcheck.check.cache import best_cited_scores
from factcheck.check.drift import drift_message, fold
from factcheck.check.load import CheckedWorkspace, load_for_check
from factcheck.check.result import CheckOptions, CheckResult
from factcheck.check.rules import RULES, RULES_BY_CODE, Finding, Rule, Severity, rule_filter
from factcheck.errors import FactcheckError
from factcheck.workspace import (
    CLAIMS_DIR,
    SETTINGS_FILE,
    SOURCES_DIR,
    VERDICTS_DIR,
    Claim,
    PinnedEvidence,
    Settings,
    Verdict,
    load_settings,
)

PIN_HINT = "or pin evidence in `factcheck review`"


class Sourcing(StrEnum):
    """How FC001 decides whether a claim is sourced."""

    OK = "ok"  # pinned evidence, a reviewed-as-unsourced verdict, or judged by another rule
    UNCITED = "uncited"  # cites nothing: unsourced
    MATCH = "match"  # the passages of its cited sources decide


class _Checker:
    def __init__(self, loaded: CheckedWorkspace, options: CheckOptions, settings: Settings):
        self.loaded = loaded
        self.workspace = loaded.workspace
        self.options = options
        self.settings = settings
        self.min_score = (
            options.min_score
            if options.min_score is not None
            else settings.check_min_score
            if settings.check_min_score is not None
            else settings.min_score
        )
        self.best_cited: dict[tuple[str, str], float] = {}  # by (claims file, claim id)
        self.skipped = {s.source_id: s for s in loaded.skipped}
        self.enabled: set[str] = set()

    def verdict(self, claim: Claim) -> tuple[Verdict | None, str, int]:
        """The claim's verdict (or None), the verdict file and the entry's line."""
        file = self.loaded.verdict_files.get(claim.claims_name)
        if file is None or claim.id not in file.entries:
            return None, f"{VERDICTS_DIR}/{claim.claims_name}.yaml", 0
        return file.entries[claim.id], file.path, file.lines.get(claim.id, 0)

    def _sourcing(self, claim: Claim, verdict: Verdict | None) -> Sourcing:
        """Whether FC001 is settled for the claim, fails, or depends on matching."""
        if verdict is not None and (
            verdict.evidence or verdict.verdict in self.settings.check_unsourced_verdicts
        ):
            return Sourcing.OK  # pinned evidence backs it, or a reviewer recorded there is none
        if any(s in self.loaded.broken_sources for s in claim.sources):
            return Sourcing.OK  # the broken source is reported; its passages cannot be judged
        if not claim.sources:
            return Sourcing.UNCITED
        if not any(s in self.workspace.sources for s in claim.sources):
            return Sourcing.OK  # every citation is unknown: FC002 says so
        return Sourcing.MATCH

    def match_cited(self) -> None:
        """The best cited score of every claim whose sourcing depends on matching."""
        wanted = []
        for claim in self.workspace.claims:
            verdict = self.verdict(claim)[0]
            if self._sourcing(claim, verdict) is Sourcing.MATCH:
                wanted.append((claim, verdict.dismissed if verdict else ()))
        if wanted:
            # A claim may get a floor at least min_score in place of its exact score: FC001
            # then reports nothing for it, as it would with the exact one.
            self.best_cited = best_cited_scores(
                workspace=self.workspace,
                claims=wanted,
                use_cache=self.options.cache,
                at_least=self.min_score,
            )

    def unsourced(self, claim: Claim, verdict: Verdict | None) -> Iterator[Finding]:
        status = self._sourcing(claim, verdict)
        where = f"{claim.file}:{claim.line}"
        if status is Sourcing.UNCITED:
            yield self.finding(
                "FC001",
                claim,
                f"claim {claim.id!r} ({where}) cites no source: add `sources: [id]` citing a "
                f"source that supports it, {PIN_HINT}",
            )
            return
        if status is not Sourcing.MATCH:
            return
        best = self.best_cited[claim.file, claim.id]
        if best < self.min_score:
            cited = [s for s in claim.sources if s in self.workspace.sources]
            yield self.finding(
                "FC001",
                claim,
                f"claim {claim.id!r} ({where}): no passage of {', '.join(cited)} matches it "
                f"(best {best:.0f} < {self.min_score:.0f}): cite a source that supports it, "
                f"{PIN_HINT}",
            )

    def unread_sources(self, claim: Claim) -> Iterator[Finding]:
        """FC011: a cited source left unread is never evidence, and never silently so."""
        for cited in claim.sources:
            skipped = self.skipped.get(cited)
            if skipped is not None:
                yield self.finding(
                    "FC011",
                    claim,
                    f"claim {claim.id!r} ({claim.file}:{claim.line}) cites {skipped.path}, which "
                    f"was not read ({skipped.reason}): the claim is not sourced until it is; "
                    "cite a shorter source or raise matching.max_source_mb",
                )

    def unknown_sources(self, claim: Claim) -> Iterator[Finding]:
        for cited in claim.sources:
            if cited in self.workspace.sources or cited in self.loaded.broken_sources:
                continue
            hint = ""
            best = process.extractOne(
                cited, list(self.workspace.sources), scorer=fuzz.ratio, score_cutoff=60
            )
            if best is not None:
                hint = f" (did you mean {best[0]!r}?)"
            yield self.finding(
                "FC002",
                claim,
                f"claim {claim.id!r} ({claim.file}:{claim.line}) cites source {cited!r}, which "
                f"does not exist{hint}: cite a file under sources/ by its path without extension",
            )

    def claim_findings(self, claim: Claim) -> Iterator[Finding]:
        verdict, vfile, vline = self.verdict(claim)
        yield from self.unknown_sources(claim)
        yield from self.unread_sources(claim)
        if "FC001" in self.enabled:
            yield from self.unsourced(claim, verdict)
        there = f"{vfile}:{vline}"
        if verdict is not None and verdict.claim_hash and verdict.claim_hash != claim.hash:
            yield self.finding(
                "FC004",
                claim,
                f"the verdict on claim {claim.id!r} ({there}) was given on an earlier text of "
                "the claim: review it again in `factcheck review`",
            )
        if self.options.require_verdicts and (verdict is None or verdict.verdict is None):
            yield self.finding(
                "FC009",
                claim,
                f"claim {claim.id!r} ({claim.file}:{claim.line}) has no verdict: "
                "give it one in `factcheck review`",
            )
        if verdict is not None and verdict.verdict in self.options.fail_on:
            yield self.finding(
                "FC010",
                claim,
                f"claim {claim.id!r} ({claim.file}:{claim.line}) is rated {verdict.verdict!r} "
                f"({there}): correct or remove the claim before publishing",
            )

    def verdict_findings(self) -> Iterator[Finding]:
        claims_by_file = {f.name: {c.id for c in f.claims} for f in self.workspace.claims_files}
        where_else = {c.id: c.file for c in self.workspace.claims}
        scale = [label.key for label in self.settings.scale]
        folded: dict[str, str] = {}
        for name, vfile in self.loaded.verdict_files.items():
            if name in self.loaded.broken_claims:
                continue  # its claims are unknown; the broken claims file is reported
            known = claims_by_file.get(name, set())
            for claim_id, entry in vfile.entries.items():
                line = vfile.lines.get(claim_id) or 1
                if claim_id not in known:
                    moved = where_else.get(claim_id)
                    why = f"it is now in {moved}" if moved else "no claim has that id"
                    yield self._at(
                        "FC005",
                        vfile.path,
                        line,
                        f"verdict for claim {claim_id!r} ({vfile.path}:{line}) but {why}: "
                        f"move or delete the entry",
                        claim_id,
                    )
                    continue
                if entry.verdict is not None and entry.verdict not in scale:
                    yield self._at(
                        "FC008",
                        vfile.path,
                        line,
                        f"claim {claim_id!r}: verdict {entry.verdict!r} is not on the scale "
                        f"({', '.join(scale)})",
                        claim_id,
                    )
                for pin in entry.evidence:
                    yield from self._drift(vfile.path, line, claim_id, pin, folded)

    def _drift(
        self, path: str, line: int, claim_id: str, pin: PinnedEvidence, folded: dict[str, str]
    ) -> Iterator[Finding]:
        if pin.source in self.loaded.broken_sources:
            return  # the unreadable source is reported on its own
        source = self.workspace.sources.get(pin.source)
        if source is None and self.options.pinned_sources is not None:
            source = self.options.pinned_sources(pin.source)  # the archive's copy, say

        def folded_source() -> str:  # folded once per source, when a quote has moved
            if pin.source not in folded:
                assert source is not None
                folded[pin.source] = fold(source.text)
            return folded[pin.source]

        problem = drift_message(
            claim_id=claim_id, pin=pin, source=source, folded_source=folded_source
        )
        if problem is not None:
            yield self._at("FC003", path, line, problem, claim_id)

    def finding(self, code: str, claim: Claim, message: str) -> Finding:
        return self._at(code, claim.file, claim.line, message, claim.id)

    def _at(self, code: str, file: str, line: int, message: str, claim_id: str | None) -> Finding:
        severity = RULES_BY_CODE[code].severity
        if self.options.strict:
            severity = Severity.ERROR
        return Finding(code, severity, file, line, message, claim_id)

    def run(self, enabled: set[str]) -> list[Finding]:
        self.enabled = enabled
        if "FC001" in enabled:
            self.match_cited()
        found = [
            self._at(p.code, p.file, p.line, p.message, p.claim_id) for p in self.loaded.problems
        ]
        for claim in self.workspace.claims:
            found.extend(self.claim_findings(claim))
        found.extend(self.verdict_findings())
        return [f for f in found if f.code in enabled]


def check_workspace(*, root: Path, options: CheckOptions | None = None) -> CheckResult:
    """Run every enabled rule on the workspace at ``root``.

    Broken claims, source and verdict files become findings; a broken
    ``factcheck.yaml`` or bad options raise FactcheckError (exit 2).
    """
    options = options or CheckOptions()
    if not any((root / name).exists() for name in (CLAIMS_DIR, SOURCES_DIR, SETTINGS_FILE)):
        raise FactcheckError(
            f"{root} is not a workspace "
            f"(it has no {CLAIMS_DIR}/, {SOURCES_DIR}/ or {SETTINGS_FILE})"
        )
    settings = load_settings(root)
    enabled = rule_filter(
        select=settings.check_select if options.select is None else options.select,
        ignore=settings.check_ignore if options.ignore is None else options.ignore,
    )
    scale = [label.key for label in settings.scale]
    unknown = sorted(options.fail_on - set(scale))
    if unknown:
        raise FactcheckError(f"--fail-on: {unknown[0]!r} is not a verdict ({', '.join(scale)})")
    loaded = load_for_check(root=root, settings=settings)
    findings = _Checker(loaded, options, settings).run(enabled)
    findings.sort(key=lambda f: (f.file, f.line, f.code, f.message))
    skipped = tuple(str(s) for s in loaded.skipped)
    return CheckResult(findings=tuple(findings), claims=loaded.workspace.claims, skipped=skipped)


__all__ = [
    "RULES",
    "CheckOptions",
    "CheckResult",
    "Finding",
    "Rule",
    "Severity",
    "check_workspace",
    "rule_filter",
]
