"""Figures a passage gives beside the claim's, of something else: the size of a group a
count is taken from ("None of the [12] candidates", "two of its [40] members"), a figure that was
expected rather than counted ("Organisers had expected 1,000 people"), and a figure of a
part of the population the claim does not name ("Unemployment among young people was
11.2%"), and a day of the week of another thing that happened to the claim's subject ("The
minister gave a speech on Monday" for "The minister resigned on Tuesday"). Such a figure is
no clash with the claim's, whatever its value.

Each question reads a few characters or words before the figure, and only for a figure that
would otherwise clash.
"""

from __future__ import annotations

import re

from factcheck.evidence.earlier import dated_earlier_after
from factcheck.evidence.elsewhere import other_place
from factcheck.evidence.fates import FATES, of_another_fate
from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.evidence.otherdays import day_of_another, day_of_saying
from factcheck.evidence.outcomes import other_pairing
from factcheck.evidence.relative import relative_to
from factcheck.evidence.shareof import share_of_another
from factcheck.evidence.sides import Side, clause_ends_before, word_at
from factcheck.evidence.subjectof import subject_apart
from factcheck.evidence.units import CURRENCIES
from factcheck.evidence.wholes import part_or_rate_apart
from factcheck.workspace import STOP_WORDS, stem

# "none of the 12", "two of its 40": the figure is how many there were in all, not how
# many the verb is said of ("None of the 12 candidates won a majority"). Not "all 120"
# nor "all of the 120": all of them ("All 120 passengers were hurt" counts the hurt).
_GROUP = re.compile(
    r"\b(?:none|each|any|both|neither|most|some|many|several|few|half|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|\d[\d,]*)\s+of\s+(?:the|its|their|these|those|his|her"
    r"|our)\s+\Z",
    re.I,
)
# Words that make a figure an expectation: "had expected 1,000", "a forecast 5,000".
_EXPECTED = frozenset(
    stem(w)
    for w in """expected expect expects forecast forecasts predicted predict projected
    anticipated hoped planned targeted target""".split()
)
_EXPECT_REACH = 3
# And a figure still needed: "The petition needs 10,000 signatures to trigger a debate" is
# no count of those who signed. Only the present: "needed 12 stitches" reports them.
_NEEDS = frozenset("need needs require requires".split())
# A figure that is a limit, not a count or a level: what a place holds and a peak ("The
# hall holds 1,000 people" for "Roughly 300 attended", "peaked at 11%" for "fell to 3%").
_LIMITS = frozenset(stem(w) for w in "holds capacity seats peaked peak".split())
_POSSESSIVE = ("'s", "\u2019s")  # "Tuesday's schedule"
# Words of a claim about what is to come, which an expected figure answers ("may" is also
# a month).
_FUTURE = frozenset("will would shall could might 'll".split())
# How far back in its clause a figure's "among" is looked for.
_AMONG_REACH = 8
# What a sum of money is: a word of one of these groups just before it ("a [budget] of $2
# million", "annual [revenue] is about $12 billion"). A sum said of a group none of whose
# words the claim uses is another sum ("The mayor earns $150,000" is not the office's
# budget); words of one group are one thing ("earns" and "salary", "fined" and "penalty").
_MONEY_GROUPS = {
    stem(word): group
    for group, words in {
        "pay": "pay paid salary salaries wage wages earn earns earned income",
        "revenue": "revenue revenues sales turnover",
        "profit": "profit profits",  # not "earnings": its stem is "earn"
        "debt": "debt debts borrowing borrow borrowed loan loans lend lent",  # one sum lent
        "worth": "worth value valued valuation",
        "fine": "fine fined fines penalty penalties",
        # What a thing costs is what is spent on it and its budget: "spent about £1.2m on
        # the library" / "The library cost £1.18 million"; "cost up to £40m" / "its budget
        # was capped at £40 million".
        "cost": "cost costs price priced budget budgets spending spend spends spent",
        # A grant pays part of a cost: "A grant of €3,000 covers part of the cost" is no
        # price of "The heat pump costs €9,000".
        "grant": "grant grants subsidy subsidies",
        # A deficit or a surplus is no budget: "The budget deficit is £30bn".
        "deficit": "deficit deficits surplus surpluses shortfall",
    }.items()
    for word in words.split()
}
_MONEY_REACH = 5  # "[revenue] in the quarter was $12.1 billion"
# Words right before a word of money that name one kind of the sum: "the stadium's
# [running] costs are £40m" is not what "The stadium cost £1.2bn to build" gives. Not
# "annual": "The city's annual budget" is the city's budget.
_SUM_KINDS = frozenset(
    stem(w) for w in "running operating maintenance upkeep legal staff energy fuel".split()
)


