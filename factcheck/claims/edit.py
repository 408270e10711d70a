"""Adding, changing, splitting and deleting claims in the claims files, as a person would.

Claims files are written by people, so each change is made to the text: one
item inserted, one ``text:`` value replaced, one item cut out. Comments, key
order, quoting and every other claim stay exactly as they were. The new text
is parsed again and compared with what was meant (every other claim kept its
id, text, sources and place; the file's own fields unchanged) before it is
written atomically. Where the text cannot be edited in place (a flow-style
``claims: [...]``, the last claim deleted) the file is written anew from its
data, keeping the leading comments. Ids of new claims come from their text,
like ``factcheck extract`` makes them, unique across the workspace.

Editing a claim's text changes its hash, so a verdict given on the old text
shows as stale. Deleting a claim removes its verdict entry too, so ``factcheck
check`` has no orphan to report.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import yaml

from factcheck.claims.checks import (
    check_new_id,
    check_unique_text,
    checked_sources,
    checked_text,
    claims_rel,
    clean_text,
)
from factcheck.claims.ids import claim_id as text_claim_id
from factcheck.claims.ids import same_text
from factcheck.claims.layout import (
    CannotEditInPlace,
    Inserts,
    Triple,
    edit_in_place,
    item,
    render_items,
    triples,
    written_from_data,
)
from factcheck.errors import FactcheckError
from factcheck.verdicts import EMPTY, SyncedVerdictFile, put
from factcheck.workspace import (
    CLAIMS_DIR,
    Claim,
    ClaimsFile,
    Workspace,
    atomic_write,
    load_claims,
    parse_claims,
)

__all__ = [
    "add_claim",
    "clean_text",
    "delete_claim",
    "edit_claim",
    "propose_id",
    "refreshed_workspace",
    "split_claim",
]

# --- public operations -----------------------------------------------------------------------


def propose_id(*, root: Path, text: str) -> str:
    """The id ``factcheck extract`` would give ``text``, unused in the workspace."""
    taken = {c.id for f in load_claims(root) for c in f.claims}
    return text_claim_id(clean_text(text) or "claim", taken=taken)


def add_claim(
    *,
    root: Path,
    claims_path: str | Path,
    text: str,
    claim_id: str | None = None,
    after: str | None = None,
    sources: Sequence[str] = (),
) -> Claim:
    """Add a claim to ``claims_path`` (workspace-relative or absolute), after ``after``.

    Without ``after`` it goes at the end of the list; a missing file is created.
    Without ``claim_id`` the id is made from the text, unique across the workspace.
    """
    files = load_claims(root)
    rel = claims_rel(root, claims_path)
    text = checked_text(text, path=rel)
    taken = {c.id for f in files for c in f.claims}
    new_id = claim_id.strip() if claim_id is not None else text_claim_id(text, taken=taken)
    check_new_id(new_id, files=files, path=rel)
    cited = checked_sources(sources, path=rel)
    new_item = item(new_id, text, cited)
    existing = next((f for f in files if f.path == rel), None)
    if existing is None:
        if after is not None:
            raise FactcheckError(f"no claim {after!r} in this file (it does not exist)", path=rel)
        text = render_items([new_item], indent=2, top="claims:\n")
        _write(root, rel, text)
        return _claim_in(parse_claims(text, path=rel), new_id)
    position = len(existing.claims)
    if after is not None:
        index = _index_of(existing, after)
        if index is None:
            raise FactcheckError(f"no claim {after!r} in this file to add after", path=rel)
        position = index + 1
    check_unique_text(text, existing, path=rel)
    wanted = triples(existing.claims)
    wanted.insert(position, (new_id, text, cited))
    written = _rewrite(root, existing, wanted, inserts={position: [new_item]}, texts={})
    return _claim_in(written, new_id)


def edit_claim(*, root: Path, claim_id: str, text: str) -> Claim:
    """Give a claim a new text (its verdict, if any, then shows as stale)."""
    claims_file, claim = _find(root, claim_id)
    text = checked_text(text, path=claim.file, line=claim.line)
    if text == claim.text:
        return claim
    check_unique_text(text, claims_file, path=claim.file, line=claim.line, besides=claim_id)
    index = _index_of(claims_file, claim_id)
    assert index is not None
    wanted = triples(claims_file.claims)
    wanted[index] = (claim_id, text, claim.sources)
    written = _rewrite(root, claims_file, wanted, inserts={}, texts={index: text})
    return _claim_in(written, claim_id)


def split_claim(*, root: Path, claim_id: str, parts: Sequence[str]) -> list[Claim]:
    """Split a claim into several, in order, each citing the same sources.

    The first part keeps the claim's id (so a verdict given on the whole shows
    as stale); the others get ids made from their text.
    """
    files = load_claims(root)
    claims_file, claim = _find(root, claim_id, files=files)
    texts = [clean_text(p) for p in parts]
    texts = [t for t in texts if t]
    if len(texts) < 2:
        raise FactcheckError(
            f"split {claim_id!r} into two or more non-empty parts", path=claim.file, line=claim.line
        )
    for i, part in enumerate(texts):
        if any(same_text(part, other) for other in texts[:i]):
            raise FactcheckError(
                f"split {claim_id!r}: the part {part[:60]!r} is given twice",
                path=claim.file,
                line=claim.line,
            )
        check_unique_text(part, claims_file, path=claim.file, line=claim.line, besides=claim_id)
    taken = {c.id for f in files for c in f.claims}
    ids = [claim_id]
    for part in texts[1:]:
        ids.append(text_claim_id(part, taken=taken))
        taken.add(ids[-1])
    index = _index_of(claims_file, claim_id)
    assert index is not None
    wanted = triples(claims_file.claims)
    new = [(cid, part, claim.sources) for cid, part in zip(ids, texts, strict=True)]
    wanted[index : index + 1] = new
    items = [item(cid, part, claim.sources) for cid, part, _ in new[1:]]
    written = _rewrite(
        root, claims_file, wanted, inserts={index + 1: items}, texts={index: texts[0]}
    )
    return [_claim_in(written, cid) for cid in ids]


def delete_claim(*, root: Path, claim_id: str) -> Claim:
    """Remove a claim from its file, and its verdict entry from ``verdicts/`` (no orphan).

    Returns the claim as it was. The claims file is written first: if the
    verdict file then cannot be written, the error says so, ``factcheck check``
    reports the orphan entry and ``forget_verdict`` removes it once it can.
    """
    claims_file, claim = _find(root, claim_id)
    index = _index_of(claims_file, claim_id)
    assert index is not None
    wanted = triples(claims_file.claims)
    del wanted[index]
    _rewrite(root, claims_file, wanted, inserts={}, texts={}, delete=index)
    forget_verdict(root=root, claims_file=claims_file, claim_id=claim_id)
    return claim


def forget_verdict(*, root: Path, claims_file: ClaimsFile, claim_id: str) -> bool:
    """Remove a claim's entry from its verdict file (under its lock); False if it had none."""
    synced = SyncedVerdictFile.open(root=root, claims_file=claims_file)
    if claim_id not in synced.current:
        return False
    put(synced.current, claim_id, EMPTY)
    try:
        synced.save(focus=claim_id, conflicts={})
    except FactcheckError as exc:
        raise FactcheckError(
            f"claim {claim_id!r} deleted, but its verdict was not removed: {exc.message}",
            path=exc.path,
            line=exc.line,
        ) from None
    return True


