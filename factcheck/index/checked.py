"""Segment files already checked against their CRC-32, remembered by their file stamps.

Every open of the index used to read every segment file whole to check its CRC-32
against the manifest: at a million passages that is 370 MB and about 0.2 s, on every
``match``, ``check`` and ``index``. ``checked.json`` beside the manifest records, per
file, the stamp it had (size, mtime and ctime in nanoseconds, inode) when its CRC was
last found right. A file whose stamp is unchanged and whose recorded CRC is the one the
manifest asks for is not read again. This is what ``workspace.sourcecache`` trusts for
sources, and git for its index: rewriting a file, or truncating it, changes its ctime,
which only the system clock can set.

The "racy" case is closed the same way: a file changed within ``RACY_SECONDS`` of the
moment it would be recorded is not recorded, so it is read again next time. A file that
fails its check is never recorded. The record is always safe to delete.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from stat import S_ISREG
from typing import Any, Protocol

from factcheck.workspace import atomic_write

CHECKED_FILE = "checked.json"
# As in workspace.sourcecache: coarser than any local filesystem's timestamps.
RACY_SECONDS = 2.5


class FileChecks(Protocol):
    """What ``segments.Segment`` asks before reading a file to check its CRC-32."""

    def known_good(self, key: str, stat: os.stat_result, crc: int) -> bool: ...

    def add(self, key: str, stat: os.stat_result, crc: int) -> None: ...


class JustWritten:
    """A segment this process has just written: its CRCs were computed from the very bytes
    it wrote (``segments.save_array``), so reading them back would only repeat that."""

    def known_good(self, key: str, stat: os.stat_result, crc: int) -> bool:
        return True

    def add(self, key: str, stat: os.stat_result, crc: int) -> None:
        return None


class CheckedFiles:
    """The CRC checks ``checked.json`` remembers: look up, add, and save when changed."""

    def __init__(self, folder: Path, *, remember: bool = True) -> None:
        self._file = folder / CHECKED_FILE
        self._remember = remember
        self._records: dict[str, list[int]] = {}
        self._changed = False
        self._fresh_after = time.time_ns() - int(RACY_SECONDS * 1e9)
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            data: Any = json.loads(self._file.read_bytes())
            if isinstance(data, dict):
                self._records = data

    def known_good(self, key: str, stat: os.stat_result, crc: int) -> bool:
        """True when the file ``key`` (``stat``: its ``os.stat``) was found to have ``crc``
        with this very stamp."""
        record = self._records.get(key)
        return (
            isinstance(record, list)
            and S_ISREG(stat.st_mode)
            and record == [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, crc]
        )

    def add(self, key: str, stat: os.stat_result, crc: int) -> None:
        """Remember that the file ``key`` had ``crc`` when it had ``stat`` (taken before it
        was read), unless it changed too recently to be trusted."""
        fresh = max(stat.st_mtime_ns, stat.st_ctime_ns) >= self._fresh_after
        if fresh or not S_ISREG(stat.st_mode):
            return
        self._records[key] = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, crc]
        self._changed = True

    def save(self, keep: set[str]) -> None:
        """Write the records of the files in ``keep`` back, when anything changed; quietly
        not when it cannot (a read-only folder just checks every file every time)."""
        stale = set(self._records) - keep
        if not self._remember or not (self._changed or stale):
            return
        kept = {key: self._records[key] for key in sorted(keep) if key in self._records}
        with contextlib.suppress(OSError):
            atomic_write(self._file, json.dumps(kept, separators=(",", ":")) + "\n")
