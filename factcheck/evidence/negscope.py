"""What a negation reaches: the content words a "not", "never" or "denies" governs (for
``negation``)."""

from __future__ import annotations

from collections.abc import Container, Iterator

from factcheck.evidence.denied import BETWEEN, denies_its_verb, head_after, reported
from factcheck.evidence.instances import AGAIN, NEARBY, OTHER_INSTANCE
from factcheck.evidence.irregular import lemma
from factcheck.evidence.lexicon import ANTONYM_INDEX, NEGATORS, PRIVATIVE_VERBS
from factcheck.evidence.negforms import KEYS, KEYS_DECLINE
from factcheck.evidence.sides import Side, clause_ends_before
from factcheck.workspace import STOP_WORDS, stem

# Content words after a negator that still fall under it ("not associated with [severe]
# [COVID-19]"), up to the end of its clause.
SCOPE = 4
# Words that start another verb or clause once the negated phrase has begun ("not
# sufficiently treated [is] associated": "associated" is not negated).
_SCOPE_BREAK = frozenset(
    "is are was were be been has have had that which who but while whereas although".split()
)
# A denied clause's own words that end it: not its auxiliaries ("that the driver [had] been").
_CLAUSE_BREAK = frozenset("that which who but while whereas although".split())
_ASKED = frozenset({"whether", "if"})
# Words that open another clause, and the pro-forms a negation may deny before one:
# "pledging not to do so [while] peace talks were taking place" denies "do so" (something
# said before it), not the talks. Without a pro-form the negated verb may still follow:
# "did not, although doctors hoped it would, reduce deaths".
_CLAUSE_OPENERS = frozenset({"while", "whereas", "although", "though", "but"})
_PRO_FORMS = frozenset({"so", "it", "this", "that"})
_PHRASE_KEYS = (KEYS | KEYS_DECLINE) - {"stopped", "ceased"}


def scope_of(side: Side, index: int) -> list[int]:
    """Indexes of the content words a negator at ``index`` governs."""
    found: list[int] = []
    # A phrase ("declined to [comment] on the order", "has yet to be [approved]") denies
    # its verb, not the words after it.
    most = 1 if side.words[index].norm in _PHRASE_KEYS else SCOPE
    start = reported(side, index)
    # A denied clause ("denied reports that the driver [had] been drinking") runs past
    # its auxiliaries to its verb.
    breaks = _CLAUSE_BREAK if start > index else _SCOPE_BREAK
    if denies_its_verb(side, index):  # "None of the team's games were [lost]": its verb
        most, breaks = len(side.words), _CLAUSE_BREAK
    for j in range(start + 1, len(side.words)):
        if len(found) >= most or clause_ends_before(side, j):
            break
        norm = side.words[j].norm
        if (found and norm in breaks) or norm in _ASKED:
            break  # "has not said [whether] she backs it": the question is not denied
        if norm in _CLAUSE_OPENERS and not found and _pro_form(side, index, j):
            break  # "not to do so while ...": what is denied was said before
        if norm in BETWEEN:
            continue  # "has not [yet] been published": an adverb, the verb comes after
        if side.words[j].norm not in STOP_WORDS and side.words[j].norm not in NEGATORS:
            found.append(j)
    return found


def _pro_form(side: Side, negator: int, end: int) -> bool:
    """Whether a pro-form ("do so", "do it") stands between a negator and ``end``."""
    return any(side.words[k].norm in _PRO_FORMS for k in range(negator + 1, end))


def shared_under(passage: Side, negation: int, claim_stems: Container[str]) -> Iterator[int]:
    """The words under a passage's negation that the claim uses too."""
    return (j for j in scope_of(passage, negation) if passage.words[j].stem in claim_stems)


def words_under(passage: Side, negation: int, claim_stems: Container[str]) -> bool:
    """Whether a word under a passage's negation is one the claim uses too, not a figure:
    "not seen in hundreds of years" says nothing against "CO2 increase is natural, not
    human-caused", nor "has not yet published figures for 2025" against "Library visits
    rose in 2025"."""
    words = passage.words
    return any(
        not words[j].norm[:1].isdigit() for j in shared_under(passage, negation, claim_stems)
    )


# Words that deny only a degree of what follows them: "did not cause [serious] side
# effects" denies serious ones, not side effects.
_DEGREES = frozenset(
    stem(w)
    for w in """serious seriously significant significantly major severe lasting permanent
    substantial widespread long-term""".split()
)


def _verb_negator(side: Side, negator: int) -> bool:
    """Whether a negator denies a verb ("did not", "never", "won't"), not a thing ("no X")
    nor by a verb of its own ("refused to", "denied")."""
    norm = side.words[negator].norm
    return norm in ("not", "never") or norm.endswith("n't")


def denies_more(claim: Side, negator: int, passage: Side) -> bool:
    """Whether the claim's negated verb denies only a degree the passage does not speak of:
    a word of ``_DEGREES`` under it that the passage lacks ("did not cause [serious] side
    effects" against "The most common side effects were a sore arm"). Such a passage
    speaks of something else than what is denied: no clash, however many words it shares.
    "Vaccines do not cause autism" against "Vaccines were linked to autism" still clashes,
    and "did not cause serious side effects" against "caused serious side effects" too."""
    if _DEGREES.isdisjoint(claim.stem_set) or not _verb_negator(claim, negator):
        return False  # most claims name no degree
    words, have = claim.words, passage.stem_set
    return any(
        words[j].stem in _DEGREES and words[j].stem not in have for j in scope_of(claim, negator)
    )


