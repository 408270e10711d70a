"""Focused tests for the cue fixes that followed blindf's blind table (issue 14,
tests/editor_pairs_blindf.py): each rule with the pair that showed it and pairs around it
that must keep their stance."""

from __future__ import annotations

import pytest

from factcheck.evidence.alignment import claim_side
from factcheck.evidence.denied import head_after
from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import agrees, assess, conflicts, only_conflict

# A denial of a clause denies the clause's verb --------------------------------------------


def test_denied_that_heads_at_the_clause_verb() -> None:
    side = claim_side("The minister denied that the files were ever lost.")
    denied = next(i for i, w in enumerate(side.words) if w.norm == "denied")
    head = head_after(side, denied)
    assert head is not None and side.words[head].norm == "lost"


def test_denied_that_agrees_with_not_in_the_passage() -> None:
    agrees(
        "The minister denied that the files were lost.",
        "The minister said the files had not been lost.",
    )


def test_denied_that_is_no_clash_with_the_clause_subject_alone() -> None:
    stance, cues = assess(
        "The minister denied that the files were lost.",
        "The files contained the personal details of 2,000 staff.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)


@pytest.mark.parametrize(
    "source",
    [
        "The minister admitted that the department had lost the files.",
        "The minister confirmed that the files were lost in March.",
    ],
)
def test_denied_that_still_clashes(source: str) -> None:
    stance, _ = assess("The minister denied that the files were lost.", source)
    assert stance is Stance.CONTRADICTS


# A denial of more than the passage speaks of ----------------------------------------------


def test_denial_of_a_qualified_thing_is_no_clash() -> None:
    stance, cues = assess(
        "The vaccine did not cause serious side effects.",
        "The most common side effects of the vaccine were a sore arm and tiredness.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The minister did not attend the summit.", "The minister attended the summit."),
        ("The vaccine did not cause side effects.", "The vaccine caused side effects in 3%."),
    ],
)
def test_denial_still_clashes(claim: str, source: str) -> None:
    assert only_conflict(claim, source).kind is CueKind.NEGATION


# Who did it: the doer of the claim's act named otherwise ------------------------------


@pytest.mark.parametrize(
    ("claim", "source", "said", "other"),
    [
        ("Jim Hale introduced the bill.", "Tom Reed introduced the bill in March.", "Jim Hale",
         "Tom Reed"),
        ("Microsoft bought the startup for $2bn.", "Google bought the startup for $2bn.",
         "Microsoft", "Google"),
        ("The goal was scored by Marcus Rashford.",
         "Bruno Fernandes scored the goal in the 89th minute.", "Marcus Rashford",
         "Bruno Fernandes"),
        ("The report was written by the Institute for Fiscal Studies.",
         "The report, written by the Resolution Foundation, found that poverty had risen.",
         "Institute for Fiscal Studies", "Resolution Foundation"),
    ],
)  # fmt: skip
def test_sole_act_by_another_doer_clashes(claim: str, source: str, said: str, other: str) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ENTITY and (cue.claim, cue.source) == (said, other)


@pytest.mark.parametrize(
    "source",
    [
        "Tom Reed, a Democrat, voted for the bill alongside most of his party.",
        "Tom Reed voted for the bill.",
    ],
)
def test_shared_act_by_another_doer_is_related(source: str) -> None:
    stance, cues = assess("Jim Hale voted for the bill.", source)
    assert stance is Stance.NEUTRAL and not conflicts(cues)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Jim Hale introduced the bill.", "The bill, which Jim Hale introduced, was backed by "
         "Tom Reed."),
        ("Apple bought Beats for $3bn.", "Beats was bought by Apple in 2014 for $3bn."),
        ("The novel was written by Toni Morrison.", "Toni Morrison wrote the novel in 1987."),
        ("Jim Hale chaired the committee.", "The committee, chaired by Jim Hale, heard evidence "
         "from Tom Reed and Anna Berg."),
        ("Microsoft bought the startup.", "Google had tried to buy the startup before Microsoft "
         "stepped in."),
    ],
)  # fmt: skip
def test_the_claims_doer_named_in_the_passage_agrees(claim: str, source: str) -> None:
    agrees(claim, source)


def test_saying_is_not_an_act_of_one() -> None:
    _, cues = assess(
        "NASA reported that 2016 was the warmest year on record.",
        "NOAA reported that 2016 was the warmest year on record.",
    )
    assert not [c for c in conflicts(cues) if c.kind is CueKind.ENTITY], cues


# A win and a loss to the winner ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("David Park won the mayoral race.", "Sarah Kim lost the mayoral race to David Park."),
        ("Sarah Kim lost the mayoral race to David Park.", "David Park won the mayoral race."),
    ],
)
def test_a_loss_to_the_winner_agrees(claim: str, source: str) -> None:
    agrees(claim, source)


