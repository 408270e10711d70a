"""The stored index used as it is, without writing: for a ``.factcheck/`` that cannot be
written (a read-only checkout), when the index there matches every source."""

from __future__ import annotations

from pathlib import Path

from factcheck.index.checked import CheckedFiles
from factcheck.index.layout import Layout
from factcheck.index.manifest import load_manifest
from factcheck.index.search import DiskIndex
from factcheck.index.segmentfiles import open_segments
from factcheck.index.segments import CorruptIndex
from factcheck.workspace import Workspace


def read_only_index(folder: Path, workspace: Workspace) -> DiskIndex | None:
    """The stored index as it is, when it is sound and matches every source; else None."""
    try:
        if not folder.resolve().is_relative_to(workspace.root.resolve()):
            return None
        manifest = load_manifest(folder)
        entries = manifest["segments"]
        stored = {
            row[0]: row[1]
            for entry in entries
            for i, row in enumerate(entry["sources"])
            if i not in set(entry["dead"])
        }
        current = {sid: source.content_hash for sid, source in workspace.sources.items()}
        if stored != current:
            return None
        return DiskIndex(
            Layout.from_segments(
                open_segments(folder, manifest, CheckedFiles(folder, remember=False)),
                entries,
                workspace.sources,
            )
        )
    except (OSError, CorruptIndex, KeyError, TypeError, ValueError):
        return None
