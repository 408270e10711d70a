"""``factcheck match``: text output and the JSON contract, through ``cli.main``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main


@pytest.fixture
def example_copy(example_root: Path, tmp_path: Path) -> Path:
    """The example workspace copied, so the command may write its index cache freely."""
    root = tmp_path / "example"
    for folder in ("claims", "sources"):
        shutil.copytree(example_root / folder, root / folder)
    return root


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["match", *argv, "--format", "json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_json_contract(example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, str(example_copy))
    texts = {
        p.relative_to(example_copy / "sources").with_suffix("").as_posix(): p.read_text(
            encoding="utf-8"
        )
        for p in (example_copy / "sources").rglob("*.txt")
    }
    assert set(data) == {"claims"}
    assert len(data["claims"]) == 24
    for claim in data["claims"]:
        assert {"id", "text", "evidence"} <= set(claim)
        assert 1 <= len(claim["evidence"]) <= 5 + len(claim.get("sources", []))
        uncited = [e["score"] for e in claim["evidence"] if not e["cited"]]
        assert uncited == sorted(uncited, reverse=True)  # best first
        for e in claim["evidence"]:
            assert {"source", "text", "start", "end", "score", "stance", "cues"} <= set(e)
            assert texts[e["source"]][e["start"] : e["end"]] == e["text"]
            assert 0 <= e["score"] <= 100
            assert e["stance"] in {"supports", "contradicts", "neutral"}
            assert all(isinstance(c, str) and c for c in e["cues"])


def test_json_carries_precise_cues(example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, str(example_copy), "--claim", "poland-missile-deaths")
    best = data["claims"][0]["evidence"][0]
    assert best["stance"] == "contradicts"
    assert best["cues"] == ['number: claim "three" vs source "two"']


def test_top_limits_evidence(example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, str(example_copy), "--top", "2")
    for claim in data["claims"]:
        if not claim["sources"]:
            assert len(claim["evidence"]) <= 2
        # A cited source may add its best passage beyond the top K.
        assert len(claim["evidence"]) <= 2 + len(claim["sources"])


def test_claim_option_selects_claims(
    example_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, str(example_copy), "--claim", "s300-time", "--claim", "zhytomyr-east")
    assert [c["id"] for c in data["claims"]] == ["zhytomyr-east", "s300-time"]


def test_unknown_claim_is_an_input_error(
    example_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["match", str(example_copy), "--claim", "no-such-claim"]) == 2
    assert "no-such-claim" in capsys.readouterr().err


def test_text_output(example_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["match", str(example_copy), "--claim", "s300-time", "--top", "1"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("s300-time")
    assert "7 am local time" in lines[1]
    assert "contradicts" in out and "belarus-s300 (cited)" in out
    assert "around 10 am local time (0700 GMT)" in out
    assert 'cue: time: claim "7 am local time" vs source "10 am local time"' in out
    assert "\x1b[" not in out  # no colour when not writing to a terminal


def test_text_output_for_a_claim_without_matches(
    make_workspace: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace(
        {
            "claims/c.yaml": "claims:\n  - id: q\n    text: Quarks carry colour charge.\n",
            "sources/a.txt": "The harbour bridge will close for repairs.\n",
        }
    )
    assert main(["match", str(root)]) == 0
    assert "no matching passage in any source" in capsys.readouterr().out
