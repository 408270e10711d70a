"""``factcheck.index.memory``: the glibc setting that lets a big build free its parts."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest


def test_it_takes_effect_on_glibc_and_is_harmless_to_repeat() -> None:
    # In a child: the setting is process-wide and this test must not depend on test order.
    code = "from factcheck.index.memory import return_large_blocks_promptly as r\nprint(r(), r())\n"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
        assert out == ["True", "True"]
    else:
        assert out[0] == out[1]


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"),
    reason="glibc only",
)
def test_freed_arrays_go_back_to_the_system() -> None:
    # Free a 16 MB array (raising glibc's threshold to 16 MB), then allocate and free
    # 8 MB arrays between small blocks that stay: without the setting the arrays come
    # from the heap, and the process keeps their space once they are freed.
    code = """
import sys
import numpy as np
from factcheck.index.memory import return_large_blocks_promptly
if sys.argv[1] == "on":
    return_large_blocks_promptly()
def rss_mb():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20
big = np.ones(2 << 20); del big
parts, pins = [], []
for _ in range(40):
    parts.append(np.ones(1 << 20))
    pins.append(bytearray(200_000))  # kept: the freed parts sit between them
del parts
print(rss_mb())
"""
    kept = {
        mode: float(
            subprocess.run(
                [sys.executable, "-c", code, mode], capture_output=True, text=True, check=True
            ).stdout
        )
        for mode in ("off", "on")
    }
    assert kept["on"] < kept["off"] - 200


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"),
    reason="glibc only",
)
def test_a_worker_reuses_what_it_freed() -> None:
    # Two 24 MB arrays made and freed again and again, as a worker does chunk after chunk:
    # by default glibc gives the 48 MB back each time (the heap's top is trimmed), and the
    # kernel faults in and zeroes every page of them again; with the setting it is reused.
    code = """
import resource, sys
import numpy as np
from factcheck.index.memory import reuse_freed_memory
if sys.argv[1] == "on":
    assert reuse_freed_memory()
a = np.ones(3 << 20); del a
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(10):
    a = np.ones(3 << 20)
    b = np.ones(3 << 20)
    del a, b
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""
    faults = {
        mode: int(
            subprocess.run(
                [sys.executable, "-c", code, mode], capture_output=True, text=True, check=True
            ).stdout
        )
        for mode in ("off", "on")
    }
    # 480 MB touched: 122,880 pages of 4 kB, fewer where the kernel gives huge pages (here
    # about 10,000 faults without the setting, 500 with it).
    assert faults["on"] * 5 < faults["off"]
