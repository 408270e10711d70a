"""Retrieval quality of ``factcheck match`` on workspaces built from ../shared/eval halves.

Run: ``python benchmarks/retrieval.py [--split odd|even|both] [--weights 0,0.3,0.5]
[--work DIR] [NAME ...]``

Not a test: it prints figures, and exits 0 with a message when ../shared/eval is absent.

For each data set and half it writes a workspace (``claims/eval.yaml`` with the half's
claims, ``sources/`` with every source file) under ``--work`` (a temporary folder by
default; the evaluation data never enters the repository), opens its index as
``factcheck match`` does, and counts claim recall@1/3/5 the way benchmarks/quality.py
does (a passage inside a gold paragraph), plus ``strict``: the passage holds the whole
gold paragraph (for HealthVer, whose excerpts are several sentences, the excerpt found
as one passage). Lexical retrieval, then semantic retrieval with each fusion weight of
``--weights`` (when the extra is installed): choose the weight on one half, report the
other.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from factcheck.evidence import build_index, find_evidence, semantic
from factcheck.workspace import Claim, SemanticMode, Source, load_workspace
from factcheck.workspace.sourcefiles import load_sources

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import paragraph_spans

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DATASETS = ("climate-fever", "healthver")


@dataclass(frozen=True)
class Gold:
    """A SUPPORTS or REFUTES evidence paragraph: where it is in its source."""

    source_id: str
    start: int
    end: int


def load_gold(dataset: Path, sources: dict[str, Source]) -> list[tuple[Claim, list[Gold]]]:
    """Every claim of ``dataset`` in file order, with its gold paragraphs."""
    spans = {sid: paragraph_spans(s) for sid, s in sources.items()}
    out = []
    lines = (dataset / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    for line_no, line in enumerate(lines, 1):
        row = json.loads(line)
        claim = Claim(id=str(row["id"]), text=row["claim"], file="claims.jsonl", line=line_no)
        gold = []
        for ev in row["evidence"]:
            source_id = ev["file"].removeprefix("sources/").removesuffix(".txt")
            span = spans.get(source_id, {}).get(" ".join(ev["text"].split()))
            if ev["label"] in ("SUPPORTS", "REFUTES") and span is not None:
                gold.append(Gold(source_id, *span))
        out.append((claim, gold))
    return out


def write_workspace(dataset: Path, claims: list[Claim], root: Path) -> None:
    """A workspace of ``claims`` against every source of ``dataset``."""
    if root.exists():
        shutil.rmtree(root / "claims", ignore_errors=True)
    (root / "claims").mkdir(parents=True)
    if not (root / "sources").is_dir():
        shutil.copytree(dataset / "sources", root / "sources")
    rows = [{"id": f"c{claim.id}", "text": claim.text} for claim in claims]
    (root / "claims" / "eval.yaml").write_text(
        yaml.safe_dump({"claims": rows}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def recall(claims: list[tuple[Claim, list[Gold]]], index: object, top: int = 5) -> dict[str, float]:
    """claim recall@1/3/5 (a passage inside a gold paragraph) and strict@5 (the whole one)."""
    hits = {"@1": 0, "@3": 0, "@5": 0, "strict@5": 0}
    counted = 0
    for claim, gold in claims:
        if not gold:
            continue
        counted += 1
        evidence = find_evidence(claim=claim, index=index, top_k=top)  # type: ignore[arg-type]
        first = strict = None
        for rank, e in enumerate(evidence):
            p = e.passage
            inside = [g for g in gold if g.source_id == p.source_id]
            if first is None and any(g.start <= p.start and p.end <= g.end for g in inside):
                first = rank
            if strict is None and any(g.start == p.start and p.end == g.end for g in inside):
                strict = rank
        for k in (1, 3, 5):
            hits[f"@{k}"] += first is not None and first < k
        hits["strict@5"] += strict is not None and strict < 5
    return {name: found / max(counted, 1) for name, found in hits.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="*", default=list(DATASETS))
    parser.add_argument("--split", choices=("odd", "even", "both"), default="both")
    parser.add_argument(
        "--weights", default="", help="fusion weights to try (default: the set one)"
    )
    parser.add_argument("--eval", type=Path, default=EVAL)
    parser.add_argument("--work", type=Path, default=None, help="keep the workspaces here")
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"skipped: {args.eval} is absent (evaluation data is not part of the repository)")
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-retrieval-"))
    weights = [float(w) for w in args.weights.split(",") if w] or [semantic.FUSION_WEIGHT]
    splits = ("odd", "even") if args.split == "both" else (args.split,)
    for name in args.datasets:
        dataset = args.eval / name
        gold = load_gold(dataset, load_sources(dataset))
        for split in splits:
            half = gold[1::2] if split == "odd" else gold[0::2]
            root = work / f"{name}-{split}"
            write_workspace(dataset, [c for c, _ in half], root)
            workspace = load_workspace(root)
            modes = [("lexical", SemanticMode.OFF)]
            if semantic.installed():
                modes.append(("semantic", SemanticMode.ON))
            for mode_name, mode in modes:
                settings = dataclasses.replace(workspace.settings, semantic=mode)
                ws = dataclasses.replace(workspace, settings=settings)
                began = time.perf_counter()
                index = build_index(workspace=ws)
                opened = time.perf_counter() - began
                for weight in weights if mode is SemanticMode.ON else [None]:
                    if weight is not None:
                        semantic.FUSION_WEIGHT = weight
                    began = time.perf_counter()
                    found = recall(half, index)
                    took = time.perf_counter() - began
                    figures = "  ".join(f"{k} {v:.3f}" for k, v in found.items())
                    label = mode_name if weight is None else f"{mode_name} w={weight:g}"
                    print(
                        f"{name:<13} {split:<4} {label:<15} {figures}  "
                        f"(index {opened:.1f} s, match {took:.1f} s, {len(half)} claims)"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