@pytest.mark.parametrize(
    "source",
    ["Sarah Kim lost the mayoral race to David Park.", "Tom Reed lost the race to Anna Berg."],
)
def test_a_loss_of_the_winner_or_to_another_clashes(source: str) -> None:
    claim = "Sarah Kim won the mayoral race." if "Kim" in source else "David Park won the race."
    assert only_conflict(claim, source).kind is CueKind.ANTONYM


# Stance verbs: reversed, supported/criticised, a decision taken by another ---------------


def test_reversed_is_a_courts_overturning() -> None:
    agrees(
        "The appeals court overturned the conviction.",
        "The conviction was reversed by the appeals court last week.",
    )
    cue = only_conflict(
        "The appeals court upheld the conviction.",
        "The appeals court reversed the conviction last week.",
    )
    assert (cue.claim, cue.source) == ("upheld", "reversed")


def test_reversed_course_reports_no_decision() -> None:
    stance, _ = assess("The council approved the plan.", "The council later reversed course.")
    assert stance is Stance.NEUTRAL


def test_supported_against_criticised() -> None:
    cue = only_conflict(
        "Most residents supported the new bike lanes.",
        "Most residents criticised the new bike lanes in the city survey.",
    )
    assert (cue.claim, cue.source) == ("supported", "criticised")


@pytest.mark.parametrize(
    "source",
    [
        "The plan was criticised by environmental groups.",
        "The plan was widely criticised.",
    ],
)
def test_a_judgement_by_another_is_no_clash(source: str) -> None:
    stance, cues = assess("The minister supported the plan.", source)
    assert not conflicts(cues) and stance is not Stance.CONTRADICTS


def test_unnamed_judges_on_both_sides_clash() -> None:
    assert only_conflict("The plan was praised.", "The plan was widely criticised.")


def test_the_opposite_decision_taken_by_another_is_related() -> None:
    stance, cues = assess(
        "The mayor backed the stadium plan.",
        "Opposition councillors opposed the stadium plan, saying it would cost too much.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)


# All against some ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source", "said", "part"),
    [
        ("All of the hospital's wards were reopened.",
         "Some of the hospital's wards were reopened on Monday.",
         "All of the hospital's wards", "Some of the hospital's wards"),
        ("All the schools closed because of the snow.", "Most schools closed because of the snow.",
         "All the schools", "Most schools"),
        ("The mayor visited every school in the city.", "The mayor visited a few schools in "
         "the city.", "every school", "few schools"),
        ("Every member of the board backed the plan.", "Every member of the board backed the "
         "plan except the chair, who abstained.", "Every member", "except the chair"),
    ],
)  # fmt: skip
def test_all_against_part(claim: str, source: str, said: str, part: str) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.NUMBER and (cue.claim, cue.source) == (said, part)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Some of the schools closed because of the snow.", "All the schools closed because "
         "of the snow."),
        ("All the passengers survived the crash.", "All the passengers survived the crash, "
         "though two crew members died."),
        ("All 40 passengers survived the crash.", "Some 40 passengers were on board, and all "
         "survived the crash."),
        ("The plant is inspected every year.", "Some of the plant's staff were inspected by "
         "the plant's doctor."),
    ],
)  # fmt: skip
def test_part_or_all_that_agrees_is_no_clash(claim: str, source: str) -> None:
    assert not conflicts(assess(claim, source)[1])


# Direction: comparisons with an expectation, with another time, turned round -------------


def test_faster_than_expected_against_more_slowly_than_forecast() -> None:
    stance, cues = assess(
        "The economy grew faster than expected in the third quarter.",
        "The economy grew more slowly than forecast in the third quarter.",
    )
    assert stance is Stance.CONTRADICTS and len(conflicts(cues)) == 1


def test_more_than_expected_both_ways_agrees() -> None:
    agrees("Inflation rose more than expected.", "Inflation rose more than expected in May.")


def test_higher_than_last_week_is_a_rise() -> None:
    cue = only_conflict(
        "The river level is higher than last week.",
        "The river level has dropped since last week.",
    )
    assert (cue.claim, cue.source) == ("higher", "dropped")
    agrees("The river level is higher than last week.", "The river level has risen since then.")


def test_higher_than_a_year_turned_round_keeps_its_figure() -> None:
    agrees(
        "Turnout was higher than in 2019.",
        "Turnout was lower than in 2015 but higher than in 2019.",
    )


