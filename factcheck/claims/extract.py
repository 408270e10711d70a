"""Proposing check-worthy claims from a draft: score each sentence, rank, give stable ids.

A sentence is worth checking when it states something a source can confirm or
refute: numbers, dates, quantities, comparisons, named people and places,
quotations and statements attributed to someone. The writer's own opinion
(outside quotation marks), questions, speculation and page furniture are left
out. The scoring is a transparent sum of signals, so a reviewer can see why a
sentence was proposed; it does no I/O and needs no model.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from factcheck.workspace import STOP_WORDS, normalize, sentence_spans

# Sentences scoring below this are not proposed. One signal is enough: on the example
# draft and two real articles (benchmarks/extract_quality.py) 1.0 costs one extra claim
# against 2.0 (precision 0.89 vs 0.91, recall 1.00 both), while real claims that people
# sent to fact-checkers (CLIMATE-FEVER, HealthVer; held-out halves) are proposed 83% and
# 84% of the time instead of 65% and 71%: many state a cause or a trend and little else.
# A fact-checker deletes an extra claim in a second; a missed one is never seen.
DEFAULT_MIN_SCORE = 1.0
MIN_WORDS = 5


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

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "half quarter"
)
_DATE = re.compile(
    r"\b(?:(?:" + "|".join(_MONTHS.split()[:12]) + r"|" + "|".join(_WEEKDAYS.split()) + r")"
    r"|(?:1[89]|20)\d\d|yesterday|today|tonight|tomorrow"
    r"|(?:last|next|this) (?:week|month|year|spring|summer|autumn|winter)"
    r"|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|gmt|utc|local time)\b",
    re.I,
)
_NUMBER = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS.split()) + r")\b", re.I)
_QUANTITY = re.compile(
    r"%|\bper ?cent\b|[$€£]|\b(?:km|kilomet(?:re|er)s?|miles?|tonnes?|tons?|dollars?|euros?"
    r"|pounds|people|killed|dead|injured|wounded|troops|servicemen|soldiers|percent)\b",
    re.I,
)
_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|larger|largest|bigger|biggest|smaller|smallest|higher|highest"
    r"|lower|lowest|first|most|least|record[- ](?:high|low|level|number)s?|doubled?|tripled?"
    r"|majority|only|never|worst|always|every|everyone|everybody|nobody|no one"
    r"|best-selling|increas(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|rose|fell|grew|ris(?:e[sn]?|ing)"
    r"|declin(?:e[sd]?|ing)|grow(?:s|n|ing)?|shr[iu]nk(?:s|ing)?|drop(?:s|ped|ping)?"
    r"|fall(?:s|en|ing)?|accelerat(?:e[sd]?|ing)|twice|half)\b",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|announced|announces|claimed|claims"
    r"|confirmed|confirms|denied|denies|reported|reports|stated|states|insisted|admitted"
    r"|warned|pledged|promised|accused|demanded|rejected|agreed|summoned|per)\b"
    # "scientists say", but not "Brussels should say so": that is the writer's demand.
    r"|(?<!should )(?<!must )(?<!would )(?<!could )(?<!to )(?<!will )(?<!not )\bsay\b",
    re.I,
)
# Cause and effect: "carbon dioxide drives warming", "masks reduce the spread".
_CAUSE = re.compile(
    r"\b(?:caus(?:e[sd]?|ing)|driv(?:e[sn]?|ing)|drove|lead(?:s|ing)? to|led to"
    r"|result(?:s|ed|ing)? in|linked to|responsible for|contribut(?:e[sd]?|ing) to"
    r"|prevent(?:s|ed|ing)?|reduc(?:e[sd]?|ing)|kill(?:s|ed|ing)?|spread(?:s|ing)?"
    r"|infect(?:s|ed|ing)?|cure[sd]?|protect(?:s|ed|ing)? against|trigger(?:s|ed)?)\b",
    re.I,
)
_OPINION = re.compile(
    r"\b(?:i|we) (?:think|believe|feel|suspect|hope|fear)\b|\bin (?:my|our) (?:view|opinion)\b"
    r"|\b(?:should|must|ought to|need to|it is time|let us|let's)\b"
    r"|\b(?:shameful|disgraceful|outrageous|absurd|ridiculous|brilliant|wonderful|terrible"
    r"|awful|appalling|reckless|cynical|shocking|scandalous|pathetic|admirable|clearly"
    r"|obviously|undoubtedly|surely|sadly|unfortunately|hopefully|far too|of course)\b",
    re.I,
)
_SPECULATION = re.compile(r"\b(?:could|might|may|perhaps|possibly|probably|would)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my)\b")
# Quoted stretches: “…”, "…", «…», and '…' opened at a word boundary (not an apostrophe).
# A quote left open runs to the end: a quotation of several sentences is split into them.
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|(?<![\w])'[^']*?(?:'(?![\w])|$)")
_WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,}$")
# Capitalised words that are not names: pronouns and the calendar (dates score on their own).
_NOT_NAMES = frozenset(
    ("i", "i'm", "i've", "i'd", "i'll", *(_MONTHS.split()), *(_WEEKDAYS.split()))
)


@dataclass(frozen=True)
class ProposedClaim:
    """A sentence proposed as a claim, with its check-worthiness score and the reasons."""

    id: str
    text: str
    score: float
    signals: tuple[Signal, ...]
    position: int  # the sentence's place in the draft, from 0


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _names(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Runs of capitalised words not opening the sentence, and acronyms anywhere.

    A word opening the sentence counts when it is in ``known``: words the same
    document capitalises mid-sentence ("Minsk said ..." when "... by Minsk" occurs).
    """
    names: list[str] = []
    run: list[str] = []
    matches = list(_WORD.finditer(text))
    for index, match in enumerate(matches):
        word = match.group().rstrip(".'’")
        before = text[: match.start()].rstrip()
        opens = index == 0 or (before and before[-1] in ".!?:" and len(before) > 1)
        capital = word[:1].isupper() and word.lower() not in _NOT_NAMES
        if capital and (not opens or _ACRONYM.match(word) or run or word in known):
            run.append(word)
            continue
        if capital and opens and word.lower() not in STOP_WORDS and index + 1 < len(matches):
            following = matches[index + 1].group()
            if following[:1].isupper():  # "Belarusian President Alexander Lukashenko"
                run.append(word)
                continue
        if run:
            names.append(" ".join(run))
            run = []
    if run:
        names.append(" ".join(run))
    return names


