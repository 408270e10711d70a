"""The app's side of the verdict store: writes retried, files re-read when they change.

Verdict files change on disk under the review (a git pull, another editor): a
cheap poll notices, the store re-reads them on the event loop and the screen
redraws. A write that failed is kept in memory and retried until the disk takes it.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual import work
from textual.app import App

from factcheck.errors import FactcheckError
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.session import ReviewSession
from factcheck.verdicts import ConflictError, StoreWriteError, VerdictStore
from factcheck.workspace import VERDICTS_DIR, Claim, Evidence, Workspace

RETRY_SECONDS = 5.0


class StoreKeeping(App[int]):
    """The part of ReviewApp that owns the session and keeps the verdict files in step."""

    session: ReviewSession | None = None  # set once the load worker is done
    _retrying = False
    _verdicts_seen: object = None

    @property
    def review_screen(self) -> ReviewScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                return screen
        return None

    @property
    def live(self) -> ReviewSession:
        """The open session (only asked for once the workspace is loaded)."""
        assert self.session is not None
        return self.session

    @property
    def workspace(self) -> Workspace:
        return self.live.workspace

    @property
    def store(self) -> VerdictStore:
        return self.live.store

    def evidence_for(self, claim: Claim) -> tuple[Evidence, ...] | None:
        """The claim's evidence if computed, else None."""
        return self.live.evidence_for(claim)

    # --- the verdict store ---------------------------------------------------------------

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
        screen = self.review_screen
        if changed and screen is not None:
            screen.after_change(changed)


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
