"""Who did it: the name that does the claim's act, and another name doing it in the passage.

"Jim Hale introduced the bill" against "Tom Reed introduced the bill in March", or "The goal
was scored by Marcus Rashford" against "Bruno Fernandes scored the goal": the same act on
the same thing, by another named doer. ``entities`` sees a name swapped only inside an
aligned stretch, and a doer mostly stands at the edge of the sentence (its subject first,
its agent last, or the one where the other has the other).

Only acts one doer does are a clash (``SOLE_ACTS``: a bill is introduced, a goal scored, a
company bought by one); "Tom Reed voted for the bill" does not deny that Jim Hale did, it
only does not say so (``other_doer``: Related, not supports). The claim's doer named
anywhere in the passage ("Tom Reed and Jim Hale introduced it") is no swap.
"""

from __future__ import annotations

from factcheck.evidence.beaten import only_beaten
from factcheck.evidence.irregular import LEMMA, lemma
from factcheck.evidence.lexicon import NEGATORS, SPEECH_VERBS
from factcheck.evidence.namesakes import same_name
from factcheck.evidence.numbers import MONTHS, WEEKDAYS
from factcheck.evidence.scope import subject_stems
from factcheck.evidence.sides import Side, clause_ends_before, known, make_cue, phrase
from factcheck.workspace import STOP_WORDS, Cue, CueKind, stem

# Acts of one doer: another name doing them on the same thing denies the claim's. Not
# "found" (also "find"), "said", "voted", "backed", "attended": many do those at once.
SOLE_ACTS = frozenset(
    lemma(stem(w))
    for w in """introduce introduced buy bought acquire acquired score scored write wrote
    written author authored invent invented design designed direct directed compose composed
    sponsor sponsored veto vetoed chair chaired host hosted win won build built table
    tabled""".split()
)
# Saying and finding: who said or found it is the attribution's to compare (``attribution``),
# and another's saying the same does not deny the claim's ("NOAA reported that 2016 was the
# warmest year" for "NASA reported ...").
_SAYING = (
    frozenset(
        lemma(stem(w))
        for w in SPEECH_VERBS
        | set(
            """report reported find found estimate estimated predict predicted note noted show
        showed shown suggest suggested believe believes say""".split()
        )
    )
    - SOLE_ACTS
)
# Words between a doer and its verb: "Google [has] bought", "Hale [quietly] introduced".
_BETWEEN = frozenset("has have had will would did does".split())
# Words inside a name of several words: "Institute [for] Fiscal Studies", "Bank [of] England".
_INSIDE_NAME = frozenset({"of", "for", "and", "&"})
# A capitalised first word that is mostly no name: a plural ("Researchers found") or one of
# these common nouns ("Police arrested").
_COMMON_FIRST = frozenset("police staff people government parliament".split())
# A passive's verb comes after a form of "be" ("was scored by"), or after a comma ("The
# report, written by").
_BE = frozenset("is are was were be been being".split())


def is_name(side: Side, i: int) -> bool:
    """Whether word ``i`` may be a name's: capitalised, no stop word, negator, month or weekday."""
    w = side.words[i]
    return (
        w.text[:1].isupper()
        and w.norm not in STOP_WORDS
        and w.norm not in NEGATORS
        and w.norm not in MONTHS
        and w.norm not in WEEKDAYS
    )


def _name_ending(side: Side, last: int) -> list[int]:
    """The words of the name that ends at word ``last`` ("Institute for Fiscal Studies"),
    or [] when word ``last`` is no name."""
    if last < 0 or not is_name(side, last):
        return []
    first = last
    while first > 0 and not clause_ends_before(side, first):
        if is_name(side, first - 1):
            first -= 1
        elif first > 1 and side.words[first - 1].norm in _INSIDE_NAME and is_name(side, first - 2):
            first -= 2
        else:
            break
    if first == 0 and first == last:
        norm = side.words[0].norm
        if norm.endswith("s") or norm in _COMMON_FIRST:
            return []  # "Researchers discovered", "Police arrested": no name
    return list(range(first, last + 1))


def _name_starting(side: Side, first: int) -> list[int]:
    """The words of the name that starts at word ``first``, or []."""
    words = side.words
    if first < len(words) and words[first].norm == "the":
        first += 1
    if first >= len(words) or not is_name(side, first):
        return []
    last = first
    while last + 1 < len(words) and not clause_ends_before(side, last + 1):
        if is_name(side, last + 1):
            last += 1
        elif (
            last + 2 < len(words)
            and words[last + 1].norm in _INSIDE_NAME
            and is_name(side, last + 2)
        ):
            last += 2
        else:
            break
    return list(range(first, last + 1))


