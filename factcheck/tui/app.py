"""The review app: loads the workspace and matches evidence in workers, owns the store.

Loading, indexing and matching run in thread workers so the screen is usable
at once; the claim the reviewer is looking at is matched first and every
result is checked against what it was computed for before it is shown.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar, Protocol

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import get_current_worker

from factcheck.errors import FactcheckError
from factcheck.evidence import build_index, find_evidence
from factcheck.index import CandidateIndex
from factcheck.tui.commands import ReviewCommands
from factcheck.tui.jobs import EvidenceJob, EvidenceQueue
from factcheck.tui.screens.loading import LoadingScreen
from factcheck.tui.screens.review import ReviewScreen
from factcheck.verdicts import ConflictError, StoreWriteError, VerdictStore, default_reviewer
from factcheck.workspace import VERDICTS_DIR, Claim, Evidence, Workspace, load_workspace

RETRY_SECONDS = 5.0


class Matcher(Protocol):
    """The shape of ``factcheck.evidence.matching.find_evidence`` (tests may pass a fixed one)."""

    def __call__(
        self, *, claim: Claim, index: CandidateIndex, top_k: int, dismissed: Iterable[str]
    ) -> tuple[Evidence, ...]: ...


class ReviewApp(App[int]):
    """``factcheck review``: decide verdicts with the evidence side by side."""

    CSS_PATH = "app.tcss"
    TITLE = "factcheck review"
    COMMANDS = App.COMMANDS | {ReviewCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-normal"), (180, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit")
    ]

    def __init__(
        self,
        *,
        workspace_root: Path,
        reviewer: str | None = None,
        poll_interval: float | None = 2.0,
        matcher: Matcher = find_evidence,
    ) -> None:
        super().__init__()
        self.matcher = matcher
        self.workspace_root = workspace_root
        self.explicit_reviewer = reviewer
        self.poll_interval = poll_interval
        self.error: FactcheckError | None = None
        # Set on the event loop once the load worker is done:
        self.workspace: Workspace
        self.store: VerdictStore
        self.index: CandidateIndex | None = None
        self.evidence: dict[str, tuple[tuple[str, str, tuple[str, ...]], tuple[Evidence, ...]]] = {}
        self.queue = EvidenceQueue()
        self._matching = False
        self._retrying = False
        self._verdicts_seen: object = None

    # --- loading -------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.push_screen(LoadingScreen(f"Opening {self.workspace_root} …"))
        self.load()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        """Load the workspace and the verdicts (in a thread), then show them."""
        try:
            workspace = load_workspace(self.workspace_root)
            name = default_reviewer(
                explicit=self.explicit_reviewer, settings=workspace.settings, cwd=workspace.root
            )
            store = VerdictStore.open(workspace=workspace, reviewer=name)
        except FactcheckError as exc:
            self.call_from_thread(self.load_failed, exc)
            return
        except OSError as exc:
            error = FactcheckError(f"cannot open the workspace: {exc}")
            self.call_from_thread(self.load_failed, error)
            return
        self.call_from_thread(self.loaded, workspace, store)

    def screen_shown(self) -> None:
        """The claims are on screen: now build the index (not before, so they show at once)."""
        if self.index is None and not self.workers_in_group("index"):
            self.build()

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def build(self) -> None:
        """Build the candidate index over every passage (the slow part of opening)."""
        index = build_index(workspace=self.workspace)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self.index_ready, index)

    def load_failed(self, exc: FactcheckError) -> None:
        self.error = exc
        self.exit(return_code=2)

    def loaded(self, workspace: Workspace, store: VerdictStore) -> None:
        self.workspace = workspace
        self.store = store
        self.switch_screen(ReviewScreen())
        for skipped in workspace.skipped:  # the same warning the CLI prints
            self.notify(str(skipped), title="Source skipped", severity="warning", timeout=15)
        if self.poll_interval:
            self.set_interval(self.poll_interval, self.poll_store)

    def index_ready(self, index: CandidateIndex) -> None:
        self.index = index
        # The workspace and index live as long as the app: keep the garbage collector from
        # walking them again and again, which stalls the screen for large workspaces.
        gc.freeze()
        self.queue.add(self.job(claim) for claim in self.workspace.claims)
        screen = self.review_screen
        if screen is not None and screen.current_claim is not None:
            self.queue.prefer(screen.current_claim.id)
        self.start_matching()

    @property
    def review_screen(self) -> ReviewScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                return screen
        return None

    # --- matching ------------------------------------------------------------------------

    def job(self, claim: Claim) -> EvidenceJob:
        dismissed = tuple(sorted(set(self.store.get(claim.id).dismissed)))
        return EvidenceJob(claim=claim, dismissed=dismissed)

    def evidence_for(self, claim: Claim) -> tuple[Evidence, ...] | None:
        """The claim's evidence if computed (perhaps before a dismissal), else None."""
        cached = self.evidence.get(claim.id)
        return None if cached is None else cached[1]

    def prefer(self, claim: Claim) -> None:
        """Match this claim next (the reviewer is looking at it)."""
        self.queue.prefer(claim.id)

    def refresh_evidence(self, claim_ids: set[str]) -> None:
        """Re-match claims whose dismissed passages changed."""
        if self.index is None:
            return
        jobs = []
        for claim_id in claim_ids:
            claim = self.workspace.claim(claim_id)
            cached = self.evidence.get(claim_id)
            if claim is not None and cached is not None and cached[0] != self.job(claim).key:
                jobs.append(self.job(claim))
        if jobs:
            self.queue.add(jobs)
            self.start_matching()

    @property
    def idle(self) -> bool:
        """True once the index is built and no evidence is left to compute."""
        return self.index is not None and not self._matching and not len(self.queue)

    @property
    def matching_progress(self) -> tuple[int, int] | None:
        if self.index is None:
            return None
        return len(self.evidence), len(self.workspace.claims)

    def start_matching(self) -> None:
        if not self._matching and len(self.queue):
            self._matching = True
            self.match()

    @work(thread=True, exclusive=True, group="match", exit_on_error=False)
    def match(self) -> None:
        """Compute queued evidence, the preferred claim first, until the queue is empty."""
        worker = get_current_worker()
        index = self.index
        assert index is not None
        top_k = self.workspace.settings.top_k
        try:
            while not worker.is_cancelled:
                job = self.queue.take()
                if job is None:
                    break
                try:
                    found = self.matcher(
                        claim=job.claim, index=index, top_k=top_k, dismissed=job.dismissed
                    )
                except Exception as exc:  # a matcher bug must not take the review down
                    message = f"Matching {job.claim.id} failed: {exc!r}"
                    self.call_from_thread(self.notify, message, severity="error")
                    continue
                self.call_from_thread(self.evidence_ready, job, found)
        finally:
            if not worker.is_cancelled:
                self.call_from_thread(self.matching_done)

    def evidence_ready(self, job: EvidenceJob, found: tuple[Evidence, ...]) -> None:
        claim = self.workspace.claim(job.claim.id)
        if claim is None or self.job(claim).key != job.key:
            return  # computed for dismissals that have changed since: a newer job is queued
        self.evidence[claim.id] = (job.key, found)
        screen = self.review_screen
        if screen is not None:
            screen.on_evidence_ready(claim.id)
            if len(self.evidence) % 25 == 0 or not len(self.queue):
                screen.refresh_status()

    def matching_done(self) -> None:
        self._matching = False
        self.start_matching()  # a job may have arrived while the worker was finishing
        screen = self.review_screen
        if screen is not None:
            screen.refresh_status()

    # --- the verdict store ---------------------------------------------------------------

    def after_change(self, claim_ids: set[str]) -> None:
        """Redraw after a change and re-match claims whose dismissals changed."""
        screen = self.review_screen
        if screen is not None:
            screen.on_store_changed(claim_ids)
        self.refresh_evidence(claim_ids)

    def write_failed(self, exc: StoreWriteError) -> None:
        """Say so, keep the change in memory and retry until the disk takes it."""
        self.notify(
            f"Not saved yet: {exc}. Your change is kept and will be retried.",
            title="Cannot write verdicts",
            severity="error",
            timeout=8,
        )
        if not self._retrying:
            self._retrying = True
            self.set_timer(RETRY_SECONDS, self.retry_writes)

    def retry_writes(self) -> None:
        self._retrying = False
        try:
            self.store.flush()
        except StoreWriteError as exc:
            self.write_failed(exc)
        except ConflictError as conflict:
            screen = self.review_screen
            if screen is not None:
                screen.show_conflict(conflict)
        else:
            self.notify("Verdicts saved.", timeout=3)

    def poll_store(self) -> None:
        if not self.workers_in_group("reload"):
            self.reload_store()

    def workers_in_group(self, group: str) -> bool:
        return any(w.group == group and not w.is_finished for w in self.workers)

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def reload_store(self) -> None:
        """Notice verdict files changed on disk (git pull, another editor), off the event loop.

        Only the cheap part runs here (stat); the store itself is re-read on the event
        loop, where every other change to it happens.
        """
        signature = verdict_files_signature(self.workspace.root / VERDICTS_DIR)
        if signature != self._verdicts_seen:
            self.call_from_thread(self.reload_now, signature)

    def reload_now(self, signature: object) -> None:
        self._verdicts_seen = signature
        try:
            changed = self.store.reload()
        except FactcheckError:
            return  # a half-merged file: the next save says so; polling stays quiet
        if changed:
            self.after_change(changed)

    # --- quitting ------------------------------------------------------------------------

    def on_unmount(self) -> None:
        gc.unfreeze()  # give the frozen objects back to the collector (tests run many apps)

    async def action_quit(self) -> None:
        """Quit, after one more try at writing anything still held in memory."""
        if hasattr(self, "store") and self.store.pending_writes:
            try:
                self.store.flush()
            except FactcheckError as exc:
                if not getattr(self, "_quit_warned", False):
                    self._quit_warned = True
                    self.notify(
                        f"Unsaved changes: {exc}. Press q again to quit and lose them.",
                        severity="error",
                        timeout=10,
                    )
                    return
        self.exit(0)


def verdict_files_signature(folder: Path) -> object:
    """Name, size and modification time of every verdict file: changes when any file does."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return None
    signature = []
    for entry in entries:
        try:
            info = entry.stat()
        except OSError:
            continue
        signature.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(signature)


def make_app(
    *,
    workspace_root: Path,
    reviewer: str | None = None,
    poll_interval: float | None = 2.0,
    matcher: Matcher = find_evidence,
) -> ReviewApp:
    """The review app for a workspace: used by ``factcheck review`` and by every test.

    ``poll_interval`` is how often (seconds) verdict files are re-read for other
    people's changes (None: never); ``matcher`` computes a claim's evidence.
    """
    return ReviewApp(
        workspace_root=workspace_root,
        reviewer=reviewer,
        poll_interval=poll_interval,
        matcher=matcher,
    )