def _looks_like_heading(text: str) -> bool:
    """A headline or caption: no closing punctuation and mostly capitalised words."""
    if text.rstrip()[-1:] in ".!?\"'”’»)":
        return False
    words = [w for w in _WORD.findall(text) if w.lower() not in STOP_WORDS]
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return bool(words) and capitals >= 0.6 * len(words)


def mid_sentence_names(sentences: Iterable[str]) -> frozenset[str]:
    """Words capitalised inside sentences: names, to recognise when they open one."""
    return frozenset(
        word for sentence in sentences for name in _names(sentence) for word in name.split()
    )


def score_sentence(
    text: str, *, known_names: frozenset[str] = frozenset()
) -> tuple[float, tuple[Signal, ...]] | None:
    """The check-worthiness of one sentence and its signals, or None if it is no claim.

    None for questions, headings, fragments under MIN_WORDS words and sentences
    without a single verifiable feature. ``known_names`` (see mid_sentence_names)
    lets a name opening the sentence count.
    """
    flat = " ".join(text.split())
    if len(_WORD.findall(flat)) < MIN_WORDS or _looks_like_heading(flat):
        return None
    own_voice = _outside_quotes(flat)
    if own_voice.rstrip().endswith("?"):
        return None
    found: list[Signal] = []
    score = 0.0

    def add(signal: Signal, times: int = 1) -> None:
        nonlocal score
        found.append(signal)
        score += WEIGHTS[signal] * times

    quoted = own_voice != flat
    attributed = bool(_ATTRIBUTION.search(own_voice))
    if _NUMBER.search(flat):
        add(Signal.NUMBER)
    if _DATE.search(flat):
        add(Signal.DATE)
    if _QUANTITY.search(flat):
        add(Signal.QUANTITY)
    if _COMPARISON.search(flat):
        add(Signal.COMPARISON)
    if _CAUSE.search(flat):
        add(Signal.CAUSE)
    names = {n.lower() for n in _names(flat, known_names)}
    if names:
        add(Signal.NAME, min(len(names), MAX_NAMES))
    if quoted:
        add(Signal.QUOTE)
    if attributed:
        add(Signal.ATTRIBUTION)
    # The writer's own voice only: an opinion inside a quotation, or reported as someone's
    # ("Minsk said such incidents should not happen again"), is a fact about a speaker.
    if _OPINION.search(own_voice) and not attributed:
        add(Signal.OPINION)
    if _SPECULATION.search(own_voice) and not attributed:
        add(Signal.SPECULATION)
    if _FIRST_PERSON.search(own_voice) and not attributed:
        add(Signal.FIRST_PERSON)
    if not any(WEIGHTS[s] > 0 for s in found):
        return None
    return score, tuple(found)


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", normalize(text)).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", folded.replace("-", ""))


