"""Paragraph passages: an excerpt worded across sentences is found whole, and never twice."""

from __future__ import annotations

from factcheck.evidence.matching import find_evidence
from factcheck.index.candidates import MemoryIndex
from factcheck.workspace.models import Claim
from factcheck.workspace.passages import split_passages
from factcheck.workspace.sources import parse_source

TEXT = (
    "Vitamin D supplements were given to 300 hospital patients in the trial. "
    "Those patients recovered from the infection two days sooner than the others.\n\n"
    "The weather in the city was mild for most of the spring this year.\n\n"
    "Hospital food was criticised by several patients in a separate survey of wards."
)


def test_a_claim_worded_across_two_sentences_finds_their_paragraph_once() -> None:
    source = parse_source(TEXT, source_id="trial", path="sources/trial.txt")
    index = MemoryIndex(split_passages(source))
    claim = Claim(
        id="c",
        text="Patients given vitamin D supplements recovered from the infection sooner",
        file="claims/c.yaml",
        line=1,
    )
    evidence = find_evidence(claim=claim, index=index, top_k=3)
    best = evidence[0].passage
    paragraph_end = TEXT.index("others.") + len("others.")
    assert (best.start, best.end) == (0, paragraph_end)
    # Neither sentence of that paragraph takes another slot: the next one goes to the
    # only other passage sharing a word with the claim (the weather shares none).
    assert [(e.passage.start, e.passage.end) for e in evidence[1:]] == [
        (TEXT.index("Hospital food"), len(TEXT))
    ]
