"""The segment folders of the persistent index: writing, opening, merging and deleting them.

Used by ``disk``, which decides when: a new segment is written to ``seg-<id>.tmp`` and
renamed into place, so a reader never sees half of one.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcheck.index.checked import FileChecks, JustWritten
from factcheck.index.segmentmerge import StoredPart, Written, write_merged
from factcheck.index.segments import (
    CorruptIndex,
    Segment,
    SegmentData,
    SourceEntry,
    check_files,
)


def new_segment(folder: Path, write: Callable[[Path], Written]) -> dict[str, Any]:
    """Write a new segment folder with ``write`` (given the folder to create), atomically,
    and return its manifest entry."""
    name = f"seg-{uuid.uuid4().hex[:12]}"
    staging = folder / f"{name}.tmp"
    written = write(staging)
    os.rename(staging, folder / name)
    return {
        "name": name,
        "passages": written.passages,
        "files": written.files,
        "sources": [[e.id, e.hash, e.first, e.count] for e in written.sources],
        "dead": [],
    }


def open_segments(
    folder: Path, manifest: dict[str, Any], checked: FileChecks | None = None
) -> list[Segment]:
    """The segments ``manifest`` names, checked (``checked``: files known to be sound)."""
    opened = []
    for entry in manifest["segments"]:
        try:
            opened.append(
                Segment(
                    folder / entry["name"],
                    files=entry["files"],
                    passages=entry["passages"],
                    checked=checked,
                )
            )
        except (KeyError, TypeError) as exc:
            raise CorruptIndex(f"manifest entry malformed: {exc}") from None
    return opened


def check_segments(folder: Path, manifest: dict[str, Any], checked: FileChecks) -> None:
    """What ``open_segments`` checks of every segment's files (sizes and CRC-32s), without
    mapping their arrays: an update that neither searches nor compacts needs no more."""
    for entry in manifest["segments"]:
        try:
            check_files(folder / entry["name"], files=entry["files"], checked=checked)
        except (KeyError, TypeError, ValueError) as exc:
            raise CorruptIndex(f"manifest entry malformed: {exc}") from None


def open_written(folder: Path, entry: dict[str, Any]) -> Segment:
    """The segment ``new_segment`` has just written (its files are not read back)."""
    return open_segments(folder, {"segments": [entry]}, JustWritten())[0]


def compact(
    folder: Path, entries: list[dict[str, Any]], opened: list[Segment]
) -> tuple[list[dict[str, Any]], list[Segment]]:
    """Merge every segment's live sources into one new segment, from the stored postings."""
    parts: list[SegmentData | StoredPart] = []
    for entry, segment in zip(entries, opened, strict=True):
        stored = [SourceEntry(*row) for row in entry["sources"]]
        dead = set(entry["dead"])
        parts.append(segment.to_data(stored, [i for i in range(len(stored)) if i not in dead]))
    entry = new_segment(folder, lambda staging: write_merged(parts, staging))
    return [entry], [open_written(folder, entry)]


def collect_garbage(folder: Path, entries: list[dict[str, Any]]) -> None:
    """Delete segment folders the manifest no longer names (readers hold their own maps
    and open files: see ``Tokens``)."""
    keep = {e["name"] for e in entries}
    for child in folder.iterdir():
        if child.is_dir() and child.name.startswith("seg-") and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)
