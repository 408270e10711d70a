"""A denial said of another thing than the claim's: no clash, and no statement of it.

"Inflation did not fall in March" says nothing against "Unemployment fell in March" (the
"not" is said of inflation), nor "ibuprofen might increase the risk" against "Drinking
alcohol won't reduce coronavirus risk" (the opposite is said of ibuprofen); neither states
the claim either (``stated``). Split from ``negation``, which asks the same questions.
"""

from __future__ import annotations

from collections.abc import Collection

from factcheck.evidence.earlier import another_time, gives_time, year_of
from factcheck.evidence.irregular import lemma
from factcheck.evidence.lexicon import ANTONYM_INDEX, ANTONYMS, NEGATING_VERBS, NEGATORS
from factcheck.evidence.scope import finite, said_elsewhere
from factcheck.evidence.sides import Side, clause_ends_before
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS

# Adverbs between a negator and the word it denies: "has not been previously [identified]",
# "did not fully [recover]". Read as the denied word, "previously" clashed with any passage
# that says "previously" of something else ("previously known as").
BETWEEN = frozenset(
    """previously already still ever always immediately fully necessarily really directly
    currently recently initially originally officially publicly formally actually
    significantly entirely completely yet""".split()
)


_GROUP_DETERMINERS = frozenset("the its their these those".split())


def head_after(side: Side, index: int) -> int | None:
    """The first content word after a negator ("not [informed]"), past an adverb of
    ``BETWEEN`` ("not previously [identified]"); for a denial of a clause, that clause's
    verb ("denied that the files were [lost]")."""
    words = side.words
    that = index + 1 < len(words) and words[index + 1].norm == "that"
    if that and words[index].stem in NEGATING_VERBS:
        verb = clause_verb(side, index + 1)
        if verb is not None:
            return verb
    last = min(index + 4, len(side.words))
    j = index
    while (j := j + 1) < last:  # a while loop: ``last`` grows past an adverb
        w = side.words[j]
        if w.norm in BETWEEN or (
            w.norm.isdigit() and side.words[j - 1].norm in _GROUP_DETERMINERS
        ):  # "None of the [12] candidates": a group's size, the candidates are denied
            last = min(last + 1, len(side.words))  # it does not count against the reach
            continue
        if w.norm not in STOP_WORDS and w.norm not in NEGATORS and w.norm != "longer":
            return j  # "no longer [produces]"
    return None


# Auxiliaries before the verb of a denied clause: "that the files [were] lost".
_CLAUSE_AUXILIARIES = frozenset(
    "is are was were has have had did does do will would could can may might should must"
    " be been".split()
)


def clause_verb(side: Side, that: int) -> int | None:
    """The verb of the clause a denial's "that" opens: the first content word after its
    first auxiliary, within its clause. "The minister denied that the files were lost"
    denies the loss, not the files: "The files contained ..." says nothing against it, and
    "the files had not been lost" says it too. None without an auxiliary ("denied that he
    knew"): then the first content word is the verb already."""
    words = side.words
    for j in range(that + 1, min(that + 7, len(words))):
        if clause_ends_before(side, j):
            return None
        if words[j].norm in _CLAUSE_AUXILIARIES:
            for k in range(j + 1, min(j + 4, len(words))):
                norm = words[k].norm
                if norm not in STOP_WORDS and norm not in NEGATORS and norm not in BETWEEN:
                    return k  # "were [ever] lost": past an adverb, as ``head_after``
            return None
    return None


def opposite_in(claim: Side, negator: int, passage: Side, window: tuple[int, int]) -> bool:
    """Whether the passage holds the opposite of the word the claim's negation denies,
    said of another thing ("won't [reduce] the risk" against "ibuprofen might increase
    it"): no clash. Said of the claim's thing, the antonym cue reads it, and the two cancel
    out as "did not reject" and "accepted" do (``stance``)."""
    head = head_after(claim, negator)
    if head is None:
        return False
    opposites = {
        s
        for g, side in ANTONYM_INDEX.get(claim.words[head].stem, ())
        for s in ANTONYMS[g][1 - side]
    }
    found = [i for i in range(*window) if passage.words[i].stem in opposites]
    content = claim.content_stems()
    return bool(found) and all(
        finite(passage, i) and said_elsewhere(passage, i, content) for i in found
    )


