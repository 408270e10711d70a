"""Each claim with what the reviewers decided about it: the input of every export and report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.errors import WorkspaceError
from factcheck.verdicts import VerdictFile, read_verdict_file
from factcheck.workspace import (
    Claim,
    ClaimsFile,
    Verdict,
    VerdictLabel,
    Workspace,
)

_NO_VERDICT = Verdict()


@dataclass(frozen=True)
class ClaimOutcome:
    """A claim with what the reviewers decided about it (``Verdict()`` while pending)."""

    claim: Claim
    claims_file: ClaimsFile
    verdict: Verdict
    label: VerdictLabel | None  # None while pending, or for a key the scale does not know
    verdict_path: str
    verdict_line: int | None = None

    @property
    def reviewed(self) -> bool:
        return self.verdict.verdict is not None

    @property
    def stale(self) -> bool:
        """The claim's text changed after the verdict was given."""
        recorded = self.verdict.claim_hash
        return recorded is not None and recorded != self.claim.hash


def load_verdict_files(workspace: Workspace) -> dict[str, VerdictFile]:
    """Read ``verdicts/<name>.yaml`` for every claims file, keyed by the claims file's path."""
    return {
        f.path: read_verdict_file(workspace.root, f.verdicts_path) for f in workspace.claims_files
    }


def collect_outcomes(
    *, workspace: Workspace, verdict_files: Mapping[str, VerdictFile]
) -> tuple[ClaimOutcome, ...]:
    """Every claim of the workspace, in file order, with its verdict and scale label."""
    outcomes = []
    for claims_file in workspace.claims_files:
        vfile = verdict_files.get(claims_file.path)
        entries = vfile.entries if vfile else {}
        for claim in claims_file.claims:
            entry = entries.get(claim.id, _NO_VERDICT)
            outcomes.append(
                ClaimOutcome(
                    claim=claim,
                    claims_file=claims_file,
                    verdict=entry,
                    label=workspace.settings.label(entry.verdict),
                    verdict_path=claims_file.verdicts_path,
                    verdict_line=vfile.lines.get(claim.id) if vfile else None,
                )
            )
    return tuple(outcomes)


def scale_label(outcome: ClaimOutcome, *, workspace: Workspace) -> VerdictLabel | None:
    """The scale step of a claim's verdict (None while pending).

    Raises WorkspaceError (naming the verdict file and line) for a verdict that is not a
    key of the scale: no export publishes a verdict it cannot say the meaning of.
    """
    if outcome.label is None and outcome.reviewed:
        raise WorkspaceError(
            f"{outcome.claim.id}: verdict {outcome.verdict.verdict!r} is not on the scale "
            f"({', '.join(v.key for v in workspace.settings.scale)})",
            path=outcome.verdict_path,
            line=outcome.verdict_line,
        )
    return outcome.label
