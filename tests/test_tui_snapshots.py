"""Snapshots of the review screen and the source screen (pytest-textual-snapshot).

Matching is replaced by a fixed matcher so the pictures change only when the
screen does, not when the matcher improves. Regenerate after a deliberate
change with ``pytest tests/test_tui_snapshots.py --snapshot-update`` and look
at the SVGs before committing them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from factcheck.index.candidates import CandidateIndex
from factcheck.workspace.models import Claim, Cue, CueKind, Evidence, Stance
from tests.tui_helpers import app_for, copy_example, ready

WORD = re.compile(r"\w{4,}")
STANCES = (Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL, Stance.SUPPORTS)


def fixed_matcher(
    *, claim: Claim, index: CandidateIndex, top_k: int, dismissed: Iterable[str] = ()
) -> tuple[Evidence, ...]:
    """Passages ranked by shared words; stances by rank, so every column has a card."""
    wanted = {w.casefold() for w in WORD.findall(claim.text)}
    skip = set(dismissed)
    ranked = []
    for passage in index.passages:
        if passage.ref in skip:
            continue
        shared = [m for m in WORD.finditer(passage.text) if m.group().casefold() in wanted]
        if shared:
            ranked.append((-len(shared), passage.source_id, passage.start, passage, shared))
    ranked.sort(key=lambda item: item[:3])
    found = []
    for rank, (_, _, _, passage, shared) in enumerate(ranked[: len(STANCES)]):
        stance = STANCES[rank]
        cues: tuple[Cue, ...] = ()
        if stance == Stance.CONTRADICTS:
            last = shared[-1]
            cues = (
                Cue(
                    CueKind.NUMBER,
                    claim="three",
                    source=last.group(),
                    conflict=True,
                    start=passage.start + last.start(),
                    end=passage.start + last.end(),
                ),
            )
        found.append(
            Evidence(
                claim_id=claim.id,
                passage=passage,
                score=float(min(99, 30 + 8 * len(shared))),
                stance=stance,
                cues=cues,
                cited=passage.source_id in claim.sources,
                matched=tuple((passage.start + m.start(), passage.start + m.end()) for m in shared),
            )
        )
    return tuple(found)


@pytest.fixture
def app(tmp_path: Path) -> Any:
    return app_for(copy_example(tmp_path), matcher=fixed_matcher)


async def _ready(pilot: Pilot[object]) -> None:
    await ready(pilot)


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_review_screen(snap_compare: Any, app: Any, size: tuple[int, int]) -> None:
    assert snap_compare(app, terminal_size=size, run_before=_ready)


def test_review_screen_wide(snap_compare: Any, app: Any) -> None:
    assert snap_compare(app, terminal_size=(200, 60), run_before=_ready)


def test_source_screen(snap_compare: Any, app: Any) -> None:
    async def open_source(pilot: Pilot[object]) -> None:
        await ready(pilot)
        await pilot.press("j", "tab", "o")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_source)


def test_reviewed_claims(snap_compare: Any, tmp_path: Path) -> None:
    """Verdict marks, a pinned passage, a note and a stale verdict (fixed times in the file)."""
    root = copy_example(tmp_path)
    app = app_for(root, matcher=fixed_matcher)
    from factcheck.index.candidates import MemoryIndex
    from factcheck.workspace.load import load_workspace
    from factcheck.workspace.passages import split_passages

    workspace = load_workspace(root)
    index = MemoryIndex([p for s in workspace.sources.values() for p in split_passages(s)])
    first, second = workspace.claims[0], workspace.claims[1]
    [top, *_] = fixed_matcher(claim=first, index=index, top_k=5)
    p = top.passage
    (root / "verdicts").mkdir()
    (root / "verdicts/peace-talks.yaml").write_text(
        f"{first.id}:\n  verdict: supported\n  reviewer: Ada Lovelace\n"
        f"  reviewed_at: '2026-11-22T10:15:03Z'\n  claim_hash: {first.hash}\n"
        f"  evidence:\n    - source: {p.source_id}\n      stance: supports\n"
        f"      quote: {json.dumps(p.text)}\n      start: {p.start}\n      end: {p.end}\n"
        "  note: Ministry statement only.\n"
        f"{second.id}:\n  verdict: refuted\n  reviewer: Grace Hopper\n"
        "  reviewed_at: '2026-11-21T09:00:00Z'\n  claim_hash: sha256:0000\n",
        encoding="utf-8",
    )

    async def first_claim(pilot: Pilot[object]) -> None:
        await ready(pilot)
        await pilot.press("k", "k")  # it opens on the first pending claim: back to the pinned one
        await ready(pilot)

    assert snap_compare(app, terminal_size=(120, 36), run_before=first_claim)


def test_source_view_pinned_at_80x24(snap_compare: Any, app: Any) -> None:
    """The source view at 80 columns: the passage cursor, a pinned passage, the key bar."""

    async def pin_in_source(pilot: Pilot[object]) -> None:
        await ready(pilot)
        await pilot.press("tab", "o", "j", "p", "t")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=pin_in_source)


def test_ids_shown_and_a_flipped_pin_at_160x45(snap_compare: Any, app: Any) -> None:
    """i shows the ids; after p and t the pinned card is in Contradicting, focused."""

    async def flipped(pilot: Pilot[object]) -> None:
        await ready(pilot)
        await pilot.press("i", "tab", "p", "t")
        await ready(pilot)

    assert snap_compare(app, terminal_size=(160, 45), run_before=flipped)
