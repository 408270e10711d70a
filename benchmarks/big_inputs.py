"""Big and odd inputs: time and peak memory of `factcheck match` and `check`, and how long
the review app's event loop ever waits while it loads them.

Usage: python benchmarks/big_inputs.py [--scale 1.0] [--only NAME ...] [--keep]

Workspaces are generated under /tmp (never in the repository). Each command
runs in a fresh child process; "peak" is the largest resident set of any
process it ran (ru_maxrss of the children). "loop lag" is the longest gap
between ticks of a 20 ms timer in the review app while it opens the
workspace, builds the index and matches every claim: what a reviewer would
feel as a freeze. --scale shrinks every size (0.1 for a quick run).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORDS = (
    "the ministry said missiles were fired at city officials reported strike depot army region "
    "people over night morning statement confirmed forty twelve Zhytomyr Kyiv drones air defence "
    "shot down damaged residential building according to regional governor"
).split()
CLAIM = "The ministry said forty missiles were fired at Zhytomyr overnight."


def paragraphs(rng: random.Random, size: int) -> str:
    out, total = [], 0
    while total < size:
        para = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 90))) + ".\n\n"
        out.append(para)
        total += len(para)
    return "".join(out)


def claims_file(sources: list[str], extra: str = "") -> str:
    cited = ", ".join(sources[:3])
    return (
        f"claims:\n  - id: a\n    text: {CLAIM}\n    sources: [{cited}]\n"
        f"  - id: b\n    text: Twelve drones were shot down by air defence.\n{extra}"
    )


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def big_source(root: Path, scale: float, limit: float | None) -> None:
    size = int(200_000_000 * scale)
    rng = random.Random(1)
    (root / "sources").mkdir(parents=True)
    with open(root / "sources/big.txt", "w", encoding="utf-8") as handle:
        while handle.tell() < size:
            handle.write(paragraphs(rng, 1_000_000))
    write(root, {"sources/small.txt": CLAIM + "\n", "claims/c.yaml": claims_file(["big", "small"])})
    if limit is not None:
        write(root, {"factcheck.yaml": f"matching:\n  max_source_mb: {limit}\n"})


def one_line(root: Path, scale: float) -> None:
    rng = random.Random(2)
    line = " ".join(rng.choice(WORDS) for _ in range(int(700_000 * scale)))  # ~5 MB, no break
    write(root, {"sources/line.txt": line, "claims/c.yaml": claims_file(["line"])})


def many_sources(root: Path, scale: float) -> None:
    rng = random.Random(3)
    files = {
        f"sources/s{i // 1000}/t{i}.txt": paragraphs(rng, 200) for i in range(int(10_000 * scale))
    }
    files["claims/c.yaml"] = claims_file(["s0/t0", "s0/t1"])
    write(root, files)


def odd_small(root: Path, scale: float) -> None:
    long_claim = json.dumps((CLAIM + " ") * 75)  # about 5,000 characters
    write(
        root,
        {
            "sources/empty.txt": "",
            "sources/news.txt": paragraphs(random.Random(4), 20_000),
            "claims/c.yaml": claims_file(
                ["empty", "news"], f"  - id: long\n    text: {long_claim}\n"
            ),
        },
    )


SCENARIOS: dict[str, tuple[str, Callable[[Path, float], None]]] = {
    "200MB-default": (
        "a 200 MB source, default limit (skipped)",
        lambda r, s: big_source(r, s, None),
    ),
    "200MB-processed": (
        "a 200 MB source, max_source_mb: 250 (indexed)",
        lambda r, s: big_source(r, s, 250),
    ),
    "5MB-one-line": ("one 5 MB line", one_line),
    "10k-sources": ("10,000 tiny sources", many_sources),
    "empty+5k-claim": ("an empty source and a 5,000-character claim", odd_small),
}


def measure(argv: list[str], cwd: Path) -> dict[str, object]:
    """Run one command in a fresh child; its exit code, seconds, peak RSS and stderr."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(json.dumps({'code': r.returncode, 'seconds': time.perf_counter() - t,\n"
        "  'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,\n"
        "  'stderr': r.stderr[-400:]}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *argv], cwd=cwd, capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout))


async def loop_lag(root: Path) -> dict[str, float]:
    """Open the workspace in the review app; the longest gap between 20 ms timer ticks."""
    from factcheck.tui.app import make_app

    app = make_app(workspace_root=root, reviewer="Bench", poll_interval=None)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    began = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        app.set_interval(0.02, tick)
        last[0] = time.perf_counter()  # from here on: startup itself is not a freeze
        while not (app.review_screen is not None and app.idle):
            await pilot.pause(0.05)
            if app.error is not None:
                break
        ready = time.perf_counter() - began
        await app.workers.wait_for_complete()
    return {"ready_seconds": ready, "max_gap_ms": max(gaps, default=0.0) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), default=None)
    parser.add_argument("--no-tui", action="store_true", help="skip the event-loop measurement")
    parser.add_argument("--keep", action="store_true", help="keep the generated workspaces")
    args = parser.parse_args()
    top = Path(tempfile.mkdtemp(prefix="factcheck-big-"))
    print(f"workspaces under {top} (scale {args.scale:g})\n")
    print(f"{'scenario':<16} {'command':<7} {'exit':>4} {'seconds':>8} {'peak MB':>8}  note")
    try:
        for name in args.only or SCENARIOS:
            what, build = SCENARIOS[name]
            root = top / name
            build(root, args.scale)
            for command in (["match"], ["check", "--no-cache"]):
                if name == "200MB-processed" and command[0] == "check":
                    continue  # the same index build as match: one run is enough
                result = measure([sys.executable, "-m", "factcheck", *command, str(root)], root)
                warnings = [
                    line
                    for line in str(result["stderr"]).splitlines()
                    if "warning" in line or "Traceback" in line
                ]
                print(
                    f"{name:<16} {command[0]:<7} {result['code']:>4} {result['seconds']:>8.1f} "
                    f"{result['peak_mb']:>8.0f}  {'; '.join(warnings)[:110]}",
                    flush=True,
                )
            if not args.no_tui and name != "200MB-processed":
                lag = asyncio.run(loop_lag(root))
                print(
                    f"{name:<16} {'review':<7} {'':>4} {lag['ready_seconds']:>8.1f} {'':>8}  "
                    f"longest event-loop gap {lag['max_gap_ms']:.0f} ms",
                    flush=True,
                )
            print(f"{'':<16} ({what})")
            if not args.keep:
                shutil.rmtree(root, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(top, ignore_errors=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nthis script itself (review app runs included): peak {own:.0f} MB")


if __name__ == "__main__":
    main()
