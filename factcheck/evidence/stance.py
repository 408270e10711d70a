"""Stance: does a passage support or contradict a claim, and which words say so.

Three answers, each meaning what it says (docs/matching.md, "Stance"):

- ``contradicts``: a cue clashes (a different number, date or time, a negation on one
  side only, an opposite word, a swapped name or roles, a quote given to someone else) in a
  passage that shares at least ``CONTRADICT_MIN`` of the claim's content words;
- ``supports``: nothing clashes and the passage states the claim's content: with semantic
  retrieval, its meaning is close to the claim's (cosine of the two sentence vectors at
  least ``SUPPORT_COSINE``), or it holds nearly all the claim's content words
  (``SUPPORT_WORDS``), or it gives the claim's own figure or date with ``SAME_FIGURE_MIN``
  of them; without it, it holds at least ``SUPPORT_MIN`` of the claim's content words, each
  weighed by how rare it is among the workspace's passages (its idf). A claim that gives a
  figure (an amount, a tally, a date or a time) is stated only by a
  passage that gives the same figure (``figures``);
- ``neutral`` (shown as "Related"): everything else. A passage with a clash cue is
  never ``supports``: when it is too far from the claim to contradict it, it is neutral.

The cues come from ``cues`` (values), ``wordcues`` (words) and ``attribution`` (quotes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import compress

from factcheck.evidence.alignment import alignment, alignment_stems, claim_side
from factcheck.evidence.attribution import attribution_cues
from factcheck.evidence.comparison import comparison_cues
from factcheck.evidence.cues import number_cues
from factcheck.evidence.doers import doer_cues
from factcheck.evidence.efficacy import efficacy_cues
from factcheck.evidence.entities import entity_cues
from factcheck.evidence.expectations import expectation_cues
from factcheck.evidence.figures import (
    converted_stems,
    held_figures,
    missing_figure,
    month_stems,
)
from factcheck.evidence.figurewindow import aligned_window, with_figures
from factcheck.evidence.frozen import frozen_cues
from factcheck.evidence.keepup import lag_cues
from factcheck.evidence.lexicon import DENYING_VERBS, NEGATORS
from factcheck.evidence.novelty import record_cues
from factcheck.evidence.occasions import opposite_dated_apart
from factcheck.evidence.outcomes import outcome_cues, rematch
from factcheck.evidence.overtime import unmoved_cues
from factcheck.evidence.parity import parity_cues
from factcheck.evidence.quantifiers import partial_cues
from factcheck.evidence.relation import relation_cues
from factcheck.evidence.roles import role_cues
from factcheck.evidence.schedule import schedule_cues
from factcheck.evidence.sides import Side
from factcheck.evidence.standin import opposite_of_stand_in
from factcheck.evidence.stated import not_stated
from factcheck.evidence.subjects import said_of_other
from factcheck.evidence.topic import missing_decision, topic_only
from factcheck.evidence.wordcues import antonym_cues, negation_cues
from factcheck.workspace import STOP_WORDS, Cue, CueKind, Passage, Stance, stem

# The parameters of the stance: the share of the claim's content words (by stem) a
# passage must hold to support the claim when nothing clashes (each word weighed by its
# idf, when the matcher gives it), and to contradict it when a cue clashes. Chosen by
# cross-validation on the two halves of ../shared/eval (benchmarks/tune_stance.py): tuned
# on half a, 0.15/0.25; on half b, 0.25/0.25. SUPPORT_MIN is the middle of the two;
# docs/matching.md gives the held-out figures.
SUPPORT_MIN = 0.2
CONTRADICT_MIN = 0.25
# With semantic retrieval the claim's and the passage's sentence vectors are at hand, and
# their cosine tells a passage that states the claim from one merely on its topic better
# than shared words do (on ../shared/eval, supporting against not-enough-info sentences,
# area under the ROC curve: 0.73 and 0.82 for the cosine, 0.62 and 0.71 for alignment).
# It replaces SUPPORT_MIN then. Chosen like the others (benchmarks/tune_stance.py): 0.6
# tuned on half a, 0.625 on half b; docs/matching.md gives the held-out figures.
SUPPORT_COSINE = 0.6
# But the cosine is the whole passage's: a long sentence that states the claim in one of its
# clauses, in the claim's own words, can score under SUPPORT_COSINE ("... it shot down a
# missile, in the first such incident reported by Minsk since ..." against "It was the first
# such incident reported by Minsk since ...": cosine 0.53, every content word). A passage
# that holds nearly all the claim's content words supports it too. On ../shared/eval this
# changes no stance shown (checked from 0.7 up); it keeps the bundled example's.
SUPPORT_WORDS = 0.8
SAME_FIGURE_MIN = 0.275
# Nor does the cosine see a figure: a passage that gives the claim's own number, date or
# time (an agreement cue) and holds SAME_FIGURE_MIN of its words (counted alike) states it
# ("The plant, which employs about 1,200 people, will close" for "The factory employs 1,200
# people": cosine 0.35). On ../shared/eval this moves supporting shown as supports on one
# half from 0.76 to 0.79 and not-enough-info from 0.38 to 0.39. (It was SUPPORT_MIN when
# that counted words alike; "About 1,200 people attended the rally in Columbus" holds a
# quarter of the claim's words and must not state it.)
# A claim that gives a figure is supported only by a passage that gives it too (see
# figures.py). On ../shared/eval, cross-validated like the thresholds, this raises the
# held-out score with either retrieval (docs/matching.md).
# A clash is decided on words alone, even with semantic retrieval: the cosine is the whole
# passage's, and a clash often sits in one clause ("... an airport in Zhytomyr, a city west
# of Kyiv" against "Zhytomyr is a city to the east of Kyiv": cosine low for the sentence,
# about a missile). A floor on the cosine cost the bundled example that contradiction.


def matched_spans(*, claim_text: str, passage: Passage) -> tuple[tuple[int, int], ...]:
    """Absolute spans of the passage's words that also occur in the claim (for highlighting)."""
    claim_stems = claim_side(claim_text).content_stems()
    side = _passage_side(passage.text, passage.start)
    # The words of the claim's picked at C speed first: most of a passage's are not.
    shared = compress(side.words, map(claim_stems.__contains__, side.stem_list))
    return tuple(
        (passage.start + w.start, passage.start + w.end) for w in shared if w.norm not in STOP_WORDS
    )


