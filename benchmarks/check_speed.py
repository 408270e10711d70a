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

    python benchmarks/check_speed.py [--claims 2000] [--sources 500] [--runs 2]
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
from factcheck.workspace.passages import split_passages
from factcheck.workspace.sources import parse_source
from factcheck.workspace.yamlio import dump_yaml

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
SENTENCES_PER_SOURCE = 40
CLAIMS_PER_FILE = 100
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentence_pool() -> list[str]:
    """Real sentences of 8 to 60 words from the example and evaluation sources."""
    files = sorted((REPO / "sources").rglob("*.txt"))
    if EVAL.is_dir():
        files += sorted(EVAL.glob("*/sources/*.txt"))
    pool: list[str] = []
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---"):
            text = text.split("---", 2)[-1]
        for sentence in _SENTENCE.split(" ".join(text.split())):
            if 8 <= len(sentence.split()) <= 60:
                pool.append(sentence)
    return pool


def generate(root: Path, *, claims: int, sources: int, seed: int = 11) -> None:
    """Write the benchmark workspace at ``root``."""
    rng = random.Random(seed)
    pool = sentence_pool()
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-check-bench-") as tmp:
        root = Path(tmp) / "ws"
        started = time.perf_counter()
        generate(root, claims=args.claims, sources=args.sources)
        print(
            f"generated {args.claims} claims, {args.sources} sources "
            f"in {time.perf_counter() - started:.1f}s"
        )
        cache = root / ".factcheck" / "check-cache.json"
        modes = (  # (label, what to delete before each run)
            ("clean clone (no .factcheck/)", root / ".factcheck"),
            ("index kept, scores not cached", cache),
            ("re-run, nothing changed", None),
        )
        for label, delete in modes:
            wall, cpu, report = [], [], {}
            for _ in range(args.runs):
                if delete is not None and delete.is_dir():
                    shutil.rmtree(delete)
                elif delete is not None:
                    delete.unlink(missing_ok=True)
                seconds, used, report = run_check(root)
                wall.append(seconds)
                cpu.append(used)
            print(
                f"{label:>30}: wall median {statistics.median(wall):.2f}s "
                f"(best {min(wall):.2f}s), CPU {statistics.median(cpu):.2f}s"
            )
        codes: dict[str, int] = {}
        for finding in report["findings"]:
            codes[finding["code"]] = codes.get(finding["code"], 0) + 1
        print(f"findings: {report['summary']} by code {dict(sorted(codes.items()))}")
        print(
            f"{args.runs} runs each, a fresh process per run (imports included); "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )


def run_check(root: Path) -> tuple[float, float, dict[str, Any]]:
    """Wall seconds, CPU seconds (the check and its forked workers) and the JSON report."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(root), "--format", "json"],
        capture_output=True,
        text=True,
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
