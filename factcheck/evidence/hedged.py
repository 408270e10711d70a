"""Hedged or reported statements: a passage that says the claim's thing may happen, or that
its critics say it happened, does not state it as a fact.

- A doubting report: "Critics claim the mayor misused public funds", "Prosecutors allege
  the senator took bribes", "Some social media posts claim the vaccine causes
  infertility", "reportedly", "allegedly" do not state "The mayor misused public funds"
  (the claim itself reports no such doubt). A plain attribution ("the statistics office
  said", "an audit found") is no doubt.
- A possibility or an expectation against a fact: "The central bank is expected to raise
  interest rates" does not state "The central bank raised interest rates" (a claim in the
  past), nor "could close next year" "The factory will close next year" (a claim of what
  will be); nor a plan ("has proposed raising parking fees" for "raised parking fees"), a
  condition ("If no funding is found, the bridge will close in May") or a question ("Will
  the plant close at the end of the year?"). A claim in the present ("The drug reduces
  the risk") is not compared: evidence that it "may reduce" it is how studies state it.

Read by ``stated.not_stated``: such a passage is Related, never supports; a clash is
still a clash.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.evidence.alignment import claim_side
from factcheck.evidence.irregular import LEMMA, forms, lemma
from factcheck.evidence.scope import finite
from factcheck.evidence.sides import Side, clause_ends_before
from factcheck.evidence.wordsplit import Word
from factcheck.workspace import STOP_WORDS, stem

# Words that report a statement with doubt, wherever they stand in the passage.
_DOUBTING = frozenset(
    """allege alleges alleged allegedly reportedly purportedly supposedly rumoured rumored
    unconfirmed unverified""".split()
)
# Those whose statements are reported with doubt, before a verb of saying: a side's view
# ("Campaigners argue the runway will harm air quality", "Supporters credit the policy with
# reducing crime") is not the fact it argues.
_DOUBTERS = frozenset(
    """critics opponents sceptics skeptics detractors posts rumours rumors theorists
    conspiracy campaigners activists supporters proponents""".split()
)
_SAYING = frozenset(
    """claim claims claimed say says said argue argues argued insist insists insisted
    suggest suggests suggested believe believes contend contends maintain maintains
    allege alleges alleged credit credits credited""".split()
)
# A possibility: the modal right before the verb ("may raise", "could have risen").
_MODALS = frozenset("may might could".split())
# A claim with any of these is no plain fact to compare.
_CLAIM_MODALS = _MODALS | frozenset("can would should must shall".split())
# An expectation: "is expected to raise", "is likely to", "is set to".
_EXPECTING = frozenset(
    """expected likely set due poised forecast projected predicted tipped scheduled planned
    plans plan intends intend aims hopes""".split()
)
_FORECAST = frozenset("expected likely forecast projected predicted tipped hopes".split())
_HAVE = frozenset("has have had".split())
# A claim of one short clause ("The central bank raised interest rates"): in a long one,
# "based on reliable data" and "randomized trials" are no facts it reports.
_SHORT_CLAIM = 10


def hedged(claim: Side, passage: Side) -> bool:
    """Whether the passage states the claim's content only hedged: reported with doubt, or
    as a possibility or an expectation where the claim reports a fact (``__doc__``)."""
    plain, verbs, past = _claim_facts(claim.text)
    if not plain:
        return False  # the claim is hedged or reported itself
    stems = passage.content_stems()
    if not _DOUBT_STEMS.isdisjoint(stems) and _doubted(claim, passage):
        return True
    return bool(verbs) and not _forms(verbs).isdisjoint(stems) and _possible(verbs, past, passage)


@lru_cache(maxsize=1024)
def _forms(verbs: frozenset[str]) -> frozenset[str]:
    """Every stem the passage may write the claim's verbs with ("fell": "fall", "fallen")."""
    return frozenset().union(*(forms(v) for v in verbs))


_DOUBT_STEMS = frozenset(stem(w) for w in _DOUBTING | _DOUBTERS)


@lru_cache(maxsize=1024)
def _claim_facts(claim_text: str) -> tuple[bool, frozenset[str], bool]:
    """Whether the claim is plain (no doubt, modal or expectation of its own), the stems of
    its verbs said as facts, and whether one is past. Cached: a claim meets many passages."""
    claim = claim_side(claim_text)
    claim_norms = {w.norm for w in claim.words if w.text != "May"}  # the month
    if claim_norms & (_DOUBTING | _CLAIM_MODALS | _EXPECTING | _DOUBTERS | _CONDITIONS):
        return False, frozenset(), False  # "will cut 300 jobs if the merger goes ahead"
    if len(claim.content_stems()) > _SHORT_CLAIM or any(ch in ",;:" for ch in claim.text):
        return True, frozenset(), False  # a long claim's participles are no facts to compare
    facts = [k for k in range(len(claim.words)) if _fact(claim, k)]
    verbs = frozenset(lemma(claim.words[k].stem) for k in facts)
    past = any(k == 0 or claim.words[k - 1].norm != "will" for k in facts)
    return True, verbs, past


