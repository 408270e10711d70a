"""Files that are not files, and dates that are not dates (issue 15, items 3 to 5).

A FIFO, socket or device where a source or verdict file should be is refused without being
opened (a FIFO opened for reading waits for a writer forever); a symlink loop and an
impossible date are one line naming the file, exit 2, never a traceback. Commands run in a
child process with a timeout, so a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.errors import WorkspaceError
from factcheck.workspace import check_date, date_problem, iso_date

CLAIMS = "claims:\n  - id: a\n    text: The bridge opened in 1932.\n    sources: [news]\n"
SOURCE = "The bridge opened in 1932 after years of work.\n"
COMMANDS = ("check", "match", "index", "export", "report")


@pytest.fixture
def root(make_workspace: Callable[..., Path]) -> Path:
    return make_workspace({"claims/c.yaml": CLAIMS, "sources/news.txt": SOURCE})


def factcheck(root: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *argv],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )


def one_line(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("factcheck: ")
    for needle in needles:
        assert needle in result.stderr


def make_socket(path: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
    finally:
        sock.close()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_source_is_refused_not_opened(root: Path, command: str) -> None:
    os.mkfifo(root / "sources/pipe.txt")
    one_line(factcheck(root, command), "sources/pipe.txt", "FIFO")


@pytest.mark.parametrize("command", ("check", "match"))
def test_a_socket_source_is_refused(root: Path, command: str) -> None:
    make_socket(root / "sources/sock.txt")
    one_line(factcheck(root, command), "sources/sock.txt", "socket")


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_a_device_source_is_refused(root: Path) -> None:
    os.mknod(root / "sources/dev.txt", 0o600 | 0o020000, os.makedev(1, 5))  # /dev/zero
    one_line(factcheck(root, "match"), "sources/dev.txt", "device")


@pytest.mark.parametrize("command", ("check", "export", "report"))
def test_a_fifo_verdict_file_is_refused(root: Path, command: str) -> None:
    (root / "verdicts").mkdir()
    os.mkfifo(root / "verdicts/c.yaml")
    one_line(factcheck(root, command), "verdicts/c.yaml", "FIFO")


@pytest.mark.parametrize("command", ("check", "match", "export"))
def test_a_fifo_claims_file_is_refused_not_skipped(root: Path, command: str) -> None:
    os.mkfifo(root / "claims/more.yaml")
    one_line(factcheck(root, command), "claims/more.yaml", "FIFO")


def test_a_fifo_verdict_file_stops_the_review_store(root: Path) -> None:
    (root / "verdicts").mkdir()
    os.mkfifo(root / "verdicts/c.yaml")
    code = (
        "from pathlib import Path\n"
        "from factcheck.errors import FactcheckError\n"
        "from factcheck.verdicts import VerdictStore\n"
        "from factcheck.workspace import load_workspace\n"
        "try:\n"
        f"    VerdictStore.open(workspace=load_workspace(Path({str(root)!r})), reviewer='R')\n"
        "except FactcheckError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    ).stdout
    assert "verdicts/c.yaml" in out and "FIFO" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_a_symlink_loop_is_one_line(root: Path, command: str) -> None:
    (root / "sources/loop1.txt").symlink_to("loop2.txt")
    (root / "sources/loop2.txt").symlink_to("loop1.txt")
    one_line(factcheck(root, command), "sources/loop1.txt", "symlink loop")


def test_a_symlink_loop_of_folders_is_one_line(root: Path) -> None:
    (root / "sources/deep").symlink_to("deep2")
    (root / "sources/deep2").symlink_to("deep")
    (root / "sources/more").mkdir()
    (root / "sources/more/x.txt").symlink_to("../deep/x.txt")
    one_line(factcheck(root, "match"), "sources/more/x.txt", "symlink loop")


IMPOSSIBLE = ("2022-02-30", "2022-13-45")


@pytest.mark.parametrize("date", IMPOSSIBLE)
@pytest.mark.parametrize("quoted", (False, True))
def test_an_impossible_published_date_in_front_matter(root: Path, date: str, quoted: bool) -> None:
    value = f'"{date}"' if quoted else date
    (root / "sources/news.txt").write_text(
        f"---\ntitle: News\npublished: {value}\n---\n{SOURCE}", encoding="utf-8"
    )
    for command in ("match", "export", "report"):
        one_line(factcheck(root, command), "sources/news.txt:3:", "published", date)


def test_an_impossible_date_in_check_is_a_finding_naming_it(root: Path) -> None:
    (root / "sources/news.txt").write_text(
        f"---\npublished: 2022-02-30\n---\n{SOURCE}", encoding="utf-8"
    )
    result = factcheck(root, "check", "--format", "github")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "sources/news.txt" in result.stdout and "2022-02-30" in result.stdout


def test_an_impossible_reviewed_at(root: Path) -> None:
    (root / "verdicts").mkdir()
    (root / "verdicts/c.yaml").write_text(
        "a:\n  verdict: supported\n  reviewer: R\n  reviewed_at: 2022-02-30T10:15:03Z\n",
        encoding="utf-8",
    )
    for command in ("export", "report"):
        one_line(factcheck(root, command), "verdicts/c.yaml:4:", "reviewed_at")


@pytest.mark.parametrize(
    ("file", "text", "where"),
    [
        ("factcheck.yaml", "reviewer: 2022-13-45\n", "factcheck.yaml:1:"),
        ("claims/c.yaml", "published: 2022-02-30\n" + CLAIMS, "claims/c.yaml:1:"),
        ("claims/c.yaml", "published: '2022-02-30'\n" + CLAIMS, "claims/c.yaml:1:"),
    ],
)
def test_an_impossible_date_anywhere_else(root: Path, file: str, text: str, where: str) -> None:
    (root / file).write_text(text, encoding="utf-8")
    one_line(factcheck(root, "match"), where, "not a real date")


def test_a_leading_date_that_does_not_exist_is_not_a_date(root: Path) -> None:
    (root / "sources/news.txt").write_text(f"date 2022-13-45\n{SOURCE}", encoding="utf-8")
    result = factcheck(root, "export", "--format", "jsonl")
    assert result.returncode == 0, result.stderr


def test_the_date_parser() -> None:
    assert date_problem("2022-02-28") is None
    assert date_problem("2024-02-29T23:59:60Z") is None  # leap day, leap second
    assert date_problem("2022-02-30") == "day is out of range for month"
    assert date_problem("2022-01-01T25:00:00Z") is not None
    assert date_problem("spring 2022") is None
    assert iso_date("2026-11-22T10:15:03Z") == "2026-11-22"
    assert iso_date("2022-02-30") is None and iso_date(None) is None
    with pytest.raises(WorkspaceError) as caught:
        check_date("2022-02-30 or so", field="published", path="x.yaml", line=4)
    assert str(caught.value).startswith("x.yaml:4: published:")


# Item 1: a source padded past matching.max_source_mb cannot make a claim pass the gate.
PADDED = {
    "factcheck.yaml": "matching:\n  max_source_mb: 0.25\n",
    "claims/c.yaml": "claims:\n  - id: a\n    text: The bridge opened in 1932.\n"
    "    sources: [news, big]\n",
    "sources/news.txt": SOURCE,
    # 0.3 MB but 0.29 MiB: over a limit of 0.25 MiB either way
    "sources/big.txt": "The bridge opened in 1932.\n" * 11_200,
}


@pytest.mark.parametrize("fmt", ("text", "github", "json", "junit"))
def test_a_claim_citing_a_source_over_the_limit_is_a_finding(
    make_workspace: Callable[..., Path], fmt: str
) -> None:
    root = make_workspace(PADDED)
    for extra in ((), ("--no-cache",), ("--select", "FC002"), ("--ignore", "ALL")):
        result = factcheck(root, "check", "--format", fmt, *extra)
        assert result.returncode == 1, (extra, result.stdout, result.stderr)
        assert "FC011" in result.stdout and "sources/big.txt" in result.stdout
        assert "'a'" in result.stdout or '"a"' in result.stdout or 'name="a"' in result.stdout
        assert "0.3 MiB is over matching.max_source_mb (0.25 MiB)" in result.stderr


def test_the_limit_counts_mebibytes(make_workspace: Callable[..., Path]) -> None:
    # 0.26 MB is under 0.25 MiB (262,144 bytes): not skipped, whatever a decimal MB says.
    files = dict(PADDED)
    files["sources/big.txt"] = "x" * 260_000 + "\n"
    root = make_workspace(files)
    result = factcheck(root, "check", "--format", "json")
    assert "FC011" not in result.stdout and "skipped" not in result.stderr


def text_bomb(count: int = 1_000, size: int = 200_000) -> str:
    """A claims file of ``size`` bytes that aliases one claim text ``count`` times: every field
    is allowed, and without a limit ``check`` would match ``count * size`` characters."""
    words = ("the bridge opened in nineteen thirty two " * (size // 40 + 1))[:size]
    text = f'claims:\n  - id: c0\n    text: &t "{words}"\n    sources: [news]\n'
    return text + "".join(
        f"  - id: c{i}\n    text: *t\n    sources: [news]\n" for i in range(1, count)
    )


def test_an_alias_bomb_in_an_allowed_field_is_refused(root: Path) -> None:
    (root / "claims/c.yaml").write_text(text_bomb(), encoding="utf-8")
    one_line(factcheck(root, "match"), "claims/c.yaml:3:", "alias")
    result = factcheck(root, "check", "--no-cache")
    assert result.returncode == 1 and "FC007" in result.stdout and "alias" in result.stdout


def test_aliases_that_repeat_little_still_load() -> None:
    from factcheck.workspace import parse_claims

    text = "claims:\n  - id: c0\n    text: One.\n    sources: &s [news, wire]\n" + "".join(
        f"  - id: c{i}\n    text: Claim {i}.\n    sources: *s\n" for i in range(1, 500)
    )
    parsed = parse_claims(text, path="claims/c.yaml")
    assert len(parsed.claims) == 500 and parsed.claims[-1].sources == ("news", "wire")
    parse_claims(text_bomb(count=4), path="claims/c.yaml")  # 800 KB: under the limit
