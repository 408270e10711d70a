"""The claims and verdicts of two revisions of a workspace, parsed for ``factcheck diff``.

Files come from git (``factcheck.diff.gitrev``) or, for the working tree, from
disk. Parsing YAML is what costs time, so a claims file whose text and whose
verdict file's text are the same at both revisions is not parsed unless it
mentions a changed claim's id: nothing about its own claims can have
changed. A large workspace with a small change is then quick to diff.
"""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.diff.gitrev import GitRepo, list_files, read_files
from factcheck.diff.model import Snapshot
from factcheck.errors import FactcheckError
from factcheck.verdicts import parse_verdicts
from factcheck.workspace import (
    CLAIMS_DIR,
    VERDICTS_DIR,
    Claim,
    Verdict,
    parse_claims,
    read_file_bytes,
)


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FactcheckError("not UTF-8 text", path=path, line=line) from None


def workspace_files(repo: GitRepo, commit: str | None, root: Path) -> dict[str, bytes]:
    """claims/*.yaml and verdicts/*.yaml (workspace-relative path -> bytes) at ``commit``.

    ``commit`` None means the working tree: the files on disk under ``root``.
    Like loading a workspace, only the files directly in each folder count.
    """
    if commit is None:
        listed = sorted(
            f"{folder}/{file.name}"
            for folder in (CLAIMS_DIR, VERDICTS_DIR)
            if (root / folder).is_dir()
            for file in (root / folder).iterdir()
            # Not is_file(): a FIFO or a dangling link named like a verdict file is refused
            # with one line when read below, never taken for an absent file.
            if not file.is_dir()
        )
    else:
        listed = list_files(repo, commit, folders=(CLAIMS_DIR, VERDICTS_DIR))
    wanted = []
    for rel in listed:
        name = rel.partition("/")[2]
        if "/" not in name and not name.startswith(".") and name.endswith((".yaml", ".yml")):
            wanted.append(rel)
    if commit is not None:
        return read_files(repo, commit, wanted)
    files: dict[str, bytes] = {}
    for rel in wanted:
        data = read_file_bytes(root / rel, rel=rel)
        assert data is not None  # not missing_ok: an absent file raises
        files[rel] = data
    return files


def parse_snapshot(files: dict[str, bytes], *, label: str | None) -> Snapshot:
    """Parse claims and verdict files; errors name ``<label>:<path>`` (label None: just path)."""
    claims: dict[str, Claim] = {}
    verdicts: dict[str, Verdict] = {}
    try:
        for rel, data in files.items():
            text = _decode(data, rel)
            if rel.startswith(f"{CLAIMS_DIR}/"):
                for claim in parse_claims(text, path=rel).claims:
                    earlier = claims.get(claim.id)
                    if earlier is not None:
                        raise FactcheckError(
                            f"duplicate claim id {claim.id!r} (also {earlier.file}:{earlier.line})",
                            path=rel,
                            line=claim.line,
                        )
                    claims[claim.id] = claim
            else:
                verdicts.update(parse_verdicts(text, path=rel).entries)
    except FactcheckError as exc:
        if label is None or not exc.path:
            raise
        raise FactcheckError(exc.message, path=f"{label}:{exc.path}", line=exc.line) from None
    return Snapshot(claims=claims, verdicts=verdicts)


_ID_TOKEN = re.compile(rb"[A-Za-z0-9][A-Za-z0-9_.\-]*")


def _stem(rel: str) -> str:
    """``claims/a.yaml`` and ``verdicts/a.yaml`` -> ``a``: the pair a claims file belongs to."""
    return rel.partition("/")[2].rsplit(".", 1)[0]


def unchanged_groups(base: dict[str, bytes], head: dict[str, bytes]) -> dict[str, set[str]]:
    """Claims/verdict file pairs (by name) that are byte for byte the same on both sides."""
    groups: dict[str, set[str]] = {}
    for rel in (*base, *head):
        groups.setdefault(_stem(rel), set()).add(rel)
    return {
        stem: paths
        for stem, paths in groups.items()
        if all(base.get(p) == head.get(p) for p in paths)
    }


def _loose_ids(base: Snapshot, head: Snapshot) -> set[bytes]:
    """Ids whose meaning could depend on a file left out.

    A claim added or removed could be a duplicate of (or its verdict could
    sit with) a claim in an unchanged file; a verdict without its claim, or a
    claim without its verdict, could have its other half there.
    """
    loose = set(base.claims) ^ set(head.claims)
    for snap in (base, head):
        loose |= set(snap.verdicts) - set(snap.claims)
        loose |= set(snap.claims) - set(snap.verdicts)
    return {claim_id.encode("utf-8") for claim_id in loose}


def load_snapshots(
    repo: GitRepo,
    *,
    root: Path,
    base: str | None,
    head: str | None,
    base_label: str,
    head_label: str,
) -> tuple[Snapshot, Snapshot]:
    """The claims and verdicts at commits ``base`` and ``head`` (None: the working tree).

    Only the claims and verdict files that differ between the two are parsed,
    plus any unchanged pair that mentions an id whose meaning could depend on
    it (see _loose_ids), until none does: the result is what parsing every
    file would give. A file that does not parse raises FactcheckError whose
    path reads ``<label>:<path>``, so the message says which revision is
    broken; an unchanged file that concerns no changed claim is not read.
    """
    all_base = workspace_files(repo, base, root)
    all_head = workspace_files(repo, head, root)
    labels = (base_label if base is not None else None, head_label if head is not None else None)
    skipped = unchanged_groups(all_base, all_head)
    tokens: dict[str, set[bytes]] = {}
    while True:
        left_out = {rel for paths in skipped.values() for rel in paths}
        base_snap = parse_snapshot(
            {rel: data for rel, data in all_base.items() if rel not in left_out}, label=labels[0]
        )
        head_snap = parse_snapshot(
            {rel: data for rel, data in all_head.items() if rel not in left_out}, label=labels[1]
        )
        loose = _loose_ids(base_snap, head_snap)
        # Ids are made of exactly these characters, so an id written anywhere in a
        # file is one whole token of it; a token that only looks like an id costs
        # reading one more file pair, never a wrong answer.
        needed = []
        for stem, paths in skipped.items():
            if stem not in tokens:
                tokens[stem] = {t for rel in paths for t in _ID_TOKEN.findall(all_base[rel])}
            if not loose.isdisjoint(tokens[stem]):
                needed.append(stem)
        if not needed:
            return base_snap, head_snap
        for stem in needed:
            del skipped[stem]
