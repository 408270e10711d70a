"""Cues fixed after the eleventh session's articles through match (a jobs report, a cricket
Test, a dock ballot, a wolf census, a rocket launch, a box office weekend, bus cuts)."""
# ruff: noqa: E501  (one pair per line: a claim and its passage read side by side)

from __future__ import annotations

import pytest

from factcheck.evidence.numbers import mentions
from factcheck.workspace.models import Stance
from tests.stance_helpers import assess

C, N, S = Stance.CONTRADICTS, Stance.NEUTRAL, Stance.SUPPORTS

# (claim, passage, stance), by the rule each tests.
STANCES = [
    # -- A count at a rate ("12 launches a year") is another figure than a total (a false
    # clash with "30 launches booked"); rates over other periods are compared.
    ("The European Space Agency plans 12 launches a year.", "Its first commercial flight is planned for the end of the year, and Arianespace has 30 launches booked.", N),
    ("There were 300 cases a day in March.", "There were 400 cases in March.", N),
    ("There were 300 cases a day in March.", "There were 400 cases a day in March.", C),
    ("There were 300 cases a day in March.", "There were 2,100 cases a week in March.", S),
    ("The museum attracts 2 million visitors a year.", "The museum, opened in 1759, attracts 2 million visitors a year and employs 1,200 staff.", S),
    ("The museum attracts 2 million visitors a year.", "The museum attracts 6 million visitors a year.", C),
    ("The course lasts a year.", "The course lasts a year and a half.", C),
    # -- "positions" are jobs (by the word: its stem is "positive"'s too).
    ("The federal government cut 4,000 jobs.", "Health care added 56,000 jobs and social assistance 31,000. Manufacturing employment was little changed, while the federal government shed 4,000 positions.", S),
    ("The company cut 300 jobs.", "The company cut 500 positions.", C),
    ("Studies point to a negative feedback.", "Studies point to a positive feedback.", C),
    # -- A figure in another sentence that holds none of the claim's words and names
    # another (not a speaker) is that other's (namedapart.py).
    ("Kung Fu Panda 4 opened with $30 million.", "\"Kung Fu Panda 4\" is due next weekend. Last weekend's leader, \"Bob Marley: One Love\", fell to second place with $13.5 million.", N),
    ("Dune opened with $30 million.", '"Dune" opened at the weekend. It took $13.5 million.', C),
    ("The bridge cost $30 million.", "The bridge opened in May. The final bill came to $45 million.", C),
    ("The bridge cost $30 million.", "The bridge opened in May. The final bill came to $45 million, Mayor Jones said.", C),
    ("The bridge cost $30 million.", "The bridge opened in May. According to Mayor Jones, the final bill came to $45 million.", C),
    ("The footbridge will cost more than £6 million.", "The council approved a new footbridge. Councillor Jim Hale voted against the plan, saying the £4.5m cost was too high.", C),
    # -- Two estimates more than a tenth apart are two figures (bands._estimates_apart).
    ("Dune: Part Two had a budget of around $160 million.", "The film, which cost about $190 million to make, took $97 million overseas.", N),
    ("The film had a budget of around $160 million.", "The film had a budget of about $190 million.", C),
    ("Around 300 people came to the rally.", "About 312 people came to the rally.", S),
    ("Around 300 people came to the rally.", "About 340 people came to the rally.", C),
    # -- A count at a rate is no kin of a count of people ("3,500 passengers a week").
    ("About 3,500 people live in the villages affected.", "The council said about 3,500 passengers a week used the affected routes.", N),
    ("About 2,000 people marched.", "About 2,000 protesters marched.", S),
    # -- A negative form in the claim against the plain word in the passage (prefixes.py),
    # but not "unemployment" against "employment": two figures.
    ("Hutchison Ports called the pay offer unfair.", 'The port\'s owner, Hutchison Ports, said the offer was "fair and generous".', C),
    ("The ruling was illegal.", "The court said the ruling was legal.", C),
    ("The plan is unlikely to pass.", "The plan is likely to pass.", C),
    ("The strike was unlawful.", "The strike was lawful, the judge ruled.", C),
    ("Employment rose in May.", "Unemployment rose in May.", N),
    ("Unemployment rose in May.", "Employment rose in May.", N),
    ("Police uncovered a plot.", "Newspapers covered the plot.", N),
    # -- A change "from X to Y" gives two levels, not a range.
    ("The death toll rose from 12 to 15.", "The death toll rose to 15 on Monday, up from 12.", S),
    ("The death toll rose from 12 to 15.", "The death toll rose to 15 on Monday, up from 11.", C),
    ("The road runs from 3 to 5 km.", "The road runs 4 km.", S),
    # -- A series' numbered one may be its last: "the fifth Test" / "the final Test".
    ("The fifth Test starts on March 17.", "The final Test starts in Dharamsala on March 7.", C),
    ("The first Test starts on March 17.", "The final Test starts in Dharamsala on March 7.", N),
    # -- "eight days of strikes" is how long the strikes last; "will last" is no stretch.
    ("The dock strikes will last ten days.", "The union said eight days of strikes would begin on August 21.", C),
    ("The dock strikes will last eight days.", "The union said eight days of strikes would begin on August 21.", S),
    ("The festival will last three days.", "The festival will last four days.", C),
    ("Sales rose in each of the last two years.", "Sales rose in each of the last three years.", C),
    ("She has 20 years of experience.", "She has 15 years of experience.", N),
    # -- "added jobs" against "cut jobs", past "a combined" and a number's two words.
    ("The firm added 200 jobs.", "The firm cut 200 jobs.", C),
    ("The firm cut 200 jobs.", "The firm added 200 jobs.", C),
    ("The firm cut 200 jobs.", "The firm cut 200 jobs, the spokesman added.", S),
    ("Revisions added 22,000 jobs to the February and March figures.", "Revisions cut a combined 22,000 jobs from the February and March figures.", C),
    ("Since the mid 1970s, temperatures have been warming at around 0.2 degrees Celsius per decade.", "Two-thirds of the warming has occurred since 1975, at a rate of roughly 0.15-0.20 °C per decade.", S),
    # -- "a revised" before a figure is another month's figure, not another instance.
    ("The US added 240,000 jobs in April.", "The US economy added 175,000 jobs in April, down from a revised 315,000 in March and below the 240,000 economists had forecast.", C),
    ("The union accepted the offer.", "The union rejected a revised offer.", N),
    # -- A number word in a name is no count, but a headline in title case keeps its figures.
    ("Bob Marley: One Love topped the box office.", 'Last weekend\'s leader, "Bob Marley: One Love", fell to second place with $13.5 million.', C),
    ("Sea levels could rise by roughly 2 feet.", '"Mediterranean Sea Level Could Rise By Over Two Feet, Global Models Predict".', S),
    # -- Topping a chart is its first place; "are second in" is a place.
    ("The film topped the box office.", "The film fell to second place at the box office.", C),
    ("The film topped the box office.", "The film was first at the box office.", S),
    ("Arsenal top the table.", "Arsenal are second in the table.", C),
    ("Dune topped the box office.", 'Last weekend\'s leader, "Bob Marley: One Love", fell to second place with $13.5 million.', N),
    # -- A share set beside a change's amount is the change's.
    ("The bus budget is being cut by a quarter.", "Councillors voted 38-21 to cut the bus budget by £2.4m, a quarter of its total.", S),
    ("Obama will require that 10 percent of electricity is renewable by 2012.", "By 2012, 10% of U.S. electricity shall come from renewable sources and 25% by 2025.", S),
    # -- The doer of a sole act, on the claim's thing among the first words of the passage's
    # object ("won Sunday's state election in Saxony"), but not the claim's doer written as
    # initials ("CDU" / "Christian Democrats").
    ("The Greens won the state election.", "The Christian Democrats narrowly won Sunday's state election in Saxony.", C),
    ("The AfD won the Saxony state election.", "The Christian Democrats narrowly won Sunday's state election in Saxony, ahead of the Alternative for Germany.", C),
    ("The CDU won the Saxony election with 31.9% of the vote.", "The Christian Democrats narrowly won Sunday's state election in Saxony with 31.9% of the vote.", S),
    ("The USDA cut its wheat forecast.", "The US Department of Agriculture cut its wheat forecast.", S),
    # -- A place's doer past a participle's clause; "was third for Ferrari" is a place.
    ("The Wagenknecht alliance came second in Saxony.", "The Sahra Wagenknecht Alliance, founded in January, came third with 11.8% in its first state election.", C),
    ("The Greens came second in Saxony.", "The Sahra Wagenknecht Alliance, founded in January, came third with 11.8% in its first state election.", N),
    ("Charles Leclerc finished fourth at Zandvoort.", "Charles Leclerc was third for Ferrari, ahead of Oscar Piastri.", C),
    # -- A count's noun from a part of a whole ("41 of the 120 seats") and after "and" and a
    # name ("and the AfD 40").
    ("The AfD won 42 seats in Saxony.", "The CDU will have 41 of the 120 seats in the new parliament and the AfD 40.", C),
    ("The AfD won 40 seats in Saxony.", "The CDU will have 41 of the 120 seats in the new parliament and the AfD 40.", S),
    ("Three of the five judges dissented.", "Two of the five judges dissented.", C),
    # -- A proposal withdrawn was not approved.
    ("The proposal to cut overseas places was approved.", "A proposal to cut the number of overseas places was withdrawn before the vote.", C),
    ("The council approved the plan.", "The council withdrew the plan.", C),
    ("The army withdrew troops from the city.", "The council approved the plan for the city.", N),
    # -- A name's number is the name's, not a count of the word after it (namenumbers.py).
    ("The iPhone 15 goes on sale on September 22.", "The iPhone 15 will be available from September 22.", S),
    ("Windows 11 launched in October 2021.", "Microsoft released Windows 11 in October 2021.", S),
    ("Ariane 6 launched on July 9.", "Europe's new Ariane 6 rocket lifted off on Tuesday, July 9.", S),
    ("Apollo 11 landed on the Moon in July 1969.", "Apollo 11 touched down on the Moon on 20 July 1969.", S),
    ("Phase 3 trials began in March.", "Phase 2 trials began in March.", C),
    ("The iPhone 15 costs $799.", "The iPhone 14 costs $799.", C),
    ("All 40 passengers survived.", "All 38 passengers survived.", C),
    ("Storm Kills 12 In Kent", "Storm kills 14 in Kent.", C),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), STANCES)
