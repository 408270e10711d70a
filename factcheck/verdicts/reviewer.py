"""Who is reviewing: the name written into every verdict as ``reviewer``."""

from __future__ import annotations

import getpass
import os
import subprocess
from pathlib import Path

from factcheck.workspace import Settings

REVIEWER_ENV = "FACTCHECK_REVIEWER"
# git answers in milliseconds; a hung credential helper or network home must not stall startup.
GIT_TIMEOUT = 2.0


def _clean(name: str | None) -> str | None:
    """One line of text with single spaces, or None when nothing is left."""
    if name is None:
        return None
    cleaned = " ".join(name.split())
    return cleaned or None


def git_user_name(*, cwd: Path | None = None) -> str | None:
    """``git config user.name`` as seen from ``cwd``; None when git is absent or has none."""
    try:
        result = subprocess.run(
            ["git", "config", "user.name"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    if result.returncode != 0:
        return None
    return _clean(result.stdout)


def os_user_name() -> str | None:
    """The login name of the OS user, or None when it cannot be found (no passwd entry)."""
    try:
        return _clean(getpass.getuser())
    except (KeyError, OSError, ImportError):
        return None


def default_reviewer(
    *,
    explicit: str | None = None,
    settings: Settings | None = None,
    cwd: Path | None = None,
) -> str:
    """The reviewer's name, from the first of these that gives one.

    ``--reviewer`` (``explicit``), ``$FACTCHECK_REVIEWER``, ``review.reviewer``
    in factcheck.yaml, ``git config user.name`` (run in ``cwd``), the OS
    user, and finally ``"unknown"``.
    """
    for candidate in (
        explicit,
        os.environ.get(REVIEWER_ENV),
        settings.reviewer if settings is not None else None,
    ):
        name = _clean(candidate)
        if name:
            return name
    return git_user_name(cwd=cwd) or os_user_name() or "unknown"
