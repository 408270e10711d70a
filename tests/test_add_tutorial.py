"""Replay the Extract, Add sources and Match steps of docs/tutorial.md.

The example files (docs/examples/) are copied into an empty folder, as the tutorial says,
and every ``factcheck`` line of the sections' ``sh`` blocks runs there in order. The
Review step is interactive (tests/test_tui.py covers the screen); the Export and Report
steps are replayed by tests/test_report_tutorial.py on a reviewed workspace.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.workspace import load_workspace
from tests.conftest import REPO_ROOT

TUTORIAL = REPO_ROOT / "docs" / "tutorial.md"
EXAMPLES = REPO_ROOT / "docs" / "examples"


def _section(name: str) -> str:
    text = TUTORIAL.read_text(encoding="utf-8")
    match = re.search(rf"^## {name}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"docs/tutorial.md has no '## {name}' section"
    return match.group(1)


def _commands(section: str) -> list[list[str]]:
    commands = []
    for block in re.findall(r"^```sh\n(.*?)^```", section, re.S | re.M):
        for line in block.splitlines():
            if line.strip().startswith("factcheck "):
                commands.append(shlex.split(line)[1:])
    return commands


def test_the_example_files_named_by_the_tutorial_exist() -> None:
    text = TUTORIAL.read_text(encoding="utf-8")
    for name in ("draft.md", "belarus-s300.html", "iskander-peace-talks.html"):
        assert name in text
        assert (EXAMPLES / name).is_file()


def test_tutorial_extract_add_and_match_steps_replay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("draft.md", "belarus-s300.html", "iskander-peace-talks.html"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)

    extract = _commands(_section("Extract"))
    assert [argv[0] for argv in extract] == ["extract", "extract"]
    for argv in extract:
        assert main(argv) == 0, argv
    out = capsys.readouterr().out
    assert out.count("# score ") == 3  # the --limit 3 preview
    ws = load_workspace(tmp_path)
    assert ws.claims_files[0].path == "claims/draft.yaml"
    assert ws.claims_files[0].document == "Belarus, the war's quiet launching pad"
    assert len(ws.claims) >= 12

    add = _commands(_section("Add sources"))
    assert [argv[0] for argv in add] == ["add", "add"]
    for argv in add:
        assert main(argv) == 0, argv
    out = capsys.readouterr().out
    assert "added: sources/belarus-s300.txt" in out
    assert "unchanged: sources/belarus-s300.txt" in out
    ws = load_workspace(tmp_path)
    assert set(ws.sources) == {"belarus-s300", "iskander-peace-talks"}
    assert ws.sources["iskander-peace-talks"].meta.publisher == "Example Daily"

    match = _commands(_section("Match"))
    assert match == [["match"]]
    assert main(["match", "--format", "json"]) == 0
    out = capsys.readouterr().out
    zhytomyr = next(c for c in json.loads(out)["claims"] if "Zhytomyr" in c["text"])
    best = zhytomyr["evidence"][0]
    assert best["source"] == "iskander-peace-talks" and "west of Kyiv" in best["text"]
    assert main(match[0]) == 0
    assert "claims/draft.yaml" in capsys.readouterr().out

    review = _commands(_section("Review"))
    assert review == [["review"]]  # interactive: not run here