def test_higher_than_anywhere_else_reports_no_change() -> None:
    stance, cues = assess(
        "House prices increased last year.",
        "House prices in the capital are higher than anywhere else in the country.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)
    agrees("House prices increased last year.", "House prices were higher than a year earlier.")


def test_comparison_turned_round_with_a_qualified_head() -> None:
    cue = only_conflict(
        "The film earned more at the box office than its sequel.",
        "The sequel earned more at the box office than the original film.",
    )
    assert cue.kind is CueKind.ORDER


# Not stated: a verb that names what it denies, absent; a word family ----------------------


def test_ruled_out_closing_is_not_stated_without_closing() -> None:
    stance, cues = assess(
        "The company ruled out closing the Leeds plant.",
        "The Leeds plant employs 400 people and opened in 1987.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)
    agrees(
        "The company ruled out closing the Leeds plant.",
        "The company has ruled out closing its Leeds plant, a spokesman said.",
    )


def test_jobless_is_unemployment() -> None:
    agrees(
        "Unemployment rose to 4.3% in March.",
        "The jobless rate climbed to 4.3% in March, the highest in two years.",
    )


# Second batch: currencies against each other, upheld/dismissed, tabled, unchanged ---------


def test_a_currency_turned_round() -> None:
    cue = only_conflict(
        "The dollar weakened against the euro.", "The euro weakened against the dollar."
    )
    assert cue.kind is CueKind.ORDER
    agrees("The dollar weakened against the euro.", "The euro strengthened against the dollar.")


def test_upheld_against_dismissed() -> None:
    cue = only_conflict(
        "The committee upheld the complaint.",
        "The committee dismissed the complaint, finding no breach of the code.",
    )
    assert (cue.claim, cue.source) == ("upheld", "dismissed")


def test_tabled_by_another_party() -> None:
    cue = only_conflict(
        "The motion was tabled by Labour.", "The Conservatives tabled the motion on Monday."
    )
    assert (cue.claim, cue.source) == ("Labour", "Conservatives")


def test_did_not_raise_is_left_unchanged() -> None:
    agrees(
        "The bank did not raise interest rates.", "The bank left interest rates unchanged at 5%."
    )
    cue = only_conflict(
        "The bank did not raise interest rates.", "The bank raised interest rates to 5%."
    )
    assert cue.kind is CueKind.NEGATION


def test_all_of_another_group_is_no_clash() -> None:
    _, cues = assess(
        "Klaus-Martin Schulte examined all papers published from 2004 to February 2007.",
        "Academic analysis shows that most papers examining aspects of climate during the 1970s "
        "were either neutral or showed a warming trend.",
    )
    assert not conflicts(cues), cues


# A level that did not move -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source", "quoted"),
    [
        ("Exports rose in May.", "Imports fell in May, while exports were flat.", "were flat"),
        ("House prices fell last year.", "House prices remained broadly unchanged last year.",
         "remained broadly unchanged"),
    ],
)  # fmt: skip
def test_a_change_against_a_level_that_did_not_move(claim: str, source: str, quoted: str) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM and cue.source == quoted


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Exports rose in May.", "Exports rose in May, then held steady in June."),
        ("House prices fell last year.", "Rents were flat last year, while house prices fell."),
        ("Inflation rose in March.", "The bank said interest rates would stay unchanged."),
        ("Rents rose in London.", "Most renters in London live in a flat."),
    ],
)
def test_a_level_that_did_not_move_of_another_thing_is_no_clash(claim: str, source: str) -> None:
    assert not conflicts(assess(claim, source)[1])


# Third batch: an unlisted comparative, "X, up 5%" --------------------


def test_an_unlisted_comparative_turned_round() -> None:
    cue = only_conflict(
        "The river is deeper than the lake.", "The lake is deeper than the river in most places."
    )
    assert cue.kind is CueKind.ORDER
    agrees("The river is deeper than the lake.", "The river is deeper than the lake at its centre.")


def test_a_change_after_a_comma_is_said_of_the_noun_before_it() -> None:
    stance, _ = assess(
        "Profits rose at the airline.",
        "The airline flew 30 million passengers, up 5% on last year.",
    )
    assert stance is Stance.NEUTRAL
    agrees(
        "Profits rose at the airline.", "The airline reported profits of $2bn, up 5% on last year."
    )


def test_an_act_without_the_claims_doer_is_related() -> None:
    stance, cues = assess(
        "Jim Hale introduced the bill in March.",
        "The bill was introduced in March and is backed by Tom Reed.",
    )
    assert stance is Stance.NEUTRAL and not conflicts(cues)
    agrees(
        "Jim Hale introduced the bill.", "The bill, which was introduced by Hale, would cap rents."
    )


@pytest.mark.parametrize(
    ("source", "clash"),
    [
        ("The award for best actress went to Lily Gladstone.", True),
        ("The award for best actress went to Emma Stone.", False),
        ("After the award, the cast went to Paris.", False),
    ],
)
def test_a_prize_that_went_to_someone(source: str, clash: bool) -> None:
    cues = assess("Emma Stone won the award for best actress.", source)[1]
    assert bool(conflicts(cues)) is clash, cues
