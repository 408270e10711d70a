"""The serial start of ``factcheck match`` (what the parent does before it forks), phase by phase.

Run: ``python benchmarks/match_phases.py WORKSPACE [--rounds 3] [--code SRC ...]``

Each round runs one fresh process per code tree (``--code``: a source tree holding
``factcheck/``, such as the ``code-REF`` folders ``match_versions.py`` exports; default this
checkout), in turns, that does what ``factcheck match --no-semantic`` does before its workers
fork and prints the wall and CPU seconds of each phase: imports, loading the workspace,
bringing the index up to date and mapping it, laying its passages out
(``Layout.from_segments``), and ``expect`` for all claims. Python's own start (about 0.03 s)
is not counted. The medians of each phase per code tree close the run. The workspace's
index must be up to date for every tree (run ``factcheck index`` first, or one match).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Run in the child: times each phase of the parent's start, prints them as JSON.
_PHASES = """
import json, resource, sys, time
from pathlib import Path
def now():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return time.perf_counter(), usage.ru_utime + usage.ru_stime
marks = [("", *now())]
def mark(name):
    marks.append((name, *now()))
from factcheck.commands.common import open_workspace
from factcheck.evidence import build_index, overridden
import factcheck.cli
mark("imports")
workspace = open_workspace(Path(sys.argv[1]))
mark("workspace")
from factcheck.index.layout import Layout
lay_out = Layout.from_segments.__func__
def timed_layout(cls, *args, **kwargs):
    mark("index open")
    layout = lay_out(cls, *args, **kwargs)
    mark("layout")
    return layout
Layout.from_segments = classmethod(timed_layout)
with overridden(False):
    index = build_index(workspace=workspace)
index.expect([claim.text for claim in workspace.claims])
mark("expect")
phases = {name: (w - marks[i][1], c - marks[i][2]) for i, (name, w, c) in enumerate(marks[1:])}
print(json.dumps(phases))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", type=Path, action="append", default=[], metavar="SRC")
    args = parser.parse_args()
    trees = [code.resolve() for code in args.code] or [REPO]
    runs: dict[Path, list[dict[str, list[float]]]] = {tree: [] for tree in trees}
    for turn in range(args.rounds):
        for tree in trees:
            found = subprocess.run(
                [sys.executable, "-c", _PHASES, str(args.workspace.resolve())],
                env={**os.environ, "PYTHONPATH": str(tree)},
                cwd=tree,  # ``-c`` puts the working folder first on the path
                capture_output=True,
                text=True,
                check=True,
            )
            phases = json.loads(found.stdout.splitlines()[-1])
            runs[tree].append(phases)
            shown = ", ".join(f"{name} {w:.3f}/{c:.3f}" for name, (w, c) in phases.items())
            total_cpu = sum(c for _, c in phases.values())
            print(
                f"round {turn + 1} {tree.name}: {shown} s (wall/CPU); CPU {total_cpu:.3f} s, "
                f"load {os.getloadavg()[0]:.1f}"
            )
    for tree, taken in runs.items():
        names = list(taken[0])
        medians = {n: statistics.median(run[n][1] for run in taken) for n in names}
        total = statistics.median(sum(c for _, c in run.values()) for run in taken)
        shown = ", ".join(f"{name} {cpu:.3f}" for name, cpu in medians.items())
        print(f"{tree.name}: median CPU {shown}; all {total:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
