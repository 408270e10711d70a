"""What a percentage is said of: a passage's share of a measure the claim does not name is
no clash with the claim's ("Inflation was 3.2%" for "The bank cut rates to 4%"), for
``aside``."""

from __future__ import annotations

from itertools import pairwise

from factcheck.evidence.lexicon import PARTS
from factcheck.evidence.mention import Mention
from factcheck.evidence.numbers import MONTHS, WEEKDAYS
from factcheck.evidence.scope import SIZE_SIDES
from factcheck.evidence.sides import Side, clause_ends_before, word_at
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, stem

# How far back in its clause a figure's measure is looked for (as ``aside``'s "among").
_AMONG_REACH = 8


def share_of_another(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether a passage's percentage, not the claim's, is said of a measure the claim does
    not name: the content words before it in its clause ("[Inflation] was 3.2% when ...")
    are there and none is a word of the claim's ("The bank cut rates to 4%"), nor of those
    after it up to a word that opens another clause ("A poll found 45% [backed the plan]"
    is the claim's plan); times and verbs of change name no measure (``_measure_word``). A
    percentage has no counted noun to tell its measure by, as "200 jobs" has; one with no
    words before it ("..., with 78% voting in favour") is left."""
    if mine.low <= theirs.high and theirs.low <= mine.high:
        return False  # the claim's figure: an agreement stays one
    words = passage.words
    at = word_at(passage, theirs.start)
    before, after = _measures_before(passage, theirs), []
    for j in range(word_at(passage, theirs.end), min(len(words), at + 6)):
        if clause_ends_before(passage, j) or words[j].norm in _OPENS_A_CLAUSE:
            break
        if _measure_word(words[j]):
            after.append(words[j].stem)
    content = claim.content_stems()
    if _part_of(before, content):
        return True  # "[Youth] unemployment stood at 12.1%" for "Unemployment fell to 4.2%"
    if _BALLOT_MEASURES.intersection(_measures_before(passage, theirs, reach=12)) - content:
        return True  # "[Turnout] among union members was 64%" for "voted 72% in favour"
    if before and before[0] not in content and content.isdisjoint(after):
        # Two changes, each of a measure missing from the other side: "Kessler's [profit]
        # fell 5%" for "Kessler's [revenue] grew 12%", though both name the company (and
        # none after the passage's: "45% [backed the plan]"). Only changes: a verb before
        # a figure is no measure ("devastated 93%" / "killed 29 to 50 percent").
        ours = _measures_before(claim, mine)
        changes = _change_before(claim, mine) and _change_before(passage, theirs)
        if changes and ours and ours[0] not in passage.stem_set:
            return True
    return bool(before) and not any(stem in content for stem in before + after)


def _change_before(side: Side, figure: Mention) -> bool:
    """Whether the word right before a figure, past "by" and "to", is a verb of change."""
    j = word_at(side, figure.start) - 1
    while j >= 0 and side.words[j].norm in ("by", "to"):
        j -= 1
    return j >= 0 and side.words[j].stem in _CHANGES


def _measures_before(side: Side, figure: Mention, *, reach: int = _AMONG_REACH) -> list[str]:
    """The stems of the words that may name a figure's measure (``_measure_word``) before
    it in its clause, nearest first, at most ``reach`` words back."""
    words = side.words
    at = word_at(side, figure.start)
    found = []
    for j in range(at - 1, max(-1, at - 1 - reach), -1):
        if _measure_word(words[j]) and not words[j].norm[:1].isdigit():
            found.append(words[j].stem)
        if j and clause_ends_before(side, j):
            break
    return found


def _measure_word(word: Word) -> bool:
    """Whether a word may name what a percentage measures: not a stop word, a time ("in
    June", "last year") or a verb of change ("House prices fell 2% last year" shares only
    those with "Rents rose 8% last year": another measure)."""
    return not (word.norm in STOP_WORDS or word.norm in _TIMES or word.stem in _CHANGES)


_TIMES = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        *"last next this year years month months week weeks day days quarter"
        " today yesterday".split(),
    ]
)
_CHANGES = SIZE_SIDES[0] | SIZE_SIDES[1]


def _part_of(before: list[str], content: frozenset[str]) -> bool:
    """Whether the claim's measure, the nearest of the claim's words before a percentage,
    is qualified there by a word of ``lexicon.PARTS`` the claim does not use (``before``: the
    stems of the content words before the figure, nearest first)."""
    # Any of the claim's words, not only the nearest: "[Youth] unemployment in Spain fell to
    # 26%" qualifies "unemployment", though "Spain" stands nearer the figure.
    parts = PARTS - content
    return any(s in content and nxt in parts for s, nxt in pairwise(before))


# Words that open another clause after a figure: "3.2% [when] the bank met".
_OPENS_A_CLAUSE = frozenset(
    "when while as after before and but because since although though whereas which who".split()
)


# The measures of a ballot or a poll beside its result: a turnout or a margin of error is no
# share of the vote ("Turnout in the strike ballot was 64%" for "Members voted 72% in favour").
_BALLOT_MEASURES = frozenset({stem("turnout"), stem("error")})
