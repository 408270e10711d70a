"""Matching and stance quality on ../shared/eval (CLIMATE-FEVER and HealthVer).

Run: ``python benchmarks/quality.py [--top K] [--split a|b|both] [--semantic on|off|both]
[--eval DIR] [--keep DIR] [NAME ...]``

Not a test: it prints figures. It exits 0 with a message when ../shared/eval is absent.

It measures exactly what a user gets: each data set is copied into a temporary workspace
(``sources/`` as they are, the claims in ``claims/eval.yaml``) and run through
``factcheck match WORKSPACE --format json --top K`` in a subprocess. Nothing is written
to ../shared/eval.

* Halves: ``a`` is the claims at even positions of claims.jsonl (0, 2, ...), ``b`` those
  at odd positions. Thresholds are tuned on one half and reported on the other
  (benchmarks/tune_stance.py; docs/matching.md).
* In the data's source files each paragraph (blank-line separated) is one annotated
  evidence sentence (CLIMATE-FEVER) or excerpt (HealthVer). **A returned passage counts
  as an annotated sentence when it lies inside that sentence's paragraph.**
* claim recall@k: of the claims with at least one SUPPORTS/REFUTES sentence (gold), the
  share with a gold passage among the top k.
* strict @k: the same, counting only a passage that is a whole gold paragraph (for
  HealthVer, whose excerpts are several sentences, the excerpt found as one passage).
* confusion: for every annotated sentence of a claim (SUPPORTS, REFUTES and
  NOT_ENOUGH_INFO) that has a passage among the top k, the stance of its best-ranked
  passage. Rows are the annotation, columns the stance shown; each row is also given as
  shares. "NEI shown as supports" is the share of NOT_ENOUGH_INFO sentences shown under
  supports: a reviewer reading the Supporting column is sent to those. The same shares are
  also given for the sentences the annotators agreed on (CLIMATE-FEVER's entropy 0.0;
  HealthVer has no entropy), as ../shared/eval/README.md suggests.
* ``--semantic``: sets ``matching.semantic`` in the workspace's factcheck.yaml when this
  version of factcheck has that setting; without it only the lexical retrieval runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factcheck.workspace import Settings, Source
from factcheck.workspace.sourcefiles import load_sources

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DATASETS = ("climate-fever", "healthver")
LABELS = ("SUPPORTS", "REFUTES", "NOT_ENOUGH_INFO")
STANCES = ("supports", "contradicts", "neutral")
RECALL_AT = (1, 3, 5)


@dataclass(frozen=True)
class Annotated:
    """One annotated evidence sentence of a claim: where its paragraph is, and its label."""

    source_id: str
    start: int
    end: int
    label: str  # SUPPORTS, REFUTES or NOT_ENOUGH_INFO
    agreed: bool = False  # the annotators agreed (entropy 0.0; HealthVer gives no entropy)


@dataclass(frozen=True)
class EvalClaim:
    id: str
    text: str
    position: int  # in claims.jsonl, from 0
    annotated: tuple[Annotated, ...]

    @property
    def gold(self) -> tuple[Annotated, ...]:
        return tuple(a for a in self.annotated if a.label != "NOT_ENOUGH_INFO")


@dataclass
class Tally:
    """Figures of one half of one data set."""

    claims: int = 0
    hits: Counter[int] = field(default_factory=Counter)
    strict: int = 0  # claims with a whole gold paragraph as one passage in the top k
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    agreed: Counter[tuple[str, str]] = field(default_factory=Counter)  # entropy 0.0 only

    def row(self, label: str) -> tuple[int, ...]:
        return tuple(self.confusion[(label, stance)] for stance in STANCES)

    def share(self, label: str, stance: str) -> float:
        total = sum(self.row(label))
        return self.confusion[(label, stance)] / total if total else 0.0


def semantic_setting_exists() -> bool:
    """Whether this factcheck has ``matching.semantic`` (the ``[semantic]`` retrieval)."""
    return any(f.name == "semantic" for f in dataclasses.fields(Settings))


def semantic_installed() -> bool:
    """Whether the ``[semantic]`` extra is installed, so ``matching.semantic: on`` can run."""
    try:
        from factcheck.evidence.semantic import installed
    except ImportError:
        return False
    return bool(installed())


def paragraph_spans(source: Source) -> dict[str, tuple[int, int]]:
    """Each paragraph's text, whitespace folded -> its span in the source file."""
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    for chunk in source.text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped)
            spans.setdefault(" ".join(stripped.split()), (start, start + len(stripped)))
        pos += len(chunk) + 2
    return spans