@lru_cache(maxsize=1024)
def _passage_side(text: str, offset: int) -> Side:
    # The matcher asks for a passage's stance and then its matched spans: split it once.
    # Kept across claims too: a passage is often shown for several claims (5,000 shown at
    # 100k passages are 3,600 distinct), and its words, numbers and dates are the claim's
    # no matter (about 9 KB each, so 9 MB per process).
    return Side.of(text, offset)


def find_cues(
    *, claim_text: str, passage: Passage, context: Sequence[Passage] = ()
) -> tuple[Cue, ...]:
    """Every cue between a claim and a passage, agreeing ones included."""
    return _find_cues(claim_side(claim_text), _passage_side(passage.text, passage.start), context)


def _find_cues(claim: Side, side: Side, context: Sequence[Passage]) -> tuple[Cue, ...]:
    window = with_figures(aligned_window(claim, side), claim, side)
    if window[1] <= window[0]:
        return ()
    ordered, agreeing = comparison_cues(claim, side)
    antonyms = antonym_cues(claim, side, window)
    if agreeing:
        # "women earn less than men" / "men earn more than women": no less/more clash.
        antonyms = [c for c in antonyms if (c.start, c.end) not in agreeing]
    outcome, settled = outcome_cues(claim, side)
    if settled:  # who won is the names' to say: "City won" / "City defeated United" agree
        antonyms = [c for c in antonyms if not any(a < c.end and c.start < b for a, b in settled)]
    relations = relation_cues(claim, side)
    if relations:  # "A lack of exercise raises the risk" / "Exercise lowers it": agreed
        turned = [(c.start, c.end) for c in relations if not c.conflict]
        antonyms = [c for c in antonyms if not any(a < c.end and c.start < b for a, b in turned)]
    if antonyms:  # "more" / "fewer" is the antonym cue's already
        ordered = [c for c in ordered if c.kind is not CueKind.ANTONYM]
    negations = negation_cues(claim, side, window)
    if antonyms and negations:
        denial = any(
            stem(c.claim.lower()) in DENYING_VERBS or stem(c.source.lower()) in DENYING_VERBS
            for c in antonyms
        )
        if denial:
            negations = []  # "admitted" vs "denies" is one antonym, not also a negation
        else:
            antonyms, negations = [], []  # "did not reject" vs "accepted": they cancel out
    if negations and not antonyms and said_of_other(claim, side):
        negations = []  # "denied" / "The club's former coach admitted": another's denial
    if negations and (lag := lag_cues(claim, side)) is not None:
        negations, ordered = [], [*ordered, *lag]  # "not kept up with" is a comparison
    amounts = number_cues(claim, side, window)
    dated = any(c.kind is CueKind.DATE and c.conflict for c in amounts)
    if dated and opposite_dated_apart(claim, side, events=True):  # "fell in May" / "rose in June"
        amounts = [c for c in amounts if c.kind is not CueKind.DATE]  # two events, two dates
    if any(_is_zero(c.claim) or _is_zero(c.source) for c in amounts):
        negations = []  # "Two people died" vs "No deaths": one amount cue, not a negation
    if not negations and not antonyms:
        negations = efficacy_cues(claim, side, window)
    if not antonyms and not negations:  # "Exports rose" / "exports were flat", "froze"
        antonyms = unmoved_cues(claim, side) or frozen_cues(claim, side)
    if not any(c.conflict for c in amounts):  # "all 12" / "10 of the 12" is the amounts'
        amounts += partial_cues(claim, side)  # "All of the wards" / "Some of the wards"
    roles = role_cues(claim, side, window)
    if (roles or any(c.conflict for c in outcome)) and rematch(claim, side):
        roles, outcome = [], []  # "Scotland beat Wales in last year's meeting"
        ordered = [c for c in ordered if c.kind is not CueKind.ORDER]  # nor who beat whom
    if roles:  # "City beat United" turned round is one cue, not also who won
        outcome = []
    if roles:  # "Chelsea beat Arsenal" turned round is the role cue's already
        ordered = [c for c in ordered if c.kind is not CueKind.ORDER]
    entities = entity_cues(claim, side, window)
    if not entities and not roles:  # the doer of the claim's act named otherwise
        entities = doer_cues(claim, side)
    # "beat forecasts" / "below forecasts" may be the comparison's already.
    compared = {(c.start, c.end) for c in ordered}
    cues = [
        *amounts,
        *negations,
        *antonyms,
        *ordered,
        *relations,
        *([] if ordered or antonyms else parity_cues(claim, side)),  # "less" / "similar"
        *record_cues(claim, side),  # "the worst in its history" / "never seen before"
        *(c for c in expectation_cues(claim, side) if (c.start, c.end) not in compared),
        *schedule_cues(claim, side),  # "on time and on budget" / "two years late"
        *entities,
        *roles,
        *outcome,
        *attribution_cues(claim, side, context),
    ]
    return tuple(cues)


