"""How factcheck's cost grows with the corpus: index build, update, matching, memory, recall.

Run: ``python benchmarks/scale.py [--sizes 10k,100k,1m] [--out /tmp/factcheck-bench]``

For each size it generates a workspace under ``--out`` (benchmarks/genworkspace.py; reused
when already there), then measures, with ``factcheck`` run as a separate process each time:

* build: ``factcheck index --rebuild --no-semantic`` (load the workspace, split, tokenise, write;
  lexical: the semantic extra, if installed, would encode every passage); update: ``factcheck
  index --no-semantic`` after one sentence is appended to one source (the process,
  and the update itself as the command reports it);
* match: ``factcheck match --format json --no-semantic`` for all 1,000 claims with a warm
  index, three times, taking turns with three parts of the baseline (the median run is
  reported);
* peak memory: the largest proportional set size (PSS) of the whole process tree, workers
  included (sampled every 20 ms, in a separate run: sampling costs CPU);
* recall@5: share of the paraphrase claims whose source passage is in the top 5;
* baseline: ``rapidfuzz.process.extract(claim, all_passages, scorer=fuzz.token_set_ratio,
  limit=5)`` per claim, on a sample of claims (it is too slow for all of them at size),
  extrapolated to 1,000 claims; recall@5 of both on the paraphrases of that sample;
* bm25s top-50 + the same rapidfuzz rerank (benchmarks/bm25s_side.py) over the same
  passages and claims, its own process, in turns with the match, when bm25s is installed
  (``pip install -c constraints.txt 'factcheck-review[bench]'``); left out otherwise.
  Where numpy's ``argpartition`` is over 3 times slower on mostly-zero scores than on random
  ones (its SIMD partition's slow path for many equal values, which bm25s's top-k takes for
  every claim: 22x on the host of 7 December 2026), bm25s is also run with numpy's SIMD
  kernels off (``NPY_DISABLE_CPU_FEATURES``), and that is the figure to compare with.

``--busy N`` keeps N other processes spinning on a core each while matching (``--busy 1``
on 2 cores: the speed with one core free).

Not a test: it prints a table. Absolute times depend on the machine; the ratios matter.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bm25s_side
from genworkspace import generate
from procstat import PeakPss

from factcheck.index.disk import open_index_with_report
from factcheck.workspace.load import load_workspace

BENCHMARKS = Path(__file__).resolve().parent
BM25S_HINT = "pip install -c constraints.txt 'factcheck-review[bench]'"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
# Claims run through the baseline per size (it costs about 3.4 µs per passage per claim).
BASELINE_SAMPLE = {"10k": 200, "100k": 40, "1m": 8}
# numpy's argpartition this many times slower on mostly-zero scores than on random ones:
# the host has the slow path that bm25s's top-k takes (``bm25s_side.selection_slowdown``).
SLOW_SELECTION = 3.0
# Timed runs of `factcheck match` per size (the median is reported).
MATCH_RUNS = 3


def measured(
    argv: list[str],
    *,
    stdout: Any = subprocess.DEVNULL,
    memory: bool = True,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Run ``argv``; its wall time, peak process-tree PSS (MB, with ``memory``) and stderr.

    Sampling PSS is not free: each sample walks the page tables of every process in the
    tree (about 45 ms for three processes holding 750 MB), so with 2 cores a sampler every
    20 ms takes much of one core. Timed runs are therefore made without it
    (``memory=False``) and peaks measured in a separate run.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    child = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env)
    with PeakPss(child.pid, every=0.02, enabled=memory) as sampler:
        _, err = child.communicate()
        seconds = time.perf_counter() - began
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({child.returncode}): {err.strip()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time of the process and every worker it waited for: what the run costs on an idle
    # machine, whatever else was running (wall time / cores is its lower bound).
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "peak_mb": sampler.peak_kb / 1024, "stderr": err}


def factcheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "factcheck", *args]


def compile_bytecode() -> None:
    """Write the bytecode of the factcheck package being measured, as ``pip install`` does.

    An editable install has none, and with ``PYTHONDONTWRITEBYTECODE`` set (as on the
    machines these figures come from) every ``factcheck`` process compiled every module it
    imports again: 0.1-0.15 s of CPU per process that an installed factcheck never pays
    (bm25s, installed by pip, has its bytecode).
    """
    import factcheck as package

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def workspace_for(out: Path, size: str) -> Path:
    root = out / size
    stamp = root / "generated.json"
    if not stamp.is_file():
        if root.exists():
            subprocess.run(["rm", "-rf", str(root)], check=True)
        began = time.perf_counter()
        info = generate(root, passages=SIZES[size])
        stamp.write_text(json.dumps({"sources": info.sources, "chars": info.chars}))
        print(
            f"  generated {size}: {info.sources:,} sources, {info.chars / 1e6:.0f} MB "
            f"in {time.perf_counter() - began:.0f} s",
            file=sys.stderr,
        )
    return root


def recall_at_5(
    results: dict[str, list[tuple[str, int, int]]],
    truth: dict[str, Any],
    texts: dict[str, str] | None = None,
    *,
    within: bool = False,
) -> tuple[float, int]:
    """Share of paraphrase claims (in ``results``) whose target passage is in the top 5.

    The target is a sentence or a short paragraph (genworkspace picks among all passages,
    paragraph passages included). With ``within``, a shown passage nested with it counts
    too: the paragraph holding a target sentence, or a sentence of a target paragraph
    (matching shows the better of a paragraph and its sentences, not both).
    """
    hits = total = 0
    for claim_id, found in results.items():
        target = truth.get(claim_id)
        if target is None:
            continue
        total += 1
        source, start, end = target["source"], target["start"], target["end"]
        hits += any(
            (f[0], f[1], f[2]) == (source, start, end)
            or (
                within
                and f[0] == source
                and ((f[1] <= start and end <= f[2]) or (start <= f[1] and f[2] <= end))
            )
            for f in found[:5]
        )
    return (hits / total if total else 0.0), total


def bench(out: Path, size: str, *, busy: int = 0) -> dict[str, Any]:
    print(f"[{size}] preparing", file=sys.stderr)
    root = workspace_for(out, size)
    truth = json.loads((root / "truth.json").read_text())
    row: dict[str, Any] = {"size": size}
    print(f"[{size}] build from scratch", file=sys.stderr)
    build = measured(factcheck("index", str(root), "--rebuild", "--no-semantic"), memory=False)
    row["build_s"], row["build_cpu"] = build["seconds"], build["cpu"]
    row["build_mb"] = measured(factcheck("index", str(root), "--rebuild", "--no-semantic"))[
        "peak_mb"
    ]
    # One source changes: a sentence appended (then taken back out for the next run).
    victim = sorted((root / "sources").rglob("*.txt"))[len(truth) % 7]
    original = victim.read_bytes()
    victim.write_bytes(original + b"\nA sentence appended to measure an incremental update.\n")
    try:
        update = measured(factcheck("index", str(root), "--no-semantic"), stdout=subprocess.PIPE)
    finally:
        victim.write_bytes(original)
    row["update_s"] = update["seconds"]
    measured(factcheck("index", str(root), "--no-semantic"))  # back as generated, index warm
    workspace = load_workspace(root)
    began = time.perf_counter()
    index, report = open_index_with_report(workspace=workspace)
    row["open_s"] = time.perf_counter() - began
    assert report.unchanged, report
    row["passages"] = len(index.passages)
    # The update step alone, in process: append, update, restore.
    victim.write_bytes(original + b"\nA sentence appended to measure an incremental update.\n")
    try:
        changed = load_workspace(root)
        began = time.perf_counter()
        open_index_with_report(workspace=changed)
        row["update_inproc_s"] = time.perf_counter() - began
    finally:
        victim.write_bytes(original)
    open_index_with_report(workspace=workspace)
    row.update(
        match_beside_baselines(
            root=root, size=size, workspace=workspace, index=index, truth=truth, busy=busy
        )
    )
    if SIZES[size] <= 100_000:
        print(f"[{size}] review screen, first evidence (warm index)", file=sys.stderr)
        row["review_s"], row["review_process_s"] = review_seconds(root)
    row["cores"] = os.cpu_count()
    return row


def bench_match(out: Path, size: str, *, busy: int = 0) -> dict[str, Any]:
    """``--match-only``: the match beside the baselines, on the size's workspace as it is.

    The index is brought up to date first (``factcheck index --no-semantic``), untimed.
    """
    root = workspace_for(out, size)
    compile_bytecode()
    measured(factcheck("index", str(root), "--no-semantic"), memory=False)
    workspace = load_workspace(root)
    index, report = open_index_with_report(workspace=workspace)
    assert report.unchanged, report
    truth = json.loads((root / "truth.json").read_text())
    row: dict[str, Any] = {"size": size, "passages": len(index.passages)}
    row.update(
        match_beside_baselines(
            root=root, size=size, workspace=workspace, index=index, truth=truth, busy=busy
        )
    )
    return row


@contextmanager
def busy_cores(count: int) -> Iterator[None]:
    """``count`` processes spinning on a core each while inside (a machine with cores taken)."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def match_beside_baselines(
    *, root: Path, size: str, workspace: Any, index: Any, truth: dict[str, Any], busy: int
) -> dict[str, Any]:
    """``factcheck match`` for all claims (warm index), the per-claim baseline on a sample and
    bm25s top-50 + the same rapidfuzz rerank (benchmarks/bm25s_side.py, when installed), in
    turns: baseline part, match, bm25s, baseline part, match, bm25s, ... so a drift in the
    machine's speed during the run (shared hosts drift by a third within minutes) weighs on
    all alike. The speed-up compares the median match with the mean baseline claim. With
    ``busy``, that many other processes spin on a core each during the timed runs.
    """
    print(f"[{size}] match 1,000 claims (warm index) and the baselines, in turns", file=sys.stderr)
    row: dict[str, Any] = {"busy": busy}
    texts = [p.text for p in index.passages]
    numbers = [(p.source_id, p.start, p.end) for p in index.passages]
    rng = random.Random(3)
    claims = {c.id: c.text for c in workspace.claims}
    para = sorted(c for c in claims if c in truth)
    other = sorted(c for c in claims if c not in truth)
    half = BASELINE_SAMPLE[size] // 2
    sample = rng.sample(para, half) + rng.sample(other, half)
    baseline: dict[str, list[tuple[str, int, int]]] = {}
    baseline_seconds = 0.0
    out_file = root / "match.json"
    # Lexical retrieval, the path issue 17 measures (the semantic extra may be installed).
    match_argv = factcheck("match", str(root), "--format", "json", "--no-semantic")
    bm25s_folder = root / ".bm25s"
    bm25s_out = root / "bm25s.json"
    bm25s_argv = [sys.executable, str(BENCHMARKS / "bm25s_side.py"), "match", str(bm25s_folder)]
    if bm25s_side.available():
        print(f"[{size}] bm25s index of the same {len(texts):,} passages", file=sys.stderr)
        row["bm25s_build_s"] = bm25s_side.build(bm25s_folder, texts=texts, claims=claims)
        row["bm25s_version"] = bm25s_side.version()
        row["selection_slowdown"] = bm25s_side.selection_slowdown()
    else:
        print(f"  bm25s not installed ({BM25S_HINT}): that comparison is left out", file=sys.stderr)
    # Where numpy's partition has a slow path for arrays of many equal values, bm25s's
    # top-k takes it for every claim: bm25s is then also run with numpy's SIMD kernels
    # off, the figure to compare with (see ``bm25s_side.selection_slowdown``).
    scalar = row.get("selection_slowdown", 1.0) > SLOW_SELECTION
    matches, others, scalars = [], [], []
    with busy_cores(busy):
        for turn in range(MATCH_RUNS):
            began = time.perf_counter()
            for claim_id in sample[turn::MATCH_RUNS]:
                best = process.extract(
                    claims[claim_id], texts, scorer=fuzz.token_set_ratio, limit=5
                )
                baseline[claim_id] = [numbers[i] for _, _, i in best]
            baseline_seconds += time.perf_counter() - began
            with out_file.open("w") as handle:
                matches.append(measured(match_argv, stdout=handle, memory=False))
            if bm25s_side.available():
                others.append(measured([*bm25s_argv, str(bm25s_out)], memory=False))
            if scalar:
                scalars.append(
                    measured(
                        [*bm25s_argv, str(bm25s_out)],
                        memory=False,
                        env=bm25s_side.scalar_selection_env(),
                    )
                )
        row["load"] = os.getloadavg()[0]
    matches.sort(key=lambda m: m["seconds"])
    match = matches[len(matches) // 2]
    row["match_s"], row["match_cpu"] = match["seconds"], match["cpu"]
    row["match_runs"] = [m["seconds"] for m in matches]
    row["match_cpus"] = [m["cpu"] for m in matches]
    row["match_mb"] = measured(match_argv)["peak_mb"]
    matched = json.loads(out_file.read_text())
    found = {
        c["id"]: [(e["source"], e["start"], e["end"]) for e in c["evidence"]]
        for c in matched["claims"]
    }
    row["recall"], row["paraphrases"] = recall_at_5(found, truth)
    row["recall_within"], _ = recall_at_5(found, truth, within=True)
    row["claims"] = len(found)
    per_claim = baseline_seconds / len(sample)
    row["baseline_sample"] = len(sample)
    row["baseline_claim_s"] = per_claim
    row["baseline_1000_s"] = per_claim * 1000
    row["baseline_recall"], _ = recall_at_5(baseline, truth, within=True)
    row["sample_recall"], _ = recall_at_5({c: found[c] for c in sample}, truth, within=True)
    row["ratio"] = row["baseline_1000_s"] / row["match_s"]
    if others:
        others.sort(key=lambda m: m["seconds"])
        other_run = others[len(others) // 2]
        row["bm25s_s"], row["bm25s_cpu"] = other_run["seconds"], other_run["cpu"]
        row["bm25s_runs"] = [m["seconds"] for m in others]
        row["bm25s_cpus"] = [m["cpu"] for m in others]
        row["bm25s_mb"] = measured([*bm25s_argv, str(bm25s_out)])["peak_mb"]
        shown = json.loads(bm25s_out.read_text())
        spans = {c: [numbers[n] for n in found_numbers] for c, found_numbers in shown.items()}
        row["bm25s_recall"], _ = recall_at_5(spans, truth)
        row["bm25s_recall_within"], _ = recall_at_5(spans, truth, within=True)
    if scalars:
        scalars.sort(key=lambda m: m["seconds"])
        scalar_run = scalars[len(scalars) // 2]
        row["bm25s_scalar_s"], row["bm25s_scalar_cpu"] = scalar_run["seconds"], scalar_run["cpu"]
    return row


async def _review_probe(root: Path) -> float:
    """Seconds from importing the review app to the first claim's evidence being ready."""
    began = time.perf_counter()
    from factcheck.tui.app import make_app

    app = make_app(workspace_root=root, poll_interval=None)
    async with app.run_test(size=(160, 50)) as pilot:
        while time.perf_counter() - began < 120:
            await pilot.pause(0.02)
            # The app's session is set once its workspace is loaded (factcheck/tui/watch.py).
            session = getattr(app, "session", None)
            if session is not None and app.evidence_for(session.workspace.claims[0]) is not None:
                break
        return time.perf_counter() - began


def review_probe_main(root: Path) -> int:
    import asyncio

    from factcheck.evidence import overridden

    # Lexical, as the matches above: with the semantic extra installed, "auto" would first
    # encode every passage of the workspace.
    with overridden(False):
        print(f"{asyncio.run(_review_probe(root)):.3f}")
    return 0


def review_seconds(root: Path) -> tuple[float, float]:
    """(in-process seconds to the first evidence, wall seconds of the whole process)."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--review-probe", str(root)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1]), time.perf_counter() - began


def _shown(cell: Any, row: dict[str, Any]) -> str:
    """A cell's text, or "-" for a figure this run did not take (``--match-only``)."""
    try:
        return str(cell(row))
    except KeyError:
        return "-"


def _cell(row: dict[str, Any], key: str, form: str) -> str:
    return form.format(row[key]) if key in row else "-"


def _ratio(row: dict[str, Any], mine: str, theirs: str) -> str:
    return f"{row[mine] / row[theirs]:.2f}" if theirs in row else "-"


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        ("passages", lambda r: f"{r['passages']:,}"),
        ("index build from scratch (process)", lambda r: f"{r['build_s']:.1f} s"),
        ("  CPU time, all processes", lambda r: f"{r['build_cpu']:.1f} s"),
        ("  peak memory during build", lambda r: f"{r['build_mb']:.0f} MB"),
        ("update after 1 source changed (process)", lambda r: f"{r['update_s']:.2f} s"),
        ("  the update itself, in process", lambda r: f"{r['update_inproc_s']:.3f} s"),
        ("warm open, in process", lambda r: f"{r['open_s']:.3f} s"),
        ("match 1,000 claims (factcheck match), median", lambda r: f"{r['match_s']:.1f} s"),
        (
            "  all runs",
            lambda r: "/".join(f"{s:.1f}" for s in r["match_runs"]),
        ),
        ("  CPU time, all processes", lambda r: f"{r['match_cpu']:.1f} s"),
        ("  peak memory during match", lambda r: f"{r['match_mb']:.0f} MB"),
        ("  recall@5, all 500 paraphrases", lambda r: f"{r['recall']:.3f}"),
        ("  the same, or nested with it", lambda r: f"{r['recall_within']:.3f}"),
        ("baseline claims run (sample)", lambda r: f"{r['baseline_sample']}"),
        ("baseline per claim", lambda r: f"{r['baseline_claim_s']:.3f} s"),
        ("baseline, 1,000 claims (extrapolated)", lambda r: f"{r['baseline_1000_s']:.0f} s"),
        (
            "recall@5 (or nested) on the sample: baseline",
            lambda r: f"{r['baseline_recall']:.3f}",
        ),
        ("  the same: factcheck", lambda r: f"{r['sample_recall']:.3f}"),
        ("speed-up over the baseline", lambda r: f"{r['ratio']:.0f}x"),
        ("bm25s index build (in process)", lambda r: _cell(r, "bm25s_build_s", "{:.1f} s")),
        ("bm25s top-50 + rerank (process), median", lambda r: _cell(r, "bm25s_s", "{:.1f} s")),
        ("  all runs", lambda r: "/".join(f"{s:.1f}" for s in r.get("bm25s_runs", [])) or "-"),
        ("  CPU time", lambda r: _cell(r, "bm25s_cpu", "{:.1f} s")),
        ("  peak memory", lambda r: _cell(r, "bm25s_mb", "{:.0f} MB")),
        ("  recall@5, all 500 paraphrases", lambda r: _cell(r, "bm25s_recall", "{:.3f}")),
        (
            "  the same, or nested with it",
            lambda r: _cell(r, "bm25s_recall_within", "{:.3f}"),
        ),
        ("factcheck / bm25s + rerank, wall", lambda r: _ratio(r, "match_s", "bm25s_s")),
        ("factcheck / bm25s + rerank, CPU", lambda r: _ratio(r, "match_cpu", "bm25s_cpu")),
        (
            "numpy argpartition, mostly zeros / random",
            lambda r: _cell(r, "selection_slowdown", "{:.1f}x"),
        ),
        (
            "bm25s, numpy SIMD off (slow host only), median",
            lambda r: _cell(r, "bm25s_scalar_s", "{:.1f} s"),
        ),
        ("  CPU time", lambda r: _cell(r, "bm25s_scalar_cpu", "{:.1f} s")),
        (
            "factcheck / that bm25s, wall",
            lambda r: _ratio(r, "match_s", "bm25s_scalar_s"),
        ),
        ("factcheck / that bm25s, CPU", lambda r: _ratio(r, "match_cpu", "bm25s_scalar_cpu")),
        ("other processes spinning (--busy)", lambda r: f"{r.get('busy', 0)}"),
        ("machine load average (1 min) at match", lambda r: f"{r['load']:.1f}"),
        (
            "review screen: first claim's evidence",
            lambda r: f"{r['review_s']:.2f} s" if "review_s" in r else "-",
        ),
        (
            "  the same, whole process",
            lambda r: f"{r['review_process_s']:.2f} s" if "review_s" in r else "-",
        ),
    ]
    width = max(len(name) for name, _ in lines)
    out = [f"{'':<{width}}  " + "  ".join(f"{r['size']:>12}" for r in rows)]
    for name, cell in lines:
        out.append(f"{name:<{width}}  " + "  ".join(f"{_shown(cell, r):>12}" for r in rows))
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated: 10k,100k,1m")
    parser.add_argument("--out", type=Path, default=Path("/tmp/factcheck-bench"))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--busy",
        type=int,
        default=0,
        metavar="N",
        help="keep N other processes spinning on a core each while matching (default 0)",
    )
    parser.add_argument(
        "--match-only",
        action="store_true",
        help="only the match beside the baseline and bm25s (no build, update or review)",
    )
    parser.add_argument("--review-probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.review_probe:
        return review_probe_main(args.review_probe)
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r} (known: {', '.join(SIZES)})")
    run = bench_match if args.match_only else bench
    rows = [run(args.out, size, busy=args.busy) for size in sizes]
    print(f"factcheck scale benchmark ({os.cpu_count()} cores)")
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
