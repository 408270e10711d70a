"""Who won: "City won the derby 2-1" against "United beat City 2-1 in the derby".

Each side's contest outcomes are read as (winner, loser), each a name or None: "X won",
"X beat Y", "Y was beaten by X", "Y lost to X". A name is its last capitalised word, so
"Manchester City" is City and "Manchester United" another side. The passage clashes when
it makes the claim's winner the loser, or its loser the winner, and nowhere gives the
outcome as claimed; it agrees when it gives the claim's winner or loser the same part,
whatever the verb ("City won" / "City defeated United": the same outcome, which the
antonym list alone reads as "won" against "defeated").

Only outcomes of the claim's contest count: the passage names the claim's contest
("derby", "election", "seat") or gives its score ("2-1"), so "City won the derby" is not
against "United beat City in the cup final"; and only contests: "City lost their captain
to injury" is no defeat, "Smith won an award" no victory.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.evidence.doers import is_name
from factcheck.evidence.earlier import another_time
from factcheck.evidence.roles import role_cues
from factcheck.evidence.sides import Side, clause_ends_before, known, make_cue, phrase
from factcheck.workspace import Cue, CueKind, stem

# Verb forms only: "a win", "a defeat", "to win" (an aim) give no outcome.
_WON = frozenset("won wins".split())
_LOST = frozenset("lost loses".split())
_BEAT = frozenset(
    """beat beats beaten defeated defeats overcame edged thrashed routed outscored outplayed
    toppled ousted unseated""".split()
)
# What a contest is called: the claim's must be the passage's too.
_CONTESTS = frozenset(
    stem(w)
    for w in """match game final semi-final quarter-final derby race election vote ballot tie
    title cup league championship tournament contest battle fight bout series round leg
    playoff play-off seat runoff primary case appeal lawsuit referendum""".split()
)
# Words after "won" or "lost" before what was won or lost: "won [their] first title".
_BEFORE_OBJECT = frozenset("the a an their its his her this last first second third".split())
# What may follow "won" or "lost" in a contest: "won 2-1", "lost to Spain", "won on penalties".
_AFTER_CONTEST = frozenset("to against over by on in at after".split())
_BE = frozenset("is are was were be been being get gets got".split())
# How far a name may stand from its verb, in words ("Arsenal narrowly beat Chelsea").
_REACH = 5


class Outcome(NamedTuple):
    """One contest's outcome on a side: the stems of the winner's and the loser's names
    (None where not named) and the words that give it (first, last: names and verb)."""

    winner: str | None
    loser: str | None
    first: int
    last: int


class _Name(NamedTuple):
    stem: str
    at: int


def _name_before(side: Side, v: int) -> _Name | None:
    """The name nearest before word ``v`` in its clause ("[City] narrowly won")."""
    for i in range(v - 1, max(-1, v - 1 - _REACH), -1):
        if clause_ends_before(side, i + 1):
            return None
        if is_name(side, i):
            return _Name(side.words[i].stem, i)
    return None


def _name_from(side: Side, first: int) -> _Name | None:
    """The last word of the name that starts within reach of word ``first``, in its clause
    ("beat [Manchester City]": City)."""
    words = side.words
    for i in range(first, min(len(words), first + _REACH)):
        if i > first and clause_ends_before(side, i):
            return None
        if is_name(side, i):
            while (
                i + 1 < len(words) and is_name(side, i + 1) and not clause_ends_before(side, i + 1)
            ):
                i += 1
            return _Name(words[i].stem, i)
    return None


def _name_after(side: Side, v: int, marks: tuple[str, ...]) -> _Name | None:
    """The name after the first of ``marks`` within reach after word ``v`` ("lost 2-1
    [to] Spain")."""
    words = side.words
    for i in range(v + 1, min(len(words) - 1, v + 1 + _REACH)):
        if clause_ends_before(side, i):
            return None
        if words[i].norm in marks:
            return _name_from(side, i + 1)
    return None


def _in_a_contest(side: Side, v: int) -> bool:
    """Whether "won" or "lost" at ``v`` is of a contest: nothing after it in its clause,
    a score, a contest's name, or a word that goes with one ("to", "on penalties")."""
    words = side.words
    for i in range(v + 1, min(len(words), v + 1 + _REACH)):
        if clause_ends_before(side, i):
            return True
        w = words[i]
        if w.norm in _BEFORE_OBJECT:
            continue
        return w.norm[:1].isdigit() or w.stem in _CONTESTS or w.norm in _AFTER_CONTEST
    return True


def _passive(side: Side, v: int) -> bool:
    words = side.words
    if v > 0 and words[v - 1].norm in _BE:
        return True
    return v > 1 and words[v - 1].norm.endswith("ly") and words[v - 2].norm in _BE


def _outcome(v: int, winner: _Name | None, loser: _Name | None) -> Outcome | None:
    if winner is None and loser is None:
        return None
    at = [v] + [n.at for n in (winner, loser) if n is not None]
    return Outcome(winner.stem if winner else None, loser.stem if loser else None, min(at), max(at))


def outcomes(side: Side) -> list[Outcome]:
    """The contests' outcomes the side gives, each with at least one name."""
    found = []
    for v, w in enumerate(side.words):
        norm = w.norm
        if norm in _WON and _in_a_contest(side, v):
            o = _outcome(v, _name_before(side, v), _name_after(side, v, ("against", "over")))
        elif norm in _LOST and _in_a_contest(side, v):
            o = _outcome(v, _name_after(side, v, ("to",)), _name_before(side, v))
        elif norm in _BEAT and _passive(side, v):
            o = _outcome(v, _name_after(side, v, ("by",)), _name_before(side, v))
        elif norm in _BEAT:
            o = _outcome(v, _name_before(side, v), _name_from(side, v + 1))
        else:
            continue
        if o is not None:
            found.append(o)
    return found


def other_pairing(claim: Side, passage: Side) -> bool:
    """Whether every result the passage gives is between two sides, and none between the
    claim's two: "Spurs beat Chelsea 3-1" is another game than "Arsenal beat Spurs 2-0",
    and its score no clash."""
    mine = [{o.winner, o.loser} for o in known(claim, outcomes)]
    if not mine or any(None in pair for pair in mine):
        return False
    theirs = [{o.winner, o.loser} for o in outcomes(passage)]
    return bool(theirs) and all(None not in pair and pair not in mine for pair in theirs)


def _same_contest(claim: Side, passage: Side) -> bool:
    """Whether the passage names the claim's contest or gives its score."""
    named = {w.stem for w in claim.words if w.stem in _CONTESTS}
    scores = {_score(w.norm) for w in claim.words if w.norm[:1].isdigit() and "-" in w.norm}
    return any(w.stem in named or _score(w.norm) in scores for w in passage.words)


def _score(norm: str) -> tuple[str, ...]:
    """A score either way round: "17-24" is the score of "won 24-17" ("lost 17-24 to")."""
    return tuple(sorted(norm.split("-")))


def outcome_cues(claim: Side, passage: Side) -> tuple[list[Cue], list[tuple[int, int]]]:
    """The passage's outcomes that turn the claim's round (clashes: who won), and the
    spans in the source of every outcome the names settle, as claimed or turned round,
    where an antonym cue would only read "won" against "defeated"."""
    mine = known(claim, outcomes)
    if not mine:
        return [], []
    theirs = outcomes(passage)
    if not theirs or not _same_contest(claim, passage):
        return [], []
    winners = {o.winner for o in theirs} - {None}
    losers = {o.loser for o in theirs} - {None}
    cues, settled = [], []
    for claimed in mine:
        as_claimed = claimed.winner in winners or claimed.loser in losers
        for given in theirs:
            turned = (claimed.winner is not None and claimed.winner == given.loser) or (
                claimed.loser is not None and claimed.loser == given.winner
            )
            same = (claimed.winner is not None and claimed.winner == given.winner) or (
                claimed.loser is not None and claimed.loser == given.loser
            )
            if not (turned or same):
                continue
            start, end = phrase(passage, given.first, given.last)
            settled.append((passage.offset + start, passage.offset + end))
            if turned and not as_claimed:  # "City beat United, and United beat City" is left
                said = claim.text[slice(*phrase(claim, claimed.first, claimed.last))]
                cues.append(make_cue(CueKind.ENTITY, said, passage, start, end, conflict=True))
    return cues, settled


def rematch(claim: Side, passage: Side) -> bool:
    """Whether the passage's result is of another meeting of the claim's sides, dated
    earlier (``earlier.another_time``: "in the reverse fixture", "in last year's
    meeting", "had beaten") or numbered otherwise ("lost the second leg" for "won the first
    leg"). Sides meet again and again: who won another meeting is no clash with the claim's
    result."""
    if not known(claim, outcomes):
        return False
    return another_time(claim, passage) or _numbered_apart(claim.text, passage.text)


# A game of a series by its number: "the second leg", "the third Test".
_NUMBERED = re.compile(
    r"\b(first|second|third|fourth|fifth|opening)\s+(test|game|match|round|leg|innings|race)\b",
    re.I,
)


def _numbered_apart(claim: str, passage: str) -> bool:
    """Whether the passage numbers its game of a series otherwise than the claim does, and
    never as the claim does ("lost the second leg" for "won the first leg"). Not any other
    instance: "City beat United to reach the final" is the semi-final's result."""
    mine = {(a.lower(), b.lower()) for a, b in _NUMBERED.findall(claim)}
    if not mine:
        return False
    theirs = {(a.lower(), b.lower()) for a, b in _NUMBERED.findall(passage)}
    return not mine & theirs and any(b == d for _, b in mine for _, d in theirs)


def turned_in_rematch(claim: Side, passage: Side) -> bool:
    """Whether the passage turns the claim's result round only of another meeting
    (``rematch``): no clash, and it does not state the claim's result either
    (``stated.not_stated``): "City lost 2-1 to United in the reverse fixture" for "City
    won 2-1 against United"."""
    if not rematch(claim, passage):
        return False
    # "India beat England in the second Test" for "England beat India in the first": the
    # roles turned round (``roles``) are the other meeting's too.
    whole = (0, len(passage.words))
    return bool(outcome_cues(claim, passage)[0]) or bool(role_cues(claim, passage, whole))
