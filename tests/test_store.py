"""The VerdictStore: what each change writes, undo/redo, merges, conflicts, failed writes."""

from __future__ import annotations

import difflib
import errno
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError
from factcheck.verdicts import store as store_module
from factcheck.verdicts.files import (
    HEADER,
    entry_to_data,
    normalize_verdict,
    parse_verdicts,
    serialize_verdicts,
)
from factcheck.verdicts.reviewer import default_reviewer
from factcheck.verdicts.store import ConflictError, StoreWriteError, VerdictStore
from factcheck.verdicts.sync import SyncedVerdictFile, put
from factcheck.workspace.load import ClaimsFile, Workspace, load_workspace
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict, text_hash
from factcheck.workspace.settings import Settings
from factcheck.workspace.yamlio import dump_yaml

CLAIMS = """\
claims:
  - id: b-claim
    text: Belarus said it shot down a missile.
  - id: a-claim
    text: The talks were held at the Pripyat river.
  - id: c-claim
    text: Three people were hurt.
"""
OTHER_CLAIMS = """\
claims:
  - id: z-claim
    text: The summit was on Friday.
"""
SOURCE = "Belarus said it shot down a missile. The talks were on the river.\n"
PIN = PinnedEvidence(source="news", stance=Stance.SUPPORTS, quote="Belarus said", start=0, end=12)
PIN2 = PinnedEvidence(source="news", stance=Stance.CONTRADICTS, quote="talks", start=41, end=46)


