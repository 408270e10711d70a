"""Big and odd inputs, small-scale: a long one-line source, many tiny sources, an empty one,
a 5,000-character claim, and a source over ``matching.max_source_mb``.

The full-size runs (a 200 MB source, a 5 MB line, 10,000 sources) and their
peak memory are in benchmarks/big_inputs.py; these tests take the same paths
quickly and check what is said about what is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import FactcheckError
from factcheck.workspace.load import load_workspace
from factcheck.workspace.passages import split_passages
from factcheck.workspace.settings import parse_settings
from tests.tui_helpers import app_for, ready

WORDS = "the ministry said forty missiles were fired at the city overnight officials confirmed"
CLAIM = "The ministry said forty missiles were fired at the city."


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def odd_root(make_workspace: Callable[..., Path]) -> Path:
    long_line = " ".join(WORDS.split() * 15_000)  # about 1.3 MB, one line, no full stop
    files: dict[str, str | bytes] = {
        "claims/c.yaml": "claims:\n"
        f"  - id: short\n    text: {CLAIM}\n    sources: [long, empty, tiny/t0]\n"
        f"  - id: long\n    text: {json.dumps((CLAIM + ' ') * 88)}\n",  # ~5,000 characters
        "sources/long.txt": long_line,
        "sources/empty.txt": b"",
        "sources/blank.txt": "\n\n   \r\n\t\n",
    }
    for i in range(500):
        files[f"sources/tiny/t{i}.txt"] = f"Item {i}: {WORDS}.\n" if i % 3 else "x"
    return make_workspace(files)


@pytest.mark.slow
def test_odd_sources_and_a_long_claim_load_match_and_check(
    odd_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = load_workspace(odd_root)
    assert len(workspace.sources) == 503
    assert len(workspace.claim("long").text) > 4_900  # type: ignore[union-attr]
    for source in workspace.sources.values():
        for passage in split_passages(source):
            assert source.text[passage.start : passage.end] == passage.text
    code, out, err = run(capsys, "match", str(odd_root), "--format", "json")
    assert code == 0, err
    results = {c["id"]: c for c in json.loads(out)["claims"]}
    assert results["short"]["evidence"] and results["long"]["evidence"]
    code, out, err = run(capsys, "check", str(odd_root), "--no-cache", "--format", "json")
    assert code in (0, 1), err
    assert "Traceback" not in err


def test_a_long_line_is_split_into_bounded_passages(odd_root: Path) -> None:
    source = load_workspace(odd_root).sources["long"]
    passages = split_passages(source)
    assert len(passages) > 100  # not one 1.3 MB passage
    assert max(len(p.text) for p in passages) < 5_000


def test_a_source_over_the_size_limit_is_skipped_and_named(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace(
        {
            "factcheck.yaml": "matching:\n  max_source_mb: 0.5\n",
            "claims/c.yaml": f"claims:\n  - id: a\n    text: {CLAIM}\n    sources: [big, small]\n",
            "sources/big.txt": (WORDS + ".\n") * 8_000,  # about 0.7 MB
            "sources/small.txt": CLAIM + "\n",
        }
    )
    warning = (
        "factcheck: warning: sources/big.txt: skipped: 0.7 MiB is over matching.max_source_mb "
        "(0.5 MiB)\n"
    )
    assert set(load_workspace(root).sources) == {"small"}
    for argv in (["match", str(root)], ["export", str(root)], ["report", str(root)]):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert warning in err, argv
        assert "big" not in out.replace("big.txt", "") or argv[0] == "report"
    code, out, err = run(capsys, "check", str(root), "--no-cache")
    assert warning in err
    assert "FC002" not in out  # citing a skipped source is not "unknown source"
    assert code == 1 and "FC011" in out  # nor is it sourced
    code, out, err = run(capsys, "index", str(root))
    assert code == 0 and warning in err


@pytest.mark.slow
async def test_the_review_app_shows_the_same_warning(make_workspace: Callable[..., Path]) -> None:
    root = make_workspace(
        {
            "factcheck.yaml": "matching:\n  max_source_mb: 0.1\n",
            "claims/c.yaml": f"claims:\n  - id: a\n    text: {CLAIM}\n",
            "sources/big.txt": (WORDS + ".\n") * 2_000,
            "sources/small.txt": CLAIM + "\n",
        }
    )
    app = app_for(root)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        notes = [n for n in app._notifications if n.title == "Source skipped"]
        assert [n.message for n in notes] == [
            "sources/big.txt: skipped: 0.2 MiB is over matching.max_source_mb (0.1 MiB)"
        ]
        assert set(app.workspace.sources) == {"small"}


@pytest.mark.parametrize("value", ["0", "-1", "true", "'big'", "[1]"])
def test_max_source_mb_must_be_a_positive_number(value: str) -> None:
    with pytest.raises(FactcheckError, match="max_source_mb"):
        parse_settings(f"matching:\n  max_source_mb: {value}\n")


def test_max_source_mb_default_and_override() -> None:
    assert parse_settings("").max_source_mb == 50.0
    assert parse_settings("matching:\n  max_source_mb: 200\n").max_source_mb == 200.0


PATHOLOGICAL = {
    "a run of 300,000 dots": "." * 300_000,
    "a dot leader on 5,000 lines": ("Chapter one " + "." * 80 + " 5\n") * 5_000,
    "5,000 long unpunctuated lines": (
        "A headline with no full stop, long enough to join " * 2 + "\n"
    )
    * 5_000,
    "30,000 question marks then text": "?" * 30_000 + "x",
}
SPLIT_CHILD = """
import sys
from factcheck.workspace.passages import split_passages
from factcheck.workspace.sources import parse_source
text = sys.stdin.read()
source = parse_source(text, source_id="x", path="sources/x.txt")
passages = split_passages(source)
assert all(text[p.start : p.end] == p.text for p in passages)
print(len(passages))
"""


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_text_splits_in_linear_time(text: str) -> None:
    # Before the fix each of these took minutes to hours (n² in the sentence regex or in
    # re-testing merged lines); the timeout only guards the test run against a hang.
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", SPLIT_CHILD],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 1
