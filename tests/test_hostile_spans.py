"""Pinned quotes survive a source re-saved with other line endings (CRLF <-> LF).

A reviewer pins passages from a source; someone re-saves the source with the
other line endings, which moves every span after the first line break. Both
``factcheck check`` (no FC003 quote drift: the quote is found by text) and the
review app (the passage is still marked pinned, once, at its new place, and
the source view opens on it) must find the quote again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.drift import QuoteStatus, check_quote, locate_quote
from factcheck.cli import main
from factcheck.tui.app import ReviewApp
from factcheck.tui.screens.source import SourceScreen
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.verdicts.store import VerdictStore
from factcheck.workspace.load import load_workspace
from factcheck.workspace.models import PinnedEvidence, Stance
from tests.tui_helpers import app_for, ready, rendered_text

SIZE = (160, 45)
PARAGRAPHS = [
    "Preamble: the ministry issued a statement on Monday morning.",
    "The ministry said 40 missiles were fired at the city\nof Zhytomyr overnight, "
    "and 12 were shot down.",
    "Émigrés 🚀 said the strike hit a depot; the café was closed.",
    "Officials later confirmed 40 missiles in total.",
]
LF = "\n\n".join(PARAGRAPHS) + "\n"
CLAIM = "The ministry said 40 missiles were fired at Zhytomyr."


def with_endings(text: str, ending: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", ending)


@pytest.fixture(params=[("\n", "\r\n"), ("\r\n", "\n")], ids=["LF to CRLF", "CRLF to LF"])
def endings(request: pytest.FixtureRequest) -> tuple[str, str]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def pinned_root(make_workspace: Callable[..., Path], endings: tuple[str, str]) -> Path:
    """A workspace whose verdict pins paragraphs 2 and 4, by span, in the first line endings."""
    before, _ = endings
    source = with_endings(LF, before)
    root = make_workspace(
        {
            "claims/c.yaml": f"claims:\n  - id: a\n    text: {CLAIM}\n    sources: [news]\n",
            "sources/news.txt": source,
        }
    )
    store = VerdictStore.open(workspace=load_workspace(root), reviewer="R")
    for paragraph, stance in ((PARAGRAPHS[1], Stance.SUPPORTS), (PARAGRAPHS[3], Stance.SUPPORTS)):
        quote = with_endings(paragraph, before)
        start = source.index(quote)
        store.pin("a", PinnedEvidence("news", stance, quote, start, start + len(quote)))
    store.set_verdict("a", "supported")
    return root


def resave(root: Path, ending: str) -> str:
    path = root / "sources/news.txt"
    text = with_endings(path.read_bytes().decode("utf-8"), ending)
    path.write_bytes(text.encode("utf-8"))
    return text


def test_check_finds_the_quotes_by_span_then_by_text(
    pinned_root: Path, endings: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    store = VerdictStore.open(workspace=load_workspace(pinned_root), reviewer="R")
    pins = store.get("a").evidence
    source = load_workspace(pinned_root).sources["news"].text
    for pin in pins:
        found = check_quote(quote=pin.quote, source_text=source, start=pin.start, end=pin.end)
        assert found.status is QuoteStatus.AT_SPAN
    assert main(["check", str(pinned_root), "--no-cache", "--select", "FC003"]) == 0
    capsys.readouterr()

    resaved = resave(pinned_root, endings[1])
    for pin in pins:
        found = check_quote(quote=pin.quote, source_text=resaved, start=pin.start, end=pin.end)
        assert found.status in (QuoteStatus.AT_SPAN, QuoteStatus.MOVED)  # never drift
        span = locate_quote(quote=pin.quote, source_text=resaved, start=pin.start, end=pin.end)
        assert span is not None
        assert with_endings(resaved[span[0] : span[1]], "\n") == with_endings(pin.quote, "\n")
    code = main(["check", str(pinned_root), "--no-cache", "--select", "FC003"])
    out, _ = capsys.readouterr()
    assert code == 0, out
    # A real change in the words is still drift, whatever the line endings.
    path = pinned_root / "sources/news.txt"
    path.write_bytes(path.read_bytes().replace(b"40 missiles were", b"41 missiles were"))
    code = main(["check", str(pinned_root), "--no-cache", "--select", "FC003"])
    out, _ = capsys.readouterr()
    assert code == 1 and "FC003" in out and "41 missiles" in out


def shown_cards(app: ReviewApp) -> list[tuple[EvidenceColumn, int, str]]:
    """(column, index, card text) of every evidence card on screen."""
    return [
        (column, i, rendered_text(card))
        for column in app.screen.query(EvidenceColumn)
        for i, card in enumerate(column.cards)
    ]


@pytest.mark.slow
async def test_the_review_app_still_shows_the_pins_at_their_new_place(
    pinned_root: Path, endings: tuple[str, str]
) -> None:
    resaved = resave(pinned_root, endings[1])
    app = app_for(pinned_root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for words in ("12 were shot down", "Officials later confirmed"):
            cards = [c for c in shown_cards(app) if words in c[2]]
            assert len(cards) == 1, cards  # once: the found passage, not a stale copy beside it
            column, index, text = cards[0]
            assert "★ pinned" in text
            passage = column.shown[index].passage
            assert resaved[passage.start : passage.end] == passage.text  # its current span
        # The source view opens on the moved passage.
        column, index, _ = next(c for c in shown_cards(app) if "12 were shot down" in c[2])
        column.focus()
        column.cursor = index
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        assert "12 were shot down" in rendered_text(app.screen.query_one("#source-passage"))
        await pilot.press("escape")
        await pilot.pause()
        # t and p act on the stored pin: flip its stance, then unpin it (not pin it twice).
        stored = app.store.get("a").evidence
        await pilot.press("t")
        await pilot.pause()
        assert [p.stance for p in app.store.get("a").evidence] == [
            Stance.CONTRADICTS,
            Stance.SUPPORTS,
        ]
        column, index, _ = next(c for c in shown_cards(app) if "12 were shot down" in c[2])
        column.focus()
        column.cursor = index
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert app.store.get("a").evidence == (stored[1],)
