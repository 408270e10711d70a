"""A comparison against an equality: "Children are less likely to be infected than adults"
against "Children were infected at similar rates to adults".

The two share every content word, and "similar" is no antonym of "less", so no other cue
sees that one says the two things differ and the other that they are alike. A comparison
is a comparative ("more", "less", "faster", "higher"...: ``comparatives.COMPARATIVES``)
with "than" after it within five words and a content word after "than" (what it is
compared with: "than adults"; "more than 300" and "more likely than not" compare nothing);
an equality is "similar", "the same", "comparable", "equal", "identical", "no different",
"on a par", "in line" or "as X as", with "to", "as", "with" or "from" after it within three
words, followed by a content word. They clash when the equality compares with what the
comparison does (one of the words after "than" within its first three content words),
and what is compared (a content word before the comparative) stands before the equality
in the same clause, or the two the other way round ("Wages rose in line with prices").
Either side may hold either; a negated equality ("not the same as") is none, and so is an
"as X as" whose X names no measure of the comparison's ("as well as": both, not alike).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.evidence.comparatives import COMPARATIVES
from factcheck.evidence.sides import Side, clause_ends_before, known, make_cue
from factcheck.workspace import STOP_WORDS, Cue, CueKind

_EQUALITY = re.compile(
    r"\b(?:(?:similar|same|comparable|equal|equivalent|identical|no\s+different|on\s+a?\s*par"
    r"|in\s+line)(?:\s+\w+){0,3}?\s+(?:to|as|with|from)|as\s+\w+\s+as)\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
# Every alternative of _EQUALITY holds one of these words (lower-cased), or "as X as"
# (_AS_AS, on the lower-cased text). Looked for first, at C speed, in an ASCII text: the
# pattern, under IGNORECASE, is tried at every character (in other texts "ı" and "ſ" are
# also "i" and "s" to it). Keep them with the pattern.
_HINTS = ("similar", "same", "comparable", "equal", "equivalent", "identical", "different",
          "par", "line")  # fmt: skip
_AS_AS = re.compile(r"as\s+\w+\s+as")


def _may_be_alike(text: str) -> bool:
    """False where ``_EQUALITY`` cannot match ``text`` (tested at C speed)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(hint in lowered for hint in _HINTS) or _AS_AS.search(lowered) is not None


_NEGATED = re.compile(r"\b(?:not|never|isn't|aren't|wasn't|weren't)\s+(?:\w+\s+){0,2}$", re.I)
# How far "than" may follow its comparative ("less likely to be infected than").
_THAN_REACH = 6
_WITH_WORDS = 3  # content words after "than" read as what it is compared with


class _Comparison(NamedTuple):
    compared: frozenset[str]  # content stems before the comparative
    against: frozenset[str]  # content stems after "than"
    start: int  # character span of the comparative to the first word it is compared with
    end: int
    measures: frozenset[str]  # the comparative's scale ("size") and the stems up to "than"
    comparative: str  # as normalised: "faster"


def parity_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where one side compares two things and the other says they are alike."""
    # The equality is looked for at C speed first: most passages and claims hold none, and
    # then the other side's comparisons need not be read.
    # Most claims compare nothing: then the passage is not read for an equality at all.
    pairs = []
    if bool(known(claim, _comparisons)) and known(passage, _alike):
        pairs.append((claim, passage))
    if known(claim, _alike):
        pairs.append((passage, claim))
    for one, other in pairs:
        for comparison in known(one, _comparisons):
            found = _equality(other, comparison)
            if found is None:
                continue
            said = one.text[comparison.start : comparison.end]
            if one is claim:
                return [make_cue(CueKind.ANTONYM, said, passage, *found, conflict=True)]
            claim_said = claim.text[found[0] : found[1]]
            start, end = comparison.start, comparison.end
            return [make_cue(CueKind.ANTONYM, claim_said, passage, start, end, conflict=True)]
    return []


def _alike(side: Side) -> bool:
    """Whether the side holds an equality (read once per side: a passage meets many claims)."""
    return _may_be_alike(side.text) and _EQUALITY.search(side.text) is not None


def _comparisons(side: Side) -> list[_Comparison]:
    """Each comparative of the side with "than" after it and what it is compared with."""
    words = side.words
    found = []
    for i, word in enumerate(words):
        if word.norm not in COMPARATIVES:
            continue
        than = next(
            (j for j in range(i + 1, min(i + _THAN_REACH, len(words))) if words[j].norm == "than"),
            None,
        )
        if than is None:
            continue
        after: list[int] = []
        for j in range(than + 1, len(words)):
            if clause_ends_before(side, j) or len(after) == _WITH_WORDS:
                break
            if words[j].norm not in STOP_WORDS and not words[j].norm[0].isdigit():
                after.append(j)
        before = {w.stem for w in words[:i] if w.norm not in STOP_WORDS}
        if after and before:
            against = frozenset(words[j].stem for j in after)
            measures = {w.stem for w in words[i:than] if w.norm not in STOP_WORDS}
            measures.add(COMPARATIVES[word.norm][0])
            end = words[after[0]].end
            found.append(
                _Comparison(
                    frozenset(before), against, word.start, end, frozenset(measures), word.norm
                )
            )
    return found


def _equality(side: Side, comparison: _Comparison) -> tuple[int, int] | None:
    """The span of an equality of ``side`` that compares what ``comparison`` compares with
    what it is compared with, or None."""
    if not any(w.stem in comparison.against for w in side.words):
        return None  # most passages
    words = side.words
    for match in _EQUALITY.finditer(side.text):
        if _NEGATED.search(side.text, max(0, match.start() - 20), match.start()):
            continue
        at = next((k for k, w in enumerate(words) if w.start >= match.end()), len(words))
        opening = next((k for k, w in enumerate(words) if w.start >= match.start()), 0)
        if not _same_measure(side, opening, at, comparison):
            continue  # "has a similar range to" says nothing of "bigger than"
        first = opening
        while first > 0 and not clause_ends_before(side, first):
            first -= 1
        before = {words[k].stem for k in range(first, opening)}
        reach = words[at : at + _WITH_WORDS + 2]
        # Alike either way round: "Wages rose in line with prices" for "Prices rose faster
        # than wages".
        for one, other in (
            (comparison.compared, comparison.against),
            (comparison.against, comparison.compared),
        ):
            hit = next((w for w in reach if w.stem in other), None)
            if hit is not None and not before.isdisjoint(one):
                return match.start(), hit.end
    return None


# Nouns of an equality that name no measure of their own: "at similar [rates] to adults".
_ANY_MEASURE = frozenset(
    """rate rates level levels number numbers amount amounts proportion proportions share
    extent degree pace way manner risk odds chance chances line par""".split()
)


def _same_measure(side: Side, opening: int, at: int, comparison: _Comparison) -> bool:
    """Whether the content words inside the equality ("similar [range] to") name no other
    measure than the comparison's: none, a word of ``_ANY_MEASURE``, one of the
    comparison's side's words, its scale ("similar in [size]" for "bigger") or the
    comparative's own base ("as [fast] as" for "faster")."""
    inside = [w for w in side.words[opening + 1 : at] if w.norm not in STOP_WORDS]
    words = comparison.compared | comparison.against | comparison.measures
    return all(
        w.norm in _ANY_MEASURE
        or w.stem in words
        or w.norm in comparison.measures
        or comparison.comparative.startswith(w.norm[:3])
        or (w.norm in ("much", "many") and "amount" in comparison.measures)  # "as much as"
        for w in inside
    )
