"""Negation cues: a "not", "never", "no" or "denies" on one side only, about the claim's
content (split from ``wordcues``)."""

from __future__ import annotations

from collections.abc import Container

from factcheck.evidence.debunk import debunked
from factcheck.evidence.denied import (
    denied_later,
    denies_opposite,
    earlier,
    head_after,
    in_relative,
    negated_form_in,
    of_another,
    opposite_in,
)
from factcheck.evidence.doubleneg import double_before, without_double
from factcheck.evidence.earlier import another_time
from factcheck.evidence.efficacy import claims_efficacy, denied_too
from factcheck.evidence.harm import harm_counted, harm_cues
from factcheck.evidence.instances import another_instance, instance_after
from factcheck.evidence.irregular import LEMMA, lemma
from factcheck.evidence.lexicon import (
    ESCAPED,
    INFINITIVE_NEGATORS,
    NEGATORS,
    family,
)
from factcheck.evidence.negforms import cessation, current, ended_in, opening
from factcheck.evidence.negscope import (
    denies_more,
    elided_after,
    held_unchanged,
    lacking,
    modifier_only,
    on_another_instance,
    scope_of,
    shared_under,
    words_under,
)
from factcheck.evidence.nobody import (
    counted_of_another_fate,
    counts_none,
    counts_people,
    denied_event,
    none_elsewhere,
)
from factcheck.evidence.novelty import earlier_only, record_phrase, said_before
from factcheck.evidence.reportdenial import negations_in, quoted_head, verb_claimed
from factcheck.evidence.scope import CHANGE_GROUPS as CHANGES
from factcheck.evidence.sides import Side, known, make_cue, phrase
from factcheck.evidence.topic import decision_untaken
from factcheck.workspace import STOP_WORDS, Cue, CueKind


def _opening(side: Side, negator: int) -> int:
    """Where a negation's words begin: at "too" for the "to" of "too small to matter", at
    "ruled" for the "out" of "ruled out"."""
    norm = side.words[negator].norm
    if norm == "to":
        return negator - 2
    return negator - 1 if norm == "out" else opening(side.words, negator)


def _content_words(claim: Side) -> dict[str, str]:
    """The claim's content words as written, by stem and by lemma ("held" against
    "failed to [hold]"), read once per claim."""
    found = {w.stem: w.text for w in claim.words if w.norm not in STOP_WORDS}
    for w in claim.words:
        if w.stem in LEMMA:
            found.setdefault(LEMMA[w.stem], w.text)
    return found


