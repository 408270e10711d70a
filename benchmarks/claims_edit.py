"""How long adding, changing, splitting and deleting a claim takes, by claims-file size.

Each operation reads every claims file (ids are unique across the workspace),
edits one file's text, parses it again to verify, and writes it atomically;
the review screen runs it in a thread. Prints the median of a few runs of each
operation on one generated claims file of each size (in a temporary folder).

    python benchmarks/claims_edit.py [--sizes 100 1000 5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from factcheck.claims.edit import add_claim, delete_claim, edit_claim, split_claim

BIG = "claims/big.yaml"


def claims_file(count: int) -> str:
    lines = ["# Generated for benchmarks/claims_edit.py\nclaims:\n"]
    for i in range(count):
        lines.append(
            f"  - id: c{i}\n    text: Claim {i} says {i * 7} tanks crossed on day {i % 28}.\n"
            "    sources: [news]\n"
        )
    return "".join(lines)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(count: int, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "claims").mkdir()
        (root / BIG).write_text(claims_file(count), encoding="utf-8")
        times: dict[str, list[float]] = {"add": [], "edit": [], "split": [], "delete": []}
        for run in range(runs):
            middle = f"c{count // 2 + run}"
            steps = {
                "add": partial(
                    add_claim, root=root, claims_path=BIG, text=f"New {run}.", after=middle
                ),
                "edit": partial(edit_claim, root=root, claim_id=middle, text=f"Edited {run}."),
                "split": partial(
                    split_claim, root=root, claim_id=middle, parts=[f"A {run}.", f"B {run}."]
                ),
                "delete": partial(delete_claim, root=root, claim_id=middle),
            }
            for name, step in steps.items():
                times[name].append(timed(step))
        return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'claims':>7}  {'add':>8}  {'edit':>8}  {'split':>8}  {'delete':>8}  (median, ms)")
    for count in args.sizes:
        result = measure(count, args.runs)
        figures = "  ".join(f"{result[name] * 1000:8.1f}" for name in result)
        print(f"{count:>7}  {figures}")


if __name__ == "__main__":
    main()
