"""Terminal safety in the CLI: text from sources and claims can never act on the terminal.

One workspace carries ANSI CSI and OSC sequences (clear screen, colour, window
title, hyperlink), an 8-bit CSI, bidi overrides, other C0 controls and Rich
markup in every field a command prints: claim text, document, source title,
URL, date and body, verdict reviewer, note and pinned quote, claims and source
file names. Every text output of every command is scanned for raw control
characters; text formats must show them as visible escapes, JSON must still
parse to the exact original text.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.terminal import inert, inert_json
from factcheck.workspace.models import text_hash

NASTY = (
    "\x1b[2J\x1b[31mRED\x1b[0m \x1b]0;pwned\x07 \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\"
    " \u202eevil\u202c \x9b31m \x07\x08\x7f [bold]b[/bold] [/x] [link=http://x]l[/link]"
)
QUOTE = f"The ministry said 40 missiles were fired at the city {NASTY}."
# Characters that must never reach a terminal raw (\r only as a CSV line end).
FORBIDDEN = {chr(c) for c in range(0x20) if chr(c) not in "\n\t\r"} | {
    *map(chr, range(0x7F, 0xA0)),
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
}
ODD_FILE = "odd\x1b[2J\u202e"  # a claims file name with an escape and a bidi override


def assert_inert(output: str, *, what: str) -> None:
    raw = sorted({hex(ord(ch)) for ch in output if ch in FORBIDDEN})
    assert not raw, f"{what}: raw control characters reach the terminal: {raw}"
    assert "\r" not in output.replace("\r\n", ""), f"{what}: a bare carriage return"


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A git workspace: commit 1 without verdicts, commit 2 with one; then drift on disk."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    root = tmp_path / "ws"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    claim = f"The ministry said 40 missiles were fired {NASTY}"
    (root / f"claims/{ODD_FILE}.yaml").write_text(
        f"document: {json.dumps('Doc ' + NASTY)}\nclaims:\n"
        f"  - id: odd\n    text: {json.dumps(claim)}\n    sources: [news]\n"
        f"  - id: other\n    text: {json.dumps('Another claim ' + NASTY)}\n",
        encoding="utf-8",
    )
    source = (
        f"---\ntitle: {json.dumps('Title ' + NASTY)}\nurl: {json.dumps('http://x/' + NASTY)}\n"
        f"published: {json.dumps('2024-01-01' + NASTY)}\n---\n{QUOTE}\n\n"
        f"Another paragraph about 40 missiles fired {NASTY} yesterday.\n"
    )
    (root / "sources/news.txt").write_text(source, encoding="utf-8", newline="")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "claims")
    start = source.index(QUOTE)
    (root / "verdicts").mkdir()
    (root / f"verdicts/{ODD_FILE}.yaml").write_text(
        "odd:\n  verdict: supported\n"
        f"  reviewer: {json.dumps('Rev ' + NASTY)}\n  reviewed_at: '2026-11-22T10:15:03Z'\n"
        f"  claim_hash: {text_hash(claim)}\n"
        "  evidence:\n    - source: news\n      stance: supports\n"
        f"      quote: {json.dumps(QUOTE)}\n      start: {start}\n      end: {start + len(QUOTE)}\n"
        f"  note: {json.dumps('Note ' + NASTY)}\n",
        encoding="utf-8",
    )
    git(root, "add", "-A")
    git(root, "commit", "-qm", "verdicts")
    # On disk only: the quote drifts, the claim cites a missing source with an escape in its id.
    (root / "sources/news.txt").write_text(
        source.replace("said 40", "said 41", 1), encoding="utf-8", newline=""
    )
    claims_file = root / f"claims/{ODD_FILE}.yaml"
    claims_file.write_text(
        claims_file.read_text(encoding="utf-8")
        .replace("sources: [news]", 'sources: [news, "gone\\e[2J\\u202e"]')
        .replace("Another claim", "Another new claim"),
        encoding="utf-8",
    )
    monkeypatch.chdir(root)
    yield root


def strings(data: object) -> Iterator[str]:
    """Every string in parsed JSON."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings(value)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