def claim_id(text: str, *, taken: Iterable[str] = ()) -> str:
    """A stable id from the text: up to four key words and a short hash.

    ``"Belarus said it shot down an S-300 missile"`` gives ``belarus-shot-s300-missile-3f2a``
    (stop words left out); the same text, up to case, spacing and typography, always
    gives the same id.
    The hash grows when an id in ``taken`` already has it.
    """
    key = " ".join(normalize(text).split())
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    words = [w for w in _ascii_words(text) if w not in STOP_WORDS and len(w) > 1][:4]
    slug = "-".join(words)[:40].strip("-") or "claim"
    used = set(taken)
    for size in (4, 6, 8, 12, 64):
        candidate = f"{slug}-{digest[:size]}"
        if candidate not in used:
            return candidate
    raise ValueError(f"no free id for {text!r}")  # only if 64 hex digits collide


def same_text(a: str, b: str) -> bool:
    """True when two claim texts differ only in case, spacing or typography."""
    return " ".join(normalize(a).split()) == " ".join(normalize(b).split())


def extract_claims(
    *, text: str, min_score: float = DEFAULT_MIN_SCORE, limit: int | None = None
) -> list[ProposedClaim]:
    """The check-worthy sentences of ``text``, best first (ties in draft order).

    Boilerplate lines (read-also links, prompts, captions, see factcheck.workspace.passages)
    and duplicate sentences are skipped; ids are unique within the result.
    """
    sentences: list[tuple[str, bool]] = [
        (" ".join(text[start:end].split()), boilerplate)
        for paragraph in sentence_spans(text)
        for start, end, boilerplate in paragraph
    ]
    known = mid_sentence_names(s for s, boilerplate in sentences if not boilerplate)
    scored: list[tuple[float, int, str, tuple[Signal, ...]]] = []
    seen: set[str] = set()
    for position, (sentence, boilerplate) in enumerate(sentences):
        key = " ".join(normalize(sentence).split())
        if boilerplate or key in seen:
            continue
        seen.add(key)
        result = score_sentence(sentence, known_names=known)
        if result is None or result[0] < min_score:
            continue
        scored.append((result[0], position, sentence, result[1]))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if limit is not None:
        scored = scored[:limit]
    claims: list[ProposedClaim] = []
    ids: set[str] = set()
    for score, pos, sentence, signals in scored:
        new_id = claim_id(sentence, taken=ids)
        ids.add(new_id)
        claims.append(
            ProposedClaim(id=new_id, text=sentence, score=score, signals=signals, position=pos)
        )
    return claims
