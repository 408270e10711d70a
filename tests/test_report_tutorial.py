"""Replay the Export and Report steps of docs/tutorial.md.

The YAML snippets are applied as the tutorial says (``factcheck.yaml`` and the
claims file), then every ``factcheck`` command of the two sections is run from
the workspace folder, and what they wrote is checked: once on a small reviewed
workspace, and once at the end of the whole tutorial (extract and add run for
real, the review done through the VerdictStore the review screen uses).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.evidence.matching import match_claims
from factcheck.verdicts.store import VerdictStore
from factcheck.workspace.load import load_workspace
from factcheck.workspace.models import PinnedEvidence, Stance
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
    assert reviews[0]["url"].endswith("#s300-time")
    assert reviews[0]["itemReviewed"]["appearance"]["datePublished"] == "2022-12-30"
    script = (root / "claimreview.html").read_text(encoding="utf-8")
    assert script.startswith('<script type="application/ld+json">')
    rows = list(csv.DictReader(io.StringIO((root / "verdicts.csv").read_text("utf-8"), newline="")))
    assert [r["verdict"] for r in rows] == ["refuted", "supported", "mixed"]
    assert reviews[0]["url"].startswith(claims_block.split("review_url: ", 1)[1].strip())
    page = (root / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="s300-time"' in page
    assert (root / "report.md").read_text(encoding="utf-8").startswith("# Draft: Belarus says")


def test_whole_tutorial_ends_in_claimreview_and_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("draft.md", "belarus-s300.html", "iskander-peace-talks.html"):
        shutil.copy(REPO_ROOT / "docs" / "examples" / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    for step in ("Extract", "Add sources"):
        for argv in _commands(_section(step)):
            assert main(argv) == 0, argv

    # The review, as the review screen would do it: pin the best passage, decide, note.
    workspace = load_workspace(tmp_path)
    store = VerdictStore.open(workspace=workspace, reviewer="Ada Lovelace")
    zhytomyr = next(c for c in workspace.claims if "Zhytomyr" in c.text)
    (result,) = match_claims(workspace=workspace, claims=(zhytomyr,))
    best = result.evidence[0]
    assert best.stance is Stance.CONTRADICTS
    passage = best.passage
    store.pin(
        zhytomyr.id,
        PinnedEvidence(
            source=passage.source_id,
            stance=best.stance,
            quote=passage.text,
            start=passage.start,
            end=passage.end,
        ),
    )
    store.set_verdict(zhytomyr.id, "refuted")
    store.set_note(zhytomyr.id, "Zhytomyr is west of Kyiv, not east.")
    store.flush()
    capsys.readouterr()

    export, report = _section("Export"), _section("Report")
    settings_block, claims_block = _blocks(export, "yaml")
    (tmp_path / "factcheck.yaml").write_text(settings_block, encoding="utf-8")
    claims_file = tmp_path / "claims" / "draft.yaml"
    claims_file.write_text(claims_block + claims_file.read_text(encoding="utf-8"), "utf-8")
    for argv in _commands(export) + _commands(report):
        assert main(argv) == 0, argv

    (review,) = json.loads((tmp_path / "claimreview.json").read_text(encoding="utf-8"))
    assert review["claimReviewed"] == zhytomyr.text
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["author"]["name"] == "Example Fact Check"
    assert review["url"].endswith(f"#{zhytomyr.id}")
    assert review["itemReviewed"]["appearance"]["headline"] == workspace.claims_files[0].document
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert f'<article class="claim" id="{zhytomyr.id}">' in page
    assert ">Refuted</span>" in page and "Zhytomyr is west of Kyiv, not east." in page
    source_url = workspace.sources[passage.source_id].meta.url
    assert source_url and f'href="{source_url}"' in page
    assert page.count('<article class="claim is-pending"') == len(workspace.claims) - 1
