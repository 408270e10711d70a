"""The review's first screen: claims drawn without measuring each one, and the index built
(with worker processes when large) from inside the app, so the first evidence comes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.content import Content

from factcheck.tui.widgets.claim_list import ClaimList, OneLine
from factcheck.workspace import Claim, Settings
from tests.tui_helpers import REPO_ROOT, copy_example

RULES = {"text_wrap": "nowrap", "text_overflow": "ellipsis"}


def _prompts() -> list[Content]:
    claim_list = ClaimList()
    labels = [None, Settings().scale[0]]
    texts = ["", "Short.", "A claim " * 40, "Tabs\tand  spaces", "Ünïcödé “quotes” — dashes"]
    return [
        claim_list.prompt(Claim(id=f"c{n}", text=text, file="x", line=1), label, stale)
        for n, text in enumerate(texts)
        for label in labels
        for stale in (False, True)
    ]


@pytest.mark.parametrize("width", [1, 2, 5, 30, 200])
def test_a_claim_line_is_one_line_high_as_textual_would_measure_it(width: int) -> None:
    for prompt in _prompts():
        assert isinstance(prompt, OneLine)
        plain = Content(prompt.plain, list(prompt.spans))
        assert prompt.get_height(RULES, width) == plain.get_height(RULES, width) == 1


def test_a_claim_line_is_not_wrapped_to_be_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("measured by wrapping")

    monkeypatch.setattr(Content, "_wrap_and_format", refuse)
    assert all(prompt.get_height(RULES, 40) == 1 for prompt in _prompts())
    # Wrapped or folded text (not the claims list's style) is measured as Textual does.
    with pytest.raises(AssertionError, match="measured by wrapping"):
        _prompts()[0].get_height({"text_wrap": "wrap"}, 40)


# Run in a fresh process: once any test has started multiprocessing's resource tracker,
# the failure this guards against can no longer happen in that process.
SCRIPT = """
import asyncio, shutil, sys
from pathlib import Path
from factcheck.evidence import overridden
from factcheck.index import segmentbuild
from tests.tui_helpers import app_for, ready

segmentbuild.PARALLEL_MIN_CHARS = 0  # the example is small: build with worker processes

async def main(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        screen = app.review_screen
        assert screen is not None and screen.session.index is not None
        print("evidence for", len(screen.session.evidence), "claims")

root = Path(sys.argv[1])
with overridden(False):
    asyncio.run(main(root))
"""


def test_the_index_is_built_with_worker_processes_from_inside_the_app(tmp_path: Path) -> None:
    root = copy_example(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(root)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "evidence for" in done.stdout and "evidence for 0 " not in done.stdout


def test_the_review_app_starts_without_numpy() -> None:
    # The workers import the matcher while the claims are drawn (tui/jobs.py ``matching``).
    code = "import sys, factcheck.commands.review, factcheck.tui.app\n"
    code += "print([m for m in ('numpy', 'factcheck.index') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