# Negators that deny the verb of their clause, however many words name whom: "None of the
# 12 crew members died", "No one on board the ferry was hurt". Only before the words that
# name whom ("of", "on"...): "No one was hurt in a similar explosion" is read as before.
_NONE = frozenset({"none", "nobody", "no-one"})
_WHOM = frozenset("of in on at from among aboard inside".split())


def denies_its_verb(side: Side, index: int) -> bool:
    """Whether the negator at ``index`` is "none", "nobody" or "no one" (``_NONE``)
    followed by the words that name whom it counts ("None [of] the crew")."""
    words = side.words
    after = index + 1
    if words[index].norm == "no" and after < len(words) and words[after].norm == "one":
        after += 1
    elif words[index].norm not in _NONE:
        return False
    return after < len(words) and words[after].norm in _WHOM


def denies_opposite(claim: Side, passage: Side, negator: int) -> bool:
    """Whether the passage's negation denies the opposite of a word of the claim: "have
    not lost at home" says "won at home" (the antonym cue leaves it when the passage says
    "winning" too, so the two do not cancel out in ``stance``): no clash. Nor when its
    negating verb is on the side of one of the claim's ("refused permission for the tower"
    says "rejected the tower")."""
    mine = claim.stem_set
    if any(  # "refused permission for the tower" says "rejected the tower"
        not mine.isdisjoint(ANTONYMS[g][side])
        for g, side in ANTONYM_INDEX.get(passage.words[negator].stem, ())
    ):
        return True
    head = head_after(passage, negator)
    words = passage.words
    heads = [] if head is None else [head]
    if denies_its_verb(passage, negator):  # "None of the 12 crew members [died]": its verb
        j = negator + 1
        while j < len(words) and not clause_ends_before(passage, j):
            heads.append(j)
            j += 1
    return any(
        not mine.isdisjoint(ANTONYMS[g][1 - side])
        for h in heads
        for g, side in ANTONYM_INDEX.get(words[h].stem, ())
    )


def negated_elsewhere(claim: Side, passage: Side) -> bool:
    """Whether the passage denies the claim's verb of another thing (``_of_another``), or
    says the opposite of what the claim denies of another thing (``_opposite_in``): it
    then does not state the claim either ("Inflation did not fall in March" for
    "Unemployment fell in March")."""
    text = passage.text
    if ("not" in text or "n't" in text or "never" in text) and any(
        of_another(claim, passage, n) for n in passage.negators
    ):
        return True
    whole = (0, len(passage.words))
    return any(opposite_in(claim, n, passage, whole) for n in claim.denials)


def of_another(claim: Side, passage: Side, negator: int) -> bool:
    """Whether the passage's negation denies the claim's verb of another thing: "Inflation
    did not fall in March" says nothing against "Unemployment fell in March". Only when the
    negated word is the claim's (by stem or as the same side of an opposite: "fall" and
    "fell"); "Trials did not show a benefit of the drug" still denies "the drug helps"."""
    word = passage.words[negator]
    if word.norm == "no" and gives_time(claim) and another_time(claim, passage):
        # "There were no deaths on the mountain last season" for "Two climbers died on the
        # mountain this season": another time's none (as ``nobody.none_elsewhere``).
        return True
    if not (word.norm in ("not", "never") or word.norm.endswith("n't")):
        return False  # "ruled out", "denied", "no evidence": another's word on the thing
    head = head_after(passage, negator)
    if head is None:
        return False
    claim_stems = claim.content_stems()
    if not claimed(passage.words[head].stem, claim_stems):
        return False
    if negator > 1 and passage.words[negator - 2].norm == "and":
        # "Meridian said it expected ... and did not plan job cuts": of the clause's subject
        start = next(j for j in range(negator, -1, -1) if j == 0 or clause_ends_before(passage, j))
        subject = (w.stem for w in passage.words[start:negator] if w.norm not in STOP_WORDS)
        return next(subject, "") not in claim_stems
    return said_elsewhere(passage, negator, claim_stems)


def claimed(word_stem: str, claim_stems: Collection[str]) -> bool:
    """Whether a word is one of the claim's: by stem, or on the same side of an opposite
    as one of them ("fell" for "fall", "lower" for "reduces")."""
    if word_stem in claim_stems:
        return True
    sides = set(ANTONYM_INDEX.get(word_stem, ()))
    return bool(sides) and any(sides.intersection(ANTONYM_INDEX.get(s, ())) for s in claim_stems)


