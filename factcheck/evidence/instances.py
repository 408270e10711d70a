"""Whether a value in a passage is said of the claim's thing or of another one: another
instance of it ("a similar explosion", "the semi-final"), another kind of length (how far
from, against how long), another event on the calendar ("nominations close on 4 April"
against "the election will be held on 6 May"). A value said of another thing is no clash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.evidence.bands import QUALIFIERS
from factcheck.evidence.lexicon import family, maybe_last
from factcheck.evidence.mention import Mention
from factcheck.evidence.motions import motion_on_it
from factcheck.evidence.namedapart import named_apart
from factcheck.evidence.sides import Side, clause_ends_before, known, sentence_at
from factcheck.evidence.wordbefore import word_before
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, stem

# Words before a noun that make it another instance of the claim's thing: "[a similar
# explosion] in 2019", "the last strike" (unless the claim says "last" too), "the old runway"
OTHER_INSTANCE = frozenset(
    "similar another previous earlier separate different former prior last old reverse".split()
)
# Words that, after "a", bring in another thing than the one the story is about, whatever
# its noun: "120 complaints about a different programme", "at a separate protest", "backed a
# smaller tax cut", "accepted a revised offer", "a rival bid".
_ANOTHER_THING = frozenset("different separate smaller larger bigger revised rival".split())
# A place beside the claim's, whatever the claim's is: "in the neighbouring county", "a
# nearby town", "in another city" (unless the claim says so too).
NEARBY = frozenset("neighbouring neighboring nearby adjacent another".split())
_PLACES = frozenset(
    """county counties state states district districts region regions town towns city
    cities village villages province provinces country countries borough suburb reserve
    reserves park parks area areas""".split()
)
# An event of a series by its number, where the claim numbers its own: "the second Test"
# is not "the first Test" (only events: "the first woman to" is a rank, "the first
# quarter" a date).
_ORDINALS = frozenset("first second third fourth fifth sixth seventh opening final".split())
AGAIN = frozenset("second third fourth fifth".split())  # "a second crash": another one
_SERIES = frozenset(
    stem(w)
    for w in "test game match round leg set inning innings race stage heat debate ballot".split()
)
# Nouns of one form of a thing: "an earlier [version] of the bill" is another bill.
_VERSIONS = frozenset("version versions draft drafts edition editions iteration".split())
# Prefixes glued to a noun that name another thing: "the semi-final" is not "the final",
# "the half-marathon" not "the marathon".
_OTHER_PREFIXES = frozenset("semi quarter pre ex vice sub half".split())


def another_instance(claim: Side, passage: Side, *, near: int | None = None) -> bool:
    """Whether the passage says one of the claim's content words of another instance:
    "a similar explosion", "another vote", "the semi-final" (the claim says neither), or
    the claim says one of another instance and the passage the plain one ("the final" for
    "won the semi-final 2-1"), or another race ("the 200 meters" for "the 100 meters").
    With ``near`` (an offset), only in the sentence that holds it: "The plan takes effect
    on January 1. A separate proposal ..." gives the claim's plan its date."""
    if near is not None and named_apart(claim, passage, near):
        return True  # "... is due next weekend. Last weekend's leader, 'Bob Marley' ..."
    mine, content = known(claim, _prefixed), claim.content_stems()
    words = range(len(passage.words)) if near is None else sentence_at(passage, near)
    if any(_of_another(mine, content, passage, i) for i in words):
        return True
    # The passage's races and games are read only for a claim that names one (most do not).
    races = _races(claim.text)
    if races and (theirs := _races(passage.text)) and races.isdisjoint(theirs):
        return True
    if motion_on_it(claim, _text_of(passage, words)):
        return True  # "A motion to delay the tax rise failed 6-7" / "was approved 9-4"
    games = _GAME.findall(claim.text)  # "in Game 4" / "Game 5"
    return (
        bool(games) and bool(found := _GAME.findall(passage.text)) and set(games).isdisjoint(found)
    )


def _text_of(side: Side, words: range) -> str:
    """The text of ``words`` of ``side`` (all of it when they are all its words)."""
    if not words or len(words) == len(side.words):
        return side.text
    return side.text[side.words[words.start].start : side.words[words.stop - 1].end]


# Words that make the claim's thing another one of its kind: "a [similar] resolution",
# "[another] vote" (not "the different openings", "similar measurements": the claim's).
_SIMILAR = frozenset("similar separate different another".split())
# Their stems, as a Side's words have them: a passage without one (its stems, read once
# per side) holds none of the words.
_SIMILAR_STEMS = frozenset(family(stem(word)) for word in _SIMILAR)


