"""Giving freed memory back to the system promptly (glibc), for large index builds.

glibc serves a large allocation with its own memory map, returned to the system when
freed, but after the first such block is freed it raises that size threshold to the
block's size, up to 32 MB. From then on, blocks below it come from the heap, where freed
space is usually kept rather than returned. An index build receives its postings from
the workers as many arrays of a few megabytes, frees each part once merged, and would
otherwise hold the freed parts next to the merged copy: about 170 MB more at the peak of
a million-passage build. Fixing the threshold at 1 MB keeps every large array in its own
map. Elsewhere (macOS, musl, Windows) this does nothing.
"""

from __future__ import annotations

import sys

_M_MMAP_THRESHOLD = -3  # mallopt parameter number, from glibc's malloc.h
_THRESHOLD = 1 << 20

_done = False


def return_large_blocks_promptly() -> bool:
    """Make freed allocations of 1 MB or more go back to the system; True if it could."""
    global _done
    if _done:
        return True
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # here, not at the top: only large builds need it
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    _done = bool(mallopt(_M_MMAP_THRESHOLD, _THRESHOLD))
    return _done
