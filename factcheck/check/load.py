"""Loading a workspace for ``factcheck check``, one file at a time.

``load_workspace`` stops at the first problem, which suits commands that need
a whole workspace. ``check`` instead reads each claims, source and verdict
file on its own, turns a broken file into a finding (invalid YAML, schema
error, duplicate claim id) and still checks every other file.
Settings problems are not findings: they raise, and the CLI exits 2.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError, WorkspaceError
from factcheck.verdicts import VerdictFile, parse_verdicts
from factcheck.workspace import (
    CLAIMS_DIR,
    SOURCES_DIR,
    VERDICTS_DIR,
    Claim,
    ClaimsFile,
    InsideCheck,
    RefusedFile,
    Settings,
    SkippedSource,
    Source,
    SourceRecords,
    Workspace,
    decode_source_bytes,
    parse_claims,
    parse_source,
    read_file_bytes,
    read_file_text,
    relative_name,
    resolve_path,
    source_files,
    too_large,
    validate_source_id,
)

INVALID_YAML, SCHEMA_ERROR, DUPLICATE_ID = "FC007", "FC008", "FC006"


@dataclass(frozen=True)
class LoadProblem:
    """A file (or claim) that could not be loaded, as a rule code and a message."""

    code: str
    file: str
    line: int
    message: str
    claim_id: str | None = None


@dataclass
class CheckedWorkspace:
    """What loaded cleanly, and what did not."""

    workspace: Workspace
    problems: list[LoadProblem] = field(default_factory=list)
    broken_claims: set[str] = field(default_factory=set)  # names of unreadable claims files
    broken_sources: set[str] = field(default_factory=set)  # ids of unreadable sources
    skipped: list[SkippedSource] = field(default_factory=list)  # over matching.max_source_mb
    verdict_files: dict[str, VerdictFile] = field(default_factory=dict)  # by claims-file name


def _problem(code: str, exc: FactcheckError, fallback_path: str) -> LoadProblem:
    return LoadProblem(
        code=code, file=exc.path or fallback_path, line=exc.line or 1, message=exc.message
    )


def _read(path: Path, rel: str) -> str:
    """The text of a claims or verdict file; a RefusedFile (a FIFO, a symlink loop) stops the
    check with one line, anything else becomes a finding."""
    _ensure_inside(path, rel)
    try:
        return read_file_text(path, rel=rel)
    except RefusedFile:
        raise
    except WorkspaceError as exc:  # unreadable, not UTF-8: the file's own problem, FC007
        raise FactcheckError(exc.message, path=exc.path, line=exc.line) from None


def _ensure_inside(path: Path, rel: str) -> None:
    """Refuse a file that resolves outside the workspace (a symlink out, say)."""
    root = path.parents[len(Path(rel).parts) - 1]
    try:
        resolve_path(path, rel=rel).relative_to(root.resolve())
    except ValueError:
        raise FactcheckError("links outside the workspace; refusing to read it", path=rel) from None


def _code(exc: FactcheckError) -> str:
    """FC007 for YAML the reader refused, FC008 for YAML that does not fit the format.

    The YAML reader raises the base FactcheckError; the claims, verdict and
    source-schema checks raise WorkspaceError. Telling them apart by type saves
    parsing every file twice.
    """
    return SCHEMA_ERROR if isinstance(exc, WorkspaceError) else INVALID_YAML


def _parse_claims_file(root: Path, file: Path, out: CheckedWorkspace) -> ClaimsFile | None:
    rel = file.relative_to(root).as_posix()
    try:
        rel = relative_name(root, file)
        return parse_claims(_read(file, rel), path=rel)
    except RefusedFile:
        raise
    except FactcheckError as exc:
        out.problems.append(_problem(_code(exc), exc, rel))
        return None


def _valid_citations(claim: Claim, out: CheckedWorkspace) -> Claim:
    """The claim without citations that are not source ids at all (each one a finding)."""
    good = tuple(s for s in claim.sources if validate_source_id(s))
    for cited in claim.sources:
        if cited not in good:
            out.problems.append(
                LoadProblem(
                    SCHEMA_ERROR,
                    claim.file,
                    claim.line,
                    f"claim {claim.id!r} cites {cited!r}, which is not a source id "
                    f"(a path under {SOURCES_DIR}/ without extension)",
                    claim.id,
                )
            )
    if good == claim.sources:
        return claim
    return Claim(claim.id, claim.text, claim.file, claim.line, good, claim.document)


def _load_claims(root: Path, out: CheckedWorkspace) -> list[ClaimsFile]:
    folder = root / CLAIMS_DIR
    if not folder.is_dir():
        return []
    files: list[ClaimsFile] = []
    first_seen: dict[str, Claim] = {}
    for file in sorted(folder.iterdir()):
        if file.suffix not in (".yaml", ".yml") or file.is_dir():
            continue  # anything else named .yaml is read: a FIFO is refused, not skipped
        parsed = _parse_claims_file(root, file, out)
        if parsed is None:
            out.broken_claims.add(file.stem)
            continue
        claims = []
        for claim in parsed.claims:
            earlier = first_seen.setdefault(claim.id, claim)
            if earlier is not claim:
                out.problems.append(
                    LoadProblem(
                        DUPLICATE_ID,
                        claim.file,
                        claim.line,
                        f"duplicate claim id {claim.id!r} (also {earlier.file}:{earlier.line}): "
                        "give each claim its own id",
                        claim.id,
                    )
                )
            claims.append(_valid_citations(claim, out))
        files.append(ClaimsFile(parsed.path, parsed.name, parsed.document, tuple(claims)))
    return files


def _load_sources(root: Path, out: CheckedWorkspace, max_mb: float) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    ensure_inside = InsideCheck(root)
    records = SourceRecords(root)
    for source_id, file in source_files(root):
        try:
            rel = relative_name(root, file)
        except FactcheckError as exc:
            out.problems.append(_problem(SCHEMA_ERROR, exc, ""))
            continue
        if source_id in sources:
            out.problems.append(
                LoadProblem(
                    SCHEMA_ERROR,
                    rel,
                    1,
                    f"two files give the source id {source_id!r} "
                    f"({sources[source_id].path} and {rel}): rename one",
                )
            )
            continue
        try:
            stat: os.stat_result | None = os.stat(file)
        except OSError:
            stat = None  # reading it says what is wrong
        reason = too_large(file, max_mb=max_mb, size=None if stat is None else stat.st_size)
        if reason is not None:  # left out on purpose: a warning, and FC011 for claims citing it
            out.skipped.append(SkippedSource(path=rel, reason=reason, source_id=source_id))
            out.broken_sources.add(source_id)
            continue
        try:
            ensure_inside(file, rel)
            # Unchanged since a run recorded it: not read until its text is needed.
            known = (
                None
                if stat is None
                else records.source(file=file, source_id=source_id, path=rel, stat=stat)
            )
            if known is not None:
                sources[source_id] = known
                continue
            data = read_file_bytes(file, rel=rel)
            assert data is not None  # missing_ok is False
            text, utf8 = decode_source_bytes(data, path=rel)
        except RefusedFile:
            raise
        except FactcheckError as exc:
            out.problems.append(_problem(INVALID_YAML, exc, rel))
            out.broken_sources.add(source_id)
            continue
        try:
            sources[source_id] = parse_source(text, source_id=source_id, path=rel, utf8=utf8)
        except FactcheckError as exc:
            out.problems.append(_problem(_code(exc), exc, rel))
            out.broken_sources.add(source_id)
            continue
        if stat is not None:
            sources[source_id] = records.add(sources[source_id], file=file, stat=stat)
    records.save()
    return sources


def _load_verdicts(root: Path, names: set[str], out: CheckedWorkspace) -> None:
    folder = root / VERDICTS_DIR
    if folder.is_dir():
        names |= {f.stem for f in folder.iterdir() if f.suffix == ".yaml" and not f.is_dir()}
    for name in sorted(names):
        rel = f"{VERDICTS_DIR}/{name}.yaml"
        file = root / rel
        if not os.path.lexists(file) or file.is_dir():
            continue
        try:
            out.verdict_files[name] = parse_verdicts(_read(file, rel), path=rel)
        except RefusedFile:
            raise
        except FactcheckError as exc:
            out.problems.append(_problem(_code(exc), exc, rel))


def load_for_check(*, root: Path, settings: Settings) -> CheckedWorkspace:
    """Load every file of the workspace at ``root`` that loads; record the rest as problems."""
    root = root.resolve()
    out = CheckedWorkspace(workspace=Workspace(root=root, claims_files=(), sources={}))
    claims_files = _load_claims(root, out)
    sources = _load_sources(root, out, settings.max_source_mb)
    out.workspace = Workspace(
        root=root, claims_files=tuple(claims_files), sources=sources, settings=settings
    )
    _load_verdicts(root, {f.name for f in claims_files} | set(out.broken_claims), out)
    return out
