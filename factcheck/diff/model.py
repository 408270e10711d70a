"""The shapes of a diff: snapshots, revisions, one claim's change, the summary counts.

``factcheck.diff.changes`` fills them in; the renderers (``report``, ``markdown``,
``textconv``) only read them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from factcheck.diff.words import WordChange, word_diff
from factcheck.workspace import Claim, PinnedEvidence, Verdict


@dataclass(frozen=True)
class Snapshot:
    """The claims and verdicts of a workspace at one revision, keyed by claim id."""

    claims: Mapping[str, Claim]
    verdicts: Mapping[str, Verdict]


@dataclass(frozen=True)
class Revision:
    """One side of a diff: what the user named (``label``) and the commit it resolved to.

    ``commit`` is None for the working tree.
    """

    label: str
    commit: str | None

    @property
    def short(self) -> str:
        """A short name for headings: the label, plus the abbreviated commit if it differs."""
        if self.commit is None:
            return self.label
        short = self.commit[:10]
        return short if self.label in (short, self.commit) else f"{self.label} ({short})"


class ClaimStatus(StrEnum):
    """How a claim itself changed (its verdict may have changed in any of these)."""

    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"  # same text, new id
    CHANGED = "changed"  # same id; text, verdict, evidence, dismissals or note changed


@dataclass(frozen=True)
class ClaimChange:
    """Everything that changed about one claim between base and head.

    ``id`` is the claim's id at head (at base for a removed claim); ``old_id``
    is set for a rename. ``old_verdict``/``new_verdict`` are None where the
    claim had no verdict entry. ``stale`` means the head verdict was given on
    a different claim text than the head text (its ``claim_hash`` differs).
    """

    id: str
    status: ClaimStatus
    text: str | None
    file: str | None
    old_id: str | None = None
    old_text: str | None = None  # set only when the text changed
    old_file: str | None = None  # set only when the claim moved to another claims file
    old_verdict: Verdict | None = None
    new_verdict: Verdict | None = None
    pinned: tuple[PinnedEvidence, ...] = ()
    unpinned: tuple[PinnedEvidence, ...] = ()
    dismissed: tuple[str, ...] = ()
    undismissed: tuple[str, ...] = ()
    stale: bool = False

    @property
    def text_changed(self) -> bool:
        return self.old_text is not None

    @property
    def verdict_changed(self) -> bool:
        """The verdict label itself changed (including to or from no verdict)."""
        return _label(self.old_verdict) != _label(self.new_verdict)

    @property
    def rereviewed(self) -> bool:
        """Same label, but a reviewer confirmed it again (new reviewer, time or claim hash)."""
        old, new = self.old_verdict, self.new_verdict
        if self.verdict_changed or old is None or new is None or new.verdict is None:
            return False
        return (old.reviewer, old.reviewed_at, old.claim_hash) != (
            new.reviewer,
            new.reviewed_at,
            new.claim_hash,
        )

    @property
    def note_changed(self) -> bool:
        return _note(self.old_verdict) != _note(self.new_verdict)

    @property
    def word_diff(self) -> tuple[WordChange, ...]:
        if self.old_text is None or self.text is None:
            return ()
        return word_diff(self.old_text, self.text)


@dataclass(frozen=True)
class DiffSummary:
    """Counts for the summary line."""

    claims_added: int = 0
    claims_removed: int = 0
    claims_renamed: int = 0
    texts_changed: int = 0
    verdicts_changed: int = 0
    verdicts_rereviewed: int = 0
    evidence_pinned: int = 0
    evidence_unpinned: int = 0
    dismissals_changed: int = 0
    notes_changed: int = 0
    stale_verdicts: int = 0

    @property
    def is_empty(self) -> bool:
        return not any(vars(self).values())


@dataclass(frozen=True)
class DiffResult:
    """A whole comparison: both revisions, the workspace folder in the repository, the changes."""

    base: Revision
    head: Revision
    workspace: str  # the workspace folder relative to the repository root ("" at the root)
    changes: tuple[ClaimChange, ...]

    @property
    def summary(self) -> DiffSummary:
        return summarize(self.changes)


def _label(verdict: Verdict | None) -> str | None:
    return verdict.verdict if verdict is not None else None


def _note(verdict: Verdict | None) -> str:
    return (verdict.note or "").strip() if verdict is not None else ""


def summarize(changes: Iterable[ClaimChange]) -> DiffSummary:
    """The counts shown in every format's summary line."""
    counts = dict.fromkeys(vars(DiffSummary()), 0)
    for change in changes:
        counts["claims_added"] += change.status is ClaimStatus.ADDED
        counts["claims_removed"] += change.status is ClaimStatus.REMOVED
        counts["claims_renamed"] += change.status is ClaimStatus.RENAMED
        counts["texts_changed"] += change.text_changed
        counts["verdicts_changed"] += change.verdict_changed
        counts["verdicts_rereviewed"] += change.rereviewed
        counts["evidence_pinned"] += len(change.pinned)
        counts["evidence_unpinned"] += len(change.unpinned)
        counts["dismissals_changed"] += len(change.dismissed) + len(change.undismissed)
        counts["notes_changed"] += change.note_changed
        counts["stale_verdicts"] += change.stale
    return DiffSummary(**counts)
