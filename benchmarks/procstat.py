"""Memory of a process tree, for the benchmarks that run factcheck as a whole process."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import TracebackType


def tree_pss_kb(pid: int) -> int:
    """Proportional set size of ``pid`` and its descendants, in KiB (0 when gone).

    PSS, not RSS: forked workers share the parent's pages and the mapped index, and RSS
    would count those once per process.
    """
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += next(
                (int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")),
                0,
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


class PeakPss:
    """The largest ``tree_pss_kb`` of a process tree, sampled on a thread while the block
    runs: ``with PeakPss(child.pid, every=0.05, enabled=pss) as sampler: ...``, then
    ``sampler.peak_kb``. Disabled, it samples nothing (sampling costs CPU: each sample walks
    every process's page tables)."""

    def __init__(self, pid: int, *, every: float, enabled: bool = True) -> None:
        self.peak_kb = 0
        self._pid, self._every, self._enabled = pid, every, enabled
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, tree_pss_kb(self._pid))
            time.sleep(self._every)

    def __enter__(self) -> PeakPss:
        if self._enabled:
            self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._done.set()
        if self._enabled:
            self._thread.join()
