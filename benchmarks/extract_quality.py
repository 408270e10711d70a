"""Claim extraction quality: precision and recall against claims a fact-checker picked.

Run: ``python benchmarks/extract_quality.py [--min-score X] [--sweep] [-v]``

The gold set is ``tests/data/extract/gold.yaml``: for the example draft
(docs/examples/draft.md) and two real articles (sources/*.txt), fragments of
the sentences a fact-checker would check, written down before the scorer was.
A proposed claim is a hit when it contains a gold fragment (case, spacing and
typography folded); a gold fragment is found when some proposed claim holds it.

* precision = hits / proposed claims
* recall = gold fragments found / gold fragments
* AP (average precision) = the mean, over the hits, of the precision at the hit's rank:
  1.00 when every hit is ranked above every extra

A second, held-out figure uses claims written by neither this project nor its
users: the claims of CLIMATE-FEVER and HealthVer (../shared/eval, skipped when
absent), real statements that people sent to fact-checkers. All of them are worth
checking, so the share the scorer proposes is a recall; the claims at odd positions
(1st, 3rd, ...) were looked at while tuning the signals, the even ones were not.

Not a test: it prints figures (tests/test_extract_quality.py holds the floors).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from factcheck.claims.drafts import read_draft
from factcheck.claims.extract import DEFAULT_MIN_SCORE, ProposedClaim, extract_claims
from factcheck.claims.scoring import score_sentence
from factcheck.workspace.sources import LEADING_DATE, read_source
from factcheck.workspace.text import normalize
from factcheck.workspace.yamlio import parse_yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "extract" / "gold.yaml"
EVAL = ROOT.parent / "shared" / "eval"
EVAL_DATASETS = ("climate-fever", "healthver")


@dataclass(frozen=True)
class DocumentScore:
    file: str
    proposed: tuple[ProposedClaim, ...]
    gold: tuple[str, ...]
    hits: tuple[bool, ...]  # per proposed claim
    found: tuple[bool, ...]  # per gold fragment

    @property
    def precision(self) -> float:
        return sum(self.hits) / len(self.hits) if self.hits else 0.0

    @property
    def recall(self) -> float:
        return sum(self.found) / len(self.found) if self.found else 0.0

    @property
    def average_precision(self) -> float:
        """How well the ranking puts hits first: mean precision at each hit's rank."""
        at_hits = [sum(self.hits[: i + 1]) / (i + 1) for i, hit in enumerate(self.hits) if hit]
        return sum(at_hits) / len(at_hits) if at_hits else 0.0


def _fold(text: str) -> str:
    return " ".join(normalize(text).split())


def document_text(file: str) -> str:
    """The prose extraction runs on: a draft's text, or a source's body after its metadata."""
    path = ROOT / file
    if file.startswith("sources/"):
        source = read_source(path, source_id=path.stem, path=file)
        start = source.body_start
        leading = LEADING_DATE.match(source.text, start)
        return source.text[leading.end() if leading else start :]
    return read_draft(path).text


def load_gold(path: Path = GOLD) -> list[tuple[str, tuple[str, ...]]]:
    """(file, gold fragments) for each document of the gold set."""
    data = parse_yaml(path.read_text(encoding="utf-8"), file=str(path)).data
    return [(d["file"], tuple(d["claims"])) for d in data["documents"]]


def measure(*, min_score: float = DEFAULT_MIN_SCORE) -> list[DocumentScore]:
    """Score extraction on every document of the gold set."""
    scores: list[DocumentScore] = []
    for file, gold in load_gold():
        proposed = tuple(extract_claims(text=document_text(file), min_score=min_score))
        folded_gold = [_fold(g) for g in gold]
        folded = [_fold(p.text) for p in proposed]
        hits = tuple(any(g in p for g in folded_gold) for p in folded)
        found = tuple(any(g in p for p in folded) for g in folded_gold)
        scores.append(DocumentScore(file, proposed, gold, hits, found))
    return scores


def claim_recall(*, min_score: float = DEFAULT_MIN_SCORE) -> dict[tuple[str, str], float]:
    """Share of real fact-checked claims proposed, per dataset and half ("tuned", "held-out").

    Empty when ../shared/eval is absent.
    """
    figures: dict[tuple[str, str], float] = {}
    for dataset in EVAL_DATASETS:
        path = EVAL / dataset / "claims.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as handle:
            claims = [json.loads(line)["claim"] for line in handle if line.strip()]
        for half, chosen in (("tuned", claims[0::2]), ("held-out", claims[1::2])):
            proposed = 0
            for claim in chosen:
                result = score_sentence(claim)
                proposed += result is not None and result[0] >= min_score
            figures[(dataset, half)] = proposed / len(chosen)
    return figures


def _micro(scores: list[DocumentScore]) -> tuple[float, float]:
    hits = sum(sum(s.hits) for s in scores)
    proposed = sum(len(s.hits) for s in scores)
    found = sum(sum(s.found) for s in scores)
    gold = sum(len(s.found) for s in scores)
    return hits / max(proposed, 1), found / max(gold, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    parser.add_argument("--sweep", action="store_true", help="figures for several thresholds")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args(argv)
    thresholds = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0] if args.sweep else [args.min_score]
    for threshold in thresholds:
        scores = measure(min_score=threshold)
        print(f"min-score {threshold}")
        for s in scores:
            print(
                f"  {s.file:<32} proposed {len(s.hits):3}  gold {len(s.found):3}  "
                f"precision {s.precision:.2f}  recall {s.recall:.2f}  AP {s.average_precision:.2f}"
            )
            if args.verbose:
                for p, hit in zip(s.proposed, s.hits, strict=True):
                    if not hit:
                        print(f"    extra  {p.score:4.1f} {p.text[:100]}")
                for g, ok in zip(s.gold, s.found, strict=True):
                    if not ok:
                        print(f"    missed {g[:100]}")
        precision, recall = _micro(scores)
        print(f"  {'all (micro)':<32} precision {precision:.2f}  recall {recall:.2f}")
        for (dataset, half), share in claim_recall(min_score=threshold).items():
            print(f"  {dataset + ' claims, ' + half:<32} proposed {share:.2f} (recall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
