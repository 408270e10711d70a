"""The one error type every loader raises, so the CLI can print one line and exit 2."""

from __future__ import annotations


class FactcheckError(Exception):
    """A problem with the user's input or configuration, shown as one line.

    ``path`` is the workspace-relative file the problem is in (or None), and
    ``line`` the 1-based line number where one is known.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        # One line, always: a message built from user text must not spill over.
        return (where + self.message).replace("\r", " ").replace("\n", " ")


class WorkspaceError(FactcheckError):
    """A workspace that cannot be loaded: bad YAML, a duplicate id, a bad source."""
