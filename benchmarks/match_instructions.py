"""Instructions executed by a whole ``factcheck match``, per version of the code (callgrind).

Run: ``python benchmarks/match_instructions.py WORKSPACE REF [REF ...] [--out DIR]``

On a shared 2-core machine the CPU time of the same run swings by 20-30% with the load
of other jobs, more than most changes to the matching path save. The number of
instructions executed does not: each REF (a git revision, exported and compiled as
``match_versions.py`` does, with its own copy of WORKSPACE and its own index; or the
path of a folder holding an exported ``factcheck`` package, which then uses WORKSPACE
itself) runs ``factcheck match --format json --no-semantic`` once under valgrind's
callgrind, forked workers included (``--trace-children``), with ``PYTHONHASHSEED=0`` so
that set orders are the same in every run. Prints the instructions of all processes,
their ratio to the first version, and a hash of the output (versions that rank alike
agree; one from before the ``retrieval`` field or a stance rule does not).
Needs ``valgrind``; each run takes about 50 times as long as without it.

The run measured is a warm one, as issue 14's target says ("warm index"): one plain
``factcheck match`` goes first, unmeasured, for every version. A workspace copy's files are
seconds old when its index is built, too fresh for their size-and-time records
(``workspace.sourcecache.RACY_SECONDS``), so the first match after it reads and hashes every
source and writes the records, which no later run does: measured first, a version with
those records paid for a cold start its users pay once (2.4 G of 32.8 G at 100k).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from match_versions import _lexical, export

# Seconds after which a copied file is old enough for its record (sourcecache.RACY_SECONDS,
# 2.5 s, and a margin).
_RACY = 3.0


def instructions(code: Path, workspace: Path) -> tuple[int, int, str]:
    """(instructions, processes, output hash) of one warm ``factcheck match`` run of
    ``code``: a first run, unmeasured, records the sources (see the module's docstring)."""
    env = dict(os.environ, PYTHONPATH=str(code), PYTHONHASHSEED="0")
    time.sleep(_RACY)  # the copy's files old enough to be recorded by the first run
    warm = [sys.executable, "-m", "factcheck", "match", str(workspace), "--format", "json"]
    subprocess.run([*warm, *_lexical(code)], env=env, cwd=code.parent, capture_output=True)
    argv = ["valgrind", "--tool=callgrind", "--trace-children=yes"]
    argv += ["--callgrind-out-file=/dev/null", sys.executable, "-m", "factcheck", "match"]
    # ``--no-semantic`` where the version knows it: older ones (e6581e7^) are lexical only.
    argv += [str(workspace), "--format", "json", *_lexical(code)]
    # Run from outside any checkout: ``python -m`` puts the current folder first on sys.path.
    done = subprocess.run(argv, env=env, cwd=code.parent, capture_output=True, check=True)
    counts = [int(n) for n in re.findall(rb"Collected : (\d+)", done.stderr)]
    return sum(counts), len(counts), hashlib.sha256(done.stdout).hexdigest()[:12]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("refs", nargs="+")
    parser.add_argument("--out", type=Path, default=Path("/tmp/factcheck-versions"))
    args = parser.parse_args()
    first = 0
    for ref in args.refs:
        if Path(ref).is_dir():
            code, workspace = Path(ref), args.workspace
        else:
            code, workspace = export(ref, args.out, args.workspace)
        count, processes, digest = instructions(code, workspace)
        first = first or count
        print(
            f"{ref}: {count:,} instructions in {processes} processes, {count / first:.3f}, {digest}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
