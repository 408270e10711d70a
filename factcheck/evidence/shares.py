"""Whether two shares in per cent are said of the same thing: a rise written as a multiple
("doubled", ``compounds.doublings``) against a level ("95% of adults"), and a share of one
population ("nearly a quarter of [adults]") against a passage that never names it ("Smoking
among teenagers has fallen to 3%")."""

from __future__ import annotations

import re

from factcheck.evidence.compounds import DOUBLING
from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.evidence.ratios import HALVING
from factcheck.evidence.sides import Side
from factcheck.evidence.stretches import since_apart
from factcheck.workspace import STOP_WORDS, stem

# The words right before a share that make it a rise: "rose [95%]", "up [20%]", "by [80%]".
_RISE = re.compile(
    r"\b(?:rose|risen|rises|rising|grew|grown|grows|growing|increased|increases|jumped|"
    r"climbed|soared|surged|gained|leapt|(?<!made )(?<!make )(?<!makes )(?<!making )up|by|"
    r"(?:rise|increase|growth|jump|gain) of)\s+\Z",
    re.I,
)  # not "made up [16%] of sales": a level
# A change of either sign, said by its verb: "rose by [4%]", "fell [3%]", "down [2%]".
_CHANGE = re.compile(
    r"\b(?:rose|risen|rises|grew|grown|grows|increased|increases|jumped|climbed|soared|"
    r"surged|gained|fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases|"
    r"shrank|shrunk|slipped|slumped|plunged|cut|(?:rise|increase|growth|fall|drop|cut|"
    r"decline) of)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|"
    r"more than\s+|over\s+|just\s+)?\Z",
    re.I,
)
SHARES = frozenset({"%", "pp"})
_MULTIPLES = frozenset({DOUBLING, HALVING})
# A name before the noun is whose they are: "81% of Aslef [members]", "of UK [adults]".
_POPULATION = re.compile(
    r"\s*(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+)?(?:[A-Z][A-Za-z]*\s+(?=[a-z]+\b))?([A-Za-z]+)"
)


def other_share(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the passage's share is not the claim's: one is a rise written as a multiple
    and the other is no rise ("doubled" / "95% of adults"), or the claim's share is of a
    population the passage never names and the two differ ("a quarter of adults" /
    "teenagers ... 3%"; "4% of worldwide emissions" and "4% of global emissions" agree)."""
    if mine.unit != "%" or theirs.unit != "%":
        return False
    for amount, side in ((mine, claim), (theirs, passage)):
        if amount.written not in _MULTIPLES:
            continue
        other, text = (theirs, passage.text) if side is claim else (mine, claim.text)
        if other.written in _MULTIPLES and other.written != amount.written:
            return True  # "doubled" / "halved": the direction is the antonym cue's
        rise = _RISE.search(text, max(0, other.start - 30), other.start)
        if other.written not in _MULTIPLES and rise is None:
            return True
    if _level_and_change(claim, mine, passage, theirs):
        return True  # "a quarter of the budget" / "the budget rose by 4%"
    if since_apart(claim, passage, theirs.start):
        return True  # "fell 8% on Tuesday" / "have risen 40% since January"
    if mine.low <= theirs.high and theirs.low <= mine.high:
        return False  # the same share agrees, whatever words name its population
    population = _population(claim.text, mine)
    if population and not _named(population, passage):
        return True
    # And the other way round: "rose from 4% to 5%" / "rose in 40% of the regions"
    theirs_of = _population(passage.text, theirs)
    return bool(theirs_of) and not _named(theirs_of, claim)


# The families of a vote's own count: "62% of [the vote]", "of [votes] cast", "of [ballots]".
_VOTE = frozenset(family(stem(w)) for w in "vote votes ballot ballots".split())
# Verbs that give a vote's share without naming the vote: "backed the deal [by 92%]".
_VOTING = frozenset(
    family(stem(w))
    for w in "voted backed supported approved opposed rejected won elected passed".split()
)


def _named(population: str, side: Side) -> bool:
    """Whether a share's population is named on the other side: its word is there, or it
    is the vote itself ("with 62% of the vote") and the other side reports a vote ("backed
    the pay deal by 92%"): a share of a ballot is what a vote's share is, named or not."""
    families = {family(w.stem) for w in side.words}
    return population in families or (population in _VOTE and not families.isdisjoint(_VOTING))


def _level_and_change(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether one share is a level ("a quarter of [the budget]", "16% of sales", "from 4%
    to 6%") and the other a change said by its verb ("the budget rose by [4%]", "rose
    50%"): a share of a thing and the rate it changed at are two figures, never one mixed
    up."""
    sides = ((mine, claim.text), (theirs, passage.text))
    changes = [_changed(t, m.start) for m, t in sides]
    if changes[0] == changes[1]:
        return False
    (level, text), _ = sides if changes[1] else sides[::-1]
    # "of the budget", or two levels read as a range: "from [4% to 6%]" (not "growth to
    # 2.5%", which may be the change's own figure)
    ends = level.low < level.high and text[max(0, level.start - 5) : level.start] == "from "
    return ends or bool(_population(text, level))


# A share set beside a change's amount is the change's: "cut the budget by £2.4m, [a
# quarter] of its total" says it was cut by a quarter (an amount with its unit or its
# currency: not "By 2012, 10% of electricity").
_BESIDE_CHANGE = re.compile(
    r"\bby\s+(?:[£$€][\d.,]+\s*(?:[a-z]{1,2}|million|billion)?"
    r"|[\d.,]+\s*(?:[a-z]{1,2}|million|billion|jobs|people))\b,\s*\Z",
    re.I,
)


def _changed(text: str, start: int) -> bool:
    """Whether the share starting at ``start`` is a change said by its verb (``_CHANGE``)."""
    before = max(0, start - 30)
    return bool(_CHANGE.search(text, before, start) or _BESIDE_CHANGE.search(text, before, start))


def _population(text: str, share: Mention) -> str:
    """The noun a share is of ("nearly a quarter of [adults]", "66% of [voters]"), by
    family, or "" when no "of" follows it."""
    of = share.text.lower().endswith(" of")
    m = _POPULATION.match(text, share.end)
    if m is None or not (of or text[share.end : m.start(1)].strip().lower().startswith("of")):
        return ""
    word = m.group(1).lower()
    return "" if word in STOP_WORDS else family(stem(word))


# The word before a share that gives its level, not a change: "fell [to] 2%", "was [at] 5%".
_LEVEL = re.compile(r"\b(?:to|at|from|of|was|is|were|are|stood|stands)\s*$", re.I)


def share_against_level(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether a change in percentage points meets a level in per cent (or the other way
    round): "fell 2 percentage points" and "fell to 2%, from 4%" (true) are not the unit
    mixed up. Only a change in per cent after its verb is ("fell 3%")."""
    if {mine.unit, theirs.unit} != SHARES:
        return False
    share, text = (mine, claim.text) if mine.unit == "%" else (theirs, passage.text)
    return _LEVEL.search(text, max(0, share.start - 12), share.start) is not None
