"""Loaders against files built to hurt: deep nesting, bombs, floods of nodes, mixed bad files.

The YAML cases run in a child process: a regression there is a segfault (libyaml
recursing in C) or an exponential blow-up, which must fail this test, not kill
or hang the test run. The child measures its own peak memory with tracemalloc.
The last test builds whole workspaces on disk from good and broken files
(hypothesis; FACTCHECK_FUZZ_EXAMPLES runs it longer) and runs the CLI on them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
import yaml.scanner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.errors import FactcheckError
from factcheck.workspace import yamlio
from tests.test_fuzz_loaders import NASTY, VALID_CLAIMS, VALID_SETTINGS, VALID_VERDICTS, mutated

CHILD = """
import json, sys, tracemalloc
from factcheck.errors import FactcheckError
from factcheck.workspace.load import load_workspace
tracemalloc.start()
try:
    load_workspace(__import__("pathlib").Path(sys.argv[1]))
    outcome = "loaded"
except FactcheckError as exc:
    outcome = str(exc)
print(json.dumps({"outcome": outcome, "peak": tracemalloc.get_traced_memory()[1]}))
"""


def bomb(levels: int = 12, width: int = 9) -> str:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\nclaims: []\n"


def merge_bomb(levels: int = 12, width: int = 9) -> str:
    lines = ["a0: &a0 {x: 1}"]
    lines += [
        f"a{i}: &a{i} {{<<: [{', '.join([f'*a{i - 1}'] * width)}]}}" for i in range(1, levels)
    ]
    return "\n".join(lines) + "\nclaims: []\n"


PLACES = ("claims/c.yaml", "factcheck.yaml", "front matter")
HOSTILE_YAML = {
    "flow nesting 200k deep": ("claims: " + "[" * 200_000 + "]" * 200_000, "nested more than"),
    "unclosed flow nesting": ("claims: " + "[" * 200_000, "nested more than"),
    "mapping nesting 50k deep": ("a: " + "{a: " * 50_000 + "1" + "}" * 50_000, "nested more than"),
    "block sequence 100k deep": ("- " * 100_000 + "x\n", "nested more than"),
    "indentation 3000 deep": ("".join("  " * i + f"k{i}:\n" for i in range(3000)), "nested"),
    "billion laughs": (bomb(), "claims/c.yaml"),
    "merge-key bomb": (merge_bomb(), "merge keys"),
    "100k aliases": ("a: &a x\nb: [" + ", ".join(["*a"] * 100_000) + "]\n", "aliases"),
}
# Floods of nodes: slow to build under tracemalloc, so tried in one place only.
FLOODS = {
    "260k keys (520k nodes)": ("".join(f"k{i}: {i}\n" for i in range(260_000)), "more than 500000"),
    "510k flow items": ("[" + "1," * 510_000 + "1]", "more than 500000"),
}
CASES = [
    *((text, expected, where) for text, expected in HOSTILE_YAML.values() for where in PLACES),
    *((text, expected, "claims/c.yaml") for text, expected in FLOODS.values()),
]
CASE_IDS = [
    *(f"{where}-{name}" for name in HOSTILE_YAML for where in PLACES),
    *(f"claims-{name}" for name in FLOODS),
]


@pytest.mark.parametrize("text,expected,where", CASES, ids=CASE_IDS)
@pytest.mark.slow
def test_hostile_yaml_is_refused_with_bounded_memory(
    tmp_path: Path, text: str, expected: str, where: str
) -> None:
    root = tmp_path / "ws"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "sources/s.txt").write_text("Some text.\n", encoding="utf-8")
    if where == "front matter":
        (root / "sources/s.txt").write_text(f"---\n{text}\n---\nBody.\n", encoding="utf-8")
        expected = "sources/s.txt" if expected == "claims/c.yaml" else expected
    else:
        (root / where).write_text(text, encoding="utf-8")
        expected = where if expected == "claims/c.yaml" else expected
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(root)],
        capture_output=True,
        text=True,
        timeout=300,  # a hang guard only: a refusal takes well under a second
    )
    assert child.returncode == 0, f"the loader died: {child.returncode} {child.stderr[-2000:]}"
    result = json.loads(child.stdout)
    assert expected in result["outcome"], result
    assert "\n" not in result["outcome"]
    # Bounded: a few times the file itself, never the expansion.
    assert result["peak"] < 40 * 2**20 + 4 * len(text.encode()), result


def test_a_huge_string_loads_in_linear_memory(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    (root / "claims").mkdir(parents=True)
    text = "x " * 5_000_000
    (root / "claims/c.yaml").write_text(f"claims:\n  - id: a\n    text: {text}\n", encoding="utf-8")
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(root)], capture_output=True, text=True, timeout=300
    )
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    assert result["outcome"] == "loaded"
    assert result["peak"] < 12 * len(text), result


# --- whole workspaces on disk, good and broken files mixed ------------------------------

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "40"))
GOOD_SOURCE = "The sky is blue, the ministry said on Monday.\n"
FILE_TEXT = (
    st.just(VALID_CLAIMS)
    | mutated(VALID_CLAIMS)
    | st.text(max_size=80)
    | st.sampled_from(NASTY).map(lambda n: VALID_CLAIMS + n)
)
SOURCE_BYTES = (
    st.just(GOOD_SOURCE.encode())
    | st.binary(max_size=120)
    | st.text(max_size=120).map(lambda t: t.encode("utf-8", "surrogatepass"))
    | st.text(max_size=60).map(
        lambda t: ("---\n" + t + "\n---\nBody.\n").encode("utf-8", "replace")
    )
)
WORKSPACE = st.fixed_dictionaries(
    {
        "claims": st.lists(FILE_TEXT, min_size=0, max_size=3),
        "sources": st.lists(SOURCE_BYTES, min_size=0, max_size=3),
        "verdicts": st.lists(mutated(VALID_VERDICTS) | st.just(VALID_VERDICTS), max_size=2),
        "settings": st.none() | mutated(VALID_SETTINGS) | st.just(VALID_SETTINGS),
    }
)


def one_line_error_or_output(code: int, err: str) -> None:
    assert code in (0, 1, 2)
    if code == 2:
        lines = [line for line in err.splitlines() if not line.startswith("factcheck: warning:")]
        assert len(lines) == 1 and lines[0].startswith("factcheck: "), err


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(WORKSPACE)
def test_any_mix_of_files_is_a_result_or_one_line(
    capsys: pytest.CaptureFixture[str], files: dict[str, object]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name in ("claims", "sources", "verdicts"):
            (root / name).mkdir()
        for i, text in enumerate(files["claims"]):  # type: ignore[arg-type]
            (root / f"claims/c{i}.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        for i, data in enumerate(files["sources"]):  # type: ignore[arg-type]
            (root / f"sources/s{i}.txt").write_bytes(data)
        for i, text in enumerate(files["verdicts"]):  # type: ignore[arg-type]
            (root / f"verdicts/c{i}.yaml").write_text(text, encoding="utf-8")
        if files["settings"] is not None:
            (root / "factcheck.yaml").write_text(str(files["settings"]), encoding="utf-8")
        for argv in (
            ["match", str(root)],
            ["check", str(root), "--no-cache", "--require-verdicts"],
            ["export", str(root), "--format", "jsonl", "--include-pending"],
            ["report", str(root), "--format", "markdown"],
        ):
            code = main(argv)
            _, err = capsys.readouterr()
            one_line_error_or_output(code, err)


class _ParserWithItsOwnLimit(yaml.SafeLoader):
    """A parser that, like libyaml 0.2.6, stops deep flow nesting early in its own words."""

    def fetch_flow_collection_start(self, token_class: type) -> None:  # type: ignore[override]
        if self.flow_level >= 30:
            raise yaml.scanner.ScannerError(
                "while increasing flow level", self.get_mark(), "exceeded maximum nesting depth"
            )
        super().fetch_flow_collection_start(token_class)  # type: ignore[misc]


@pytest.mark.parametrize("depth", [150, 200_000])
def test_deep_nesting_error_is_factchecks_whatever_the_parser_says(
    monkeypatch: pytest.MonkeyPatch, depth: int
) -> None:
    monkeypatch.setattr(yamlio, "_Loader", _ParserWithItsOwnLimit)
    with pytest.raises(FactcheckError) as caught:
        yamlio.parse_yaml("claims: " + "[" * depth + "]" * depth, file="claims/c.yaml")
    message = str(caught.value)
    assert message.startswith("claims/c.yaml:1: ") and "nested more than" in message
    assert "\n" not in message


def test_other_parser_errors_keep_the_parsers_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "_Loader", _ParserWithItsOwnLimit)
    with pytest.raises(FactcheckError) as caught:
        yamlio.parse_yaml("claims: [a, b\nc: {", file="claims/c.yaml")
    assert "invalid YAML" in str(caught.value)
