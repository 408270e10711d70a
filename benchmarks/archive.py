"""The newsroom archive on PostgreSQL, measured: ingest, candidates against the local index,
full matching, and 8 reviewers matching at once against one server.

Run: ``python benchmarks/archive.py [--passages 100000] [--claims 1000] [--match 200]
[--concurrent 400] [--url URL]``

Without ``--url`` it starts a throwaway cluster of the installed PostgreSQL (fsync on, as a
newsroom server would run) the way the tests do (tests/pgcluster.py). It generates a
workspace of ``--passages`` passages and ``--claims`` claims under ``--out``
(benchmarks/genworkspace.py; reused when there), then measures:

* ingest: ``add_sources`` of every source into an empty archive (passages per second), the
  archive's size on disk, and adding them all again (every source unchanged);
* candidates: the BM25 candidate step (limit 50) for every claim, local index
  (``.factcheck/index``, warm) and archive in the same run; the ratio, and how many
  rankings are identical (all of them, or the archive is wrong);
* matching: ``find_evidence`` (candidates, rapidfuzz rescoring, stance) for ``--match``
  claims against the local index and against the archive alone;
* concurrency: 8 processes, each its own connection, matching an eighth of ``--concurrent``
  claims at once against the one server; wall time, claims per second and latency
  percentiles, beside one process matching the same claims alone.

Not a test: it prints figures (and ``--json`` writes them). Absolute times depend on the
machine (on a shared 2-core machine the server and the 8 reviewers share those cores).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from genworkspace import generate  # noqa: E402

from factcheck.archive import ArchiveIndex, add_sources, archive_status, open_archive  # noqa: E402
from factcheck.evidence import find_evidence  # noqa: E402
from factcheck.index import open_index  # noqa: E402
from factcheck.workspace import Claim, load_workspace  # noqa: E402

LIMIT = 50
REVIEWERS = 8


def _ranking(index: Any, text: str) -> list[tuple[str, int, float]]:
    found = []
    for number, score in index.candidates(text, limit=LIMIT):
        passage = index.passages[number]
        found.append((passage.source_id.removeprefix("archive:"), passage.start, score))
    return found


def _timed_candidates(index: Any, claims: list[Claim]) -> tuple[float, list[Any]]:
    began = time.perf_counter()
    found = [_ranking(index, c.text) for c in claims]
    return time.perf_counter() - began, found


def _match_share(args: tuple[str, list[Claim]]) -> list[float]:
    """One reviewer: its own connection, matching its claims; each claim's latency."""
    url, claims = args
    index = ArchiveIndex(url)
    latencies = []
    for claim in claims:
        began = time.perf_counter()
        find_evidence(claim=claim, index=index, top_k=5)
        latencies.append(time.perf_counter() - began)
    index.close()
    return latencies


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p50_ms": pick(0.5) * 1000, "p95_ms": pick(0.95) * 1000, "max_ms": ordered[-1] * 1000}


def run(url: str, root: Path, claims_wanted: int, matched: int, together: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    workspace = load_workspace(root)
    claims = list(workspace.claims[:claims_wanted])
    began = time.perf_counter()
    local = open_index(workspace=workspace)
    results["local_index_open_s"] = time.perf_counter() - began
    passages = len(local.passages)
    results["passages"] = passages
    results["claims"] = len(claims)

    with open_archive(url, create=True) as conn:
        began = time.perf_counter()
        report = add_sources(conn, workspace.sources.values())
        seconds = time.perf_counter() - began
        conn.execute("ANALYZE")
        status = archive_status(conn)
        results["ingest"] = {
            "passages": report.passages,
            "seconds": seconds,
            "passages_per_s": report.passages / seconds,
            "database_mb": status.database_bytes / 2**20,
            "passages_table_mb": status.passages_bytes / 2**20,
            "gin_index_mb": status.index_bytes / 2**20,
        }
        began = time.perf_counter()
        again = add_sources(conn, workspace.sources.values())
        results["ingest"]["readd_unchanged_s"] = time.perf_counter() - began
        assert len(again.unchanged) == len(workspace.sources)
    print(json.dumps(results["ingest"], indent=1), flush=True)

    archive = ArchiveIndex(url)
    warm = claims[:20]
    _timed_candidates(local, warm)
    _timed_candidates(archive, warm)
    local_s, local_found = _timed_candidates(local, claims)
    archive_s, archive_found = _timed_candidates(archive, claims)
    same = sum(a == b for a, b in zip(local_found, archive_found, strict=True))
    results["candidates"] = {
        "local_ms_per_claim": local_s / len(claims) * 1000,
        "archive_ms_per_claim": archive_s / len(claims) * 1000,
        "archive_over_local": archive_s / local_s,
        "identical_rankings": same,
    }
    print(json.dumps(results["candidates"], indent=1), flush=True)

    sample = claims[:matched]

    def match_all(index: Any) -> float:
        began = time.perf_counter()
        for claim in sample:
            find_evidence(claim=claim, index=index, top_k=5)
        return time.perf_counter() - began

    local_match = match_all(local)
    archive_match = match_all(archive)
    results["matching"] = {
        "claims": len(sample),
        "local_ms_per_claim": local_match / len(sample) * 1000,
        "archive_ms_per_claim": archive_match / len(sample) * 1000,
        "archive_over_local": archive_match / local_match,
    }
    archive.close()
    print(json.dumps(results["matching"], indent=1), flush=True)

    group = claims[:together]
    single = _match_share((url, group))
    shares = [(url, group[i::REVIEWERS]) for i in range(REVIEWERS)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(REVIEWERS) as pool:
        pool.map(_match_share, [(url, claims[:2])] * REVIEWERS)  # start-up, not measured
        began = time.perf_counter()
        latencies = [x for share in pool.map(_match_share, shares) for x in share]
        wall = time.perf_counter() - began
    results["concurrent"] = {
        "reviewers": REVIEWERS,
        "wall_s": wall,
        "claims": len(group),
        "claims_per_s": len(group) / wall,
        **_percentiles(latencies),
        "one_reviewer_claims_per_s": len(group) / sum(single),
        "one_reviewer": _percentiles(single),
    }
    print(json.dumps(results["concurrent"], indent=1), flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--match", type=int, default=200, help="claims matched in full")
    parser.add_argument("--concurrent", type=int, default=400, help="claims the 8 share")
    parser.add_argument("--url", default=None, help="an empty database (default: a new cluster)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/factcheck-archive-bench"))
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    root = args.out / f"ws-{args.passages}"
    if not (root / "claims").is_dir():
        print(f"generating {args.passages:,} passages in {root}", flush=True)
        generate(root, passages=args.passages, claims=args.claims)
    with ExitStack() as stack:
        url = args.url
        if url is None:
            import psycopg

            from tests.pgcluster import running_cluster

            cluster = stack.enter_context(running_cluster(durable=True))
            with psycopg.connect(cluster, autocommit=True) as conn:
                conn.execute("CREATE DATABASE bench")
            url = cluster.replace("/postgres?", "/bench?")
        results = run(url, root, args.claims, args.match, args.concurrent)
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
