"""Ranks: "the second-largest city", "its third biggest bank", "the 2nd-busiest airport".

Each is an amount (kind "number", its ordinal) whose unit names what is ranked and by what
(``rank:``, the superlative's group and the noun's stem): "second-largest city" and "third
largest city" clash, "the second biggest city" agrees, and "third-largest airport" is
another ranking, never compared.
"""

from __future__ import annotations

import re

from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.workspace import STOP_WORDS, stem

RANK = "rank:"
# ``Mention.written`` of a rank: an ordinal one ("second-largest") is a figure a passage
# must give; a superlative alone ("humankind's biggest use of land") describes as often
# as it ranks, and is only compared.
RANKED, FIRST = "rank", "first"
_ORDINALS = {
    w: n
    for n, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)
}
# Superlatives that rank the same way ("largest" and "biggest").
_SAME = {"biggest": "largest", "greatest": "largest", "highest": "tallest"}
_RANK = re.compile(
    r"\b(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"[\s-](?:(?P<most>most|least)\s+(?P<adj>[a-z]+)|(?P<sup>[a-z]+est))\s+(?P<n>[a-z]+)\b",
    re.I,
)


# "the largest city", "China's biggest bank", "its busiest airport": first. Only these
# superlatives ("the latest", "the interest rate" are none; "the highest level since 2007"
# is a level, its word the antonym cue's), not after "one of".
_SUPERLATIVES = (
    "largest", "biggest", "greatest", "tallest", "longest", "oldest", "busiest", "richest",
    "poorest", "deadliest", "smallest", "fastest",
)  # fmt: skip
_FIRST = re.compile(
    rf"\b(?:the|its|their|his|her|[A-Za-z]+['’]s)\s+(?P<sup>{'|'.join(_SUPERLATIVES)})"
    r"\s+(?P<n>[a-z]+)\b",
    re.I,
)
_NUMBERED = re.compile(r"\d(?:st|nd|rd|th)[\s-]")  # "2nd-busiest": starts with a digit
_ONE_OF = re.compile(r"\b(?:one|some|two|three|several|many|among|of)\s+\Z", re.I)


# A place in a ranking or a race: "ranked third", "came second", "finished 5th", "was
# placed first", "finished the season fourth", "ended the season in fifth place", "The
# company, third in the survey,", "was third in Berlin", "faded to fourth".
# Compared with another place (its unit has no noun); a figure a passage must give, as
# an ordinal rank is.
PLACE = "place"
_PLACE = re.compile(
    r"(?:\b(?:ranked|ranks|came|comes|finished|finishes|ended|ends|placed|rated)\s+"
    r"(?:the\s+(?:season|race|year|campaign)\s+)?(?:in\s+)?|,\s+(?=\w+\s+(?:in|on|among)\s)"
    r"|\b(?:was|were|is|are)\s+(?:a\s+(?:surprise|distant|close)\s+)?(?=\w+\s+(?:in|at|for)\s)"
    r"|\b(?:faded|dropped|slipped|fell)\s+(?:back\s+)?to\s+)"
    r"(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\b(?![\s-]+(?:most|least|[a-z]+est)\b)",
    re.I,
)

# A win is a first place, and a medal a place: "won the Berlin Marathon" and "finished
# second in Berlin" clash, "won silver" is second. Compared only (``FIRST``: "won the
# final" is stated as often in other words, "beat Spain in the final").
_WON = re.compile(
    r"\b(?:won|wins|win)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’.-]+\s+){0,2}?"
    r"(?:(?P<n>race|marathon|final|title|championship|tournament|election|primary|stage|seat)"
    r"|(?P<medal>gold|silver|bronze))\b",
    re.I,
)
_MEDALS = {"gold": 1.0, "silver": 2.0, "bronze": 3.0}
# Topping a chart is its first place: "topped the box office" / "fell to second place".
_TOPPED = re.compile(
    r"\b(?:topped|tops|top|topping)\s+(?:the\s+)?(?:[\w'’.-]+\s+)?"
    r"(?:box office|charts?|table|standings|league|poll|rankings|bestseller list)\b",
    re.I,
)


def _wins(text: str) -> list[Mention]:
    """The places a win, a medal or a chart topped gives in ``text`` (``_WON``, ``_TOPPED``)."""
    found = []
    for m in [*_WON.finditer(text), *_TOPPED.finditer(text)]:
        value = _MEDALS[m.group("medal").lower()] if m.groupdict().get("medal") else 1.0
        found.append(Mention("number", (value,), m.group(), m.start(), m.end(),
                             unit=f"{RANK}{PLACE}", low=value, high=value,
                             written=FIRST))  # fmt: skip
    return found


