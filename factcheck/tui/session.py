"""What the review screen works on: the workspace, the verdict store and the evidence found.

The app opens the workspace and runs the workers; the screen shows claims and
turns keys into changes. Both hold this one object, so the screen never reaches
into the app: it reads the workspace and store here, asks for a claim to be
matched next, and reports a failed write through the callback it was given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from factcheck.tui.history import History
from factcheck.tui.jobs import EvidenceJob, EvidenceQueue
from factcheck.verdicts import StoreWriteError, VerdictStore
from factcheck.workspace import Claim, Evidence, Workspace

if TYPE_CHECKING:  # numpy with it: the review starts without (see tui/jobs.py ``matching``)
    from factcheck.index import CandidateIndex

EvidenceKey = tuple[str, str, tuple[str, ...]]


@dataclass(frozen=True)
class ArchiveSource:
    """What a passage card and a pin need of an archive source: its title and its hash."""

    title: str
    content_hash: str


class ArchiveView(Protocol):
    """What the review needs of a newsroom archive (``factcheck review --archive``)."""

    def checked_before(self, claim_text: str) -> Sequence[Mapping[str, Any]]:
        """Earlier fact-checks of claims like this one, best first (match's JSON entries)."""
        ...

    def source(self, source_id: str) -> ArchiveSource | None:
        """An archive source (``archive:<id>``) by id, None for others."""
        ...


Earlier = tuple[Mapping[str, Any], ...]  # a claim's earlier fact-checks, best first

# Given the index once built, the archive behind it (None: no archive in use).
ArchiveLookup = Callable[["CandidateIndex"], "ArchiveView | None"]


class ReviewSession:
    """The open workspace, its verdicts, the evidence computed so far and what is queued.

    ``start_matching`` wakes the app's matching worker after jobs were queued;
    ``write_failed`` tells the app a verdict file could not be written (it retries).
    """

    def __init__(
        self,
        *,
        workspace: Workspace,
        store: VerdictStore,
        start_matching: Callable[[], None],
        write_failed: Callable[[StoreWriteError], None],
        config_dir: Path,
    ) -> None:
        self.workspace = workspace
        self.store = store
        self.index: CandidateIndex | None = None
        self.index_failure: str | None = None  # why the index could not be built, once it failed
        self.evidence: dict[str, tuple[EvidenceKey, tuple[Evidence, ...]]] = {}
        self.queue = EvidenceQueue()
        self.history = History()
        self.start_matching = start_matching
        self.write_failed = write_failed
        self.config_dir = config_dir  # the user's settings: keymap, theme, layout
        self.archive: ArchiveView | None = None
        self.checked_before: dict[str, Earlier] = {}
        self.archive_sources: dict[str, ArchiveSource] = {}  # of the evidence found so far

    def look_up_archive(self, claim: Claim, found: Iterable[Evidence]) -> Earlier:
        """The claim's earlier fact-checks, and the titles and hashes of its archive
        evidence's sources (a database round trip each: call it in a worker, not the event
        loop)."""
        if self.archive is None:
            return ()
        for evidence in found:
            source_id = evidence.passage.source_id
            if source_id not in self.archive_sources:
                source = self.archive.source(source_id)
                if source is not None:
                    self.archive_sources[source_id] = source
        return tuple(self.archive.checked_before(claim.text))

    def archive_titles(self) -> dict[str, str]:
        """Archive source id -> title, for the passage cards."""
        return {source_id: s.title for source_id, s in self.archive_sources.items()}

    def job(self, claim: Claim) -> EvidenceJob:
        """The matching job for a claim as it is now (its text and dismissed passages)."""
        dismissed = tuple(sorted(set(self.store.get(claim.id).dismissed)))
        return EvidenceJob(claim=claim, dismissed=dismissed)

    def evidence_for(self, claim: Claim) -> tuple[Evidence, ...] | None:
        """The claim's evidence if computed (perhaps before a dismissal), else None."""
        cached = self.evidence.get(claim.id)
        return None if cached is None else cached[1]

    def prefer(self, claim: Claim) -> None:
        """Match this claim next (the reviewer is looking at it)."""
        self.queue.prefer(claim.id)

    def rematch(self, claims: Iterable[Claim]) -> None:
        """Queue claims for matching again (their text or dismissals changed)."""
        if self.index is None:
            return  # everything is queued once the index is built
        jobs = [self.job(claim) for claim in claims]
        if jobs:
            self.queue.add(jobs)
            self.start_matching()

    def refresh_evidence(self, claim_ids: Iterable[str]) -> None:
        """Re-match claims whose dismissed passages changed since their evidence was found."""
        stale = []
        for claim_id in claim_ids:
            claim = self.workspace.claim(claim_id)
            cached = self.evidence.get(claim_id)
            if claim is not None and cached is not None and cached[0] != self.job(claim).key:
                stale.append(claim)
        self.rematch(stale)

    def forget(self, claim_ids: Iterable[str]) -> None:
        """Drop evidence found for texts these claims no longer have."""
        for claim_id in claim_ids:
            self.evidence.pop(claim_id, None)

    @property
    def matching_progress(self) -> tuple[int, int] | None:
        """(claims matched, claims) once the index is built, else None."""
        if self.index is None:
            return None
        return len(self.evidence), len(self.workspace.claims)
