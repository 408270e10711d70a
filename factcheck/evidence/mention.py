"""A number, date or time found in a text: its comparable value and where it is.

Each mention keeps the exact characters it came from (``text``) and its span, so a cue
can quote both sides literally and a UI can highlight the source side.
"""

from __future__ import annotations

from dataclasses import dataclass

# The unit of a name's number starts with this: "#arian" for "Ariane 6" (``namenumbers``).
NAME_NUMBER = "#"


@dataclass(frozen=True)
class Mention:
    """A number, date or time in a text: its comparable value and where it is.

    An amount ("number") is an interval: ``low == high`` for an exact figure, a band
    around it for "roughly 300", open on one side for "over 5,000" (``-inf``/``inf``).
    """

    kind: str  # "number", "tally", "date", "month", "year", "weekday", "time"
    value: tuple[object, ...]
    text: str
    start: int
    end: int
    # Numbers: what they count, the stem of the noun after them ("people" -> "peopl"), a
    # measure ("length", values in metres), a currency ("usd") or "%".
    unit: str = ""
    before: str = ""  # years: the word before ("in", "since")
    zone: str = ""  # times: "local", "gmt", ...
    low: float = 0.0  # numbers: the interval the text allows
    high: float = 0.0
    # Numbers: the content word after the counted noun ("two people died" -> "die"), so
    # "no deaths" can be compared with it.
    then: str = ""
    # Measures: the unit as written ("km") and half its last digit's place, in the base
    # unit: "20 in" beside "50 cm" is a rounded conversion, not another figure.
    written: str = ""
    grain: float = 0.0
    # A rate's period in seconds ("$50,000 a year"); 0.0 when the amount is no rate.
    per: float = 0.0

    @property
    def of_a_name(self) -> bool:
        """Whether a number is a name's ("Ariane 6", ``namenumbers``): no amount of anything."""
        return self.unit.startswith(NAME_NUMBER)
