"""Pilot tests of claim editing in the review screen: a, c, S and delete, on disk and on screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandList
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from factcheck.claims.ids import claim_id
from factcheck.tui.app import ReviewApp
from factcheck.tui.screens.claim_editor import ClaimEditorScreen, DeleteClaimScreen
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.workspace.load import parse_claims
from tests.test_hostile_terminal import FORBIDDEN, NASTY
from tests.test_hostile_tui import assert_shown_inert, hostile_workspace, on_screen
from tests.tui_helpers import app_for, copy_example, ready, rendered_text, settle, verdicts

SIZE = (160, 45)
PEACE = "claims/peace-talks.yaml"
FIRST, SECOND = "iskander-zhytomyr", "iskander-date"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_example(tmp_path)


def on_disk(root: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    text = (root / PEACE).read_text(encoding="utf-8")
    return [(c.id, c.text, c.sources) for c in parse_claims(text, path=PEACE).claims]


def review(app: ReviewApp) -> ReviewScreen:
    screen = app.review_screen
    assert screen is not None
    return screen


def current_id(app: ReviewApp) -> str | None:
    claim = review(app).current_claim
    return claim.id if claim else None


def listed(app: ReviewApp) -> list[str]:
    return [c.id for c in review(app).claim_list.claims]


async def type_text(pilot: Pilot[object], text: str) -> None:
    await pilot.press(*("space" if ch == " " else ch for ch in text))


async def open_editor(pilot: Pilot[object], key: str) -> ClaimEditorScreen:
    await pilot.press(key)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ClaimEditorScreen)
    return screen


async def test_a_adds_a_claim_after_the_current_one(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        before = on_disk(root)
        editor = await open_editor(pilot, "a")
        await type_text(pilot, "Ten tanks crossed")
        await pilot.pause()
        proposed = claim_id("Ten tanks crossed", taken=[c[0] for c in before])
        assert editor.query_one("#claim-editor-id", Input).placeholder == proposed
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is review(app)
        assert on_disk(root) == [before[0], (proposed, "Ten tanks crossed", ()), *before[1:]]
        assert listed(app)[:3] == [FIRST, proposed, SECOND]
        assert current_id(app) == proposed
        assert "Ten tanks crossed" in rendered_text(review(app).query_one("#detail"))
        assert app.evidence_for(app.workspace.claim(proposed)) is not None  # type: ignore[arg-type]
        assert "of 25 reviewed" in rendered_text(review(app).query_one("#status"))


async def test_a_with_a_taken_id_says_so_and_keeps_the_dialog(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        before = (root / PEACE).read_bytes()
        editor = await open_editor(pilot, "a")
        editor.query_one(TextArea).load_text("Ten tanks crossed.")
        editor.query_one("#claim-editor-id", Input).value = SECOND
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor
        error = rendered_text(editor.query_one("#claim-editor-error", Static))
        assert f"claim id '{SECOND}' is already used" in error
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is review(app)
        assert (root / PEACE).read_bytes() == before


async def test_c_changes_the_text_and_the_verdict_shows_stale(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s", "k")  # a verdict on FIRST, back to it
        assert verdicts(root)[FIRST].verdict == "supported"
        editor = await open_editor(pilot, "c")
        area = editor.query_one(TextArea)
        assert area.text == app.workspace.claim(FIRST).text  # type: ignore[union-attr]
        area.load_text("[bold]Two[/x] Iskander missiles hit Zhytomyr.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert on_disk(root)[0][:2] == (FIRST, "[bold]Two[/x] Iskander missiles hit Zhytomyr.")
        line = rendered_text(review(app).query_one(ClaimList)).splitlines()[0]
        assert "stale" in line and "[bold]Two[/x]" in line  # shown literally, marked stale
        assert "1 stale" in rendered_text(review(app).query_one("#status"))
        assert current_id(app) == FIRST
        assert verdicts(root)[FIRST].verdict == "supported"  # kept; re-decide when ready


async def test_shift_s_splits_the_claim_in_two(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        sources = app.workspace.claim(FIRST).sources  # type: ignore[union-attr]
        editor = await open_editor(pilot, "S")
        editor.query_one(TextArea).load_text(
            "An Iskander missile was launched from Belarus.\n\n"
            "The missile targeted an airport in Zhytomyr.\n"
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        first, second = on_disk(root)[:2]
        assert first == (FIRST, "An Iskander missile was launched from Belarus.", sources)
        assert second[1:] == ("The missile targeted an airport in Zhytomyr.", sources)
        assert listed(app)[:3] == [FIRST, second[0], SECOND]
        assert app.evidence_for(app.workspace.claim(second[0])) is not None  # type: ignore[arg-type]


async def test_split_needs_two_lines(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        editor = await open_editor(pilot, "S")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is editor
        assert "two lines or more" in rendered_text(editor.query_one("#claim-editor-error"))


async def test_delete_asks_then_removes_the_claim_and_its_verdict(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s", "k")
        assert FIRST in verdicts(root)
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, DeleteClaimScreen)
        await pilot.press("n")  # keep it
        await pilot.pause()
        assert FIRST in listed(app) and FIRST in [c[0] for c in on_disk(root)]
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert FIRST not in [c[0] for c in on_disk(root)]
        assert FIRST not in verdicts(root)  # no orphan for `factcheck check`
        assert FIRST not in listed(app)
        assert current_id(app) == SECOND
        assert "0 of 23 reviewed" in rendered_text(review(app).query_one("#status"))
        await pilot.press("ctrl+z")  # one undo for everything: the claim is back with its verdict
        await settle(pilot)
        assert FIRST in listed(app) and verdicts(root)[FIRST].verdict == "supported"
        assert current_id(app) == FIRST


async def test_the_claim_keys_are_in_the_help(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        rows = dict((d, k) for k, d in review(app).help_rows())
        assert rows["Add a claim after this one"] == "a"
        assert rows["Change the claim's text"] == "c"
        assert rows["Split the claim in two or more"] == "S"
        assert rows["Delete the claim"] == "delete D"
        assert rows["Undo"] == "ctrl+z" and rows["Redo"] == "ctrl+y"
        assert "Undo the last claim edit" not in rows  # one undo: the u stack is gone


async def test_hostile_claim_text_is_edited_inert(make_workspace: Callable[..., Path]) -> None:
    root = hostile_workspace(make_workspace)
    before = (root / "claims/odd.yaml").read_bytes()
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        editor = await open_editor(pilot, "c")
        shown = on_screen(app)
        assert_shown_inert(shown, what="claim editor")
        assert "\\x1b[2J" in shown and "[bold]b[/bold]" in shown
        await pilot.press("ctrl+s")  # saved untouched: the claim keeps its exact text
        await settle(pilot)
        assert (root / "claims/odd.yaml").read_bytes() == before
        editor = await open_editor(pilot, "a")
        editor.query_one(TextArea).post_message(events.Paste("Pasted " + NASTY))
        await pilot.pause()
        assert_shown_inert(on_screen(app), what="claim editor after a paste")
        await pilot.press("ctrl+s")
        await settle(pilot)
        added = [c for c in app.workspace.claims if c.text.startswith("Pasted")]
        assert len(added) == 1 and not FORBIDDEN & set(added[0].text)
        await pilot.press("delete")
        await pilot.pause()
        assert_shown_inert(on_screen(app), what="delete dialog")


async def test_ctrl_z_undoes_a_delete_with_its_verdict_then_a_change_then_the_verdict(
    root: Path,
) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        original = (root / PEACE).read_text(encoding="utf-8")
        await pilot.press("s", "k")  # a verdict on FIRST
        editor = await open_editor(pilot, "c")
        editor.query_one(TextArea).load_text("Changed words.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        changed = (root / PEACE).read_text(encoding="utf-8")
        await pilot.press("j", "D")  # delete SECOND
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert SECOND not in listed(app)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert (root / PEACE).read_text(encoding="utf-8") == changed
        assert listed(app)[:2] == [FIRST, SECOND]
        assert current_id(app) == SECOND
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert (root / PEACE).read_text(encoding="utf-8") == original
        assert verdicts(root)[FIRST].verdict == "supported"
        line = rendered_text(review(app).query_one(ClaimList)).splitlines()[0]
        assert "stale" not in line  # the verdict was given on this text
        await pilot.press("ctrl+z")  # then the verdict given before the edits
        await settle(pilot)
        assert FIRST not in verdicts(root) and current_id(app) == FIRST
        await pilot.press("ctrl+z")  # nothing left: says so, changes nothing
        await settle(pilot)
        assert (root / PEACE).read_text(encoding="utf-8") == original
        await pilot.press("ctrl+y", "ctrl+y")  # redo: the verdict, then the text change
        await settle(pilot)
        assert verdicts(root)[FIRST].verdict == "supported"
        assert (root / PEACE).read_text(encoding="utf-8") == changed
        await pilot.press("ctrl+y")  # and the delete
        await settle(pilot)
        assert SECOND not in listed(app)


async def test_ctrl_z_brings_back_a_deleted_claims_verdict(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n", "k")
        entry = verdicts(root)[FIRST]
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert FIRST not in verdicts(root)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert verdicts(root)[FIRST] == entry
        assert review(app).describe(app.workspace.claim(FIRST))[0] is not None  # type: ignore[arg-type]
        assert "1 of 24 reviewed" in rendered_text(review(app).query_one("#status"))


async def test_the_command_palette_runs_the_claim_actions(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "Split the claim")
        hits = app.screen.query_one(CommandList)
        for _ in range(500):  # the palette searches in the background: wait for the hit
            await pilot.pause(0.01)
            if hits.option_count and "Split" in str(hits.get_option_at_index(0).prompt):
                break
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ClaimEditorScreen)
        assert app.screen.mode.value == "split"


async def test_the_first_claim_of_a_workspace_starts_a_claims_file(
    make_workspace: Callable[..., Path],
) -> None:
    root = make_workspace({"sources/news.txt": "Ten tanks crossed the river on Monday.\n"})
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert listed(app) == []
        editor = await open_editor(pilot, "a")
        editor.query_one(TextArea).load_text("Ten tanks crossed the river.")
        editor.query_one("#claim-editor-id", Input).value = "tanks"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert listed(app) == ["tanks"]
        text = (root / "claims/claims.yaml").read_text(encoding="utf-8")
        assert parse_claims(text, path="claims/claims.yaml").claims[0].text == (
            "Ten tanks crossed the river."
        )
        await pilot.press("s")
        await pilot.pause()
        assert verdicts(root, "claims")["tanks"].verdict == "supported"
