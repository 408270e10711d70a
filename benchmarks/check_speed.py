"""How long ``factcheck check`` takes on a workspace of 2,000 claims and 500 sources.

The workspace is generated under a temporary folder (never in the repository)
from real sentences: the example sources in ``sources/`` and, when present,
``../shared/eval/*/sources/*.txt``, recombined into 500 sources. Claims are
sentences of a source with a few words dropped, citing that source (most of
them), or citing nothing; a quarter have a verdict with pinned evidence, so
the quote-drift rule has work to do. ``factcheck check`` then runs in a fresh
process, as CI runs it: on a clean clone (no ``.factcheck/``), with the passage
index kept but no cached scores, and re-run with nothing changed (pre-commit).
Wall and CPU times are printed; on a busy machine the CPU figure is the fairer one.
So is how FC001 settled the claims (passed on a floor of a cited passage, or matched
exactly against the index; see ``factcheck/check/floor.py``).
Matching is lexical (``--no-semantic``) unless ``--semantic`` is given: with the extra
installed, a clean clone encodes every passage first (minutes).

``--before SRC`` runs a second factcheck (a source tree holding ``factcheck/``, put first
on ``PYTHONPATH``) in turns with this one, each on its own copy of the workspace, and
checks that both report the same findings: ratios taken in the same minutes are the
figures to read on a shared machine. ``--startup`` also times ``check --help`` and
``diff --help`` (Python start-up and the command's imports); ``--phases`` a clean-clone
check's phases in one process (imports, loading, FC001 floors, exact matching).

    python benchmarks/check_speed.py [--claims 2000] [--sources 500] [--runs 2]
        [--before SRC] [--startup] [--phases] [--semantic] [--min-score N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from factcheck.verdicts.files import serialize_verdicts
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict, text_hash
from factcheck.workspace.passages import is_boilerplate, split_passages
from factcheck.workspace.sources import parse_source
from factcheck.workspace.yamlio import dump_yaml

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
SENTENCES_PER_SOURCE = 40
CLAIMS_PER_FILE = 100
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentence_pool(files: list[Path] | None = None) -> list[str]:
    """Real sentences of 8 to 60 words, page furniture left out, from ``files``: by
    default the example's and the evaluation sources (when ``../shared/eval`` is there)."""
    if files is None:
        files = sorted((REPO / "sources").rglob("*.txt"))
        if EVAL.is_dir():
            files += sorted(EVAL.glob("*/sources/*.txt"))
    pool: list[str] = []
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---"):
            text = text.split("---", 2)[-1]
        for sentence in _SENTENCE.split(" ".join(text.split())):
            # Page furniture ("click here ... Topics: ...") would flag the whole line it
            # is put in as boilerplate, and its claims would score half.
            if 8 <= len(sentence.split()) <= 60 and not is_boilerplate(sentence):
                pool.append(sentence)
    return pool


