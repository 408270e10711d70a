"""A day of the week of another thing that happened to the claim's subject: "The minister
gave a speech on Monday" is no clash with "The minister resigned on Tuesday" (``aside``)."""

from __future__ import annotations

import re

from factcheck.evidence.lexicon import SPEECH_VERBS
from factcheck.evidence.mention import Mention
from factcheck.evidence.numbers import MONTHS, WEEKDAYS
from factcheck.evidence.sides import Side
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import stem


def day_of_another(claim: Side, passage: Side) -> bool:
    """Whether the passage shares one content word only with the claim, of several, and it
    names no event: its day of the week dates another thing that happened to the claim's
    subject ("The minister gave a speech on Monday" for "The minister resigned on
    Tuesday"), where "The vote took place on Monday" for "The vote was held on Tuesday"
    dates one event. Only days of the week: a story's days are mostly several events of
    one week, where its months and dates are more often one event's, said in other words
    ("The report came out on 19 March" for "The report was published on 12 March")."""
    content = claim.content_stems()
    mine = {w.stem for w in claim.words if w.stem in content and not _dating(w.norm)}
    shared = mine & passage.stem_set
    if not len(shared) <= 1 < len(mine):
        return False
    # An event named only as a time to reckon from ("reopened on Thursday [after] the
    # storm") is not the one dated.
    words = passage.words
    return not any(
        w.stem in shared & _EVENTS and not _reckoned_from(words, i) for i, w in enumerate(words)
    )


# Words that name an event as a time to reckon from: "after the storm", "since the vote".
_FROM = frozenset("after before since following until ahead".split())


def _reckoned_from(words: list[Word], i: int) -> bool:
    j = i - 1
    while j >= 0 and words[j].norm in ("the", "a", "an", "this", "that", "last"):
        j -= 1
    return j >= 0 and words[j].norm in _FROM


def _dating(norm: str) -> bool:
    """Whether a word is part of a date: a figure, a month, a day of the week."""
    return norm[:1].isdigit() or norm in MONTHS or norm in WEEKDAYS


# Nouns that name an event: a day of the week shared with one is that event's.
_EVENTS = frozenset(
    stem(w)
    for w in """vote ballot election referendum poll match game final race meeting summit talks
    hearing trial verdict ceremony festival concert strike walkout protest rally march parade
    conference launch opening debate attack explosion blast fire crash storm earthquake flood
    wedding funeral auction premiere release exhibition visit inauguration""".split()
)


# A weekday right after a verb of saying dates the saying, not what was said: "called a
# strike for May 9, the union said on Monday" gives no day of the strike. Up to three
# words between ("told reporters on Monday", "said in a statement on Monday").
_SAID_ON = re.compile(
    r"\b(?:" + "|".join(SPEECH_VERBS) + r")(?:\s+[a-z]+){0,3}?\s+(?:on\s+|late\s+)?\Z", re.I
)


def day_of_saying(text: str, day: Mention) -> bool:
    """Whether the weekday ``day`` is the day something was said ("the union said on
    [Monday]")."""
    return _SAID_ON.search(text, max(0, day.start - 60), day.start) is not None