def test_stances(claim: str, source: str, stance: Stance) -> None:
    assert assess(claim, source)[0] is stance


def test_a_part_of_a_whole_and_a_count_after_a_name_take_the_whole_s_noun() -> None:
    found = mentions("The CDU will have 41 of the 120 seats in the new parliament and the AfD 40.")
    assert [(m.text, m.unit) for m in found] == [("41", "seat"), ("120", "seat"), ("40", "seat")]


def test_a_name_s_number_is_the_name_s() -> None:
    (six,) = [m for m in mentions("Ariane 6 launched on Tuesday.") if m.kind == "number"]
    assert six.unit == "#arian"
    (two,) = [m for m in mentions("It cut CO 2 emissions.") if m.kind == "number"]
    assert not two.unit.startswith("#")  # a formula stays a figure
    (fifty,) = [m for m in mentions("It pushed North Pole 50 degrees above normal.") if m.low == 50]
    assert not fifty.unit.startswith("#")  # a measure names nothing


def test_a_time_back_after_a_figure_is_not_what_it_counts() -> None:
    (level,) = [m for m in mentions("184 packs, up from 161 a year earlier") if m.low == 161]
    assert (level.unit, level.then) == ("", "")


def test_a_count_at_a_rate_has_its_period() -> None:
    launches = next(m for m in mentions("It plans 12 launches a year.") if m.kind == "number")
    assert (launches.unit, launches.then, launches.per) == ("launch", "", 31557600.0)
