"""Finding and loading a workspace: claims, sources and settings.

Every loading problem becomes one WorkspaceError naming the file and, where
there is one, the line, so the CLI prints one line and exits 2.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import WorkspaceError
from factcheck.models import Claim, Source
from factcheck.settings import SETTINGS_FILE, Settings, load_settings
from factcheck.sources import SOURCE_SUFFIXES, read_source
from factcheck.yamlio import YamlDoc, parse_yaml

CLAIMS_DIR = "claims"
SOURCES_DIR = "sources"
VERDICTS_DIR = "verdicts"
CLAIM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
CLAIM_FIELDS = ("id", "text", "sources")
# url/published/author: where, when and by whom the document's claims appeared (ClaimReview
# itemReviewed.appearance); review_url: the page where the fact-check is published.
CLAIMS_FILE_FIELDS = ("document", "url", "published", "author", "review_url", "claims")
SOURCE_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\- ]*(/[A-Za-z0-9_][A-Za-z0-9_.\- ]*)*$")


@dataclass(frozen=True)
class ClaimsFile:
    """One ``claims/<name>.yaml`` file."""

    path: str  # workspace-relative, e.g. "claims/belarus.yaml"
    name: str  # "belarus": also the name of its verdict file
    document: str | None
    claims: tuple[Claim, ...]
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    author: str | None = None
    review_url: str | None = None

    @property
    def verdicts_path(self) -> str:
        return f"{VERDICTS_DIR}/{self.name}.yaml"


@dataclass(frozen=True)
class SkippedSource:
    """A source file left out on purpose, and why (one line, for a warning)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: skipped: {self.reason}"


@dataclass(frozen=True)
class Workspace:
    """A loaded workspace. Sources are keyed by id in file-name order."""

    root: Path
    claims_files: tuple[ClaimsFile, ...]
    sources: dict[str, Source] = field(compare=False)
    settings: Settings = field(default_factory=Settings)
    # Sources left out on purpose (over matching.max_source_mb): every command warns.
    skipped: tuple[SkippedSource, ...] = field(default=(), compare=False)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(claim for f in self.claims_files for claim in f.claims)

    def claim(self, claim_id: str) -> Claim | None:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        return None


