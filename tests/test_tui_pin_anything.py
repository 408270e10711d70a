"""Pin anything, cite with one key (issue 16): the source view pins passages, C and A cite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factcheck.claims import cite_source
from factcheck.tui.app import ReviewApp
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.screens.source import SourceScreen
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.workspace import Stance, parse_claims
from tests.test_tui_snapshots import fixed_matcher
from tests.tui_helpers import app_for, copy_example, ready, rendered_text, settle

CLAIMS = """\
# Desk claims for Monday.
claims:
  - id: tanks
    text: Ten tanks crossed the river on Monday.
  - id: bridge
    text: The bridge was closed on Tuesday.  # checked by phone
    sources: [other]
"""
NEWS = "Ten tanks crossed the river on Monday morning.\n\nThe bridge stayed open on Tuesday.\n"


def review(app: ReviewApp) -> ReviewScreen:
    screen = app.review_screen
    assert screen is not None
    return screen


def small(make_workspace: Callable[..., Path]) -> Path:
    return make_workspace(
        {
            "claims/desk.yaml": CLAIMS,
            "sources/news.txt": NEWS,
            "sources/other.txt": "Nothing to see.\n",
        }
    )


def on_disk(root: Path) -> dict[str, tuple[str, ...]]:
    text = (root / "claims/desk.yaml").read_text(encoding="utf-8")
    return {c.id: c.sources for c in parse_claims(text, path="claims/desk.yaml").claims}


async def test_the_source_view_moves_through_passages_and_pins_them(tmp_path: Path) -> None:
    root = copy_example(tmp_path)
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        claim_id = review(app).current_claim.id  # type: ignore[union-attr]
        await pilot.press("tab", "o")
        await pilot.pause()
        source = app.screen
        assert isinstance(source, SourceScreen)
        start = source.cursor
        await pilot.press("j", "j")
        await pilot.pause()
        assert source.cursor == start + 2
        passage = source.passages[source.cursor]
        assert "★ pinned" not in rendered_text(source.query_one("#source-cursor"))
        await pilot.press("p")
        await pilot.pause()
        [pin] = app.store.get(claim_id).evidence
        assert (pin.source, pin.start, pin.end) == (passage.source_id, passage.start, passage.end)
        assert pin.stance == Stance.SUPPORTS
        assert "★ pinned (supports)" in rendered_text(source.query_one("#source-cursor"))
        await pilot.press("t")
        await pilot.pause()
        assert app.store.get(claim_id).evidence[0].stance == Stance.CONTRADICTS
        await pilot.press("escape")
        await pilot.pause()
        column = review(app).query_one("#contradicting", EvidenceColumn)
        assert passage.ref in [e.passage.ref for e in column.shown]
        await pilot.press("ctrl+z", "ctrl+z")  # the flip, then the pin
        await pilot.pause()
        assert app.store.get(claim_id).evidence == ()


async def test_c_cites_the_passages_source_and_a_cites_it_for_the_whole_file(
    make_workspace: Callable[..., Path],
) -> None:
    root = small(make_workspace)
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert review(app).current_claim.id == "tanks"  # type: ignore[union-attr]
        await pilot.press("C")
        await settle(pilot)
        assert on_disk(root) == {"tanks": ("news",), "bridge": ("other",)}
        assert app.workspace.claim("tanks").sources == ("news",)  # type: ignore[union-attr]
        text = (root / "claims/desk.yaml").read_text(encoding="utf-8")
        assert "# Desk claims for Monday." in text and "# checked by phone" in text
        await pilot.press("C")  # again: nothing to do, and it says so
        await settle(pilot)
        assert any("cited already" in n.message for n in app._notifications)
        await pilot.press("A")
        await settle(pilot)
        assert on_disk(root) == {"tanks": ("news",), "bridge": ("other", "news")}
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert on_disk(root) == {"tanks": ("news",), "bridge": ("other",)}
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert (root / "claims/desk.yaml").read_text(encoding="utf-8") == CLAIMS


async def test_the_source_view_cites_for_the_claim(make_workspace: Callable[..., Path]) -> None:
    root = small(make_workspace)
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("C")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert on_disk(root)["tanks"] == ("news",)
        assert isinstance(app.screen, SourceScreen)  # still reading the source


def test_cite_source_keeps_the_layout_and_skips_claims_citing_it(
    make_workspace: Callable[..., Path],
) -> None:
    root = small(make_workspace)
    assert cite_source(root=root, claims_path="claims/desk.yaml", source_id="other") == ["tanks"]
    text = (root / "claims/desk.yaml").read_text(encoding="utf-8")
    assert text == CLAIMS.replace(
        "Monday.\n  - id: bridge", "Monday.\n    sources: [other]\n  - id: bridge"
    )
    assert cite_source(root=root, claims_path="claims/desk.yaml", source_id="other") == []