def negation_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """A negation ("not", "never", "denies") on one side only, about the claim's content.

    Only the negated word decides: "was not informed" vs "was immediately informed"
    clashes; a claim that denies something ("X is not Y") clashes with an aligned passage
    that asserts without negation, even in other words. A passage's "not" about a word the
    claim never uses is no cue, and "no symptoms" agrees with "asymptomatic"."""
    mine = without_double(claim, claim.denials)  # "not ruled out" denies nothing
    claim_stems = known(claim, _content_words)
    # A passage's "not" counts only about a word of the claim, no figure (``words_under``).
    everything = without_double(passage, negations_in(passage, *window))
    # A passage's "failed to" is not read against a claim that says "failed to" too (the
    # claim's is no denial, ``Side.denials``), nor one that says something works (the
    # efficacy cue compares those: "help" against "failed to").
    about = [n for n in everything if words_under(passage, n, claim_stems)]
    skip_failed = any(passage.words[n].stem in INFINITIVE_NEGATORS for n in about) and (
        claims_efficacy(claim) or not INFINITIVE_NEGATORS.isdisjoint(claim.content_stems())
    )
    asserted = _asserted(passage, everything) if about else frozenset()
    theirs = [
        n
        for n in about
        if not of_another(claim, passage, n)
        and not earlier(passage, n)
        and not on_another_instance(passage, n)
        and not modifier_only(passage, n, claim_stems)  # "No avalanche warnings had"
        and not counted_of_another_fate(passage, n, claim)  # "no runner needed hospital"
        and not (skip_failed and passage.words[n].stem in INFINITIVE_NEGATORS)
        and not _asserted_too(passage, n, asserted, claim_stems)
        and not record_phrase(passage, n)  # "a level never before seen in the region"
        and verb_claimed(passage, n, claim_stems)  # "denied reports that X [verb]"
    ]
    if not mine and not theirs:
        return debunked(claim, passage)  # "That X causes Y is a myth"
    if mine and debunked(claim, passage):
        return []  # "X does not cause Y" and "That X causes Y is a myth" agree
    if mine and about:
        # Both deny: no clash when they deny the same thing. "did not resign after the
        # scandal" against "resigned, though not because of the scandal" still clashes.
        denied = {
            lemma(claim.words[h].stem) for n in mine if (h := head_after(claim, n)) is not None
        }
        if any(lemma(passage.words[j].stem) in denied for n in about for j in scope_of(passage, n)):
            return []
        if any(  # "denied the reports" / "denied reports that it had grounded its fleet"
            (h := head_after(passage, n)) is not None and lemma(passage.words[h].stem) in denied
            for n in about
        ):
            return []
        if any(denied_later(passage, n, denied) for n in about):
            return []  # "has not paid a dividend" / "No dividend has been paid"
        theirs = []
    if not mine and not theirs:
        return []
    if mine:
        for neg in mine:
            if counts_none(claim, neg):
                return _event_reported(claim, neg, passage, window, everything)
            if (counted := harm_counted(claim, neg)) is not None:
                return harm_cues(claim, neg, counted, passage, everything)
            if none_elsewhere(claim, neg, passage):
                return []  # "No arrests" / "12 arrests at a separate protest", "last year"
            head = head_after(claim, neg)
            if head is None:
                continue
            if negated_form_in(passage, range(*window), claim.words[head]):
                return []
            wanted = lemma(claim.words[head].stem)
            get = LEMMA.get
            match = next(
                (j for j in range(*window) if get(s := passage.words[j].stem, s) == wanted),
                None,
            )
            if match is None:
                continue
            if instance_after(claim, passage, match):
                return []  # "did not sign the order" / "signed a different order"
            if earlier_only(claim, neg, head) and not said_before(passage, match):
                return []  # "not previously identified" / "Scientists identified": now
            if cessation(claim.words, neg) and not current(
                passage.words, match, claim.words[head].norm
            ):
                return []  # "no longer produces steel" / "was built to produce steel"
            words = passage.words  # and "None of the 12 [candidates]" before the window
            before = [n for n in range(max(0, match - 4), match) if words[n].norm in NEGATORS]
            if any(head_after(passage, n) == match for n in [*everything, *before]):
                return []  # "denied the reports" / "denied reports that ...": denied too
            if elided_after(passage, match):
                return []  # "Critics said it would raise taxes; she said it would not"
            if lacking(passage, match) and claim.words[neg].norm == "without":
                return []  # "without power" against "lost power"
            claim_text = claim.text[slice(*phrase(claim, _opening(claim, neg), head))]
            first = double_before(passage, match)  # "not ruled out a recall"
            start, end = phrase(
                passage, max(window[0], match - 1) if first is None else first, match
            )
            return [make_cue(CueKind.NEGATION, claim_text, passage, start, end, conflict=True)]
        if any(_plain(passage, n) for n in everything):
            return []  # the passage negates something else: too loose to call a clash
        if opposite_in(claim, mine[0], passage, window):
            return []  # "won't reduce the risk" / "might increase it": the antonym cue's
        if not _plain_word(claim, mine[0]):
            return []  # "refused to resign" / a passage without "resign": nothing denied
        # The negated word is not in the passage: still a one-sided negation, less precise.
        head = head_after(claim, mine[0])
        if (
            denies_more(claim, mine[0], passage)
            or held_unchanged(claim, head, passage, CHANGES)
            or ended_in(claim.words, mine[0], passage.words)  # "no longer" / "closed in 2018"
            or denied_too(claim, head, passage)  # "do not work" / "ineffective"
            or decision_untaken(claim, head, passage)  # "did not approve" / "delayed a vote"
        ):
            return []  # "did not cause serious side effects" / "side effects were a sore arm"
        last = head if head is not None else mine[0]
        start, end = phrase(claim, _opening(claim, mine[0]), last)
        return [Cue(CueKind.NEGATION, claim.text[start:end], "", True)]
    for neg in theirs:
        if denies_opposite(claim, passage, neg):
            return []  # "have not lost at home" for "won at home"
        head = quoted_head(passage, neg, list(shared_under(passage, neg, claim_stems)))
        if negated_form_in(claim, range(len(claim.words)), passage.words[head]):
            return []
        if passage.words[neg].norm == "without" and any(
            lacking(claim, k)
            for k, w in enumerate(claim.words)
            if w.stem == passage.words[head].stem
        ):
            return []  # "lost power" against "without power"
        start, end = phrase(passage, _opening(passage, neg), head)
        claim_word = claim_stems[passage.words[head].stem]
        return [make_cue(CueKind.NEGATION, claim_word, passage, start, end, conflict=True)]
    return []  # the passage negates something the claim does not say