# "denied [reports that] it is planning layoffs": a denial of what the reports say. The
# nouns a denial passes through to the clause after their "that"; "no [evidence that] the
# driver had been drinking" denies the drinking.
_REPORTS = frozenset(
    "report reports claim claims allegation allegations suggestion suggestions rumour rumours"
    " rumor rumors speculation evidence proof sign signs indication accusation accusations".split()
)


_BEFORE_REPORTS = frozenset(
    "the media press news good clear strong credible convincing real scientific".split()
)


def reported(side: Side, index: int) -> int:
    """Where a denial's scope starts: after "reports that" for "denied reports that X"
    ("denies" is ``lexicon.NEGATING_VERBS``), else right after the negator."""
    words = side.words
    j = index + 1
    if j < len(words) and words[j].norm in _BEFORE_REPORTS:
        j += 1  # "denied [media] reports that", "no [good] evidence that"
    if j + 1 < len(words) and words[j].norm in _REPORTS and words[j + 1].norm == "that":
        return j + 1
    return index


def denied_later(passage: Side, negator: int, denied: set[str]) -> bool:
    """Whether the claim's denied verb comes later in the clause of a passage's "no X":
    "[No] dividend has been [paid]" denies what "has not paid a dividend" does."""
    if passage.words[negator].norm not in ("no", "none", "never"):
        return False
    for j in range(negator + 1, min(negator + 7, len(passage.words))):
        if clause_ends_before(passage, j):
            return False
        if lemma(passage.words[j].stem) in denied:
            return True
    return False


_NEGATIVE_PREFIXES = ("non-", "non", "un", "in", "im", "dis", "a")
_WHOLE_WORD_PREFIXES = frozenset({"non-", "non", "un"})


def negated_form_in(side: Side, indexes: range, head: Word) -> bool:
    """Whether a word of ``side`` is ``head`` with a negative prefix: "asymptomatic" for
    "symptoms", "non-smokers" for "smokers", "unvaccinated" for "vaccinated"; or with
    "-less" after its stem: "goalless" for "goals"."""
    # A short stem ("arm" of "armed") is matched whole, by the word as written, after a
    # prefix that is never part of a plain word: "unarmed" (not "alive" for "live").
    short = len(head.stem) < 4
    for i in indexes:
        norm = side.words[i].norm
        if norm == head.stem + "less" and not short:
            return True  # "goalless" for "no goals", "scoreless" for "no score"
        for prefix in _NEGATIVE_PREFIXES:
            if not norm.startswith(prefix):
                continue
            rest = norm[len(prefix) :]
            if short and rest == head.norm and prefix in _WHOLE_WORD_PREFIXES:
                return True
            if not short and rest.startswith(head.stem[:5]):
                return True
    return False


_RELATIVE = frozenset({"who", "which", "whose", "whom"})


def earlier(side: Side, index: int, claim: Side | None = None) -> bool:
    """Whether word ``index`` is in a relative clause of an earlier time, background to the
    sentence's news: "The minister, who had refused to resign for weeks, resigned on
    Friday"; "The project, which had been running behind schedule, was delivered early".
    With ``claim``, also one dated to a year the claim does not give: "The library, which
    opened in September 1985, has 12,000 members" for "will close the library in September"."""
    for j in range(index, max(0, index - 8), -1):
        if side.words[j - 1].norm in _RELATIVE:
            if any(w.norm == "had" for w in side.words[j:index]):
                return True
            return claim is not None and _dated_otherwise(side, index, claim)
        if clause_ends_before(side, j):
            return False
    return False


def _dated_otherwise(side: Side, index: int, claim: Side) -> bool:
    """Whether word ``index`` is dated right after it to a year none of the claim's dates
    gives ("opened [in September 1985]")."""
    end = side.words[index].end
    dated = next((m for m in side.calendar if end <= m.start <= end + 12), None)
    year = None if dated is None else year_of(dated)
    return year is not None and all(year_of(m) != year for m in claim.calendar)


def in_relative(side: Side, index: int) -> bool:
    """Whether word ``index`` is in a relative clause: a "who" or "which" before it in its
    clause ("The team, [which] had failed to reach a final, ...")."""
    for j in range(index, max(0, index - 8), -1):
        if side.words[j - 1].norm in _RELATIVE:
            return True
        if clause_ends_before(side, j):
            return False
    return False
