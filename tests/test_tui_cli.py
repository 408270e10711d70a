"""``factcheck review`` on the command line: help, and refusing to run without a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main


def test_review_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["review", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--reviewer" in out and "WORKSPACE" in out


def test_review_needs_a_terminal(example_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Under pytest stdin is not a terminal: the command says so instead of drawing garbage.
    assert main(["review", str(example_root)]) == 2
    assert "needs a terminal" in capsys.readouterr().err


def test_review_of_a_missing_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err
