"""Where one claim's matching CPU goes, in process: BM25, rescoring, stance, JSON.

Run: ``python benchmarks/match_parts.py WORKSPACE [--every 2] [--rounds 1]``

Opens WORKSPACE's index (lexical, as ``factcheck match --no-semantic``), then matches
every ``--every``-th claim (2: about a worker's share of ``factcheck match``) with
``find_evidence`` and writes its JSON as ``factcheck match`` does, timing each part with
``time.process_time``: the BM25 candidates, the query, ``Ranking`` set-up and ``top``,
stance and cues, highlights, the claim's JSON, and the rest. Prints milliseconds per
claim. The first 50 claims warm the caches and are not counted.

To compare versions of the code, run it for each in turns with ``PYTHONPATH`` pointing at
an export (``git archive REF``), from a folder outside the repository (``python`` puts the
current folder first on ``sys.path``). Not a test: absolute figures follow the load.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import factcheck.evidence.matching as matching
import factcheck.evidence.scoring as scoring
from factcheck.commands.match import claim_json_text
from factcheck.evidence import build_index, find_evidence, overridden
from factcheck.evidence.matching import ClaimEvidence
from factcheck.workspace.load import load_workspace


def _timed(spent: Counter[str], label: str, call: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return call(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - began

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--every", type=int, default=2, help="match every N-th claim")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    workspace = load_workspace(args.workspace)
    with overridden(False):
        index = build_index(workspace=workspace)
    spent: Counter[str] = Counter()
    # The names matching looks up at call time, wrapped in place.
    matching.assess_stance = _timed(spent, "stance and cues", matching.assess_stance)  # type: ignore[assignment]
    matching.matched_spans = _timed(spent, "highlights", matching.matched_spans)  # type: ignore[assignment]
    matching.Ranking = _timed(spent, "Ranking set-up", matching.Ranking)  # type: ignore[assignment,misc]
    scoring.Ranking.top = _timed(spent, "Ranking.top", scoring.Ranking.top)  # type: ignore[method-assign]
    matching.Query.of = _timed(spent, "query", matching.Query.of)  # type: ignore[method-assign]
    index.candidates = _timed(spent, "BM25 candidates", index.candidates)  # type: ignore[method-assign]
    claims = workspace.claims[:: args.every]
    for claim in claims[:50]:
        find_evidence(claim=claim, index=index, top_k=workspace.settings.top_k)
    for turn in range(args.rounds):
        spent.clear()
        began = time.process_time()
        for claim in claims:
            found = find_evidence(claim=claim, index=index, top_k=workspace.settings.top_k)
            json_began = time.process_time()
            claim_json_text(ClaimEvidence(claim, found))
            spent["claim JSON"] += time.process_time() - json_began
        total = time.process_time() - began
        print(f"round {turn + 1}: {len(claims)} claims, {total / len(claims) * 1000:.2f} ms each")
        for label, seconds in spent.most_common():
            print(f"  {label:<16} {seconds / len(claims) * 1000:6.3f} ms")
        print(f"  {'the rest':<16} {(total - sum(spent.values())) / len(claims) * 1000:6.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
