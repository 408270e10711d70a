"""Score lines said in words: "ended goalless" (0-0), "ended in a draw" or "won on
penalties" (any level score), "kept a clean sheet" (none conceded), "scored a hat-trick"
(three goals), "scored twice".

"Goalless" and "a clean sheet" are tallies as "won 3-1" is (``tallies.same_tally``): "The
match ended goalless" clashes with "ended 1-0", "kept a clean sheet in the win" with "the
3-2 win". A hat-trick and "scored twice" are counts of goals, compared with "three goals";
a count over a season or several games ("24 goals in 30 games this season") is another
figure than one game's (``season_total``).
"""

from __future__ import annotations

import re

from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.workspace import stem

DRAW = ("draw", "draw")
CLEAN = ("clean", 0)
GOALS = family(stem("goals"))
# "ended goalless", "a goalless draw"; not "a goalless first half" (the match went on).
_GOALLESS = re.compile(
    r"\b(?:goalless|scoreless)\b(?!\s+(?:first|second|opening|half|for|until|in\b|after\b))",
    re.I,
)
# "ended in a draw", "drew with Spain", "held Spain to a draw", "finished all square"; a
# draw with its score ("a 1-1 draw") is the score's tally.
_DRAW = re.compile(
    r"\b(?:(?:ended|finished|ending|finishing|end|ends)\s+(?:in\s+)?an?\s+(?:\w+\s+)?draw"
    r"|drew\s+(?:with|against)|(?:held|holds|holding)\s+\w+(?:\s+\w+)?\s+to\s+an?\s+draw"
    r"|(?:ended|finished)\s+all\s+square"
    # won on penalties: the match itself was level ("won on penalties" / "won 2-1")
    r"|(?:won|wins|win|lost|loses|lose|beat|beaten)\s+(?:[\w'’]+\s+){0,3}on\s+penalties"
    r"|(?:won|wins|win|lost|loses|lose)\s+(?:[\w'’]+\s+){0,3}(?:a|the)\s+(?:penalty\s+)?"
    r"shoot-?out)\b",
    re.I,
)
_CLEAN = re.compile(
    r"\b(?:kept|keep|keeps|keeping)\s+(?:a|his|her|their|its)\s+(?:\w+\s+)?clean\s+sheet\b",
    re.I,
)
_HAT_TRICK = re.compile(
    r"\b(?:scored|scores|scoring|netted|nets|grabbed|bagged|hit|completed)\s+(?:a|his|her)"
    r"\s+(?:\w+\s+)?hat[-\s]?trick\b",
    re.I,
)
# A cricket total, runs for wickets: "245 for 6", "245/6", "45 for no loss" is the score line
# "245-6" (ten wickets at most), read only beside a word of cricket ("votes for 3 bills").
_INNINGS = re.compile(
    r"(?<![\w.,/-])(?P<a>\d{1,3})\s*(?:for|/)\s*(?P<b>10|\d|no\s+loss)\b(?![\w.,/-]*\d)", re.I
)
_CRICKET = re.compile(
    r"\b(?:overs?|innings|wickets?|declared|batt(?:ed|ing)|bowl(?:ed|ing)|stumps|tests?|odi|t20"
    r"|runs|reply|chas(?:e|ing)|all\s+out)\b",
    re.I,
)
_TIMES = {"once": 1, "twice": 2, "three times": 3, "four times": 4}
_SCORED = re.compile(
    r"\b(?:scored|netted|struck)\s+(?P<n>once|twice|three\s+times|four\s+times)\b", re.I
)


def score_words(text: str) -> list[Mention]:
    """The score lines and goal counts of the module's docstring in ``text``, in order."""
    lowered = text.lower()
    # Each pattern only where its own word is (most passages hold none of them).
    nil = "goalless" in lowered or "scoreless" in lowered
    found = (
        [Mention("tally", (0, 0), m.group(), *m.span()) for m in _GOALLESS.finditer(text)]
        if nil
        else []
    )
    drawn = (
        "draw" in lowered
        or "drew" in lowered
        or "square" in lowered
        or "penalties" in lowered
        or "shoot" in lowered
    )
    for m in _DRAW.finditer(text) if drawn else ():
        if "goalless" not in m.group().lower() and "scoreless" not in m.group().lower():
            found.append(Mention("tally", DRAW, m.group(), *m.span()))
    clean = "clean sheet" in lowered
    found += (
        [Mention("tally", CLEAN, m.group(), *m.span()) for m in _CLEAN.finditer(text)]
        if clean
        else []
    )
    for m in _HAT_TRICK.finditer(text) if "trick" in lowered else ():
        found.append(_goals(m.group(), m.start(), m.end(), 3.0))
    scored = "scored" in lowered or "netted" in lowered or "struck" in lowered
    for m in _SCORED.finditer(text) if scored else ():
        count = float(_TIMES[" ".join(m.group("n").lower().split())])
        found.append(_goals(m.group(), m.start(), m.end(), count))
    # The total first: most texts with a " for " hold none, and _CRICKET, under IGNORECASE
    # and opening with a word boundary, is tried at every character (ten times the cost).
    innings = (" for " in lowered or "/" in lowered) and _INNINGS.search(text) is not None
    if innings and _CRICKET.search(text) is not None:
        for m in _INNINGS.finditer(text):
            wickets = 0 if m.group("b")[:1].isalpha() else int(m.group("b"))
            found.append(Mention("tally", (int(m.group("a")), wickets), m.group(), *m.span()))
    return sorted(found, key=lambda x: x.start)


def _goals(text: str, start: int, end: int, count: float) -> Mention:
    return Mention("number", (count,), text, start, end, unit=GOALS, low=count, high=count)


def level_or_clean(mine: tuple[object, ...], theirs: tuple[object, ...]) -> bool | None:
    """Whether two tallies agree when one is a draw or a clean sheet: a draw meets any level
    score, a clean sheet any score with none on one side; None when neither is."""
    for one, other in ((mine, theirs), (theirs, mine)):
        if one == DRAW:
            return other == DRAW or (isinstance(other[0], int) and other[0] == other[1])
        if one == CLEAN:
            return other[-1] == 0
    return None


# A count over a season or several games: "24 goals in 30 games", "12 goals this season".
_TOTAL = re.compile(
    r"(?:\s+(?:league\s+)?(?:goals|points|tries|runs|wickets))?"  # the noun counted: "24 [goals]"
    r"\s+(?:(?:in|from)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:games|matches|appearances|outings|starts|finals|league\s+games)"
    r"|(?:this|last|all|the)\s+season|so\s+far|in\s+(?:his|her|their)\s+career)\b",
    re.I,
)


def season_total(claim: str, mine: Mention, passage: str, theirs: Mention) -> bool:
    """Whether one of two counts of goals is a total over a season or several games and
    the other is not ("scored a hat-trick" / "has scored 24 goals in 30 games this
    season")."""
    if mine.unit != GOALS or theirs.unit != GOALS:
        return False  # "raised £1.2m so far" is the sum raised, not another figure
    totals = [_TOTAL.match(t, m.end) is not None for m, t in ((mine, claim), (theirs, passage))]
    return totals[0] != totals[1]
