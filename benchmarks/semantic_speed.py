"""The cost of semantic retrieval against lexical, measured in one run on one workspace.

Run: ``python benchmarks/semantic_speed.py [--passages 2000] [--claims 200] [--out DIR]``

It generates a workspace (benchmarks/genworkspace.py), then times, each as a separate
``factcheck`` process: the lexical index build (``index --rebuild --no-semantic``), the
passage vectors on top of it (``index --semantic``: every passage encoded once), an
update after one source changes (only that source is encoded again), and warm
``match --format json`` with ``--no-semantic`` and ``--semantic``. It prints the times,
per 100k passages where that is how they grow, and the ratios (the machine's load cancels
out of those). Needs the semantic extra; not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genworkspace import generate

from factcheck.evidence import semantic


def timed(*argv: str) -> float:
    """Seconds one ``factcheck`` command takes, run as its own process."""
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "factcheck", *argv], check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=2000)
    parser.add_argument("--claims", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("/tmp/factcheck-semantic-bench"))
    args = parser.parse_args(argv)
    if not semantic.installed():
        print("skipped: the semantic extra is not installed")
        return 0
    root = args.out / f"{args.passages}"
    if not root.is_dir():
        generate(root, passages=args.passages, claims=args.claims)
    ws = str(root)
    lexical_build = timed("index", ws, "--rebuild", "--no-semantic")
    embed = timed("index", ws, "--semantic")
    count = sum(1 for _ in (root / "sources").rglob("*.txt"))
    first = next(iter(sorted((root / "sources").rglob("*.txt"))))
    first.write_text(first.read_text() + "\nOne sentence more, added for the update.\n")
    update = timed("index", ws, "--semantic")
    lexical_match = timed("match", ws, "--format", "json", "--no-semantic")
    semantic_match = timed("match", ws, "--format", "json", "--semantic")
    from factcheck.index import open_index
    from factcheck.workspace import load_workspace

    passages = len(open_index(workspace=load_workspace(root)).passages)
    per_100k = 100_000 / passages
    print(f"workspace: {passages:,} passages in {count:,} sources, {args.claims} claims")
    print(f"lexical index build: {lexical_build:.1f} s ({lexical_build * per_100k:.0f} s/100k)")
    print(f"passage vectors:     {embed:.1f} s ({embed * per_100k:.0f} s/100k passages)")
    print(f"  ratio vectors / lexical build: {embed / lexical_build:.0f}x")
    print(f"update, one source changed: {update:.1f} s")
    print(f"warm match, lexical:  {lexical_match:.1f} s")
    print(f"warm match, semantic: {semantic_match:.1f} s")
    print(f"  ratio semantic / lexical match: {semantic_match / lexical_match:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