def _is_zero(amount: str) -> bool:
    """Whether a cue's amount is a "no X" ("No deaths", "nobody"): a count of zero."""
    first = amount.split(maxsplit=1)[0].lower() if amount.strip() else ""
    return first in NEGATORS or first == "zero"


def assess_stance(
    *,
    claim_text: str,
    passage: Passage,
    context: Sequence[Passage] = (),
    meaning: float | None = None,
    weights: Mapping[str, float] | None = None,
) -> tuple[Stance, tuple[Cue, ...]]:
    """The passage's stance towards the claim and the cues behind it.

    ``context`` is the passages just before and after this one in the same source:
    a quote's speaker is often named in the sentence before it. ``meaning`` is the
    cosine of the claim's and the passage's sentence vectors when semantic retrieval
    computed them, else None. ``weights`` are the claim's ``claim_weights`` in the
    workspace: without ``meaning``, a passage supports the claim by the share of the
    claim's weight it holds.
    """
    claim = claim_side(claim_text)
    side = _passage_side(passage.text, passage.start)
    cues = _find_cues(claim, side, context)
    missing = (
        missing_figure(claim, side, cues)
        or missing_decision(claim, side)
        or not_stated(claim, side)
        or opposite_of_stand_in(claim, side)  # "The company cut" for "Northwind raised"
        or passage.boilerplate  # a caption or a credit is page furniture: it states nothing
    )
    held = held_figures(claim, cues)
    # A measure agreed on in another unit is held, unit and all (figures.converted_stems).
    units = converted_stems(claim, held, side) if held else frozenset()
    aligned = alignment(claim, side, leave_out=units)
    weighted = (
        None if meaning is not None or weights is None else alignment(claim, side, weights, units)
    )
    # A month the passage agrees on is held once, as a figure (figures.month_stems).
    months = month_stems(claim, held) | units if meaning is not None else None
    beside = alignment(claim, side, leave_out=months) if months else None
    # The two-word rule is for words alone, and read only where it can change the stance.
    topic = (
        meaning is None
        and (aligned if weighted is None else weighted) >= SUPPORT_MIN
        and not any(c.conflict for c in cues)
        and topic_only(claim, side, cues, content=alignment_stems(claim_text))
    )
    stance = decide(
        aligned=aligned,
        cues=cues,
        meaning=meaning,
        missing=missing,
        topic=topic,
        weighted=weighted,
        beside=beside,
    )
    return stance, cues


