"""A full disk or an unwritable destination: one line, exit 2, never a half-written file.

Every command that writes a file is run while the disk "fills" (``os.fsync``
or ``os.replace`` raise ENOSPC, as a full or quota-limited disk does) and with
a destination whose folder is a file. The file it would have replaced must be
unchanged, no temporary file may be left, and the error is one line naming
the file.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main

CLAIM = "The ministry said forty missiles were fired."
OLD = "old content that must survive\n"


def enospc(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def root(make_workspace: Callable[..., Path]) -> Path:
    root = make_workspace(
        {
            "claims/c.yaml": f"claims:\n  - id: a\n    text: {CLAIM}\n    sources: [news]\n",
            "sources/news.txt": "The ministry said forty missiles were fired at the city.\n",
            "verdicts/c.yaml": "a:\n  verdict: supported\n  reviewer: R\n"
            "  reviewed_at: '2026-11-22T10:15:03Z'\n",
        }
    )
    (root / "draft.txt").write_text(
        "The ministry said 40 missiles were fired on 3 May 2024, twice as many as in 2023.\n",
        encoding="utf-8",
    )
    (root / "page.txt").write_text("A page to import, with 12 words in it.\n", encoding="utf-8")
    return root


# (argv after the workspace is set up, the file it writes, relative to the workspace)
WRITERS: dict[str, tuple[list[str], str]] = {
    "export --out": (["export", "{root}", "--out", "{target}"], "out.json"),
    "export csv --out": (["export", "{root}", "--format", "csv", "--out", "{target}"], "out.csv"),
    "report --out": (["report", "{root}", "--out", "{target}"], "report.html"),
    "report markdown --out": (
        ["report", "{root}", "--format", "markdown", "--out", "{target}"],
        "report.md",
    ),
    "check --output": (["check", "{root}", "--no-cache", "--output", "{target}"], "check.txt"),
    "extract --into": (["extract", "{root}/draft.txt", "--into", "{target}"], "claims/c.yaml"),
    "add": (
        ["add", "--workspace", "{root}", "--id", "page", "{root}/page.txt"],
        "sources/page.txt",
    ),
}


def argv_for(name: str, root: Path, target: Path) -> list[str]:
    argv, _ = WRITERS[name]
    return [a.format(root=root, target=target) for a in argv]


def the_error(err: str) -> str:
    """The one error line (export warns about missing metadata before it writes)."""
    lines = [line for line in err.splitlines() if not line.startswith("factcheck: warning: ")]
    assert len(lines) == 1 and lines[0].startswith("factcheck: "), err
    return lines[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("failing", ["fsync", "replace"])
@pytest.mark.parametrize("name", WRITERS)
def test_a_full_disk_is_one_line_and_leaves_the_old_file(
    root: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    failing: str,
) -> None:
    target = root / WRITERS[name][1]
    existed = target.exists()
    before = target.read_bytes() if existed else None
    if not existed and name != "add":
        target.write_text(OLD, encoding="utf-8")
        before = OLD.encode()
    monkeypatch.setattr(os, failing, enospc)
    code = main(argv_for(name, root, target))
    monkeypatch.undo()
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    error = the_error(err)
    assert "No space left on device" in error and target.name in error, err
    assert "Traceback" not in out + err
    if before is None:
        assert not target.exists()
    else:
        assert target.read_bytes() == before
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("name", WRITERS)
def test_a_destination_that_cannot_be_a_folder_is_one_line(
    root: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    _, rel = WRITERS[name]
    # The folder the file goes in is a plain file (chmod does not stop root; this does).
    blocker = root / "blocked"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    if name == "add":
        (root / "sources/sub").write_text("a file, not a folder\n", encoding="utf-8")
        argv = ["add", "--workspace", str(root), "--id", "sub/page", str(root / "page.txt")]
    elif name == "extract --into":
        argv = argv_for(name, root, blocker / "c.yaml")
    else:
        argv = argv_for(name, root, blocker / Path(rel).name)
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    the_error(err)
    assert "Traceback" not in out + err
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder\n"
