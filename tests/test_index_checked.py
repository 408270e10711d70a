"""Segment files checked once are not read again while their stamps are unchanged
(``index/checked.py``), and a file changed since is still caught."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from factcheck.index import checked as checked_module
from factcheck.index import segments
from factcheck.index.disk import INDEX_DIR
from tests import test_index_persistent as persistent
from tests.test_index_persistent import assert_same_as_memory, load, segment_file, update

workspace_root = persistent.workspace_root  # the fixture


@pytest.fixture
def crc_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files whose CRC is computed (read whole); files are recorded at once."""
    monkeypatch.setattr(checked_module, "RACY_SECONDS", -60.0)
    seen: list[str] = []
    real = segments.file_crc

    def counting(file: Path) -> int:
        seen.append(file.name)
        return real(file)

    monkeypatch.setattr(segments, "file_crc", counting)
    return seen


def test_unchanged_segment_files_are_not_read_again(
    workspace_root: Path, crc_reads: list[str]
) -> None:
    update(workspace_root)  # builds
    crc_reads.clear()
    update(workspace_root)  # checks every file once and records it
    assert "docs.npy" in crc_reads
    recorded = json.loads((workspace_root / INDEX_DIR / checked_module.CHECKED_FILE).read_text())
    assert {key.split("/")[1] for key in recorded} == {
        "terms.txt",
        *(f"{name}.npy" for name in segments.STORED_ARRAYS),
    }
    crc_reads.clear()
    index, report = update(workspace_root)
    assert crc_reads == []
    assert report.unchanged
    assert_same_as_memory(index, load(workspace_root))
    (workspace_root / INDEX_DIR / checked_module.CHECKED_FILE).unlink()
    update(workspace_root)
    assert "docs.npy" in crc_reads  # the record is only a shortcut: without it, all is read


@pytest.mark.parametrize("keep_mtime", [False, True])
def test_a_file_garbled_after_its_check_is_still_caught(
    workspace_root: Path, crc_reads: list[str], keep_mtime: bool
) -> None:
    update(workspace_root)
    update(workspace_root)  # recorded now
    file = segment_file(workspace_root, "docs.npy")
    before = file.stat()
    time.sleep(0.05)  # past the file-time granularity: the rewrite gets another ctime
    data = bytearray(file.read_bytes())
    data[len(data) // 2 + 64] ^= 0x5A
    file.write_bytes(bytes(data))  # same size, same inode
    if keep_mtime:  # an editor or a copy that puts the time back; the ctime still moves
        os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    index, report = update(workspace_root)
    assert report.rebuilt
    assert_same_as_memory(index, load(workspace_root))


def test_files_written_just_now_are_not_recorded(workspace_root: Path) -> None:
    update(workspace_root)
    update(workspace_root)  # everything is younger than RACY_SECONDS: checked, not recorded
    record = workspace_root / INDEX_DIR / checked_module.CHECKED_FILE
    assert not record.exists() or json.loads(record.read_text()) == {}
