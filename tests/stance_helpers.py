"""Helpers for the stance and cue tests: a passage inside a file, and its assessment."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml

from factcheck.cli import main
from factcheck.evidence import semantic
from factcheck.evidence.stance import assess_stance
from factcheck.workspace.models import Cue, Passage, Stance

PREFIX = "Header line.\n\n"  # passages start inside a file: spans must be absolute


def passage(text: str) -> Passage:
    start = len(PREFIX)
    return Passage(source_id="s", start=start, end=start + len(text), text=text)


def assess(claim: str, source: str, **kw: object) -> tuple[Stance, tuple[Cue, ...]]:
    return assess_stance(claim_text=claim, passage=passage(source), **kw)  # type: ignore[arg-type]


def conflicts(cues: tuple[Cue, ...]) -> list[Cue]:
    return [c for c in cues if c.conflict]


def only_conflict(claim: str, source: str) -> Cue:
    """The one clashing cue of a pair that must contradict; its span quotes the source."""
    stance, cues = assess(claim, source)
    assert stance is Stance.CONTRADICTS, cues
    found = conflicts(cues)
    assert len(found) == 1, found
    cue = found[0]
    if cue.start >= 0:  # the span points at the source words the cue quotes
        assert (PREFIX + source)[cue.start : cue.end] == cue.source
    return cue


def agrees(claim: str, source: str) -> tuple[Cue, ...]:
    """The cues of a pair that must support: no clash, and every span quotes the source."""
    stance, cues = assess(claim, source)
    assert not conflicts(cues), cues
    assert stance is Stance.SUPPORTS, cues
    for cue in cues:
        if cue.start >= 0:
            assert (PREFIX + source)[cue.start : cue.end] == cue.source
    return cues


def assert_case(claim: str, source: str, stance: Stance) -> None:
    """One editor pair: the stance shown, and every cue quoting the source words it names."""
    got, cues = assess(claim, source)
    assert got is stance, [c.describe() for c in cues]
    for cue in cues:
        if cue.start >= 0:
            assert (PREFIX + source)[cue.start : cue.end] == cue.source


# Both retrievals, the semantic one where its extra is installed: for tests that run
# `factcheck match` over a table of cases.
RETRIEVALS = [
    "--no-semantic",
    pytest.param(
        "--semantic",
        marks=pytest.mark.skipif(not semantic.installed(), reason="no semantic extra"),
    ),
]


def wrong_through_match(
    cases: Sequence[tuple[str, str, Stance]],
    *,
    root: Path,
    retrieval: str,
    capsys: pytest.CaptureFixture[str],
) -> list[tuple[str, str, str]]:
    """The cases `factcheck match --format json` gets wrong, as a user runs it: one source
    per case, holding its passage between two unrelated lines, and one claim per case
    citing it. Each is (claim, source, the stance shown or "not shown")."""
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    claims = []
    for i, (claim, source, _) in enumerate(cases):
        body = f"The weather was mild.\n\n{source}\n\nThe garden needs water.\n"
        (root / "sources" / f"s{i:03d}.txt").write_text(body, encoding="utf-8")
        claims.append({"id": f"c{i:03d}", "text": claim, "sources": [f"s{i:03d}"]})
    text = yaml.safe_dump({"claims": claims}, sort_keys=False, allow_unicode=True)
    (root / "claims" / "cases.yaml").write_text(text, encoding="utf-8")
    assert main(["match", str(root), "--format", "json", "--top", "5", retrieval]) == 0
    report = json.loads(capsys.readouterr().out)
    wrong = []
    for found in report["claims"]:
        i = int(found["id"][1:])
        _, source, stance = cases[i]
        own = [e for e in found["evidence"] if e["source"] == f"s{i:03d}" and e["text"] == source]
        got = own[0]["stance"] if own else "not shown"
        if got != stance.value:
            wrong.append((found["text"], source, got))
    return wrong
