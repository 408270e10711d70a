"""Replay the Export and Report steps of docs/tutorial.md on a reviewed workspace.

The YAML snippets are applied as the tutorial says (``factcheck.yaml`` and the
claims file), then every ``factcheck`` command of the two sections is run from
the workspace folder, and what they wrote is checked.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from tests.conftest import REPO_ROOT
from tests.test_export import CLAIMS, build_reviewed_workspace

TUTORIAL = REPO_ROOT / "docs" / "tutorial.md"


def _section(name: str) -> str:
    text = TUTORIAL.read_text(encoding="utf-8")
    match = re.search(rf"^## {name}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"docs/tutorial.md has no '## {name}' section"
    return match.group(1)


def _blocks(section: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", section, re.S | re.M)


def _commands(section: str) -> list[list[str]]:
    commands = []
    for block in _blocks(section, "sh"):
        for line in block.splitlines():
            if line.strip().startswith("factcheck "):
                commands.append(shlex.split(line)[1:])
    return commands


def test_tutorial_export_and_report_steps_replay(
    make_workspace: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    export, report = _section("Export"), _section("Report")
    settings_block, claims_block = _blocks(export, "yaml")
    bare_claims = re.sub(r"^(url|published|review_url): .*\n", "", CLAIMS, flags=re.M)
    root = build_reviewed_workspace(make_workspace, claims=bare_claims, settings=None)
    (root / "factcheck.yaml").write_text(settings_block, encoding="utf-8")
    claims_file = root / "claims" / "belarus.yaml"
    claims_file.write_text(claims_block + claims_file.read_text(encoding="utf-8"), "utf-8")
    monkeypatch.chdir(root)

    commands = _commands(export) + _commands(report)
    assert len(commands) >= 4
    for argv in commands:
        assert main(argv) == 0, argv
    capsys.readouterr()

    reviews = json.loads((root / "claimreview.json").read_text(encoding="utf-8"))
    assert [r["author"]["name"] for r in reviews] == ["Example Fact Check"] * 2
    assert reviews[0]["url"] == "https://factcheck.example.org/checks/belarus#s300-time"
    assert reviews[0]["itemReviewed"]["appearance"]["datePublished"] == "2022-12-29"
    script = (root / "claimreview.html").read_text(encoding="utf-8")
    assert script.startswith('<script type="application/ld+json">')
    rows = list(csv.DictReader(io.StringIO((root / "verdicts.csv").read_text("utf-8"), newline="")))
    assert [r["verdict"] for r in rows] == ["refuted", "supported", "mixed"]
    page = (root / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="s300-time"' in page
    assert (root / "report.md").read_text(encoding="utf-8").startswith("# Fact-check report")
