"""Helpers for the stance and cue tests: a passage inside a file, and its assessment."""

from __future__ import annotations

from factcheck.evidence.stance import assess_stance
from factcheck.workspace.models import Cue, Passage, Stance

PREFIX = "Header line.\n\n"  # passages start inside a file: spans must be absolute


def passage(text: str) -> Passage:
    start = len(PREFIX)
    return Passage(source_id="s", start=start, end=start + len(text), text=text)


def assess(claim: str, source: str, **kw: object) -> tuple[Stance, tuple[Cue, ...]]:
    return assess_stance(claim_text=claim, passage=passage(source), **kw)  # type: ignore[arg-type]


def conflicts(cues: tuple[Cue, ...]) -> list[Cue]:
    return [c for c in cues if c.conflict]


def only_conflict(claim: str, source: str) -> Cue:
    """The one clashing cue of a pair that must contradict; its span quotes the source."""
    stance, cues = assess(claim, source)
    assert stance is Stance.CONTRADICTS, cues
    found = conflicts(cues)
    assert len(found) == 1, found
    cue = found[0]
    if cue.start >= 0:  # the span points at the source words the cue quotes
        assert (PREFIX + source)[cue.start : cue.end] == cue.source
    return cue


def agrees(claim: str, source: str) -> tuple[Cue, ...]:
    """The cues of a pair that must support: no clash, and every span quotes the source."""
    stance, cues = assess(claim, source)
    assert not conflicts(cues), cues
    assert stance is Stance.SUPPORTS, cues
    for cue in cues:
        if cue.start >= 0:
            assert (PREFIX + source)[cue.start : cue.end] == cue.source
    return cues