def find_workspace(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` holding ``claims/``, ``sources/`` or settings.

    Found upward like git finds its repository; raises WorkspaceError if none is.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / SETTINGS_FILE).is_file() or (folder / CLAIMS_DIR).is_dir():
            return folder
    raise WorkspaceError(
        f"no workspace found in {here} or above (a workspace has a claims/ folder)"
    )


def relative_name(root: Path, path: Path) -> str:
    """``path`` relative to ``root`` with ``/``; a WorkspaceError for a name that is not UTF-8."""
    return _utf8_name(path.relative_to(root).as_posix())


def _utf8_name(rel: str) -> str:
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that are not UTF-8 in a file name cannot become an id, a YAML key or JSON.
        shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise WorkspaceError("the file name is not UTF-8; rename the file", path=shown) from None
    return rel


def _fail(doc: YamlDoc, path: str, message: str, *node: Any) -> WorkspaceError:
    return WorkspaceError(message, path=path, line=doc.line(*node))


def parse_claims(text: str, *, path: str) -> ClaimsFile:
    """Parse the text of one claims file (``path`` is workspace-relative, for messages)."""
    doc = parse_yaml(text, file=path)
    data = doc.data
    if data is None:
        raise WorkspaceError("empty claims file (expected a 'claims:' list)", path=path)
    if not isinstance(data, dict):
        raise _fail(doc, path, "a claims file must be a mapping with a 'claims:' list")
    for key in data:
        if key not in CLAIMS_FILE_FIELDS:
            known = ", ".join(CLAIMS_FILE_FIELDS)
            raise _fail(doc, path, f"unknown field {key!r} (known: {known})", key)
    document = data.get("document")
    if document is not None and not isinstance(document, str):
        raise _fail(doc, path, "'document' must be text", "document")
    about: dict[str, str | None] = {}
    for key in ("url", "published", "author", "review_url"):
        value = data.get(key)
        if isinstance(value, dt.date):  # YAML reads an unquoted 2022-12-29 as a date
            value = value.isoformat()[:10]
        if value is not None and not isinstance(value, str):
            raise _fail(doc, path, f"{key!r} must be text", key)
        about[key] = value
    raw_claims = data.get("claims")
    if raw_claims is None:
        raise _fail(doc, path, "missing 'claims:' list")
    if not isinstance(raw_claims, list):
        raise _fail(doc, path, "'claims' must be a list", "claims")
    claims: list[Claim] = []
    for i, item in enumerate(raw_claims):
        line = doc.line("claims", i) or 0
        if not isinstance(item, dict):
            raise _fail(doc, path, f"claim {i + 1} must be a mapping with id and text", "claims", i)
        for key in item:
            if key not in CLAIM_FIELDS:
                raise _fail(
                    doc,
                    path,
                    f"unknown claim field {key!r} (known: id, text, sources)",
                    "claims",
                    i,
                    key,
                )
        claim_id = item.get("id")
        if claim_id is None:
            raise _fail(doc, path, f"claim {i + 1} has no 'id'", "claims", i)
        if isinstance(claim_id, bool) or not isinstance(claim_id, (str, int)):
            raise _fail(doc, path, "claim id must be text", "claims", i, "id")
        claim_id = str(claim_id)
        if not CLAIM_ID.match(claim_id):
            raise _fail(
                doc,
                path,
                f"claim id {claim_id!r} may hold only letters, digits, - _ .",
                "claims",
                i,
                "id",
            )
        claim_text: Any = item.get("text")
        if claim_text is None:
            raise _fail(doc, path, f"claim {claim_id!r} has no 'text'", "claims", i)
        if not isinstance(claim_text, str) or not claim_text.strip():
            raise _fail(
                doc, path, f"claim {claim_id!r}: 'text' must be non-empty text", "claims", i, "text"
            )
        cited = item.get("sources") or []
        if isinstance(cited, str):
            cited = [cited]
        if not isinstance(cited, list) or not all(isinstance(s, str) for s in cited):
            raise _fail(
                doc,
                path,
                f"claim {claim_id!r}: 'sources' must be a list of source ids",
                "claims",
                i,
                "sources",
            )
        claims.append(
            Claim(
                id=claim_id,
                text=claim_text.strip(),
                file=path,
                line=line,
                sources=tuple(cited),
                document=document,
            )
        )
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return ClaimsFile(path=path, name=name, document=document, claims=tuple(claims), **about)


def _read_text(file: Path, rel: str) -> str:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise WorkspaceError(f"cannot read: {exc.strerror}", path=rel) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WorkspaceError(
            "not UTF-8 text", path=rel, line=data.count(b"\n", 0, exc.start) + 1
        ) from None


def load_claims(root: Path) -> tuple[ClaimsFile, ...]:
    """Load every ``claims/*.yaml``; claim ids must be unique across the workspace."""
    folder = root / CLAIMS_DIR
    if not folder.is_dir():
        return ()
    files: list[ClaimsFile] = []
    first_seen: dict[str, Claim] = {}
    for file in sorted(folder.iterdir()):
        if file.suffix not in (".yaml", ".yml") or not file.is_file():
            continue
        rel = relative_name(root, file)
        _ensure_inside(root, file, rel)
        claims_file = parse_claims(_read_text(file, rel), path=rel)
        for claim in claims_file.claims:
            earlier = first_seen.get(claim.id)
            if earlier is not None:
                raise WorkspaceError(
                    f"duplicate claim id {claim.id!r} (also {earlier.file}:{earlier.line})",
                    path=rel,
                    line=claim.line,
                )
            first_seen[claim.id] = claim
        files.append(claims_file)
    return tuple(files)


def _ensure_inside(root: Path, file: Path, rel: str) -> None:
    """Refuse a file that resolves outside the workspace (a symlink out, say)."""
    try:
        file.resolve().relative_to(root.resolve())
    except ValueError:
        raise WorkspaceError("links outside the workspace; refusing to read it", path=rel) from None


class _InsideCheck:
    """Refuses source files that resolve outside the workspace, resolving as little as it can.

    ``source_files`` walks without following linked folders, so only a linked file, or a
    link on the way to a folder it lists, can lead out: each folder is resolved once, and
    a file only when it is a link itself (a workspace of 10,000 sources would otherwise
    resolve every path component of every file).
    """

    def __init__(self, root: Path) -> None:
        self._root = root.resolve()
        self._folders: dict[Path, bool] = {}

    def __call__(self, file: Path, rel: str) -> None:
        inside = self._folders.get(file.parent)
        if inside is None:
            inside = self._folders[file.parent] = file.parent.resolve().is_relative_to(self._root)
        if inside and file.is_symlink():
            inside = file.resolve().is_relative_to(self._root)
        if not inside:
            raise WorkspaceError("links outside the workspace; refusing to read it", path=rel)


def source_files(root: Path) -> list[tuple[str, Path]]:
    """(source id, file) for every source under ``sources/``, in a stable order."""
    return [(source_id, file) for source_id, file, _ in _source_entries(root)]


def _source_entries(root: Path) -> list[tuple[str, Path, str]]:
    """(source id, file, name relative to ``root`` with ``/``) of every source file.

    Names are built from the walk's strings: a ``Path.relative_to`` per file costs more
    than reading a small file.
    """
    folder = root / SOURCES_DIR
    found: list[tuple[str, Path, str]] = []
    if not folder.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        inner = os.path.relpath(dirpath, folder)
        prefix = "" if inner == os.curdir else inner.replace(os.sep, "/") + "/"
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(SOURCE_SUFFIXES):
                continue
            rel = prefix + name
            found.append((rel.rsplit(".", 1)[0], Path(dirpath, name), f"{SOURCES_DIR}/{rel}"))
    return found


def validate_source_id(source_id: str) -> bool:
    """True when ``source_id`` is a relative path that stays inside ``sources/``."""
    if not source_id or source_id.startswith(("/", "\\")) or "\\" in source_id:
        return False
    if re.match(r"^[A-Za-z]:", source_id):
        return False
    parts = source_id.split("/")
    return all(part not in ("", ".", "..") for part in parts)


def too_large(file: Path, *, max_mb: float | None) -> str | None:
    """Why ``file`` is skipped as a source (over ``max_mb`` megabytes), or None."""
    if max_mb is None:
        return None
    try:
        size = file.stat().st_size
    except OSError:
        return None  # reading it will say what is wrong
    if size <= max_mb * 1_000_000:
        return None
    return f"{size / 1_000_000:.1f} MB is over matching.max_source_mb ({max_mb:g} MB)"


def load_sources(root: Path) -> dict[str, Source]:
    """Load every source under ``sources/``, keyed by id (path without extension)."""
    return load_sources_within(root, max_mb=None)[0]


def load_sources_within(
    root: Path, *, max_mb: float | None
) -> tuple[dict[str, Source], tuple[SkippedSource, ...]]:
    """Every source of at most ``max_mb`` megabytes, and those skipped for their size."""
    sources: dict[str, Source] = {}
    skipped: list[SkippedSource] = []
    ensure_inside = _InsideCheck(root)
    for source_id, file, name in _source_entries(root):
        rel = _utf8_name(name)
        ensure_inside(file, rel)
        reason = too_large(file, max_mb=max_mb)
        if reason is not None:
            skipped.append(SkippedSource(path=rel, reason=reason))
            continue
        if source_id in sources:
            raise WorkspaceError(
                f"two files give the source id {source_id!r} ({sources[source_id].path} and {rel})",
                path=rel,
            )
        sources[source_id] = read_source(file, source_id=source_id, path=rel)
    return sources, tuple(skipped)


def load_workspace(root: Path) -> Workspace:
    """Load a whole workspace. Raises WorkspaceError on the first problem found."""
    root = root.resolve()
    if not root.is_dir():
        raise WorkspaceError(f"not a folder: {root}")
    settings = load_settings(root)
    claims_files = load_claims(root)
    sources, skipped = load_sources_within(root, max_mb=settings.max_source_mb)
    if not any(f.claims for f in claims_files) and not sources:
        raise WorkspaceError(
            f"empty workspace: no claims in {CLAIMS_DIR}/ and no sources in {SOURCES_DIR}/",
            path=str(root),
        )
    for claims_file in claims_files:
        for claim in claims_file.claims:
            for cited in claim.sources:
                if not validate_source_id(cited):
                    raise WorkspaceError(
                        f"claim {claim.id!r} cites {cited!r}, which is not a source id "
                        f"(a path under {SOURCES_DIR}/ without extension)",
                        path=claim.file,
                        line=claim.line,
                    )
    return Workspace(
        root=root, claims_files=claims_files, sources=sources, settings=settings, skipped=skipped
    )