def refreshed_workspace(*, workspace: Workspace, claims_path: str) -> Workspace:
    """``workspace`` with one claims file read again (added if new), sources untouched."""
    root = workspace.root
    fresh = parse_claims(_read(root, claims_path), path=claims_path)
    files = list(workspace.claims_files)
    for i, old in enumerate(files):
        if old.path == claims_path:
            files[i] = fresh
            break
    else:
        files = sorted([*files, fresh], key=lambda f: f.path)
    return dataclasses.replace(workspace, claims_files=tuple(files))


def _find(
    root: Path, claim_id: str, *, files: Sequence[ClaimsFile] | None = None
) -> tuple[ClaimsFile, Claim]:
    for claims_file in files if files is not None else load_claims(root):
        for claim in claims_file.claims:
            if claim.id == claim_id:
                return claims_file, claim
    raise FactcheckError(f"no claim {claim_id!r} in {CLAIMS_DIR}/")


def _index_of(claims_file: ClaimsFile, claim_id: str) -> int | None:
    for i, claim in enumerate(claims_file.claims):
        if claim.id == claim_id:
            return i
    return None


# --- reading and writing ---------------------------------------------------------------------


def _read(root: Path, rel: str) -> str:
    try:
        return (root / rel).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"cannot read: {exc}", path=rel) from None


def _claim_in(claims_file: ClaimsFile, claim_id: str) -> Claim:
    return next(c for c in claims_file.claims if c.id == claim_id)


def _rewrite(
    root: Path,
    claims_file: ClaimsFile,
    wanted: list[Triple],
    *,
    inserts: Inserts,
    texts: dict[int, str],
    delete: int | None = None,
) -> ClaimsFile:
    """Make the file hold the ``wanted`` claims by editing its text; verify; write atomically."""
    rel = claims_file.path
    old = _read(root, rel)
    try:
        new = edit_in_place(old, inserts=inserts, texts=texts, delete=delete)
        parsed = _parsed_if_holds(new, claims_file, wanted)
    except (CannotEditInPlace, yaml.YAMLError):
        parsed = None
    if parsed is None:
        new = written_from_data(old, claims_file, wanted)
        parsed = _parsed_if_holds(new, claims_file, wanted)
        if parsed is None:
            raise FactcheckError("could not change the claims without changing others", path=rel)
    _write(root, rel, new)
    return parsed


def _write(root: Path, rel: str, text: str) -> None:
    try:
        atomic_write(root / rel, text)
    except OSError as exc:  # read-only folder, full disk: the old file is still whole
        raise FactcheckError(f"cannot write: {exc.strerror or exc}", path=rel) from None


def _parsed_if_holds(text: str, claims_file: ClaimsFile, wanted: list[Triple]) -> ClaimsFile | None:
    """``text`` parsed, if it holds exactly the ``wanted`` claims and the same file fields."""
    try:
        parsed = parse_claims(text, path=claims_file.path)
    except FactcheckError:
        return None
    same_fields = dataclasses.replace(parsed, claims=()) == dataclasses.replace(
        claims_file, claims=()
    )
    return parsed if same_fields and triples(parsed.claims) == wanted else None
