"""Focused tests for the rules blindl's table (tests/editor_pairs_blindl.py) brought, and its
pairs `factcheck match` does not show lexically (``NOT_SHOWN``), run in process."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests import editor_pairs_blindl
from tests.stance_helpers import assert_case

_WANT = {(c, s): Stance(w) for _, c, s, w in editor_pairs_blindl.BLIND}


@pytest.mark.parametrize(("claim", "source"), sorted(editor_pairs_blindl.NOT_SHOWN))
def test_pairs_not_shown_by_match(claim: str, source: str) -> None:
    assert_case(claim, source, _WANT[claim, source])


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "had" right before a figure has it, now: no past perfect of another time.
        (
            "The school reported no cases of measles this term.",
            "The school had three cases of measles this term.",
            Stance.CONTRADICTS,
        ),
        (
            "The museum drew 800,000 visitors.",
            "The museum had 450,000 visitors.",
            Stance.CONTRADICTS,
        ),
        ("Chelsea beat Arsenal 2-0.", "Chelsea had beaten Arsenal 3-0.", Stance.NEUTRAL),
    ],
)
def test_had_before_a_figure(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # The figure a change is measured from, and a gap from the usual level, are no
        # level: neither agreed with nor clashed by the claim's.
        (
            "Turnout was 61 per cent.",
            "Turnout was 54%, down from 61% at the last election.",
            Stance.CONTRADICTS,
        ),
        (
            "Turnout was 54 per cent.",
            "Turnout was 54%, down from 61% at the last election.",
            Stance.SUPPORTS,
        ),
        (
            "Turnout fell to 54% from 61%.",
            "Turnout was 54%, down from 61% at the last election.",
            Stance.SUPPORTS,
        ),
        (
            "Temperatures reached 35C in Athens.",
            "Temperatures in Athens were 5C above normal.",
            Stance.NEUTRAL,
        ),
        (
            "Temperatures in Athens were 3C above average.",
            "Temperatures in Athens were 5C above the July average.",
            Stance.CONTRADICTS,
        ),
        # A height above the street or the sea is a level; "higher than a year ago" a change.
        (
            "The summit is 3,000 metres high.",
            "The summit stands 4,000 metres above sea level.",
            Stance.CONTRADICTS,
        ),
        (
            "House prices up 3% on last year",
            "House prices were 3% higher than a year ago.",
            Stance.SUPPORTS,
        ),
    ],
)
def test_figures_relative_to_another(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # One number in two units of a measure is a unit mixed up, bound or not.
        ("The race is run over 10 km.", "The race is run over 10 miles.", Stance.CONTRADICTS),
        (
            "The tower is under 400 feet tall.",
            "The tower is under 400 metres tall.",
            Stance.CONTRADICTS,
        ),
        ("The race is over 10 km.", "The race is over 12 km.", Stance.SUPPORTS),
        # "million pounds" is money; a length from end to end, and "spans", are how long.
        (
            "The council will spend £3m fixing potholes.",
            "The council will spend three million pounds fixing potholes.",
            Stance.SUPPORTS,
        ),
        (
            "The new ship is 1,000 feet long.",
            "The new ship measures 405 metres from bow to stern.",
            Stance.CONTRADICTS,
        ),
        (
            "The village is 5 km from the coast.",
            "The village lies 8 km from the coast.",
            Stance.CONTRADICTS,
        ),
        ("The bridge spans 2 km.", "The bridge is 3 km long.", Stance.CONTRADICTS),
        ("The bridge spans 2 km.", "The bridge's towers are 150 metres tall.", Stance.NEUTRAL),
    ],
)
def test_units(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A count of none against a count of another fate of the same noun: no clash, and
        # no statement either; the same fate, or harm in other words, still clashes.
        (
            "No flights were cancelled on Friday.",
            "The airline said 40 flights were delayed on Friday.",
            Stance.NEUTRAL,
        ),
        (
            "The airline cancelled no flights on Friday.",
            "The airline cancelled 40 flights on Friday.",
            Stance.CONTRADICTS,
        ),
        (
            "No people were injured in the crash.",
            "Three people were arrested after the crash.",
            Stance.NEUTRAL,
        ),
        (
            "No people were injured in the crash.",
            "Three people were killed in the crash.",
            Stance.CONTRADICTS,
        ),
        ("No passengers were hurt.", "Two passengers were taken to hospital.", Stance.CONTRADICTS),
        # A "no X" of a plural the passage never names is not stated by it.
        (
            "No arrests were made at the climate march.",
            "Thousands of people joined the climate march in the city centre.",
            Stance.NEUTRAL,
        ),
        (
            "No arrests were made at the march.",
            "Police made no arrests at the march.",
            Stance.SUPPORTS,
        ),
        (
            "There were no goals in the second half.",
            "The second half was goalless.",
            Stance.SUPPORTS,
        ),
        # Nor clashed, after a verb ("caused no power cuts"); "have no symptoms" still is.
        (
            "The storm caused no power cuts in Cornwall.",
            "The storm brought down 12 trees in Cornwall, the council said.",
            Stance.NEUTRAL,
        ),
        (
            "The storm caused no power cuts in Cornwall.",
            "The storm cut power to 3,000 homes in Cornwall.",
            Stance.CONTRADICTS,
        ),
        (
            "Patients had no symptoms after the vaccine.",
            "Patients reported headaches after the vaccine.",
            Stance.CONTRADICTS,
        ),
        # A passage's "no X" at another time than the claim's own.
        (
            "Two climbers died on the mountain this season.",
            "There were no deaths on the mountain last season.",
            Stance.NEUTRAL,
        ),
        (
            "Two climbers died on the mountain this season.",
            "There were no deaths on the mountain this season.",
            Stance.CONTRADICTS,
        ),
    ],
)
def test_none_against_counts(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # What is spent on a thing is its cost and its budget; pay is another sum.
        (
            "The council spent about £1.2m on the new library.",
            "The new library cost the council £2.5 million.",
            Stance.CONTRADICTS,
        ),
        (
            "The project is expected to cost up to £40m.",
            "The project's budget was capped at £40 million.",
            Stance.SUPPORTS,
        ),
        (
            "The mayor earns $150,000.",
            "The mayor's office has a budget of $2 million.",
            Stance.NEUTRAL,
        ),
    ],
)
def test_sums_of_one_thing(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A bare figure after a death toll counts deaths.
        ("Death toll rises to 12", "Officials said 12 people had died.", Stance.SUPPORTS),
        ("Death toll rises to 12", "Officials said nine people had died.", Stance.CONTRADICTS),
        ("Death toll rises to 12", "The death toll rose to 9 on Monday.", Stance.CONTRADICTS),
        (
            "The death toll from the floods rose to 12.",
            "Rescuers pulled 40 people from the water.",
            Stance.NEUTRAL,
        ),
        # "killed no one", "injured nobody": a count of none of the verb's harm.
        ("The fire killed no one.", "Two residents died in the fire.", Stance.CONTRADICTS),
        ("The fire killed no one.", "Nobody died in the fire.", Stance.SUPPORTS),
        (
            "The storm injured nobody.",
            "Three people were injured in the storm.",
            Stance.CONTRADICTS,
        ),
        # A "none" reaches its event however far: it reports no harm.
        (
            "No injuries in school bus crash",
            "None of the children on the school bus was hurt.",
            Stance.SUPPORTS,
        ),
        (
            "No injuries in school bus crash",
            "None of the children on the school bus was hurt, but the driver was injured.",
            Stance.CONTRADICTS,
        ),
    ],
)
def test_tolls_and_harm(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "None of the X died" denies its verb, however many words name whom: it says "all
        # survived" in other words, no clash (were false clashes).
        (
            "All 40 passengers survived the crash.",
            "None of the 40 passengers died in the crash.",
            Stance.NEUTRAL,
        ),
        ("Everyone on board survived.", "No one on board died.", Stance.NEUTRAL),
        ("All the miners survived.", "None of the miners died.", Stance.NEUTRAL),
        ("The team won all its games.", "None of the team's games were lost.", Stance.SUPPORTS),
        ("All the miners survived.", "None of the miners survived.", Stance.CONTRADICTS),
        # "No one was hurt in a similar explosion" is read as before: another instance.
        (
            "Three people were hurt in the explosion.",
            "No one was hurt in a similar explosion at the plant in 2019.",
            Stance.NEUTRAL,
        ),
    ],
)
def test_none_of_denies_its_verb(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A count of none against a count of its noun with another verb, said after both.
        (
            "No teachers were sacked after the inspection.",
            "The inspection found 12 teachers were unqualified.",
            Stance.NEUTRAL,
        ),
        (
            "No teachers were sacked after the inspection.",
            "Twelve teachers were sacked after the inspection.",
            Stance.CONTRADICTS,
        ),
        # The noun itself the event: "recorded" and "had" are no verbs of the cases.
        (
            "The hospital has had no cases of norovirus since January.",
            "The hospital has recorded 23 cases of norovirus since January.",
            Stance.CONTRADICTS,
        ),
        ("No passengers were hurt.", "Two passengers suffered minor injuries.", Stance.CONTRADICTS),
        # "with no X" before a participle counts events the passage never names.
        (
            "Roughly £2m was raised for the hospice, with no costs charged.",
            "The appeal raised £2.1m for the hospice.",
            Stance.NEUTRAL,
        ),
        # A "none of the 200": the group's size is no figure the passage must give.
        (
            "None of the 200 runners needed treatment.",
            "Medics said no runner needed treatment.",
            Stance.SUPPORTS,
        ),
    ],
)
def test_second_batch_rules(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # One number in two units of a measure is a unit mixed up; one unit spelt two ways
        # is not, nor a temperature where the scales meet.
        ("The pool is 50 metres long.", "The pool is 50 yards long.", Stance.CONTRADICTS),
        ("The pool is 50 metres long.", "The pool is 55 yards long.", Stance.SUPPORTS),
        ("The bag weighed 20 kg.", "The bag weighed 20 kilos.", Stance.SUPPORTS),
        (
            "The race is run over 10 km.",
            "The race is run over 10 kilometres.",
            Stance.SUPPORTS,
        ),
        # How deep or high a thing lies is another size than how long it is.
        ("The tunnel is 5 km long.", "The tunnel is 40 metres below the river.", Stance.NEUTRAL),
        (
            "The tunnel runs 40 metres below the river.",
            "The tunnel is 60 metres below the river.",
            Stance.CONTRADICTS,
        ),
        # A figure before "more ... than" is a gap, which a claim's change may give.
        (
            "Almost 90% of households recycle.",
            "Households recycled 40% more glass than in 2020.",
            Stance.NEUTRAL,
        ),
        (
            "House prices rose 3% last year.",
            "House prices were 3% higher than a year earlier.",
            Stance.SUPPORTS,
        ),
        (
            "House prices up 5% on last year",
            "House prices were 3% higher than a year ago.",
            Stance.CONTRADICTS,
        ),
    ],
)
def test_third_batch_rules(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A usual level is no level of one occasion; a claim in the present may say what
        # is usual itself.
        (
            "The river peaked at 5.2 metres.",
            "The river is normally 1.5 metres deep.",
            Stance.NEUTRAL,
        ),
        (
            "The journey takes 40 minutes.",
            "The journey usually takes an hour.",
            Stance.CONTRADICTS,
        ),
        (
            "The journey takes 40 minutes.",
            "The journey usually takes 40 minutes.",
            Stance.SUPPORTS,
        ),
        # "last year" is the claim's own time: a change since another year is another
        # stretch.
        ("Rents rose 8% last year.", "Rents have risen 30% since 2019.", Stance.NEUTRAL),
        ("Rents rose 8% last year.", "Rents rose 12% last year.", Stance.CONTRADICTS),
        # A deficit is no budget.
        ("The budget is £3bn.", "The budget deficit is £30bn.", Stance.NEUTRAL),
        ("The budget deficit is £3bn.", "The budget deficit is £30bn.", Stance.CONTRADICTS),
    ],
)
def test_usual_levels_stretches_deficits(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # Two maxima, "at most" and "up to", of other figures are two figures.
        (
            "At most 12 people can use the lift.",
            "The lift can carry up to 20 people.",
            Stance.CONTRADICTS,
        ),
        (
            "At most 12 people can use the lift.",
            "The lift can carry up to 12 people.",
            Stance.SUPPORTS,
        ),
        ("Up to 200 homes were flooded.", "150 homes were flooded.", Stance.SUPPORTS),
    ],
)
def test_maxima(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
