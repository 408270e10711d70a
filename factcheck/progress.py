"""A one-line progress bar on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

WIDTH = 30
# Redraw at most this often: a million small updates must not cost more than the work.
INTERVAL = 0.1


def terminal_progress(
    label: str, *, stream: TextIO | None = None
) -> Callable[[int, int], None] | None:
    """A ``progress(done, total)`` callback drawing a bar, or None when not on a terminal."""
    out = stream or sys.stderr
    if not getattr(out, "isatty", lambda: False)():
        return None
    last = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        finished = done >= total
        if not finished and now - last < INTERVAL:
            return
        last = now
        share = done / total if total else 1.0
        filled = int(WIDTH * share)
        bar = "#" * filled + "-" * (WIDTH - filled)
        out.write(f"\r{label} [{bar}] {done:,}/{total:,}")
        if finished:
            out.write("\r\x1b[2K")  # clear the line: the command prints its own summary
        out.flush()

    return progress