def denies_other(claim: Side, passage: Side) -> bool:
    """Whether a claim's negated verb is one the passage lacks and the claim denies only a
    degree the passage does not speak of (``denies_more``): the passage neither states nor
    contradicts what is denied ("The vaccine did not cause serious side effects" / "The
    most common side effects were a sore arm"). Or a verb that names what it denies ("ruled
    out [closing]", "refused to [resign]") denies a verb the passage lacks: "The Leeds plant
    employs 400 people" does not state "The company ruled out closing the Leeds plant".
    Read only for a claim that denies."""
    for negator in claim.denials:
        if _verb_negator(claim, negator):
            if not denies_more(claim, negator, passage):
                continue  # "did not cause autism" / "linked to autism": the negation cues'
        elif claim.words[negator].norm in NEGATORS:
            continue  # "no deaths", "nobody": counts of none, the negation cues'
        head = head_after(claim, negator)
        if head is None:
            continue
        verb = claim.words[head].stem
        if _named_in(passage, verb):
            continue  # the negated verb is there: the negation cues compare
        return True
    return False


def _named_in(passage: Side, verb: str) -> bool:
    """Whether the passage names a verb: the same stem, its irregular forms ("held" for
    "hold"), or a word of its root ("production" for "producing": five letters alike)."""
    if verb in passage.stem_set:
        return True
    root = verb[:5] if len(verb) >= 5 else None
    wanted = lemma(verb)
    return any(lemma(s) == wanted or (root and s.startswith(root)) for s in passage.stem_list)


# Words that say a level did not move: "left interest rates [unchanged]", "held [steady]".
_UNCHANGED_STEMS = frozenset(stem(w) for w in "unchanged steady flat stable froze frozen".split())


def held_unchanged(claim: Side, head: int | None, passage: Side, changes: frozenset[int]) -> bool:
    """Whether the claim denies a change ("did not raise interest rates") that the passage
    says did not happen in other words ("left interest rates unchanged"): no clash, the
    same fact. ``changes`` are the antonym groups of a change (``scope.CHANGE_GROUPS``)."""
    if head is None or _UNCHANGED_STEMS.isdisjoint(passage.stem_set):
        return False
    return any(g in changes for g, _ in ANTONYM_INDEX.get(claim.words[head].stem, ()))


# Auxiliaries a negation may stand on alone, its verb left out: "said it [would] not".
_AUXILIARIES = frozenset(
    "would will did does do had has have could can should is was were are must might".split()
)


def elided_after(side: Side, index: int) -> bool:
    """Whether a negation after word ``index`` stands on its auxiliary alone, its verb left
    out and so the verb said before it ("Critics said the bill would raise taxes; the
    minister said it would not"): the passage denies the verb at ``index`` too. The
    negation ends its clause ("would not," "wouldn't.") or the passage."""
    words = side.words
    for n in side.negators:
        if n <= index:
            continue
        norm = words[n].norm
        alone = (norm == "not" and n > 0 and words[n - 1].norm in _AUXILIARIES) or (
            norm.endswith("n't") or norm.endswith("nt")
        )
        if alone and (n + 1 == len(words) or clause_ends_before(side, n + 1)):
            return True
    return False


def on_another_instance(passage: Side, negator: int) -> bool:
    """Whether the passage's negated verb acts on another instance of the claim's thing:
    "he had refused to sign [a similar one]", "did not attend [the previous summit]"."""
    head = head_after(passage, negator)
    if head is None:
        return False
    for j in range(head + 1, min(head + 7, len(passage.words))):
        if clause_ends_before(passage, j):
            return False  # "no longer employs anyone; its [last] workers": another clause
        norm = passage.words[j].norm  # "[a similar] one"; "No one died in [a second] crash"
        if norm in OTHER_INSTANCE and j < head + 4:
            return True
        if norm in AGAIN and passage.words[j - 1].norm == "a" and j < head + 5:
            return True
        if (
            passage.words[j].norm in NEARBY
        ):  # "No deaths were reported in the [neighbouring] county"
            return True
    return False


# Auxiliaries after a noun phrase: "No avalanche warnings [had] been issued".
_AUXILIARIES = frozenset("is are was were has have had will would could can may might".split())


def modifier_only(passage: Side, negator: int, claim_stems: Container[str]) -> bool:
    """Whether a passage's "no" reaches the claim's word only as a modifier of another noun:
    in "No avalanche warnings had been issued" the "no" counts warnings, which the claim
    ("Five people died in the avalanche") never names; the avalanche is not denied. Read
    only where the noun is plain: the word right after the claim's is no word of the claim
    and an auxiliary follows it ("No deaths [were] reported" denies deaths)."""
    words = passage.words
    if words[negator].norm != "no" or negator + 3 >= len(words):
        return False
    modifier, noun, verb = words[negator + 1], words[negator + 2], words[negator + 3]
    return (
        modifier.stem in claim_stems
        and noun.norm not in STOP_WORDS
        and noun.stem not in claim_stems
        and verb.norm in _AUXILIARIES
        and not clause_ends_before(passage, negator + 2)
    )


def negated_opposite(claim: Side, k: int, passage: Side, i: int) -> bool:
    """Whether the passage's opposite at ``i`` of claim word ``k`` is under one of the
    passage's negations ("refused to [sign]", "did not [approve]", "has not [lost]") and
    the claim's word under none of the claim's: the passage then says the claim's word in
    other words ("vetoed", "rejected", "won"), no clash."""
    if not any(i in scope_of(passage, n) for n in passage.negators):
        return False
    return not any(k in scope_of(claim, n) for n in claim.denials)


def lacking(side: Side, index: int) -> bool:
    """Whether word ``index`` follows a verb that says it is lacking ("lost [power]",
    "lacked [funding]"), with at most one word between ("lost their [homes]")."""
    return any(side.words[j].stem in PRIVATIVE_VERBS for j in range(max(0, index - 2), index))
