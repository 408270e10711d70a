"""Bringing a file into ``sources/``: import it, write text with front matter, notice changes.

The written source keeps ``original`` (the file's name) and ``original_sha256``
(a hash of its bytes), so adding the same file again says whether it changed.
A changed original is not written over silently: verdicts cite character
offsets into the source, and new text would move them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.importers.formats import Imported
from factcheck.importers.read import import_file, read_bytes
from factcheck.workspace import (
    SOURCE_ID,
    SOURCE_SUFFIXES,
    SOURCES_DIR,
    atomic_write,
    decode_source,
    dump_yaml,
    front_matter,
    utc_now,
    validate_source_id,
)

FRONT_MATTER_ORDER = (
    "title",
    "url",
    "publisher",
    "published",
    "author",
    "archived_url",
    "original",
    "original_sha256",
    "format",
    "pages",
    "added",
)


class Outcome(StrEnum):
    """What adding one file did."""

    ADDED = "added"
    REPLACED = "replaced"  # --force over a changed or different source
    UNCHANGED = "unchanged"  # added before from the same bytes
    CHANGED = "changed since added"  # the original changed; not written without --force


@dataclass(frozen=True)
class AddResult:
    outcome: Outcome
    source_id: str
    path: str  # workspace-relative path of the source file
    imported: Imported | None = None
    previous_sha256: str | None = None


def slug(name: str) -> str:
    """A source id from a file name: lower case, words joined by hyphens."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    return "-".join(words)[:80] or "source"


def source_id_for(file: Path, *, explicit: str | None) -> str:
    """The id for ``file``: ``explicit`` if given (checked), else the slug of its name."""
    source_id = explicit if explicit is not None else slug(file.stem)
    for suffix in SOURCE_SUFFIXES:
        if source_id.endswith(suffix) and len(source_id) > len(suffix):
            source_id = source_id[: -len(suffix)]  # "--id news/belarus.txt" means news/belarus
            break
    if not validate_source_id(source_id) or not SOURCE_ID.match(source_id):
        raise FactcheckError(
            f"{source_id!r} is not a usable source id (letters, digits, - _ . and / between "
            f"folders; it must stay inside {SOURCES_DIR}/)"
        )
    return source_id


def render_source(imported: Imported, *, original: Path, sha256: str, added: str) -> str:
    """The source file's text: front matter in a fixed order, then the imported text."""
    fields: dict[str, Any] = {
        "title": imported.title or _title_from(original),
        "url": imported.url,
        "publisher": imported.publisher,
        "published": imported.published,
        "author": imported.author,
        "archived_url": imported.archived_url,
        "original": original.name,
        "original_sha256": sha256,
        "format": imported.format,
        "pages": imported.pages,
        "added": added,
    }
    ordered = {k: fields[k] for k in FRONT_MATTER_ORDER if fields[k] is not None}
    return "---\n" + dump_yaml(ordered) + "---\n" + imported.text


def _title_from(file: Path) -> str:
    words = " ".join(re.split(r"[-_ ]+", file.stem)).strip()
    return words[:1].upper() + words[1:] if words else file.name


def _existing(root: Path, source_id: str) -> list[Path]:
    folder = root / SOURCES_DIR
    return [
        folder / f"{source_id}{suffix}"
        for suffix in SOURCE_SUFFIXES
        if (folder / f"{source_id}{suffix}").is_file()
    ]


def add_source(
    *, root: Path, file: Path, source_id: str, force: bool = False, now: str | None = None
) -> AddResult:
    """Import ``file`` into ``root/sources/<source_id>.txt`` (``.md`` for Markdown).

    Re-adding the same bytes is UNCHANGED (``force`` imports them again); a changed
    original is CHANGED and left as it was unless ``force``; a different existing
    source with that id is an error unless ``force``. Every problem is one
    FactcheckError naming the file.
    """
    data = read_bytes(file)
    sha256 = hashlib.sha256(data).hexdigest()
    existing = _existing(root, source_id)
    previous: str | None = None
    if existing:
        rel_existing = existing[0].relative_to(root).as_posix()
        fields = _fields(existing[0], rel_existing)
        previous = fields.get("original_sha256")
        if file.resolve() == existing[0].resolve():
            raise FactcheckError(f"is already the source {source_id!r}", path=str(file))
        if previous == sha256 and not force:  # --force imports again (a newer importer)
            return AddResult(Outcome.UNCHANGED, source_id, rel_existing, None, previous)
        same_original = fields.get("original") == file.name
        if not force:
            if same_original:
                return AddResult(Outcome.CHANGED, source_id, rel_existing, None, previous)
            raise FactcheckError(
                f"source id {source_id!r} is taken by {rel_existing}, which was not added from "
                "this file; choose another --id, or --force to replace it",
                path=str(file),
            )
    imported = import_file(file, data=data)
    suffix = ".md" if imported.format == "markdown" else ".txt"
    target = root / SOURCES_DIR / f"{source_id}{suffix}"
    _ensure_inside(root, target)
    text = render_source(imported, original=file, sha256=sha256, added=now or utc_now())
    try:
        atomic_write(target, text)
    except OSError as exc:  # a full disk, a folder that is a file: nothing half-written
        rel = target.relative_to(root).as_posix()
        raise FactcheckError(f"cannot write: {exc.strerror}", path=rel) from None
    for old in existing:
        if old != target:
            old.unlink()  # one file per id: the workspace refuses two
    outcome = Outcome.REPLACED if existing else Outcome.ADDED
    rel = target.relative_to(root).as_posix()
    return AddResult(outcome, source_id, rel, imported, previous)


def _fields(path: Path, rel: str) -> dict[str, str]:
    try:
        text = decode_source(path.read_bytes(), path=rel)
    except OSError as exc:
        raise FactcheckError(f"cannot read: {exc.strerror}", path=rel) from None
    return front_matter(text, path=rel)[0]


def _ensure_inside(root: Path, target: Path) -> None:
    folder = (root / SOURCES_DIR).resolve()
    try:
        target.parent.resolve().relative_to(folder)
    except ValueError:
        raise FactcheckError(
            f"{target} would be outside {SOURCES_DIR}/; refusing to write it"
        ) from None
