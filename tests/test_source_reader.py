"""A source text read late (``sourcecache.TextReader``): a file that still has its recorded
stamp is read without hashing it again; any other file is hashed and refused when changed."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from factcheck.errors import WorkspaceError
from factcheck.workspace import (
    Source,
    begins_as_loaded,
    load_workspace,
    read_source_text,
    sourcecache,
)
from tests.edit_helpers import same_size_edit

BODY = "The council approved the budget on Monday. Spending rises by 4 percent next year.\n"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", 0.0)  # trust files written just now
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "budget.txt").write_text(BODY, encoding="utf-8")
    time.sleep(0.02)  # past the file times' clock tick
    load_workspace(tmp_path)  # records the source
    return tmp_path


def _unread(root: Path) -> Source:
    source = load_workspace(root).sources["budget"]
    assert not source.text_loaded  # from its record: the text is read late
    return source


class _CountedSha256:
    """hashlib.sha256, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0
        self._sha256 = hashlib.sha256  # the real one: the test patches the module's

    def __call__(self, data: bytes = b"") -> hashlib._Hash:
        self.calls += 1
        return self._sha256(data)


def test_an_unchanged_file_is_read_without_hashing_it_again(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _unread(root)
    counted = _CountedSha256()
    monkeypatch.setattr(hashlib, "sha256", counted)
    assert read_source_text(source) == BODY
    assert source.text == BODY
    assert counted.calls == 0


@pytest.mark.parametrize("changed_ok", [False, True])
def test_a_same_size_edit_with_the_mtime_put_back_is_hashed_and_refused(
    root: Path, monkeypatch: pytest.MonkeyPatch, changed_ok: bool
) -> None:
    source = _unread(root)
    same_size_edit(root / "sources" / "budget.txt", "Monday", "Friday")
    counted = _CountedSha256()
    monkeypatch.setattr(hashlib, "sha256", counted)
    if changed_ok:  # the caller checks what it needs unchanged itself: the new text
        assert read_source_text(source, changed_ok=True) == BODY.replace("Monday", "Friday")
        return
    with pytest.raises(WorkspaceError, match="changed while factcheck was running"):
        read_source_text(source)
    assert counted.calls == 1  # the stamp differs (its ctime): hashed, found changed


def test_a_file_grown_with_its_times_put_back_is_not_read_as_recorded(root: Path) -> None:
    source = _unread(root)
    file = root / "sources" / "budget.txt"
    before = file.stat()
    time.sleep(0.02)
    with file.open("a", encoding="utf-8") as edited:
        edited.write("An added line.\n")
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(WorkspaceError, match="changed while factcheck was running"):
        read_source_text(source)


def test_a_file_replaced_by_another_is_not_read_as_recorded(root: Path) -> None:
    source = _unread(root)
    file = root / "sources" / "budget.txt"
    before = file.stat()
    replacement = root / "replacement.txt"
    replacement.write_text(BODY.replace("Monday", "Friday"), encoding="utf-8")
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    replacement.replace(file)  # same size and mtime, another inode
    with pytest.raises(WorkspaceError, match="changed while factcheck was running"):
        read_source_text(source)


def test_a_file_gone_is_one_line_error(root: Path) -> None:
    source = _unread(root)
    (root / "sources" / "budget.txt").unlink()
    with pytest.raises(WorkspaceError, match="no such file"):
        read_source_text(source)


def test_a_text_begins_as_loaded_only_when_its_file_was_appended_to(root: Path) -> None:
    source = _unread(root)
    assert begins_as_loaded(source, BODY)
    assert begins_as_loaded(source, BODY + "An added line.\n")
    assert not begins_as_loaded(source, BODY.replace("Monday", "Friday"))
    assert not begins_as_loaded(source, BODY[:-1])
    assert not begins_as_loaded(source, "\u2026" + BODY[1:])


def test_a_file_with_a_bom_begins_as_loaded_too(root: Path) -> None:
    (root / "sources" / "bom.txt").write_bytes(
        b"\xef\xbb\xbf" + "Caf\u00e9 \u2013 open.\n".encode()
    )
    time.sleep(0.02)
    load_workspace(root)
    source = load_workspace(root).sources["bom"]
    assert not source.text_loaded
    assert begins_as_loaded(source, "Caf\u00e9 \u2013 open.\nClosed on Sunday.\n")
    assert not begins_as_loaded(source, "Cafe \u2013 open.\n")


def test_a_source_read_at_loading_never_begins_as_loaded(root: Path) -> None:
    source = _unread(root)
    assert source.text == BODY  # read now: no record to tell by any more
    assert not begins_as_loaded(source, BODY)


@pytest.mark.parametrize("when", ["before the read", "during the read"])
def test_a_file_rewritten_in_place_while_it_is_read_is_refused(
    root: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """An editor saving the file in place (same size) just after the reader checked its
    stamp on the open file, or while it reads it: the bytes read are not trusted."""
    source = _unread(root)
    file = root / "sources" / "budget.txt"
    real_fstat, real_read = os.fstat, os.read
    edited: list[bool] = []

    def edit() -> None:
        if not edited:
            edited.append(True)
            with open(file, "r+b") as f:  # in place: the same inode, the same size
                f.write(file.read_bytes().replace(b"Monday", b"Friday"))

    def fstat_then_edit(fd: int) -> os.stat_result:
        stat = real_fstat(fd)
        if when == "before the read":
            edit()
        return stat

    def read_while_edited(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        if when == "during the read":
            edit()  # the bytes read were the old ones; the file is the new one
        return data

    monkeypatch.setattr(sourcecache.os, "fstat", fstat_then_edit)
    monkeypatch.setattr(sourcecache.os, "read", read_while_edited)
    with pytest.raises(WorkspaceError, match="changed while factcheck was running"):
        read_source_text(source)
    assert edited
