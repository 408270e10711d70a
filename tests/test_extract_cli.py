"""``factcheck extract`` end to end, and appending to claims files without losing anything."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claims.drafts import read_draft
from factcheck.claims.extract import extract_claims
from factcheck.claims.writer import append_claims
from factcheck.cli import main
from factcheck.workspace.load import load_workspace, parse_claims

REPO = Path(__file__).resolve().parent.parent
DRAFT = REPO / "docs" / "examples" / "draft.md"

HAND_WRITTEN = """\
# Claims for the S-300 story. Keep this comment!
document: "Draft: Belarus says it downed a missile"
claims:
  - id: s300-shot-down   # the lead claim
    text: Belarus said it shot down an air defence missile launched from Ukrainian territory.
    sources: [belarus-s300]

  - id: s300-time
    text: |
      The Belarus defence ministry said the missile was shot down
      at around 7 am local time.
# trailing note about the list
"""


def test_append_keeps_every_byte_of_the_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "claims" / "s300.yaml"
    path.parent.mkdir()
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    result = append_claims(
        path=path,
        display_path="claims/s300.yaml",
        claims=[
            ("new-one-aaaa", "In October, Belarus said it was establishing a joint force."),
            ("s300-time", "Minsk demanded an immediate investigation of the incident."),
            (
                "dupe-bbbb",
                "belarus said it shot down an air defence missile launched from "
                "Ukrainian   territory.",
            ),
        ],
    )
    text = path.read_text(encoding="utf-8")
    lines = HAND_WRITTEN.splitlines(keepends=True)
    # Everything up to the last item is untouched; the new items come right after it.
    assert text.startswith("".join(lines[:11]))
    assert text.endswith("# trailing note about the list\n")
    assert not result.rewritten and not result.created
    assert result.skipped == (
        "belarus said it shot down an air defence missile launched from Ukrainian   territory.",
    )
    parsed = parse_claims(text, path="claims/s300.yaml")
    ids = [c.id for c in parsed.claims]
    assert ids[:2] == ["s300-shot-down", "s300-time"]
    assert ids[2] == "new-one-aaaa"
    # "s300-time" was taken by another claim: the new one gets an id of its own.
    assert ids[3] != "s300-time" and ids[3].startswith("minsk-demanded-immediate-investigation-")
    assert parsed.claims[0].sources == ("belarus-s300",)
    assert parsed.document == "Draft: Belarus says it downed a missile"
    assert [p.name for p in path.parent.iterdir()] == ["s300.yaml"]  # no temp file left


def test_appending_nothing_new_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    before = path.stat().st_mtime_ns
    result = append_claims(
        path=path,
        display_path="c.yaml",
        claims=[
            (
                "x",
                "The Belarus defence ministry said the missile was shot down at around "
                "7 am local time.",
            )
        ],
    )
    assert result.added == () and len(result.skipped) == 1
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
    assert path.stat().st_mtime_ns == before


def test_a_flow_style_list_is_rewritten_keeping_claims_and_ids(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "# header kept\ndocument: D\nclaims: [{id: a1, text: First claim here., sources: [s]}]\n",
        encoding="utf-8",
    )
    result = append_claims(
        path=path, display_path="c.yaml", claims=[("b2", "Second claim, from 2022.")]
    )
    assert result.rewritten
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# header kept\n")
    parsed = parse_claims(text, path="c.yaml")
    assert [(c.id, c.text, c.sources) for c in parsed.claims] == [
        ("a1", "First claim here.", ("s",)),
        ("b2", "Second claim, from 2022.", ()),
    ]
    assert parsed.document == "D"


def test_a_broken_claims_file_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("claims:\n  - id: a\n    text: x\n  - id: a\n    oops: [\n", encoding="utf-8")
    original = path.read_bytes()
    code = main(["extract", str(DRAFT), "--into", str(path)])
    assert code == 2
    assert path.read_bytes() == original


def test_extract_prints_a_claims_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(DRAFT), "--limit", "5"]) == 0
    out = capsys.readouterr().out
    parsed = parse_claims(out, path="stdout")
    expected = extract_claims(text=read_draft(DRAFT).text, limit=5)
    assert [(c.id, c.text) for c in parsed.claims] == [(c.id, c.text) for c in expected]
    assert parsed.document == "Belarus, the war's quiet launching pad"
    assert out.count("# score ") == 5


def test_extract_into_creates_then_appends_then_keeps_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DRAFT, tmp_path / "draft.md")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "draft.md", "--into", "claims/draft.yaml", "--limit", "6"]) == 0
    assert "created: 6 claims added" in capsys.readouterr().out
    first = (tmp_path / "claims" / "draft.yaml").read_text(encoding="utf-8")
    assert first.startswith("# Claims proposed by factcheck extract from draft.md")
    assert "document: Belarus, the war's quiet launching pad" in first
    # A reviewer edits a claim's text and adds a comment; extraction runs again, wider.
    edited = first.replace("claims:\n", "claims:  # reviewed by Ada\n", 1)
    (tmp_path / "claims" / "draft.yaml").write_text(edited, encoding="utf-8")
    assert main(["extract", "draft.md", "--into", "claims/draft.yaml"]) == 0
    out = capsys.readouterr().out
    assert "updated:" in out and "6 already there" in out
    second = (tmp_path / "claims" / "draft.yaml").read_text(encoding="utf-8")
    assert second.startswith(edited)
    total = len(extract_claims(text=read_draft(tmp_path / "draft.md").text))
    ws = load_workspace(tmp_path)
    assert len(ws.claims) == total
    assert main(["extract", "draft.md", "--into", "claims/draft.yaml"]) == 0
    assert "unchanged: 0 claims added" in capsys.readouterr().out
    assert (tmp_path / "claims" / "draft.yaml").read_text(encoding="utf-8") == second


def test_ids_stay_unique_across_the_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(DRAFT, tmp_path / "draft.md")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "draft.md", "--into", "claims/a.yaml", "--limit", "3"]) == 0
    # A second claims file from the same draft: same texts would give the same ids.
    assert main(["extract", "draft.md", "--into", "claims/b.yaml", "--limit", "3"]) == 0
    ws = load_workspace(tmp_path)  # would raise on a duplicate id
    a, b = ws.claims_files
    assert [c.text for c in a.claims] == [c.text for c in b.claims]
    assert not {c.id for c in a.claims} & {c.id for c in b.claims}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "missing.md"], "cannot read"),
        (["extract", "draft.pdf"], "unsupported draft type"),
        (["extract", "draft.md", "--into", "claims/x.txt"], "must name a .yaml"),
        (["extract", "draft.md", "--limit", "0"], "--limit must be at least 1"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    shutil.copy(DRAFT, tmp_path / "draft.md")
    (tmp_path / "draft.pdf").write_bytes(b"%PDF-1.4")
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "claims").exists()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85"),
            min_size=1,
            max_size=80,
        ).filter(lambda t: t.strip()),
        min_size=1,
        max_size=4,
    )
)
def test_any_claim_text_round_trips(tmp_path: Path, texts: list[str]) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    result = append_claims(
        path=path, display_path="c.yaml", claims=[(f"id-{i}", t) for i, t in enumerate(texts)]
    )
    parsed = parse_claims(path.read_text(encoding="utf-8"), path="c.yaml")
    assert [c.id for c in parsed.claims][:2] == ["s300-shot-down", "s300-time"]
    assert [(c.id, c.text) for c in parsed.claims[2:]] == [
        (cid, text.strip()) for cid, text in result.added
    ]


def test_an_empty_or_comment_only_file_gets_a_claims_list(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("# claims for the Monday piece\n", encoding="utf-8")
    result = append_claims(
        path=path, display_path="c.yaml", claims=[("a-1", "A claim from 2022.")], document="Doc"
    )
    assert not result.created and result.added == (("a-1", "A claim from 2022."),)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# claims for the Monday piece\ndocument: Doc\nclaims:\n")
    assert [c.id for c in parse_claims(text, path="c.yaml").claims] == ["a-1"]


def test_a_windows_file_keeps_its_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(HAND_WRITTEN.replace("\n", "\r\n").encode("utf-8"))
    append_claims(path=path, display_path="c.yaml", claims=[("n-1", "New claim in 2022.")])
    data = path.read_bytes()
    assert data.startswith(HAND_WRITTEN.replace("\n", "\r\n").split("# trailing")[0].encode())
    assert b"\n" not in data.replace(b"\r\n", b"")
    ids = [c.id for c in parse_claims(data.decode("utf-8"), path="c.yaml").claims]
    assert ids == ["s300-shot-down", "s300-time", "n-1"]
