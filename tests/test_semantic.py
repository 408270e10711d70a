"""Semantic retrieval: the model's files checked by sha256, no network, the fused ranking
finding a paraphrase lexical retrieval misses, and ``--no-semantic`` unchanged.

The tests that run the model need the ``semantic`` extra (in the test extras) and are
skipped without it; the settings and the ``on``-without-the-extra errors run either way.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main
from factcheck.evidence import semantic

needs_extra = pytest.mark.skipif(
    not semantic.installed(), reason="the semantic extra is not installed"
)

# Lexically the claim shares most words with the decoys; only the meaning is in "paraphrase".
PARAPHRASE_WORKSPACE = {
    "claims/c.yaml": (
        "claims:\n  - id: pressure\n    text: The new medicine lowers blood pressure.\n"
    ),
    "sources/paraphrase.txt": "In the trial, the drug reduced hypertension in most patients.\n",
    "sources/decoys.txt": (
        "The new medicine cabinet in the school was painted blue last week.\n\n"
        "Blood donors came under pressure to give more often during the new year.\n\n"
        "Pressure on the new mayor grew after the school budget vote.\n\n"
        "The medicine faculty opened a new library for its students.\n"
    ),
}


@pytest.fixture
def settings_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo conftest's lexical default: factcheck.yaml and the flags decide."""
    monkeypatch.setattr(semantic, "_OVERRIDES", [])


@pytest.fixture
def fresh_encoder() -> Iterator[None]:
    """Load (and so verify) the model again in this test, and after it."""
    semantic.load_encoder.cache_clear()
    yield
    semantic.load_encoder.cache_clear()


