"""The stance's own cost: every ``assess_stance`` call of a ``factcheck match``, replayed.

Run: ``python benchmarks/stance_replay.py record WORKSPACE DIR [-- MATCH ARGS]``, then
``python benchmarks/stance_replay.py replay DIR`` (``PYTHONPATH=SRC`` for another version
of the code; under ``valgrind --tool=callgrind`` for its instructions).

``record`` runs ``factcheck match WORKSPACE --format json`` (``--no-semantic --top 5``
unless MATCH ARGS are given) with ``assess_stance`` wrapped, and writes each call's
arguments (claim, passage, neighbours, cosine, weights) to DIR, one file per process (the
workers are forked). ``replay`` calls ``assess_stance`` and ``matched_spans`` again on
them, in one process, in the same order, and prints the CPU time and a hash of every
stance, cue and span: two versions of the stance code must print the same hash. The
matcher's ranking is not run, so a change to the stance shows undiluted, and under
callgrind a replay of a 100k match's 5,000 calls takes about 2 minutes, not 10.
"""

from __future__ import annotations

import glob
import hashlib
import os
import pickle
import sys
import time
from typing import Any


def record(workspace: str, out: str, args: list[str]) -> int:
    """Run a match with every ``assess_stance`` call's arguments written to ``out``."""
    import factcheck.evidence.matching as matching
    from factcheck.cli import main

    os.makedirs(out, exist_ok=True)
    assess = matching.assess_stance

    def recorded(**kw: Any) -> Any:
        row = (kw["claim_text"], kw["passage"], list(kw.get("context", ())))
        row += (kw.get("meaning"), kw.get("weights"))
        with open(os.path.join(out, f"calls-{os.getpid()}.pkl"), "ab") as f:
            pickle.dump(row, f)
        return assess(**kw)

    matching.assess_stance = recorded  # type: ignore[assignment]
    sys.argv = ["factcheck", "match", workspace, "--format", "json"]
    sys.argv += args or ["--no-semantic", "--top", "5"]
    with open(os.devnull, "w") as devnull:
        sys.stdout = devnull
        return main()


def replay(folder: str) -> int:
    """Assess the recorded calls again; print their CPU time and the hash of the results."""
    from factcheck.evidence.stance import assess_stance, matched_spans

    calls = []
    for path in sorted(glob.glob(os.path.join(folder, "calls-*.pkl"))):
        with open(path, "rb") as f:
            while True:
                try:
                    calls.append(pickle.load(f))
                except EOFError:
                    break
    digest = hashlib.sha256()
    start = time.process_time()
    for claim, passage, context, meaning, weights in calls:
        stance, cues = assess_stance(
            claim_text=claim, passage=passage, context=context, meaning=meaning, weights=weights
        )
        spans = matched_spans(claim_text=claim, passage=passage)
        digest.update(repr((stance.value, cues, spans)).encode())
    took = time.process_time() - start
    print(f"{len(calls)} calls, {took:.2f} s CPU, {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["record"] and len(sys.argv) >= 4:
        extra = sys.argv[5:] if sys.argv[4:5] == ["--"] else []
        sys.exit(record(sys.argv[2], sys.argv[3], extra))
    if sys.argv[1:2] == ["replay"] and len(sys.argv) == 3:
        sys.exit(replay(sys.argv[2]))
    sys.exit(__doc__)
