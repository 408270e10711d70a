"""Finding and loading a workspace: claims, sources and settings.

Every loading problem becomes one WorkspaceError naming the file and, where
there is one, the line, so the CLI prints one line and exits 2.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import WorkspaceError
from factcheck.workspace.dates import check_date
from factcheck.workspace.fileio import read_file_text
from factcheck.workspace.models import Claim, Source
from factcheck.workspace.settings import SETTINGS_FILE, Settings, load_settings
from factcheck.workspace.sourcefiles import (
    SOURCES_DIR,
    SkippedSource,
    ensure_inside,
    load_sources_within,
    relative_name,
    validate_source_id,
)
from factcheck.workspace.yamlio import YamlDoc, parse_yaml

CLAIMS_DIR = "claims"
VERDICTS_DIR = "verdicts"
CLAIM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
CLAIM_FIELDS = ("id", "text", "sources")
# url/published/author: where, when and by whom the document's claims appeared (ClaimReview
# itemReviewed.appearance); review_url: the page where the fact-check is published.
CLAIMS_FILE_FIELDS = ("document", "url", "published", "author", "review_url", "claims")


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
        if key == "published" and value is not None:
            check_date(value, field=key, path=path, line=doc.line(key))
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


def load_claims(root: Path) -> tuple[ClaimsFile, ...]:
    """Load every ``claims/*.yaml``; claim ids must be unique across the workspace."""
    folder = root / CLAIMS_DIR
    if not folder.is_dir():
        return ()
    files: list[ClaimsFile] = []
    first_seen: dict[str, Claim] = {}
    for file in sorted(folder.iterdir()):
        if file.suffix not in (".yaml", ".yml") or file.is_dir():
            continue  # anything else named .yaml is read: a FIFO is refused, not skipped
        rel = relative_name(root, file)
        ensure_inside(root, file, rel)
        claims_file = parse_claims(read_file_text(file, rel=rel), path=rel)
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


def load_workspace(
    root: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    claims: bool = True,
) -> Workspace:
    """Load a whole workspace. Raises WorkspaceError on the first problem found.

    ``progress(done, total)`` follows the reading of the sources. ``claims=False`` loads
    the settings and sources only (``factcheck index``: the claims files of a large
    workspace are a tenth of a second of YAML it has no use for); the workspace then has
    no claims files, and claims are read only to say that a workspace without sources is
    empty.
    """
    root = root.resolve()
    if not root.is_dir():
        raise WorkspaceError(f"not a folder: {root}")
    settings = load_settings(root)
    claims_files = load_claims(root) if claims else ()
    sources, skipped = load_sources_within(root, max_mb=settings.max_source_mb, progress=progress)
    if not claims and not sources:
        claims_files = load_claims(root)
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
