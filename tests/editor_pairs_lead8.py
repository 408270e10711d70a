"""The lead's probes of 7 December 2026 (eighth session): editor pairs written before they were run.

Batch 1 (48 pairs): every kind of issue 14 in shapes the earlier tables used little: times of
day, ages, ordinals and ranks, percentage points, money with currency signs and "bn", ranges,
relative dates ("a week later"), score lines named the other way round ("lost to"), court
outcomes, and passages that give the claim's fact in a second clause or in reported speech.
Each row is (claim, passage, expected stance); ``CASES`` is run by
tests/test_stance_editor_tables.py in process and through `factcheck match` with either
retrieval. The pairs still wrong are in ``LEFT_OUT`` with their reasons.

When first run, in process: batch 1, 5 of 48 wrong, 1 of them a false clash ("The stadium's
annual running costs are £40m" against "The stadium cost £1.2bn to build"). After the fixes
(a word of one kind of a sum before its word of money, "running costs", and a sum for
another purpose, "to run" / "to build", are another sum; "ended the season fifth" and "in
fifth place" are places; cubic metres and feet are volumes), 2 are, neither a false clash.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

Case = tuple[str, str, Stance]

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

BATCH_1: list[Case] = [
    # Times of day and relative dates.
    ("The polls closed at 10pm on Thursday.", "Polls closed at 10pm on Thursday night.", S),
    ("The polls closed at 10pm on Thursday.", "Polling stations closed at 9pm on Thursday.", C),
    (
        "The suspect was arrested at 6.30am on Monday.",
        "Police said the suspect was arrested shortly after 6.30am on Monday at his flat.",
        S,
    ),
    (
        "The suspect was arrested on Monday morning.",
        "The suspect was arrested on Wednesday morning, police said.",
        C,
    ),
    (
        "The ferry sank on 12 August, and divers found the wreck a week later.",
        "Divers located the wreck of the ferry on 19 August, a week after it sank on 12 August.",
        S,
    ),
    # Ages, ordinals and ranks.
    (
        "The winner, aged 34, is a nurse from Leeds.",
        "The winner, a 34-year-old nurse from Leeds.",
        S,
    ),
    (
        "The winner, aged 34, is a nurse from Leeds.",
        "The winner, a 43-year-old nurse from Leeds.",
        C,
    ),
    (
        "Lagos is Africa's largest city.",
        "Lagos is Africa's second-largest city after Cairo.",
        C,
    ),
    (
        "The team finished third in the league.",
        "The team finished third in the league for the second year running.",
        S,
    ),
    (
        "The team finished third in the league.",
        "The team ended the season fifth in the league table.",
        C,
    ),
    # Percentage points and rates.
    (
        "The Bank of England raised interest rates by a quarter point to 5.25%.",
        "The Bank of England increased its base rate by 0.25 percentage points to 5.25%.",
        S,
    ),
    (
        "The Bank of England raised interest rates to 5.25%.",
        "The Bank of England cut interest rates to 5%.",
        C,
    ),
    (
        "Turnout was 67%, up three points on 2019.",
        "Turnout was 67%, three percentage points higher than in 2019.",
        S,
    ),
    (
        "Turnout was 67%, up three points on 2019.",
        "Turnout fell to 61%, down six points on 2019.",
        C,
    ),
    # Money.
    ("The stadium cost £1.2bn to build.", "The stadium cost £1.2 billion to build.", S),
    ("The stadium cost £1.2bn to build.", "The stadium cost £800m to build.", C),
    (
        "The stadium cost £1.2bn to build.",
        "The stadium's annual running costs are £40m, the club said.",
        N,
    ),
    (
        "The charity raised $3.5 million last year.",
        "Last year the charity raised about $3.5m, its highest total yet.",
        S,
    ),
    # Ranges.
    (
        "Between 200 and 300 people attended the vigil.",
        "Around 250 people attended the vigil on Sunday evening.",
        S,
    ),
    (
        "Between 200 and 300 people attended the vigil.",
        "More than 2,000 people attended the vigil, organisers said.",
        C,
    ),
    # Score lines named the other way round.
    ("Leeds beat Hull 3-1 on Saturday.", "Hull lost 3-1 to Leeds on Saturday.", S),
    ("Leeds beat Hull 3-1 on Saturday.", "Hull beat Leeds 3-1 on Saturday.", C),
    ("Leeds beat Hull 3-1 on Saturday.", "Leeds and Hull drew 1-1 on Saturday.", C),
    (
        "Leeds beat Hull 3-1 on Saturday.",
        "Leeds have now won four games in a row, the last against Hull.",
        N,
    ),
    # Court outcomes.
    (
        "The jury found the defendant guilty of fraud.",
        "The defendant was convicted of fraud by the jury on Friday.",
        S,
    ),
    (
        "The jury found the defendant guilty of fraud.",
        "The jury acquitted the defendant of fraud.",
        C,
    ),
    (
        "The appeal court upheld the sentence.",
        "The appeal court quashed the sentence, ruling it unduly harsh.",
        C,
    ),
    (
        "The appeal court upheld the sentence.",
        "Lawyers for the defendant said they would take the sentence to the appeal court.",
        N,
    ),
    # Votes and stance verbs in reported speech.
    (
        "Senator Ruiz voted against the bill.",
        "Senator Ruiz, who voted against the bill, said it went too far, aides confirmed.",
        S,
    ),
    (
        "Senator Ruiz voted against the bill.",
        "According to the roll call, Senator Ruiz voted for the bill.",
        C,
    ),
    (
        "The union backed the pay offer.",
        "The union rejected the pay offer, its general secretary said.",
        C,
    ),
    (
        "The union backed the pay offer.",
        "The union's members will vote on the pay offer next week.",
        N,
    ),
    ("The motion passed by 301 votes to 215.", "MPs approved the motion 301-215.", S),
    ("The motion passed by 301 votes to 215.", "MPs approved the motion by 310 votes to 215.", C),
    # No X against counts.
    ("No one was injured in the fire.", "Two firefighters were injured tackling the fire.", C),
    ("No one was injured in the fire.", "Nobody was hurt in the fire, the fire service said.", S),
    (
        "No one was injured in the fire.",
        "The fire destroyed three homes on the street, the fire service said.",
        N,
    ),
    (
        "Three people were arrested at the protest.",
        "No arrests were made at the protest, police confirmed.",
        C,
    ),
    # Direction of change in second clauses.
    (
        "Inflation fell to 3.2% in March.",
        "Wages rose 6% in the year to March, while inflation fell to 3.2%.",
        S,
    ),
    (
        "Inflation fell to 3.2% in March.",
        "Wages rose in March, while inflation rose to 3.2%.",
        C,
    ),
    (
        "Passenger numbers doubled in five years.",
        "Passenger numbers halved in five years as fares rose.",
        C,
    ),
    (
        "The gap between rich and poor widened last year.",
        "The gap between rich and poor narrowed last year, the report found.",
        C,
    ),
    # Units and approximations.
    ("The storm brought winds of 70mph.", "The storm brought gusts of about 110km/h.", S),
    ("The storm brought winds of 70mph.", "The storm brought winds of 40mph.", C),
    (
        "The marathon record is now just under two hours.",
        "The marathon record now stands at 1:59:40.",
        S,
    ),
    (
        "The reservoir holds 5 million litres.",
        "The reservoir holds roughly 5,000 cubic metres of water.",
        S,
    ),
    (
        "Roughly 300 homes lost power.",
        "Exactly 312 homes lost power overnight, the network said.",
        S,
    ),
    ("Over 5,000 homes lost power.", "Fewer than 4,000 homes lost power overnight.", C),
]

CASES: list[Case] = BATCH_1

LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The Bank of England raised interest rates by a quarter point to 5.25%.",
        "The Bank of England increased its base rate by 0.25 percentage points to 5.25%.",
    ): (
        "[batch 1] Related, not supports: 'a quarter point' is read as no figure, and "
        "'raised interest rates' / 'increased its base rate' share too few words"
    ),
    (
        "The marathon record is now just under two hours.",
        "The marathon record now stands at 1:59:40.",
    ): "[batch 1] Related, not supports: a time written '1:59:40' is read as no length of time",
}
