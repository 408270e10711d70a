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

After the fixes (shares as ratios and words, ``evidence/ratios.py``; a share of a whole
against the rate it changed at; a rate against an amount; seasons, halves and quarters
against months, ``evidence/seasons.py``; "last week"; a time from the writer's day against
a date; ages in other words, ``evidence/agewords.py``; score lines in words,
``evidence/scorewords.py``; a change in points from its two ends,
``evidence/pointchange.py``; "one and a half million", "1m people"), 4 of the 127 are
wrong with either retrieval, one a false clash ("eastern wards" against "western wards");
after the probing below, 3 (``LEFT_OUT``: "twice as many claims last year as the year
before" now states "doubled").

A second batch (``SECOND``, 50 pairs) was written after those fixes and before running it:
9 were wrong in process and lexically through `match`, 8 semantically, none a false clash
(durations 1 of 3, shares 2 of 8, multiples 1 of 4, score lines 2 of 6, money 1 of 4,
percentage points 2 of 3). After the fixes that followed ("took" and "lasted" one verb of
a length of time; "finished" and "derby" words of a score; a level given by a change and
its end; "a quarter of a million"; "half a point"; "by a quarter", "halved"), 2 are wrong
(1 semantically), none a false clash. In all, 5 of 177 are left, one a false clash. No fix
moved a figure of benchmarks/quality.py or a stance of the bundled example.

Probing ordinary copy around the new readers after that (not in the table) found four
false clashes, fixed: "took six months to approve" read as "lasted" against "will last 20
years", "rose from 4% to 5%" against "rose in 40% of the regions", "the Winter Palace in
October 1917" read as a season, and a season's total "in three finals". A season of
another event's date is still compared, as a month is ("took office in the first half of
2022" against "unveiled the budget in September"; see docs/matching.md, Known limits).
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

# A second batch, written after the fixes of the first and before running it.
# fmt: off
SECOND_KINDED: list[tuple[str, str, str, Stance]] = [
    ("duration", "The operation took four hours.",
     "The operation lasted 240 minutes, the hospital said.", S),
    ("duration", "The siege lasted three weeks.", "The siege lasted 21 days.", S),
    ("duration", "The siege lasted three weeks.", "The siege lasted 30 days.", C),
    ("unit", "The pipeline stretches 500 miles.",
     "The pipeline stretches about 800 kilometres.", S),
    ("unit", "The baby weighed 8 pounds.", "The baby weighed 3.6 kilograms.", S),
    ("unit", "Temperatures fell to minus 10C overnight.", "Temperatures fell to 14F overnight.", S),
    ("unit", "The lorry was travelling at 70mph.",
     "The lorry was 70 metres from the junction when it braked.", N),
    ("unit", "The company has 2.3 million customers.",
     "The company has 2,300,000 customers in Europe.", S),
    ("share", "Two in three households own a car.", "About 66% of households own a car.", S),
    ("share", "Two in three households own a car.", "Just 40% of households own a car.", C),
    ("share", "The vast majority of staff backed the deal.",
     "Some 92% of staff backed the deal.", S),
    ("share", "The vast majority of staff backed the deal.",
     "Only 55% of staff backed the deal.", C),
    ("share", "Four in five teachers reported shortages.",
     "Teachers reported shortages in four of the five regions surveyed.", N),
    ("share", "One in three children lives in poverty.",
     "One in three children in the city lives in poverty, a report found.", S),
    ("share", "A majority of voters oppose the plan.",
     "The plan was opposed by 48 of the council's 60 members.", N),
    ("share", "Fewer than half of the trains ran on time.", "Around 70% of trains ran on time.", C),
    ("multiple", "The cost of the project has doubled.",
     "The cost of the project has risen by 100%.", S),
    ("multiple", "Membership has tripled since 2019.", "Membership has doubled since 2019.", C),
    ("multiple", "Food bank use has doubled in two years.",
     "Food bank use rose 20% last year alone.", N),
    ("multiple", "Crime in the city has halved.", "Crime in the city has fallen by a quarter.", C),
    ("written", "Thirty-two people were taken to hospital.",
     "32 people were taken to hospital.", S),
    ("written", "Nine people were arrested.", "Police arrested 19 people.", C),
    ("written", "Dozens of flights were cancelled.", "More than 40 flights were cancelled.", S),
    ("written", "A dozen schools closed.", "Twelve schools closed because of the storm.", S),
    ("written", "Six firefighters were injured.", "The fire started at 6am in the kitchen.", N),
    ("period", "Sales peaked in the summer of 2022.", "Sales peaked in July 2022.", S),
    ("period", "Sales peaked in the summer of 2022.", "Sales peaked in December 2022.", C),
    ("period", "The merger closed in Q1.", "The merger closed in February.", S),
    ("period", "The merger closed in Q1.", "The merger closed in May.", C),
    ("period", "The company posted a loss in the second half of 2023.",
     "The company posted a loss for the year, after a profit in the first half.", N),
    ("period", "The bill was introduced last spring.", "The bill was introduced in March.", S),
    ("period", "Flooding hit the town in winter.", "Flooding hit the town in August.", C),
    ("period", "Sales rose in the fourth quarter.", "Sales rose in October and November.", S),
    ("score", "The derby finished goalless.", "The derby finished 0-0 at Anfield.", S),
    ("score", "The derby finished goalless.", "The derby finished 2-2 at Anfield.", C),
    ("score", "Italy drew with Spain.", "Italy beat Spain 2-1.", C),
    ("score", "Haaland scored a hat-trick in the win.",
     "Haaland scored three times in the win.", S),
    ("score", "Rovers kept a clean sheet.", "Rovers won 1-0, their third clean sheet in a row.", S),
    ("score", "The final ended in a draw.", "The final went to penalties after a 1-1 draw.", S),
    ("age", "The actor died at 91.", "The actor, who was 91, died in his sleep.", S),
    ("age", "The suspect is in his twenties.", "The suspect, 52, was arrested.", C),
    ("age", "The chief executive turned 50 on Monday.",
     "The chief executive, 49, will retire next year.", C),
    ("age", "The singer died aged 82.", "The singer had been touring since he was 20.", N),
    ("money", "The stadium cost £1.2bn.", "The stadium cost 1.2 billion pounds.", S),
    ("money", "The stadium cost £1.2bn.", "The stadium cost £120m.", C),
    ("money", "The charity raised $250,000.",
     "The charity raised a quarter of a million dollars.", S),
    ("money", "Fares rose by 5%.", "The average fare is now £5.", N),
    ("points", "Support for the party fell from 40% to 35%.",
     "Support for the party fell five points to 35%.", S),
    ("points", "The Bank raised rates by half a point.",
     "The Bank raised rates by 0.5 percentage points.", S),
    ("points", "The Bank raised rates by half a point.",
     "The Bank raised rates by 0.25 percentage points.", C),
]
# fmt: on

SECOND = [(claim, passage, stance) for _, claim, passage, stance in SECOND_KINDED]

# (claim, passage) -> why it is still wrong.
# fmt: off
LEFT_OUT: dict[tuple[str, str], str] = {
    ("The 45-year-old mother of three was charged with fraud.",
     "The mother of three, aged 45, was charged with fraud."):
        "Related, not supports: the ages agree, but 'three was charged' is read as a count of "
        "the charged, a figure the passage does not give",
    ("Four in five teachers reported shortages.",
     "Teachers reported shortages in four of the five regions surveyed."):
        "supports, not Related: 'four of the five regions' is no share in per cent, so the "
        "claim's ratio (no figure a passage must give) is not compared with it",
    ("A majority of voters oppose the plan.",
     "The plan was opposed by 48 of the council's 60 members."):
        "supports, not Related (lexically; Related semantically): the council's members are "
        "not the claim's voters, and '48 of 60' is not read as a share",
    ("Three out of four voters backed the measure.",
     "The measure needed the support of two-thirds of voters to pass."):
        "supports, not Related: the threshold 'needed two-thirds' is read as the share that "
        "backed it, and the two ratios' approximate bands meet",
}
# fmt: on
