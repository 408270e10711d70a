"""How fast the review screen is: first claim shown, all evidence ready, keystroke to YAML.

Runs the real app headless (Textual's test driver, 160×45) on a copy of the
example workspace and on a generated one of 1,000 claims and 200 sources
(benchmarks/genworkspace.py, under a temporary folder). Prints, per workspace:

- start → first claim shown (claims list filled, claim detail drawn)
- start → the first claim's evidence shown
- start → evidence of every claim ready (matching in the background worker)
- the longest stalls of the event loop (a 10 ms ticker's worst lateness) while opening, and
  once the claims are shown while the index is built and matching runs: the screen stays
  usable when the second stays small
- keystroke → verdict written to verdicts/*.yaml (median and worst of 20 verdicts)

The generated workspace is opened twice: first with no index (it is built on opening),
then with the index that run left in ``.factcheck/``. Matching is lexical unless
``--semantic`` is given. Printed first: how long importing the app takes (Textual and
factcheck's modules, which ``factcheck review`` pays before the app starts).

``--workspace PATH`` opens that workspace instead (only opening is timed: no verdict is
written); ``--timeout`` gives up waiting for the evidence (and says so).

    python benchmarks/review.py [--claims 1000] [--sources 200] [--semantic]
        [--workspace PATH] [--timeout 300]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

_IMPORTING = time.perf_counter()
from factcheck.tui.app import ReviewApp, make_app  # noqa: E402

APP_IMPORT = time.perf_counter() - _IMPORTING

from genworkspace import generate  # noqa: E402

from factcheck.evidence import overridden  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 300.0


async def measure(root: Path, *, verdicts: int = 20) -> dict[str, float]:
    """Open ``root`` in the app and time the milestones (seconds); ``verdicts`` keystrokes
    (0: none, the workspace is left as it was)."""
    app: ReviewApp = make_app(workspace_root=root, reviewer="Benchmark", poll_interval=None)
    figures: dict[str, float] = {}
    worst_stall = worst_opening = 0.0
    start = time.perf_counter()
    async with app.run_test(size=(160, 45)) as pilot:
        last_tick = time.perf_counter()

        def tick() -> None:
            nonlocal last_tick, worst_stall, worst_opening
            now = time.perf_counter()
            stall = now - last_tick - 0.01
            if "first claim shown" not in figures:
                worst_opening = max(worst_opening, stall)
            elif "all evidence" not in figures:
                worst_stall = max(worst_stall, stall)
            last_tick = now

        app.set_interval(0.01, tick)
        while "all evidence" not in figures:
            await asyncio.sleep(0.002)
            now = time.perf_counter() - start
            screen = app.review_screen
            if screen is None or not screen.is_mounted or screen.current_claim is None:
                continue
            figures.setdefault("first claim shown", now)
            if any(c.shown for c in screen.columns.values()):
                figures.setdefault("first evidence shown", now)
            if app.idle:
                figures["all evidence"] = now
            if now > TIMEOUT:
                print(f"  gave up after {TIMEOUT:.0f} s: no evidence yet")
                return figures
        figures["worst event-loop stall while opening"] = worst_opening
        figures["worst stall once claims are shown"] = worst_stall
        await pilot.pause()
        if not verdicts:
            return figures
        latencies = []
        files = sorted((root / "verdicts").glob("*.yaml")) if (root / "verdicts").is_dir() else []
        assert not files, "start from a workspace without verdicts"
        written: list[float] = []
        real_replace = os.replace

        def timed_replace(src: Any, dst: Any) -> None:  # the last step of an atomic write
            real_replace(src, dst)
            if str(dst).endswith(".yaml"):
                written.append(time.perf_counter())

        os.replace = timed_replace
        screen_updates: list[float] = []
        try:
            for _ in range(verdicts):
                claim = app.review_screen.current_claim if app.review_screen else None
                assert claim is not None
                written.clear()
                before = time.perf_counter()
                await pilot.press("s")  # returns once the screen has been redrawn
                screen_updates.append(time.perf_counter() - before)
                assert written, "the key press wrote no verdict file"
                latencies.append(written[0] - before)
        finally:
            os.replace = real_replace
        figures["keystroke to YAML written, median"] = statistics.median(latencies)
        figures["keystroke to YAML written, worst"] = max(latencies)
        figures["keystroke to screen redrawn, median"] = statistics.median(screen_updates)
    return figures


def report(name: str, figures: dict[str, float]) -> None:
    print(name)
    for what, seconds in figures.items():
        print(f"  {what:<40} {seconds * 1000:8.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument(
        "--semantic",
        action="store_true",
        help="with sentence vectors when the extra is installed (default: lexical, as "
        "--no-semantic; encoding every passage takes minutes to hours)",
    )
    parser.add_argument("--workspace", type=Path, default=None, metavar="PATH")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, metavar="SECONDS")
    args = parser.parse_args()
    print(f"import of the review app (Textual, factcheck.tui) {APP_IMPORT * 1000:8.0f} ms")
    with overridden(args.semantic):
        run(args)


def run(args: argparse.Namespace) -> None:
    global TIMEOUT
    TIMEOUT = args.timeout
    if args.workspace is not None:
        report(str(args.workspace), asyncio.run(measure(args.workspace, verdicts=0)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        example = Path(tmp) / "example"
        example.mkdir()
        for name in ("claims", "sources"):
            shutil.copytree(REPO / name, example / name)
        report("example workspace", asyncio.run(measure(example)))
        big = Path(tmp) / "big"
        generated = generate(big, passages=args.sources * 100, claims=args.claims)
        name = f"generated: {generated.claims} claims, {generated.sources} sources"
        report(f"{name}, no index yet (built on opening)", asyncio.run(measure(big)))
        shutil.rmtree(big / "verdicts")  # the verdicts the first run wrote
        report(f"{name}, index kept from the run above", asyncio.run(measure(big)))


if __name__ == "__main__":
    main()