def group_size(text: str, amount: Mention) -> bool:
    """Whether the figure is the size of a group a count is taken from: "none of the 12
    candidates", "three of the 40 passengers"."""
    start = max(0, amount.start - 30)
    # Every group's words hold an "of", looked for at C speed first (most figures have
    # none before them): the pattern, under IGNORECASE, is tried at every character. No
    # character but "O" and "F" lower-cases to (or, under IGNORECASE, matches) "o" or "f".
    if "of" not in text[start : amount.start].lower():
        return False
    return _GROUP.search(text, start, amount.start) is not None


# A game's values: its score and its day, another game's when the sides differ.
_OF_A_GAME = frozenset({"tally", "weekday", "date"})


def aside(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the passage's figure is of something else than the claim's (see the
    module's docstring): an expectation the claim does not state, or a figure said of a
    part of the population ("among young people") the claim does not name. A group's
    size is compared only with a group's size ("none of the 12" / "none of the 10")."""
    if mine.kind == theirs.kind and mine.kind in _OF_A_GAME and other_pairing(claim, passage):
        return True  # "Spurs beat Chelsea 3-1 on Saturday" for "Arsenal beat Spurs on Sunday"
    if mine.kind == theirs.kind == "weekday":  # "Tuesday's schedule" names another thing
        owner = passage.text.startswith(_POSSESSIVE, theirs.end) and mine.value != theirs.value
        if day_of_saying(passage.text, theirs) and not day_of_saying(claim.text, mine):
            return True  # "a strike for May 9, the union said on Monday" / "Thursday 9 May"
        return owner or day_of_another(claim, passage)
    if theirs.kind != "number" or mine.kind != "number":
        return False
    if group_size(claim.text, mine) != group_size(passage.text, theirs):
        return True  # "None of the 12 candidates" for "No candidate won"
    # Figures that would clash: of a part, of a rate or of another place, they are not the
    # claim's ("accounted for £12bn of the total", "45 offences per 1,000 people", "Airfares
    # to Italy fell 5%" for "Airfares to Spain rose 15%"); the same figure still agrees.
    apart = theirs.high < mine.low or mine.high < theirs.low
    if apart and (
        part_or_rate_apart(claim, mine, passage, theirs)
        or other_place(claim, passage)
        or subject_apart(claim, mine, passage, theirs)  # "Parking costs £10" / "Tickets"
    ):
        return True
    relative = relative_to(passage.text, theirs)
    if relative not in ("", relative_to(claim.text, mine, loose=True)):
        # "54%, down from 61%", "5C above the average": not the level itself. A usual
        # level that meets the claim's still gives it ("usually takes 40 minutes").
        meets = mine.low <= theirs.high and theirs.low <= mine.high
        return not (relative == "usual" and meets)
    if mine.unit == "%" == theirs.unit and share_of_another(claim, mine, passage, theirs):
        return True  # "Inflation was 3.2%" for "The bank cut rates to 4%"
    if mine.then in FATES and dated_earlier_after(claim, passage, theirs.end):
        return True  # "12 people died there last year" for "Three people died in the crash"
    if of_another_fate(claim, mine, passage, theirs):
        return True  # "12 people were arrested at the protest" for "drew 5,000 people"
    if _of_another_year(claim, mine, passage, theirs):
        return True  # "28 million passengers in 2021, down from its 2019 peak" for 2019's
    if mine.unit in CURRENCIES and _each_and_all(claim.text, mine, passage.text, theirs):
        return True  # "will cost £250,000 each" / "The scheme will cost £25m in total"
    at = word_at(passage, theirs.start)
    content = claim.content_stems()
    if theirs.unit in CURRENCIES and _sum_of_another(claim, mine, passage, at):
        return True  # "the office has a budget of $2 million" for "The mayor earns $150,000"
    if theirs.unit in CURRENCIES and _spent_on_another(claim, mine, passage, theirs):
        return True  # "spent £3m on parks" for "will spend £5m on roads"
    # The words before it in its clause: "Under the plan, [a fifth of ...]" has none.
    before = (
        range(at - 1, max(-1, at - 1 - _AMONG_REACH), -1)
        if at and (at >= len(passage.words) or not clause_ends_before(passage, at))
        else ()
    )
    for j in before:
        word = passage.words[j]
        if j >= at - _EXPECT_REACH and word.stem in _LIMITS and word.stem not in content:
            return True  # "The hall holds 1,000 people", "peaked at 11% in 2022"
        expected = word.stem in _EXPECTED or word.norm in _NEEDS
        if j >= at - _EXPECT_REACH and expected and word.stem not in content:
            # "Organisers had expected 1,000 people" for "300 attended"; but "The repairs
            # are expected to cost $800,000" is what "will cost at least $1m" foretells.
            return not any(w.norm in _FUTURE for w in claim.words)
        if word.norm == "among" and j + 1 < at:
            named = passage.words[j + 1]
            if named.norm not in STOP_WORDS and family(named.stem) not in _families(claim):
                return True  # "Unemployment among young people was 11.2%"
        if j and clause_ends_before(passage, j):
            break
    return False


def _sum_of_another(claim: Side, mine: Mention, passage: Side, at: int) -> bool:
    """Whether the word of money nearest before passage word ``at`` in its clause names a
    sum of a group (``_MONEY_GROUPS``) none of whose words the claim uses (for ``mine``,
    the claim's sum)."""
    for j in range(at - 1, max(-1, at - 1 - _MONEY_REACH), -1):
        group = _MONEY_GROUPS.get(passage.words[j].stem)
        if group is not None:
            if all(_MONEY_GROUPS.get(w.stem) != group for w in claim.words):
                # But a claim's price named by no word of money is the one the passage
                # prices ("The phone starts at $699" / "is priced from $699").
                return not (group == "cost" and _price(claim, mine))
            kind = passage.words[j - 1].stem if j else ""
            return kind in _SUM_KINDS and kind not in claim.stem_set  # "[running] costs"
        if j and clause_ends_before(passage, j):
            break
    return False


def _price(claim: Side, mine: Mention) -> bool:
    """Whether the claim's sum follows "at", "from" or "for" ("starts at $699", "sells for
    $20"): a price, though no word of money names it."""
    j = word_at(claim, mine.start) - 1
    return j >= 0 and claim.words[j].norm in ("at", "from", "for")


def _families(side: Side) -> set[str]:
    return {family(w.stem) for w in side.words}


# How far after a figure its year is looked for, in characters ("40 million passengers in
# 2019").
_YEAR_REACH = 30


def _year_after(side: Side, figure: Mention) -> object | None:
    """The year given right after a figure in its clause, or None."""
    for m in side.mentions:
        if m.kind == "year" and 0 <= m.start - figure.end <= _YEAR_REACH:
            between = side.text[figure.end : m.start]
            return None if any(ch in ",;:.()" for ch in between) else m.value[0]
    return None


def _of_another_year(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the passage's figure is dated to another year than the claim's, which the
    passage names elsewhere ("handled 28 million passengers in 2021, down from its 2019
    peak" for "40 million passengers in 2019"): the passage's figure is another year's.
    Where the passage names no year of the claim's, the year clashes too, and the two
    clashes are read together (``occasions.another_period``)."""
    year = _year_after(claim, mine)
    if year is None:
        return False
    given = _year_after(passage, theirs)
    return (
        given is not None
        and given != year
        and any(m.kind == "year" and m.value[0] == year for m in passage.mentions)
    )


def _spent_on(side: Side, figure: Mention) -> str | None:
    """The stem of what a sum is spent on: the last content word of the words after "on"
    right after it, up to a stop word or the clause's end ("£5m on new [roads] and parks"),
    or the verb after "to" ("cost £1.2bn to [build]", "costs £40m a year to [run]")."""
    words = side.words
    i = word_at(side, figure.end)
    if i >= len(words) or words[i].norm not in ("on", "to") or clause_ends_before(side, i):
        return None
    if words[i].norm == "to":
        after = words[i + 1] if i + 1 < len(words) else None
        purpose = after is not None and after.norm.isalpha() and after.norm not in STOP_WORDS
        return after.stem if purpose and after is not None else None
    found = None
    for j in range(i + 1, min(len(words), i + 4)):
        if clause_ends_before(side, j) or (found and words[j].norm in STOP_WORDS):
            break
        if words[j].norm not in STOP_WORDS:
            found = words[j].stem
    return found


def _spent_on_another(claim: Side, mine: Mention, passage: Side, theirs: Mention) -> bool:
    """Whether the two sums are spent on different things, neither named by the other side
    ("spent £3m on parks" for "will spend £5m on roads")."""
    ours, their = _spent_on(claim, mine), _spent_on(passage, theirs)
    return (
        ours is not None
        and their is not None
        and ours != their
        and ours not in passage.stem_set
        and their not in claim.stem_set
    )


# A sum for each one of a thing is no sum for all of them: "The new homes will cost
# £250,000 each" says nothing against "The scheme will cost £25m in total".
_EACH = re.compile(r"\s*(?:each|apiece|a head|per head|per person)\b", re.I)
_ALL = re.compile(r"\s*(?:in total|altogether|overall|in all)\b", re.I)


def _each_and_all(claim: str, mine: Mention, passage: str, theirs: Mention) -> bool:
    """Whether one side's sum is for each one ("£250,000 each") and the other's for all
    ("£25m in total")."""
    each = _EACH.match(claim, mine.end), _EACH.match(passage, theirs.end)
    whole = _ALL.match(claim, mine.end), _ALL.match(passage, theirs.end)
    return bool((each[0] and whole[1]) or (each[1] and whole[0]))
