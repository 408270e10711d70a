"""The signals of check-worthiness: what each is, its weight, and the patterns that find it.

``factcheck.claims.scoring`` adds them up; keeping the patterns apart keeps the
scoring readable and lets a reviewer see every word list in one place.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Signal(StrEnum):
    """Why a sentence was scored up (or down)."""

    NUMBER = "number"
    DATE = "date"
    QUANTITY = "quantity"
    COMPARISON = "comparison"
    NAME = "name"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    CAUSE = "cause"
    OPINION = "opinion"
    SPECULATION = "speculation"
    FIRST_PERSON = "first-person"


WEIGHTS = {
    Signal.NUMBER: 2.0,
    Signal.DATE: 2.0,
    Signal.QUANTITY: 1.0,
    Signal.COMPARISON: 1.0,
    Signal.NAME: 1.0,  # per name, up to MAX_NAMES
    Signal.QUOTE: 1.0,
    Signal.ATTRIBUTION: 1.5,
    Signal.CAUSE: 2.0,
    Signal.OPINION: -4.0,
    Signal.SPECULATION: -1.0,
    Signal.FIRST_PERSON: -2.0,
}
MAX_NAMES = 3

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "half quarter"
)
DATE = re.compile(
    r"\b(?:(?:" + "|".join(MONTHS.split()[:12]) + r"|" + "|".join(WEEKDAYS.split()) + r")"
    r"|(?:1[89]|20)\d\d|yesterday|today|tonight|tomorrow"
    r"|(?:last|next|this) (?:week|month|year|spring|summer|autumn|winter)"
    r"|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|gmt|utc|local time)\b",
    re.I,
)
NUMBER = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS.split()) + r")\b", re.I)
QUANTITY = re.compile(
    r"%|\bper ?cent\b|[$€£]|\b(?:km|kilomet(?:re|er)s?|miles?|tonnes?|tons?|dollars?|euros?"
    r"|pounds|people|killed|dead|injured|wounded|troops|servicemen|soldiers|percent)\b",
    re.I,
)
COMPARISON = re.compile(
    r"\b(?:more|less|fewer|larger|largest|bigger|biggest|smaller|smallest|higher|highest"
    r"|lower|lowest|first|most|least|record[- ](?:high|low|level|number)s?|doubled?|tripled?"
    r"|majority|only|never|worst|always|every|everyone|everybody|nobody|no one"
    r"|best-selling|increas(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|rose|fell|grew|ris(?:e[sn]?|ing)"
    r"|declin(?:e[sd]?|ing)|grow(?:s|n|ing)?|shr[iu]nk(?:s|ing)?|drop(?:s|ped|ping)?"
    r"|fall(?:s|en|ing)?|accelerat(?:e[sd]?|ing)|twice|half)\b",
    re.I,
)
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|announced|announces|claimed|claims"
    r"|confirmed|confirms|denied|denies|reported|reports|stated|states|insisted|admitted"
    r"|warned|pledged|promised|accused|demanded|rejected|agreed|summoned|per)\b"
    # "scientists say", but not "Brussels should say so": that is the writer's demand.
    r"|(?<!should )(?<!must )(?<!would )(?<!could )(?<!to )(?<!will )(?<!not )\bsay\b",
    re.I,
)
# Cause and effect: "carbon dioxide drives warming", "masks reduce the spread".
CAUSE = re.compile(
    r"\b(?:caus(?:e[sd]?|ing)|driv(?:e[sn]?|ing)|drove|lead(?:s|ing)? to|led to"
    r"|result(?:s|ed|ing)? in|linked to|responsible for|contribut(?:e[sd]?|ing) to"
    r"|prevent(?:s|ed|ing)?|reduc(?:e[sd]?|ing)|kill(?:s|ed|ing)?|spread(?:s|ing)?"
    r"|infect(?:s|ed|ing)?|cure[sd]?|protect(?:s|ed|ing)? against|trigger(?:s|ed)?)\b",
    re.I,
)
OPINION = re.compile(
    r"\b(?:i|we) (?:think|believe|feel|suspect|hope|fear)\b|\bin (?:my|our) (?:view|opinion)\b"
    r"|\b(?:should|must|ought to|need to|it is time|let us|let's)\b"
    r"|\b(?:shameful|disgraceful|outrageous|absurd|ridiculous|brilliant|wonderful|terrible"
    r"|awful|appalling|reckless|cynical|shocking|scandalous|pathetic|admirable|clearly"
    r"|obviously|undoubtedly|surely|sadly|unfortunately|hopefully|far too|of course)\b"
    # The writer characterising someone's motives or posture: "Belarus likes to present
    # itself as a bystander", "Minsk pretends to be neutral". No source states that.
    r"|\blikes? to (?:present|portray|paint|cast|style|see|think of|pose|pretend)\b"
    r"|\b(?:present|portray|paint|cast|style)(?:s|ed|ing)? (?:itself|himself|herself|themselves)"
    r" as\b|\bpretend(?:s|ed|ing)? (?:to|that)\b|\bwould have (?:us|you|the world) believe\b"
    # An impression: "the roles looked reversed", "the deal looks doomed" (not "looked
    # on", "looked at the figures"). Not "seems": claims hedge with it ("X seems to cut risk").
    r"|\blook(?:s|ed)? (?:like|as if|as though|set to|reversed|doomed|bleak|grim|promising"
    r"|certain|likely|unlikely|inevitable|hopeless|shaky|fragile)\b",
    re.I,
)
# The draft talking about itself or to the desk, not about the world: "Draft for the Sunday
# edition — not for publication.", "Note to the desk: …". Never a claim, whatever it names.
DESK_NOTE = re.compile(
    r"\b(?:not (?:for|to be) (?:publication|published|publishing)|do not (?:publish|print|run)"
    r"|(?:for )?internal use(?: only)?|embargoed (?:until|till)|editor'?s note"
    r"|notes? (?:to|for) (?:the )?(?:desk|editors?|subs|sub-editors?|copy ?desk|self)"
    r"|(?:draft|copy|version) for (?:the |our |tomorrow'?s |next )?[\w' -]{0,30}?"
    r"(?:edition|issue|print run|newsletter|website|web desk))\b",
    re.I,
)
# A note in square brackets standing alone: "[Check the figure with the ministry.]".
BRACKETED = re.compile(r"^\s*\[[^\]]*\][.!]?\s*$")
SPECULATION = re.compile(r"\b(?:could|might|may|perhaps|possibly|probably|would)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my)\b")
# Quoted stretches: “…”, "…", «…», and '…' opened at a word boundary (not an apostrophe).
# A quote left open runs to the end: a quotation of several sentences is split into them.
QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|(?<![\w])'[^']*?(?:'(?![\w])|$)")
WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,}$")
# Capitalised words that are not names: pronouns and the calendar (dates score on their own).
NOT_NAMES = frozenset(("i", "i'm", "i've", "i'd", "i'll", *(MONTHS.split()), *(WEEKDAYS.split())))
