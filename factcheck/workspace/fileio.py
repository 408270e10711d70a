"""Files written whole and durably, and the UTC timestamps written into them.

A write goes to a temporary file in the same folder, is fsynced, then replaces
the target with ``os.replace``, so a crash leaves the old file or the new one,
never half of either. Verdicts, claims, sources, the index and the cache all write this way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import stat
import tempfile
from pathlib import Path


def utc_now() -> str:
    """The current time as UTC ISO 8601 with a Z, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _file_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


@functools.cache
def _umask() -> int:
    # Reading the umask means setting it; do it once, not while other threads create files.
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, whole.

    A path that exists and is not a regular file (``--out /dev/null``, a FIFO,
    ``/dev/stdout``) is written to directly: renaming over it would replace the device.
    """
    if path.exists() and not path.is_file():
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file 0600; a file kept in git should get the usual mode
        # (the existing file's, else what the umask gives a new file).
        os.chmod(tmp, _file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_folder(path.parent)  # make the rename itself durable


def remove_file(path: Path) -> None:
    """Remove ``path`` (a verdict file left with no entries), durably; absent is fine."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
