"""Files written whole and durably, and the UTC timestamps written into them.

A write goes to a temporary file in the same folder, is fsynced, then replaces
the target with ``os.replace``, so a crash leaves the old file or the new one,
never half of either. Verdicts, claims, sources, the index and the cache all write this way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import os
import stat
import tempfile
from pathlib import Path

from factcheck.errors import WorkspaceError


class RefusedFile(WorkspaceError):
    """A path that must never be read: a FIFO, socket or device, or a symlink loop.

    ``check`` turns a file it cannot parse into a finding, but these stop every command
    (one line, exit 2): they are not a file anyone wrote wrongly, and opening one can hang.
    """


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_file_bytes(path: Path, *, rel: str, missing_ok: bool = False) -> bytes | None:
    """The bytes of the regular file ``path`` (``rel`` names it in messages).

    The one place that decides what may be read: a FIFO, socket or device is refused
    without being opened (opening a FIFO for reading waits for a writer, forever), a
    symlink loop is one line like a dangling link. The file is opened non-blocking and
    checked again, so one swapped in after the check cannot hang the reader either.
    Returns None for an absent file when ``missing_ok``; raises WorkspaceError otherwise.
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise RefusedFile(f"{_kind(mode)}, not a regular file; refusing to read it", path=rel)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        if missing_ok and not os.path.islink(path):
            return None
        what = "a dangling link" if os.path.islink(path) else "no such file"
        raise WorkspaceError(f"cannot read: {what}", path=rel) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RefusedFile("a symlink loop; refusing to read it", path=rel) from None
        raise WorkspaceError(f"cannot read: {exc.strerror or exc}", path=rel) from None
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise RefusedFile(f"{_kind(mode)}, not a regular file; refusing to read it", path=rel)
        try:
            return handle.read()
        except OSError as exc:
            raise WorkspaceError(f"cannot read: {exc.strerror or exc}", path=rel) from None


def read_file_text(path: Path, *, rel: str) -> str:
    """The UTF-8 text of the regular file ``path`` (a BOM is dropped); see ``read_file_bytes``."""
    data = read_file_bytes(path, rel=rel)
    assert data is not None  # missing_ok is False
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise WorkspaceError("not UTF-8 text", path=rel, line=line) from None


def resolve_path(path: Path, *, rel: str) -> Path:
    """``path.resolve()``, with a symlink loop refused in one line (Python raises
    RuntimeError or OSError for one, depending on the version)."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        raise RefusedFile("a symlink loop; refusing to read it", path=rel) from None


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


STATE_DIR = ".factcheck"
_WORKSPACE_MARKS = ("claims", "sources", "verdicts", "factcheck.yaml")
# As ruff's cache does: the folder ignores itself, so a new workspace never shows it untracked
# and nobody has to add it to their .gitignore.
STATE_GITIGNORE = "# Automatically created by factcheck: caches and the index, safe to delete.\n*\n"


def make_folder(folder: Path) -> None:
    """Create ``folder`` and its parents; a ``.factcheck/`` among them gets its ``.gitignore``.

    Every folder factcheck makes inside a workspace goes through here, so whichever
    command first creates ``.factcheck/`` (check's cache, the index, a verdict lock)
    leaves it ignored by git. Failing to write the ``.gitignore`` is not an error.
    """
    folder.mkdir(parents=True, exist_ok=True)
    state = next((f for f in (folder, *folder.parents) if f.name == STATE_DIR), None)
    if state is None:
        return
    ignore = state / ".gitignore"
    if ignore.exists() or ignore.is_symlink():
        return
    if not any((state.parent / name).exists() for name in _WORKSPACE_MARKS):
        return  # a folder that happens to be called .factcheck, not a workspace's own
    # FileExistsError: another process wrote it first; any other error: it is only a nicety.
    with contextlib.suppress(OSError), open(ignore, "x", encoding="utf-8") as handle:
        handle.write(STATE_GITIGNORE)


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, whole.

    A path that exists and is not a regular file (``--out /dev/null``, a FIFO,
    ``/dev/stdout``) is written to directly: renaming over it would replace the device.
    """
    if path.exists() and not path.is_file():
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        return
    make_folder(path.parent)
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