def similar_one(claim: Side, passage: Side) -> bool:
    """Whether the passage names one of the claim's things as another of its kind ("had
    abstained on a similar UN resolution" for "backed the UN resolution"): it does not
    state the claim (``stated.not_stated``). Narrower than ``another_instance``: "earlier
    temperatures" may still be the claim's."""
    words, content = passage.words, claim.content_stems()
    if passage.stem_set.isdisjoint(_SIMILAR_STEMS) or _SIMILAR.isdisjoint(w.norm for w in words):
        return False  # most passages
    norms = {w.norm for w in claim.words}
    if claim.calendar or not OTHER_INSTANCE.isdisjoint(norms):
        return False  # the claim dates its own ("Last month's storm"): the dates decide
    other: set[int] = set()  # the claim's words said of another one
    for i in range(len(words) - 1):
        if (
            words[i].norm in _SIMILAR
            and (words[i].norm == "another" or (i > 0 and words[i - 1].norm in ("a", "an")))
            and words[i].norm not in norms
            and not words[i + 1].norm[:1].isdigit()  # "another 50% die": a further share
        ):
            near = range(i + 1, min(i + 3, len(words)))
            other.update(j for j in near if words[j].stem in content)
    # And none said of the claim's own: "which struck down a similar law 5-4 in 2012,
    # upheld the law" states it.
    stems = {words[j].stem for j in other}
    return bool(other) and all(j in other for j, w in enumerate(words) if w.stem in stems)


# A race named by its length: "ran [the 100 meters] in 9.85 seconds", "won the 1,500m", "the
# 400m hurdles": a length after "the" is the event's name, not a distance run, and two
# such names are two races, whose times and lengths are no clash.
_RACE = re.compile(
    r"\bthe\s+(\d[\d,.]*)\s*-?\s*(?:m|meters?|metres?|km|kilomet(?:er|re)s?|miles?)\b", re.I
)


# A game or a stage of a series by its number: "Game 5", "Stage 12", "Week 3".
_GAME = re.compile(r"\b(?:Game|Stage|Round|Week|Leg|Heat)\s+(\d{1,2})\b")


def _races(text: str) -> frozenset[str]:
    """The lengths of the races ``text`` names (``_RACE``), as written ("100", "1,500")."""
    if "the" not in text.lower():
        return frozenset()
    return frozenset(m.group(1).rstrip(".,") for m in _RACE.finditer(text))


def instance_after(claim: Side, passage: Side, at: int) -> bool:
    """Whether the first words after passage word ``at`` (a verb: "lost [the final]")
    name another instance of the claim's thing (``another_instance``): what the verb acts
    on is not the claim's ("Spain lost the final 3-0" for "Spain won the semi-final"); or
    its subject is one ("An earlier version of the bill failed" for "The bill passed")."""
    mine, content = known(claim, _prefixed), claim.content_stems()
    last = min(at + 4, len(passage.words))
    if any(_of_another(mine, content, passage, i) for i in range(at + 1, last)):
        return True
    words = passage.words  # "voted for [an earlier version] of the bill", whatever it is of
    if any(
        words[j].norm in _VERSIONS
        and words[j - 1].norm in OTHER_INSTANCE
        and words[j - 1].norm not in mine.norms
        for j in range(at + 2, last)
    ):
        return True
    if any(
        (words[j].norm in OTHER_INSTANCE or _a_new(words, j))
        and words[j].norm not in mine.norms
        and words[j - 1].norm in _DETERMINERS
        and j + 1 < len(words)
        and not words[j + 1].norm[:1].isdigit()
        for j in range(at + 2, min(at + 3, len(words)))
    ):
        return True  # "dismissed [a separate] claim" for "refused to dismiss the case"
    first = at
    while first > 0 and at - first < _SUBJECT_REACH and not clause_ends_before(passage, first):
        first -= 1
    return any(_of_another(mine, content, passage, i, lo=first) for i in range(first, at))


def _a_new(words: Sequence[Word], j: int) -> bool:
    """Whether word ``j`` is the "new" of "a new": "voted to open [a new] library" acts on
    another library than "close the library" ("the new library" may be the claim's)."""
    return words[j].norm == "new" and words[j - 1].norm in ("a", "an")


# Words before the "separate" of what a verb acts on: "dismissed [a] separate claim".
_DETERMINERS = frozenset("a an the".split())
# How far back a verb's subject is read for another instance ("An earlier version of the
# bill failed").
_SUBJECT_REACH = 6


