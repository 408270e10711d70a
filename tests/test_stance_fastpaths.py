"""The stance's shortcuts decide as the full reading does (issue 14, speed).

What a detector reads of a claim alone is kept on the claim's ``Side`` (``sides.known``)
and reused for every passage the claim meets; several detectors first test, at C speed,
whether they can fire at all. These tests fail if what is kept depends on a passage (a
claim met in another order would get other cues) or if a shortcut skips a word the full
reading would have counted.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.evidence.dayparts import _HINT, _may_hold
from factcheck.evidence.figurewindow import aligned_window
from factcheck.evidence.lexicon import AGAINST, NEGATORS, family
from factcheck.evidence.negforms import negator
from factcheck.evidence.sides import (
    _NOT_NEGATING_AFTER,
    _PHRASE_KEYS,
    _VERB_NEGATORS,
    WINDOW_MARGIN,
    Side,
)
from factcheck.evidence.stance import _find_cues
from factcheck.evidence.wordsplit import _stem_of
from factcheck.workspace import stem
from tests import editor_pairs_blind, editor_pairs_blinda, editor_pairs_blindd

PAIRS = [
    (claim, source)
    for claim, source, _ in (
        editor_pairs_blind.BLIND_CASES
        + editor_pairs_blinda.DATE_CASES
        + editor_pairs_blinda.TALLY_CASES
        + editor_pairs_blinda.NONE_CASES
        + editor_pairs_blindd.BLINDD_CASES
    )
]


def test_a_claim_kept_across_passages_gets_the_cues_of_a_fresh_one() -> None:
    # Each claim against its own passage and five others, in a shuffled order, its Side
    # (and what the detectors keep on it) reused: the cues of a Side made for each pair.
    rng = random.Random(14)
    sources = [source for _, source in PAIRS]
    claims = {claim: Side.of(claim) for claim, _ in PAIRS}
    work = [(claim, s) for claim, source in PAIRS for s in [source, *rng.sample(sources, 5)]]
    rng.shuffle(work)
    fired = 0
    for claim, source in work:
        kept = _find_cues(claims[claim], Side.of(source, 7), ())
        fresh = _find_cues(Side.of(claim), Side.of(source, 7), ())
        assert kept == fresh, (claim, source)
        fired += bool(kept)
    assert fired > 100  # the pairs exercise the detectors, not only their exits
    assert all(side.memo for side in claims.values())  # the claims' readings were kept


WORDS = [
    "not", "no", "never", "don't", "isn't", "denied", "denies", "failed", "to", "ruled",
    "out", "withdrew", "its", "endorsement", "rejected", "the", "allegations", "has", "yet",
    "is", "far", "from", "complete", "stopped", "short", "of", "declined", "comment",
    "only", "least", "doubt", "voted", "for", "it", "rose", "3%", "Senators", ",", ".",
]  # fmt: skip
texts = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join)


def _negators_by_every_word(side: Side, lo: int, hi: int) -> list[int]:
    """``Side.negators_in`` as it read every word, before its first look at C speed."""
    words = side.words
    return [
        i
        for i in range(lo, hi)
        if (
            (words[i].norm in NEGATORS and words[i].stem != AGAINST)  # "voted no"
            or words[i].norm.endswith("n't")
            or (words[i].stem in _VERB_NEGATORS and side._verb_negates(i))
            or (words[i].norm in _PHRASE_KEYS and negator(words, i))
        )
        and not (i + 1 < len(words) and words[i + 1].norm in _NOT_NEGATING_AFTER)
    ]


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 30), st.integers(0, 30))
def test_negators_are_those_of_every_word(text: str, lo: int, hi: int) -> None:
    side = Side.of(text)
    n = len(side.words)
    lo, hi = min(lo, n), min(hi, n)
    assert side.negators == _negators_by_every_word(side, 0, n)
    assert side.negators_in(lo, hi) == _negators_by_every_word(side, lo, hi)


def test_a_text_without_a_negating_word_has_no_negator() -> None:
    assert Side.of("Prices rose 3% in March, the agency said.").negators == []
    assert Side.of("Prices don’t rise in March.").negators == [1]  # a curly apostrophe


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_aligned_window_is_that_of_every_word(claim_text: str, passage_text: str) -> None:
    claim, passage = Side.of(claim_text), Side.of(passage_text)
    stems = claim.content_stems()
    hits = [i for i, w in enumerate(passage.words) if w.stem in stems]
    expected = (
        (max(0, hits[0] - WINDOW_MARGIN), min(len(passage.words), hits[-1] + 1 + WINDOW_MARGIN))
        if hits
        else (0, 0)
    )
    assert aligned_window(claim, passage) == expected


def test_kept_stems_are_the_stemmer_s() -> None:
    for word in ["deaths", "killed", "voted", "emissions", "co2", "russia's", "é"]:
        assert _stem_of(word) == family(stem(word))
        assert _stem_of(word) == family(stem(word))  # the second time from the dict


_PART_WORDS = st.sampled_from(
    ["night", "NIGHT", "Morning", "evening", "afternoon", "early hours", "early  hours", "ſ"]
)


@settings(max_examples=500)
@given(st.lists(st.one_of(_PART_WORDS, st.text(max_size=6)), max_size=8))
def test_a_part_of_the_day_is_looked_for_as_the_regex_would(parts: list[str]) -> None:
    """``dayparts._may_hold`` (lower-cased words for an ASCII text) says what its regex
    says, on any text: otherwise a part of a day the full reading finds would be skipped."""
    text = " ".join(parts)
    assert _may_hold(text) == (_HINT.search(text) is not None)
