"""Memory of a process tree, for the benchmarks that run factcheck as a whole process."""

from __future__ import annotations

from pathlib import Path


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
