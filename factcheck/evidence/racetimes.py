"""Race times written as a clock reads: "won in 2:03:12", "a record of 1:59:40". Each is a
length of time (seconds), not a time of day, compared with another race time only: a
passage's "2:16:40" is no "2:16 a.m.", and "2:03:12" against "2:02:45" is another time."""

from __future__ import annotations

import re

from factcheck.evidence.mention import Mention

_RACE_TIME = re.compile(
    r"(?<![\w.:])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.\d+)?(?![\w:])"
)
# What a race time's length is of, for every one alike (``Mention.before`` of a length of
# time says what lasted: two race times are two runs of a race, whoever ran them).
RACE = "race"


def race_times(text: str) -> list[Mention]:
    """The race times in ``text`` (``_RACE_TIME``), in order."""
    if ":" not in text:
        return []
    found = []
    for m in _RACE_TIME.finditer(text):
        seconds = float(int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s")))
        found.append(Mention("number", (seconds,), m.group(), m.start(), m.end(),
                             unit="duration", low=seconds, high=seconds, before=RACE,
                             written="h:mm:ss", grain=0.5))  # fmt: skip
    return found
