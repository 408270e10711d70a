"""How far apart two figures of one unit may be and still be the same figure written to
another precision: a conversion's rounding ("20 in" for 50.8 cm), and a share rounded to
fewer decimals ("74%" for "74.4 per cent": moved out of ``cues``)."""

from __future__ import annotations

import re

from factcheck.evidence.bands import APPROXIMATE
from factcheck.evidence.mention import Mention

_DECIMALS = re.compile(r"\d+(?:\.(\d+))?")
_SHARES = frozenset({"%", "pp"})


def slack(mine: Mention, theirs: Mention) -> float:
    """The gap two figures of one unit may have and still meet.

    A figure converted to other units carries the rounding of its last digit ("20 in" for
    50.8 cm): the coarser of the two roundings, and never more than an approximate figure's
    band. Not their sum: "2 km" rounded up and "2 miles" rounded down would meet, and no
    writer converts 2 km into 2 miles, nor 1 tonne into 1,500 kg.

    A percentage written with fewer decimals than the other side's is that one rounded:
    "Turnout was 74%" is what "74.4 per cent" says, as a reporter rounds it, when the
    rounding moves it by under 1% (``_ROUNDED``): "74%" and "75%" still clash, and so do
    "3.1%" and "2.9%", and "cut to 5%" and "held at 5.25%". Only shares: a count or a sum
    is rounded with a hedge ("about 300"), read by ``bands``."""
    gap = 0.0
    if mine.written != theirs.written:
        largest = max(abs(v) for v in (mine.low, mine.high, theirs.low, theirs.high))
        gap = min(max(mine.grain, theirs.grain), APPROXIMATE * largest)
    if mine.unit in _SHARES and theirs.unit == mine.unit:
        places = min(_decimals(mine.text), _decimals(theirs.text))
        rounding = 0.5 * 10.0**-places
        finer = places != max(_decimals(mine.text), _decimals(theirs.text))
        if finer and rounding <= _ROUNDED * min(abs(mine.low), abs(theirs.low)):
            gap = max(gap, rounding)
    return gap


# A rounding a reporter makes moves a share by under 1% of it: "74%" for 74.4%, not "5%"
# for a bank rate of 5.25% (a cut is a quarter point).
_ROUNDED = 0.01


def _decimals(written: str) -> int:
    """How many decimals a figure is written with ("74.4 per cent": 1)."""
    m = _DECIMALS.search(written)
    return len(m.group(1)) if m and m.group(1) else 0
