"""Bad input: one clear line naming the file (and line), exit 2, never a traceback."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main

GOOD_CLAIMS = "claims:\n  - id: a\n    text: The sky is blue.\n"
GOOD_SOURCE = "The sky is blue on a clear day, the report said.\n"


def run_match(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["match", str(root)])
    err = capsys.readouterr().err
    return code, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    assert err.startswith("factcheck: "), err
    assert err.count("\n") == 1, f"expected exactly one line, got: {err!r}"
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, f"{fragment!r} not in {err!r}"


@pytest.mark.parametrize(
    ("claims", "fragments"),
    [
        ("claims:\n  - id: a\n    text: [unclosed\n", ("claims/c.yaml:", "invalid YAML")),
        ("claims:\n  - text: No id here.\n", ("claims/c.yaml:2:", "has no 'id'")),
        ("claims:\n  - id: a\n", ("claims/c.yaml:2:", "has no 'text'")),
        ("claims:\n  - id: a\n    text: ''\n", ("claims/c.yaml:3:", "'text' must be non-empty")),
        (
            "claims:\n  - id: a\n    text: T.\n    soruces: [x]\n",
            ("claims/c.yaml:4:", "unknown claim field 'soruces'"),
        ),
        ("title: x\nclaims: []\n", ("claims/c.yaml:1:", "unknown field 'title'")),
        ("claims:\n  - id: a b\n    text: T.\n", ("claims/c.yaml:2:", "claim id 'a b'")),
        ("claims: hello\n", ("claims/c.yaml:1:", "'claims' must be a list")),
        ("- just a list\n", ("claims/c.yaml", "must be a mapping")),
        ("", ("claims/c.yaml", "empty claims file")),
        (
            "claims:\n  - id: a\n    text: T.\n    id: b\n",
            ("claims/c.yaml:4:", "duplicate key 'id'"),
        ),
        (
            "claims:\n  - id: a\n    text: T.\n    sources: [../../etc/passwd]\n",
            ("claims/c.yaml:2:", "not a source id"),
        ),
        (
            "claims:\n  - id: a\n    text: T.\n    sources: [/etc/passwd]\n",
            ("claims/c.yaml:2:", "not a source id"),
        ),
        (
            "claims:\n  - id: a\n    text: T.\n    sources: ['C:/Windows/win.ini']\n",
            ("claims/c.yaml:2:", "not a source id"),
        ),
    ],
)
def test_bad_claims_files(
    make_workspace: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    claims: str,
    fragments: tuple[str, ...],
) -> None:
    root = make_workspace({"claims/c.yaml": claims, "sources/s.txt": GOOD_SOURCE})
    code, err = run_match(root, capsys)
    assert code == 2
    assert_one_line_error(err, *fragments)


def test_duplicate_id_across_files_names_both_places(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace(
        {
            "claims/a.yaml": GOOD_CLAIMS,
            "claims/b.yaml": "claims:\n  - id: z\n    text: Z.\n  - id: a\n    text: Again.\n",
            "sources/s.txt": GOOD_SOURCE,
        }
    )
    code, err = run_match(root, capsys)
    assert code == 2
    assert_one_line_error(err, "claims/b.yaml:4:", "duplicate claim id 'a'", "claims/a.yaml:2")


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        (b"caf\xe9 au lait is a drink.\n", ("sources/bad.txt:1:", "not UTF-8")),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("sources/bad.txt", "binary")),
        (b"---\ntitle: [x\n---\nBody.\n", ("sources/bad.txt", "invalid YAML")),
        (b"---\ncolour: red\n---\nBody.\n", ("sources/bad.txt:2:", "unknown front-matter")),
    ],
)
def test_bad_sources(
    make_workspace: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    fragments: tuple[str, ...],
) -> None:
    root = make_workspace({"claims/c.yaml": GOOD_CLAIMS, "sources/bad.txt": content})
    code, err = run_match(root, capsys)
    assert code == 2
    assert_one_line_error(err, *fragments)


def test_symlink_out_of_the_workspace_is_refused(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("a secret outside the workspace\n")
    root = make_workspace({"claims/c.yaml": GOOD_CLAIMS, "sources/s.txt": GOOD_SOURCE})
    os.symlink(secret, root / "sources" / "leak.txt")
    code, err = run_match(root, capsys)
    assert code == 2
    assert_one_line_error(err, "sources/leak.txt", "outside the workspace")


def test_empty_workspace(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace({})
    code, err = run_match(root, capsys)
    assert code == 2
    assert_one_line_error(err, "empty workspace")


def test_no_workspace_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code = main(["match"])
    assert code == 2
    assert_one_line_error(capsys.readouterr().err, "no workspace found")


def test_bad_settings(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace(
        {
            "claims/c.yaml": GOOD_CLAIMS,
            "sources/s.txt": GOOD_SOURCE,
            "factcheck.yaml": "matchin: {}\n",
        }
    )
    code, err = run_match(root, capsys)
    assert code == 2
    assert_one_line_error(err, "factcheck.yaml:1:", "unknown setting 'matchin'")


def test_alias_bomb_is_refused_quickly(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 12):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    bomb = "\n".join(lines) + "\nclaims: []\n"
    root = make_workspace({"claims/c.yaml": bomb, "sources/s.txt": GOOD_SOURCE})
    code, err = run_match(root, capsys)
    assert code == 2
    assert_one_line_error(err, "claims/c.yaml")


def test_good_workspace_with_crlf_and_bom(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_workspace(
        {
            "claims/c.yaml": "\ufeffclaims:\r\n  - id: a\r\n    text: The sky is blue.\r\n",
            "sources/s.txt": "\ufeffThe sky is blue on a clear day, the report said.\r\n".encode(),
        }
    )
    assert main(["match", str(root)]) == 0
    assert "The sky is blue" in capsys.readouterr().out
