"""Replay docs/tutorial.md: Extract, Add sources and Match, then the whole page in one folder.

The example files (docs/examples/) are copied into an empty folder, as the tutorial says,
and every ``factcheck`` line of the sections' ``sh`` blocks runs there in order. The
Review step is interactive (the TUI tests cover the screen), so the end-to-end test
writes the verdicts an editor would leave and then runs the Export and Report steps
(also replayed on their own by tests/test_report_tutorial.py).
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.evidence.matching import match_claims
from factcheck.verdicts.files import serialize_verdicts
from factcheck.workspace.load import load_workspace
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict, text_hash
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


def _review_like_an_editor(root: Path) -> None:
    """What the Review step leaves behind: verdicts with pinned passages, as the TUI writes."""
    workspace = load_workspace(root)
    results = match_claims(workspace=workspace, claims=workspace.claims)
    entries: dict[str, Verdict] = {}
    for result in results:
        if "Zhytomyr" in result.claim.text:
            verdict, stance = "refuted", Stance.CONTRADICTS  # east of Kyiv? The source: west.
        elif "joint regional force" in result.claim.text:
            verdict, stance = "supported", Stance.SUPPORTS
        else:
            continue
        best = result.evidence[0]
        entries[result.claim.id] = Verdict(
            verdict=verdict,
            reviewer="Tutorial Reader",
            reviewed_at="2026-11-22T12:00:00Z",
            claim_hash=text_hash(result.claim.text),
            evidence=(
                PinnedEvidence(
                    source=best.source_id,
                    stance=stance,
                    quote=best.passage.text,
                    start=best.passage.start,
                    end=best.passage.end,
                ),
            ),
            note="Checked against the saved page.",
        )
    assert len(entries) == 2
    (root / "verdicts").mkdir()
    (root / "verdicts" / "draft.yaml").write_text(serialize_verdicts(entries), encoding="utf-8")


def test_the_whole_tutorial_from_draft_to_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every step in order on one folder: Review is simulated, the rest runs as written."""
    for name in ("draft.md", "belarus-s300.html", "iskander-peace-talks.html"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    for section in ("Extract", "Add sources", "Match"):
        for argv in _commands(_section(section)):
            assert main(argv) == 0, argv
    _review_like_an_editor(tmp_path)

    export = _section("Export")
    settings_block, claims_block = re.findall(r"^```yaml\n(.*?)^```", export, re.S | re.M)
    (tmp_path / "factcheck.yaml").write_text(settings_block, encoding="utf-8")
    claims_file = tmp_path / "claims" / "draft.yaml"
    claims_file.write_text(claims_block + claims_file.read_text(encoding="utf-8"), "utf-8")
    for section in ("Export", "Report"):
        for argv in _commands(_section(section)):
            assert main(argv) == 0, argv
    capsys.readouterr()

    reviews = json.loads((tmp_path / "claimreview.json").read_text(encoding="utf-8"))
    ratings = sorted(r["reviewRating"]["alternateName"] for r in reviews)
    assert ratings == ["False", "True"]
    assert any("Zhytomyr" in r["claimReviewed"] for r in reviews)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Zhytomyr" in page and "west of Kyiv" in page
    assert (tmp_path / "report.md").is_file() and (tmp_path / "verdicts.csv").is_file()
