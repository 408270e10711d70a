"""How long a cold ``factcheck index --rebuild`` takes, as a whole process, and its floor.

The workspace is ``benchmarks/genworkspace.py``'s (``--passages 1000000``: 10,000 sources,
about 170 MB, 1.27 M passages), generated under ``--out`` unless it is there already.
Each round times ``python -m factcheck index --rebuild --no-semantic WS`` in a fresh
process: wall, CPU of the process tree (``os.wait4``, workers included) and the largest
process's peak RSS. ``--pss`` adds one run per side sampling the PSS of
the whole process tree every 50 ms (workers share pages with the parent: RSS would count
them twice); sampling costs CPU, so those runs are not timed.

``--before SRC`` runs a second factcheck (a source tree holding ``factcheck/``, e.g. from
``git archive``, put first on ``PYTHONPATH``) in turns with this one, each on its own copy
of the workspace: on a shared machine, figures taken in the same minutes are the ones to
compare. ``--floor`` times, in this process, what any build of those bytes must do:
read the files, decode them, lower-case the text, one ``WORD.findall`` over it, and the
sentence splitter (``passage_spans``) over every source.

    python -m benchmarks.build_speed [--out /tmp/fcb] [--passages 1000000] [--rounds 3]
        [--before SRC] [--pss] [--floor]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.genworkspace import generate
from benchmarks.procstat import PeakPss
from benchmarks.update_speed import _env


def rebuild(code: Path | None, root: Path, *, pss: bool = False) -> dict[str, float]:
    """Wall s, CPU s, peak RSS MB of the largest process (and peak tree PSS MB with ``pss``)."""
    argv = [sys.executable, "-m", "factcheck", "index", "--rebuild", "--no-semantic", str(root)]
    began = time.perf_counter()
    # cwd: ``-m`` puts the working folder first on sys.path, and it must not be a checkout.
    child = subprocess.Popen(argv, env=_env(code), cwd=root, stdout=subprocess.DEVNULL)
    with PeakPss(child.pid, every=0.05, enabled=pss) as sampler:
        # wait4: this child's own resource use (its workers included), where
        # RUSAGE_CHILDREN would keep the largest RSS of every run so far.
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - began
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"factcheck index --rebuild failed on {root}")
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall": wall, "cpu": cpu, "rss": usage.ru_maxrss / 1024, "pss": sampler.peak_kb / 1024}


def floor(root: Path) -> None:
    """CPU, in this process, of what any build of these bytes does."""
    from factcheck.workspace import WORD, Source
    from factcheck.workspace.passages import passage_spans
    from factcheck.workspace.sources import parse_source

    files = sorted((root / "sources").rglob("*.txt"))
    clock = time.process_time
    began = clock()
    data = [f.read_bytes() for f in files]
    read = clock()
    texts = [d.decode("utf-8") for d in data]
    decoded = clock()
    lowered_texts = [t.lower() for t in texts]
    lowered = clock()
    words = sum(len(WORD.findall(t)) for t in lowered_texts)
    found = clock()
    sources: list[Source] = [
        parse_source(t, source_id=f.stem, path=str(f)) for f, t in zip(files, texts, strict=True)
    ]
    parsed = clock()
    passages = sum(len(passage_spans(s)) for s in sources)
    split = clock()
    print(
        f"floor over {len(files):,} files, {sum(map(len, texts)):,} characters (CPU s): "
        f"read {read - began:.2f}, decode {decoded - read:.2f}, lower {lowered - decoded:.2f}, "
        f"WORD.findall {found - lowered:.2f} ({words:,} words), passage_spans "
        f"{split - parsed:.2f} ({passages:,} passages); "
        f"sum {split - parsed + found - began:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/fcb"))
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, help="another factcheck source tree, in turns")
    parser.add_argument("--pss", action="store_true", help="also one PSS-sampled run per side")
    parser.add_argument("--floor", action="store_true", help="time the floor in this process")
    args = parser.parse_args()
    root = args.out / f"ws-{args.passages}"
    if not (root / "sources").is_dir():
        print(generate(root, passages=args.passages), flush=True)
    sides: dict[str, tuple[Path | None, Path]] = {"after": (None, root)}
    if args.before is not None:
        copy = args.out / f"ws-{args.passages}-before"
        if not copy.is_dir():
            shutil.copytree(root, copy, symlinks=True)
        sides = {"before": (args.before, copy), **sides}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
    for code, where in sides.values():  # untimed: source records, bytecode
        rebuild(code, where)
    for number in range(args.rounds):
        for name, (code, where) in sides.items():
            result = rebuild(code, where)
            runs[name].append(result)
            print(
                f"round {number + 1} {name}: wall {result['wall']:.1f} s, CPU "
                f"{result['cpu']:.1f} s, largest RSS {result['rss']:.0f} MB",
                flush=True,
            )
    for name, results in runs.items():
        print(
            f"{name}: median wall {statistics.median(r['wall'] for r in results):.1f} s, "
            f"CPU {statistics.median(r['cpu'] for r in results):.1f} s "
            f"({len(results)} runs)"
        )
    if args.pss:
        for name, (code, where) in sides.items():
            peak = rebuild(code, where, pss=True)["pss"]
            print(f"{name}: peak PSS of the process tree {peak:.0f} MB")
    if args.floor:
        floor(root)


if __name__ == "__main__":
    main()
