"""Pilot tests of the review screen: every key, what it writes, and what it shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.tui.app import ReviewApp
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.note import NoteScreen
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.screens.source import SourceScreen
from factcheck.tui.widgets.claim_detail import ClaimDetail
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.evidence import EvidenceColumn
from factcheck.workspace.models import Stance, text_hash
from tests.tui_helpers import (
    REVIEWER,
    app_for,
    copy_example,
    ready,
    rendered_text,
    settle,
    verdicts,
)

SIZE = (160, 45)
FIRST, SECOND, THIRD = "iskander-zhytomyr", "iskander-date", "zhytomyr-east"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_example(tmp_path)


def screen_of(app: ReviewApp) -> ReviewScreen:
    screen = app.review_screen
    assert screen is not None
    return screen


def current_id(app: ReviewApp) -> str | None:
    claim = screen_of(app).current_claim
    return claim.id if claim else None


def claim_hash(app: ReviewApp, claim_id: str) -> str:
    claim = app.workspace.claim(claim_id)
    assert claim is not None
    return claim.hash


async def focus_passage(pilot, app: ReviewApp) -> EvidenceColumn:  # type: ignore[no-untyped-def]
    """Tab from the claims list to the first evidence column that has passages."""
    await pilot.press("tab")
    await pilot.pause()
    column = app.focused
    assert isinstance(column, EvidenceColumn), "tab should move to an evidence column"
    assert column.current is not None
    return column


async def test_verdict_keys_write_the_verdict_file(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        expected = {}
        for reviewed, (key, verdict) in enumerate(
            [("s", "supported"), ("r", "refuted"), ("m", "mixed"), ("n", "not-enough-evidence")],
            start=1,
        ):
            claim_id = current_id(app)
            assert claim_id is not None
            await pilot.press(key)
            await pilot.pause()
            expected[claim_id] = verdict
            entry = verdicts(root)[claim_id]
            assert entry.verdict == verdict
            assert entry.reviewer == REVIEWER
            assert entry.reviewed_at is not None and entry.reviewed_at.endswith("Z")
            assert entry.claim_hash == claim_hash(app, claim_id)
            assert f"{reviewed} of 24 reviewed" in rendered_text(app.screen.query_one("#status"))
        assert {cid: v.verdict for cid, v in verdicts(root).items()} == expected
        # auto-advance went through the claims in order
        assert list(expected) == [c.id for c in app.workspace.claims[:4]]
        assert current_id(app) == app.workspace.claims[4].id


async def test_backspace_clears_the_verdict(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("r", "k")
        assert current_id(app) == FIRST
        assert verdicts(root)[FIRST].verdict == "refuted"
        await pilot.press("backspace")
        await pilot.pause()
        assert FIRST not in verdicts(root)
        assert current_id(app) == FIRST  # clearing does not advance


async def test_auto_advance_can_be_turned_off(root: Path) -> None:
    (root / "factcheck.yaml").write_text("review:\n  auto_advance: false\n", encoding="utf-8")
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert verdicts(root)[FIRST].verdict == "supported"
        assert current_id(app) == FIRST


async def test_auto_advance_skips_reviewed_claims(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "s")  # SECOND decided, cursor on THIRD
        assert current_id(app) == THIRD
        await pilot.press("k", "k", "s")  # FIRST decided: next pending skips SECOND
        assert current_id(app) == THIRD


async def test_undo_restores_the_file_and_redo_repeats(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s")
        after_first = (root / "verdicts/peace-talks.yaml").read_text(encoding="utf-8")
        await pilot.press("r")
        after_second = (root / "verdicts/peace-talks.yaml").read_text(encoding="utf-8")
        assert verdicts(root)[SECOND].verdict == "refuted"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert (root / "verdicts/peace-talks.yaml").read_text(encoding="utf-8") == after_first
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert verdicts(root) == {}
        await pilot.press("ctrl+y", "ctrl+y")
        await pilot.pause()
        assert (root / "verdicts/peace-talks.yaml").read_text(encoding="utf-8") == after_second


async def test_pin_writes_evidence_and_t_flips_its_stance(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        column = await focus_passage(pilot, app)
        evidence = column.current
        assert evidence is not None
        await pilot.press("p")
        await pilot.pause()
        [pinned] = verdicts(root)[FIRST].evidence
        source = app.workspace.sources[evidence.source_id]
        assert pinned.source == evidence.source_id
        assert (pinned.start, pinned.end) == (evidence.passage.start, evidence.passage.end)
        assert pinned.quote == source.text[pinned.start : pinned.end]
        expected = Stance.SUPPORTS if evidence.stance == Stance.NEUTRAL else evidence.stance
        assert pinned.stance == expected
        assert "★ pinned" in rendered_text(app.screen.query_one("#main"))
        # t flips: the card moves to the other column
        await pilot.press("t")
        await pilot.pause()
        [flipped] = verdicts(root)[FIRST].evidence
        assert flipped.stance != pinned.stance
        assert flipped.stance in (Stance.SUPPORTS, Stance.CONTRADICTS)
        target = "#supporting" if flipped.stance == Stance.SUPPORTS else "#contradicting"
        refs = _refs(app.screen.query_one(target, EvidenceColumn))
        assert evidence.passage.ref in refs
        # p on a pinned passage unpins it
        app.screen.query_one(target, EvidenceColumn).focus()
        col = app.screen.query_one(target, EvidenceColumn)
        col.cursor = refs.index(evidence.passage.ref)
        await pilot.press("p")
        await pilot.pause()
        assert FIRST not in verdicts(root)


async def test_dismissed_passage_stays_hidden_after_a_restart(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        column = await focus_passage(pilot, app)
        evidence = column.current
        assert evidence is not None
        ref = evidence.passage.ref
        await pilot.press("x")
        await settle(pilot)
        assert verdicts(root)[FIRST].dismissed == (ref,)
        assert ref not in [r for col in app.screen.query(EvidenceColumn) for r in _refs(col)]
    again = app_for(root)
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert current_id(again) == FIRST
        refs = [r for col in again.screen.query(EvidenceColumn) for r in _refs(col)]
        assert refs, "other passages are still shown"
        assert ref not in refs


def _refs(column: EvidenceColumn) -> list[str]:
    return [e.passage.ref for e in column.shown]


async def test_note_editor_saves_and_cancels(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"Only the ministry says so.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert verdicts(root)[FIRST].note == "Only the ministry says so."
        assert "Only the ministry says so." in rendered_text(app.screen.query_one(ClaimDetail))
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*" More.", "escape")
        await pilot.pause()
        assert verdicts(root)[FIRST].note == "Only the ministry says so."


async def test_slash_filters_claims_by_text(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"gomel")
        await pilot.pause()
        listed = [c.id for c in app.screen.query_one(ClaimList).claims]
        assert listed == ["gomel-offer-accepted", "s300-debris-gomel"]
        await pilot.press("enter")
        assert isinstance(app.focused, ClaimList)
        await pilot.press("s")  # keys decide again once the list has focus
        await pilot.pause()
        assert verdicts(root)["gomel-offer-accepted"].verdict == "supported"
        await pilot.press("slash", "escape")
        await pilot.pause()
        assert len(app.screen.query_one(ClaimList).claims) == len(app.workspace.claims)


async def test_verdict_filter_cycles(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s")  # FIRST supported
        listed = app.screen.query_one(ClaimList)
        total = len(app.workspace.claims)
        await pilot.press("f")  # pending
        await pilot.pause()
        assert len(listed.claims) == total - 1
        assert FIRST not in [c.id for c in listed.claims]
        await pilot.press("f")  # supported (the first label of the scale)
        await pilot.pause()
        assert [c.id for c in listed.claims] == [FIRST]
        for _ in range(len(app.workspace.settings.scale) - 1):
            await pilot.press("f")
        await pilot.press("f")  # stale
        await pilot.pause()
        assert listed.claims == []
        await pilot.press("f")  # all again
        await pilot.pause()
        assert len(listed.claims) == total
        await pilot.press("f")  # pending: deciding a claim moves on to the one below it
        await pilot.pause()
        assert current_id(app) == SECOND
        await pilot.press("r")
        await pilot.pause()
        assert current_id(app) == THIRD
        assert SECOND not in [c.id for c in listed.claims]
        assert verdicts(root)[SECOND].verdict == "refuted"


async def test_bracket_jumps_to_the_next_pending_claim(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "s", "k", "k")  # SECOND decided, back on FIRST
        assert current_id(app) == FIRST
        await pilot.press("right_square_bracket")
        assert current_id(app) == THIRD


async def test_stale_verdict_is_shown_after_the_claim_changes(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s")
    claims = root / "claims/peace-talks.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("targeting an airport", "aiming at an airport"), "utf-8")
    again = app_for(root)
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert current_id(again) == FIRST
        assert verdicts(root)[FIRST].claim_hash != claim_hash(again, FIRST)
        assert "Stale" in rendered_text(again.screen.query_one(ClaimDetail))
        assert "stale" in rendered_text(again.screen.query_one(ClaimList))
        assert "1 stale" in rendered_text(again.screen.query_one("#status"))


async def test_conflict_between_two_editors_is_shown_and_resolved(root: Path) -> None:
    first, second = app_for(root), app_for(root, reviewer="Grace Hopper")
    async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
        await ready(one)
        await ready(two)
        await one.press("s")
        assert verdicts(root)[FIRST].verdict == "supported"
        await two.press("r")
        await two.pause()
        from factcheck.tui.screens.conflict import ConflictScreen

        assert isinstance(second.screen, ConflictScreen)
        assert verdicts(root)[FIRST].verdict == "supported"  # nothing overwritten
        text = rendered_text(second.screen.query_one("#conflict-versions"))
        assert "refuted" in text and "supported" in text
        await two.press("m")  # keep mine
        await two.pause()
        assert isinstance(second.screen, ReviewScreen)
        entry = verdicts(root)[FIRST]
        assert (entry.verdict, entry.reviewer) == ("refuted", "Grace Hopper")


async def test_changes_on_disk_show_up(root: Path) -> None:
    from factcheck.verdicts.store import VerdictStore

    app = app_for(root, poll_interval=0.1)  # the real polling timer
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        other = VerdictStore.open(workspace=app.workspace, reviewer="Grace Hopper")
        other.set_verdict(FIRST, "refuted")
        for _ in range(300):
            await pilot.pause(0.01)
            if "Refuted" in rendered_text(app.screen.query_one(ClaimDetail)):
                break
        assert "Refuted" in rendered_text(app.screen.query_one(ClaimDetail))
        assert "Grace Hopper" in rendered_text(app.screen.query_one(ClaimDetail))
        assert "1 of 24 reviewed" in rendered_text(app.screen.query_one("#status"))


async def test_write_failure_is_reported_and_retried(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        (root / "verdicts").write_text("not a folder", encoding="utf-8")  # writes must fail
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert any("Cannot write verdicts" in (n.title or "") for n in app._notifications)
        assert app.store.get(FIRST).verdict == "supported"  # kept in memory
        assert app.store.pending_writes
        (root / "verdicts").unlink()
        app.retry_writes()
        assert verdicts(root)[FIRST].verdict == "supported"
        assert not app.store.pending_writes


async def test_source_screen_opens_on_the_passage(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        column = await focus_passage(pilot, app)
        evidence = column.current
        assert evidence is not None
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        passage = app.screen.query_one("#source-passage")
        assert evidence.passage.text.split()[0] in rendered_text(passage)
        assert passage.region.y < SIZE[1]  # scrolled into view
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_help_lists_every_key(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(f"{k} {d}" for k, d in app.screen.rows)
        for expected in ("s Supported", "r Refuted", "backspace", "ctrl+z", "/", "]", "q Quit"):
            assert expected in text
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_command_palette_runs_actions(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Refuted")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert verdicts(root)[FIRST].verdict == "refuted"


async def test_columns_stack_at_80_columns(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        supporting = app.screen.query_one("#supporting")
        contradicting = app.screen.query_one("#contradicting")
        assert contradicting.region.x == supporting.region.x
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        assert contradicting.region.x > supporting.region.x
        await pilot.press("s")  # still usable after resizing
        assert verdicts(root)[FIRST].verdict == "supported"


async def test_q_quits(root: Path) -> None:
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_markup_and_escapes_in_sources_are_shown_literally(
    make_workspace,  # type: ignore[no-untyped-def]
) -> None:
    text = "Officials said [bold]x[/bold] and [/x] were \x1b[31mred\x1b[0m in the missile report."
    root = make_workspace(
        {
            "claims/odd.yaml": "claims:\n  - id: odd\n    text: 'Officials said [/x] about the"
            " missile report [bold].'\n    sources: [odd]\n",
            "sources/odd.txt": text + "\n",
        }
    )
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        detail = rendered_text(app.screen.query_one(ClaimDetail))
        assert "[/x] about the missile report [bold]." in detail
        shown = rendered_text(app.screen.query_one("#main"))
        assert "[bold]x[/bold]" in shown
        assert "[/x]" in shown
        assert "\\x1b[31mred" in shown
        await pilot.press("tab", "o")
        await pilot.pause()
        source = rendered_text(app.screen.query_one("#source-passage"))
        assert "[bold]x[/bold] and [/x] were \\x1b[31mred\\x1b[0m" in source


async def test_a_broken_workspace_exits_with_the_error(make_workspace) -> None:  # type: ignore[no-untyped-def]
    root = make_workspace({"claims/bad.yaml": "claims:\n  - id: a\n    text: [unclosed\n"})
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.5)
    assert app.error is not None
    assert app.return_code == 2


def test_claim_hash_is_of_the_text() -> None:
    assert text_hash("a") != text_hash("b")


async def test_the_claim_on_screen_is_matched_first_and_stale_results_are_dropped(
    root: Path,
) -> None:
    import threading

    from factcheck.evidence.matching import find_evidence
    from factcheck.tui.jobs import EvidenceJob

    order: list[str] = []
    lock = threading.Lock()
    gate = threading.Event()  # holds the worker after two claims until the reviewer has moved

    def gated_matcher(**options: object) -> tuple[object, ...]:
        with lock:
            order.append(options["claim"].id)  # type: ignore[attr-defined]
            count = len(order)
        if count > 2:
            gate.wait(timeout=10)
        return find_evidence(**options)  # type: ignore[arg-type]

    app = app_for(root, matcher=gated_matcher)
    async with app.run_test(size=SIZE) as pilot:
        while len(order) < 3:
            await pilot.pause(0.01)
        target = app.workspace.claims[20]
        screen_of(app).claim_list.highlighted = 20
        for _ in range(200):
            await pilot.pause(0.01)
            if screen_of(app).detail_claim_id == target.id:
                break
        gate.set()
        await ready(pilot)
        assert order.index(target.id) == 3, order  # right after the one in progress
        assert sorted(order) == sorted(c.id for c in app.workspace.claims)
        # A result computed for other dismissals than the claim has now is dropped.
        before = app.evidence_for(target)
        app.evidence_ready(EvidenceJob(target, ("elsewhere@0-1",)), ())
        assert app.evidence_for(target) == before


async def test_a_workspace_without_claims_opens(make_workspace) -> None:  # type: ignore[no-untyped-def]
    root = make_workspace({"sources/a.txt": "Something was said.\n"})
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert "No claims" in rendered_text(app.screen.query_one(ClaimDetail))
        await pilot.press("s", "j", "tab", "p", "o", "e")  # nothing to act on: nothing breaks
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert not (root / "verdicts").exists()


async def test_a_custom_scale_gets_its_keys_and_a_clashing_shortcut_is_reported(
    root: Path,
) -> None:
    (root / "factcheck.yaml").write_text(
        "scale:\n"
        "  - {key: 'true', label: 'True', shortcut: 'y'}\n"
        "  - {key: pants-on-fire, label: Pants on fire, shortcut: 'p'}\n",
        encoding="utf-8",
    )
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert any("Pants on fire" in n.message for n in app._notifications)
        await pilot.press("y")
        await pilot.pause()
        assert verdicts(root)[FIRST].verdict == "true"
        rows = dict((d, k) for k, d in screen_of(app).help_rows())
        assert rows["True"] == "y"
        assert "Pants on fire" not in rows  # p stays Pin
