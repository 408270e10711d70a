"""The queue of claims whose evidence is still to be computed.

The matching worker (a thread) takes jobs from here; the UI (the event loop)
adds jobs and says which claim the reviewer is looking at, which jumps the
queue. A job carries the key it was computed for (claim text hash and the
dismissed passages), so a result that no longer fits is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.workspace import Claim


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
