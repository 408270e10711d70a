"""Blind editor table of session blindg: values in other words and formats.

Written before reading any earlier table or the cue code, from README.md and the
"Stance and cues" table of docs/matching.md only: each case is (kind, claim, passage,
expected stance) as a newsroom editor would write it. Kinds: durations and units
converted, fractions and shares, multiples, numbers written out, periods named other
ways, score lines in words, ages and birthdays, money with and without currency words,
percentages against percentage points. Commit 0edf532 is the record of it as written (the
cases were only wrapped to the line length after).

Before any fix, 32 of the 127 were wrong in process and through `match` with either
retrieval (semantically one other: "spring 2023" supported by "closed in November 2022"):
durations 0 of 11, units 1 of 13, shares 7 of 16, multiples 3 of 12, numbers in words 1 of 15,
periods 6 of 18, score lines in words 5 of 14, ages 6 of 10, money 1 of 9, percentage points 2
of 9. Five were false clashes: "30 centimetres of snow" against "winds of 90 kilometres per
hour", "a quarter of the budget" against "the budget rose by 4%", "tripled" against "made up
16% of sales", "eastern wards" against "western wards" (another place, not its opposite) and
"last week" against "first threatened" ("last" of a time is no rank).
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

# fmt: off
KINDED: list[tuple[str, str, str, Stance]] = [
    # durations and units converted
    ("duration", "The hearing lasted three hours.",
     "The hearing lasted 180 minutes, ending shortly after 6 p.m.", S),
    ("duration", "The ceasefire held for two weeks.",
     "The ceasefire held for 14 days before shelling resumed.", S),
    ("duration", "The ceasefire held for two weeks.",
     "The ceasefire held for only 10 days before shelling resumed.", C),
    ("duration", "The strike lasted a fortnight.",
     "The strike lasted 14 days, the longest in the port's history.", S),
    ("duration", "The blackout lasted 90 minutes.",
     "The blackout lasted three hours across most of the city.", C),
    ("duration", "The blackout lasted 90 minutes.",
     "The blackout lasted an hour and a half across most of the city.", S),
    ("duration", "The trial lasted six weeks.",
     "The jury deliberated for 11 hours before returning its verdict at the end of the trial.", N),
    ("duration", "The rescue took 36 hours.",
     "The rescue took a day and a half, the coastguard said.", S),
    ("duration", "The drought has lasted 18 months.",
     "The drought has now lasted a year and a half.", S),
    ("duration", "The drought has lasted 18 months.",
     "The drought has now lasted two and a half years.", C),
    ("unit", "The race covers 42 kilometres.",
     "The race covers about 26 miles through the city centre.", S),
    ("unit", "The new border fence runs for 100 kilometres.",
     "The new border fence runs for just 40 miles along the river.", C),
    ("unit", "The suspect was carrying 2 kilograms of cocaine.",
     "The suspect was carrying about 4.4 pounds of cocaine, police said.", S),
    ("unit", "The record marrow weighed 50 kg.",
     "The record marrow weighed 50 pounds, the judges said.", C),
    ("unit", "Temperatures reached 40C in Seville on Monday.",
     "Temperatures in Seville reached 104F on Monday.", S),
    ("unit", "Temperatures reached 40C in Seville on Monday.",
     "Temperatures in Seville reached 95F on Monday.", C),
    ("unit", "The city has 1.2 million residents.",
     "The city has 1,200,000 residents, according to the census.", S),
    ("unit", "The fund raised $1.2m.", "The fund raised $1,200,000 in its first year.", S),
    ("unit", "The city has 1.2 million residents.",
     "The city has 120,000 residents, according to the census.", C),
    ("unit", "The fund raised $1.2m.", "The fund now has 1,200 donors, most of them local.", N),
    ("unit", "The marathon drew 40,000 runners.",
     "The marathon course is 42 kilometres long and passes the cathedral.", N),
    ("unit", "The storm dumped 30 centimetres of snow on the town.",
     "The storm's winds reached 90 kilometres per hour as it crossed the town.", N),
    # fractions and shares
    ("share", "Half of the respondents said they trusted the police.",
     "50% of respondents said they trusted the police.", S),
    ("share", "Half of the respondents said they trusted the police.",
     "Only 30% of respondents said they trusted the police.", C),
    ("share", "A third of the city's buses are electric.",
     "About 33% of the city's buses are electric.", S),
    ("share", "One in four adults in the region smokes.",
     "25% of adults in the region smoke, the survey found.", S),
    ("share", "One in four adults in the region smokes.",
     "One in ten adults in the region smokes, the survey found.", C),
    ("share", "Three out of four voters backed the measure.",
     "75 percent of voters backed the measure.", S),
    ("share", "Three out of four voters backed the measure.",
     "Only 40 percent of voters backed the measure.", C),
    ("share", "A majority of members voted to strike.", "Some 62% of members voted to strike.", S),
    ("share", "A majority of members voted to strike.",
     "Only 38% of members voted to strike, short of the threshold.", C),
    ("share", "Half of the respondents said they trusted the police.",
     "The survey of 2,000 respondents was carried out in May.", N),
    ("share", "Two-thirds of the forest has been cleared.",
     "Around 67% of the forest has been cleared since 1990.", S),
    ("share", "Nearly half of the nurses plan to quit.",
     "About one in five nurses plan to quit, the union's poll found.", C),
    ("share", "A quarter of the council's budget goes to social care.",
     "The council's budget rose by 4% this year, with social care the biggest line.", N),
    ("share", "A minority of residents supported the plan.",
     "Some 70% of residents supported the plan.", C),
    ("share", "Half of the 300 staff were laid off.", "The firm laid off 150 of its 300 staff.", S),
    # multiples
    ("multiple", "The number of asylum claims doubled last year.",
     "Asylum claims rose 100% last year.", S),
    ("multiple", "The number of asylum claims doubled last year.",
     "There were twice as many asylum claims last year as the year before.", S),
    ("multiple", "The number of asylum claims doubled last year.",
     "The number of asylum claims tripled last year.", C),
    ("multiple", "Rents have doubled since 2015.", "Rents have risen 30% since 2015.", C),
    ("multiple", "Sales of electric cars tripled in 2023.",
     "Sales of electric cars rose 200% in 2023.", S),
    ("multiple", "Sales of electric cars tripled in 2023.",
     "Sales of electric cars rose 50% in 2023.", C),
    ("multiple", "The price of eggs has halved since March.",
     "The price of eggs has fallen by 50% since March.", S),
    ("multiple", "The price of eggs has halved since March.",
     "The price of eggs has doubled since March.", C),
    ("multiple", "The number of asylum claims doubled last year.",
     "Asylum claims take an average of 14 months to process.", N),
    ("multiple", "The company's profits quadrupled.", "The company's profits rose fourfold.", S),
    ("multiple", "Turnout doubled in the city's eastern wards.",
     "Turnout in the western wards was 41%, in line with the last election.", N),
    # numbers written out
    ("written", "Forty-five people were arrested after the match.",
     "Police arrested 45 people after the match.", S),
    ("written", "Forty-five people were arrested after the match.",
     "Police arrested 54 people after the match.", C),
    ("written", "A dozen homes were destroyed by the fire.", "The fire destroyed 12 homes.", S),
    ("written", "A dozen homes were destroyed by the fire.",
     "The fire destroyed 20 homes, officials said.", C),
    ("written", "About a hundred protesters gathered outside parliament.",
     "Roughly 100 protesters gathered outside parliament on Tuesday.", S),
    ("written", "Hundreds of protesters gathered outside parliament.",
     "A few dozen protesters gathered outside parliament.", C),
    ("written", "Hundreds of protesters gathered outside parliament.",
     "About 400 protesters gathered outside parliament.", S),
    ("written", "Thousands of residents were evacuated.",
     "About 300 residents were evacuated, the fire service said.", C),
    ("written", "Thousands of residents were evacuated.",
     "Some 6,500 residents were evacuated, the fire service said.", S),
    ("written", "Twenty-three miners were trapped underground.",
     "23 miners were trapped underground after the collapse.", S),
    ("written", "Twelve candidates are standing for mayor.",
     "The mayor's office has a staff of 40 and a budget of £3m.", N),
    ("written", "The company will cut two thousand jobs.",
     "The company will cut 2,000 jobs by the end of the year.", S),
    ("written", "The company will cut two thousand jobs.",
     "The company will cut 200 jobs by the end of the year.", C),
    ("written", "A million people have signed the petition.",
     "The petition has been signed by 1m people.", S),
    ("written", "Seven people were injured in the crash.",
     "The crash happened at 7 p.m. on the A40.", N),
    # periods named other ways
    ("period", "The factory closed in the autumn of 2021.",
     "The factory closed in October 2021.", S),
    ("period", "The factory closed in the autumn of 2021.", "The factory closed in March 2021.", C),
    ("period", "The plant was shut down in the third quarter of 2022.",
     "The plant was shut down in August 2022.", S),
    ("period", "The plant was shut down in the third quarter of 2022.",
     "The plant was shut down in November 2022.", C),
    ("period", "The law came into force in the first half of the year.",
     "The law came into force in March.", S),
    ("period", "The law came into force in the first half of 2024.",
     "The law came into force in September 2024.", C),
    ("period", "The minister resigned on Tuesday morning.",
     "The minister resigned at 9am on Tuesday.", S),
    ("period", "The minister resigned on Tuesday.", "The minister resigned on Thursday.", C),
    ("period", "The bridge reopened in spring 2023.", "The bridge reopened in April 2023.", S),
    ("period", "The bridge reopened in spring 2023.", "The bridge reopened in July 2023.", C),
    ("period", "The factory closed in the autumn of 2021.",
     "The factory was built in 1974 and employed 600 people at its peak.", N),
    ("period", "The deficit reached £40bn in the 2022-23 financial year.",
     "The deficit for fiscal 2022/23 was £40bn.", S),
    ("period", "The election was held in winter.", "The election was held in June.", C),
    ("period", "Q3 revenue rose 8%.", "Revenue in the second quarter rose 5%.", N),
    ("period", "The merger was completed in Q4 2023.",
     "The merger was completed in December 2023.", S),
    ("period", "The strike began last week.", "The union first threatened a strike in January.", N),
    ("period", "The vote took place in mid-2020.", "The vote took place in June 2020.", S),
    # score lines in words
    ("score", "The match ended goalless.", "The match ended 0-0.", S),
    ("score", "The match ended goalless.", "The match ended 1-0 to the visitors.", C),
    ("score", "The final ended in a draw.", "The final ended 2-2 after extra time.", S),
    ("score", "The final ended in a draw.", "The final ended 3-1 to United.", C),
    ("score", "Portugal won on penalties after a 1-1 draw.",
     "Portugal won the shoot-out 5-4 after the game finished 1-1.", S),
    ("score", "Portugal won the match 2-1 in normal time.",
     "Portugal won on penalties after a 1-1 draw.", C),
    ("score", "Keeper Silva kept a clean sheet in the 2-0 win.",
     "Silva kept a clean sheet as City won 2-0.", S),
    ("score", "The keeper kept a clean sheet in Saturday's win.",
     "The keeper conceded twice in Saturday's 3-2 win.", C),
    ("score", "Kane scored a hat-trick against Wolves.",
     "Kane scored three goals against Wolves.", S),
    ("score", "Kane scored a hat-trick against Wolves.", "Kane scored twice against Wolves.", C),
    ("score", "Kane scored a hat-trick against Wolves.",
     "Kane has scored 24 goals in 30 games this season.", N),
    ("score", "The match ended goalless.", "The match was watched by 52,000 fans.", N),
    ("score", "City beat United 3-0.", "City beat United three-nil at the Etihad.", S),
    # ages and birthdays
    ("age", "The singer died aged 82.", "The singer, who was 82, died at his home on Sunday.", S),
    ("age", "The singer died aged 82.", "The singer died at the age of 78 at his home.", C),
    ("age", "The senator turned 60 last month.",
     "The senator celebrated her 60th birthday last month.", S),
    ("age", "The senator turned 60 last month.",
     "The senator celebrated her 65th birthday last month.", C),
    ("age", "The 45-year-old mother of three was charged with fraud.",
     "The mother of three, aged 45, was charged with fraud.", S),
    ("age", "The singer died aged 82.",
     "The singer released 30 albums over a career of 60 years.", N),
    ("age", "The 45-year-old mother of three was charged with fraud.",
     "The 54-year-old mother of three was charged with fraud.", C),
    ("age", "The driver, in his forties, was arrested.",
     "The driver, 47, was arrested at the scene.", S),
    ("age", "The victim was a teenager.", "The victim, 34, was named by police.", C),
    # money with and without currency words
    ("money", "The council will spend £4.5m on the scheme.",
     "The council will spend 4.5 million pounds on the scheme.", S),
    ("money", "The fine was $2 billion.", "The fine was 2 billion dollars, the largest ever.", S),
    ("money", "The council will spend £4.5m on the scheme.",
     "The council will spend £45m on the scheme.", C),
    ("money", "The company was fined €2 million.", "The company was fined $2 million.", C),
    ("money", "The council will spend £4.5m on the scheme.",
     "The scheme will create 120 jobs, the council said.", N),
    ("money", "Tickets cost 30 euros.", "Tickets cost €30.", S),
    ("money", "The house sold for $1.5 million.",
     "The house sold for one and a half million dollars.", S),
    ("money", "The fine was $2 billion.",
     "The company reported profits of $15 billion last year.", N),
    # percentages against percentage points
    ("points", "Unemployment rose from 4% to 6%.",
     "Unemployment rose by 2 percentage points, to 6%.", S),
    ("points", "The party's vote share rose from 30% to 33%.",
     "The party's vote share rose by three percentage points to 33%.", S),
    ("points", "The party's vote share rose by three points.",
     "The party's vote share rose by eight points.", C),
    ("points", "Interest rates rose by a quarter of a point to 5.25%.",
     "Interest rates rose by 0.25 percentage points to 5.25%.", S),
    ("points", "Interest rates rose by half a point to 5.5%.",
     "Interest rates rose by 0.25 percentage points to 5.25%.", C),
    ("points", "Inflation fell to 3.2% in May.", "Interest rates were held at 5.25% in May.", N),
    ("points", "Turnout fell 5 points to 60%.", "Turnout dropped from 65% to 60%.", S),
    ("points", "The party's vote share rose from 30% to 33%.",
     "The party's vote share rose by 10 percentage points.", C),
    # more ordinary copy: on the topic, other numbers about other things
    ("duration", "The ceasefire held for two weeks.",
     "The ceasefire was agreed after 14 months of fighting.", N),
    ("unit", "The suspect was carrying 2 kilograms of cocaine.",
     "Police stopped the suspect 3 kilometres from the border with cocaine in his car.", N),
    ("share", "Three out of four voters backed the measure.",
     "The measure needed the support of two-thirds of voters to pass.", N),
    ("multiple", "Sales of electric cars tripled in 2023.",
     "Electric cars made up 16% of new car sales in 2023.", N),
    ("period", "The bridge reopened in spring 2023.",
     "The bridge was closed in November 2022 after cracks were found.", N),
    ("score", "City beat United 3-0.",
     "United have lost three of their last five games against City.", N),
    ("age", "The senator turned 60 last month.",
     "The senator has served for 24 years and was first elected at 36.", N),
    ("money", "Tickets cost 30 euros.",
     "Tickets for the venue, which holds 30,000 people, sold out.", N),
    ("points", "Unemployment rose from 4% to 6%.", "Unemployment among under-25s rose to 14%.", N),
]
# fmt: on

CASES = [(claim, passage, stance) for _, claim, passage, stance in KINDED]

# (claim, passage) -> why it is still wrong.
# fmt: off
LEFT_OUT: dict[tuple[str, str], str] = {
    ("The number of asylum claims doubled last year.",
     "There were twice as many asylum claims last year as the year before."):
        "Related, not supports: 'twice as many ... as the year before' is a multiple, not "
        "compared with a rise written as 'doubled'",
    ("Turnout doubled in the city's eastern wards.",
     "Turnout in the western wards was 41%, in line with the last election."):
        "contradicts, not Related: 'western wards' is read as the opposite of 'eastern', not "
        "as other wards (a false clash)",
    ("A million people have signed the petition.", "The petition has been signed by 1m people."):
        "Related, not supports: '1m' is read as one metre",
    ("The match ended goalless.", "The match ended 1-0 to the visitors."):
        "supports, not contradicts: 'goalless' is not read as a score of 0-0",
    ("The final ended in a draw.", "The final ended 3-1 to United."):
        "supports, not contradicts: 'a draw' is not read as a level score",
    ("The keeper kept a clean sheet in Saturday's win.",
     "The keeper conceded twice in Saturday's 3-2 win."):
        "supports, not contradicts: 'a clean sheet' is not read as no goal conceded",
    ("Kane scored a hat-trick against Wolves.", "Kane scored twice against Wolves."):
        "supports, not contradicts: 'a hat-trick' is not read as three goals, nor 'scored "
        "twice' as two",
    ("Kane scored a hat-trick against Wolves.",
     "Kane has scored 24 goals in 30 games this season."):
        "supports, not Related (lexically; Related semantically): 'a hat-trick' is no figure "
        "the passage must give",
    ("The 45-year-old mother of three was charged with fraud.",
     "The mother of three, aged 45, was charged with fraud."):
        "Related, not supports: the ages agree, but 'three was charged' is read as a count of "
        "the charged, a figure the passage does not give",
    ("The house sold for $1.5 million.", "The house sold for one and a half million dollars."):
        "Related, not supports: 'one and a half million' is not read as 1.5 million",
    ("Turnout fell 5 points to 60%.", "Turnout dropped from 65% to 60%."):
        "Related, not supports: the change 'from 65% to 60%' is not read as 5 points",
    ("The party's vote share rose from 30% to 33%.",
     "The party's vote share rose by 10 percentage points."):
        "Related, not contradicts: the change 'from 30% to 33%' is not read as 3 points",
    ("Three out of four voters backed the measure.",
     "The measure needed the support of two-thirds of voters to pass."):
        "supports, not Related: the threshold 'needed two-thirds' is read as the share that "
        "backed it, and the two ratios' approximate bands meet",
}
# fmt: on
