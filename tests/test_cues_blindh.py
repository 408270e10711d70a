"""Focused tests for the cue fixes that followed blindh's blind table (issue 14,
tests/editor_pairs_blindh.py): each rule with the pair that showed it and pairs around it
that must keep their stance."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.editor_pairs_blindh import BLIND, SPLIT_BY_MATCH
from tests.stance_helpers import agrees, assert_case, assess, conflicts, only_conflict

# An adverb between a negator and its verb -------------------------------------------------


def test_not_yet_denies_the_verb_after_it() -> None:
    cue = only_conflict(
        "The inquiry report has been published.",
        "The inquiry report has not yet been published, more than two years after the "
        "hearings ended.",
    )
    assert cue.source == "not yet been published"


def test_not_yet_agrees_with_not() -> None:
    agrees(
        "The inquiry report has not been published.",
        "The inquiry report has not yet been published, more than two years after the "
        "hearings ended, prompting anger among families.",
    )


def test_not_previously_been_denies_the_verb_after_it() -> None:
    stance, _ = assess(
        "The strain had been identified in the region.",
        "The strain had not previously been identified in the region, the agency said.",
    )
    assert stance is Stance.CONTRADICTS


# A denial of an earlier time only (evidence/novelty.py) -----------------------------------

_NEW = "The variant had not been previously identified."


def test_not_previously_is_no_clash_with_a_report_of_now() -> None:
    stance, cues = assess(
        _NEW,
        "Scientists identified the variant in samples taken from patients at three "
        "hospitals in the north of the country, the health agency said.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)


def test_not_previously_clashes_with_before() -> None:
    for source in (
        "The variant had been identified in samples from 2019, the agency said.",
        "The variant was first identified in samples from 2019, the agency said.",
    ):
        assert assess(_NEW, source)[0] is Stance.CONTRADICTS, source


def test_not_previously_is_stated_by_new_or_not_before() -> None:
    agrees(
        _NEW,
        "The variant, which had not been identified before, was found in samples from three "
        "hospitals, the health agency said.",
    )


def test_not_identified_without_before_still_clashes() -> None:
    assert (
        assess(
            "The variant had not been identified.",
            "Scientists identified the variant in samples from three hospitals.",
        )[0]
        is Stance.CONTRADICTS
    )


def test_never_before_seen_after_a_noun_is_a_record() -> None:
    agrees(
        "Prices rose to a record level in the region.",
        "Prices rose to a level never before seen in the region, driven by a shortage of "
        "homes and a wave of buyers from the capital.",
    )


def test_never_before_as_a_verb_still_denies() -> None:
    assert (
        assess(
            "The river had burst its banks before.",
            "Residents said the river had never before burst its banks in living memory.",
        )[0]
        is Stance.CONTRADICTS
    )
    assert (
        assess("Crowds filled the square.", "Crowds never filled the square on Saturday.")[0]
        is Stance.CONTRADICTS
    )


# Converse verbs turned round (evidence/converse.py) ---------------------------------------


def test_sold_to_agrees_with_bought_from_turned_round() -> None:
    agrees(
        "The city sold the land to a developer.",
        "A developer bought the land from the city in 2021 for a fraction of its market "
        "value, according to documents obtained by the paper.",
    )
    agrees("A developer bought the land from the city.", "The city sold the land to a developer.")


def test_sold_against_bought_by_the_same_party_still_clashes() -> None:
    cue = only_conflict(
        "The city sold the land to a developer.",
        "The city bought the land from a developer in 2021, records show.",
    )
    assert (cue.claim, cue.source) == ("sold", "bought")
    assert (
        assess(
            "The developer sold the land to the city.",
            "A developer bought the land from the city in 2021.",
        )[0]
        is Stance.CONTRADICTS
    )


# A negation standing on its auxiliary alone (negscope.elided_after) -----------------------


def test_said_it_would_not_denies_the_verb_said_before() -> None:
    agrees(
        "The finance minister said the bill would not raise taxes.",
        "Critics said the bill would raise taxes for middle-income families; the finance "
        "minister said it would not, and accused the opposition of scaremongering.",
    )


def test_a_plain_assertion_still_clashes_with_would_not() -> None:
    cue = only_conflict(
        "The bill will not raise taxes.",
        "The bill will raise taxes for middle-income families, the report said.",
    )
    assert cue.source == "will raise"


# A lag said with a negation is a comparison (evidence/keepup.py) --------------------------


def test_not_kept_up_with_agrees_with_faster_than_turned_round() -> None:
    agrees(
        "Wages have not kept up with rents.",
        "Rents have risen faster than wages in every region over the past decade, the "
        "housing charity's report found.",
    )
    agrees(
        "Rents in the city have risen faster than wages.",
        "Wages in the city have not kept up with rents, which rose faster.",
    )


def test_not_kept_up_with_clashes_with_the_other_order() -> None:
    cue = only_conflict(
        "Wages have not kept up with rents.",
        "Wages have risen faster than rents in every region over the past decade.",
    )
    assert cue.kind is CueKind.ORDER and cue.source == "Wages have risen faster than rents"


def test_kept_up_against_not_kept_up_is_still_a_negation() -> None:
    cue = only_conflict(
        "Wages have kept up with inflation.",
        "Wages have not kept up with inflation this year, the statistics office said.",
    )
    assert cue.kind is CueKind.NEGATION


# A denial of what reports say, and "no evidence that" (negation, negscope) ----------------


def test_rejected_reports_that_denies_the_clause() -> None:
    cue = only_conflict(
        "The Dunmore plant will close next year.",
        "The company rejected reports that the Dunmore plant would close next year, calling "
        "them 'pure speculation' in a statement on Tuesday.",
    )
    assert cue.source == "rejected reports that the Dunmore plant would close"


def test_no_evidence_that_denies_the_clause_to_its_verb() -> None:
    cue = only_conflict(
        "Police said the driver had been drinking.",
        "Police said there was no evidence that the driver had been drinking, and that tests "
        "carried out at the scene were negative.",
    )
    assert (cue.claim, cue.source) == (
        "drinking",
        "no evidence that the driver had been drinking",
    )


def test_a_denied_clause_of_another_verb_is_no_clash_with_its_subject() -> None:
    agrees(
        "The chief executive resigned on Friday.",
        "A spokesperson denied reports that the chief executive had been pushed out by the "
        "board, but confirmed that she resigned on Friday after eleven years in the job.",
    )


def test_rejected_a_plan_is_no_denial_of_a_clause() -> None:
    stance, cues = assess(
        "The council rejected the report on road safety.",
        "The council rejected the report on road safety by nine votes to four.",
    )
    assert stance is Stance.SUPPORTS and not conflicts(cues)


# Words in other words and their opposites (antonyms, lexicon) -----------------------------


def test_eased_is_a_fall() -> None:
    cue = only_conflict(
        "Unemployment rose in the third quarter.",
        "Unemployment eased in the third quarter, official figures showed.",
    )
    assert (cue.claim, cue.source) == ("rose", "eased")


def test_unlikely_and_empty_are_opposites() -> None:
    assert only_conflict(
        "The factory is likely to close.",
        "Managers told staff that the factory was unlikely to close.",
    ).source == ("unlikely")
    assert only_conflict("The reservoir is full.", "The reservoir is nearly empty.").source == (
        "empty"
    )


def test_dismissed_by_the_board_is_no_resignation() -> None:
    cue = only_conflict(
        "The chief executive resigned.",
        "The chief executive was dismissed by the board on Friday, the company said.",
    )
    assert cue.source.endswith("dismissed")


def test_a_court_that_dismissed_a_case_is_no_dismissal_of_the_claim() -> None:
    stance, cues = assess(
        "The judge resigned in March.",
        "The judge, who dismissed the case against the mayor, resigned in March.",
    )
    assert stance is Stance.SUPPORTS and not conflicts(cues)


# A negated negating verb and "no longer" (doubleneg, negation) ----------------------------


def test_not_ruled_out_clashes_with_ruled_out() -> None:
    cue = only_conflict(
        "Officials have ruled out a recall of the cars.",
        "Officials have not ruled out a recall of the cars, a spokesman for the regulator said.",
    )
    assert cue.source == "not ruled out a recall"
    assert (
        assess(
            "Officials have not ruled out a recall of the cars.",
            "Officials have ruled out a recall of the cars, a spokesman said.",
        )[0]
        is Stance.CONTRADICTS
    )


def test_not_ruled_out_agrees_with_not_ruled_out() -> None:
    agrees(
        "The bank did not rule out a rate rise.",
        "The bank has not ruled out a rate rise, its governor said.",
    )


def test_no_longer_clashes_though_the_passage_says_once() -> None:
    cue = only_conflict(
        "The plant still employs 300 people.",
        "The plant, which once employed 300 people, no longer employs anyone; its last "
        "workers were laid off in 2019.",
    )
    assert cue.source == "no longer employs"


# Who did it: another doer of an act many do, the one beaten, a passive turned round -------


def test_another_chamber_passing_the_bill_is_related_not_a_clash() -> None:
    for claim, source in (
        (
            "The Senate passed the bill.",
            "The House passed the bill on Tuesday by 220 votes to 210.",
        ),
        ("The House of Commons approved the plan.", "The House of Lords approved the plan."),
        ("Senator Hale voted for the bill.", "Senator Reed voted for the bill on Tuesday."),
    ):
        stance, cues = assess(claim, source)
        assert stance is Stance.NEUTRAL and not conflicts(cues), claim


def test_a_sole_act_by_another_still_clashes() -> None:
    assert only_conflict(
        "Apple bought the startup.", "Google bought the startup in 2020."
    ).source == ("Google")


def test_the_claimed_winner_named_as_the_one_beaten() -> None:
    cue = only_conflict(
        "Maria Lopez won the mayoral election.",
        "David Chen won the mayoral election with 54 percent of the vote, defeating Maria "
        "Lopez, who conceded on Tuesday night.",
    )
    assert (cue.claim, cue.source) == ("Maria Lopez", "David Chen")
    agrees(
        "David Chen won the mayoral election.",
        "David Chen won the mayoral election with 54 percent of the vote, defeating Maria Lopez.",
    )


def test_a_co_doer_named_after_is_no_swap() -> None:
    _, cues = assess("Jim Hale introduced the bill.", "Tom Reed introduced the bill with Jim Hale.")
    assert not conflicts(cues)


def test_a_passive_turned_round_clashes() -> None:
    cue = only_conflict(
        "The landlord sued the tenants' association.",
        "The landlord was sued by the tenants' association in March over repairs.",
    )
    assert cue.source == "landlord was sued by the tenants"
    agrees(
        "The tenants' association sued the landlord.",
        "The landlord was sued by the tenants' association in March over repairs.",
    )
    agrees("Police arrested the protesters.", "The protesters were arrested by police on Saturday.")


# A plan, a condition or a question states no fact (evidence/hedged.py) --------------------


@pytest.mark.parametrize(("claim", "source"), sorted(SPLIT_BY_MATCH))
def test_pairs_split_by_match_in_process(claim: str, source: str) -> None:
    want = next(w for _, c, s, w in BLIND if (c, s) == (claim, source))
    assert_case(claim, source, want)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The bridge will close in May.",
            "If no funding is found for repairs, the bridge will close in May, the county "
            "council warned.",
        ),
        (
            "The museum will reopen in June.",
            "The museum will reopen in June if the repairs to its roof are finished in time.",
        ),
        (
            "The council raised parking fees in the town centre.",
            "The council has proposed raising parking fees in the town centre by 20 percent.",
        ),
    ],
)
def test_a_condition_or_a_plan_is_related(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.NEUTRAL and not conflicts(cues)


@pytest.mark.parametrize(
    "source",
    [
        "The bridge will close in May, and if repairs run late it could stay shut until July.",
        "The bridge will close in May. If repairs run late, it could stay shut until July.",
    ],
)
def test_a_condition_of_another_clause_leaves_the_fact_stated(source: str) -> None:
    agrees("The bridge will close in May.", source)


def test_even_if_states_what_follows() -> None:
    agrees(
        "The strike will go ahead on Monday.",
        "The strike will go ahead on Monday even if talks resume, the union said.",
    )


# A side's view, and the other side's answer (evidence/hedged.py) --------------------------

_VIEWS = (
    "Campaigners argue the new runway will harm air quality in the area, while the airport "
    "insists that cleaner aircraft mean pollution will fall."
)


def test_a_sides_view_does_not_state_the_fact() -> None:
    stance, cues = assess("The new runway will harm air quality in the area.", _VIEWS)
    assert stance is Stance.NEUTRAL and not conflicts(cues)


def test_the_answer_after_while_is_the_other_sides_statement() -> None:
    agrees("The airport says pollution will fall.", _VIEWS)


def test_no_good_evidence_that_denies_the_clause() -> None:
    cue = only_conflict(
        "Scientists have proved that the supplement prevents colds.",
        "Some small studies suggest the supplement might shorten colds, but there is no good "
        "evidence that it prevents them, the review concluded.",
    )
    assert cue.source == "no good evidence that it prevents"


# The second batch's fixes ------------------------------------------------------------------


def test_rejected_accusations_that_denies_the_clause() -> None:
    assert (
        assess(
            "The senator took money from a lobbyist.",
            "The senator has rejected accusations that she took money from a lobbyist.",
        )[0]
        is Stance.CONTRADICTS
    )


def test_the_same_converse_verb_with_parties_swapped_clashes() -> None:
    cue = only_conflict(
        "The company bought the building from the council.",
        "The council bought the building from the company in 2019 for £4 million.",
    )
    assert (cue.claim, cue.source) == ("company bought", "council bought")
    agrees(
        "The company bought the building from the council.",
        "The company bought the building from the council in 2019.",
    )


def test_a_record_phrase_agrees_with_a_record() -> None:
    cues = agrees(
        "The flooding was the worst in the town's history.",
        "The flooding reached levels never seen before in the town, and more than 200 homes "
        "were evacuated.",
    )
    assert [(c.kind, c.source) for c in cues] == [(CueKind.AGREEMENT, "never seen before")]


# The third batch's fixes -------------------------------------------------------------------


def test_would_not_hesitate_is_no_denial() -> None:
    agrees(
        "The bank raised interest rates.",
        "The bank raised interest rates on Thursday, and said it would not hesitate to raise "
        "them again if inflation stayed high.",
    )


def test_a_doubt_in_a_relative_clause_doubts_that_clause_only() -> None:
    agrees(
        "The ban came into force in January.",
        "The ban, which critics say is unenforceable, came into force in January.",
    )
    stance, _ = assess(
        "The ban is unenforceable.",
        "The ban, which critics say is unenforceable, came into force in January.",
    )
    assert stance is not Stance.SUPPORTS


def test_lent_and_borrowed_are_one_sum() -> None:
    agrees(
        "The bank lent the city $50 million.",
        "The city borrowed $50 million from the bank to pay for the new tram line.",
    )


# The fourth batch's fixes ------------------------------------------------------------------


def test_no_longer_agrees_with_a_verb_of_ending() -> None:
    stance, cues = assess(
        "The hospital no longer has a maternity unit.",
        "The hospital's maternity unit, which closed in 2018, has not reopened, despite a "
        "campaign by local mothers.",
    )
    assert stance is Stance.SUPPORTS and not conflicts(cues)


def test_names_of_several_words_turned_round() -> None:
    cue = only_conflict(
        "Amazon acquired Whole Foods.",
        "Whole Foods acquired Amazon in 2017 for $13.7 billion, according to the filing.",
    )
    assert (cue.claim, cue.source) == ("Amazon acquired Whole Foods", "Whole Foods acquired Amazon")
    agrees("Amazon acquired Whole Foods.", "Amazon acquired Whole Foods in 2017.")


def test_a_forecast_is_not_what_will_be() -> None:
    stance, _ = assess(
        "The bank will cut interest rates in March.",
        "The bank is widely expected to cut interest rates in March, although two of its "
        "policymakers have argued for waiting until the summer.",
    )
    assert stance is Stance.NEUTRAL
    agrees(
        "The plant will close next year.", "The plant is set to close next year, its owners said."
    )


# The fifth batch's fixes -------------------------------------------------------------------


def test_another_central_bank_raising_rates_is_related() -> None:
    stance, cues = assess(
        "The Bank of England raised interest rates.",
        "The European Central Bank raised interest rates on Thursday, a day after the Federal "
        "Reserve held its own steady.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)


def test_a_claim_with_its_own_condition_is_stated_by_the_condition() -> None:
    agrees(
        "The company will cut 300 jobs if the merger goes ahead.",
        "The company will cut 300 jobs if the merger goes ahead, according to documents seen "
        "by the union.",
    )