def _doer(side: Side, v: int) -> tuple[list[int], bool]:
    """The name doing the verb at ``v`` and whether it is a passive's agent: "[Jim Hale]
    introduced", "Google has bought", "scored by [Marcus Rashford]"; ([], False) when no
    name does it."""
    words = side.words
    be = v > 0 and words[v - 1].norm in _BE
    by = v + 1 < len(words) and words[v + 1].norm == "by"
    if by and (be or (v > 0 and clause_ends_before(side, v))):
        return _name_starting(side, v + 2), True
    if be:
        return [], True  # "The bill was introduced in March": by no one named
    j = v - 1
    while j >= 0 and (words[j].norm in _BETWEEN or words[j].norm.endswith("ly")):
        j -= 1
    if j >= 0 and clause_ends_before(side, j + 1):
        return _before_apposition(side, j), False
    return _name_ending(side, j), False


def _before_apposition(side: Side, last: int) -> list[int]:
    """The name before an apposition that ends at word ``last``: "[Tom Reed], a Democrat,
    voted"; [] when no comma opens one within five words."""
    if "," not in side.text[side.words[last].end : side.words[last + 1].start]:
        return []
    for k in range(last, max(0, last - 5), -1):
        if clause_ends_before(side, k):
            opened = "," in side.text[side.words[k - 1].end : side.words[k].start]
            return _name_ending(side, k - 1) if opened else []
    return []


def _thing(side: Side, v: int, passive: bool, *, reach: int = 1) -> tuple[str, ...]:
    """The stems of what the act is done to: the first ``reach`` content words after an
    active verb ("introduced the [bill]", "won [Sunday's state election in Saxony]"), the
    last ones before a passive's ("The [goal] was scored")."""
    words = side.words
    order = range(v - 1, -1, -1) if passive else range(v + 1, len(words))
    found: list[str] = []
    for j in order:
        if words[j].norm not in STOP_WORDS and not words[j].norm[:1].isdigit():
            found.append(words[j].stem)
            if len(found) == reach:
                break
    return tuple(found)


def _acts(claim: Side) -> list[tuple[int, list[int], str | None]]:
    """The claim's acts with a named doer: (its verb, the doer's words, the stem of what it
    is done to). Only verbs in a past form ("introduced", "bought", "was scored by"): news
    reports acts done, and without them "[Antarctic] sea ice" would read as an act. Read
    once per claim."""
    found = []
    for v, w in enumerate(claim.words):
        if not (w.norm.endswith("ed") or w.stem in LEMMA) or lemma(w.stem) in _SAYING:
            continue  # an act done: a past form ("introduced", "bought", "won")
        names, passive = _doer(claim, v)
        if names:
            found.append((v, names, next(iter(_thing(claim, v, passive)), None)))
    return found


def _swaps(claim: Side, passage: Side) -> list[tuple[int, list[int], list[int]]]:
    """(the claim's verb, its doer, the passage's other doer or []) for each act of the
    claim's the passage gives, on the same thing, without naming the claim's doer: all its
    words ("House of Commons" is not named by "the House of Lords approved it"), and not
    only as the one beaten ("defeating Maria Lopez")."""
    acts = known(claim, _acts)
    if not acts:
        return []
    have = passage.stem_set
    found = []
    for v, names, thing in acts:
        mine = {claim.words[i].stem for i in names}
        named = mine <= have and not only_beaten(passage, mine)
        if named or (thing is not None and thing not in have):
            continue  # the claim's doer is there, or the thing is not
        verb = lemma(claim.words[v].stem)
        for j, s in enumerate(passage.stem_list):
            if verb == _WIN_LEMMA and s == _WENT and _went_to(passage, j):
                theirs = _name_starting(passage, j + 2)  # "went to [Lily Gladstone]"
                if theirs and thing in subject_stems(passage, j):
                    found.append((v, names, theirs))  # "The award went to Lily Gladstone"
                    break
            if s != verb and lemma(s) != verb:
                continue
            theirs, passive = _doer(passage, j)
            if not theirs and not (passive and _agentless(passage, j)) and not _first(passage, j):
                continue  # "confirmed by a vote", "The senator introduced": maybe the claim's
            if theirs and same_name(claim, names, passage, theirs):
                continue  # "Senator Hale" for "Jim Hale", "CDU" for "Christian Democrats"
            # The claim's thing among the first words of the passage's: "won the state
            # election" / "won Sunday's state election in Saxony".
            if thing is None or thing in _thing(passage, j, passive, reach=4):
                found.append((v, names, theirs))  # or none: "The bill was introduced"
                break
    return found


