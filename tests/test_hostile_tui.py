"""Terminal safety in the review app: hostile text is shown, visibly, and never acts.

Claim text, source text and metadata, the reviewer's name, a note and a
pinned quote carry ANSI/OSC escapes, an 8-bit CSI, bidi overrides, other
control characters and Rich markup. Every screen the reviewer can reach is
composed and each segment that would be written to the terminal is checked:
no raw control character, and the escapes are shown as text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.widgets import TextArea

from factcheck.tui.app import ReviewApp
from factcheck.tui.screens.conflict import ConflictScreen
from factcheck.tui.screens.note import NoteScreen
from factcheck.tui.screens.source import SourceScreen
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.verdicts.files import read_verdict_file
from factcheck.verdicts.store import VerdictStore
from factcheck.workspace.models import PinnedEvidence, Stance, text_hash
from tests.test_hostile_terminal import FORBIDDEN, NASTY
from tests.tui_helpers import app_for, ready, rendered_text

SIZE = (160, 45)
QUOTE = f"The ministry said 40 missiles were fired at the city {NASTY}."
CLAIM = f"The ministry said 40 missiles were fired {NASTY}"


def on_screen(app: ReviewApp) -> str:
    """Every character the compositor would send to the terminal for the current screen."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def assert_shown_inert(text: str, *, what: str) -> None:
    raw = sorted({hex(ord(ch)) for ch in text if ch in FORBIDDEN})
    assert not raw, f"{what}: raw control characters reach the terminal: {raw}"


def hostile_workspace(make_workspace: Callable[..., Path]) -> Path:
    source = (
        f"---\ntitle: {json.dumps('Title ' + NASTY)}\nurl: {json.dumps('http://x/' + NASTY)}\n"
        f"---\n{QUOTE}\n\nAnother paragraph about 40 missiles fired {NASTY} yesterday.\n"
    )
    root = make_workspace(
        {
            "claims/odd.yaml": f"document: {json.dumps('Doc ' + NASTY)}\nclaims:\n"
            f"  - id: odd\n    text: {json.dumps(CLAIM)}\n    sources: [news]\n",
            "sources/news.txt": source,
        }
    )
    start = source.index(QUOTE)
    (root / "verdicts").mkdir()
    (root / "verdicts/odd.yaml").write_text(
        "odd:\n  verdict: supported\n"
        f"  reviewer: {json.dumps('Rev ' + NASTY)}\n  reviewed_at: '2026-11-22T10:15:03Z'\n"
        f"  claim_hash: {text_hash(CLAIM)}\n"
        "  evidence:\n    - source: news\n      stance: supports\n"
        f"      quote: {json.dumps(QUOTE)}\n      start: {start}\n      end: {start + len(QUOTE)}\n"
        f"  note: {json.dumps('Note ' + NASTY)}\n",
        encoding="utf-8",
    )
    return root


@pytest.mark.slow
async def test_every_screen_shows_hostile_text_inert(make_workspace: Callable[..., Path]) -> None:
    root = hostile_workspace(make_workspace)
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        main = on_screen(app)
        assert_shown_inert(main, what="review screen")
        assert "\\x1b[2J" in main  # the escape is shown as text
        assert "[bold]b[/bold]" in main  # markup is shown, not applied
        assert "\\u202e" in main
        svg = app.export_screenshot()
        assert_shown_inert(svg, what="screenshot")

        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, EvidenceColumn)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        source = on_screen(app)
        assert_shown_inert(source, what="source screen")
        assert "\\x1b]0;pwned\\x07" in source
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("shift+tab", "e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        assert_shown_inert(on_screen(app), what="note editor")
        assert app.focused is app.screen.query_one(TextArea)
        # Sent to the app, as the terminal driver does; the app forwards it to the focus.
        app.post_message(events.Paste(" pasted " + NASTY + "\r\n"))
        await pilot.pause()
        assert_shown_inert(on_screen(app), what="note editor after a paste")
        await pilot.press("ctrl+s")
        await pilot.pause()
        note = read_verdict_file(root, "verdicts/odd.yaml").entries["odd"].note or ""
        assert note.count("pasted \\x1b[2J") == 1 and not FORBIDDEN & set(note)

        await pilot.press("f1")
        await pilot.pause()
        assert_shown_inert(on_screen(app), what="help")


async def test_a_conflict_with_hostile_text_is_shown_inert(
    make_workspace: Callable[..., Path],
) -> None:
    root = hostile_workspace(make_workspace)
    (root / "verdicts/odd.yaml").unlink()
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        other = VerdictStore.open(workspace=app.workspace, reviewer="Rev " + NASTY)
        other.set_verdict("odd", "refuted")
        other.set_note("odd", "Their note " + NASTY)
        source = app.workspace.sources["news"]
        start = source.text.index(QUOTE)
        other.pin(
            "odd", PinnedEvidence("news", Stance.CONTRADICTS, QUOTE, start, start + len(QUOTE))
        )
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
        shown = on_screen(app)
        assert_shown_inert(shown, what="conflict modal")
        assert "\\x1b[2J" in rendered_text(app.screen)
