"""What changed in claims and verdicts between two revisions of a workspace.

Pure functions over parsed claims and verdicts: reading the revisions is the
job of ``factcheck.diff.load`` (with ``factcheck.diff.gitrev``), printing them that
of ``factcheck.diff.report`` and ``factcheck.diff.markdown``, so the
comparison can be tested (and reused) without git or a terminal. The types it
fills in are in ``factcheck.diff.model``, the word diff in ``factcheck.diff.words``.
"""

from __future__ import annotations

from factcheck.diff.model import ClaimChange, ClaimStatus, Snapshot
from factcheck.workspace import Claim, Verdict, text_hash


def _normal_text(text: str) -> str:
    # Renames match on text; re-wrapping a line is not a different claim.
    return " ".join(text.split())


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
