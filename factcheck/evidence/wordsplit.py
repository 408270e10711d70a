"""A text split into words (``Word``: span, text, norm and stem), as ``sides.Side.of`` does."""

from __future__ import annotations

from typing import NamedTuple

from factcheck.evidence.lexicon import (
    AGAINST,
    DOWN,
    FAVOR,
    MOTION_VERBS,
    REJECT,
    STANCE_VERBS,
    THROW_VERBS,
    TURN_VERBS,
    UP,
    VOTE_VERBS,
    family,
)
from factcheck.workspace import ASCII_WORD, ascii_lowered, stem, word_spans


class Word(NamedTuple):
    """One word of a side. A named tuple: built for every word of every passage assessed,
    several times cheaper to create than a frozen dataclass and just as immutable."""

    start: int  # relative to the side's text
    end: int
    text: str  # as written
    norm: str  # normalised (lower case)
    stem: str


# The forms of "be".
_BE = frozenset("is are was were be been being".split())


# Words before an "up" or "down" that says a figure moved: a form of "be", a conjunction
# ("down 4% in February [but] up 12%") or a verb of a market's close ("closing up 1%").
# Not any word: "shut down 3 plants", "set up 2 firms" move nothing.
_BEFORE_MOVED = _BE | frozenset(
    "but and then while before after yet closing closed ending ended finishing finished".split()
)


def _moved(words: list[Word], i: int, text: str) -> bool:
    """Whether "up" or "down" at ``i`` says a figure moved: "sales were [up] 12%", "is
    [down] by 3%", "but [up] 12%", "Turnout was [down] on the last election"
    (``_BEFORE_MOVED`` before it, a figure or ``_AFTER_MOVED`` after it), or, whatever
    comes before it, as a headline says it without a verb (``_headline_moved``). At the
    first word there is nothing before it."""
    after = words[i + 1].norm if i + 1 < len(words) else ""
    if (
        i > 0
        and words[i - 1].norm in _BEFORE_MOVED
        and (after[:1].isdigit() or after in _AFTER_MOVED)
    ):
        return True
    return i > 0 and _headline_moved(words, i, text)


# Words after a moved "up" or "down": what it moved by or from ("down [on] last year",
# "up [from] 4%"), how much ("up [sharply]"). Not "to" ("is down to the council"), nor
# "against" ("was up against a strong field"), nor the end ("turn it up and down.").
_AFTER_MOVED = frozenset({"by", "on", "from", "sharply", "slightly", "again", "overall"})


# Words right after a share's figure: "up 3 [per] cent", "down 2 [points]".
_SHARE_WORDS = frozenset("per percent pc pct points point".split())


def _headline_moved(words: list[Word], i: int, text: str) -> bool:
    """Whether "up" or "down" at ``i`` says a figure moved where a headline leaves out the
    verb: "Unemployment [down] to 4%", "Inflation [up] from 2.1%", "Shares [down] 5%". Only
    before a figure that cannot be a count of things acted on ("shut down 3 plants", "set
    up 2 firms"): "from" and a figure, "to" and a figure after "down" ("up to 4%" is a
    bound, at most 4%), or a share ("5%", "3 per cent", "2 points")."""
    nxt = [w.norm for w in words[i + 1 : i + 3]]
    ends = nxt[:1] == ["from"] or (nxt[:1] == ["to"] and words[i].norm == "down")
    if ends and len(nxt) == 2 and nxt[1][:1].isdigit():
        return True
    if not nxt or not nxt[0][:1].isdigit():
        return False
    figure = words[i + 1]
    return text[figure.end : figure.end + 1] == "%" or (len(nxt) == 2 and nxt[1] in _SHARE_WORDS)


def _voted_against_before(words: list[Word], i: int) -> bool:
    """Whether a "voted against" comes shortly before the "but for" at ``i``: "voted
    against the amendment but [for] the motion" voted for the motion."""
    return any(
        words[j].norm == "against" and words[j - 1].stem in STANCE_VERBS
        for j in range(max(1, i - 8), i - 1)
    )


