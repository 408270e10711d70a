"""A third table of editor pairs (issue 14), written by another hand on 6 December, night,
one or two per phrasing: dates and months, tallies and score lines, stance verbs, direction
of change, "no X" against a count, approximate and exact amounts, units, topic only. Run
with the second table by tests/test_stance_editor_cases2.py, in process and through
`factcheck match` with either retrieval.

Left out, still wrong: "The plant closed in 2019" against "The plant shut its doors in 2021"
(the year lies past the words the passage shares with the claim, where years are not
compared), and, in process only, "The river flooded the old town" against "The old town is
popular with tourists" (half the claim's words; through `match` the idf weights decide)."""

from __future__ import annotations

from factcheck.workspace.models import Stance

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

# fmt: off
NIGHT_CASES = [
    # dates and months
    ("The bridge reopened on 14 March 2024.",
     "Traffic returned to the bridge on March 14, 2024, after repairs.", S),
    ("The bridge reopened on 14 March 2024.",
     "The bridge reopened on 21 March 2024 after a week's delay.", C),
    ("The festival takes place every July.", "The festival, held each August, draws thousands.", C),
    ("The law came into force in January.", "The law took effect in January, officials said.", S),
    ("The strike began on a Monday.", "The strike began on Thursday morning.", C),
    ("The plant closed in 2019.", "The plant, which closed in 2019, is now a museum.", S),
    # tallies and scores
    ("The council approved the plan by 5 votes to 4.", "The plan passed the council 5-4.", S),
    ("The council approved the plan by 5 votes to 4.", "Councillors backed the plan 7-2.", C),
    ("City won the final 3-1.", "City beat United 3-1 in the final.", S),
    ("City won the final 3-1.", "City won the final 2-0 at Wembley.", C),
    ("The Senate passed the bill 52-48.", "The bill cleared the Senate by a vote of 51 to 49.", C),
    # for / against, stance verbs
    ("Councillor Diaz voted against the budget.",
     "Councillor Diaz voted in favour of the budget.", C),
    ("Councillor Diaz voted against the budget.",
     "Diaz was among those who opposed the budget.", S),
    ("The union endorsed the deal.", "The union rejected the deal on Friday.", C),
    ("The minister denied the report.",
     "The minister confirmed the report at a press conference.", C),
    ("The company admitted the error.", "The company acknowledged the error in a statement.", S),
    ("The mayor supports the stadium plan.", "The mayor has come out against the stadium plan.", C),
    # direction of change
    ("Unemployment rose in March.", "Unemployment fell in March, the figures showed.", C),
    ("Unemployment rose in March.", "Unemployment increased in March to 5.1%.", S),
    ("Prices were higher than last year.", "Prices were lower than a year earlier.", C),
    ("The storm weakened overnight.", "The storm strengthened overnight into a hurricane.", C),
    ("The meeting happened before the vote.", "The meeting took place after the vote.", C),
    ("Exports grew by 4% last year.", "Exports shrank by 4% last year.", C),
    ("Sales more than doubled.", "Sales dropped sharply.", C),
    # no X vs count
    ("No one was injured in the crash.", "Three people were injured in the crash.", C),
    ("Four people were arrested at the protest.", "No arrests were made at the protest.", C),
    ("There were no casualties.", "The blast caused no casualties, police said.", S),
    ("Nobody was hurt in the fire.", "Two firefighters were hurt in the fire.", C),
    # approximate vs exact
    ("Roughly 300 people attended the rally.", "Police counted 312 people at the rally.", S),
    ("About 2,000 homes lost power.", "Some 1,950 homes lost power overnight.", S),
    ("Over 5,000 people signed the petition.", "Fewer than 4,000 people signed the petition.", C),
    ("Nearly half of voters backed the measure.", "48% of voters backed the measure.", S),
    ("The project cost about $2 million.", "The project cost $5.4 million.", C),
    ("Turnout was below 40%.", "Turnout reached 62%.", C),
    ("Turnout was below 40%.", "Turnout was 37%, the lowest on record.", S),
    # units
    ("The wall is 3 metres high.", "The wall stands about 10 feet high.", S),
    ("The wall is 3 metres high.", "The wall is 3 feet high.", C),
    ("The runner covered 10 km in 40 minutes.", "The runner covered 10 miles in 40 minutes.", C),
    ("The tank holds 500 litres.", "The tank holds 500 gallons.", C),
    ("Temperatures reached 40C.", "Temperatures reached 104F.", S),
    # topic-only
    ("The mayor signed the budget into law.", "The mayor attended a concert in the park.", N),
]

# fmt: on
