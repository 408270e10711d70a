"""Scoring one sentence for check-worthiness: a transparent sum of weighted signals.

The writer's own opinion (outside quotation marks), questions and speculation
score down or are left out; numbers, dates, names, quotations and attributed
statements score up. No I/O and no model: a reviewer can see why a sentence scored.
"""

from __future__ import annotations

from factcheck.claims.names import looks_like_heading, names_in
from factcheck.claims.signals import (
    ATTRIBUTION,
    BRACKETED,
    CAUSE,
    COMPARISON,
    DATE,
    DESK_NOTE,
    FIRST_PERSON,
    MAX_NAMES,
    NUMBER,
    OPINION,
    QUANTITY,
    QUOTED,
    SPECULATION,
    WEIGHTS,
    WORD,
    Signal,
)

MIN_WORDS = 5


def outside_quotes(text: str) -> str:
    return QUOTED.sub(" ", text)


def score_sentence(
    text: str, *, known_names: frozenset[str] = frozenset()
) -> tuple[float, tuple[Signal, ...]] | None:
    """The check-worthiness of one sentence and its signals, or None if it is no claim.

    None for questions, headings, fragments under MIN_WORDS words, notes to the desk
    (``Draft for the Sunday edition — not for publication.``, a ``[bracketed note]``)
    and sentences without a single verifiable feature. ``known_names`` (see mid_sentence_names)
    lets a name opening the sentence count.
    """
    flat = " ".join(text.split())
    if len(WORD.findall(flat)) < MIN_WORDS or looks_like_heading(flat):
        return None
    own_voice = outside_quotes(flat)
    if own_voice.rstrip().endswith("?"):
        return None
    quoted = own_voice != flat
    attributed = bool(ATTRIBUTION.search(own_voice))
    desk = DESK_NOTE.search(own_voice)
    # The draft speaking to its editors: its date or name is no claim. Someone else's
    # words ("the ministry said the report was not for publication") are reported fact,
    # unless the note opens the sentence ("Note to the desk: the minister said ...").
    if BRACKETED.match(flat) or (desk and (not attributed or desk.start() == 0)):
        return None
    found: list[Signal] = []
    score = 0.0

    def add(signal: Signal, times: int = 1) -> None:
        nonlocal score
        found.append(signal)
        score += WEIGHTS[signal] * times

    if NUMBER.search(flat):
        add(Signal.NUMBER)
    if DATE.search(flat):
        add(Signal.DATE)
    if QUANTITY.search(flat):
        add(Signal.QUANTITY)
    if COMPARISON.search(flat):
        add(Signal.COMPARISON)
    if CAUSE.search(flat):
        add(Signal.CAUSE)
    names = {n.lower() for n in names_in(flat, known_names)}
    if names:
        add(Signal.NAME, min(len(names), MAX_NAMES))
    if quoted:
        add(Signal.QUOTE)
    if attributed:
        add(Signal.ATTRIBUTION)
    # The writer's own voice only: an opinion inside a quotation, or reported as someone's
    # ("Minsk said such incidents should not happen again"), is a fact about a speaker.
    if OPINION.search(own_voice) and not attributed:
        add(Signal.OPINION)
    if SPECULATION.search(own_voice) and not attributed:
        add(Signal.SPECULATION)
    if FIRST_PERSON.search(own_voice) and not attributed:
        add(Signal.FIRST_PERSON)
    if not any(WEIGHTS[s] > 0 for s in found):
        return None
    return score, tuple(found)
