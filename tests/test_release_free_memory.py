"""``release_free_memory`` gives the heap's free pages back, so forked workers do not
inherit a parent's freed temporaries (the query side's use of it, before matching forks)."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import pytest

from factcheck.index.memory import release_free_memory


def _anonymous_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1])
    raise AssertionError("no RssAnon")


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"),
    reason="glibc's malloc_trim",
)
def test_freed_heap_blocks_go_back_to_the_system() -> None:
    # 100 KB blocks come from the heap (under glibc's mmap threshold); the one kept last
    # pins the heap's top, so only a trim can give the 60 MB below it back.
    blocks = [bytearray(100_000) for _ in range(600)]
    for block in blocks:
        block[::4096] = b"x" * len(block[::4096])  # touched: resident
    keep = bytearray(100_000)
    del blocks
    before = _anonymous_kb()
    assert release_free_memory()
    after = _anonymous_kb()
    assert before - after > 30_000, (before, after)
    assert keep is not None


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"),
    reason="glibc's malloc_trim",
)
def test_glibc_is_found_without_searching(monkeypatch: pytest.MonkeyPatch) -> None:
    """glibc is loaded by its name: ``find_library`` runs ``ldconfig`` in a child process,
    which a match paid for before forking its workers."""
    import ctypes.util

    def searched(name: str) -> str:
        raise AssertionError(f"searched for {name}")

    monkeypatch.setattr(ctypes.util, "find_library", searched)
    assert release_free_memory()