def shared_act(claim: Side, name: int, passage: Side, other: int) -> bool:
    """Whether the claim's name at ``name`` and the passage's other name at ``other`` each
    do the same act, one many do at once (none of ``SOLE_ACTS``, no saying): "The Senate
    passed the bill" / "The House passed the bill", "Senator Hale voted for" / "Senator Reed
    voted for". The passage gives the act to another, which does not deny the claim's
    (``other_doer``: Related), as "Google bought" denies "Apple bought"."""
    verbs = [_verb_after(side, i) for side, i in ((claim, name), (passage, other))]
    if verbs[0] is None or verbs[0] != verbs[1]:
        return False
    return verbs[0] not in SOLE_ACTS and verbs[0] not in _SAYING


def _verb_after(side: Side, name: int) -> str | None:
    """The lemma of the verb in a past form right after a name ("Senate [passed]", "Hale
    has [voted]"), else None."""
    words = side.words
    j = name + 1
    while j < len(words) and words[j].text[:1].isupper() and not clause_ends_before(side, j):
        j += 1  # the rest of the name: "European Central [Bank]"
    while j < len(words) and (words[j].norm in _BETWEEN or words[j].norm.endswith("ly")):
        j += 1
    if j >= len(words) or clause_ends_before(side, j):
        return None
    w = words[j]
    return lemma(w.stem) if w.norm.endswith("ed") or w.stem in LEMMA else None


# A prize or a seat that "went to" someone was won by them.
_WIN_LEMMA, _WENT = lemma(stem("won")), stem("went")


def _went_to(side: Side, j: int) -> bool:
    """Whether word ``j`` is the "went" of "went to", with something before it."""
    return j > 0 and j + 1 < len(side.words) and side.words[j + 1].norm == "to"


def _first(side: Side, v: int) -> bool:
    """Whether the verb at ``v`` comes right after the sentence's first word, capitalised:
    a doer ("Jones won the race") or a plural ("Researchers won"); either way not the
    claim's named doer, whom the passage does not name."""
    return v == 1 and side.words[0].text[:1].isupper() and side.words[0].norm not in STOP_WORDS


def _agentless(side: Side, v: int) -> bool:
    """Whether the passive verb at ``v`` names no agent: no "by" after it."""
    return not (v + 1 < len(side.words) and side.words[v + 1].norm == "by")


def doer_cues(claim: Side, passage: Side) -> list[Cue]:
    """A clash where the passage gives one of the claim's sole acts (``SOLE_ACTS``) to
    another named doer: "Microsoft bought the startup" / "Google bought the startup"."""
    cues = []
    for v, names, theirs in _swaps(claim, passage):
        if not theirs or lemma(claim.words[v].stem) not in SOLE_ACTS:
            continue
        said = claim.text[slice(*phrase(claim, names[0], names[-1]))]
        start, end = phrase(passage, theirs[0], theirs[-1])
        cues.append(make_cue(CueKind.ENTITY, said, passage, start, end, conflict=True))
    return cues


def other_doer(claim: Side, passage: Side) -> bool:
    """Whether the passage gives one of the claim's acts to another doer only, named or not:
    it does not state the claim ("Jim Hale voted for the bill" / "Tom Reed voted for it",
    "Jim Hale introduced the bill" / "The bill was introduced in March")."""
    return bool(_swaps(claim, passage))


_WIN = frozenset(lemma(stem(w)) for w in "win won beat defeated".split())
_LOSE = lemma(stem("lost"))


def lost_to(claim: Side, k: int, passage: Side, hit: int) -> bool:
    """Whether a win on one side and a loss on the other say one thing: "David Park won the
    race" and "Sarah Kim lost the race to David Park" (the loss is to the winner the other
    side names). Either side may have either."""
    for one, i, other, j in ((claim, k, passage, hit), (passage, hit, claim, k)):
        if lemma(one.words[i].stem) not in _WIN or lemma(other.words[j].stem) != _LOSE:
            continue
        winner = {one.words[n].stem for n in _doer(one, i)[0]}
        words = other.words
        for t in range(j + 1, min(j + 8, len(words) - 1)):
            if clause_ends_before(other, t):
                break
            if words[t].norm == "to":
                named = {words[n].stem for n in _name_starting(other, t + 1)}
                return bool(winner) and winner <= named
    return False
