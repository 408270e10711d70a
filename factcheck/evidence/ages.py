"""Ages of people: "aged 45", "a 45-year-old suspect", "45 years old", "The suspect, 46,".

Each is an amount (kind "number") whose unit names the person it is said of
(``age:`` and the noun's stem): "The suspect, aged 45" and "The suspect, 46," are compared
(they clash), "the suspect's 19-year-old son" is another person's age and is not.
"""

from __future__ import annotations

import re

from factcheck.evidence.agewords import age_words
from factcheck.evidence.lexicon import family
from factcheck.evidence.mention import Mention
from factcheck.workspace import STOP_WORDS, stem

AGE = "age:"
_AGED = re.compile(r"\baged\s+(?P<n>\d{1,3})\b(?![\w.,]\d)", re.I)
_YEAR_OLD = re.compile(r"(?<![\w.,-])(?P<n>\d{1,3})[\s-]years?[\s-]old\b", re.I)
# "The suspect, 46, was": a bare figure between commas right after a word.
# It starts with the comma, a character the regex engine scans for (a look-behind would be
# tried at every character); the letter before it is checked after.
_APPOSITION = re.compile(r",\s(?P<n>\d{1,3}),\s(?=[a-z])")
_APPOSED = re.compile(r",\s+an?\s+\Z")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NOT_A_PERSON = frozenset(
    "is was are were be been being aged old year years age ages just only about "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    # what is said of a person before an age ("[The singer] died aged 82", "[The senator]
    # celebrated her 60th birthday"), and the count of "a mother of three, aged 45"
    "died dies celebrated celebrates marked marks turned turns "
    "one two three four five six seven eight nine ten eleven twelve".split()
)


def ages(text: str) -> list[Mention]:
    """The ages in ``text``, in order (see the module's docstring)."""
    found = age_words(text, _word_before)  # "at the age of 78", "in his forties"
    if _DIGIT.search(text) is None:
        return found
    lowered = text.lower()
    patterns = [
        *((_AGED,) if "aged" in lowered else ()),
        *((_YEAR_OLD,) if "year-old" in lowered or " old" in lowered else ()),
        *((_APPOSITION,) if ", " in text else ()),
    ]
    for pattern in patterns:
        for m in pattern.finditer(text):
            if pattern is _APPOSITION and not text[m.start() - 1 : m.start()].isalpha():
                continue  # "3, 46, 52": a list of figures
            value = float(m.group("n"))
            if not 0 < value <= 120:
                continue
            after = pattern is _YEAR_OLD and text[m.end() : m.end() + 1] in (" ", "-")
            # "The victim, a 19-year-old student,": the apposition names the victim again
            after = after and _APPOSED.search(text, max(0, m.start() - 6), m.start()) is None
            person = _word_after(text, m.end()) if after else ""
            person = person or _word_before(text, m.start())
            if not person:
                continue
            start, end = (m.start("n"), m.end("n")) if pattern is _APPOSITION else m.span()
            found.append(Mention("number", (value,), text[start:end], start, end,
                                 unit=AGE + person, low=value, high=value))  # fmt: skip
    return sorted(found, key=lambda x: x.start)


def _word_after(text: str, end: int) -> str:
    """The person a "45-year-old" is said of: the word right after it ("suspect")."""
    m = _WORD.match(text, end + 1)
    word = m.group().lower() if m else ""
    return "" if not word or word in STOP_WORDS else family(stem(word))


def _word_before(text: str, start: int) -> str:
    """The person an age is said of: the last content word before it ("The [suspect],
    aged 45", "[Smith], 46,"), not past the end of a sentence."""
    head = text[max(0, start - 60) : start]
    head = re.split(r"[.;:!?]\s", head)[-1]
    for word in reversed(_WORD.findall(head)):
        lower = word.lower().rstrip("'’s") if word.lower().endswith(("'s", "’s")) else word.lower()
        if lower in STOP_WORDS or lower in _NOT_A_PERSON:
            continue
        return family(stem(lower))
    return ""


# "The singer is 45.": a bare figure right after "is", "was", "turned"... that ends its
# clause. Read as an age only against an age of the same person on the other side ("The
# singer, 52,"): alone it may be any figure ("The speed limit is 70").
_IS_FIGURE = re.compile(r"\b(?:is|was|turned|turns|is now|was only|is only)\s+\Z", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|\Z|and\b|when\b|at the time\b)")


def said_as_age(claim: str, mine: Mention, passage: str, theirs: Mention) -> bool:
    """Whether one side's bare figure is the age the other side gives of the same person:
    "The singer is 45" against "The singer, 52,". The bare figure's ``before`` is the
    content word before it, here the person."""
    if mine.unit.startswith(AGE) == theirs.unit.startswith(AGE):
        return False
    if mine.unit.startswith(AGE):
        age, bare, text = mine, theirs, passage
    else:
        age, bare, text = theirs, mine, claim
    if bare.unit or bare.kind != "number" or AGE + bare.before != age.unit:
        return False
    head = _IS_FIGURE.search(text, max(0, bare.start - 12), bare.start)
    return head is not None and _CLAUSE_END.match(text, bare.end) is not None