def _doubted(claim: Side, passage: Side) -> bool:
    """Whether the passage reports the claim's words with doubt: "allegedly", or "critics
    claim" (a doubter and a verb of saying within three words after it), before the last
    of them ("Critics claim the mayor misused funds") or closing the sentence after them
    ("..., prosecutors allege."), in one sentence. Not one said of another thing after
    them ("The FDA approved the drug, which critics say may cause liver damage")."""
    words = passage.words
    if not any(w.norm in _DOUBTING or w.norm in _DOUBTERS for w in words):
        return False  # most passages
    content = {lemma(s) for s in claim.content_stems()}
    matched = [i for i, w in enumerate(words) if lemma(w.stem) in content]
    if not matched:
        return False
    for i, w in enumerate(words):
        if w.norm in _DOUBTING:
            said = i
        elif w.norm in _DOUBTERS:
            said = next(
                (j for j in range(i + 1, min(i + 4, len(words))) if words[j].norm in _SAYING), -1
            )
            if said < 0:
                continue
        else:
            continue
        if _quoted(passage, said, matched[-1]):
            continue  # "which alleged \"X\"": the passage reports the words said
        if _in_relative(passage, i, said, matched[-1]):
            continue  # "The ban, which critics say is unenforceable, came into force"
        if (i < matched[-1] and _one_sentence(passage, i, matched[-1])) or _closes(passage, said):
            if _answered(passage, said, matched[-1]):
                continue  # "Campaigners argue X, while the airport insists Y": Y is the airport's
            return True
    return False


# Words that open the other side's view: "Campaigners argue X, [while] the airport insists Y".
_CONTRASTS = frozenset("while whereas but however".split())


def _answered(passage: Side, said: int, last: int) -> bool:
    """Whether a contrast ("while", "but", "whereas") stands between the doubter's word of
    saying and the claim's last word: the claim's words after it are another's view."""
    return any(w.norm in _CONTRASTS for w in passage.words[said + 1 : last])


def _in_relative(passage: Side, doubter: int, said: int, last: int) -> bool:
    """Whether the doubt is a relative clause's ("which critics say is unenforceable")
    that a clause mark closes before the claim's last word: it doubts that clause only."""
    words = passage.words
    if doubter == 0 or words[doubter - 1].norm not in ("which", "who", "that"):
        return False
    return any(clause_ends_before(passage, j) for j in range(said + 1, last + 1))


def _one_sentence(passage: Side, first: int, last: int) -> bool:
    """Whether words ``first`` to ``last`` are in one sentence: "Prosecutors allege the
    actor assaulted two women; he has denied the allegations" doubts the first only."""
    words = passage.words
    between = passage.text[words[first].end : words[last].start]
    return not any(ch in ".!?;" for ch in between)


_QUOTES = ('"', "\u201c", "\u2018", " '")


def _quoted(passage: Side, said: int, last: int) -> bool:
    """Whether a quotation opens between the word of saying and the claim's last word: the
    passage quotes what was said, the claim's own words, and doubts nothing."""
    if last <= said:
        return False
    between = passage.text[passage.words[said].end : passage.words[last].start]
    return any(q in between for q in _QUOTES)


def _closes(passage: Side, index: int) -> bool:
    """Whether word ``index`` ends its sentence (", critics claim.")."""
    words = passage.words
    if index + 1 >= len(words):
        return True
    return any(ch in ".!?;" for ch in passage.text[words[index].end : words[index + 1].start])


def _possible(verbs: frozenset[str], past: bool, passage: Side) -> bool:
    """Whether the claim's verbs said as facts (``verbs``: a past form, or after "will")
    are in the passage only as a possibility or an expectation: "may raise", "is expected
    to raise"."""
    get = LEMMA.get
    found = [i for i, w in enumerate(passage.words) if get(w.stem, w.stem) in verbs]
    return bool(found) and all(_hedged_at(passage, i, past=past) for i in found)