def generate(
    root: Path, *, claims: int, sources: int, seed: int = 11, pool: list[str] | None = None
) -> None:
    """Write the benchmark workspace at ``root``, from ``pool``'s sentences (by default
    ``sentence_pool()``'s)."""
    rng = random.Random(seed)
    pool = sentence_pool() if pool is None else pool
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "verdicts").mkdir()
    texts: dict[str, str] = {}
    for s in range(sources):
        sentences = rng.sample(pool, min(SENTENCES_PER_SOURCE, len(pool)))
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        source_id = f"topic{s % 10}/source-{s:04d}"
        texts[source_id] = "\n\n".join(paragraphs) + "\n"
        path = root / "sources" / f"{source_id}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(texts[source_id], encoding="utf-8")
    ids = sorted(texts)
    for f in range(0, claims, CLAIMS_PER_FILE):
        entries, verdicts = [], {}
        for n in range(f, min(f + CLAIMS_PER_FILE, claims)):
            source_id = rng.choice(ids)
            source = parse_source(texts[source_id], source_id=source_id, path="x")
            passage = rng.choice(split_passages(source))
            words = passage.text.split()
            for _ in range(min(3, len(words) // 6)):  # a light paraphrase
                words.pop(rng.randrange(len(words)))
            entry: dict[str, object] = {"id": f"claim-{n:05d}", "text": " ".join(words)}
            pinned = rng.random() < 0.25
            if not pinned or rng.random() < 0.5:
                entry["sources"] = [source_id]
            entries.append(entry)
            if pinned:
                verdicts[f"claim-{n:05d}"] = Verdict(
                    verdict="supported",
                    reviewer="bench",
                    reviewed_at="2026-11-22T00:00:00Z",
                    claim_hash=text_hash(" ".join(words)),
                    evidence=(
                        PinnedEvidence(
                            source_id, Stance.SUPPORTS, passage.text, passage.start, passage.end
                        ),
                    ),
                )
        name = f"draft-{f // CLAIMS_PER_FILE:03d}"
        (root / "claims" / f"{name}.yaml").write_text(dump_yaml({"claims": entries}), "utf-8")
        (root / "verdicts" / f"{name}.yaml").write_text(serialize_verdicts(verdicts), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--before", type=Path, default=None, metavar="SRC")
    parser.add_argument("--startup", action="store_true")
    parser.add_argument("--semantic", action="store_true")
    parser.add_argument(
        "--phases",
        action="store_true",
        help="also time a clean-clone check's phases in one process (no forking): imports, "
        "loading, FC001 floors, FC001 exact matching (the index build included)",
    )
    parser.add_argument(
        "--min-score",
        default=None,
        metavar="N",
        help="passed to check: a high N makes FC001 report most claims with their best "
        "score, so that --before compares every claim's score",
    )
    args = parser.parse_args()
    sides: dict[str, Path | None] = {"this": None}
    if args.before is not None:
        sides = {"before": args.before.resolve(), "this": None}
    options = ["--semantic"] if args.semantic else ["--no-semantic"]
    if args.min_score is not None:
        options += ["--min-score", args.min_score]
    for side, src in sides.items():
        print(f"{side}: factcheck from {imported_from(src)}")
    with tempfile.TemporaryDirectory(prefix="factcheck-check-bench-") as tmp:
        started = time.perf_counter()
        generate(Path(tmp) / "ws", claims=args.claims, sources=args.sources)
        print(
            f"generated {args.claims} claims, {args.sources} sources "
            f"in {time.perf_counter() - started:.1f}s"
        )
        roots = {side: Path(tmp) / f"ws-{side}" for side in sides}
        for root in roots.values():
            shutil.copytree(Path(tmp) / "ws", root)
        modes = (  # (label, what to delete before each run, relative to the workspace)
            ("clean clone (no .factcheck/)", ".factcheck"),
            ("index kept, scores not cached", ".factcheck/check-cache.json"),
            ("re-run, nothing changed", None),
        )
        reports: dict[str, dict[str, Any]] = {}
        for label, delete in modes:
            wall: dict[str, list[float]] = {side: [] for side in sides}
            cpu: dict[str, list[float]] = {side: [] for side in sides}
            for _ in range(args.runs):
                for side, src in sides.items():  # in turns: the same load on both
                    target = roots[side] / delete if delete else None
                    if target is not None and target.is_dir():
                        shutil.rmtree(target)
                    elif target is not None:
                        target.unlink(missing_ok=True)
                    seconds, used, reports[side] = run_check(roots[side], src, options)
                    wall[side].append(seconds)
                    cpu[side].append(used)
            for side in sides:
                print(
                    f"{label:>30} {side:>6}: wall median {statistics.median(wall[side]):.2f}s "
                    f"(best {min(wall[side]):.2f}s), CPU {statistics.median(cpu[side]):.2f}s"
                )
            if len(sides) == 2:
                ratio = statistics.median(wall["before"]) / statistics.median(wall["this"])
                cpu_ratio = statistics.median(cpu["before"]) / statistics.median(cpu["this"])
                print(f"{'':>30}  ratio: wall {ratio:.2f}x, CPU {cpu_ratio:.2f}x")
                if reports["before"] != reports["this"]:
                    sys.exit("the two report different findings")
        if args.phases:
            found: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
            for _ in range(args.runs):
                for side, src in sides.items():
                    found[side].append(run_phases(roots[side], src, args.min_score))
            for side in sides:
                medians = {
                    name: statistics.median(run[name] for run in found[side])
                    for name in ("imports", "loading", "floors", "exact", "check")
                }
                shown = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in medians.items())
                print(f"{'in one process, clean clone':>30} {side:>6}: CPU medians {shown}")
        if args.startup:
            for command in (["check", "--help"], ["diff", "--help"]):
                times: dict[str, list[float]] = {side: [] for side in sides}
                for _ in range(max(args.runs, 5)):
                    for side, src in sides.items():
                        times[side].append(run_startup(command, src))
                for side in sides:
                    print(
                        f"{' '.join(command):>30} {side:>6}: median "
                        f"{statistics.median(times[side]) * 1000:.0f} ms"
                    )
        codes: dict[str, int] = {}
        report = reports["this"]
        for finding in report["findings"]:
            codes[finding["code"]] = codes.get(finding["code"], 0) + 1
        same = " (the same from both)" if len(sides) == 2 else ""
        print(f"findings{same}: {report['summary']} by code {dict(sorted(codes.items()))}")
        cache = roots["this"] / ".factcheck" / "check-cache.json"
        if cache.is_file():  # how FC001 settled the claims it matched (this side)
            data = json.loads(cache.read_text(encoding="utf-8"))
            print(
                f"FC001 (this side): {len(data.get('floors', {}))} claims passed on a floor, "
                f"{len(data['scores'])} matched exactly; index built: "
                f"{(roots['this'] / '.factcheck' / 'index').is_dir()}"
            )
        print(
            f"{args.runs} runs each, a fresh process per run (imports included); "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )


def _env(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        )
    return env


def imported_from(src: Path | None) -> str:
    """Where the factcheck a side runs is imported from (checks that ``--before`` took)."""
    done = subprocess.run(
        [sys.executable, "-c", "import factcheck; print(factcheck.__file__)"],
        capture_output=True,
        text=True,
        env=_env(src),
        cwd=tempfile.gettempdir(),
        check=True,
    )
    return str(Path(done.stdout.strip()).parent)


def run_startup(command: list[str], src: Path | None) -> float:
    """Wall seconds of ``factcheck COMMAND`` in a fresh process."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "factcheck", *command],
        capture_output=True,
        env=_env(src),
        # Not the repository: ``python -m`` puts the working folder first on sys.path,
        # ahead of PYTHONPATH, and --before would run this tree's factcheck.
        cwd=tempfile.gettempdir(),
        check=True,
    )
    return time.perf_counter() - started


# A clean-clone check in one process, forking off, CPU seconds per phase, printed as JSON.
PHASES = """
import json, shutil, sys, time
from pathlib import Path
started = time.process_time()
import factcheck.commands.check
import factcheck.check.cache as cache, factcheck.check.run as run
import factcheck.evidence.batchmatch as batchmatch
from factcheck.check import CheckOptions, check_workspace
from factcheck.evidence import overridden
batchmatch.can_fork = lambda: False
phases = {"imports": time.process_time() - started}
def timed(module, name, label):
    function = getattr(module, name)
    def wrapper(*args, **kwargs):
        begun = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            phases[label] = phases.get(label, 0.0) + time.process_time() - begun
    setattr(module, name, wrapper)
timed(run, "load_for_check", "loading")
if hasattr(cache, "floor_scores"):
    timed(cache, "floor_scores", "floors")
timed(cache, "_match", "exact")
root = Path(sys.argv[1])
shutil.rmtree(root / ".factcheck", ignore_errors=True)
minimum = float(sys.argv[2]) if len(sys.argv) > 2 else None
begun = time.process_time()
with overridden(False):
    check_workspace(root=root, options=CheckOptions(min_score=minimum))
phases["check"] = time.process_time() - begun
phases.setdefault("floors", 0.0)
phases.setdefault("exact", 0.0)
print(json.dumps(phases))
"""


def run_phases(root: Path, src: Path | None, min_score: str | None) -> dict[str, float]:
    """CPU seconds of a clean-clone check's phases, in one process (``PHASES``)."""
    done = subprocess.run(
        [sys.executable, "-c", PHASES, str(root), *([min_score] if min_score else [])],
        capture_output=True,
        text=True,
        env=_env(src),
        cwd=root.parent,  # not the repository (see run_startup)
        check=True,
    )
    phases: dict[str, float] = json.loads(done.stdout)
    return phases


def run_check(
    root: Path, src: Path | None = None, extra: list[str] | None = None
) -> tuple[float, float, dict[str, Any]]:
    """Wall seconds, CPU seconds (the check and its forked workers) and the JSON report."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(root), "--format", "json"] + (extra or []),
        capture_output=True,
        text=True,
        env=_env(src),
        cwd=root.parent,  # not the repository (see run_startup)
    )
    seconds = time.perf_counter() - started
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1) or not done.stdout.strip():
        sys.exit(f"factcheck check failed ({done.returncode}): {done.stderr.strip()}")
    cpu = now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime
    report: dict[str, Any] = json.loads(done.stdout)
    return seconds, cpu, report


if __name__ == "__main__":
    main()
