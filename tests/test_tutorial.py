"""Follow docs/tutorial.md from `factcheck init` to a `factcheck check` that passes.

Every ``factcheck`` line of the page's ``sh`` blocks runs in order, in the folder the page
says. What the reader does by hand is done here as the page describes it: deleting the
sentence it names, adding the ``sources:`` line it shows, and the review through the
VerdictStore the review screen writes with (pin the passage that backs or contradicts a
claim, then ``s``/``r``; ``n`` when no source speaks to it). The page's shown output
(the check's summary lines) must be what the commands print.
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
from factcheck.tui.app import make_app
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.verdicts.files import read_verdict_file
from factcheck.verdicts.store import VerdictStore
from factcheck.workspace.load import load_workspace
from factcheck.workspace.models import PinnedEvidence, Stance
from factcheck.workspace.settings import DEFAULT_SCALE
from tests.conftest import REPO_ROOT
from tests.tui_helpers import ready

TUTORIAL = REPO_ROOT / "docs" / "tutorial.md"
EXAMPLES = REPO_ROOT / "docs" / "examples"
SECTIONS = (
    "Start a workspace",
    "Extract",
    "Add sources",
    "Cite sources",
    "Match",
    "Review",
    "Export",
    "Report",
    "Check",
)


def section(name: str) -> str:
    text = TUTORIAL.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(name)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"docs/tutorial.md has no '## {name}' section"
    return match.group(1)


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, re.S | re.M)


def commands(name: str) -> list[list[str]]:
    found = []
    for block in blocks(section(name), "sh"):
        for line in block.splitlines():
            if line.strip().startswith("factcheck "):
                found.append(shlex.split(line)[1:])
    return found


def run_section(name: str, capsys: pytest.CaptureFixture[str]) -> list[tuple[int, str]]:
    results = []
    for argv in commands(name):
        code = main(argv)
        results.append((code, capsys.readouterr().out))
    return results


def test_the_tutorial_has_its_sections_in_order() -> None:
    text = TUTORIAL.read_text(encoding="utf-8")
    assert re.findall(r"^## (.+)$", text, re.M) == list(SECTIONS)
    assert commands("Start a workspace")[0][0] == "init"
    assert commands("Check") == [["check"]]  # the last step


def test_the_review_keys_the_tutorial_names_are_bound() -> None:
    review = section("Review")
    keys = set(re.findall(r"`([a-z?]|ctrl\+[a-z]|shift\+tab|tab)`", review))
    assert {"p", "s", "r", "m", "n", "x", "e", "t", "?", "q", "tab"} <= keys
    bound = {key for b in ReviewScreen.BINDINGS for key in str(b.key).split(",")}  # type: ignore[union-attr]
    bound |= {label.shortcut for label in DEFAULT_SCALE}
    named = {"question_mark" if key == "?" else key for key in keys}
    assert named <= bound, named - bound


def follow_until_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    """Every step before the review, as the page says; returns the workspace folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_REVIEWER", "Tutorial Reader")

    # Start a workspace: init, then cd into it and copy the example files.
    [(code, out)] = run_section("Start a workspace", capsys)
    assert code == 0 and "created belarus-check/factcheck.yaml" in out
    root = tmp_path / "belarus-check"
    assert "cd belarus-check" in section("Start a workspace")
    monkeypatch.chdir(root)
    for name in ("draft.md", "belarus-s300.html", "iskander-peace-talks.html"):
        shutil.copy(EXAMPLES / name, root / name)

    # Extract: the sentence the page says was left out is not in the claims file.
    assert [code for code, _ in run_section("Extract", capsys)] == [0, 0]
    claims_file = root / "claims" / "draft.yaml"
    after = section("Extract").split("nothing to delete", 1)[1].split("\n\n", 1)[0]
    named = [" ".join(text.split()) for text in re.findall(r'"([^"]+\.)"', after)]
    assert len(named) == 1
    assert not {c.text for c in load_workspace(root).claims} & set(named)

    assert [code for code, _ in run_section("Add sources", capsys)] == [0, 0]

    # Cite sources: the `sources:` line under the claim the page shows.
    [snippet] = blocks(section("Cite sources"), "yaml")
    claim_id = re.search(r"- id: (\S+)", snippet).group(1)  # type: ignore[union-attr]
    cited = re.search(r"sources: \[(\S+)\]", snippet).group(1)  # type: ignore[union-attr]
    text = claims_file.read_text(encoding="utf-8")
    without_sources = snippet.replace(f"    sources: [{cited}]\n", "")
    assert without_sources in text
    claims_file.write_text(text.replace(without_sources, snippet), encoding="utf-8")
    [(code, out)] = run_section("Cite sources", capsys)
    assert code == 1  # the other claims are not sourced yet, as the page says
    [shown] = blocks(section("Cite sources"), "text")
    assert out.strip() == shown.strip()  # the page shows what check prints
    assert claim_id not in out

    [(code, out)] = run_section("Match", capsys)
    assert code == 0 and "claims/draft.yaml" in out
    assert commands("Review") == [["review"]]  # the screen: done below as the page says
    return root


