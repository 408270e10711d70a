"""Choose the stance thresholds by cross-validation on the two halves of ../shared/eval.

Run: ``python benchmarks/tune_stance.py [--eval DIR] [--keep DIR]``

Not a test: it prints figures. Each data set goes through ``factcheck match --format json
--top 5`` (benchmarks/quality.py), with lexical retrieval and, when the semantic extra is
installed, with semantic retrieval; then, for every annotated sentence shown, the
passage's alignment with the claim, its cues and (semantic) the cosine of the two
sentence vectors are computed again, and the stance is decided for every threshold on a
grid (``stance.decide``). For each half, the thresholds that score best on that half are
reported on the *other* half, the figures that count. The score is the mean, over both
data sets, of the three shares the targets name: supporting shown as supports, refuting
shown as contradicts, and NOT_ENOUGH_INFO *not* shown as supports. Ties go to the
stricter thresholds.

* lexical: ``SUPPORT_MIN`` and ``CONTRADICT_MIN`` (shares of the claim's content words);
* semantic: ``SUPPORT_COSINE``, with ``CONTRADICT_MIN`` as chosen for lexical (a clash
  is decided the same way whatever the retrieval).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
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
    semantic_installed,
)

from factcheck.evidence.alignment import claim_weights
from factcheck.evidence.stance import CONTRADICT_MIN, decide, find_cues
from factcheck.evidence.tuning import (
    figure_missing,
    passage_alignment,
    passage_beside,
    passage_topic_only,
)
from factcheck.index import open_index
from factcheck.workspace import load_workspace
from factcheck.workspace.models import Cue, Passage

GRID = [round(0.05 * i, 2) for i in range(17)]  # 0.0 .. 0.8
COSINE_GRID = [round(0.3 + 0.025 * i, 3) for i in range(17)]  # 0.3 .. 0.7


@dataclass(frozen=True)
class Shown:
    """An annotated sentence's best-ranked passage: what decides its stance."""

    label: str
    aligned: float
    cues: tuple[Cue, ...]
    meaning: float | None  # the cosine of claim and passage, semantic retrieval only
    missing: bool  # the claim gives a figure the passage does not
    topic: bool  # the passage holds only one of the claim's content words (lexical only)
    weighted: float | None  # the alignment weighed by idf (lexical only)
    beside: float | None  # the alignment without the words of a month agreed on


Rows = dict[str, dict[str, list[Shown]]]  # data set -> half -> sentences shown


def shown_sentences(
    name: str, eval_dir: Path, *, semantic: str, keep: Path
) -> dict[str, list[Shown]]:
    """Half name -> the annotated sentences shown for that half's claims."""
    claims, evidence, _ = measure(eval_dir / name, top=5, semantic=semantic, keep=keep)
    # The idf the matcher weighs the claim's words by: the workspace's own index.
    index = open_index(workspace=load_workspace(keep / f"{name}-{semantic}"))
    pairs: list[tuple[str, str, str, Passage, tuple[Cue, ...], float]] = []
    for half, subset in halves(claims, "both"):
        for claim in subset:
            shown = evidence.get(claim.id, [])
            for a in claim.annotated:
                e = next((e for e in shown if inside(e, a)), None)
                if e is None:
                    continue
                passage = Passage(e["source"], e["start"], e["end"], e["text"])
                aligned = passage_alignment(claim_text=claim.text, passage=passage)
                weights = claim_weights(
                    claim_text=claim.text, idf=index.idf, passages=len(index.passages)
                )
                weighted = passage_alignment(
                    claim_text=claim.text, passage=passage, weights=weights
                )
                cues = find_cues(claim_text=claim.text, passage=passage)
                pairs.append((half, a.label, claim.text, passage, cues, aligned, weighted))
    meanings: list[float | None] = [None] * len(pairs)
    if semantic == "on":
        from factcheck.evidence.semantic import load_encoder

        encoder = load_encoder()
        claim_vectors = encoder.encode([p[2] for p in pairs])
        passage_vectors = encoder.encode([p[3].text for p in pairs])
        # Rounded as the matcher rounds them (evidence/matching.py): the same stances.
        meanings = [
            round(float(c @ p), 3) for c, p in zip(claim_vectors, passage_vectors, strict=True)
        ]
    found: dict[str, list[Shown]] = {}
    for (half, label, claim_text, passage, cues, aligned, weighted), meaning in zip(
        pairs, meanings, strict=True
    ):
        missing = figure_missing(claim_text=claim_text, passage=passage, cues=cues)
        topic = meaning is None and passage_topic_only(
            claim_text=claim_text, passage=passage, cues=cues
        )
        lexical = None if meaning is not None else weighted
        beside = passage_beside(claim_text=claim_text, passage=passage, cues=cues)
        shown = Shown(label, aligned, cues, meaning, missing, topic, lexical, beside)
        found.setdefault(half, []).append(shown)
    return found


def tally(rows: Sequence[Shown], **thresholds: float) -> Tally:
    t = Tally(confusion=Counter())
    for r in rows:
        stance = decide(
            aligned=r.aligned,
            cues=r.cues,
            meaning=r.meaning,
            missing=r.missing,
            topic=r.topic,
            weighted=r.weighted,
            beside=r.beside,
            **thresholds,
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


def cross_validate(
    data: Rows, choices: Sequence[dict[str, float]], strictness: Callable[[dict[str, float]], float]
) -> None:
    """Tune on each half, report on the other."""
    for tuned, held in (("half a", "half b"), ("half b", "half a")):
        best = max(
            choices,
            key=lambda c: (
                round(score([tally(data[n][tuned], **c) for n in data]), 9),
                strictness(c),
            ),
        )
        there = score([tally(data[n][tuned], **best) for n in data])
        on_held = score([tally(data[n][held], **best) for n in data])
        chosen = ", ".join(f"{k} {v}" for k, v in best.items())
        print(
            f"tuned on {tuned}: {chosen}; score {there:.3f} there, "
            f"{on_held:.3f} on {held} (held out)"
        )
        for name in data:
            report(f"{name}, {held} (held out)", tally(data[name][held], **best))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help=f"the data (default {EVAL})")
    parser.add_argument("--keep", type=Path, help="keep the workspaces here (quality.py --keep)")
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"skipped: {args.eval} is absent (evaluation data is not part of the repository)")
        return 0
    if args.keep is not None:
        return tune(args.eval, args.keep)
    with tempfile.TemporaryDirectory(prefix="fc-tune-") as tmp:
        return tune(args.eval, Path(tmp))


def tune(eval_dir: Path, keep: Path) -> int:
    """Cross-validate the lexical thresholds, then the semantic one; workspaces in ``keep``."""
    lexical = {n: shown_sentences(n, eval_dir, semantic="off", keep=keep) for n in DATASETS}
    print("lexical retrieval: SUPPORT_MIN and CONTRADICT_MIN")
    cross_validate(
        lexical,
        [{"support_min": s, "contradict_min": c} for s in GRID for c in GRID],
        lambda c: c["support_min"] + c["contradict_min"],
    )
    if not semantic_installed():
        print("the semantic extra is not installed: SUPPORT_COSINE not tuned")
        return 0
    semantic = {n: shown_sentences(n, eval_dir, semantic="on", keep=keep) for n in DATASETS}
    print(f"semantic retrieval: SUPPORT_COSINE (CONTRADICT_MIN {CONTRADICT_MIN})")
    cross_validate(
        semantic,
        [{"support_cosine": s} for s in COSINE_GRID],
        lambda c: c["support_cosine"],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