# A streak's count: "their third straight win", "a fourth consecutive defeat", "the fifth
# month in a row", "The win was Atlanta's fourth in a row". Compared with another count of
# the same streak noun (its unit): "third straight win" and "fourth in a row" (of "win")
# clash; a streak of defeats is another streak.
STREAK = "streak:"
_ORDINAL = (
    r"(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
_STREAK_NOUNS = (
    r"wins?|victor(?:y|ies)|defeats?|loss(?:es)?|titles?|draws?|games?|matches|match"
    r"|elections?|terms?|seasons?|years?|months?|quarters?|weeks?|days?|nights?|times?"
)
_IN_A_ROW = r"(?:in\s+a\s+row|running)"
# "the third monthly decline in a row" is a streak of months ("a third month in a row").
_PERIODIC = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter"}
_PERIODIC.update(yearly="year", annual="year")
_STREAK = re.compile(
    rf"\b{_ORDINAL}\s+(?:(?:straight|consecutive|successive)\s+(?P<n>{_STREAK_NOUNS})\b"
    rf"|(?P<m>{_STREAK_NOUNS})\s+{_IN_A_ROW}\b|(?:{_IN_A_ROW}|straight)\b(?![\s-]+[a-z])"
    rf"|(?P<p>{'|'.join(_PERIODIC)})\s+[a-z]+\s+{_IN_A_ROW}\b)",
    re.I,
)
_NOUN_BEFORE = re.compile(rf"\b(?P<n>{_STREAK_NOUNS})\b[^.;:!?]{{0,40}}\Z", re.I)


def _streaks(text: str) -> list[Mention]:
    """The counts of streaks in ``text`` (see ``STREAK``): a noun after the ordinal, or for
    "fourth in a row" the nearest before it in its sentence; none found, none read."""
    found = []
    for m in _STREAK.finditer(text):
        noun = m.group("n") or m.group("m") or _PERIODIC.get((m.group("p") or "").lower(), "")
        if not noun:
            before = _NOUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
            noun = before.group("n") if before else ""
        if not noun:
            continue
        written = m.group("o").lower()
        value = float(1 if written == "first" else _ORDINALS.get(written) or int(written[:-2]))
        unit = f"{RANK}{STREAK}{family(stem(noun.lower()))}"
        found.append(Mention("number", (value,), m.group(), m.start(), m.end(), unit=unit,
                             low=value, high=value, written=RANKED))  # fmt: skip
    return found


def ranks(text: str) -> list[Mention]:
    """The ranks in ``text``, in order (see the module's docstring)."""
    lowered = text.lower()
    ordinal = any(w in lowered for w in _ORDINALS) or _NUMBERED.search(text) is not None
    first = any(w in lowered for w in _SUPERLATIVES)
    placed = ordinal or "first" in lowered
    won = "win" in lowered or "won" in lowered or "top" in lowered
    if not ordinal and not first and not placed and not won:
        return []  # most texts hold neither: no pattern is tried
    found = _wins(text) if won else []
    for m in _PLACE.finditer(text) if placed else ():
        written = m.group("o").lower()
        value = float(1 if written == "first" else _ORDINALS.get(written) or int(written[:-2]))
        start = m.start() if m.group()[0].isalpha() else m.start("o")
        found.append(Mention("number", (value,), text[start : m.end()], start, m.end(),
                             unit=f"{RANK}{PLACE}", low=value, high=value,
                             written=RANKED))  # fmt: skip
    for m in _RANK.finditer(text) if ordinal else ():
        written = m.group("o").lower()
        order = _ORDINALS.get(written) or (int(written[:-2]) if written[0].isdigit() else 0)
        noun = m.group("n").lower()
        if not order or noun in STOP_WORDS:
            continue
        sup = m.group("sup") or f"{m.group('most')} {m.group('adj')}"
        scale = _SAME.get(sup.lower(), sup.lower())
        unit = f"{RANK}{scale}:{family(stem(noun))}"
        end = m.end("sup") if m.group("sup") else m.end("adj")
        value = float(order)
        found.append(Mention("number", (value,), text[m.start() : end], m.start(), end,
                             unit=unit, low=value, high=value, written=RANKED))  # fmt: skip
    for m in _FIRST.finditer(text) if first else ():
        noun = m.group("n").lower()
        if noun in STOP_WORDS or _ONE_OF.search(text, max(0, m.start() - 12), m.start()):
            continue  # "one of the largest cities"
        unit = f"{RANK}{_SAME.get(m.group('sup').lower(), m.group('sup').lower())}:"
        start = m.start("sup")
        found.append(Mention("number", (1.0,), m.group("sup"), start, m.end("sup"),
                             unit=unit + family(stem(noun)), low=1.0, high=1.0,
                             written=FIRST))  # fmt: skip
    streak = ("straight", "row", "consecutive", "successive", "running")
    if placed and any(w in lowered for w in streak):
        found += _streaks(text)
    return sorted(found, key=lambda x: x.start)


def ranked(amount: Mention) -> bool:
    """Whether an amount is a rank: like a score, one said at another time is another
    ranking ("2017 was the third-hottest year" for "2019 was the second-hottest year")."""
    return amount.unit.startswith(RANK)