TEXT_COMMANDS = {
    "match": ["match"],
    "check text": ["check", "--strict", "--require-verdicts", "--no-cache"],
    "check github": ["check", "--format", "github", "--strict", "--no-cache"],
    "check junit": ["check", "--format", "junit", "--no-cache"],
    "diff text (revisions)": ["diff", "HEAD~1", "HEAD"],
    "diff text (work tree)": ["diff", "HEAD"],
    "diff markdown (revisions)": ["diff", "HEAD~1", "HEAD", "--format", "markdown"],
    "diff markdown (work tree)": ["diff", "HEAD", "--format", "markdown"],
    "diff textconv": ["diff", "--textconv", f"verdicts/{ODD_FILE}.yaml"],
    "export csv": ["export", "--format", "csv", "--include-pending"],
    "export claimreview-html": ["export", "--format", "claimreview-html"],
    "report html": ["report"],
    "report markdown": ["report", "--format", "markdown"],
}
JSON_COMMANDS = {
    "match json": ["match", "--format", "json"],
    "check json": ["check", "--format", "json", "--strict", "--no-cache"],
    "diff json": ["diff", "HEAD~1", "HEAD", "--format", "json"],
    "export claimreview": ["export", "--format", "claimreview"],
}


@pytest.mark.parametrize("argv", TEXT_COMMANDS.values(), ids=TEXT_COMMANDS.keys())
def test_text_output_shows_escapes_and_never_sends_them(
    hostile: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code in (0, 1), err
    assert_inert(out, what=" ".join(argv))
    assert_inert(err, what=" ".join(argv) + " (stderr)")
    # Shown, not dropped: the reader sees that the text holds an escape.
    assert "x1b" in out or "u001b" in out or "&#27;" in out, out[:2000]


@pytest.mark.parametrize("argv", JSON_COMMANDS.values(), ids=JSON_COMMANDS.keys())
def test_json_output_is_inert_and_keeps_the_exact_text(
    hostile: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code in (0, 1), err
    assert_inert(out, what=" ".join(argv))
    data = json.loads(out)
    if argv[0] != "check":  # check's messages quote the text inert, for every format alike
        assert any(NASTY in text for text in strings(data))


def test_jsonl_records_stay_one_per_line_and_keep_the_text(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "export", "--format", "jsonl", "--include-pending")
    assert code == 0
    assert_inert(out, what="export jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2
    assert any(NASTY in text for text in strings(records))


def test_export_csv_keeps_formula_and_control_safety(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "export", "--format", "csv")
    assert code == 0
    assert inert("Note " + NASTY) in out


def test_error_messages_quoting_workspace_text_are_inert(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (hostile / "sources/news.txt").write_text(
        f"---\n{json.dumps('tit' + NASTY)}: x\n---\nBody.\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "match")
    assert code == 2
    assert err.startswith("factcheck: sources/news.txt:") and err.count("\n") == 1
    assert_inert(err, what="error line")
    assert "\\x1b[2J" in err


def test_usage_errors_are_inert(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["match", "--format", "\x1b]0;title\x07"])
    assert exit_info.value.code == 2
    _, err = capsys.readouterr()
    assert_inert(err, what="argparse error")


def test_a_file_name_that_is_not_utf8_is_one_error(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (hostile / "sources").joinpath(b"bad\x9b2J.txt".decode("utf-8", "surrogateescape")).write_text(
        "Some text.\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "match")
    assert code == 2
    assert err == "factcheck: sources/bad\\x9b2J.txt: the file name is not UTF-8; rename the file\n"
    code, out, _ = run(capsys, "check", "--no-cache")
    assert code == 1
    assert "sources/bad\\x9b2J.txt" in out and "not UTF-8" in out


def test_inert_json_round_trips_every_character() -> None:
    every = "".join(map(chr, range(0x3000))) + "\ufeff\U0001f600"
    text = inert_json(json.dumps({"k": every}, ensure_ascii=False))
    assert json.loads(text) == {"k": every}
    assert not FORBIDDEN & set(text)


def test_review_load_errors_are_printed_inert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    import factcheck.tui
    from factcheck.errors import WorkspaceError

    class FailedApp:
        error = WorkspaceError(f"unknown front-matter field {NASTY!r}", path="sources/x.txt")

        def run(self) -> int:
            return 2

    monkeypatch.setattr(factcheck.tui, "make_app", lambda **_: FailedApp())
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    code = main(["review", str(tmp_path)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("factcheck: sources/x.txt: unknown front-matter field")
    assert_inert(err, what="review error")
