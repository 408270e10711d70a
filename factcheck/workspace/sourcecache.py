"""The source fast path: what an earlier run learnt of each source file, kept in ``.factcheck/``.

Loading a workspace used to read, decode and hash every source on every run (at 10,000
sources, 1-2 s and the whole text in memory before any index work). This records, per
source file, its size, modification and change times (nanoseconds) and inode, with its
content hash, front matter and where its body starts. A file whose four stamps all match
its record is not read at all: its ``Source`` gets the recorded hash and metadata and reads
its text on first use (``Source.text``), checking it against the hash. Any other file is
read and hashed as before, and recorded.

What is trusted, as git trusts its index: a file whose size, mtime, ctime and inode are
unchanged has unchanged content. An edit changes the ctime even when the editor (or
``touch -d``) puts the mtime back, and only the system clock can set a ctime. The classic
hole is an edit within the timestamp granularity of the moment the record was taken
("racy git"): a file changed then could change again with the same stamps. So a file whose
mtime or ctime is within ``RACY_SECONDS`` of the clock when it is recorded is not recorded:
it is hashed again on the next run, and recorded once it has been quiet that long. The
record file is always safe to delete; a record that cannot be read, or is from another
version of the parsing code, is ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from stat import S_ISREG
from typing import Any, NamedTuple, cast

from factcheck.errors import WorkspaceError
from factcheck.workspace import sources as sources_module
from factcheck.workspace.fileio import atomic_write, read_file_bytes
from factcheck.workspace.models import Source, SourceMeta
from factcheck.workspace.sources import META_FIELDS, decode_source_bytes

RECORD_FILE = ".factcheck/sources.json"
RECORD_FORMAT = 1
# Coarser than any local filesystem's timestamps (FAT's 2 s included) and any clock skew
# between the kernel's file times and time.time().
RACY_SECONDS = 2.5

Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
# A record: the stamp, content hash, where the body starts, then META_FIELDS in order
# (SourceMeta's fields, in its order, so a record's tail is its positional arguments).
_RECORD_LENGTH = 6 + len(META_FIELDS)


def stamp_of(stat: os.stat_result) -> Stamp | None:
    """What must be unchanged for a file's record to be trusted; None for anything but a
    regular file (never recorded: reading one is refused)."""
    if not S_ISREG(stat.st_mode):
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


def _code_version() -> str:
    """Records hold what ``sources.parse_source`` found: a change to it drops them all."""
    digest = hashlib.sha256(f"{RECORD_FORMAT}\0".encode())
    digest.update(Path(sources_module.__file__).read_bytes())
    return digest.hexdigest()[:16]


class TextReader(NamedTuple):
    """Reads a source's text on first use and checks it is the text its hash names.

    A named tuple, not a dataclass: one is made per unchanged source on every run."""

    file: str | Path
    path: str  # workspace-relative, for messages
    content_hash: str
    size: int = 0  # the file's size in bytes when recorded: at least its length in characters
    stamp: Stamp | None = None  # the file's stamp when recorded (``stamp_of``)

    def __call__(self, *, changed_ok: bool = False) -> str:
        data = self._unchanged()
        if data is not None:
            # The file still has the stamp its record was trusted by when the workspace was
            # loaded (that trust is why this text was not read then), so it still has the
            # recorded content: hashing it again would only repeat that check. A matcher
            # reads a source for each passage it shows, 2-3 times per claim.
            return decode_source_bytes(data, path=self.path)[0]
        data = read_file_bytes(Path(self.file), rel=self.path)
        assert data is not None  # missing_ok is False
        text, utf8 = decode_source_bytes(data, path=self.path)
        if changed_ok:
            return text
        if "sha256:" + hashlib.sha256(utf8).hexdigest() != self.content_hash:
            raise WorkspaceError(
                "changed while factcheck was running; run the command again", path=self.path
            )
        return text

    def _unchanged(self) -> bytes | None:
        """The file's bytes when it still has the recorded stamp (checked before it is
        opened, as ``read_file_bytes`` checks a file is regular, on the open file, and after
        reading it); None otherwise, or on any error, for ``read_file_bytes`` to report."""
        if self.stamp is None:
            return None
        try:
            if stamp_of(os.stat(self.file)) != self.stamp:
                return None
            fd = os.open(self.file, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        except OSError:
            return None
        try:
            if stamp_of(os.fstat(fd)) != self.stamp:
                return None  # another file moved in between the two checks
            size = self.stamp[0]
            data = os.read(fd, size + 1)  # one byte more: a file grown since is not as recorded
            # And once more after the read: a file rewritten in place while it was read has
            # new times (a write sets them before its bytes can be read).
            if len(data) != size or stamp_of(os.fstat(fd)) != self.stamp:
                return None
            return data
        except OSError:
            return None
        finally:
            os.close(fd)


class SourceRecords:
    """The records of ``.factcheck/sources.json``: look up, add, and save when changed."""

    def __init__(self, root: Path, *, remember: bool = True) -> None:
        self._root = root
        self._remember = remember  # False: use records already there, never write any
        self._file = root / RECORD_FILE
        self._version = _code_version()
        self._records: dict[str, list[Any]] = {}
        self._seen: set[str] = set()
        self._changed = False
        # Files changed after this instant (less a margin) are too fresh to record.
        self._fresh_after = time.time_ns() - int(RACY_SECONDS * 1e9)
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            data = json.loads(self._file.read_bytes())
            if data.get("version") == self._version and isinstance(data["sources"], dict):
                self._records = data["sources"]

    def source(
        self, *, file: str | Path, source_id: str, path: str, stat: os.stat_result
    ) -> Source | None:
        """The source at ``file`` (``stat``: its ``os.stat``) from its record, text unread,
        if its stamp matches; else None."""
        self._seen.add(path)
        record = self._records.get(path)
        if not isinstance(record, list) or len(record) != _RECORD_LENGTH:
            return None
        if (
            record[0] != stat.st_size
            or record[1] != stat.st_mtime_ns
            or record[2] != stat.st_ctime_ns
            or record[3] != stat.st_ino
            or not S_ISREG(stat.st_mode)
        ):
            return None
        content_hash = record[4]
        stamp: Stamp = (record[0], record[1], record[2], record[3])
        return Source.unread(
            id=source_id,
            path=path,
            # mypy does not take this named tuple with a __call__ for a Callable: cast.
            read=cast("Callable[[], str]", TextReader(file, path, content_hash, record[0], stamp)),
            meta=SourceMeta.recorded(record[6:]),
            body_start=record[5],
            content_hash=content_hash,
        )

    def add(self, source: Source, *, file: str | Path, stat: os.stat_result) -> Source:
        """Record a source just read from ``file`` (``stat``: its ``os.stat`` from before the
        read), unless the file changed too recently to be trusted.

        Returns the source to keep: once recorded, one whose text is read again on first
        use, as the next run's would be, rather than held (at 10,000 sources the texts
        held at once were half of a first index build's peak memory); else ``source``."""
        self._seen.add(source.path)
        stamp = stamp_of(stat)
        if stamp is None or max(stamp[1], stamp[2]) >= self._fresh_after:
            # Not recorded. Its old record goes, but is no reason to rewrite the file (two
            # megabytes at 10,000 sources) right after an edit: stamps it no longer has,
            # the ctime above all, can never match again.
            self._records.pop(source.path, None)
            return source
        meta = source.meta
        self._records[source.path] = [
            *stamp,
            source.content_hash,
            source.body_start,
            *(getattr(meta, name) for name in META_FIELDS),
        ]
        self._changed = True
        return Source.unread(
            id=source.id,
            path=source.path,
            read=cast(
                "Callable[[], str]",
                TextReader(file, source.path, source.content_hash, stamp[0], stamp),
            ),
            meta=meta,
            body_start=source.body_start,
            content_hash=source.content_hash,
        )

    def save(self) -> None:
        """Write the records back when anything changed; quietly not when it cannot."""
        stale = set(self._records) - self._seen
        if not self._remember or not (self._changed or stale):
            return
        kept = {path: self._records[path] for path in sorted(self._seen) if path in self._records}
        folder = self._file.parent
        with contextlib.suppress(OSError):  # a read-only checkout just reads every file
            if folder.exists() and not folder.resolve().is_relative_to(self._root.resolve()):
                return  # a .factcheck/ linked out of the workspace is never written
            folder.mkdir(exist_ok=True)
            text = json.dumps({"version": self._version, "sources": kept}, separators=(",", ":"))
            atomic_write(self._file, text + "\n")