def decide(
    *,
    aligned: float,
    cues: Sequence[Cue],
    meaning: float | None = None,
    missing: bool = False,
    topic: bool = False,
    weighted: float | None = None,
    beside: float | None = None,
    support_min: float = SUPPORT_MIN,
    contradict_min: float = CONTRADICT_MIN,
    support_cosine: float = SUPPORT_COSINE,
) -> Stance:
    """The stance from the passage's alignment with the claim (0-1), its cues and, with
    semantic retrieval, the cosine of their meanings (``meaning``). ``missing``: the claim
    gives a figure the passage does not (``figures.missing_figure``): it cannot support it.
    ``topic``: the passage holds only one of the claim's content words (``topic_only``): by
    words alone, that is the claim's topic, not the claim. ``weighted``: the alignment with
    each word weighed by its idf (``alignment``), which decides "supports" without
    ``meaning`` when it is given. ``beside``: the alignment without the words of the
    figures the passage agrees on, when it agrees on one (``SAME_FIGURE_MIN``).

    The thresholds are parameters only for benchmarks/tune_stance.py, which chooses them.
    """
    if any(c.conflict for c in cues):
        return Stance.CONTRADICTS if aligned >= contradict_min else Stance.NEUTRAL
    if missing:
        return Stance.NEUTRAL  # the claim's figure is not there: not stated, only related
    agreed = any(c.kind is CueKind.AGREEMENT for c in cues)
    if meaning is not None:
        same_value = (aligned if beside is None else beside) >= SAME_FIGURE_MIN and agreed
        states = meaning >= support_cosine or aligned >= SUPPORT_WORDS or same_value
        return Stance.SUPPORTS if states else Stance.NEUTRAL
    held = aligned if weighted is None else weighted
    return Stance.SUPPORTS if held >= support_min and not topic else Stance.NEUTRAL