def make_workspace(dataset: Path, root: Path, *, semantic: str | None) -> list[EvalClaim]:
    """A workspace in ``root`` with the data set's sources and claims; its claims.

    A ``root`` kept from an earlier run keeps its ``.factcheck/`` (the index and the
    passage vectors); its sources and claims are copied anew.
    """
    for old in ("sources", "claims"):
        shutil.rmtree(root / old, ignore_errors=True)
    shutil.copytree(dataset / "sources", root / "sources")
    rows = [json.loads(line) for line in (dataset / "claims.jsonl").read_text("utf-8").splitlines()]
    (root / "claims").mkdir()
    listed = [{"id": str(row["id"]), "text": " ".join(row["claim"].split())} for row in rows]
    (root / "claims" / "eval.yaml").write_text(
        yaml.safe_dump({"claims": listed}, allow_unicode=True, sort_keys=False), "utf-8"
    )
    if semantic is not None:
        (root / "factcheck.yaml").write_text(f"matching:\n  semantic: {semantic}\n", "utf-8")
    spans = {sid: paragraph_spans(s) for sid, s in load_sources(root).items()}
    claims = []
    for position, (row, entry) in enumerate(zip(rows, listed, strict=True)):
        annotated = []
        for ev in row["evidence"]:
            source_id = ev["file"].removeprefix("sources/").removesuffix(".txt")
            span = spans.get(source_id, {}).get(" ".join(ev["text"].split()))
            if span is None:
                print(f"warning: annotated text not found in {ev['file']}", file=sys.stderr)
                continue
            agreed = ev.get("entropy") == 0.0
            annotated.append(Annotated(source_id, span[0], span[1], ev["label"], agreed))
        claims.append(EvalClaim(entry["id"], entry["text"], position, tuple(annotated)))
    return claims


def run_match(root: Path, top: int) -> dict[str, list[dict[str, Any]]]:
    """``factcheck match ROOT --format json --top K``: claim id -> its evidence."""
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "match",
            str(root),
            "--format",
            "json",
            "--top",
            str(top),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"factcheck match failed ({done.returncode}): {done.stderr.strip()}")
    return {c["id"]: c["evidence"] for c in json.loads(done.stdout)["claims"]}


def inside(e: dict[str, Any], a: Annotated) -> bool:
    return bool(e["source"] == a.source_id and a.start <= e["start"] and e["end"] <= a.end)


def holds(e: dict[str, Any], a: Annotated) -> bool:
    """Whether the passage is the whole annotated paragraph (strict recall)."""
    return bool(e["source"] == a.source_id and a.start == e["start"] and e["end"] == a.end)


def evaluate(claims: Sequence[EvalClaim], evidence: dict[str, list[dict[str, Any]]]) -> Tally:
    """Recall and the stance confusion of ``claims`` from their ``evidence``."""
    tally = Tally()
    for claim in claims:
        shown = evidence.get(claim.id, [])
        if claim.gold:
            tally.claims += 1
            first = next(
                (rank for rank, e in enumerate(shown) if any(inside(e, g) for g in claim.gold)),
                None,
            )
            for k in RECALL_AT:
                tally.hits[k] += first is not None and first < k
            whole = next(
                (rank for rank, e in enumerate(shown) if any(holds(e, g) for g in claim.gold)),
                None,
            )
            tally.strict += whole is not None and whole < RECALL_AT[-1]
        for a in claim.annotated:
            best = next((e for e in shown if inside(e, a)), None)
            if best is not None:
                tally.confusion[(a.label, best["stance"])] += 1
                if a.agreed:
                    tally.agreed[(a.label, best["stance"])] += 1
    return tally


