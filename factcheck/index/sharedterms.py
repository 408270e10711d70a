"""BM25 contributions of a batch's terms, computed once and shared by forked workers.

``DiskIndex.expect`` (called by matching before it forks its workers) plans here where the
contribution of every posting of every term the batch of claims uses goes: one float32
array (27M postings at a million passages, 108 MB, counted once), in a shared anonymous
memory map. No contribution is computed then: the parent's serial start stays short. A
term's passage numbers and counts are not copied either, but read in place from the
segments' maps (``contributions.stored_postings``), also after edits left several segments
and dead passages: the plan holds views, and copies only of the small segments' postings.
The array is filled in chunks of about ``CHUNK_POSTINGS`` by the processes that query the
index, each taking the next chunk not taken yet until none is left, when it first asks for
a planned term. Forked workers so split the work between them (it was 0.3-0.6 s of the
parent's time before the fork, with the second core idle); a process matching alone fills
it all on its first query, as the parent did before.

Every value is written by ``contributions_into`` (a dead passage's 0.0 aside), the
expression ``MemoryIndex`` uses, whichever process computes it: scores are the same bit
for bit. A term whose chunk another
process has taken but not finished is computed by the asking process for that query alone
(the same values), so no process ever waits for another.
"""

from __future__ import annotations

import mmap
import multiprocessing
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

import numpy as np

from factcheck.index.contributions import Piece, Stored, TermPostings, stored_contributions
from factcheck.index.segments import Array

if TYPE_CHECKING:  # imported when a lock is made: ``factcheck index`` never needs it
    from multiprocessing.synchronize import Lock

# A term's postings as stored (``contributions.stored_postings``), and its document frequency.
Hits = tuple[list[Stored], int]
# Postings per chunk: small enough that a worker done taking chunks computes few terms for
# itself while the other finishes its last one (20-40 ms), large enough that taking chunks
# costs nothing (27 at a million passages).
CHUNK_POSTINGS = 1_000_000
# Postings computed between two calls of ``read``: 24 MB of postings mapped at most.
RELEASE_EVERY = 4_000_000
# The lock is held for a few byte reads and writes. Held this long, its holder died (a
# worker killed while holding it): the others stop waiting and compute what they need for
# each query themselves, rather than hang.
LOCK_TIMEOUT = 5.0

# One planned piece of a term: (its postings, the term's idf weight, where its contributions go).
_Planned = tuple[Stored, float, Array]


