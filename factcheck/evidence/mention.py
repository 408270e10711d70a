"""A number, date or time found in a text: its comparable value and where it is.

Each mention keeps the exact characters it came from (``text``) and its span, so a cue
can quote both sides literally and a UI can highlight the source side.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A number, date or time in a text: its comparable value and where it is."""

    kind: str  # "number", "date", "year", "weekday", "time"
    value: tuple[object, ...]
    text: str
    start: int
    end: int
    unit: str = ""  # numbers: the stem of the noun they count ("people"), or "%"
    before: str = ""  # years: the word before ("in", "since")
    zone: str = ""  # times: "local", "gmt", ...
