"""Editing a source the way an editor who keeps file times does, for the fast-path tests."""

from __future__ import annotations

import os
import time
from pathlib import Path


def same_size_edit(file: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` (same length) and put the modification time back."""
    assert len(old) == len(new)
    before = file.stat()
    time.sleep(0.02)  # a later ctime tick: the only stamp an edit cannot put back
    file.write_text(file.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = file.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
