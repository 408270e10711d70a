"""Checks on what a claim edit is given: the claims file, the text, the id, the sources.

Each raises a FactcheckError naming the file (and line, where there is one),
before anything is written. Used by factcheck.claims.edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck.claims.ids import same_text
from factcheck.errors import FactcheckError
from factcheck.workspace import CLAIM_ID, CLAIMS_DIR, ClaimsFile, validate_source_id


def clean_text(text: str) -> str:
    """A claim's text as it is stored: one line, runs of whitespace as one space."""
    return " ".join(text.split())


def claims_rel(root: Path, claims_path: str | Path) -> str:
    """``claims_path`` as a workspace-relative ``claims/<name>.yaml``, or a FactcheckError."""
    path = Path(claims_path)
    full = path if path.is_absolute() else root / path
    try:
        rel = full.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise FactcheckError("a claims file must be inside the workspace", path=str(path)) from None
    if not rel.startswith(f"{CLAIMS_DIR}/") or "/" in rel[len(CLAIMS_DIR) + 1 :]:
        raise FactcheckError(f"a claims file lives in {CLAIMS_DIR}/", path=rel)
    if not rel.endswith((".yaml", ".yml")):
        raise FactcheckError("a claims file ends in .yaml", path=rel)
    return rel


def checked_text(text: str, *, path: str, line: int | None = None) -> str:
    """The text as stored (see ``clean_text``); empty text is a FactcheckError."""
    cleaned = clean_text(text)
    if not cleaned:
        raise FactcheckError("a claim's text must not be empty", path=path, line=line)
    return cleaned


def check_new_id(new_id: str, *, files: Sequence[ClaimsFile], path: str) -> None:
    """Refuse an id that is malformed or already used in the workspace (said where)."""
    if not CLAIM_ID.match(new_id):
        raise FactcheckError(
            f"claim id {new_id!r} may hold only letters, digits, - _ . (and start with one "
            "letter or digit)",
            path=path,
        )
    for claims_file in files:
        for claim in claims_file.claims:
            if claim.id == new_id:
                raise FactcheckError(
                    f"claim id {new_id!r} is already used", path=claim.file, line=claim.line
                )


def checked_sources(sources: Sequence[str], *, path: str) -> tuple[str, ...]:
    """Cited source ids, each a valid id, duplicates dropped."""
    for source in sources:
        if not validate_source_id(source):
            raise FactcheckError(f"{source!r} is not a source id", path=path)
    return tuple(dict.fromkeys(sources))


def check_unique_text(
    text: str, claims_file: ClaimsFile, *, path: str, line: int | None = None, besides: str = ""
) -> None:
    """Refuse a text that another claim of the file (not ``besides``) already has."""
    for other in claims_file.claims:
        if other.id != besides and same_text(text, other.text):
            raise FactcheckError(
                f"claim {other.id!r} (line {other.line}) already has this text",
                path=path,
                line=line,
            )
