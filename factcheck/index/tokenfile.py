"""Reading a segment's files without holding them in the process: the query side.

The matcher reads a few hundred bytes of ``tokens.npy`` here and there (a candidate's
terms), and every fault on a memory map brings in the 64 KB around it (the kernel's
fault-around, which ``MADV_RANDOM`` does not stop): through the map, two workers matching
1,000 claims at a million passages each held all 130 MB of tokens for 25,000 passages
read. ``Tokens`` reads them from the file instead. ``drop_pages`` unmaps what a process has
read whole and no longer needs, before it forks workers.
"""

from __future__ import annotations

import array
import mmap
import os
import weakref
from collections.abc import Iterable
from pathlib import Path

# tokens.npy holds int32 in this machine's byte order (``Segment`` checks the dtype on open).
_ITEM = 4


class Tokens:
    """A segment's ``tokens`` array, read a slice at a time with ``pread``."""

    def __init__(self, file: Path, *, at: int) -> None:
        self._file = file
        self._at = at  # where the array starts in the file (after the .npy header)
        # Opened now, with the segment's maps, not on the first read: ``factcheck index``
        # may compact and delete this segment's folder while a match or review still reads
        # it (as a map, an open file outlives its name), and match's forked workers inherit
        # the descriptor (``pread`` takes no shared offset, so they may all use it).
        self._fd = os.open(file, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)  # closed with the segment

    def between(self, first: int, last: int) -> array.array[int]:
        """The term numbers ``tokens[first:last]``, as the map would give them."""
        data = os.pread(self._fd, (last - first) * _ITEM, self._at + first * _ITEM)
        found = array.array("i", data)
        if len(found) != last - first:
            raise OSError(f"{self._file}: shorter than when opened")
        return found


def drop_pages(maps: dict[str, mmap.mmap], names: Iterable[str]) -> None:
    """Unmap the pages of these maps that this process has read: the page cache keeps them
    and the next read maps them again, so only this process's memory changes.

    For a process done with arrays it read whole (a million passages' ``tfs`` is 64 MB,
    ``docs`` 128 MB) before it forks workers that read little of them.
    """
    for name in names:
        mapped = maps.get(name)
        if mapped is not None and hasattr(mapped, "madvise"):  # not on Windows
            mapped.madvise(mmap.MADV_DONTNEED)
