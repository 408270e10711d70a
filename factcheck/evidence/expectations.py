"""Results against expectations: "revenue beat analysts' expectations" against "short of the
$8.5 billion analysts had expected", "missed estimates", "below forecasts". Each side is a
verb or a preposition of where a figure landed, and a word of what was expected near it;
"beat" alone is a win ("City beat United"), so the expectation word must be there."""

from __future__ import annotations

import re

from factcheck.evidence.sides import Side, known, make_cue
from factcheck.workspace import STOP_WORDS, Cue, CueKind

_EXPECTED = (
    r"(?:expectations?|expected|forecasts?|estimates?|consensus|predictions?|predicted|guidance)"
)
# Over or under what was expected, with up to five words between ("short of the $8.5
# billion analysts had expected", "beat analysts' expectations").
_GAP = r"(?:\s+\S+){0,5}?\s+"
_OVER = re.compile(
    rf"\b(?:beat|beats|beating|exceeded|exceeds|topped|tops|surpassed|above|ahead\s+of)"
    rf"{_GAP}{_EXPECTED}\b",
    re.I,
)
_UNDER = re.compile(
    rf"\b(?:missed|misses|missing|(?:fell|falls|came|comes)\s+short\s+of|short\s+of|below|"
    rf"under|behind)(?:{_GAP}){_EXPECTED}\b",
    re.I,
)


# The end of a sentence ("... was higher. Sales"), not a decimal point ("$8.2 billion").
_SENTENCE_END = re.compile(r"[.!?]\s+")


def expectation_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where one side puts a result over what was expected and the other under it."""
    if (
        "expect" not in passage.text
        and "forecast" not in passage.text
        and "estimat" not in passage.text
    ):
        return []  # nearly every pair
    over, under = known(claim, _claim_ways)  # the claim's alone: read once per claim
    for said, mine, theirs in ((over, _OVER, _UNDER), (under, _UNDER, _OVER)):
        found = theirs.search(passage.text) if said else None
        if not (said and found) or mine.search(passage.text):
            continue
        if _same_measure(claim, said.start(), passage, found.start()):
            start, end = found.span()
            return [make_cue(CueKind.ANTONYM, said.group(), passage, start, end, conflict=True)]
    return []


def _claim_ways(claim: Side) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The claim's first result over what was expected and its first under it."""
    return _OVER.search(claim.text), _UNDER.search(claim.text)


def _same_measure(claim: Side, said: int, passage: Side, found: int) -> bool:
    """Whether the passage's sentence names, before its result, what the claim's result
    is of ("revenue"), if the claim names it: "Profit fell short of expectations" says
    nothing of "Revenue beat expectations"."""
    mine = {w.stem for w in claim.words if w.end <= said and w.norm not in STOP_WORDS}
    ends = [m.end() for m in _SENTENCE_END.finditer(passage.text, 0, found)]
    start = ends[-1] if ends else 0
    theirs = {w.stem for w in passage.words if start <= w.start < found}
    return not mine or bool(mine & theirs)
