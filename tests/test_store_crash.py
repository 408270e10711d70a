"""Kill -9 a process in the middle of saving verdicts, again and again: never a half-written file.

A child process saves one change after another and reports each step once
it is saved. The parent kills it (SIGKILL) at a random moment, then reads
every verdict file: each must parse and hold exactly the state after the
last reported step or after the one being saved when it died. The next child
starts from there, on the files (and lock, and temporary files) the killed
one left.

FACTCHECK_CRASH_KILLS sets the number of kills (default 50); set
FACTCHECK_CRASH_SEED to replay a run.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.verdicts.files import parse_verdicts
from factcheck.verdicts.store import VerdictStore
from factcheck.workspace.load import load_workspace
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL"),
]

KILLS = int(os.environ.get("FACTCHECK_CRASH_KILLS", "50"))
FILES = ("alpha", "beta")
CLAIM_IDS = [f"{name}-{i}" for name in FILES for i in range(6)]
KEYS = ("supported", "refuted", "mixed", "not-enough-evidence")
# Long notes make each save take longer, so more kills land inside a write.
FILLER = "".join(f"line {i}: ministry statement, no independent confirmation\n" for i in range(40))

# What the test compares: per claim (verdict, note, stance of its one pin).
Projection = dict[str, tuple[str | None, str | None, str | None]]


def step_of(k: int) -> tuple[str, str]:
    """Step ``k``: which claim it changes, and how (verdict, note or pin)."""
    return CLAIM_IDS[(k // 3) % len(CLAIM_IDS)], ("verdict", "note", "pin")[k % 3]


def pin_for(claim_id: str) -> PinnedEvidence:
    i = CLAIM_IDS.index(claim_id)
    return PinnedEvidence("news", Stance.SUPPORTS, f"passage {i}", start=i * 10, end=i * 10 + 5)


def apply_step(store: VerdictStore, k: int) -> None:
    claim_id, kind = step_of(k)
    if kind == "verdict":
        store.set_verdict(claim_id, KEYS[(k // 36) % len(KEYS)])
    elif kind == "note":
        store.set_note(claim_id, f"step {k}\n{FILLER}")
    elif store.get(claim_id).evidence:
        store.flip_pin(claim_id, pin_for(claim_id).ref)
    else:
        store.pin(claim_id, pin_for(claim_id))


def model_states(upto: int) -> list[Projection]:
    """states[k + 1] is the projection after step k; states[0] is before any step."""
    state: Projection = {cid: (None, None, None) for cid in CLAIM_IDS}
    states = [dict(state)]
    for k in range(upto + 1):
        claim_id, kind = step_of(k)
        verdict, note, stance = state[claim_id]
        if kind == "verdict":
            verdict = KEYS[(k // 36) % len(KEYS)]
        elif kind == "note":
            note = f"step {k}\n{FILLER}"
        else:
            stance = "contradicts" if stance == "supports" else "supports"
        state[claim_id] = (verdict, note, stance)
        states.append(dict(state))
    return states


def project(root: Path) -> Projection:
    """The verdict files on disk as a projection; fails if any file does not parse."""
    found: Projection = {cid: (None, None, None) for cid in CLAIM_IDS}
    for name in FILES:
        path = root / "verdicts" / f"{name}.yaml"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")  # must be whole UTF-8 ...
        entries = parse_verdicts(text, path=f"verdicts/{name}.yaml").entries  # ... and YAML
        for cid, entry in entries.items():
            assert cid in found, f"unexpected claim {cid} in {name}"
            found[cid] = _projection(entry)
    return found


def _projection(entry: Verdict) -> tuple[str | None, str | None, str | None]:
    stance = entry.evidence[0].stance.value if entry.evidence else None
    assert len(entry.evidence) <= 1
    return entry.verdict, entry.note, stance


def child(root: Path, start: int, out: int) -> None:
    """Runs in the forked process: save steps from ``start`` on, reporting each; never returns."""
    code = 3
    try:
        store = VerdictStore.open(workspace=load_workspace(root), reviewer="Crash Test")
        os.write(out, b"ready\n")
        k = start
        while True:
            apply_step(store, k)
            os.write(out, f"{k}\n".encode())
            k += 1
    except BaseException as exc:  # report anything unexpected to the parent
        os.write(out, f"error {type(exc).__name__}: {exc}\n".encode())
    finally:
        os._exit(code)


def run_and_kill(root: Path, start: int, rng: random.Random) -> tuple[int | None, bool]:
    """Fork a saver, kill it at a random moment; (last step it reported, whether it started)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        child(root, start, write_end)
    os.close(write_end)
    output = b""
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0, 0.01))  # sometimes while it is still opening the store
    else:
        ready = select.select([read_end], [], [], 30)[0]
        assert ready, "the saving child never started"
        time.sleep(rng.uniform(0, 0.06))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        output += chunk
    os.close(read_end)
    lines = output.decode().split()
    errors = [line for line in output.decode().splitlines() if line.startswith("error")]
    assert not errors, errors
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    steps = [int(line) for line in lines if line.isdigit()]
    return (steps[-1] if steps else None), "ready" in lines


def test_sigkill_while_saving_leaves_old_or_new_state(
    make_workspace: Callable[..., Path],
) -> None:
    files: dict[str, str] = {"sources/news.txt": "Some news.\n"}
    for name in FILES:
        claims = "".join(f"  - id: {name}-{i}\n    text: Claim {i} of {name}.\n" for i in range(6))
        files[f"claims/{name}.yaml"] = "claims:\n" + claims
    root = make_workspace(files)
    seed = int(os.environ.get("FACTCHECK_CRASH_SEED", str(random.randrange(2**32))))
    rng = random.Random(seed)
    states = model_states(200)
    done = -1  # the last step the files are known to hold
    unreported_saves = tempfiles_seen = 0
    for kill in range(KILLS):
        acked, _ = run_and_kill(root, done + 1, rng)
        acked = done if acked is None else acked
        if acked + 2 >= len(states):
            states = model_states(2 * acked + 100)
        on_disk = project(root)
        assert on_disk in (states[acked + 1], states[acked + 2]), (
            f"kill {kill} (seed {seed}): the files hold neither step {acked} nor step {acked + 1}"
        )
        if on_disk == states[acked + 2] and on_disk != states[acked + 1]:
            unreported_saves += 1  # killed after the rename, before it could report
            done = acked + 1
        else:
            done = acked
        tempfiles_seen += len(list((root / "verdicts").glob(".*.tmp")))
    # The next store to open cleans up what killed writers left behind.
    VerdictStore.open(workspace=load_workspace(root), reviewer="Crash Test")
    assert not list((root / "verdicts").glob(".*.tmp"))
    print(
        f"\n{KILLS} kills (seed {seed}): {done + 1} steps saved, {unreported_saves} saved but "
        f"unreported, {tempfiles_seen} temporary files left mid-write",
        file=sys.stderr,
    )
