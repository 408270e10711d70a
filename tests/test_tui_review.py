"""Pilot tests of the review as fact-checkers use it every day (issue 16).

The key bar and status line at any width, ``t t`` returning the card, undo
returning to the claim, advancing that never wraps silently, claim texts first.
The fixed matcher of the snapshot tests keeps these fast and the columns full.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.tui.app import ReviewApp
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.tui.widgets.keybar import KeyBar
from factcheck.workspace import Stance
from tests.test_tui_snapshots import fixed_matcher
from tests.tui_helpers import app_for, copy_example, ready, rendered_text, verdicts

FIRST, SECOND, THIRD = "iskander-zhytomyr", "iskander-date", "zhytomyr-east"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_example(tmp_path)


def review(app: ReviewApp) -> ReviewScreen:
    screen = app.review_screen
    assert screen is not None
    return screen


def current_id(app: ReviewApp) -> str | None:
    claim = review(app).current_claim
    return claim.id if claim else None


def notices(app: ReviewApp) -> list[str]:
    return [n.message for n in app._notifications]


def keybar_entries(app: ReviewApp) -> list[tuple[str, str]]:
    """(key, description) of every binding in force with a description."""
    bar = review(app).query_one(KeyBar)
    shown, always = bar.entries()
    return [(e.key, e.description) for e in [*shown, *always]]


@pytest.mark.parametrize("width", [80, 60, 44, 200])
async def test_the_key_bar_keeps_help_and_quit_and_never_cuts_a_word(
    root: Path, width: int
) -> None:
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(pilot)
        line = rendered_text(review(app).query_one(KeyBar)).strip()
        assert line.endswith("f1 Help  q Quit"), line
        # Every entry on the line is a whole "key description" of a binding in force.
        known = {f"{k} {d}" for k, d in keybar_entries(app)}
        entries = [e for e in line.split("  ") if e]
        assert entries and all(e in known for e in entries), (entries, known)
        if width >= 80:
            assert "s Supported" in line and "r Refuted" in line
        if width == 200:
            assert "] Next pending  ^p Palette  f1 Help" in line


@pytest.mark.parametrize("width", [80, 50])
async def test_the_status_line_drops_whole_parts_when_narrow(root: Path, width: int) -> None:
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s", "r")
        await pilot.pause()
        line = rendered_text(review(app).query_one("#status")).strip()
        assert "2 of 24 reviewed" in line and "…" not in line
        assert len(line) <= width
        if width == 80:
            assert "reviewer Ada Lovelace" in line


async def test_t_twice_returns_the_card_and_focus_follows_it(root: Path) -> None:
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("tab")
        column = app.focused
        assert isinstance(column, EvidenceColumn) and column.id == "supporting"
        ref = column.current.passage.ref if column.current else None
        await pilot.press("p", "t")
        await pilot.pause()
        focused = app.focused
        assert isinstance(focused, EvidenceColumn) and focused.id == "contradicting"
        assert focused.current is not None and focused.current.passage.ref == ref
        assert verdicts(root)[FIRST].evidence[0].stance == Stance.CONTRADICTS
        await pilot.press("t")
        await pilot.pause()
        focused = app.focused
        assert isinstance(focused, EvidenceColumn) and focused.id == "supporting"
        assert focused.current is not None and focused.current.passage.ref == ref
        assert verdicts(root)[FIRST].evidence[0].stance == Stance.SUPPORTS


async def test_undo_returns_the_cursor_to_the_undone_claim(root: Path) -> None:
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("s", "r")
        assert current_id(app) == THIRD
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert current_id(app) == SECOND and SECOND not in verdicts(root)
        await pilot.press("j", "j", "ctrl+z")
        await pilot.pause()
        assert current_id(app) == FIRST and verdicts(root) == {}
        await pilot.press("j", "j", "ctrl+y")
        await pilot.pause()
        assert current_id(app) == FIRST and verdicts(root)[FIRST].verdict == "supported"


async def test_a_note_is_undone_like_a_verdict(root: Path) -> None:
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("e", *"checked", "ctrl+s")
        await pilot.pause()
        assert verdicts(root)[FIRST].note == "checked"
        await pilot.press("j", "ctrl+z")
        await pilot.pause()
        assert FIRST not in verdicts(root) and current_id(app) == FIRST


async def test_deciding_the_last_pending_claim_below_stops_and_says_so(root: Path) -> None:
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"gomel", "enter")
        await pilot.pause()
        listed = [c.id for c in review(app).query_one(ClaimList).claims]
        assert listed == ["gomel-offer-accepted", "s300-debris-gomel"]
        await pilot.press("j", "s")  # the last one: nothing pending below, the first is above
        await pilot.pause()
        assert current_id(app) == "s300-debris-gomel"  # it did not wrap up to the first
        assert any("No pending claims below" in n for n in notices(app))
        await pilot.press("e")  # a note now goes on the claim just decided, as shown
        await pilot.press(*"x", "ctrl+s")
        await pilot.pause()
        assert app.store.get("s300-debris-gomel").note == "x"
        assert app.store.get("gomel-offer-accepted").is_empty
        await pilot.press("right_square_bracket")  # ] wraps, and says so
        await pilot.pause()
        assert current_id(app) == "gomel-offer-accepted"
        assert any("Wrapped" in n for n in notices(app))


async def test_the_claim_list_shows_texts_and_i_shows_the_ids(root: Path) -> None:
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        claims = review(app).query_one(ClaimList)
        first = rendered_text(claims).splitlines()[0]
        assert "At least one" in first and FIRST not in first
        await pilot.press("i")
        await pilot.pause()
        first = rendered_text(claims).splitlines()[0]
        assert first.split()[1] == FIRST
        await pilot.press("s", "i")
        await pilot.pause()
        lines = rendered_text(claims).splitlines()
        assert FIRST not in lines[0] and "At least one" in lines[0]


async def test_reopening_resumes_at_the_first_pending_claim(root: Path) -> None:
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("s", "s")
    again = app_for(root, matcher=fixed_matcher)
    async with again.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert current_id(again) == THIRD


async def test_theme_and_layout_persist_per_user_never_in_the_workspace(root: Path) -> None:
    config = root.parent / "config"
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert review(app).has_class("-normal")
        app.theme = "nord"
        await pilot.press("ctrl+p", *"three evidence")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert review(app).has_class("-wide") and not review(app).has_class("-normal")
    saved = (config / "review.yaml").read_text(encoding="utf-8")
    assert "theme: nord" in saved and "layout: three-columns" in saved
    assert not list(root.rglob("review.yaml"))  # nothing written in the workspace
    again = app_for(root, matcher=fixed_matcher)
    async with again.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert again.theme == "nord" and review(again).has_class("-wide")


async def test_a_user_keymap_remaps_any_action_and_help_shows_it(root: Path) -> None:
    config = root.parent / "config"
    config.mkdir()
    (config / "keymap.yaml").write_text(
        "verdict.supported: '1'\nundo: ctrl+u\nclaims.next: down,J\nnot.a.binding: [x]\n"
        "verdict.suported: '2'\n",
        encoding="utf-8",
    )
    app = app_for(root, matcher=fixed_matcher)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert any("not.a.binding" in n for n in notices(app))  # said in one line, ignored
        assert any("did you mean 'verdict.supported'" in n for n in notices(app))
        await pilot.press("s")  # no longer a verdict key
        await pilot.pause()
        assert app.store.get(FIRST).is_empty
        await pilot.press("1")
        await pilot.pause()
        assert app.store.get(FIRST).verdict == "supported" and current_id(app) == SECOND
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert app.store.get(FIRST).is_empty and current_id(app) == FIRST
        await pilot.press("J")
        assert current_id(app) == SECOND
        rows = dict((d, k) for k, d in review(app).help_rows())
        assert rows["Supported"] == "1" and rows["Undo"] == "ctrl+u"
        assert "1 Supported" in rendered_text(review(app).query_one(KeyBar))
        await pilot.press("f1")
        await pilot.pause()
        shown = rendered_text(app.screen)
        assert "verdict.supported" in shown and "keymap.yaml" in shown