def test_following_the_tutorial_ends_with_a_passing_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = follow_until_review(tmp_path, monkeypatch, capsys)
    claims_file = root / "claims" / "draft.yaml"

    # Review: pin the passage that backs or contradicts the claim and decide; `n` otherwise.
    workspace = load_workspace(root)
    store = VerdictStore.open(workspace=workspace, reviewer="Tutorial Reader")
    threshold = workspace.settings.min_score
    decided: dict[str, str] = {}
    for result in match_claims(workspace=workspace, claims=workspace.claims):
        decisive = [
            e
            for e in result.evidence
            if e.stance in (Stance.SUPPORTS, Stance.CONTRADICTS) and e.score >= threshold
        ]
        if not decisive:
            store.set_verdict(result.claim.id, "not-enough-evidence")
            decided[result.claim.id] = "not-enough-evidence"
            continue
        best = decisive[0]
        store.pin(
            result.claim.id,
            PinnedEvidence(
                source=best.source_id,
                stance=best.stance,
                quote=best.passage.text,
                start=best.passage.start,
                end=best.passage.end,
            ),
        )
        verdict = "supported" if best.stance is Stance.SUPPORTS else "refuted"
        store.set_verdict(result.claim.id, verdict)
        decided[result.claim.id] = verdict
    store.flush()
    zhytomyr = next(c for c in workspace.claims if "Zhytomyr" in c.text)
    assert decided[zhytomyr.id] == "refuted"  # as the page says
    assert set(decided.values()) == {"supported", "refuted", "not-enough-evidence"}
    assert (root / "verdicts" / "draft.yaml").is_file()

    # Export: the author line at the end of factcheck.yaml, the document's fields on top.
    settings_block, claims_block = blocks(section("Export"), "yaml")
    with (root / "factcheck.yaml").open("a", encoding="utf-8") as settings:
        settings.write(settings_block)
    claims_file.write_text(claims_block + claims_file.read_text(encoding="utf-8"), "utf-8")
    assert [code for code, _ in run_section("Export", capsys)] == [0, 0, 0]
    assert [code for code, _ in run_section("Report", capsys)] == [0, 0]
    reviews = json.loads((root / "claimreview.json").read_text(encoding="utf-8"))
    ratings = {r["reviewRating"]["alternateName"] for r in reviews}
    assert {"True", "False"} <= ratings
    assert reviews[0]["author"]["name"] == "Example Fact Check"

    # Check: the last step passes, with the summary the page shows.
    [(code, out)] = run_section("Check", capsys)
    assert code == 0, out
    [shown] = blocks(section("Check"), "text")
    assert out.strip() == shown.strip()
    assert main(["check", "--require-verdicts"]) == 0


async def test_the_review_keys_pin_and_refute_the_zhytomyr_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Review step's keys in the real screen: `j` to the claim, `tab` to the
    contradicting passage, `p` pins it, `r` refutes; the verdict file holds both."""
    root = follow_until_review(tmp_path, monkeypatch, capsys)
    zhytomyr = next(c for c in load_workspace(root).claims if "Zhytomyr" in c.text)
    app = make_app(workspace_root=root, reviewer="Tutorial Reader", poll_interval=None)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        screen = app.review_screen
        assert screen is not None
        for _ in range(len(app.workspace.claims)):
            if screen.current_claim is not None and screen.current_claim.id == zhytomyr.id:
                break
            await pilot.press("j")
            await pilot.pause()
        assert screen.current_claim is not None and screen.current_claim.id == zhytomyr.id
        for _ in range(4):  # the claims list, then Supporting, Contradicting, Neutral
            await pilot.press("tab")
            await pilot.pause()
            column = app.focused
            current = column.current if isinstance(column, EvidenceColumn) else None
            if current is not None and current.stance is Stance.CONTRADICTS:
                break
        else:
            raise AssertionError("tab never reached a contradicting passage")
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        await app.workers.wait_for_complete()
    entry = read_verdict_file(root, "verdicts/draft.yaml").entries[zhytomyr.id]
    assert entry.verdict == "refuted" and entry.reviewer == "Tutorial Reader"
    [pinned] = entry.evidence
    assert pinned.stance is Stance.CONTRADICTS and "west of Kyiv" in pinned.quote