def text_size(source: Source) -> int:
    """``len(source.text)``, or for a text not read yet its file's size (never less): a
    measure of the work a source is, for sharing sources out to workers without reading them."""
    reader = source.__dict__.get("_read")
    if isinstance(reader, TextReader) and not source.text_loaded:
        return reader.size
    return len(source.text)


def read_source_text(source: Source, *, changed_ok: bool = False) -> str:
    """``source.text``; a text not read yet is read (and checked) without being kept in
    ``source``, so an index build that reads every source once does not hold them all.

    ``changed_ok``: the file's text as it is now, even when it no longer has the recorded
    hash (for a caller that read it before and checks itself what it needs unchanged)."""
    reader = source.__dict__.get("_read")
    if reader is not None and not source.text_loaded:
        text: str = (
            reader(changed_ok=True) if changed_ok and isinstance(reader, TextReader) else reader()
        )
        return text
    return source.text


def begins_as_loaded(source: Source, text: str) -> bool:
    """Whether ``text``, a source's text as it is now, begins with the text the workspace
    was loaded with (its file was only appended to since), as the source's record tells.
    False where no record tells (a source read at loading, or whose text it keeps)."""
    reader = source.__dict__.get("_read")
    if not isinstance(reader, TextReader) or source.text_loaded:
        return False
    data = text.encode("utf-8")
    # The recorded size counts a BOM, which the text and the recorded hash leave out.
    heads = {data[:size] for size in (reader.size, reader.size - 3) if size >= 0}
    hashes = ("sha256:" + hashlib.sha256(head).hexdigest() for head in heads)
    return reader.content_hash in hashes
