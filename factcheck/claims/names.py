"""Names and headings in a draft's sentences: capitalised runs, acronyms, headline shapes."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.claims.signals import ACRONYM, NOT_NAMES, WORD
from factcheck.workspace import STOP_WORDS


def names_in(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Runs of capitalised words not opening the sentence, and acronyms anywhere.

    A word opening the sentence counts when it is in ``known``: words the same
    document capitalises mid-sentence ("Minsk said ..." when "... by Minsk" occurs).
    """
    names: list[str] = []
    run: list[str] = []
    matches = list(WORD.finditer(text))
    for index, match in enumerate(matches):
        word = match.group().rstrip(".'’")
        before = text[: match.start()].rstrip()
        opens = index == 0 or (before and before[-1] in ".!?:" and len(before) > 1)
        capital = word[:1].isupper() and word.lower() not in NOT_NAMES
        if capital and (not opens or ACRONYM.match(word) or run or word in known):
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


def looks_like_heading(text: str) -> bool:
    """A headline or caption: no closing punctuation and mostly capitalised words."""
    if text.rstrip()[-1:] in ".!?\"'”’»)":
        return False
    words = [w for w in WORD.findall(text) if w.lower() not in STOP_WORDS]
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return bool(words) and capitals >= 0.6 * len(words)


def mid_sentence_names(sentences: Iterable[str]) -> frozenset[str]:
    """Words capitalised inside sentences: names, to recognise when they open one."""
    return frozenset(
        word for sentence in sentences for name in names_in(sentence) for word in name.split()
    )