class SharedTerms:
    """Where the contributions of a batch's terms go, and which of them are computed yet.

    ``found`` maps each planned term to its pieces (passage numbers, contributions) or
    None (no live passage has it); the contributions may be read only once
    ``ready(term)`` is True.
    """

    def __init__(
        self,
        terms: Sequence[str],
        *,
        hits: Callable[[str], Hits],
        weight: Callable[[int], float],
        norm: Array,
        budget: int,
        read: Callable[[], None] | None = None,
    ) -> None:
        """Plan ``terms`` in the order given (most used first) while their postings fit in
        ``budget``; the others are left out. ``read`` is called after every
        ``RELEASE_EVERY`` postings this process computed and when it is done: the caller
        may unmap the postings read so far (a term's postings are read once)."""
        self._norm = norm
        self._read = read
        self.found: dict[str, TermPostings | None] = {}
        planned: list[tuple[str, list[Stored], int]] = []
        total = 0
        for term in terms:
            stored, df = hits(term)
            if not df:
                self.found[term] = None
                continue
            size = len(stored[0].docs) if len(stored) == 1 else sum(len(p.docs) for p in stored)
            if total + size > budget:
                continue
            planned.append((term, stored, df))
            total += size
        if self._read is not None:
            # Small segments' postings were read to be joined, and dead passages looked up
            # in large ones: let those pages go before the workers fork.
            self._read()
        # In the order the postings lie in memory (in their file, for mapped ones): each
        # process reads its chunks in one sweep, and the pages ``read`` lets go of are not
        # needed again. The page cache may map a large block of a file at each fault, so in
        # any other order each term brought in megabytes around it.
        planned.sort(key=lambda p: int(p[1][0].docs.__array_interface__["data"][0]))
        # MAP_SHARED: what one worker writes, the others read (and the pages count once).
        self._map = mmap.mmap(-1, max(4 * total, 1))
        arena = np.frombuffer(self._map, dtype=np.float32, count=total)
        self._chunks: list[list[_Planned]] = []
        self._chunk_of: dict[str, int] = {}
        start = size = 0
        for term, stored, df in planned:
            if not self._chunks or size >= CHUNK_POSTINGS:
                self._chunks.append([])
                size = 0
            w = weight(df)
            pieces = []
            for piece in stored:  # a term's pieces in one chunk: ready together
                out = arena[start : start + len(piece.docs)]
                self._chunks[-1].append((piece, w, out))
                pieces.append(Piece(piece.docs, out, piece.base))
                start += len(piece.docs)
                size += len(piece.docs)
            self._chunk_of[term] = len(self._chunks) - 1
            self.found[term] = TermPostings(pieces, df)
        # Shared between processes: the next chunk to take, then one done flag per chunk;
        # read and written under ``_lock`` (whose acquire and release also order the
        # writes of the contributions before the flag that says they are there).
        self._state = mmap.mmap(-1, 8 + len(self._chunks))
        self._lock = _process_lock()
        self._done = bytearray(len(self._chunks))  # chunks this process knows are done
        self._pending = len(self._chunks)  # of those, not known done here yet
        self._abandoned = False  # the lock did not come: its holder died; wait no more

    @property
    def chunks(self) -> int:
        """How many chunks the planned terms were cut into."""
        return len(self._chunks)

    def ready(self, term: str) -> bool:
        """Whether ``found[term]``'s contributions may be read (True for a term not planned).

        The first time this process asks, it first computes chunks until none is left to
        take. False only while another process is still computing the term's chunk.
        """
        chunk = self._chunk_of.get(term)
        if chunk is None or self._done[chunk]:
            return True
        self.fill()
        if not self._done[chunk] and not self._abandoned:
            with self._locked() as locked:
                if locked:
                    self._see_done()
        return bool(self._done[chunk])

    def fill(self) -> None:
        """Compute chunks not taken by any process yet, until none is left."""
        computed = released = 0
        while self._pending and not self._abandoned:
            chunk = self._take()
            if chunk is None:
                break
            for piece, w, out in self._chunks[chunk]:
                stored_contributions(piece, weight=w, norm=self._norm, out=out)
                computed += len(out)
                if self._read is not None and computed - released >= RELEASE_EVERY:
                    self._read()
                    released = computed
            self._done[chunk] = 1  # computed here, whatever the others can be told
            self._pending -= 1
            with self._locked() as locked:
                if locked:
                    self._state[8 + chunk] = 1
                    self._see_done()
        if self._read is not None and computed > released:
            self._read()

    def _take(self) -> int | None:
        """The next chunk no process has taken (now this one's), or None."""
        with self._locked() as locked:
            taken = int.from_bytes(self._state[:8], "little")
            if not locked or taken >= len(self._chunks):
                return None
            self._state[:8] = (taken + 1).to_bytes(8, "little")
            return taken

    @contextmanager
    def _locked(self) -> Iterator[bool]:
        """Hold ``_lock`` if it comes within ``LOCK_TIMEOUT``; says whether it did. If it
        does not, this process never asks for it again."""
        locked = not self._abandoned and self._lock.acquire(timeout=LOCK_TIMEOUT)
        self._abandoned = not locked
        try:
            yield locked
        finally:
            if locked:
                self._lock.release()

    def _see_done(self) -> None:
        """Note the chunks finished by any process (called with ``_lock`` held)."""
        flags = self._state[8:]
        for chunk, flag in enumerate(flags):
            if flag and not self._done[chunk]:
                self._done[chunk] = 1
                self._pending -= 1


def _process_lock() -> Lock | threading.Lock:
    """A lock forked processes share (a semaphore). From the fork context where there is
    one: its semaphore is unlinked at once, where another start method's would be handed
    to a resource tracker process started for it (forkserver, Python 3.14's default).

    Where the system has no semaphores to give (a read-only /dev/shm, some sandboxes), a
    lock of this process's own: matching in one process needs no other, and the worker
    pool could not be started there either."""
    methods = multiprocessing.get_all_start_methods()
    try:
        return multiprocessing.get_context("fork" if "fork" in methods else None).Lock()
    except (OSError, ImportError):
        return threading.Lock()
