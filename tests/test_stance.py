"""Stance and cues on small handwritten claim/passage pairs, one group per cue kind."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.evidence.figures import claim_figures
from factcheck.evidence.numbers import mentions
from factcheck.evidence.sides import Side
from factcheck.evidence.stance import SUPPORT_COSINE, decide, matched_spans
from factcheck.workspace.models import CueKind, Passage, Stance
from tests.stance_helpers import PREFIX, assess, conflicts, only_conflict, passage

# Numbers and quantities ------------------------------------------------------------


def test_written_number_against_digits() -> None:
    cue = only_conflict(
        "The storm destroyed five homes in the valley.",
        "The storm destroyed 4 homes in the valley on Sunday night.",
    )
    assert cue.kind is CueKind.NUMBER
    assert cue.describe() == 'number: claim "five" vs source "4"'


def test_same_number_in_words_and_digits_agrees() -> None:
    stance, cues = assess(
        "Twelve people were injured in the crash.", "12 people were injured in the crash."
    )
    assert stance is Stance.SUPPORTS
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]
    assert cues[0].describe() == 'agreement: claim "Twelve", source "12"'


def test_percentages_compare_as_numbers() -> None:
    cue = only_conflict(
        "Unemployment in the region rose to 7% last year.",
        "Unemployment in the region rose to 5.5 percent last year, the office said.",
    )
    assert (cue.claim, cue.source) == ("7%", "5.5 percent")


def test_numbers_counting_different_things_do_not_clash() -> None:
    stance, cues = assess(
        "Three ministers met in the capital on the border question.",
        "The ministers met in the capital for 2 hours on the border question.",
    )
    assert not conflicts(cues)
    assert stance is Stance.NEUTRAL  # related: it does not say how many met


def test_scaled_amounts() -> None:
    values = [m.value[0] for m in mentions("about 3.5 million tonnes and twenty-five people")]
    assert values == [3_500_000.0, 25.0]


def test_model_names_are_not_numbers() -> None:
    assert mentions("an S-300 missile and COVID-19") == []


# Dates and times -----------------------------------------------------------------------


def test_day_of_month_differs() -> None:
    cue = only_conflict(
        "The election results were announced on March 3.",
        "The election results were announced on 4 March, a day late.",
    )
    assert cue.kind is CueKind.DATE
    assert cue.describe() == 'date: claim "March 3" vs source "4 March"'


def test_same_date_written_two_ways_agrees() -> None:
    _, cues = assess("The bridge reopened on Feb 26.", "The bridge reopened on February 26.")
    assert [(c.kind, c.source) for c in cues] == [(CueKind.AGREEMENT, "February 26")]


def test_year_after_the_same_preposition() -> None:
    cue = only_conflict(
        "The dam was completed in 1998 after a decade of work.",
        "The dam was completed in 2005 after a decade of work.",
    )
    assert cue.describe() == 'date: claim "1998" vs source "2005"'


def test_clock_time_in_the_same_zone() -> None:
    source = "The ministry said a missile was shot down around 10 am local time (0700 GMT)."
    cue = only_conflict("The ministry said the missile was shot down at 7 am local time.", source)
    assert cue.describe() == 'time: claim "7 am local time" vs source "10 am local time"'


def test_a_time_in_another_zone_is_the_same_moment() -> None:
    source = "The ministry said a missile was shot down around 10 am local time (0700 GMT)."
    stance, cues = assess("The ministry said the missile was shot down at 0700 GMT.", source)
    assert stance is Stance.SUPPORTS
    assert [(c.kind, c.source) for c in cues] == [(CueKind.AGREEMENT, "0700 GMT")]


def test_pm_times() -> None:
    cue = only_conflict(
        "The polls closed at 8 p.m. on election day.",
        "The polls closed at 9 pm on election day.",
    )
    assert cue.kind is CueKind.TIME


# Negation ----------------------------------------------------------------------------


def test_negated_claim_against_plain_source() -> None:
    cue = only_conflict(
        "The mayor did not sign the budget bill.",
        "The mayor signed the budget bill on Friday evening.",
    )
    assert cue.kind is CueKind.NEGATION
    assert cue.describe() == 'negation: claim "not sign" vs source "mayor signed"'


def test_negated_source_against_plain_claim() -> None:
    cue = only_conflict(
        "The company paid its taxes in full.", "The company never paid its taxes in full."
    )
    assert cue.describe() == 'negation: claim "paid" vs source "never paid"'


def test_negation_on_both_sides_agrees() -> None:
    stance, cues = assess(
        "The minister has not resigned.", "The minister has not resigned, his office said."
    )
    assert stance is Stance.SUPPORTS
    assert not conflicts(cues)


def test_not_only_is_not_a_negation() -> None:
    stance, cues = assess(
        "The flood damaged homes and roads in the valley.",
        "The flood damaged not only homes but also roads in the valley.",
    )
    assert stance is Stance.SUPPORTS
    assert not conflicts(cues)


# Antonyms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source", "words"),
    [
        (
            "Exports increased in May, the agency said.",
            "Exports decreased sharply in May, the agency said.",
            ("increased", "decreased"),
        ),
        (
            "The union accepts the pay offer.",
            "The union rejected the pay offer on Monday.",
            ("accepts", "rejected"),
        ),
        (
            "The governor admitted ordering the closure.",
            "The governor denies ordering the closure.",
            ("admitted", "denies"),
        ),
        (
            "Investors were optimistic about the merger.",
            "Investors were sceptical about the merger.",
            ("optimistic", "sceptical"),
        ),
        ("The army left the city in March.", "The army remained in the city in March.", None),
        (
            "The fire spread to the northern suburbs.",
            "The fire spread to the southern suburbs.",
            ("northern", "southern"),
        ),
        (
            "The new medicine lowers blood pressure.",
            "The new medicine raises blood pressure.",
            ("lowers", "raises"),
        ),
        ("The repairs were cheap.", "The repairs were costly.", ("cheap", "costly")),
        ("Side effects were rare.", "Side effects were common.", ("rare", "common")),
    ],
)
def test_antonyms(claim: str, source: str, words: tuple[str, str] | None) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    if words:
        assert (cue.claim, cue.source) == words


def test_denial_is_one_antonym_cue_not_also_a_negation() -> None:
    cue = only_conflict("Russia admitted firing the missile.", "Russia denies firing the missile.")
    assert cue.describe() == 'antonym: claim "admitted" vs source "denies"'


def test_negated_antonym_cancels_out() -> None:
    stance, cues = assess(
        "The council did not reject the housing plan.", "The council accepted the housing plan."
    )
    assert stance is Stance.SUPPORTS
    assert not conflicts(cues)


# Swapped names -----------------------------------------------------------------------


def test_place_swapped_in_an_aligned_sentence() -> None:
    cue = only_conflict(
        "The summit was held in Vienna with ministers from ten countries.",
        "The summit was held in Geneva with ministers from ten countries.",
    )
    assert cue.describe() == 'entity: claim "Vienna" vs source "Geneva"'


def test_person_swapped() -> None:
    cue = only_conflict(
        "The award was presented by Maria Lopez at the ceremony.",
        "The award was presented by Anna Berg at the ceremony.",
    )
    assert cue.kind is CueKind.ENTITY
    assert cue.source == "Anna Berg"


def test_country_and_its_adjective_are_not_a_swap() -> None:
    _, cues = assess(
        "The Belarus foreign ministry summoned the ambassador.",
        "The Belarusian foreign ministry summoned the ambassador.",
    )
    assert not conflicts(cues)


def test_a_capital_for_its_country_is_not_a_swap() -> None:
    stance, cues = assess(
        "Peace talks will be held in Moscow next week.",
        "Peace talks will be held in Russia next week, officials said.",
    )
    assert not conflicts(cues)
    assert stance is Stance.SUPPORTS


def test_names_in_unaligned_places_are_not_a_swap() -> None:
    _, cues = assess(
        "Talks in Paris ended without a deal.",
        "Officials from Berlin said the talks ended without a deal after midnight.",
    )
    assert not any(c.kind is CueKind.ENTITY for c in cues)


# Attribution -------------------------------------------------------------------------


def test_quote_given_to_another_speaker() -> None:
    cue = only_conflict(
        "Smith said: 'We will cut taxes for every family next year.'",
        "'We will cut taxes for every family next year,' Jones said.",
    )
    assert cue.describe() == "attribution: claim says Smith, source says Jones"


def test_speaker_named_in_the_sentence_before() -> None:
    before = Passage("s", 0, 40, "'It was a hard winter,' Jones told reporters.")
    stance, cues = assess(
        "Smith said: 'We will cut taxes for every family next year.'",
        "'We will cut taxes for every family next year.",
        context=[before],
    )
    assert stance is Stance.CONTRADICTS
    assert [c.describe() for c in cues] == ["attribution: claim says Smith, source says Jones"]


def test_quote_by_the_same_speaker_agrees() -> None:
    stance, cues = assess(
        "Smith said: 'We will cut taxes for every family next year.'",
        "'We will cut taxes for every family next year,' Smith said on Monday.",
    )
    assert stance is Stance.SUPPORTS
    assert not conflicts(cues)


# Stance without cues -------------------------------------------------------------------


def test_restated_sentence_supports() -> None:
    stance, cues = assess(
        "The bridge over the river was closed for repairs.",
        "Officials said the bridge over the river was closed for repairs until June.",
    )
    assert stance is Stance.SUPPORTS
    assert cues == ()


def test_unrelated_passage_is_neutral() -> None:
    stance, cues = assess(
        "The bridge over the river was closed for repairs.",
        "Apple harvests were good this autumn.",
    )
    assert stance is Stance.NEUTRAL
    assert cues == ()


def test_conflict_in_a_barely_related_passage_is_neutral_not_supports() -> None:
    # One of the claim's eight content words: the clash is shown, the passage is related.
    stance, cues = assess(
        "The new stadium in the city centre will seat 40,000 fans from 2026.",
        "Tickets for 30,000 fans went on sale.",
    )
    assert [c.describe() for c in conflicts(cues)] == ['number: claim "40,000" vs source "30,000"']
    assert stance is Stance.NEUTRAL


def test_a_passage_with_a_clash_cue_is_never_supports() -> None:
    # Sharing a word or two and clashing used to land in "supports" below 40% overlap.
    stance, cues = assess(
        "The council approved the plan for 300 homes on the old airfield site.",
        "Residents of the area said 120 homes would be too many.",
    )
    assert conflicts(cues)
    assert stance is not Stance.SUPPORTS


def test_passage_sharing_a_word_or_two_is_related_not_supporting() -> None:
    # "Supports" means the passage states the claim's content, not that it shares a word.
    stance, cues = assess(
        "Arctic sea ice reached its lowest extent on record in September 2012.",
        "Seals rest and give birth on the ice.",
    )
    assert not conflicts(cues)
    assert stance is Stance.NEUTRAL


def test_matched_spans_are_absolute_and_cover_shared_words() -> None:
    text = "The bridge was closed."
    spans = matched_spans(claim_text="Bridges closed", passage=passage(text))
    full = PREFIX + text
    assert [full[s:e] for s, e in spans] == ["bridge", "closed"]


_WORDS = ["not ", "said ", "Smith ", "am ", "pm ", "GMT ", "February ", "in 1998 ", "three "]
_ODD = ["west ", "east ", "n't ", "İ", "ß", "ﬁ", "\u00a0"]
_PIECES = st.sampled_from([*"abc ABC 0123456789:.,'\"“”‘’-%\n", *_WORDS, *_ODD])
_TEXT = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(claim=_TEXT, source=_TEXT)
def test_any_text_gives_a_stance_and_exact_cue_spans(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance in set(Stance)
    for cue in cues:
        if cue.start >= 0:
            assert (PREFIX + source)[cue.start : cue.end] == cue.source


# Stance with the meaning (semantic retrieval) -------------------------------------------

PARAPHRASE = ("The new medicine lowers blood pressure.", "The drug reduced hypertension.")


def test_with_the_meaning_a_close_paraphrase_supports_without_shared_words() -> None:
    claim, source = PARAPHRASE
    assert assess(claim, source)[0] is Stance.NEUTRAL  # no content word in common
    assert assess(claim, source, meaning=SUPPORT_COSINE)[0] is Stance.SUPPORTS
    assert assess(claim, source, meaning=SUPPORT_COSINE - 0.01)[0] is Stance.NEUTRAL


def test_with_the_meaning_shared_words_alone_do_not_support() -> None:
    # Enough of the claim's words to support it lexically, about something else: with the
    # cosine at hand, it decides (short of SUPPORT_WORDS, nearly every content word).
    claim = "The new medicine lowers blood pressure."
    source = "The medicine cabinet lowered the air pressure in the room."
    assert assess(claim, source)[0] is Stance.SUPPORTS
    assert assess(claim, source, meaning=0.2)[0] is Stance.NEUTRAL


def test_with_the_meaning_a_clash_still_contradicts_and_never_supports() -> None:
    stance, cues = assess(
        "The new medicine lowers blood pressure.",
        "The new medicine raises blood pressure.",
        meaning=0.93,  # what the model gives this pair: nearly the same sentence
    )
    assert stance is Stance.CONTRADICTS
    assert [c.describe() for c in conflicts(cues)] == ['antonym: claim "lowers" vs source "raises"']
    weak = decide(aligned=0.1, cues=cues, meaning=0.99)
    assert weak is Stance.NEUTRAL  # the clash on barely shared content: related, not supports


def test_with_the_meaning_a_clash_in_one_clause_of_a_long_sentence_still_contradicts() -> None:
    # The bundled example's refuted claim: the whole sentence is about a missile (its
    # cosine with the claim is low), the clash is in one clause.
    stance, cues = assess(
        "Zhytomyr is a city to the east of Kyiv.",
        "At least one Iskander missile was launched from within Belarus, targeting an airport "
        "in Zhytomyr, a city west of Kyiv, the agency reported on Sunday.",
        meaning=0.2,
    )
    assert [c.describe() for c in conflicts(cues)] == ['antonym: claim "east" vs source "west"']
    assert stance is Stance.CONTRADICTS


def test_with_the_meaning_a_long_sentence_in_the_claims_own_words_supports() -> None:
    # The bundled example's s300-first-incident: the cosine of the whole sentence is 0.53.
    claim = "It was the first such incident reported by Minsk since the start of the offensive."
    source = (
        "Belarus said Thursday it shot down an air defence missile launched from Ukrainian "
        "territory, in the first such incident reported by Minsk since the start of the offensive."
    )
    assert assess(claim, source, meaning=0.53)[0] is Stance.SUPPORTS


def test_with_the_meaning_the_claims_own_figure_and_enough_words_support() -> None:
    # The cosine of this pair is 0.35: the sentence is about a closure.
    claim = "The factory employs 1,200 people."
    source = "The plant, which employs about 1,200 people, will close next year, the union said."
    stance, cues = assess(claim, source, meaning=0.35)
    assert stance is Stance.SUPPORTS
    assert [c.kind for c in cues] == [CueKind.AGREEMENT]
    other = "The plant, which employs about 900 people, will close next year, the union said."
    assert assess(claim, other, meaning=0.35)[0] is Stance.CONTRADICTS
    unrelated = "The plant will close next year, the union said."
    assert assess(claim, unrelated, meaning=0.35)[0] is Stance.NEUTRAL


@pytest.mark.parametrize("meaning", [None, 0.9])
def test_a_claims_figure_must_be_given(meaning: float | None) -> None:
    claim = "Roughly 300 people attended the rally in the main square."
    stance, _ = assess(claim, "The rally in the main square drew people.", meaning=meaning)
    assert stance is Stance.NEUTRAL
    stance, _ = assess(
        claim, "About 310 people attended the rally in the main square.", meaning=meaning
    )
    assert stance is Stance.SUPPORTS
    # A claim without a figure needs none, and "no X" describes rather than counts.
    stance, _ = assess(
        "Children with no symptoms can spread the virus.",
        "Asymptomatic children can spread the virus.",
        meaning=meaning,
    )
    assert stance is Stance.SUPPORTS


@pytest.mark.parametrize("meaning", [None, 0.9])
def test_the_same_number_counting_something_else_is_not_the_figure(
    meaning: float | None,
) -> None:
    claim = "300 people died in the floods in Kerala."
    stance, _ = assess(claim, "The floods in Kerala destroyed 300 homes.", meaning=meaning)
    assert stance is Stance.NEUTRAL
    stance, _ = assess(
        "Over 31,000 scientists signed the OISM petition.",
        "The OISM petition has more than 31,000 signatures by scientists.",
        meaning=meaning,
    )
    assert stance is Stance.SUPPORTS  # "signed" and "signatures": the same count


@pytest.mark.parametrize(
    "claim",
    [
        "Methane rose in the latter part of the 20th century from rice farming.",
        "The body attacks one of its own immune defences in severe cases.",
    ],
)
def test_ordinals_and_a_lone_one_are_not_figures(claim: str) -> None:
    side = Side.of(claim)
    assert claim_figures(side) == []


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # One shared word, or one name of several, is the claim's topic, not the claim.
        ("The mayor approved the new budget.", "The mayor was elected in 2018.", Stance.NEUTRAL),
        ("Senator Hale voted for the bill.", "Senator Hale was born in 1960.", Stance.NEUTRAL),
        (
            "The Bank of England raised interest rates.",
            "The Bank of England was founded in 1694.",
            Stance.NEUTRAL,
        ),
        ("Vaccines Cause Autism", "Autism is common.", Stance.NEUTRAL),  # a headline
        (
            "Unemployment rose in 2023.",
            "The unemployment office moved to a new building in 2023.",
            Stance.NEUTRAL,
        ),
        # Two words held, or one and the claim's figure, state it.
        ("The mayor approved the new budget.", "The mayor approved the budget.", Stance.SUPPORTS),
        ("The race is 10 km.", "The race is 10,000 metres.", Stance.SUPPORTS),
        ("Exports fell.", "Exports fell sharply.", Stance.SUPPORTS),
        ("Inflation.", "Inflation rose.", Stance.SUPPORTS),  # one content word: it is enough
    ],
)
def test_topic_alone_does_not_support_by_words(claim: str, source: str, stance: Stance) -> None:
    assert assess(claim, source)[0] is stance


def test_topic_rule_is_for_words_alone() -> None:
    """With semantic retrieval the cosine decides (a paraphrase shares few words)."""
    claim, source = "The minister resigned.", "The minister stepped down."
    assert assess(claim, source)[0] is Stance.NEUTRAL
    assert assess(claim, source, meaning=0.8)[0] is Stance.SUPPORTS


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # Not clashes: each was one after a cue was first added (found by review).
        ("The minimum wage is $15 an hour.", "The minimum wage rose to $15 a year ago."),
        ("Prices rise 5% a year.", "Prices rose 5% a second time this year."),
        ("Masks work.", "It is too early to tell whether masks work."),
        ("Quitting smoking improves health.", "It is never too late to quit smoking."),
        (
            "Remdesivir was approved to treat COVID-19.",
            "Remdesivir blocks the replication of the virus that causes COVID-19.",
        ),
    ],
)
def test_no_clash_on_look_alikes(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is not Stance.CONTRADICTS, cues
