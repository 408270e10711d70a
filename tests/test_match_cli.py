"""``factcheck match``: text output and the JSON contract, through ``cli.main``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
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
    assert set(data) == {"retrieval", "claims"}
    assert data["retrieval"] == "lexical"  # tests match lexically unless they ask (conftest)
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
    assert best["cues"] == [
        'agreement: "November" on both sides',
        'number: claim "three" vs source "two"',
    ]


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
    assert lines[0] == "retrieval: lexical (BM25 + rapidfuzz)" and lines[1] == ""
    assert lines[2].startswith("s300-time")
    assert "7 am local time" in lines[3]
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


TRICKY_CLAIMS = """claims:
  - id: plain
    text: The ministry said forty missiles were fired at the city.
  - id: quoted
    text: 'He said "forty \\\\ missiles" were fired, not 40.'
  - id: lines
    text: "Forty missiles\\nwere fired\\u2028at the city \\u00e9t\\u00e9 \\u202e."
  - id: nothing
    text: Zebras quietly graze.
"""


@pytest.mark.parametrize("pooled", [False, True], ids=["in-process", "forked-workers"])
def test_json_built_claim_by_claim_equals_one_dump(
    make_workspace: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pooled: bool,
) -> None:
    """Each claim's JSON is written where it is matched (in a worker): the document must
    still be byte for byte one ``json.dumps`` of the whole contract."""
    from factcheck.commands.match import to_json
    from factcheck.evidence import batchmatch
    from factcheck.evidence.matching import match_claims
    from factcheck.terminal import inert_json
    from factcheck.workspace.load import load_workspace

    root = make_workspace(
        {
            "claims/c.yaml": TRICKY_CLAIMS,
            "sources/news.txt": 'The ministry said "forty \\ missiles"\nwere fired at the city.\n'
            "Officials said 40 missiles were fired.\n",
        }
    )
    if pooled:
        if not batchmatch.can_fork():
            pytest.skip("no fork here")
        monkeypatch.setattr(batchmatch, "MIN_CLAIMS", 1)
        monkeypatch.setattr(batchmatch, "CHUNK", 1)
    assert main(["match", str(root), "--format", "json"]) == 0
    out = capsys.readouterr().out
    results = match_claims(workspace=load_workspace(root))
    assert any(r.evidence for r in results) and any(not r.evidence for r in results)
    whole = json.dumps(to_json(results), ensure_ascii=False, indent=2)
    assert out == inert_json(whole) + "\n"
    assert "\\u202e" in out and "\\u2028" in out  # still made inert


def test_json_for_no_claims_is_an_empty_list(
    make_workspace: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace({"sources/news.txt": "Forty missiles were fired.\n"})
    assert main(["match", str(root), "--format", "json"]) == 0
    expected = {"retrieval": "lexical", "claims": []}
    assert capsys.readouterr().out == json.dumps(expected, indent=2) + "\n"


def _as_process(*argv: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m factcheck ARGV`` as its own process (``cli.main`` with the process
    arguments: ``args.whole_process``, so ``match`` ends the process itself when done)."""
    return subprocess.run([sys.executable, "-m", "factcheck", *argv], capture_output=True)


@pytest.mark.parametrize("form", ["json", "text"])
def test_match_as_the_whole_process_ends_it_with_all_its_output(
    example_copy: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    """``exit_now`` skips the interpreter's teardown, never the output: the process gives
    exactly what ``main`` gives in process (which returns, for a caller that goes on)."""
    assert main(["match", str(example_copy), "--format", form]) == 0
    expected = capsys.readouterr().out
    done = _as_process("match", str(example_copy), "--format", form, "--no-semantic")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == expected
    assert done.stderr == b""


def test_match_as_a_process_whose_reader_leaves_is_no_error(example_copy: Path) -> None:
    """``factcheck match | head``: the pipe breaks while writing or at the final flush;
    exit 0 and nothing on stderr, as before the process ended itself."""
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert reader.stdin is not None
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "match", str(example_copy), "--no-semantic"],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
    )
    reader.stdin.close()
    assert reader.wait() == 0
    assert done.returncode == 0
    assert done.stderr == b""
