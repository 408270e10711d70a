"""Dates in workspace files: the one place that decides whether ``2022-02-30`` is a date.

YAML reads an unquoted ``2022-02-30`` as a timestamp and Python refuses to build it
(``day is out of range for month``); a quoted one is text that only looks like a date.
Both go through ``date_problem``: the YAML reader (every claims, verdict, settings and
front-matter file) and the fields that hold dates as text (``published``,
``reviewed_at``), so an impossible date is one line naming file, line and field, and
every export and report publishes only dates that exist (``iso_date``).
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.errors import WorkspaceError

# What YAML 1.1 reads as a timestamp, and what the fields here accept: a date, then
# optionally a time and a zone (2026-11-22, 2026-11-22T10:15:03Z, 2026-11-22 10:15:03.5 +1).
_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?"
    r"(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?$"
)
_DATE_START = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?!\d)")


def date_problem(text: str) -> str | None:
    """Why ``text``, written like a date or timestamp, is not one; None when it is one.

    Text that does not start like a date (``2022``, ``spring 2022``) is not judged here.
    """
    text = text.strip()
    if not _DATE_START.match(text):
        return None
    match = _TIMESTAMP.match(text)
    if match is None:
        return None  # "2022-02-30 or so": free text that starts with a date, judged below
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        dt.date(year, month, day)
        dt.time(hour, minute, min(second, 59))  # a leap second (:60) is a real instant
    except ValueError as exc:
        return str(exc)
    return None


def _date_of(text: str) -> dt.date | None:
    match = _DATE_START.match(text.strip())
    if match is None:
        return None
    year, month, day = (int(part) for part in match.group(0).split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso_date(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` of a date or timestamp that exists, else None (never publish
    ``2022-02-30``)."""
    if not value:
        return None
    day = _date_of(value)
    return day.isoformat() if day is not None else None


def check_date(value: str, *, field: str, path: str, line: int | None) -> str:
    """``value`` unchanged when it is a real date (or not written like one at all); a
    WorkspaceError naming ``path``, ``line`` and ``field`` when it is an impossible one."""
    problem = date_problem(value)
    if problem is None and _DATE_START.match(value.strip()) and _date_of(value) is None:
        problem = "no such day"
    if problem is not None:
        raise WorkspaceError(
            f"{field}: {value.strip()!r} is not a real date ({problem})", path=path, line=line
        )
    return value