def match_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["match", *argv, "--format", "json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def top_source(data: dict[str, Any]) -> str:
    return str(data["claims"][0]["evidence"][0]["source"])


@needs_extra
def test_fused_ranking_finds_the_paraphrase_lexical_misses(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace(PARAPHRASE_WORKSPACE)
    lexical = match_json(capsys, str(root), "--no-semantic")
    fused = match_json(capsys, str(root), "--semantic")
    assert lexical["retrieval"] == "lexical" and fused["retrieval"] == "semantic"
    assert top_source(lexical) == "decoys"
    assert top_source(fused) == "paraphrase"
    # The text output says which retrieval ran, first.
    assert main(["match", str(root), "--semantic"]) == 0
    assert capsys.readouterr().out.startswith("retrieval: semantic")


@needs_extra
def test_with_semantic_retrieval_the_stance_reads_the_meaning(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The paraphrase states the claim in other words: supports; the decoys share words
    with it but not its meaning: related. Lexically the paraphrase shares no word."""
    root = make_workspace(PARAPHRASE_WORKSPACE)

    def stances(*flags: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for e in match_json(capsys, str(root), *flags)["claims"][0]["evidence"]:
            found.setdefault(e["source"], set()).add(e["stance"])
        return found

    fused = stances("--semantic")
    assert fused["paraphrase"] == {"supports"}
    # The figure the stance read is in the output, and the text output says it too.
    shown = match_json(capsys, str(root), "--semantic")["claims"][0]["evidence"]
    meanings = {e["source"]: e["meaning"] for e in shown if e["source"] == "paraphrase"}
    decoys = [e["meaning"] for e in shown if e["source"] == "decoys"]
    assert decoys and meanings["paraphrase"] >= 0.6 > max(decoys)
    assert main(["match", str(root), "--semantic"]) == 0
    assert f"meaning {meanings['paraphrase']:.2f}" in capsys.readouterr().out
    assert "supports" not in fused["decoys"]
    assert all(
        "meaning" not in e
        for e in match_json(capsys, str(root), "--no-semantic")["claims"][0]["evidence"]
    )
    lexical = stances("--no-semantic")
    assert lexical.get("paraphrase", {"neutral"}) == {"neutral"}


@needs_extra
def test_forked_workers_match_as_one_process_does(
    make_workspace: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The claims are encoded before the workers fork; they only look their vectors up."""
    from factcheck.evidence import batchmatch

    if not batchmatch.can_fork():
        pytest.skip("no fork here")
    files = dict(PARAPHRASE_WORKSPACE)
    files["claims/c.yaml"] += "  - id: flood\n    text: Rain flooded the roads.\n"
    root = make_workspace(files)
    alone = match_json(capsys, str(root), "--semantic")
    monkeypatch.setattr(batchmatch, "MIN_CLAIMS", 1)
    monkeypatch.setattr(batchmatch, "CHUNK", 1)
    assert match_json(capsys, str(root), "--semantic") == alone


@needs_extra
def test_nothing_is_fetched_over_the_network(
    make_workspace: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fresh_encoder: None,
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> Any:
        attempts.append(args)
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    root = make_workspace(PARAPHRASE_WORKSPACE)
    data = match_json(capsys, str(root), "--semantic")
    assert data["retrieval"] == "semantic" and top_source(data) == "paraphrase"
    assert attempts == []


@needs_extra
def test_a_tampered_weights_file_is_refused_with_one_line(
    make_workspace: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fresh_encoder: None,
) -> None:
    model, tokenizer = semantic.model_files()
    tampered = tmp_path / "model.onnx"
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one bit pattern changed in the middle of the weights
    tampered.write_bytes(bytes(data))
    monkeypatch.setattr(semantic, "model_files", lambda: (tampered, tokenizer))
    with pytest.raises(semantic.SemanticError, match="sha256"):
        semantic.load_encoder()
    root = make_workspace(PARAPHRASE_WORKSPACE)
    assert main(["match", str(root), "--semantic"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "sha256" in err and "Traceback" not in err
    assert err.startswith(f"factcheck: {tampered}: sha256 ")


@needs_extra
def test_no_semantic_output_is_the_lexical_output(
    make_workspace: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings_decide: None,
) -> None:
    root = make_workspace(PARAPHRASE_WORKSPACE)
    assert match_json(capsys, str(root))["retrieval"] == "semantic"  # auto, installed
    flagged = match_json(capsys, str(root), "--no-semantic")
    # As if the extra were not installed at all: today's retrieval, byte for byte.
    monkeypatch.setattr(semantic, "installed", lambda: False)
    assert main(["match", str(root), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == flagged
    (root / "factcheck.yaml").write_text("matching:\n  semantic: off\n", encoding="utf-8")
    monkeypatch.undo()
    monkeypatch.setattr(semantic, "_OVERRIDES", [])
    assert match_json(capsys, str(root)) == flagged


def test_on_without_the_extra_is_a_clear_error(
    make_workspace: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings_decide: None,
) -> None:
    monkeypatch.setattr(semantic, "installed", lambda: False)
    root = make_workspace(PARAPHRASE_WORKSPACE)
    assert main(["match", str(root), "--semantic"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "factcheck: --semantic, but the semantic extra is not installed: "
        "pip install 'factcheck-review[semantic]'\n"
    )
    (root / "factcheck.yaml").write_text("matching:\n  semantic: on\n", encoding="utf-8")
    claims = root / "claims/c.yaml"  # cited, so that check matches it
    claims.write_text(claims.read_text() + "    sources: [paraphrase]\n", encoding="utf-8")
    for command in ("match", "check", "index"):
        assert main([command, str(root)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("factcheck: matching.semantic is on, but the semantic extra")
        assert err.count("\n") == 1
    # auto without the extra: lexical, no error.
    (root / "factcheck.yaml").write_text("matching:\n  semantic: auto\n", encoding="utf-8")
    assert match_json(capsys, str(root))["retrieval"] == "lexical"


def test_the_setting_takes_auto_on_off_and_nothing_else() -> None:
    from factcheck.errors import WorkspaceError
    from factcheck.workspace import SemanticMode
    from factcheck.workspace.settings import parse_settings

    assert parse_settings("").semantic is SemanticMode.AUTO
    for text, mode in (("on", SemanticMode.ON), ("off", SemanticMode.OFF), ("auto", "auto")):
        assert parse_settings(f"matching:\n  semantic: {text}\n").semantic is SemanticMode(mode)
    with pytest.raises(WorkspaceError, match=r"factcheck.yaml:2: matching.semantic must be"):
        parse_settings("matching:\n  semantic: sometimes\n")