def _asserted(passage: Side, negations: list[int]) -> frozenset[str]:
    """The stems of the passage's words under none of its ``negations``."""
    denied = {j for n in negations for j in scope_of(passage, n)}
    return frozenset(w.stem for j, w in enumerate(passage.words) if j not in denied)


def _asserted_too(
    passage: Side, negator: int, asserted: frozenset[str], claim_stems: Container[str]
) -> bool:
    """Whether the verb a passage's negation denies is asserted in the passage too, under
    no negation (``asserted``): "The prime minister, who did not attend last year's
    summit, attended this year" states "The prime minister attended the summit" as well as
    it denies it. Or, in a relative clause, its verb is none of the claim's and every claim
    word it reaches is asserted elsewhere: "The team, which had failed to reach a final for
    a decade, won the final" denies reaching one, not "won the final"."""
    head = head_after(passage, negator)
    if head is None:
        return False
    if (
        passage.words[negator].norm not in ("no", "without")
        and in_relative(passage, negator)
        and passage.words[head].stem not in claim_stems
        and lemma(passage.words[head].stem) not in claim_stems
    ):
        reached = [passage.words[j].stem for j in shared_under(passage, negator, claim_stems)]
        if reached and all(s in asserted for s in reached):
            return True
    word = passage.words[negator]
    if not (word.norm in ("not", "never") or word.norm.endswith("n't")):
        return False  # "without myocardial injury" beside "myocardial injury is ...": a case
    return passage.words[head].stem in asserted


def _plain_word(side: Side, negator: int) -> bool:
    """Whether a claim's negator is a word of negation ("not", "no", "never", "n't"), not
    a verb ("refused", "denied") or a phrase ("has yet to"), which name what they deny:
    a passage without that word says something else."""
    word = side.words[negator]
    return word.norm in NEGATORS or word.norm.endswith("n't") or word.norm == "to"


def _plain(side: Side, negator: int) -> bool:
    """Whether a negator is a plain one ("not", "no", "denies"), not a verb that negates
    its complement ("ruled out", "failed to"), which says nothing of a claim's own "not"."""
    word = side.words[negator]
    return word.norm != "out" and word.stem not in INFINITIVE_NEGATORS


def _event_reported(
    claim: Side, negator: int, passage: Side, window: tuple[int, int], negations: list[int]
) -> list[Cue]:
    """ "No one was injured" against a passage that reports injuries ("three people were
    taken to hospital with injuries"): its event's word, by word family, in the passage
    and not under one of its ``negations`` ("no injuries" agrees), nor with a negative
    prefix ("unhurt"). A passage that does not report it ("The fire started in the
    kitchen", "The bus carried 40 passengers") is no clash."""
    words = claim.words
    found = denied_event(claim, negator)
    if found is None or another_instance(claim, passage) or another_time(claim, passage):
        return []  # "Four people died in a similar flood", "... last year"
    event = words[found]
    wanted = family(event.stem)
    said = claim.text[slice(*phrase(claim, negator, found))]
    hit = next((i for i in range(*window) if family(passage.words[i].stem) == wanted), None)
    if hit is None:
        # In other words: a count of people or lives ("Two people were detained", "The
        # storm claimed two lives") reports it (``nobody.counts_people``).
        people = counts_people(passage)
        if people is None or negations:
            return []
        return [make_cue(CueKind.NEGATION, said, passage, people.start, people.end, conflict=True)]
    if hit in negations or any(
        hit in scope_of(passage, n) or _denies(passage, n, hit) for n in negations
    ):  # "The prize has [yet] to be claimed" for "Nobody has yet claimed it"
        return []  # "no one has claimed it", "no group has claimed it": denied there too
    if hit > 0 and passage.words[hit - 1].norm in ESCAPED:
        return []  # "All 40 passengers escaped injury"
    if negated_form_in(passage, range(*window), event):
        return []
    start, end = phrase(passage, hit, hit)
    return [make_cue(CueKind.NEGATION, said, passage, start, end, conflict=True)]


def _denies(side: Side, negator: int, event: int) -> bool:
    """Whether a subject of none at ``negator`` ("nobody", "no one", "no group") denies the
    event word at ``event``: its negation reaches past the verb ("No one has [claimed]")."""
    norm = side.words[negator].norm
    return (norm == "no" or counts_none(side, negator)) and denied_event(side, negator) == event