def _of_another(
    mine: _Prefixed, content: frozenset[str], passage: Side, i: int, *, lo: int = 0
) -> bool:
    """Whether passage word ``i`` is one of the claim's words said of another instance,
    reading no further back than word ``lo``."""
    words = passage.words
    word = words[i]
    prefix, _, noun = word.norm.rpartition("-")
    if prefix in _OTHER_PREFIXES and stem(noun) in content and word.norm not in mine.norms:
        return True  # "the semi-final" against "the final"
    if word.norm in mine.nouns and mine.prefixed.isdisjoint(w.norm for w in words):
        return True  # "the final" against "the semi-final"
    if word.norm in _ANOTHER_THING and i > lo and words[i - 1].norm in ("a", "an"):
        # "about [a different] programme": not the claim's; "down from [a revised] 315,000":
        # a figure (another month's), the numbers' to compare; "[a bigger] drop than the
        # 0.3% fall": a comparison with the claim's
        figure = i + 1 < len(words) and words[i + 1].norm[:1].isdigit()
        compared = any(w.norm == "than" for w in words[i + 1 : i + 3])
        return word.norm not in mine.norms and not figure and not compared
    if word.norm in _PLACES and i and words[i - 1].norm in NEARBY:
        return words[i - 1].norm not in mine.norms  # "in the neighbouring county"
    again = i > lo + 1 and words[i - 1].norm in AGAIN and words[i - 2].norm == "a"
    if again and word.norm not in STOP_WORDS:  # not "a third of": a share
        # "in [a second] crash hours later"; not against the claim's own number ("won a
        # fourth consecutive election" / "a third").
        return words[i - 1].norm not in mine.norms and _ORDINALS.isdisjoint(mine.norms)
    if word.stem in content and word.norm not in STOP_WORDS:
        if word.stem in _SERIES and i > lo and words[i - 1].norm in _ORDINALS:
            numbered, ours = words[i - 1].norm, _ORDINALS & mine.norms
            return numbered not in mine.norms and bool(ours) and not maybe_last(numbered, ours)
        if any(
            words[j].norm in _VERSIONS and words[j - 1].norm in OTHER_INSTANCE
            for j in range(max(lo + 1, i - 3), i)
        ):
            return True  # "an earlier version of the bill", "a previous draft of the report"
        # Not "rose [another] 30cm overnight": "another" before a figure is "a further";
        # nor a verb after a noun it qualifies: "[Former] mayor jailed for four years".
        return any(
            words[j].norm in OTHER_INSTANCE
            and words[j].norm not in mine.norms
            and not words[j + 1].norm[:1].isdigit()
            and not (j < i - 1 and word.norm.endswith("ed") and words[j + 1].norm not in STOP_WORDS)
            for j in range(max(lo, i - 2), i)
        )
    return False


@dataclass(frozen=True)
class _Prefixed:
    """A claim's words as written, those of another instance ("semi-final") and their
    plain nouns ("final"): read once per claim (``sides.known``)."""

    norms: frozenset[str]
    prefixed: frozenset[str]
    nouns: frozenset[str]


def _prefixed(claim: Side) -> _Prefixed:
    norms = frozenset(w.norm for w in claim.words)
    prefixed = {n for n in norms if n.rpartition("-")[0] in _OTHER_PREFIXES}
    nouns = {n.rpartition("-")[2] for n in prefixed} - norms
    return _Prefixed(norms, frozenset(prefixed), frozenset(nouns))


# A passive verb right before "in" and a year: "was [demolished] in 1995".
_PASSIVE_IN = re.compile(r"\b(?:was|were|is|are|been|be)\s+([a-z]+)\s+in\s+\Z", re.I)


def other_verb(claim: Side, passage: Side, theirs: Mention) -> bool:
    """Whether a passage's year dates an event the claim does not name: a passive verb
    the claim lacks before "in" and the year ("was demolished in 1995" is not when "the
    theatre closed", the claim's year 1989). Only a passive: other words before a year
    ("Ireland in 2010", "noted the 1994 reconstruction") may still be the claim's event."""
    m = _PASSIVE_IN.search(passage.text, max(0, theirs.start - 40), theirs.start)
    return m is not None and family(stem(m.group(1).lower())) not in claim.content_stems()


# Words that set another subject's figure against the claim's ("wages grew by 5% while
# prices rose by 7%"). Update copy gives the same subject's figures one after another
# ("eased to 3.7% in September before slowing to 3.2% in October", "rose 4% in the first
# half ... for a total of 12%"): there the claim's figure is never left out.
_CONTRAST = re.compile(r"\b(?:while|whereas|but|compared with|against|than)\b|;", re.I)


def contrasted(text: str, amount: Mention, said: list[Mention]) -> bool:
    """Whether a contrast word stands between ``amount`` and one of the ``said`` amounts."""
    for other in said:
        lo, hi = sorted((amount.end, other.end))
        if _CONTRAST.search(text, lo, hi):
            return True
    return False


def anchor_words(text: str, start: int) -> set[str]:
    """The two content words before an amount (not a qualifier's): what it is said of."""
    return {
        w
        for w in word_before(text, start, words=2).split()
        if len(w) > 2 and w not in _QUALIFIER_STEMS
    }


_QUALIFIER_STEMS = frozenset(stem(w) for q in QUALIFIERS for w in q.split())
