"""Matching and stance quality on ../shared/eval (CLIMATE-FEVER and HealthVer).

Run: ``python benchmarks/quality.py [--top K] [--split all|odd|even|both] [--eval DIR] [NAME ...]``

Not a test: it prints figures. It exits 0 with a message when ../shared/eval is absent.

How the metrics line up with passages (see ../shared/eval/README.md):

* Sources are read from ``<dataset>/sources/*.txt`` exactly as a workspace would read
  them, and split by ``factcheck.workspace.passages.split_passages``: the matcher sees the same
  passages as ``factcheck match`` would.
* In those files each paragraph (blank-line separated) is one gold evidence sentence
  (CLIMATE-FEVER) or excerpt (HealthVer). Passages never cross a paragraph, so every
  passage lies inside exactly one paragraph. **A returned passage counts as a gold
  sentence when it lies inside that sentence's paragraph** of the gold file. For
  CLIMATE-FEVER a paragraph is one sentence, so the passage is the sentence (or, for the
  16 of 5,240 sentences the splitter cuts in two, a part of it): "contains it and is not
  much longer than one sentence". For HealthVer's multi-sentence excerpts a passage is
  one sentence of the excerpt, and counts as that excerpt.
* claim recall@k: of the claims with at least one SUPPORTS/REFUTES evidence (gold),
  the fraction with a gold passage among the top k. sentence recall@k: the fraction of
  gold sentences with a passage among the top k.
* stance: for each gold sentence retrieved in the top k, the stance of its best-ranked
  passage; right when SUPPORTS -> supports and REFUTES -> contradicts. Reported per class,
  and macro (mean of the two), on entropy-0 pairs and on all. HealthVer has no annotator
  entropy, so its entropy-0 figures equal "all".
* holdout: ``--split both`` reports claims at odd and even positions of claims.jsonl
  separately (tune on one half, check on the other).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.evidence.matching import find_evidence
from factcheck.index.candidates import MemoryIndex
from factcheck.workspace.models import Claim, Source, Stance
from factcheck.workspace.passages import split_passages
from factcheck.workspace.sourcefiles import load_sources

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DATASETS = ("climate-fever", "healthver")
GOLD_LABELS = {"SUPPORTS": Stance.SUPPORTS, "REFUTES": Stance.CONTRADICTS}


@dataclass(frozen=True)
class GoldSentence:
    source_id: str
    start: int
    end: int
    label: str  # SUPPORTS or REFUTES
    agreed: bool  # annotator entropy 0 (or no entropy recorded)


@dataclass
class Tally:
    claims: int = 0
    claim_hits: dict[int, int] | None = None
    sentences: int = 0
    sentence_hits: int = 0
    stance_right: dict[tuple[str, bool], int] | None = None
    stance_seen: dict[tuple[str, bool], int] | None = None

    def __post_init__(self) -> None:
        self.claim_hits = {1: 0, 3: 0, 5: 0}
        self.stance_right = {}
        self.stance_seen = {}


def paragraph_spans(source: Source) -> dict[str, tuple[int, int]]:
    """Each paragraph's stripped text -> its span in the source file."""
    spans: dict[str, tuple[int, int]] = {}
    text = source.text
    pos = 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped)
            spans.setdefault(" ".join(stripped.split()), (start, start + len(stripped)))
        pos += len(chunk) + 2
    return spans


def load_gold(dataset: Path, sources: dict[str, Source]) -> list[tuple[Claim, list[GoldSentence]]]:
    spans = {sid: paragraph_spans(s) for sid, s in sources.items()}
    out = []
    with (dataset / "claims.jsonl").open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            row = json.loads(line)
            claim = Claim(id=str(row["id"]), text=row["claim"], file="claims.jsonl", line=line_no)
            gold = []
            for ev in row["evidence"]:
                if ev["label"] not in GOLD_LABELS:
                    continue
                source_id = ev["file"].removeprefix("sources/").removesuffix(".txt")
                span = spans.get(source_id, {}).get(" ".join(ev["text"].split()))
                if span is None:
                    print(f"warning: gold text not found in {ev['file']}", file=sys.stderr)
                    continue
                entropy = ev.get("entropy")
                gold.append(GoldSentence(source_id, span[0], span[1], ev["label"], not entropy))
            out.append((claim, gold))
    return out


