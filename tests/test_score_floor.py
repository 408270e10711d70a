"""``scoring.score_floor`` never exceeds the score ``Ranking`` gives the same passage.

``factcheck check`` passes a claim on a floor (no index, no BM25) when the floor of one
cited passage reaches the threshold; that is only sound if the floor is at most the
exact score, whatever the passage's BM25 score and the terms' idf weights. Compared
here on every candidate and cited passage of the example and climate-fever claims, on
the in-memory and the persistent index.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.evidence import scoring
from factcheck.evidence.cited import CANDIDATES, cited_passages, sources_and_flags
from factcheck.index.candidates import MemoryIndex
from factcheck.workspace import Passage, parse_source, split_passages, terms
from tests.test_scoring_oracle import _claims, _workspaces


def _floor(claim_text: str, passage: Passage) -> float:
    return scoring.score_floor(
        claim_terms=" ".join(terms(claim_text)),
        passage_terms=" ".join(terms(passage.text)),
        boilerplate=passage.boilerplate,
    )


def test_the_floor_is_never_above_the_exact_score(example_root: Path, tmp_path: Path) -> None:
    compared = covered = 0
    for workspace, index in _workspaces(example_root, tmp_path):
        for claim in _claims(workspace):
            bm25 = dict(index.candidates(claim.text, limit=CANDIDATES))
            numbers = set(bm25) | set(cited_passages(index, set(claim.sources)))
            ranking = scoring.Ranking(
                query=scoring.Query.of(claim.text, index),
                index=index,
                candidates=sources_and_flags(index.passages, numbers),
                bm25=bm25,
                cited=set(),
            )
            claim_terms = set(terms(claim.text))
            for exact, number in ranking.top(0):  # every candidate scored exactly
                passage = index.passages[number]
                floor = _floor(claim.text, passage)
                assert floor <= exact, (claim.id, passage.ref)
                compared += 1
                if number not in bm25 and claim_terms <= set(terms(passage.text)):
                    # No BM25 and full coverage: the floor is the score, less the margin.
                    assert exact - floor <= 2 * scoring.FLOOR_MARGIN, (claim.id, passage.ref)
                    covered += 1
    assert compared > 1000


def test_a_fully_covered_passage_floors_at_its_score_without_bm25() -> None:
    text = "Debris of an S-300 missile fell in the Gomel region on Thursday, officials said."
    source = parse_source(text, source_id="s", path="sources/s.txt")
    other = parse_source("Rain fell on Minsk.", source_id="o", path="sources/o.txt")
    index = MemoryIndex([*split_passages(source), *split_passages(other)])
    claim = "Debris of a missile fell in the Gomel region."
    [passage] = split_passages(source)
    [(exact, _)] = scoring.rank_candidates(
        query=scoring.Query.of(claim, index),
        index=index,
        candidates={0: ("s", False)},
        bm25={},
        top_k=0,
        cited=set(),
    )
    floor = _floor(claim, passage)
    assert exact - 2 * scoring.FLOOR_MARGIN <= floor < exact
    assert floor > 60  # the claim's words, in its order, inside the passage
    # Boilerplate halves the score, and the floor with it.
    flagged = Passage("s", passage.start, passage.end, passage.text, boilerplate=True)
    assert _floor(claim, flagged) < floor / 2 + scoring.FLOOR_MARGIN


def test_a_claim_without_terms_floors_at_zero() -> None:
    passage = Passage("s", 0, 20, "It was the one of us.")
    assert terms("It is of the.") == []
    assert _floor("It is of the.", passage) == 0.0  # only stop words: no terms
    assert _floor("", passage) == 0.0


def test_a_passage_missing_a_claim_term_gets_no_coverage() -> None:
    passage = Passage("s", 0, 40, "Debris fell in the Gomel region today.")
    full = _floor("Debris fell in the Gomel region.", passage)
    missing = _floor("Debris fell in the Brest region.", passage)
    assert full > 60 > 100 / 3 > missing
