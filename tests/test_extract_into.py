"""``extract --into`` keeps the preview's score and reasons; ``extract --cite`` cites a source."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from factcheck.claims.writer import NewClaim, append_claims
from factcheck.cli import main
from factcheck.workspace.load import load_workspace, parse_claims

REPO = Path(__file__).resolve().parent.parent
DRAFT = REPO / "docs" / "examples" / "draft.md"
SOURCE = "---\ntitle: Ministry statement\n---\nBelarus said it shot down a missile.\n"
COMMENT = re.compile(r"^\s*# (score [\d.]+: [a-z, -]+)$")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new fact-check folder: the draft and one source, no claims yet."""
    shutil.copy(DRAFT, tmp_path / "draft.md")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "belarus-s300.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "sources" / "iskander.md").write_text(SOURCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def reasons(text: str) -> list[tuple[str, str]]:
    """(comment, id of the claim below it) for every score comment in a claims file."""
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        match = COMMENT.match(line)
        if match:
            found.append((match.group(1), lines[index + 1].split("id: ", 1)[1]))
    return found


def test_into_keeps_the_score_and_reasons_the_preview_showed(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "draft.md", "--limit", "6"]) == 0
    preview = reasons(capsys.readouterr().out)
    assert len(preview) == 6
    assert main(["extract", "draft.md", "--limit", "6", "--into", "claims/draft.yaml"]) == 0
    capsys.readouterr()
    written = (folder / "claims" / "draft.yaml").read_text(encoding="utf-8")
    assert reasons(written) == preview
    assert preview[0][0] == "score 9.5: number, date, quantity, name, attribution"
    assert len(load_workspace(folder).claims) == 6  # a plain claims file every command reads


def test_appended_claims_keep_their_reasons_below_the_ones_already_there(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = folder / "claims" / "draft.yaml"
    assert main(["extract", "draft.md", "--limit", "2", "--into", "claims/draft.yaml"]) == 0
    first = target.read_text(encoding="utf-8")
    assert main(["extract", "draft.md", "--into", "claims/draft.yaml"]) == 0
    capsys.readouterr()
    second = target.read_text(encoding="utf-8")
    assert second.startswith(first)  # appended as text: the old bytes stay
    ids = [c.id for c in parse_claims(second, path="claims/draft.yaml").claims]
    assert [claim_id for _, claim_id in reasons(second)] == ids  # one comment above each


def test_a_flow_style_list_rewritten_keeps_the_new_claims_reasons(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("document: D\nclaims: [{id: a, text: The sky is blue.}]\n")
    result = append_claims(
        path=path,
        display_path="c.yaml",
        claims=[NewClaim("b", "Grass is green in 2022.", ("s",), "score 2: date")],
    )
    assert result.rewritten
    text = path.read_text()
    assert "  # score 2: date\n  - id: b\n" in text
    parsed = parse_claims(text, path="c.yaml")
    assert [(c.id, c.sources) for c in parsed.claims] == [("a", ()), ("b", ("s",))]


def test_cite_adds_the_source_to_every_claim_written(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["extract", "draft.md", "--into", "claims/draft.yaml", "--cite", "belarus-s300"]
    assert main(argv) == 0
    capsys.readouterr()
    claims = load_workspace(folder).claims
    assert len(claims) > 10
    assert {c.sources for c in claims} == {("belarus-s300",)}
    # Repeated, it cites several; the preview shows what would be written.
    argv = ["extract", "draft.md", "--limit", "2", "--cite", "belarus-s300", "--cite", "iskander"]
    assert main(argv) == 0
    preview = parse_claims(capsys.readouterr().out, path="stdout")
    assert {c.sources for c in preview.claims} == {("belarus-s300", "iskander")}
    # Nothing cited: no sources field at all.
    assert main(["extract", "draft.md", "--limit", "2"]) == 0
    assert "sources:" not in capsys.readouterr().out


def test_cite_refuses_a_source_that_does_not_exist(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["extract", "draft.md", "--into", "claims/draft.yaml", "--cite", "belarus-s30"]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("factcheck: --cite 'belarus-s30': no such source")
    assert "(did you mean 'belarus-s300'?)" in err
    assert not (folder / "claims").exists()  # nothing written
    assert main(["extract", "draft.md", "--cite", "nowhere"]) == 2
    assert "--cite 'nowhere': no such source" in capsys.readouterr().err


def test_cite_finds_the_workspace_of_the_into_file(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run from elsewhere: the source is looked for beside the claims/ folder written to.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    into = str(folder / "claims" / "draft.yaml")
    assert main(["extract", str(folder / "draft.md"), "--into", into, "--cite", "iskander"]) == 0
    assert {c.sources for c in load_workspace(folder).claims} == {("iskander",)}