@pytest.fixture
def root(make_workspace: Callable[..., Path]) -> Path:
    return make_workspace(
        {
            "claims/desk.yaml": CLAIMS,
            "claims/other.yaml": OTHER_CLAIMS,
            "sources/news.txt": SOURCE,
        }
    )


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A fake clock: each save takes the next time from the list (the last one repeats)."""
    times = ["2026-11-22T10:15:03Z"]

    def now() -> str:
        return times.pop(0) if len(times) > 1 else times[0]

    monkeypatch.setattr(store_module, "utc_now", now)
    return times


def open_store(root: Path, reviewer: str = "Ada Lovelace") -> VerdictStore:
    return VerdictStore.open(workspace=load_workspace(root), reviewer=reviewer)


def verdict_file(root: Path, name: str = "desk") -> Path:
    return root / "verdicts" / f"{name}.yaml"


def on_disk(root: Path, name: str = "desk") -> dict[str, Verdict]:
    path = verdict_file(root, name)
    if not path.exists():
        return {}
    return parse_verdicts(path.read_text(encoding="utf-8"), path=f"verdicts/{name}.yaml").entries


# --- what each change writes -------------------------------------------------------------


def test_set_verdict_writes_reviewer_time_and_claim_hash(root: Path, clock: list[str]) -> None:
    store = open_store(root)
    change = store.set_verdict("b-claim", "refuted")
    entry = on_disk(root)["b-claim"]
    assert entry.verdict == "refuted"
    assert entry.reviewer == "Ada Lovelace"
    assert entry.reviewed_at == "2026-11-22T10:15:03Z"
    assert entry.claim_hash == text_hash("Belarus said it shot down a missile.")
    assert change.before == Verdict() and change.after == entry
    assert store.get("b-claim") == entry
    assert not verdict_file(root, "other").exists()  # only the file of the changed claim
    before = verdict_file(root).read_bytes()
    clock[:] = ["2026-11-22T11:00:00Z"]
    again = store.set_verdict("b-claim", "refuted")  # the same verdict again: no new time
    assert again.before == again.after
    assert verdict_file(root).read_bytes() == before
    store.undo()
    assert not store.can_undo


def test_the_file_format_is_pinned(root: Path, clock: list[str]) -> None:
    store = open_store(root)
    store.set_verdict("b-claim", "supported")
    store.pin("b-claim", PIN)
    store.pin("b-claim", PIN2)
    store.dismiss("b-claim", "news@70-80")
    store.dismiss("b-claim", "news@5-9")
    store.set_note("b-claim", "Ministry statement only;\nno independent confirmation.")
    store.set_verdict("a-claim", "mixed")
    digest = text_hash("Belarus said it shot down a missile.")
    assert verdict_file(root).read_text(encoding="utf-8") == (
        "# Written by factcheck; safe to edit by hand, reviewed with `factcheck diff`.\n"
        "a-claim:\n"
        "  verdict: mixed\n"
        "  reviewer: Ada Lovelace\n"
        "  reviewed_at: '2026-11-22T10:15:03Z'\n"
        f"  claim_hash: {text_hash('The talks were held at the Pripyat river.')}\n"
        "b-claim:\n"
        "  verdict: supported\n"
        "  reviewer: Ada Lovelace\n"
        "  reviewed_at: '2026-11-22T10:15:03Z'\n"
        f"  claim_hash: {digest}\n"
        "  evidence:\n"
        "    - source: news\n"
        "      stance: supports\n"
        "      quote: Belarus said\n"
        "      start: 0\n"
        "      end: 12\n"
        "    - source: news\n"
        "      stance: contradicts\n"
        "      quote: talks\n"
        "      start: 41\n"
        "      end: 46\n"
        "  dismissed:\n"
        "    - news@5-9\n"
        "    - news@70-80\n"
        "  note: |\n"
        "    Ministry statement only;\n"
        "    no independent confirmation.\n"
    )


def test_pins_keep_their_order_and_pinning_twice_is_a_no_op(root: Path) -> None:
    store = open_store(root)
    store.pin("b-claim", PIN2)
    store.pin("b-claim", PIN)
    before = verdict_file(root).read_bytes()
    again = store.pin("b-claim", PIN)
    assert again.before == again.after
    assert verdict_file(root).read_bytes() == before
    assert [e.ref for e in on_disk(root)["b-claim"].evidence] == [PIN2.ref, PIN.ref]
    store.undo()  # undoes the second real pin, not the no-op
    assert [e.ref for e in on_disk(root)["b-claim"].evidence] == [PIN2.ref]


def test_flip_unpin_dismiss_undismiss_and_note(root: Path) -> None:
    store = open_store(root)
    store.pin("b-claim", PIN)
    store.flip_pin("b-claim", PIN.ref)
    assert on_disk(root)["b-claim"].evidence[0].stance is Stance.CONTRADICTS
    store.flip_pin("b-claim", PIN.ref)
    assert on_disk(root)["b-claim"].evidence[0].stance is Stance.SUPPORTS
    store.dismiss("b-claim", "news@0-12")
    store.dismiss("b-claim", "news@0-12")
    assert on_disk(root)["b-claim"].dismissed == ("news@0-12",)
    store.undismiss("b-claim", "news@0-12")
    assert on_disk(root)["b-claim"].dismissed == ()
    store.set_note("b-claim", "one line")
    assert on_disk(root)["b-claim"].note == "one line"
    store.set_note("b-claim", "  \n ")
    assert on_disk(root)["b-claim"].note is None
    store.unpin("b-claim", PIN.ref)
    assert "b-claim" not in on_disk(root)  # an entry holding nothing is not written


def test_clearing_a_verdict_keeps_pins_and_note(root: Path) -> None:
    store = open_store(root)
    store.set_verdict("b-claim", "refuted")
    store.pin("b-claim", PIN)
    store.set_verdict("b-claim", None)
    entry = on_disk(root)["b-claim"]
    assert entry.verdict is None and entry.reviewer is None and entry.claim_hash is None
    assert entry.evidence == (PIN,)


def test_unknown_claims_and_verdicts_are_refused(root: Path) -> None:
    store = open_store(root)
    with pytest.raises(FactcheckError, match="unknown verdict"):
        store.set_verdict("b-claim", "true-ish")
    with pytest.raises(FactcheckError, match="unknown claim"):
        store.pin("nope", PIN)
    assert not verdict_file(root).exists()


def test_a_verdict_change_is_a_small_diff(root: Path, clock: list[str]) -> None:
    store = open_store(root)
    for claim_id in ("a-claim", "b-claim", "c-claim"):
        store.set_verdict(claim_id, "supported")
    store.pin("b-claim", PIN)
    before = verdict_file(root).read_text(encoding="utf-8").splitlines()
    clock[:] = ["2026-11-23T08:00:00Z"]
    store.set_verdict("b-claim", "refuted")
    after = verdict_file(root).read_text(encoding="utf-8").splitlines()
    changed = [
        line
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        "-  verdict: supported",
        "+  verdict: refuted",
        "-  reviewed_at: '2026-11-22T10:15:03Z'",
        "+  reviewed_at: '2026-11-23T08:00:00Z'",
    ]


def test_undo_and_redo_restore_the_file_byte_for_byte(root: Path, clock: list[str]) -> None:
    clock[:] = [f"2026-11-22T10:15:0{i}Z" for i in range(10)]
    store = open_store(root)
    snapshots: list[bytes | None] = [None]
    steps: list[Callable[[], object]] = [
        lambda: store.set_verdict("b-claim", "supported"),
        lambda: store.pin("b-claim", PIN),
        lambda: store.flip_pin("b-claim", PIN.ref),
        lambda: store.dismiss("b-claim", "news@41-46"),
        lambda: store.set_note("b-claim", "a\nlonger note"),
        lambda: store.set_verdict("a-claim", "mixed"),
        lambda: store.set_verdict("b-claim", "refuted"),
        lambda: store.set_verdict("b-claim", None),
    ]
    path = verdict_file(root)

    def contents() -> bytes | None:
        return path.read_bytes() if path.exists() else None

    for step in steps:
        step()
        snapshots.append(contents())
    assert not store.can_redo
    for expected in reversed(snapshots[:-1]):
        assert store.undo() is not None
        assert contents() == expected
    assert not store.can_undo and store.undo() is None
    assert not path.exists()  # back to no verdicts at all: no file, as at the start
    for expected in snapshots[1:]:
        assert store.redo() is not None
        assert contents() == expected
    assert store.redo() is None
    # A new change after an undo drops the redo history.
    store.undo()
    store.set_note("c-claim", "x")
    assert not store.can_redo


def test_undo_writes_through_the_merge(root: Path) -> None:
    mine, theirs = open_store(root, "Ada"), open_store(root, "Bob")
    mine.set_verdict("a-claim", "supported")
    theirs.set_verdict("c-claim", "refuted")
    mine.undo()
    entries = on_disk(root)
    assert "a-claim" not in entries
    assert entries["c-claim"].verdict == "refuted"


# --- stale verdicts ----------------------------------------------------------------------


def test_a_verdict_turns_stale_when_the_claim_text_changes(root: Path) -> None:
    store = open_store(root)
    store.set_verdict("b-claim", "supported")
    store.set_verdict("a-claim", "refuted")
    ws = load_workspace(root)
    claim = ws.claim("b-claim")
    assert claim is not None and not store.is_stale(claim)
    (root / "claims/desk.yaml").write_text(
        CLAIMS.replace("shot down a missile", "shot down two missiles"), encoding="utf-8"
    )
    edited = VerdictStore.open(workspace=load_workspace(root), reviewer="Ada")
    new_claim = edited.workspace.claim("b-claim")
    other = edited.workspace.claim("a-claim")
    assert new_claim is not None and other is not None
    assert edited.is_stale(new_claim)
    assert not edited.is_stale(other)
    assert edited.counts()["stale"] == 1
    edited.set_verdict("b-claim", "refuted")  # a new verdict is given on the new text
    assert not edited.is_stale(new_claim)


def test_counts(root: Path) -> None:
    store = open_store(root)
    store.set_verdict("a-claim", "refuted")
    store.set_verdict("b-claim", "refuted")
    store.pin("c-claim", PIN)  # evidence without a verdict is still pending
    counts = store.counts()
    assert counts["refuted"] == 2 and counts["supported"] == 0
    assert counts["pending"] == 2 and counts["reviewed"] == 2 and counts["stale"] == 0


# --- two editors -------------------------------------------------------------------------


def test_two_stores_changing_different_claims_both_survive(root: Path) -> None:
    ada, bob = open_store(root, "Ada"), open_store(root, "Bob")
    ada.set_verdict("a-claim", "supported")
    bob.set_verdict("b-claim", "refuted")
    ada.set_note("c-claim", "checked")
    bob.pin("b-claim", PIN)
    entries = on_disk(root)
    assert entries["a-claim"].reviewer == "Ada" and entries["a-claim"].verdict == "supported"
    assert entries["b-claim"].reviewer == "Bob" and entries["b-claim"].evidence == (PIN,)
    assert entries["c-claim"].note == "checked"


def test_the_same_claim_is_a_conflict_never_an_overwrite(root: Path) -> None:
    ada, bob = open_store(root, "Ada"), open_store(root, "Bob")
    ada.set_verdict("b-claim", "supported")
    before = verdict_file(root).read_bytes()
    with pytest.raises(ConflictError) as caught:
        bob.set_verdict("b-claim", "refuted")
    assert caught.value.claim_id == "b-claim"
    assert caught.value.mine.verdict == "refuted" and caught.value.mine.reviewer == "Bob"
    assert caught.value.theirs.verdict == "supported" and caught.value.theirs.reviewer == "Ada"
    assert verdict_file(root).read_bytes() == before  # nothing written
    assert bob.get("b-claim") == Verdict()
    assert "b-claim" in bob.conflicts
    with pytest.raises(ConflictError):  # still a conflict on the next try
        bob.pin("b-claim", PIN)


def test_resolve_conflict_keep_mine(root: Path) -> None:
    ada, bob = open_store(root, "Ada"), open_store(root, "Bob")
    ada.set_verdict("b-claim", "supported")
    ada.set_verdict("a-claim", "supported")
    with pytest.raises(ConflictError):
        bob.set_verdict("b-claim", "refuted")
    change = bob.resolve_conflict("b-claim", keep="mine")
    assert change.before.reviewer == "Ada" and change.after.reviewer == "Bob"
    entries = on_disk(root)
    assert entries["b-claim"].verdict == "refuted" and entries["b-claim"].reviewer == "Bob"
    assert entries["a-claim"].verdict == "supported"  # Ada's other work untouched
    assert not bob.conflicts
    bob.undo()  # undoing the resolution brings Ada's version back
    assert on_disk(root)["b-claim"].reviewer == "Ada"
    with pytest.raises(FactcheckError, match="no conflict"):
        bob.resolve_conflict("b-claim", keep="mine")


def test_resolve_conflict_keep_theirs(root: Path) -> None:
    ada, bob = open_store(root, "Ada"), open_store(root, "Bob")
    ada.set_verdict("b-claim", "supported")
    with pytest.raises(ConflictError):
        bob.set_verdict("b-claim", "refuted")
    before = verdict_file(root).read_bytes()
    change = bob.resolve_conflict("b-claim", keep="theirs")
    assert change.after.reviewer == "Ada"
    assert bob.get("b-claim").verdict == "supported"
    assert verdict_file(root).read_bytes() == before
    bob.set_verdict("b-claim", "mixed")  # now based on Ada's version: no conflict
    assert on_disk(root)["b-claim"].verdict == "mixed"


def test_saves_from_two_threads_never_lose_an_update(root: Path) -> None:
    # Each store saves through its own lock file descriptor, so the flock
    # serialises them even within one process; without it, the read-merge-write
    # of one would overwrite the other's fresh entries.
    many = "claims:\n" + "".join(f"  - id: c{i:02}\n    text: Claim {i}.\n" for i in range(40))
    (root / "claims/many.yaml").write_text(many, encoding="utf-8")
    stores = [open_store(root, "Ada"), open_store(root, "Bob")]

    def work(store: VerdictStore, ids: range) -> None:
        for i in ids:
            store.set_verdict(f"c{i:02}", "supported")

    threads = [
        threading.Thread(target=work, args=(stores[0], range(0, 40, 2))),
        threading.Thread(target=work, args=(stores[1], range(1, 40, 2))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(on_disk(root, "many")) == [f"c{i:02}" for i in range(40)]


def test_a_lock_held_elsewhere_delays_then_fails_the_save_keeping_the_change(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.verdicts import files as verdicts

    store = open_store(root)
    monkeypatch.setattr(verdicts, "LOCK_TIMEOUT", 0.2)
    with verdicts.verdict_file_lock(root / ".factcheck/locks/desk.lock"):
        with pytest.raises(StoreWriteError, match="cannot lock"):
            store.set_verdict("a-claim", "mixed")
        assert not verdict_file(root).exists()
    assert store.get("a-claim").verdict == "mixed" and store.pending_writes
    store.flush()
    assert on_disk(root)["a-claim"].verdict == "mixed"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_saves_from_two_processes_never_lose_an_update(root: Path) -> None:
    many = "claims:\n" + "".join(f"  - id: p{i:02}\n    text: Claim {i}.\n" for i in range(30))
    (root / "claims/many.yaml").write_text(many, encoding="utf-8")
    pids = []
    for first in (0, 1):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 1
            try:
                store = open_store(root, f"Editor {first}")
                for i in range(first, 30, 2):
                    store.set_verdict(f"p{i:02}", "refuted")
                code = 0
            finally:
                os._exit(code)
        pids.append(pid)
    for pid in pids:
        assert os.waitpid(pid, 0)[1] == 0
    entries = on_disk(root, "many")
    assert sorted(entries) == [f"p{i:02}" for i in range(30)]
    assert {entries[f"p{i:02}"].reviewer for i in range(0, 30, 2)} == {"Editor 0"}


def test_reload_sees_an_external_rewrite(root: Path) -> None:
    store = open_store(root)
    store.set_verdict("a-claim", "supported")
    store.set_verdict("b-claim", "supported")
    assert store.reload() == set()
    # A git pull replaces the file: a-claim refuted by someone else, b-claim gone, c-claim new.
    pulled = serialize_verdicts(
        {
            "a-claim": Verdict(verdict="refuted", reviewer="Bob"),
            "c-claim": Verdict(verdict="mixed", reviewer="Bob"),
        }
    )
    tmp = verdict_file(root).with_suffix(".pull")
    tmp.write_text(pulled, encoding="utf-8")
    os.replace(tmp, verdict_file(root))
    assert store.reload() == {"a-claim", "b-claim", "c-claim"}
    assert store.get("a-claim").verdict == "refuted"
    assert store.get("b-claim") == Verdict()
    assert store.get("c-claim").reviewer == "Bob"
    assert store.reload() == set()
    # Undoing my b-claim verdict would now overwrite what the pull brought: a conflict.
    store.undo()  # undo b-claim: the pull removed it, so restoring "nothing" is the same
    with pytest.raises(ConflictError):
        store.undo()  # undo a-claim: the pull changed it since
    store.set_verdict("c-claim", "refuted")  # based on the pulled version: fine
    assert on_disk(root)["c-claim"].reviewer == "Ada Lovelace"


def test_a_reload_read_before_a_save_never_undoes_that_save(root: Path) -> None:
    # The store parses a reload outside its mutex; a save can land in between.
    ws = load_workspace(root)
    synced = SyncedVerdictFile.open(root=root, claims_file=ws.claims_files[0])
    put(synced.current, "a-claim", Verdict(verdict="supported"))
    synced.save(focus="a-claim", conflicts={})
    open_store(root, "Bob").set_verdict("c-claim", "mixed")  # someone else writes
    snapshot = synced.read_disk()
    assert snapshot is not None and snapshot.entries["a-claim"].verdict == "supported"
    put(synced.current, "a-claim", Verdict(verdict="refuted"))
    synced.save(focus="a-claim", conflicts={})  # lands between the read and the apply
    assert synced.apply_disk(snapshot) == set()
    assert synced.current["a-claim"].verdict == "refuted"
    fresh = synced.read_disk()
    assert fresh is not None and synced.apply_disk(fresh) == {"c-claim"}
    assert synced.current["a-claim"].verdict == "refuted"


# --- failed writes -----------------------------------------------------------------------


def _check_kept_in_memory_then_flushed(
    root: Path, store: VerdictStore, repair: Callable[[], None]
) -> None:
    with pytest.raises(StoreWriteError) as caught:
        store.set_verdict("b-claim", "refuted")
    assert caught.value.path == "verdicts/desk.yaml"
    assert store.get("b-claim").verdict == "refuted"
    assert store.pending_writes
    with pytest.raises(StoreWriteError):
        store.set_note("a-claim", "also pending")
    with pytest.raises(StoreWriteError):
        store.flush()
    repair()
    store.flush()
    assert not store.pending_writes
    entries = on_disk(root)
    assert entries["b-claim"].verdict == "refuted"
    assert entries["a-claim"].note == "also pending"
    assert store.undo() is not None  # still undoable, and the undo is written
    assert "a-claim" not in on_disk(root)


def test_a_full_disk_keeps_changes_in_memory_until_flush(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(root)
    real_replace = os.replace

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    _check_kept_in_memory_then_flushed(
        root, store, lambda: monkeypatch.setattr(os, "replace", real_replace)
    )
    assert not [p for p in (root / "verdicts").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores chmod")
def test_a_read_only_verdicts_folder_keeps_changes_in_memory(root: Path) -> None:
    folder = root / "verdicts"
    folder.mkdir()
    folder.chmod(0o500)
    store = open_store(root)
    try:
        _check_kept_in_memory_then_flushed(root, store, lambda: folder.chmod(0o700))
    finally:
        folder.chmod(0o700)


def test_a_verdicts_path_that_is_a_file_keeps_changes_in_memory(root: Path) -> None:
    store = open_store(root)
    blocker = root / "verdicts"
    blocker.write_text("not a folder\n", encoding="utf-8")
    _check_kept_in_memory_then_flushed(root, store, blocker.unlink)


def test_opening_removes_only_this_files_stale_temporaries(
    make_workspace: Callable[..., Path],
) -> None:
    root = make_workspace({"claims/x.yaml": OTHER_CLAIMS, "claims/[x].yaml": CLAIMS})
    folder = root / "verdicts"
    folder.mkdir()
    left = [".x.yaml.ab_cd123.tmp", ".[x].yaml.0123abcd.tmp"]
    kept = [".x.yaml.notmine.tmp", "x.yaml.ab_cd123.tmp", ".y.yaml.ab_cd123.tmp"]
    for name in left + kept:
        (folder / name).write_text("half a file", encoding="utf-8")
    open_store(root)
    assert sorted(p.name for p in folder.iterdir()) == sorted(kept)


def test_a_broken_verdict_file_is_never_overwritten(root: Path) -> None:
    store = open_store(root)
    store.set_verdict("a-claim", "supported")
    broken = "<<<<<<< HEAD\na-claim: {verdict: supported}\n=======\n"
    verdict_file(root).write_text(broken, encoding="utf-8")
    with pytest.raises(StoreWriteError, match="fix it first"):
        store.set_verdict("b-claim", "refuted")
    assert verdict_file(root).read_text(encoding="utf-8") == broken
    assert store.get("b-claim").verdict == "refuted" and store.pending_writes


# --- paths -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["../x", "..", "a/b", "a\\b", ".hidden", "nul\x00"])
def test_a_verdict_file_never_escapes_verdicts(tmp_path: Path, name: str) -> None:
    claims_file = ClaimsFile(path=f"claims/{name}.yaml", name=name, document=None, claims=())
    ws = Workspace(root=tmp_path, claims_files=(claims_file,), sources={})
    with pytest.raises(FactcheckError, match="cannot name a verdict file"):
        VerdictStore.open(workspace=ws, reviewer="Ada")


def test_a_verdicts_folder_linking_outside_is_refused(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (root / "verdicts").symlink_to(outside, target_is_directory=True)
    with pytest.raises(FactcheckError, match="outside"):
        open_store(root)


def test_a_verdict_file_linking_outside_is_refused(root: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.yaml"
    target.write_text("", encoding="utf-8")
    (root / "verdicts").mkdir()
    verdict_file(root).symlink_to(target)
    with pytest.raises(FactcheckError, match="outside verdicts/"):
        open_store(root)
    assert target.read_text(encoding="utf-8") == ""


# --- round trips -------------------------------------------------------------------------

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
pins = st.builds(
    PinnedEvidence,
    source=texts,
    stance=st.sampled_from(Stance),
    quote=texts,
    start=st.integers(-1, 10**9),
    end=st.integers(-1, 10**9),
)
verdicts = st.builds(
    Verdict,
    verdict=st.none() | texts,
    reviewer=st.none() | texts,
    reviewed_at=st.none() | texts,
    claim_hash=st.none() | texts,
    evidence=st.lists(pins, max_size=3).map(tuple),
    dismissed=st.lists(texts, max_size=3).map(tuple),
    note=st.none() | texts,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    entries=st.dictionaries(
        st.from_regex(r"[a-z0-9][a-z0-9_.-]{0,10}", fullmatch=True), verdicts, max_size=4
    )
)
@pytest.mark.slow
def test_load_of_save_gives_back_what_the_store_holds(entries: dict[str, Verdict]) -> None:
    held = {cid: normalize_verdict(v) for cid, v in entries.items()}
    held = {cid: v for cid, v in held.items() if not v.is_empty}
    text = serialize_verdicts(held)
    assert parse_verdicts(text, path="verdicts/x.yaml").entries == held
    assert serialize_verdicts(held) == text  # saving twice writes identical bytes
    # Entries are dumped one by one (and cached); the file is what one dump would give.
    whole = {cid: entry_to_data(held[cid]) for cid in sorted(held)}
    assert text == HEADER + (dump_yaml(whole) if whole else "")
    assert all(normalize_verdict(v) == v for v in held.values())


def test_saving_twice_writes_identical_bytes(root: Path, clock: list[str]) -> None:
    store = open_store(root)
    store.set_verdict("b-claim", "supported")
    store.pin("b-claim", PIN)
    first = verdict_file(root).read_bytes()
    store.flush()
    reopened = open_store(root)
    reopened.set_note("b-claim", "x")
    reopened.set_note("b-claim", None)
    assert verdict_file(root).read_bytes() == first


# --- the reviewer's name -----------------------------------------------------------------


def test_reviewer_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from factcheck.verdicts import reviewer

    monkeypatch.setenv("FACTCHECK_REVIEWER", "  Env\n Name ")
    monkeypatch.setattr(reviewer, "git_user_name", lambda cwd=None: "Git Name")
    monkeypatch.setattr(reviewer.getpass, "getuser", lambda: "osuser")
    configured = Settings(reviewer="Settings Name")
    assert default_reviewer(explicit="Flag Name", settings=configured) == "Flag Name"
    assert default_reviewer(settings=configured) == "Env Name"
    monkeypatch.delenv("FACTCHECK_REVIEWER")
    assert default_reviewer(explicit="  ", settings=configured) == "Settings Name"
    assert default_reviewer(settings=Settings()) == "Git Name"
    monkeypatch.setattr(reviewer, "git_user_name", lambda cwd=None: None)
    assert default_reviewer() == "osuser"

    def no_user() -> str:
        raise KeyError("no passwd entry")

    monkeypatch.setattr(reviewer.getpass, "getuser", no_user)
    assert default_reviewer() == "unknown"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_reviewer_from_git_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "config", "user.name", "Grace Hopper"], check=True)
    assert default_reviewer(cwd=repo) == "Grace Hopper"
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))  # no git at all: falls through
    assert default_reviewer(cwd=repo) not in ("Grace Hopper", "")


def test_atomic_write_to_a_device_writes_through_it(tmp_path: Path) -> None:
    """`--out /dev/null` must not replace /dev/null with a regular file (it did once)."""
    import os as _os
    import stat as _stat

    from factcheck.workspace.fileio import atomic_write

    fifo = tmp_path / "pipe"
    _os.mkfifo(fifo)
    reader = _os.open(fifo, _os.O_RDONLY | _os.O_NONBLOCK)
    try:
        atomic_write(fifo, "hello\n")
        assert _stat.S_ISFIFO(_os.stat(fifo).st_mode)
        assert _os.read(reader, 100) == b"hello\n"
    finally:
        _os.close(reader)
    atomic_write(Path(_os.devnull), "discarded\n")
    assert _stat.S_ISCHR(_os.stat(_os.devnull).st_mode)
