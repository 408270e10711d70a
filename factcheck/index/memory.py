"""Giving freed memory back to the system promptly (glibc), for large index builds.

glibc serves a large allocation with its own memory map, returned to the system when
freed, but after the first such block is freed it raises that size threshold to the
block's size, up to 32 MB. From then on, blocks below it come from the heap, where freed
space is usually kept rather than returned. An index build receives its postings from
the workers as many arrays of a few megabytes, frees each part once merged, and would
otherwise hold the freed parts next to the merged copy: about 170 MB more at the peak of
a million-passage build. Fixing the threshold at 1 MB keeps every large array in its own
map. Elsewhere (macOS, musl, Windows) this does nothing.

A build's workers want the opposite (``reuse_freed_memory``): each tokenises chunk after
chunk, allocating and freeing the same arrays of a few megabytes each time, and every
block glibc maps or gives back is a fresh one the kernel must fault in and zero again.

``release_free_memory`` gives back, once, what the heap holds free at that moment: a
process about to fork workers would otherwise hand its freed temporaries to each of them.
"""

from __future__ import annotations

import sys
from typing import Any

_M_TRIM_THRESHOLD = -1  # mallopt parameter numbers, from glibc's malloc.h
_M_MMAP_THRESHOLD = -3
_THRESHOLD = 1 << 20
# The largest mmap threshold glibc accepts on 64-bit systems (HEAP_MAX_SIZE / 2), over the
# largest array a worker's chunk allocates.
_WORKER_MMAP_THRESHOLD = 32 << 20
# Free memory at the top of the heap kept rather than given back: more than a worker holds.
_WORKER_TRIM_THRESHOLD = 1 << 30

_done = False


def return_large_blocks_promptly() -> bool:
    """Make freed allocations of 1 MB or more go back to the system; True if it could."""
    global _done
    if _done:
        return True
    _done = _mallopt({_M_MMAP_THRESHOLD: _THRESHOLD})
    return _done


def reuse_freed_memory() -> bool:
    """In a build worker: keep freed memory for the next allocations instead of giving it
    back to the system (no block of up to 32 MB mapped alone, the heap never trimmed);
    True if it could. The worker's peak is unchanged: it frees what it allocated, and
    its memory goes back when it exits.

    A million-passage build's workers spent about a sixth of their CPU time in the kernel,
    faulting in and zeroing memory just given back; this took 80% of that.
    """
    return _mallopt(
        {_M_MMAP_THRESHOLD: _WORKER_MMAP_THRESHOLD, _M_TRIM_THRESHOLD: _WORKER_TRIM_THRESHOLD}
    )


def _mallopt(settings: dict[int, int]) -> bool:
    """glibc's ``mallopt`` for each (parameter, value); True if every one was taken."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = _libc().mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    return all([bool(mallopt(parameter, value)) for parameter, value in settings.items()])


def release_free_memory() -> bool:
    """Return the heap's free pages to the system now (glibc ``malloc_trim``); True if it could.

    Unlike ``return_large_blocks_promptly`` this changes nothing for later allocations (which
    stay as fast as before), so it suits the query side: opening a million-passage index
    frees about 70 MB of temporaries that glibc would otherwise keep mapped.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = _libc().malloc_trim
    except (OSError, AttributeError):  # not glibc
        return False
    trim(0)
    return True


def _libc() -> Any:
    """The C library, as ``ctypes`` loads it (raises OSError where it cannot).

    glibc's own name first: ``ctypes.util.find_library`` runs ``ldconfig -p`` in a child
    process, which ``factcheck match`` paid for on its serial start at a million passages
    (forking a 400 MB process); elsewhere (musl) the search as before.
    """
    import ctypes  # here, not at the top: only large indexes and builds need it

    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        import ctypes.util

        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
