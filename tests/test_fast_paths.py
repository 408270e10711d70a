"""Shortcuts taken for speed change no result: the digit pre-check of numbers, ASCII words,
scoring only the cited passages for ``check``."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.evidence import best_cited_score, build_index, find_evidence, numbers
from factcheck.workspace import load_workspace
from tests.conftest import SHARED_EVAL

PIECES = st.sampled_from(
    [
        " ", "7", "12", "0700", ":", "30", "am", "p.m.", "GMT", "local time", "May", "Sept",
        "26th", "of", "1998", "2022s", "Monday", "forty", "two", "million", "%", "percent",
        "people", "-", ",", ".", "٣", "٢٠٢٢", "۱۲", "people", "in", "since", "x",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=14).map("".join) | st.text(max_size=40)


def without_precheck(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numbers, "_DIGIT", re.compile(""))  # matches every text


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_mentions_are_the_same_with_and_without_the_digit_precheck(text: str) -> None:
    with_check = (numbers.times(text), numbers.dates(text), numbers.mentions(text))
    with pytest.MonkeyPatch.context() as patch:
        without_precheck(patch)
        assert (numbers.times(text), numbers.dates(text), numbers.mentions(text)) == with_check


def test_unicode_digits_still_count_as_digits() -> None:
    # \d in the patterns matches any decimal digit, so the pre-check must too.
    assert [m.kind for m in numbers.dates("on May ٢٦ and on Monday")] == ["date", "weekday"]
    assert [m.value for m in numbers.times("at ٧ am")] == [(420,)]


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=60) | TEXTS)
def test_word_spans_of_ascii_text_equal_the_general_path(text: str) -> None:
    """The ASCII fast path of ``text.word_spans`` (lower the whole text once) finds the same
    words, spans and normalised forms as matching the text and lowering word by word."""
    from factcheck.workspace.text import WORD, normalize, word_spans

    general = [(m.start(), m.end(), normalize(m.group())) for m in WORD.finditer(text)]
    if text.isascii():
        assert word_spans(text) == general


def _cited_workspace(root: Path, eval_dir: Path, *, claims: int) -> None:
    """A workspace of evaluation claims, each citing its evidence's source and one other."""
    rows = [json.loads(line) for line in (eval_dir / "claims.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r["evidence"]][:claims]
    files = sorted({e["file"] for r in rows for e in r["evidence"]})
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    for rel in files:
        shutil.copyfile(eval_dir / rel, root / rel)
    ids = [rel.removeprefix("sources/").rsplit(".", 1)[0] for rel in files]
    entries = []
    for n, row in enumerate(rows):
        own = row["evidence"][0]["file"].removeprefix("sources/").rsplit(".", 1)[0]
        cited = [own, ids[n * 7 % len(ids)]] if n % 3 else [ids[n * 5 % len(ids)]]
        entries.append({"id": f"c{n}", "text": row["claim"], "sources": cited})
    (root / "claims" / "eval.yaml").write_text(yaml.safe_dump({"claims": entries}), "utf-8")


def _workspaces(example_root: Path, tmp_path: Path) -> list[Path]:
    roots = [tmp_path / "example"]
    for name in ("claims", "sources"):
        shutil.copytree(example_root / name, roots[0] / name)
    eval_dir = SHARED_EVAL / "climate-fever"
    if eval_dir.is_dir():
        roots.append(tmp_path / "climate")
        _cited_workspace(roots[-1], eval_dir, claims=60)
    return roots


def test_best_cited_score_is_the_best_cited_evidence_of_find_evidence(
    example_root: Path, tmp_path: Path
) -> None:
    compared = 0
    for root in _workspaces(example_root, tmp_path):
        workspace = load_workspace(root)
        index = build_index(workspace=workspace)
        for n, claim in enumerate(workspace.claims):
            cited = [e for e in find_evidence(claim=claim, index=index, top_k=0) if e.cited]
            # Dismissing the best cited passage makes the next one count.
            for dismissed in ((), tuple(e.passage.ref for e in cited[: n % 2 + 1])):
                full = find_evidence(claim=claim, index=index, top_k=0, dismissed=dismissed)
                want = max((e.score for e in full if e.cited), default=0.0)
                got = best_cited_score(claim=claim, index=index, dismissed=dismissed)
                assert got == want, (root.name, claim.id, dismissed)
                compared += want > 0
    assert compared >= 20
