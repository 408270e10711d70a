"""Earlier verdicts in the workspace's git history, for "checked before".

A claim reworded, or checked in an earlier story of the same workspace, keeps its verdict in
git. ``past_verdicts`` reads the claims and verdicts of the last commits that touched
``verdicts/`` (with git itself, as ``factcheck diff`` does: nothing is checked out) and
returns each distinct (claim text, verdict) once, newest first. A workspace outside git, or
a commit whose files no longer parse, gives nothing rather than an error: this is a hint
for the reviewer, not a check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.diff.gitrev import open_repo, recent_commits
from factcheck.diff.load import parse_snapshot, workspace_files
from factcheck.errors import FactcheckError
from factcheck.workspace import VERDICTS_DIR

# Commits read: enough for the recent stories of a workspace, cheap enough for every match.
COMMITS = 30


@dataclass(frozen=True)
class PastVerdict:
    """A verdict as a commit recorded it, with the claim text it was given on."""

    claim_id: str
    claim: str
    verdict: str
    reviewed_at: str | None
    commit: str


def past_verdicts(*, root: Path, commits: int = COMMITS) -> list[PastVerdict]:
    """Each distinct (claim text, verdict) of the last ``commits`` commits, newest first."""
    try:
        repo = open_repo(workspace=root)
        listed = recent_commits(repo, path=VERDICTS_DIR, limit=commits)
    except FactcheckError:
        return []  # not in git, or no git: no history to offer
    found: dict[tuple[str, str], PastVerdict] = {}
    for commit in listed:
        try:
            snapshot = parse_snapshot(workspace_files(repo, commit, root), label=commit[:10])
        except FactcheckError:
            continue  # a commit whose files do not parse: nothing to learn from it
        for claim_id, entry in snapshot.verdicts.items():
            claim = snapshot.claims.get(claim_id)
            if claim is None or entry.verdict is None:
                continue
            key = (claim.text, entry.verdict)
            if key not in found:
                found[key] = PastVerdict(
                    claim_id=claim_id,
                    claim=claim.text,
                    verdict=entry.verdict,
                    reviewed_at=entry.reviewed_at,
                    commit=commit,
                )
    return list(found.values())
