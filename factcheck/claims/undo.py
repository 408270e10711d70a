"""Undoing a claim edit: the claims file put back as it was, and a deleted claim's verdict.

An edit is recorded as the claims file's text before and after it (and the
verdict entries removed with a deleted claim). Undoing writes the old text
back, but only while the file still holds exactly what the edit wrote: a
change made since (by hand, by a ``git pull``) is never overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.verdicts import SyncedVerdictFile, put
from factcheck.workspace import Verdict, atomic_write, load_claims, parse_claims, remove_file


@dataclass(frozen=True)
class ClaimsEdit:
    """One edit of one claims file, enough to undo it."""

    path: str  # workspace-relative, e.g. "claims/a.yaml"
    before: str | None  # None: the edit created the file
    after: str
    description: str
    verdicts: tuple[tuple[str, Verdict], ...] = ()  # entries removed with a deleted claim


def read_claims_text(*, root: Path, claims_path: str) -> str | None:
    """The claims file's text as it is on disk, None when there is no such file."""
    try:
        return (root / claims_path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"cannot read: {exc}", path=claims_path) from None


def undo_claims_edit(*, root: Path, edit: ClaimsEdit) -> None:
    """Put the claims file back as it was before ``edit``, with the verdicts it removed."""
    rel = edit.path
    if read_claims_text(root=root, claims_path=rel) != edit.after:
        raise FactcheckError(
            f"cannot undo '{edit.description}': the file changed since; undo it by hand", path=rel
        )
    try:
        if edit.before is None:
            remove_file(root / rel)
            return
        restored = parse_claims(edit.before, path=rel)
        _check_ids_free(root, rel, [c.id for c in restored.claims])
        atomic_write(root / rel, edit.before)
        if not edit.verdicts:
            return
        synced = SyncedVerdictFile.open(root=root, claims_file=restored)
        for claim_id, entry in edit.verdicts:
            put(synced.current, claim_id, entry)
        synced.save(focus=None, conflicts={})  # merged under the file's lock
    except OSError as exc:
        raise FactcheckError(f"cannot write: {exc.strerror or exc}", path=rel) from None


def _check_ids_free(root: Path, rel: str, ids: Sequence[str]) -> None:
    """Refuse to bring back a claim whose id another claims file took meanwhile."""
    wanted = set(ids)
    for claims_file in load_claims(root):
        if claims_file.path == rel:
            continue
        for claim in claims_file.claims:
            if claim.id in wanted:
                raise FactcheckError(
                    f"cannot undo: claim id {claim.id!r} is used here now",
                    path=claim.file,
                    line=claim.line,
                )
