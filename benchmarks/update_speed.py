"""How long ``factcheck index`` takes, as a whole process, after one source is edited.

The workspace is ``benchmarks/genworkspace.py``'s (``--passages 1000000``: 10,000 sources,
about 170 MB, 1.27 M passages), generated under ``--out`` unless it is there already, and
indexed once. Each round appends a sentence to one source, times ``python -m factcheck
index --no-semantic WS`` in a fresh process (wall, and CPU of the process from
``getrusage(RUSAGE_CHILDREN)``), puts the source back and brings the index up to date
again, untimed.

``--before SRC`` runs a second factcheck (a source tree holding ``factcheck/``, e.g. from
``git archive``, put first on ``PYTHONPATH``) in turns with this one, each on its own copy
of the workspace: on a shared machine, figures taken in the same minutes are the ones to
compare. Both run with bytecode caches written (``PYTHONDONTWRITEBYTECODE`` is unset), as
an installed package has them, after one untimed warm-up run each.

A run that compacted the index (every few updates: more than 8 segments) is shown apart,
with medians of its own: merging segments is a cost of its own. ``--floor`` also
times what no update can avoid: Python's start-up (``python -c pass``), ``import numpy``,
and ``os.stat`` of every source file. ``--phases`` gives the CPU of each phase of an
update with this code (start-up, imports, loading the workspace, the index update).

    python -m benchmarks.update_speed [--out /tmp/fc-update-bench] [--passages 1000000]
        [--rounds 5] [--before SRC] [--floor] [--phases]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.genworkspace import generate

SENTENCE = b"\nA sentence appended to measure an incremental update of the index.\n"


def _env(code: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code), env.get("PYTHONPATH")]))
    return env


def run_index(code: Path | None, root: Path) -> tuple[float, float, str]:
    """(wall s, CPU s, the line it printed) of one ``factcheck index --no-semantic``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "index", "--no-semantic", str(root)],
        env=_env(code),
        cwd=root,  # ``-m`` puts the working folder first on sys.path: not a checkout's
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"factcheck index failed on {root}: {done.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout.strip()


def victim_of(root: Path) -> Path:
    """The source every round edits: one in the middle of the walk."""
    files = sorted((root / "sources").rglob("*.txt"))
    return files[len(files) // 2]


def one_update(code: Path | None, root: Path) -> tuple[float, float, str]:
    """Append a sentence to one source, time the update, put the source back, re-index."""
    victim = victim_of(root)
    original = victim.read_bytes()
    victim.write_bytes(original + SENTENCE)
    try:
        result = run_index(code, root)
    finally:
        victim.write_bytes(original)
    run_index(code, root)
    return result


def floor(root: Path) -> None:
    """What every update pays whatever the code: start-up, numpy, a stat per source."""

    def timed(*args: str) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run([sys.executable, *args], env=_env(None), cwd=root, check=True)
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime

    for label, args in (
        ("python -c pass", ("-c", "pass")),
        ("import numpy", ("-c", "import numpy")),
    ):
        runs = [timed(*args) for _ in range(5)]
        print(
            f"{label}: wall {statistics.median(w for w, _ in runs):.3f} s, "
            f"CPU {statistics.median(c for _, c in runs):.3f} s (medians of 5)"
        )
    files = [str(f) for f in (root / "sources").rglob("*.txt")]
    stats = []
    for _ in range(5):
        began = time.process_time()
        for name in files:
            os.stat(name)
        stats.append(time.process_time() - began)
    print(f"os.stat of {len(files):,} sources: CPU {statistics.median(stats):.3f} s")


PHASES = """
import gc, sys, time
from pathlib import Path
began = time.process_time()
import factcheck.cli, factcheck.commands.index
from factcheck.commands.common import open_workspace
from factcheck.index import update_index
imported = time.process_time()
workspace = open_workspace(Path(sys.argv[1]), claims=False)
gc.freeze()
loaded = time.process_time()
update_index(workspace=workspace)
done = time.process_time()
print(f"{began:.3f} {imported - began:.3f} {loaded - imported:.3f} {done - loaded:.3f}")
"""


def phases(root: Path, rounds: int) -> None:
    """CPU of each phase of an update with this code, in its process: start-up (to the
    first line), imports, loading the workspace, the index update."""
    runs = []
    victim = victim_of(root)
    original = victim.read_bytes()
    for _ in range(rounds):
        victim.write_bytes(original + SENTENCE)
        try:
            out = subprocess.run(
                [sys.executable, "-c", PHASES, str(root)],
                env=_env(None),
                cwd=root,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        finally:
            victim.write_bytes(original)
        run_index(None, root)
        runs.append([float(x) for x in out.split()])
    for i, label in enumerate(("start-up", "imports", "loading", "index update")):
        values = sorted(run[i] for run in runs)
        print(f"{label}: CPU {statistics.median(values):.3f} s ({values[0]:.3f}-{values[-1]:.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/fc-update-bench"))
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", type=Path, default=None, metavar="SRC")
    parser.add_argument("--floor", action="store_true")
    parser.add_argument("--phases", action="store_true")
    args = parser.parse_args()
    root = args.out / f"ws-{args.passages}"
    if not (root / "sources").is_dir():
        print(f"generating {root}", file=sys.stderr)
        generate(root, passages=args.passages)
    sides: dict[str, tuple[Path | None, Path]] = {"after": (None, root)}
    if args.before is not None:
        copy = args.out / f"ws-{args.passages}-before"
        if not copy.is_dir():
            shutil.copytree(root, copy, symlinks=True)
        sides = {"before": (args.before.resolve(), copy), **sides}
    for name, (code, ws) in sides.items():
        ran = subprocess.run(
            [sys.executable, "-c", "import factcheck; print(factcheck.__file__)"],
            env=_env(code),
            cwd=ws,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        print(f"{name}: runs {ran}", file=sys.stderr)
        if code is not None and not Path(ran).is_relative_to(code):
            raise SystemExit(f"{name}: {code} is not the factcheck that runs ({ran})")
        print(f"{name}: bringing the index up to date (untimed)", file=sys.stderr)
        run_index(code, ws)
        one_update(code, ws)  # warm-up: bytecode caches, source records after the copy
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    compacting: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    for round_ in range(1, args.rounds + 1):
        for name, (code, ws) in sides.items():
            wall, cpu, line = one_update(code, ws)
            print(f"round {round_} {name:6s} wall {wall:.3f} s  CPU {cpu:.3f} s  {line}")
            (compacting if "compacted" in line else times)[name].append((wall, cpu))
    for label, table in (("", times), (" (runs that compacted)", compacting)):
        for name, runs in table.items():
            if runs:
                walls = ", ".join(f"{w:.2f}" for w, _ in runs)
                cpus = ", ".join(f"{c:.2f}" for _, c in runs)
                print(
                    f"{name}{label}: median wall {statistics.median(w for w, _ in runs):.3f} s "
                    f"({walls}); median CPU {statistics.median(c for _, c in runs):.3f} s "
                    f"({cpus})"
                )
    print(f"load average: {os.getloadavg()[0]:.1f}")
    if args.floor:
        floor(root)
    if args.phases:
        phases(root, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
