"""Ranks: "the second-largest city", "its third biggest bank", "the 2nd-busiest airport".

Each is an amount (kind "number", its ordinal) whose unit names what is ranked and by what
(``rank:``, the superlative's group and the noun's stem): "second-largest city" and "third
largest city" clash, "the second biggest city" agrees, and "third-largest airport" is
another ranking, never compared.
"""

from __future__ import annotations

import re

from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.workspace import STOP_WORDS, stem

RANK = "rank:"
_ORDINALS = {
    w: n
    for n, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)
}
# Superlatives that rank the same way ("largest" and "biggest").
_SAME = {"biggest": "largest", "greatest": "largest", "highest": "tallest"}
_RANK = re.compile(
    r"\b(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"[\s-](?:(?P<most>most|least)\s+(?P<adj>[a-z]+)|(?P<sup>[a-z]+est))\s+(?P<n>[a-z]+)\b",
    re.I,
)


def ranks(text: str) -> list[Mention]:
    """The ranks in ``text``, in order (see the module's docstring)."""
    if "est " not in text and "most " not in text and "least " not in text:
        return []
    found = []
    for m in _RANK.finditer(text):
        written = m.group("o").lower()
        order = _ORDINALS.get(written) or (int(written[:-2]) if written[0].isdigit() else 0)
        noun = m.group("n").lower()
        if not order or noun in STOP_WORDS:
            continue
        sup = m.group("sup") or f"{m.group('most')} {m.group('adj')}"
        scale = _SAME.get(sup.lower(), sup.lower())
        unit = f"{RANK}{scale}:{family(stem(noun))}"
        end = m.end("sup") if m.group("sup") else m.end("adj")
        value = float(order)
        found.append(Mention("number", (value,), text[m.start() : end], m.start(), end,
                             unit=unit, low=value, high=value))  # fmt: skip
    return found


def ranked(amount: Mention) -> bool:
    """Whether an amount is a rank: like a score, one said at another time is another
    ranking ("2017 was the third-hottest year" for "2019 was the second-hottest year")."""
    return amount.unit.startswith(RANK)
