"""Choose the stance thresholds by cross-validation on the two halves of ../shared/eval.

Run: ``python benchmarks/tune_stance.py [--eval DIR]``

Not a test: it prints figures. Each data set goes through ``factcheck match --format json
--top 5`` once (benchmarks/quality.py); then, for every annotated sentence shown, the
passage's alignment with the claim and its cues are computed again, and the stance is
decided for every pair of thresholds on a grid (``stance.decide``). For each half, the
pair that scores best on that half is reported on the *other* half, the figures that
count. The score is the mean, over both data sets, of the three shares the targets name:
supporting shown as supports, refuting shown as contradicts, and NOT_ENOUGH_INFO *not*
shown as supports. Ties go to the stricter pair (higher thresholds).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quality import (
    DATASETS,
    EVAL,
    Tally,
    halves,
    inside,
    measure,
    report,
    semantic_setting_exists,
)

from factcheck.evidence.stance import decide, find_cues, passage_alignment
from factcheck.workspace.models import Cue, Passage

GRID = [round(0.05 * i, 2) for i in range(17)]  # 0.0 .. 0.8


@dataclass(frozen=True)
class Shown:
    """An annotated sentence's best-ranked passage: what decides its stance."""

    label: str
    aligned: float
    cues: tuple[Cue, ...]


def shown_sentences(name: str, eval_dir: Path) -> dict[str, list[Shown]]:
    """Half name -> the annotated sentences shown for that half's claims."""
    # Lexical retrieval, as the thresholds were chosen (the semantic extra may be installed).
    semantic = "off" if semantic_setting_exists() else None
    claims, evidence, _ = measure(eval_dir / name, top=5, semantic=semantic)
    found: dict[str, list[Shown]] = {}
    for half, subset in halves(claims, "both"):
        rows = found.setdefault(half, [])
        for claim in subset:
            shown = evidence.get(claim.id, [])
            for a in claim.annotated:
                e = next((e for e in shown if inside(e, a)), None)
                if e is None:
                    continue
                passage = Passage(e["source"], e["start"], e["end"], e["text"])
                aligned = passage_alignment(claim_text=claim.text, passage=passage)
                cues = find_cues(claim_text=claim.text, passage=passage)
                rows.append(Shown(a.label, aligned, cues))
    return found


def tally(rows: Sequence[Shown], support_min: float, contradict_min: float) -> Tally:
    t = Tally(confusion=Counter())
    for r in rows:
        stance = decide(
            aligned=r.aligned, cues=r.cues, support_min=support_min, contradict_min=contradict_min
        )
        t.confusion[(r.label, stance.value)] += 1
    return t


def score(tallies: Sequence[Tally]) -> float:
    return sum(
        (
            t.share("SUPPORTS", "supports")
            + t.share("REFUTES", "contradicts")
            + 1
            - t.share("NOT_ENOUGH_INFO", "supports")
        )
        / 3
        for t in tallies
    ) / len(tallies)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help=f"the data (default {EVAL})")
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"skipped: {args.eval} is absent (evaluation data is not part of the repository)")
        return 0
    data = {name: shown_sentences(name, args.eval) for name in DATASETS}
    pairs = [(s, c) for s in GRID for c in GRID]
    for tuned, held in (("half a", "half b"), ("half b", "half a")):
        best = max(
            pairs,
            key=lambda p: (
                round(score([tally(data[n][tuned], *p) for n in DATASETS]), 9),
                p[0] + p[1],
            ),
        )
        on_held = score([tally(data[n][held], *best) for n in DATASETS])
        print(
            f"tuned on {tuned}: SUPPORT_MIN {best[0]}, CONTRADICT_MIN {best[1]}; "
            f"score {score([tally(data[n][tuned], *best) for n in DATASETS]):.3f} there, "
            f"{on_held:.3f} on {held} (held out)"
        )
        for name in DATASETS:
            report(f"{name}, {held} (held out)", tally(data[name][held], *best))
    return 0


if __name__ == "__main__":
    sys.exit(main())