class _Stems(dict[str, str]):
    """A word's stem, its family's where it has one ("deaths" -> "die"), by word. Kept:
    every passage assessed is split into words. A dict read by subscript, where an
    lru_cache costs a call and a move per word (4% of the split's instructions); emptied
    when it is full, as memory allows."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _STEMS_KEPT:
            self.clear()
        found = self[word] = family(stem(word))
        return found


_STEMS_KEPT = 200_000
_STEMS = _Stems()
_stem_of = _STEMS.__getitem__


# Words between a verb that takes a side and its "for" ("came out for", "spoke up for").
_PARTICLES = frozenset({"out", "up", "strongly", "publicly", "firmly", "openly"})
# "picked up": one stem in the antonym lists (antonyms.py) for a rise and a quickening.
_PICK = frozenset(stem(w) for w in "pick picks picked picking".split())
PICKUP = "pickup"
# The only words whose stem depends on the words before them (``Side.of``).
_TAKES_A_SIDE = frozenset({"for", "up", "down", "out", "yes", "no", "to"})
# "voted to confirm the nominee" is "voted for" the nominee, "voted to block the bill"
# "voted against" it: the "to" takes the side of the verb after it.
_TO_FOR = frozenset(
    stem(w) for w in "confirm approve back support pass adopt accept endorse ratify uphold".split()
)
_TO_AGAINST = frozenset(stem(w) for w in "reject block oppose scrap overturn veto".split())


def split_words(text: str) -> list[Word]:
    """The words of ``text`` with their spans (relative to it), as written, normalised and
    stemmed; "for", "up", "down" and "out" after a verb that gives them a sense take that
    sense's stem, as do "yes" and "no" after "voted"."""
    # tuple.__new__ builds the same Word as Word(...) without a Python-level call per
    # word; the stems are a dict's, read by subscript (every word of every passage
    # assessed goes through here). Maps of C functions over the matches cost 12% more
    # instructions than this one comprehension (callgrind).
    new, stems = tuple.__new__, _STEMS
    lowered = ascii_lowered(text)  # most texts, and most others (curly quotes, dashes)
    if lowered is not None:
        # word_spans' own ASCII case, without a match object per word: each word found
        # again from where the one before ended. Nothing before its match can be taken
        # for it: a letter or digit there would have started a match of its own.
        find, end, words = lowered.find, 0, []
        for w in ASCII_WORD.findall(lowered):
            start = find(w, end)
            end = start + len(w)
            words.append(new(Word, (start, end, text[start:end], w, stems[w])))
    else:
        words = [new(Word, (s, e, text[s:e], w, stems[w])) for s, e, w in word_spans(text)]
    for i in [i for i, w in enumerate(words) if w[3] in _TAKES_A_SIDE and i]:
        # "for" after a verb that takes a side is that side: "voted for" is the
        # opposite of "voted against" (an antonym pair, lexicon.ANTONYMS); "went up"
        # is "increased" and "went down" "decreased".
        word, verb = words[i], words[i - 1].stem
        if (
            word.norm == "for"
            and (
                verb in STANCE_VERBS  # "came out for": one particle may come between
                or (i > 1 and verb in _PARTICLES and words[i - 2].stem in STANCE_VERBS)
                or (words[i - 1].norm in ("but", "and") and _voted_against_before(words, i))
            )
            and not _a_while(words, i)  # "spoke for 20 minutes"
        ):
            words[i] = word._replace(stem=FAVOR)
        elif word.norm in ("yes", "no") and verb in VOTE_VERBS:
            words[i] = word._replace(stem=FAVOR if word.norm == "yes" else AGAINST)
        elif word.norm == "to" and verb in VOTE_VERBS and i + 1 < len(words):
            after = words[i + 1].stem
            if after in _TO_FOR or after in _TO_AGAINST:
                words[i] = word._replace(stem=FAVOR if after in _TO_FOR else AGAINST)
        elif (word.norm == "down" and verb in TURN_VERBS) or (
            word.norm == "out" and verb in THROW_VERBS
        ):
            words[i] = word._replace(stem=REJECT)  # "turned down", "threw out"
        elif word.norm == "up" and verb in _PICK:
            words[i] = word._replace(stem=PICKUP)  # "picked up": a rise, and a quickening
        elif word.norm in ("up", "down") and (verb in MOTION_VERBS or _moved(words, i, text)):
            words[i] = word._replace(stem=UP if word.norm == "up" else DOWN)
    return words


# "for" before a length of time is no side: "spoke for 20 minutes", "campaigned for more
# than a decade" (but "voted for a ban").
_QUANTITY = frozenset(
    "a an one two three four five six seven eight nine ten twenty thirty forty several few "
    "more than nearly almost about over some half many".split()
)
_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades".split()
)


def _a_while(words: list[Word], index: int) -> bool:
    """Whether the "for" at ``index`` is followed by a length of time."""
    for word in words[index + 1 : index + 5]:
        if word.norm in _TIME_UNITS:
            return True
        if word.norm not in _QUANTITY and not word.norm[:1].isdigit():
            return False
    return False
