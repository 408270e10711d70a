"""Whole-process ``factcheck match`` for several versions of the code, in turns, in one run.

Run: ``python benchmarks/match_versions.py WORKSPACE REF [REF ...] [--rounds 5]``

Each REF is a git revision of this repository (``e6581e7^``, ``main``, ``HEAD``);
``REF+sentences`` is that revision with paragraph passages switched off (the default of
``paragraphs`` in ``workspace/passages.py`` set to False), to see what they cost. Each
version is exported (``git archive``) under ``--out`` with its own copy of WORKSPACE's
sources and claims, its bytecode compiled (as an installed package has it) and its own
index built before timing starts (versions may differ in index format). Then each round
runs ``factcheck match --format json`` once per version, a fresh process each
(``PYTHONPATH`` pointing at that version), with ``--no-semantic`` where the version has
it; wall and CPU time (``getrusage`` of the children) and the peak PSS of the process tree
(workers included) per run, and the medians with their ratio to the first version. "start"
is the parent's serial part: the wall time from launch until it forks its first worker, and
its CPU time until then (imports, loading, opening the index). On a shared machine only the
CPU times and the ratios mean much; the turns make a drift in the machine's speed weigh on
all alike.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from procstat import tree_pss_kb

REPO = Path(__file__).resolve().parent.parent


def export(ref: str, out: Path, workspace: Path) -> tuple[Path, Path]:
    """(code folder, workspace copy) of ``ref``, with the copy's index built."""
    revision, _, variant = ref.partition("+")
    # Keyed by the commit the ref names now and by the workspace: a name alone ("HEAD",
    # "main") would reuse an export of another commit, or a copy of another workspace,
    # left by an earlier run (or another checkout) in the same ``out``.
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short=12", revision],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.strip()
    name = f"{commit}+{variant}" if variant else commit
    place = hashlib.sha256(str(workspace.resolve()).encode()).hexdigest()[:8]
    code, copy = out / f"code-{name}", out / f"ws-{name}-{workspace.name}-{place}"
    if not code.is_dir():
        code.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", revision], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
        if variant == "sentences":
            passages = code / "factcheck" / "workspace" / "passages.py"
            text = passages.read_text(encoding="utf-8")
            passages.write_text(
                text.replace("paragraphs: bool = True", "paragraphs: bool = False"), "utf-8"
            )
        # Bytecode written, as ``pip install`` does: with PYTHONDONTWRITEBYTECODE set, every
        # run would compile every module again (0.1-0.15 s of CPU an installed copy never pays).
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(code / "factcheck")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    if not copy.is_dir():
        for part in ("sources", "claims"):
            shutil.copytree(workspace / part, copy / part)
    subprocess.run(
        [sys.executable, "-m", "factcheck", "index", str(copy), *_lexical(code)],
        env={**os.environ, "PYTHONPATH": str(code)},
        cwd=out,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return code, copy


@functools.cache
def _lexical(code: Path) -> list[str]:
    """``--no-semantic`` where that version of ``factcheck match`` knows it."""
    usage = subprocess.run(
        [sys.executable, "-m", "factcheck", "match", "--help"],
        env={**os.environ, "PYTHONPATH": str(code)},
        cwd=code.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return ["--no-semantic"] if "--no-semantic" in usage.stdout else []


# Runs ``python -m factcheck ARGS``, writing "wall CPU" to the file named by $MATCH_START when
# the process first forks: the time since $MATCH_LAUNCHED (the launcher's clock) and its CPU.
_STARTER = """
import os, resource, runpy, sys, time
def first_fork():
    if not os.environ.get("MATCH_START"):
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.time() - float(os.environ["MATCH_LAUNCHED"])
    with open(os.environ.pop("MATCH_START"), "w") as out:
        out.write(f"{wall} {usage.ru_utime + usage.ru_stime}")
os.register_at_fork(before=first_fork)
sys.argv = ["factcheck", *sys.argv[1:]]
runpy.run_module("factcheck", run_name="__main__", alter_sys=True)
"""


def timed(code: Path, copy: Path) -> tuple[float, float, float, float, float]:
    """(wall, CPU) seconds and the peak PSS (MB, workers included, sampled every 0.1 s) of
    one ``factcheck match --format json`` process, and its serial start: (wall, CPU)
    seconds until it forked its first worker (0 when it forked none)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = code.parent / "start.txt"
    start.unlink(missing_ok=True)
    began = time.perf_counter()
    argv = [sys.executable, "-c", _STARTER, "match", str(copy), "--format", "json"]
    launched = time.time()
    process = subprocess.Popen(
        [*argv, *_lexical(code)],
        env={
            **os.environ,
            "PYTHONPATH": str(code),
            "MATCH_START": str(start),
            "MATCH_LAUNCHED": repr(launched),
        },
        cwd=code.parent,
        stdout=subprocess.DEVNULL,
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_pss_kb(process.pid))
        time.sleep(0.1)
    if process.returncode:
        raise SystemExit(f"factcheck match failed ({process.returncode})")
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    start_wall, start_cpu = map(float, start.read_text().split()) if start.exists() else (0, 0)
    return wall, cpu, peak / 1024, start_wall, start_cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("refs", nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("/tmp/factcheck-versions"))
    args = parser.parse_args()
    versions = {ref: export(ref, args.out, args.workspace.resolve()) for ref in args.refs}
    runs: dict[str, list[tuple[float, float, float, float, float]]] = {r: [] for r in args.refs}
    for turn in range(args.rounds):
        for ref, (code, copy) in versions.items():
            wall, cpu, pss, start_wall, start_cpu = measured = timed(code, copy)
            runs[ref].append(measured)
            load = os.getloadavg()[0]
            print(
                f"round {turn + 1} {ref}: wall {wall:.2f} s, CPU {cpu:.2f} s, "
                f"peak PSS {pss:.0f} MB, start {start_wall:.2f} s wall {start_cpu:.2f} s CPU, "
                f"load {load:.1f}"
            )
    first_wall = first_cpu = 0.0
    for ref, taken in runs.items():
        medians = [statistics.median(run[i] for run in taken) for i in range(5)]
        wall, cpu, pss, start_wall, start_cpu = medians
        first_wall, first_cpu = first_wall or wall, first_cpu or cpu
        print(
            f"{ref}: median wall {wall:.2f} s, CPU {cpu:.2f} s, peak PSS {pss:.0f} MB, "
            f"start {start_wall:.2f} s wall {start_cpu:.2f} s CPU; "
            f"to {args.refs[0]}: wall {wall / first_wall:.3f}, CPU {cpu / first_cpu:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
