"""The queue of claims whose evidence is still to be computed, and what the workers need.

The matching worker (a thread) takes jobs from here; the UI (the event loop)
adds jobs and says which claim the reviewer is looking at, which jumps the
queue. A job carries the key it was computed for (claim text hash and the
dismissed passages), so a result that no longer fits is dropped.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from factcheck.errors import FactcheckError
from factcheck.workspace import Claim, Evidence, Workspace

if TYPE_CHECKING:  # numpy with it: imported by ``matching``, once the app has started
    from factcheck.index import CandidateIndex


class Matcher(Protocol):
    """The shape of ``factcheck.evidence.matching.find_evidence`` (tests may pass a fixed one)."""

    def __call__(
        self, *, claim: Claim, index: CandidateIndex, top_k: int, dismissed: Iterable[str]
    ) -> tuple[Evidence, ...]: ...


class IndexBuilder(Protocol):
    """The shape of ``factcheck.evidence.build_index``."""

    def __call__(self, *, workspace: Workspace) -> CandidateIndex: ...


def matching() -> tuple[IndexBuilder, Matcher]:
    """``build_index`` and ``find_evidence``, imported on first call: numpy, the index and
    the scorers are a good share of the review's start-up, and the app starts without them
    (the workers import them while the claims are being drawn)."""
    from factcheck.evidence import build_index, find_evidence

    return build_index, find_evidence


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker while ``sys.stderr`` is a real file.

    Building a large index shares the tokenising out to spawned processes when it runs in
    a thread, as the review's does; their first one starts the tracker, which hands it
    stderr's file descriptor. Inside the app stderr is Textual's print capture (fileno
    -1): the start failed, the index was never built and no evidence ever came.
    Started once per process (a no-op later), a small process that lives as long as we do.
    """
    if os.name != "posix":
        return  # no resource tracker there
    from multiprocessing import resource_tracker

    with contextlib.suppress(OSError, ValueError):  # then the build says what went wrong
        resource_tracker.ensure_running()


@dataclass(frozen=True)
class EvidenceJob:
    """Compute the evidence of ``claim`` leaving out the ``dismissed`` passages."""

    claim: Claim
    dismissed: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, tuple[str, ...]]:
        return (self.claim.id, self.claim.hash, self.dismissed)


class EvidenceQueue:
    """Jobs in claim order, with one claim given priority. Safe to share with a thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[str, EvidenceJob] = {}
        self._priority: str | None = None

    def add(self, jobs: Iterable[EvidenceJob]) -> None:
        """Queue jobs (a newer job for the same claim replaces the older one)."""
        with self._lock:
            for job in jobs:
                self._jobs.pop(job.claim.id, None)
                self._jobs[job.claim.id] = job

    def prefer(self, claim_id: str | None) -> None:
        """Compute this claim next, if it is queued."""
        with self._lock:
            self._priority = claim_id

    def take(self) -> EvidenceJob | None:
        """The next job (the preferred claim first, else the oldest), removed from the queue."""
        with self._lock:
            if self._priority is not None and self._priority in self._jobs:
                return self._jobs.pop(self._priority)
            for claim_id in self._jobs:
                return self._jobs.pop(claim_id)
            return None

    def __len__(self) -> int:
        with self._lock:
            return len(self._jobs)


def failure(exc: Exception) -> str:
    """What went wrong, for a notification: a user's error as the command line says it
    (file and line first), with what to do in the review; anything else as Python's repr."""
    if isinstance(exc, FactcheckError):
        return str(exc).replace("run the command again", "quit (q) and open the review again")
    return repr(exc)
