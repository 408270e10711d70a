"""``matching.semantic: auto`` leaves a workspace too large to encode lexical, and says so.

Encoding costs 5-80 ms per passage: under ``auto`` a million-passage workspace must not
start a day of encoding before its first match. ``on`` and ``--semantic`` still encode any
size. The limit is lowered here so that a small workspace is "too large".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.cache import fingerprint
from factcheck.cli import main
from factcheck.evidence import semantic
from factcheck.workspace import load_workspace
from tests.test_semantic import PARAPHRASE_WORKSPACE, needs_extra
from tests.tui_helpers import app_for, copy_example, ready

NOTE = "semantic retrieval is off for this workspace"


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The settings decide (not conftest's lexical default) and 100 bytes is too large."""
    monkeypatch.setattr(semantic, "_OVERRIDES", [])
    monkeypatch.setattr(semantic, "AUTO_MAX_BYTES", 100)


def match(capsys: pytest.CaptureFixture[str], root: Path, *flags: str) -> tuple[str, str]:
    """(retrieval, stderr) of ``factcheck match ROOT --format json FLAGS``."""
    assert main(["match", str(root), "--format", "json", *flags]) == 0
    out, err = capsys.readouterr()
    return json.loads(out)["retrieval"], err


@needs_extra
def test_auto_is_lexical_over_the_limit_and_says_why(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str], small_limit: None
) -> None:
    root = make_workspace(PARAPHRASE_WORKSPACE)
    used, err = match(capsys, root)
    assert used == "lexical"
    assert err.count("\n") == 1
    assert err.startswith(f"factcheck: note: {NOTE}: its sources hold 0.0 MB of text")
    assert "--semantic or matching.semantic: on encodes them once" in err
    assert not (root / ".factcheck" / "index" / "vectors").exists()  # nothing was encoded
    # Asked for, any size is encoded, without the note.
    assert match(capsys, root, "--semantic") == ("semantic", "")
    assert match(capsys, root, "--no-semantic") == ("lexical", "")
    (root / "factcheck.yaml").write_text("matching:\n  semantic: on\n", encoding="utf-8")
    assert match(capsys, root) == ("semantic", "")


@needs_extra
def test_auto_under_the_limit_is_semantic(
    make_workspace: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(semantic, "_OVERRIDES", [])
    root = make_workspace(PARAPHRASE_WORKSPACE)
    size = sum(p.stat().st_size for p in (root / "sources").iterdir())
    monkeypatch.setattr(semantic, "AUTO_MAX_BYTES", size)  # at the limit: still semantic
    assert match(capsys, root) == ("semantic", "")
    monkeypatch.setattr(semantic, "AUTO_MAX_BYTES", size - 1)
    assert match(capsys, root)[0] == "lexical"


@needs_extra
def test_index_says_it_too_and_encodes_nothing(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str], small_limit: None
) -> None:
    root = make_workspace(PARAPHRASE_WORKSPACE)
    assert main(["index", str(root)]) == 0
    out, err = capsys.readouterr()
    assert "sentence vectors" not in out
    assert err.startswith(f"factcheck: note: {NOTE}")
    assert main(["index", str(root), "--semantic"]) == 0
    out, err = capsys.readouterr()
    assert "sentence vectors: 5 passages encoded" in out
    assert err == ""


@needs_extra
def test_checks_cache_keys_lexical_scores_as_lexical(
    make_workspace: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, small_limit: None
) -> None:
    # check's cached scores must be keyed by the retrieval that made them: over the limit,
    # auto's are lexical, and turning semantic on must not serve them again.
    root = make_workspace(PARAPHRASE_WORKSPACE)
    over = fingerprint(workspace=load_workspace(root))
    monkeypatch.setattr(semantic, "_OVERRIDES", [False])
    assert fingerprint(workspace=load_workspace(root)) == over
    monkeypatch.setattr(semantic, "_OVERRIDES", [True])
    assert fingerprint(workspace=load_workspace(root)) != over


@needs_extra
async def test_the_review_says_it_in_a_notification(tmp_path: Path, small_limit: None) -> None:
    root = copy_example(tmp_path)
    app = app_for(root)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        notes = [n.message for n in app._notifications if n.title == "Word matching only"]
        assert app.session is not None
        index = app.session.index
    assert len(notes) == 1 and notes[0].startswith(NOTE)
    assert semantic.retrieval(index) == "lexical"