def evaluate(
    claims: Sequence[tuple[Claim, list[GoldSentence]]], index: MemoryIndex, top: int
) -> Tally:
    tally = Tally()
    assert tally.claim_hits is not None
    assert tally.stance_right is not None and tally.stance_seen is not None
    for claim, gold in claims:
        if not gold:
            continue
        evidence = find_evidence(claim=claim, index=index, top_k=top)
        tally.claims += 1
        first_hit = None
        for rank, e in enumerate(evidence):
            p = e.passage
            if any(
                g.source_id == p.source_id and g.start <= p.start and p.end <= g.end for g in gold
            ):
                first_hit = rank
                break
        for k in tally.claim_hits:
            if first_hit is not None and first_hit < k:
                tally.claim_hits[k] += 1
        for g in gold:
            tally.sentences += 1
            found = next(
                (
                    e
                    for e in evidence
                    if e.passage.source_id == g.source_id
                    and g.start <= e.passage.start
                    and e.passage.end <= g.end
                ),
                None,
            )
            if found is None:
                continue
            tally.sentence_hits += 1
            for agreed_only in (False, True):
                if agreed_only and not g.agreed:
                    continue
                key = (g.label, agreed_only)
                tally.stance_seen[key] = tally.stance_seen.get(key, 0) + 1
                if found.stance == GOLD_LABELS[g.label]:
                    tally.stance_right[key] = tally.stance_right.get(key, 0) + 1
    return tally


def report(name: str, tally: Tally, top: int) -> None:
    assert tally.claim_hits is not None
    assert tally.stance_right is not None and tally.stance_seen is not None
    n = max(tally.claims, 1)
    recall = "  ".join(f"@{k} {hits / n:.3f}" for k, hits in tally.claim_hits.items())
    print(f"  {name:<10} claims {tally.claims:4d}  claim recall {recall}", end="")
    print(f"  sentence recall@{top} {tally.sentence_hits / max(tally.sentences, 1):.3f}")
    for agreed_only, label in ((True, "entropy-0"), (False, "all")):
        parts = []
        accs = []
        for cls in GOLD_LABELS:
            seen = tally.stance_seen.get((cls, agreed_only), 0)
            right = tally.stance_right.get((cls, agreed_only), 0)
            acc = right / seen if seen else 0.0
            accs.append(acc)
            parts.append(f"{cls.lower()} {acc:.3f} ({right}/{seen})")
        macro = sum(accs) / len(accs)
        print(f"  {'':<10} stance {label:<9} {'  '.join(parts)}  macro {macro:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="*", default=list(DATASETS))
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--split", choices=("all", "odd", "even", "both"), default="both")
    parser.add_argument("--eval", type=Path, default=EVAL, help=f"the data (default {EVAL})")
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"skipped: {args.eval} is absent (evaluation data is not part of the repository)")
        return 0
    for name in args.datasets:
        dataset = args.eval / name
        if not (dataset / "claims.jsonl").is_file():
            print(f"skipped: {dataset} has no claims.jsonl")
            continue
        started = time.perf_counter()
        sources = load_sources(dataset)
        passages = [p for s in sources.values() for p in split_passages(s)]
        index = MemoryIndex(passages)
        loaded = time.perf_counter()
        claims = load_gold(dataset, sources)
        splits: list[tuple[str, list[tuple[Claim, list[GoldSentence]]]]] = []
        if args.split in ("all", "both"):
            splits.append(("all", claims))
        if args.split in ("odd", "both"):
            splits.append(("odd", claims[1::2]))
        if args.split in ("even", "both"):
            splits.append(("even", claims[0::2]))
        print(f"{name}: {len(sources)} sources, {len(passages)} passages, top {args.top}")
        for split_name, subset in splits:
            t0 = time.perf_counter()
            tally = evaluate(subset, index, args.top)
            report(split_name, tally, args.top)
            if split_name == "all" or args.split != "both":
                elapsed = time.perf_counter() - t0
                print(
                    f"  {'':<10} wall time: load+index {loaded - started:.2f} s, "
                    f"matching {elapsed:.2f} s ({len(subset)} claims)"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
