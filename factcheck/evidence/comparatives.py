"""The words ``comparison.py`` reads comparisons by: comparatives, verbs that compare, and
the words that make a comparison something else.

Each comparative has a scale and a direction: "more" and "fewer" are the two ends of one
scale, so "women earn less than men" and "men earn more than women" say the same thing,
while "faster" and "more people" measure different things and are never set against each
other.
"""

from __future__ import annotations


def _words(text: str, scale: str, direction: int) -> dict[str, tuple[str, int]]:
    return dict.fromkeys(text.split(), (scale, direction))


# Comparatives completed by "than".
COMPARATIVES: dict[str, tuple[str, int]] = {
    **_words("more greater", "amount", 1),
    **_words("less fewer", "amount", -1),
    **_words("higher", "height", 1),
    **_words("lower", "height", -1),
    **_words("bigger larger", "size", 1),
    **_words("smaller", "size", -1),
    **_words("faster quicker", "speed", 1),
    **_words("slower", "speed", -1),
    **_words("stronger", "strength", 1),
    **_words("weaker", "strength", -1),
    **_words("better", "quality", 1),
    **_words("worse", "quality", -1),
    **_words("older", "age", 1),
    **_words("younger", "age", -1),
    **_words("longer", "length", 1),
    **_words("shorter", "length", -1),
    **_words("richer wealthier", "wealth", 1),
    **_words("poorer", "wealth", -1),
    **_words("heavier", "weight", 1),
    **_words("lighter", "weight", -1),
    **_words("later", "time", 1),
    **_words("earlier", "time", -1),
    **_words("dearer costlier pricier", "price", 1),
    **_words("cheaper", "price", -1),
    **_words("hotter warmer", "heat", 1),
    **_words("colder cooler", "heat", -1),
    **_words("safer", "danger", -1),
    **_words("deadlier riskier", "danger", 1),
    **_words("healthier", "health", 1),
    **_words("easier", "difficulty", -1),
    **_words("harder", "difficulty", 1),
}
# "more slowly than" is "slower than"; "more quickly" is "faster".
AFTER_MORE: dict[str, tuple[str, int]] = {
    **_words("slowly", "speed", -1),
    **_words("quickly rapidly", "speed", 1),
    **_words("expensive costly", "price", 1),
    **_words("dangerous deadly risky", "danger", 1),
}
# Verbs (and words) that compare the words before them with those after: "Boys outperformed
# girls". Followed by "by" they are passives and compare the other way round.
VERBS: dict[str, tuple[str, int]] = {
    **_words(
        """outperform outperforms outperformed overtook overtake overtakes overtaken surpass
        surpasses surpassed beat beats beaten defeat defeats defeated topped eclipsed""",
        "rank",
        1,
    ),
    **_words("trail trails trailed trailing behind below", "rank", -1),
    "above": ("rank", 1),  # only after a word of RANK_AFTER, as "ahead of"
    **_words(
        """outnumber outnumbers outnumbered outsold outsell outsells outspent outspend
        outspends outscored outscore outscores outearn outearns outearned outvoted
        outraised outweigh outweighs outweighed exceed exceeds exceeded""",
        "amount",
        1,
    ),
    **_words("outpace outpaces outpaced outgrew outgrow outgrows", "speed", 1),
    # "The vaccine was approved before the trial ended"; "The drought preceded the famine".
    **_words("before preceded precedes", "time", -1),
    **_words("after followed follows", "time", 1),
}
# A verb or an adverb and the word that must follow it.
WORD_PAIRS: dict[tuple[str, str], tuple[str, int]] = {
    ("lost", "to"): ("rank", -1),
    ("loses", "to"): ("rank", -1),
    ("lose", "to"): ("rank", -1),
    ("ahead", "of"): ("rank", 1),
    ("lagged", "behind"): ("speed", -1),
    ("lags", "behind"): ("speed", -1),
    # A currency against another: "The dollar weakened against the euro" is "The euro
    # strengthened against the dollar".
    **dict.fromkeys(
        ((w, "against") for w in "weakened weakens weaken fell falls slipped".split()),
        ("strength", -1),
    ),
    **dict.fromkeys(
        ((w, "against") for w in "strengthened strengthens strengthen rose rises gained".split()),
        ("strength", 1),
    ),
}
# "ahead of" and "behind" rank only after these ("is ahead of", "five points behind"): "ahead
# of Labour's conference" and "behind the plan" rank nothing.
RANK_WORDS = frozenset({"ahead", "behind", "above", "below"})
# A race's or a table's words too: "finished ahead of", "came home behind", "crossed the
# line ahead of", "finished above Kenya in the medal table", "two seconds behind".
RANK_AFTER = frozenset(
    """is are was were be been being remain remains remained stay stays stayed points point
    well far just narrowly comfortably still pulled moved fell slipped finished finishes
    finish came comes ended ends placed ranked ranks home line polled polling seconds
    places strokes shots lengths laps""".split()
)
# Compared with an expectation or with itself at another time, not with another thing:
# "more than expected", "than ever", "than before".
EXPECTED = frozenset(
    """expected predicted thought forecast forecasts anticipated hoped estimated planned
    projected usual ever before previously initially originally""".split()
)
# A comparison reported as a belief is not the passage's own: "the myth that".
REPORTED = frozenset(
    """myth myths belief beliefs misconception misconceptions claim claims claimed false
    falsely contrary""".split()
)
# Words that are neither what is compared nor what it is measured by.
IGNORED = frozenset(
    """many much far even still significantly slightly considerably substantially lot times
    twice nearly almost generally often usually less more fewer""".split()
)
