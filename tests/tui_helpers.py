"""Helpers shared by the TUI tests: a writable copy of the example, waiting, reading YAML."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from factcheck.tui.app import ReviewApp, make_app
from factcheck.verdicts.files import read_verdict_file
from factcheck.workspace.models import Verdict

REPO_ROOT = Path(__file__).resolve().parent.parent
REVIEWER = "Ada Lovelace"


def copy_example(tmp_path: Path) -> Path:
    """The example workspace (claims, sources, settings) copied to ``tmp_path/ws``."""
    root = tmp_path / "ws"
    root.mkdir()
    for name in ("claims", "sources"):
        shutil.copytree(REPO_ROOT / name, root / name)
    settings = REPO_ROOT / "factcheck.yaml"
    if settings.is_file():
        shutil.copy(settings, root / "factcheck.yaml")
    return root


def app_for(root: Path, **options: object) -> ReviewApp:
    options.setdefault("poll_interval", None)
    options.setdefault("reviewer", REVIEWER)
    options.setdefault("config_dir", root.parent / "config")  # never the tester's own settings
    return make_app(workspace_root=root, **options)  # type: ignore[arg-type]


async def ready(pilot: Pilot[object]) -> None:
    """Wait until the workspace is loaded and every claim's evidence is computed."""
    app = pilot.app
    assert isinstance(app, ReviewApp)
    for _ in range(1000):
        await pilot.pause(0.01)
        if app.error is not None:
            raise AssertionError(f"the workspace did not open: {app.error}")
        if app.review_screen is not None and app.idle and app.screen is app.review_screen:
            break
    else:
        raise AssertionError("the review screen never became ready")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def settle(pilot: Pilot[object]) -> None:
    """Let pending messages and re-matching finish after a key press."""
    await ready(pilot)


def verdicts(root: Path, name: str = "peace-talks") -> dict[str, Verdict]:
    return read_verdict_file(root, f"verdicts/{name}.yaml").entries


def rendered_text(widget: Widget) -> str:
    """What a widget (and everything inside it) shows, as plain text."""
    if widget.children:
        return "\n".join(rendered_text(child) for child in widget.children if child.display)
    width, height = widget.size
    lines = widget.render_lines(Region(0, 0, width, height))
    return "\n".join(line.text.rstrip() for line in lines)
