"""The HTML report in a real headless browser (Debian's chromium); skipped without one.

Install it with ``apt-get install -y chromium``. The page is rendered offline
(no network flags), screenshotted, and the pixels are checked: the page is
not blank and the verdict badges appear in their scale colours.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.publish.report import badge_colors
from tests.test_export import build_reviewed_workspace

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
WIDTH, HEIGHT = 1200, 1600


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def report_file(make_workspace: Callable[..., Path], tmp_path: Path) -> Path:
    root = build_reviewed_workspace(
        make_workspace, notes={"s300-brest": "<script>document.title='pwned'</script>"}
    )
    out = tmp_path / "report.html"
    assert main(["report", str(root), "--out", str(out), "--title", "Browser check"]) == 0
    return out


def test_report_renders_with_coloured_badges(report_file: Path, tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "report.png"
    result = _chromium(
        tmp_path, f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}", report_file.as_uri()
    )
    assert shot.is_file(), result.stderr[-2000:]
    image = Image.open(shot).convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    colours = image.getcolors(maxcolors=WIDTH * HEIGHT)
    assert colours is not None and len(colours) > 50  # text, badges, bars: not a blank page
    background = max(colours)[1]
    assert background == (246, 247, 249)  # the page colour from report.css
    present = {rgb for _, rgb in colours}
    for name in ("red", "green", "yellow"):
        hex_colour = badge_colors(name)[0]
        rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        assert rgb in present, f"no {name} badge or bar {hex_colour} on the page"


def test_report_dom_keeps_hostile_text_inert(report_file: Path, tmp_path: Path) -> None:
    result = _chromium(tmp_path, "--dump-dom", report_file.as_uri())
    dom = result.stdout
    assert "<title>Browser check</title>" in dom  # the note's script did not retitle the page
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert dom.count('<article class="claim') == 4
