"""Matching many claims on every core: claims are shared out among forked workers.

The parent opens the index first; forked workers inherit it (memory maps, source
texts and all) copy-on-write, so nothing large is pickled: only claim numbers go
out and each claim's evidence comes back. Memory stays bounded by the workers'
own scratch space, never a claims x passages matrix. Fork is used only where it
is safe (a POSIX process with no other threads, like ``factcheck match``);
otherwise the caller matches in-process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from factcheck.errors import FactcheckError
from factcheck.workspace import Claim

T = TypeVar("T")

# Below this many claims, starting workers costs more than it saves.
MIN_CLAIMS = 48
CHUNK = 8
# The workers' cyclic garbage collector runs after this many more objects made than freed
# (Python's default: 700). A worker's objects are freed by their counts as soon as a
# claim is done; the collector only walks the ones alive, over and over: 2% of the
# instructions of the stance's 5,000 calls of a 100k match (10,631 -> 10,415 M, callgrind;
# 10,000: 10,477 M). What it still finds, cycles, waits at most this many objects longer.
WORKER_GC_THRESHOLD = 50_000

# What the workers run, set by the parent just before it forks.
_job: dict[str, Any] = {}


def can_fork() -> bool:
    """True where forking workers is safe and useful: POSIX, several cores, no threads."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
    )


def _work(numbers: range) -> list[Any]:
    find: Callable[[Claim], Any] = _job["find"]
    claims: Sequence[Claim] = _job["claims"]
    return [find(claims[i]) for i in numbers]


def evidence_in_processes(
    *,
    claims: Sequence[Claim],
    find: Callable[[Claim], T],
    progress: Callable[[int, int], None] | None = None,
) -> list[T] | None:
    """``find(claim)`` for every claim, in claim order, across all cores.

    Returns None (the caller then runs ``find`` itself) when there are few claims,
    forking is not safe here or the system gives no semaphores for a pool (a read-only
    /dev/shm). What ``find`` returns is pickled back to this process: the smaller it is,
    the less this process works while the workers do. A worker that dies (killed, or out
    of memory) is a ``FactcheckError``, never a run that waits for it forever.
    """
    if len(claims) < MIN_CLAIMS or not can_fork():
        return None
    _job.update(find=find, claims=claims)
    chunks = [range(i, min(i + CHUNK, len(claims))) for i in range(0, len(claims), CHUNK)]
    results: list[T] = []
    # Objects alive now are never collected in the workers: without freezing, a worker's
    # garbage collector would touch (and so copy) every page of the parent's workspace.
    gc.freeze()
    threshold = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, *threshold[1:])  # the forked workers' own
    try:
        context = multiprocessing.get_context("fork")
        try:
            pool = ProcessPoolExecutor(os.cpu_count(), mp_context=context)
        except OSError:
            return None
        # With fork, the executor starts its workers before its own thread: no thread is
        # running when they fork. Results come back in claim order.
        with pool:
            try:
                for found in pool.map(_work, chunks):
                    results.extend(found)
                    if progress is not None:
                        progress(len(results), len(claims))
            except BrokenProcessPool as died:
                raise FactcheckError(
                    "a matching worker process died (killed, or out of memory?): "
                    "the run stopped; run it again"
                ) from died
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
        _job.clear()
    return results