def report(name: str, tally: Tally) -> None:
    """Print one half's figures (recall only when the tally counted claims)."""
    if tally.claims:
        recall = "  ".join(f"@{k} {tally.hits[k] / tally.claims:.3f}" for k in RECALL_AT)
        strict = f"strict @{RECALL_AT[-1]} {tally.strict / tally.claims:.3f}"
        print(f"  {name}: {tally.claims} claims with gold  claim recall {recall}  {strict}")
    else:
        print(f"  {name}")
    print(f"    {'shown as ->':<18}" + "".join(f"{s:>22}" for s in STANCES))
    for label in LABELS:
        cells = "".join(
            f"{count:>12d} ({tally.share(label, stance):.2f})  "
            for count, stance in zip(tally.row(label), STANCES, strict=True)
        )
        print(f"    {label:<18}{cells}")
    print(
        f"    supporting shown as supports {tally.share('SUPPORTS', 'supports'):.2f}"
        f"  refuting shown as contradicts {tally.share('REFUTES', 'contradicts'):.2f}"
        f"  NEI shown as supports {tally.share('NOT_ENOUGH_INFO', 'supports'):.2f}"
    )
    if tally.agreed:
        agreed = Tally(confusion=tally.agreed)
        counts = "/".join(str(sum(agreed.row(label))) for label in LABELS)
        print(
            f"    annotators agreed ({counts}): supporting shown as supports "
            f"{agreed.share('SUPPORTS', 'supports'):.2f}"
            f"  refuting shown as contradicts {agreed.share('REFUTES', 'contradicts'):.2f}"
            f"  NEI shown as supports {agreed.share('NOT_ENOUGH_INFO', 'supports'):.2f}"
        )


def halves(claims: list[EvalClaim], split: str) -> list[tuple[str, list[EvalClaim]]]:
    """The halves asked for: a (even positions), b (odd positions)."""
    found = []
    if split in ("a", "both"):
        found.append(("half a", [c for c in claims if c.position % 2 == 0]))
    if split in ("b", "both"):
        found.append(("half b", [c for c in claims if c.position % 2 == 1]))
    return found


def measure(
    dataset: Path, *, top: int, semantic: str | None, keep: Path | None = None
) -> tuple[list[EvalClaim], dict[str, list[dict[str, Any]]], float]:
    """Run one data set through ``factcheck match``: its claims, evidence and wall time.

    With ``keep``, the workspace is ``keep/NAME-MODE`` and stays there, so the next run
    finds its index and passage vectors built (encoding them is the slow part).
    """
    if keep is not None:
        root = keep / f"{dataset.name}-{semantic}"
        root.mkdir(parents=True, exist_ok=True)
        return _measure_in(root, dataset, top=top, semantic=semantic)
    with tempfile.TemporaryDirectory(prefix="fc-quality-") as tmp:
        return _measure_in(Path(tmp), dataset, top=top, semantic=semantic)


def _measure_in(
    root: Path, dataset: Path, *, top: int, semantic: str | None
) -> tuple[list[EvalClaim], dict[str, list[dict[str, Any]]], float]:
    claims = make_workspace(dataset, root, semantic=semantic)
    started = time.perf_counter()
    evidence = run_match(root, top)
    return claims, evidence, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("datasets", nargs="*", default=list(DATASETS))
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--split", choices=("a", "b", "both"), default="both")
    parser.add_argument("--semantic", choices=("on", "off", "both"), default="both")
    parser.add_argument("--eval", type=Path, default=EVAL, help=f"the data (default {EVAL})")
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep the workspaces (and their indexes) in this folder and reuse them",
    )
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"skipped: {args.eval} is absent (evaluation data is not part of the repository)")
        return 0
    if not semantic_setting_exists():
        print("matching.semantic does not exist in this version: lexical retrieval only")
        modes: list[str | None] = [None]
    elif not semantic_installed() and args.semantic != "off":
        print("the semantic extra is not installed (pip install -e '.[semantic]'): lexical only")
        modes = ["off"]
    else:
        modes = ["off", "on"] if args.semantic == "both" else [args.semantic]
    for name in args.datasets:
        dataset = args.eval / name
        if not (dataset / "claims.jsonl").is_file():
            print(f"skipped: {dataset} has no claims.jsonl")
            continue
        for mode in modes:
            claims, evidence, elapsed = measure(
                dataset, top=args.top, semantic=mode, keep=args.keep
            )
            retrieval = "lexical" if mode in (None, "off") else "semantic"
            timing = f"{elapsed:.1f} s for {len(claims)} claims"
            print(f"{name}, {retrieval} retrieval, top {args.top} ({timing})")
            for half, subset in halves(claims, args.split):
                report(half, evaluate(subset, evidence))
    return 0


if __name__ == "__main__":
    sys.exit(main())
