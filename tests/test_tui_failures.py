"""What the review screen says when the index cannot be built or a claim cannot be matched:
the command line's one-line error (file first) and what to do in the review, never a
Python repr of a user's error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from factcheck.errors import WorkspaceError
from factcheck.tui import app as app_module
from factcheck.tui.jobs import failure
from tests.tui_helpers import app_for, copy_example, rendered_text


def _changed(**_: object) -> None:
    raise WorkspaceError(
        "changed while factcheck was running; run the command again", path="sources/a.txt"
    )


async def test_an_index_that_cannot_be_built_is_said_with_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_example(tmp_path)
    monkeypatch.setattr(app_module, "matching", lambda: (_changed, _changed))
    app = app_for(root)
    async with app.run_test(size=(120, 40)) as pilot:
        # Wait for the worker's failure, however long a loaded machine takes to get there.
        deadline = time.monotonic() + 60
        while not app._notifications and time.monotonic() < deadline:
            await pilot.pause(0.02)
        messages = [n.message for n in app._notifications]
        await pilot.pause()
        shown = [" ".join(rendered_text(c).split()) for c in app.screen.columns.values()]
    # The columns say it too, not "building the index…" for as long as the review is open.
    assert shown and all("the index could not be built" in text for text in shown)
    assert not any("building the index" in text for text in shown)
    assert messages == [
        "Indexing failed: sources/a.txt: changed while factcheck was running; "
        "quit (q) and open the review again"
    ]


def test_other_failures_keep_their_python_repr() -> None:
    assert failure(KeyError("claim")) == "KeyError('claim')"
