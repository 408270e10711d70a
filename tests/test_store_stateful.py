"""Random sequences of store operations: the file always matches what the reviewer sees.

A hypothesis state machine changes verdicts, pins, dismissals and notes,
undoes and redoes, lets a second editor change other claims and reopens the
store. After every step the verdict file on disk must hold exactly the
entries the store shows (plus the other editor's), and undo must bring back
exactly the view before the change it undoes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from factcheck.verdicts.files import parse_verdicts
from factcheck.verdicts.store import VerdictStore
from factcheck.workspace.load import load_workspace
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict

MINE = ["a", "b", "c"]
THEIRS = ["x", "y"]  # claims only the other editor touches
CLAIMS = "claims:\n" + "".join(f"  - id: {c}\n    text: Claim {c}.\n" for c in MINE + THEIRS)
PINS = [
    PinnedEvidence("news", Stance.SUPPORTS, "one", 0, 3),
    PinnedEvidence("news", Stance.CONTRADICTS, "two\nlines", 4, 13),
]
REFS = ["news@0-3", "news@20-30", "other@1-2"]
NOTES = [None, "", "short", "two\nlines", "  spaced  \r\nout\n\n", "x\x85y"]
KEYS = [None, "supported", "refuted", "mixed", "not-enough-evidence"]

Views = dict[str, Verdict]


class StoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="factcheck-stateful-"))
        (self.tmp / "claims").mkdir()
        (self.tmp / "sources").mkdir()
        (self.tmp / "claims" / "desk.yaml").write_text(CLAIMS, encoding="utf-8")
        (self.tmp / "sources" / "news.txt").write_text("one two lines\n", encoding="utf-8")
        self.workspace = load_workspace(self.tmp)
        self.store = VerdictStore.open(workspace=self.workspace, reviewer="Ada")
        self.other = VerdictStore.open(workspace=self.workspace, reviewer="Bob")
        self.undo_views: list[Views] = []  # my view before each change still undoable
        self.redo_views: list[Views] = []

    def teardown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def view(self) -> Views:
        return {cid: self.store.get(cid) for cid in MINE}

    def record(self, change_view: Views) -> None:
        if self.view() != change_view:
            self.undo_views.append(change_view)
            self.redo_views.clear()

    @rule(cid=st.sampled_from(MINE), key=st.sampled_from(KEYS))
    def set_verdict(self, cid: str, key: str | None) -> None:
        before = self.view()
        self.store.set_verdict(cid, key)
        assert self.store.get(cid).verdict == key
        self.record(before)

    @rule(cid=st.sampled_from(MINE), pin=st.sampled_from(PINS))
    def pin(self, cid: str, pin: PinnedEvidence) -> None:
        before = self.view()
        self.store.pin(cid, pin)
        assert [e.ref for e in self.store.get(cid).evidence].count(pin.ref) == 1
        self.record(before)

    @rule(cid=st.sampled_from(MINE), pin=st.sampled_from(PINS))
    def unpin_or_flip(self, cid: str, pin: PinnedEvidence) -> None:
        before = self.view()
        if len(self.store.get(cid).evidence) % 2:
            self.store.flip_pin(cid, pin.ref)
        else:
            self.store.unpin(cid, pin.ref)
        self.record(before)

    @rule(cid=st.sampled_from(MINE), ref=st.sampled_from(REFS), hide=st.booleans())
    def dismiss(self, cid: str, ref: str, hide: bool) -> None:
        before = self.view()
        if hide:
            self.store.dismiss(cid, ref)
            assert ref in self.store.get(cid).dismissed
        else:
            self.store.undismiss(cid, ref)
            assert ref not in self.store.get(cid).dismissed
        self.record(before)

    @rule(cid=st.sampled_from(MINE), note=st.sampled_from(NOTES))
    def note(self, cid: str, note: str | None) -> None:
        before = self.view()
        self.store.set_note(cid, note)
        self.record(before)

    @rule()
    def undo(self) -> None:
        before = self.view()
        change = self.store.undo()
        assert (change is None) == (not self.undo_views)
        if change is not None:
            assert self.view() == self.undo_views.pop()
            self.redo_views.append(before)

    @rule()
    def redo(self) -> None:
        before = self.view()
        change = self.store.redo()
        assert (change is None) == (not self.redo_views)
        if change is not None:
            assert self.view() == self.redo_views.pop()
            self.undo_views.append(before)

    @rule(cid=st.sampled_from(THEIRS), key=st.sampled_from(KEYS[1:]))
    def other_editor(self, cid: str, key: str) -> None:
        self.other.set_verdict(cid, key)

    @rule()
    def reload(self) -> None:
        changed = self.store.reload()
        assert changed <= set(THEIRS)

    @rule()
    def reopen_sees_the_same(self) -> None:
        fresh = VerdictStore.open(workspace=self.workspace, reviewer="Ada")
        assert {cid: fresh.get(cid) for cid in MINE} == self.view()

    @invariant()
    def the_file_holds_what_the_store_shows(self) -> None:
        if not hasattr(self, "store"):
            return
        assert not self.store.pending_writes and not self.store.conflicts
        path = self.tmp / "verdicts" / "desk.yaml"
        entries = (
            parse_verdicts(path.read_text(encoding="utf-8"), path="verdicts/desk.yaml").entries
            if path.exists()
            else {}
        )
        mine = {cid: v for cid, v in self.view().items() if not v.is_empty}
        assert {cid: v for cid, v in entries.items() if cid in MINE} == mine
        theirs = {cid: self.other.get(cid) for cid in THEIRS}
        assert {cid: v for cid, v in entries.items() if cid in THEIRS} == {
            cid: v for cid, v in theirs.items() if not v.is_empty
        }


StoreMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# A stateful run of about ten seconds: CI runs it, `-m "not slow"` leaves it out.
test_store_operations = pytest.mark.slow(StoreMachine.TestCase)