def _fact(claim: Side, k: int) -> bool:
    """Whether the claim's word at ``k`` is a verb said as a fact: a past form ("raised",
    "rose", "has risen") or after "will"."""
    words = claim.words
    norm = words[k].norm
    if norm in STOP_WORDS or norm.endswith("ing"):
        return False
    before = words[k - 1].norm if k > 0 else ""
    if before == "will":
        return True
    past = norm.endswith("ed") or lemma(words[k].stem) != words[k].stem or _unchanged_past(words, k)
    # Not a perfect: "Climate models have overestimated warming" is stated by "may be
    # overestimated" as studies put it.
    return past and k > 0 and before not in _HAVE and finite(claim, k)


# Verbs whose past is their present: "The Fed cut rates" is past after a singular doer,
# which would say "cuts" in the present; after "Banks" or "they" it may be either.
_SAME_PAST = frozenset("cut put set hit let shut cost quit spread hurt split".split())
_PLURAL_DOERS = frozenset("i we you they".split())


def _unchanged_past(words: list[Word], k: int) -> bool:
    """Whether the claim's word at ``k`` is one of ``_SAME_PAST`` after a singular doer."""
    if words[k].norm not in _SAME_PAST or k == 0:
        return False
    doer = words[k - 1].norm
    return doer.isalpha() and not doer.endswith("s") and doer not in _PLURAL_DOERS


def _hedged_at(passage: Side, i: int, *, past: bool) -> bool:
    """Whether the passage's verb at ``i`` is under a modal ("may [raise]", "could have
    [risen]") or, against a claim in the past, an expectation ("is expected to [raise]";
    "is set to rise" says what "will rise" does)."""
    words = passage.words
    before = [w.norm for w in words[max(0, i - 3) : i] if w.text != "May"]
    if any(b in _MODALS for b in before) or _conditional(passage, i):
        return True
    if past and before and before[-1] in _PROPOSING and words[i].norm.endswith("ing"):
        return True  # "has proposed raising parking fees": a plan, not a fact
    if len(before) < 2 or before[-1] != "to":
        return False
    # Against a claim of what will be, only a forecast hedges: "is widely expected to cut"
    # is not "will cut"; "is set to", "is due to" say what "will" does. What a thing will
    # cost is a forecast either way: "is expected to cost $2.4 billion" states "will cost
    # more than $2 billion".
    if not past and words[i].stem in _ESTIMATES:
        return False
    if past and any(w.norm in _EXPECT_OF for w in words[max(0, i - 6) : i - 1]):
        return True  # "Markets expect the Fed to raise rates": its doer between
    return before[-2] in (_EXPECTING if past else _FORECAST)


# An expectation or a wish of a doer named after it: "Markets expect [the Fed] to raise".
_EXPECT_OF = frozenset(
    "expect expects forecast forecasts predict predicts urge urges urged want wants".split()
)


_ESTIMATES = frozenset({stem("cost")})


# A condition: "[If] no funding is found, the bridge will close", "will reopen in June [if]
# the repairs are finished"; not "even if" nor "as if", which state what follows.
_CONDITIONS = frozenset({"if", "unless"})
_NOT_CONDITIONS = frozenset({"even", "as", "what", "asked", "whether"})
# Proposing a change before its "-ing" form: "has proposed raising", "is considering
# closing".
_PROPOSING = frozenset("proposed proposes propose proposing considering weighing".split())


def _conditional(passage: Side, i: int) -> bool:
    """Whether the verb at ``i`` is said only under a condition or asked: in a sentence that
    ends with a question mark ("Will the plant close at the end of the year?"), or with an
    "if" or "unless" before it, whose condition one clause mark closes ("If no funding is
    found, the bridge will close"), or after it in its clause ("will reopen in June if the
    repairs are finished"). "The bridge will close in May, and if repairs run late ..."
    states it."""
    words, text = passage.words, passage.text
    first, last = i, i
    while first > 0 and not any(
        ch in ".!?" for ch in text[words[first - 1].end : words[first].start]
    ):
        first -= 1
    while last + 1 < len(words) and not any(
        ch in ".!?" for ch in text[words[last].end : words[last + 1].start]
    ):
        last += 1
    if "?" in text[words[last].end : words[last].end + 2]:
        return True  # a question
    marks = 0
    for j in range(i - 1, first - 1, -1):  # back to the sentence's start
        marks += clause_ends_before(passage, j + 1)
        if words[j].norm in _CONDITIONS and not _not_condition(passage, j):
            return marks <= 1
    for j in range(i + 1, last + 1):  # on to the end of the verb's clause
        if clause_ends_before(passage, j):
            return False
        if words[j].norm in _CONDITIONS and not _not_condition(passage, j):
            return True
    return False


def _not_condition(passage: Side, j: int) -> bool:
    return j > 0 and passage.words[j - 1].norm in _NOT_CONDITIONS
