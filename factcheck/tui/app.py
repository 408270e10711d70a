"""The review app: loads the workspace and matches evidence in workers, owns the store.

Loading, indexing and matching run in thread workers so the screen is usable
at once; the claim the reviewer is looking at is matched first and every
result is checked against what it was computed for before it is shown.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import get_current_worker

from factcheck.errors import FactcheckError
from factcheck.evidence import semantic_auto_skipped
from factcheck.tui import prefs
from factcheck.tui.commands import ReviewCommands
from factcheck.tui.jobs import EvidenceJob, Matcher, failure, matching, start_resource_tracker
from factcheck.tui.keys import binding_ids, review_binding_ids, unknown_ids
from factcheck.tui.personal import PersonalSettings
from factcheck.tui.screens.loading import LoadingScreen
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.session import ArchiveLookup, Earlier, ReviewSession
from factcheck.verdicts import VerdictStore, default_reviewer
from factcheck.workspace import Evidence, Workspace, load_workspace

if TYPE_CHECKING:
    from factcheck.index import CandidateIndex


class ReviewApp(PersonalSettings):
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
        matcher: Matcher | None = None,
        config_dir: Path | None = None,
        archive: ArchiveLookup | None = None,
    ) -> None:
        super().__init__()
        self.matcher = matcher
        self.archive_lookup = archive
        self.config_dir = prefs.config_dir() if config_dir is None else config_dir
        self.prefs = prefs.Prefs()
        self.keymap: dict[str, str] = {}
        self.workspace_root = workspace_root
        self.explicit_reviewer = reviewer
        self.poll_interval = poll_interval
        self.error: FactcheckError | None = None
        self._matching = False
        start_resource_tracker()  # now, while stderr is still the terminal's

    # --- loading -------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.push_screen(LoadingScreen(f"Opening {self.workspace_root} …"))
        self.load()
        self.load_prefs()

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
        semantic_auto_skipped(workspace)  # its stats here, off the event loop (kept on it)
        self.call_from_thread(self.loaded, workspace, store)
        matching()  # imported now, while the claims are drawn, not before the app starts

    def on_review_screen_shown(self) -> None:
        """The claims are on screen: now build the index (not before, so they show at once)."""
        if (
            self.session is not None
            and self.session.index is None
            and not self.workers_in_group("index")
        ):
            self.build()

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def build(self) -> None:
        """Build the candidate index over every passage (the slow part of opening)."""
        try:
            index = matching()[0](workspace=self.workspace)
        except Exception as exc:  # said, never a review waiting for evidence in silence
            self.call_from_thread(self.index_failed, failure(exc))
            return
        self.live.archive = self.archive_lookup(index) if self.archive_lookup else None
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self.index_ready, index)

    def index_failed(self, reason: str) -> None:
        self.live.index_failure = reason
        self.notify(f"Indexing failed: {reason}", severity="error")
        screen = self.review_screen
        if screen is not None and screen.current_claim is not None:
            screen.show_evidence(screen.current_claim)  # not "building the index…" for ever

    def load_failed(self, exc: FactcheckError) -> None:
        self.error = exc
        self.exit(return_code=2)

    def loaded(self, workspace: Workspace, store: VerdictStore) -> None:
        self.session = ReviewSession(
            workspace=workspace,
            store=store,
            start_matching=self.start_matching,
            write_failed=self.write_failed,
            config_dir=self.config_dir,
        )
        screen = ReviewScreen(self.session)
        self.switch_screen(screen)
        screen.apply_layout(self.prefs.layout)
        known = review_binding_ids(screen) | binding_ids(self.BINDINGS)
        path = self.config_dir / prefs.KEYMAP_FILE
        for line in unknown_ids(self.keymap, known=known, path=path):
            self.notify(line, title="Your keymap", severity="warning", timeout=10, markup=False)
        for skipped in workspace.skipped:  # the same warning the CLI prints
            self.notify(str(skipped), title="Source skipped", severity="warning", timeout=15)
        lexical_only = semantic_auto_skipped(workspace)
        if lexical_only:  # the note the CLI prints
            self.notify(lexical_only, title="Word matching only", timeout=15, markup=False)
        if self.poll_interval:
            self.set_interval(self.poll_interval, self.poll_store)

    def index_ready(self, index: CandidateIndex) -> None:
        session = self.live
        session.index = index
        # The workspace and index live as long as the app: keep the garbage collector from
        # walking them again and again, which stalls the screen for large workspaces.
        gc.freeze()
        session.queue.add(session.job(claim) for claim in session.workspace.claims)
        screen = self.review_screen
        if screen is not None and screen.current_claim is not None:
            session.prefer(screen.current_claim)
        self.start_matching()

    # --- matching ------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """True once the index is built and no evidence is left to compute."""
        session = self.session
        return (
            session is not None
            and session.index is not None
            and not self._matching
            and not len(session.queue)
        )

    def start_matching(self) -> None:
        if not self._matching and self.session is not None and len(self.session.queue):
            self._matching = True
            self.match()

    @work(thread=True, exclusive=True, group="match", exit_on_error=False)
    def match(self) -> None:
        """Compute queued evidence, the preferred claim first, until the queue is empty."""
        worker = get_current_worker()
        session = self.live
        index = session.index
        assert index is not None
        top_k = session.workspace.settings.top_k
        matcher = self.matcher or matching()[1]
        try:
            while not worker.is_cancelled:
                job = session.queue.take()
                if job is None:
                    break
                try:
                    found = matcher(
                        claim=job.claim, index=index, top_k=top_k, dismissed=job.dismissed
                    )
                    earlier = session.look_up_archive(job.claim, found)
                except Exception as exc:  # a matcher bug must not take the review down
                    message = f"Matching {job.claim.id} failed: {failure(exc)}"
                    self.call_from_thread(self.notify, message, severity="error")
                    continue
                self.call_from_thread(self.evidence_ready, job, found, earlier)
        finally:
            if not worker.is_cancelled:
                self.call_from_thread(self.matching_done)

    def evidence_ready(
        self, job: EvidenceJob, found: tuple[Evidence, ...], earlier: Earlier = ()
    ) -> None:
        session = self.live
        claim = session.workspace.claim(job.claim.id)
        if claim is None or session.job(claim).key != job.key:
            return  # computed for dismissals that have changed since: a newer job is queued
        session.evidence[claim.id] = (job.key, found)
        session.checked_before[claim.id] = earlier
        screen = self.review_screen
        if screen is not None:
            screen.on_evidence_ready(claim.id)
            if len(session.evidence) % 25 == 0 or not len(session.queue):
                screen.refresh_status()

    def matching_done(self) -> None:
        self._matching = False
        self.start_matching()  # a job may have arrived while the worker was finishing
        screen = self.review_screen
        if screen is not None:
            screen.refresh_status()

    # --- quitting ------------------------------------------------------------------------

    def on_unmount(self) -> None:
        gc.unfreeze()  # give the frozen objects back to the collector (tests run many apps)

    async def action_quit(self) -> None:
        """Quit, after one more try at writing anything still held in memory."""
        if self.session is not None and self.session.store.pending_writes:
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


def make_app(
    *,
    workspace_root: Path,
    reviewer: str | None = None,
    poll_interval: float | None = 2.0,
    matcher: Matcher | None = None,
    config_dir: Path | None = None,
    archive: ArchiveLookup | None = None,
) -> ReviewApp:
    """The review app for a workspace: used by ``factcheck review`` and by every test.

    ``poll_interval`` is how often (seconds) verdict files are re-read for other
    people's changes (None: never); ``matcher`` computes a claim's evidence (None:
    ``find_evidence``);
    ``config_dir`` holds the user's keymap, theme and layout (default: the user's);
    ``archive`` finds the archive behind the index (earlier fact-checks, pins' hashes)."""
    return ReviewApp(
        workspace_root=workspace_root,
        reviewer=reviewer,
        poll_interval=poll_interval,
        matcher=matcher,
        config_dir=config_dir,
        archive=archive,
    )
