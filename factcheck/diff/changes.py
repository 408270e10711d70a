"""What changed in claims and verdicts between two revisions of a workspace.

Pure functions over parsed claims and verdicts: reading the revisions is the
job of ``factcheck.diff.load`` (with ``factcheck.diff.gitrev``), printing them that
of ``factcheck.diff.report`` and ``factcheck.diff.markdown``, so the
comparison can be tested (and reused) without git or a terminal.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from factcheck.workspace import Claim, PinnedEvidence, Verdict, text_hash


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


class WordOp(StrEnum):
    """What a run of words in a word diff is: kept, deleted from the old text, or inserted."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True)
class WordChange:
    """A run of words kept, deleted or inserted by a claim text edit."""

    op: WordOp
    text: str


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


def _normal_text(text: str) -> str:
    # Renames match on text; re-wrapping a line is not a different claim.
    return " ".join(text.split())


def word_diff(old: str, new: str) -> tuple[WordChange, ...]:
    """A word-level diff of two texts: runs of equal, deleted and inserted words."""
    old_words, new_words = re.findall(r"\S+", old), re.findall(r"\S+", new)
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    out: list[WordChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(WordChange(WordOp.EQUAL, " ".join(old_words[i1:i2])))
            continue
        if i2 > i1:
            out.append(WordChange(WordOp.DELETE, " ".join(old_words[i1:i2])))
        if j2 > j1:
            out.append(WordChange(WordOp.INSERT, " ".join(new_words[j1:j2])))
    return tuple(out)


def _is_stale(claim: Claim | None, verdict: Verdict | None) -> bool:
    if claim is None or verdict is None or verdict.verdict is None or not verdict.claim_hash:
        return False
    return verdict.claim_hash != text_hash(claim.text)


def _pair_renames(
    removed: list[str], added: list[str], base: Snapshot, head: Snapshot
) -> dict[str, str]:
    """new id -> old id for claims whose text is unchanged but whose id is new."""
    by_text: dict[str, list[str]] = {}
    for old_id in removed:
        claim = base.claims.get(old_id)
        if claim is not None:
            by_text.setdefault(_normal_text(claim.text), []).append(old_id)
    renames: dict[str, str] = {}
    for new_id in added:
        claim = head.claims.get(new_id)
        candidates = by_text.get(_normal_text(claim.text)) if claim is not None else None
        if candidates:
            renames[new_id] = candidates.pop(0)
    return renames


def _compare(
    *,
    claim_id: str,
    status: ClaimStatus,
    old_claim: Claim | None,
    new_claim: Claim | None,
    old_verdict: Verdict | None,
    new_verdict: Verdict | None,
    old_id: str | None = None,
) -> ClaimChange | None:
    shown = new_claim or old_claim
    old_text = None
    if old_claim is not None and new_claim is not None and old_claim.text != new_claim.text:
        old_text = old_claim.text
    old_file = None
    if old_claim is not None and new_claim is not None and old_claim.file != new_claim.file:
        old_file = old_claim.file
    # Whole values, not just places: a flipped stance or a re-quoted passage shows as
    # the old pin unpinned and the new one pinned.
    old_pins = old_verdict.evidence if old_verdict else ()
    new_pins = new_verdict.evidence if new_verdict else ()
    old_dismissed = set(old_verdict.dismissed) if old_verdict else set()
    new_dismissed = set(new_verdict.dismissed) if new_verdict else set()
    change = ClaimChange(
        id=claim_id,
        status=status,
        text=shown.text if shown else None,
        file=shown.file if shown else None,
        old_id=old_id,
        old_text=old_text,
        old_file=old_file,
        old_verdict=old_verdict,
        new_verdict=new_verdict,
        pinned=tuple(e for e in new_pins if e not in old_pins),
        unpinned=tuple(e for e in old_pins if e not in new_pins),
        dismissed=tuple(sorted(new_dismissed - old_dismissed)),
        undismissed=tuple(sorted(old_dismissed - new_dismissed)),
        stale=_is_stale(new_claim, new_verdict),
    )
    if status is not ClaimStatus.CHANGED:
        return change
    interesting = (
        change.text_changed
        or change.old_file is not None
        or change.verdict_changed
        or change.rereviewed
        or change.pinned
        or change.unpinned
        or change.dismissed
        or change.undismissed
        or change.note_changed
    )
    return change if interesting else None


def diff_snapshots(*, base: Snapshot, head: Snapshot) -> tuple[ClaimChange, ...]:
    """Every claim that changed between ``base`` and ``head``: head order, then removals.

    A claim id is followed through both snapshots; an id that disappears while
    a new id appears with the same text is a rename, not a removal plus an
    addition. Verdicts without a claim (orphans) are compared by id too.
    """
    base_ids = list(dict.fromkeys([*base.claims, *base.verdicts]))
    head_ids = list(dict.fromkeys([*head.claims, *head.verdicts]))
    removed = [i for i in base_ids if i not in head.claims and i in base.claims]
    added = [i for i in head_ids if i not in base.claims and i in head.claims]
    renames = _pair_renames(removed, added, base, head)
    renamed_from = set(renames.values())
    changes: list[ClaimChange] = []
    for claim_id in [*head_ids, *(i for i in base_ids if i not in head_ids)]:
        if claim_id in renames:
            old_id = renames[claim_id]
            change = _compare(
                claim_id=claim_id,
                status=ClaimStatus.RENAMED,
                old_claim=base.claims[old_id],
                new_claim=head.claims[claim_id],
                old_verdict=base.verdicts.get(old_id),
                new_verdict=head.verdicts.get(claim_id),
                old_id=old_id,
            )
        else:
            # A renamed claim's old id is used up: its claim and verdict live on under the new id.
            consumed = claim_id in renamed_from
            old_claim = None if consumed else base.claims.get(claim_id)
            new_claim = head.claims.get(claim_id)
            if old_claim is None and new_claim is not None:
                status = ClaimStatus.ADDED
            elif old_claim is not None and new_claim is None:
                status = ClaimStatus.REMOVED
            else:
                status = ClaimStatus.CHANGED
            change = _compare(
                claim_id=claim_id,
                status=status,
                old_claim=old_claim,
                new_claim=new_claim,
                old_verdict=None if consumed else base.verdicts.get(claim_id),
                new_verdict=head.verdicts.get(claim_id),
            )
        if change is not None:
            changes.append(change)
    return tuple(changes)


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
