"""The lead's probes of 7 December 2026 (fifth session): six batches of 50 editor pairs.

Written without reading the earlier tables, batch after batch, each after the fixes of the
one before (the issue's kinds: dates, tallies and score lines, stance verbs, direction of
change, "no X" against a count, approximate amounts, units; then false-clash traps in long
copy: other figures, other days, other measures, other counts beside the claim's). Each row
is (claim, passage, expected stance); ``CASES`` is all six, run by
tests/test_stance_editor_tables.py in process and through `factcheck match` with either
retrieval. The pairs still wrong are in ``LEFT_OUT`` with their reasons.

When first run, in process: 12, 10, 12, 10, 18 and 6 of the six batches were wrong, 1, 2, 2,
1, 7 and 4 of them false clashes. After the session's fixes (``outcomes.py``, who won;
``standins.py``, "plans for"; a motion that "passed" or "failed" with no object; a pace that
quickened or eased; a name swapped at the claim's end; ``otherdays.py``, a day of another
event; in ``aside.py`` an expected figure, another year's figure, a count of another fate,
sums spent on other things, a percentage of another measure; "an earlier version of";
"another 30cm"; "taller than" as a bound; a tally half in words), 9, 5, 10, 8, 12 and 4 are
(48 of the 298 kept, 5 of them false clashes). Four expectations were changed on reading, each
because it was wrong, not because the tool disagreed: "The race is over 100 miles" against
"The 160 km race" (160 km is under 100 miles: the passage now says 170 km); "The school has
1,200 pupils and 80 teachers" against "With 1,200 pupils, ..." (a passage that gives one of
the claim's two figures does not state it: Related); "Smith, 54, ..." against "Smith, who
turns 55 next month, ..." (the age is not given: Related); "The museum reopened on 1 June
2024" against "The museum welcomed its first visitors since the flood on June 1, 2024"
(that states it). Two pairs whose passage shares no word with the claim were dropped
("Turnout was 67%." / "The winning candidate took 54% of the vote.", "The judge jailed him for
six years." / "He was released on bail ..."): through `match` such a passage is never shown,
which the harness counts as wrong, though Related is right in process.

In the next session (7 December, afternoon) four more were fixed: two by blindi's rules
("Petrol prices fell" / "Diesel prices rose", ``subjects.py``; "1.4 million visitors") and
two by the lead's: "Most economists" / "Few economists" (``quantifiers``: most against few
of one group) and "found him guilty" / "acquitted him" (``antonyms``: "acquitted" is the
opposite verdict of "guilty"); 44 of the 298 left. Later blindo's figure to come against one
of a past time ("will rise by 10%" / "rose by 10% last year", ``tenses``) and "a new" thing
acted on as another ("hired a new chief financial officer", ``instances``) put two more
right: 42 left.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

Case = tuple[str, str, Stance]

BATCH_1: list[Case] = [
    (
        "The bridge reopened to traffic on 14 August 2023.",
        "Traffic returned to the bridge on August 14, 2023, after two years of repairs.",
        Stance.SUPPORTS,
    ),
    (
        "The bridge reopened to traffic on 14 August 2023.",
        "The bridge finally reopened to cars on 4 September 2023.",
        Stance.CONTRADICTS,
    ),
    (
        "The school was closed for the whole of January.",
        "Classes resumed at the school in mid-January after the boiler was fixed.",
        Stance.CONTRADICTS,
    ),
    (
        "The festival takes place every July.",
        "The festival, held each July since 1987, drew 40,000 visitors this year.",
        Stance.SUPPORTS,
    ),
    (
        "The festival takes place every July.",
        "Tickets for the festival go on sale in March.",
        Stance.NEUTRAL,
    ),
    (
        "The inquiry will report in spring 2026.",
        "The inquiry's findings are expected in April 2026.",
        Stance.SUPPORTS,
    ),
    (
        "The mayor took office in 2019.",
        "The mayor, who was first elected in 2015, took office that May.",
        Stance.CONTRADICTS,
    ),
    (
        "The motion passed by 312 votes to 290.",
        "MPs backed the motion 312-290 late on Tuesday.",
        Stance.SUPPORTS,
    ),
    (
        "The motion passed by 312 votes to 290.",
        "The motion was carried by 302 votes to 290.",
        Stance.CONTRADICTS,
    ),
    (
        "The motion passed by 312 votes to 290.",
        "The motion was defeated by 312 votes to 290.",
        Stance.CONTRADICTS,
    ),
    ("City won the derby 2-1.", "United beat City 2-1 in the derby on Sunday.", Stance.CONTRADICTS),
    (
        "City won the derby 2-1.",
        "City came from behind to win the derby 2-1 at home.",
        Stance.SUPPORTS,
    ),
    (
        "The court ruled 5-4 in favour of the state.",
        "In a 5-4 decision, the justices sided with the state.",
        Stance.SUPPORTS,
    ),
    (
        "The court ruled 5-4 in favour of the state.",
        "The justices ruled 6-3 against the state.",
        Stance.CONTRADICTS,
    ),
    (
        "Senator Ortiz voted against the farm bill.",
        "Ortiz was one of 12 senators who opposed the farm bill.",
        Stance.SUPPORTS,
    ),
    (
        "Senator Ortiz voted against the farm bill.",
        "Ortiz, a Democrat, voted in favour of the farm bill on Thursday.",
        Stance.CONTRADICTS,
    ),
    (
        "The council approved the new cycle lanes.",
        "Councillors rejected plans for new cycle lanes by a narrow margin.",
        Stance.CONTRADICTS,
    ),
    (
        "The council approved the new cycle lanes.",
        "The cycle lanes were approved by the council after a two-hour debate.",
        Stance.SUPPORTS,
    ),
    (
        "The union accepted the pay offer.",
        "Union members turned down the latest pay offer.",
        Stance.CONTRADICTS,
    ),
    (
        "The minister denied the report.",
        "The minister confirmed the report in a statement on Friday.",
        Stance.CONTRADICTS,
    ),
    (
        "Unemployment fell in the third quarter.",
        "Unemployment rose to 5.1% in the third quarter, up from 4.8%.",
        Stance.CONTRADICTS,
    ),
    (
        "Unemployment fell in the third quarter.",
        "The jobless rate dropped to 4.6% in the three months to September.",
        Stance.SUPPORTS,
    ),
    (
        "House prices rose faster in the north than in the south.",
        "Prices in the south grew faster than in the north last year.",
        Stance.CONTRADICTS,
    ),
    (
        "The new model is lighter than the old one.",
        "The new model weighs 1.2 kg, heavier than its 1.1 kg predecessor.",
        Stance.CONTRADICTS,
    ),
    (
        "The drug was less effective than a placebo.",
        "Patients on the drug did worse than those given a placebo.",
        Stance.SUPPORTS,
    ),
    (
        "Exports grew for the fifth month in a row.",
        "Exports shrank in May, ending a four-month run of growth.",
        Stance.CONTRADICTS,
    ),
    (
        "The vote was held before the summit.",
        "The vote took place two days after the summit.",
        Stance.CONTRADICTS,
    ),
    (
        "No one was injured in the fire.",
        "Three firefighters were treated for minor injuries at the scene.",
        Stance.CONTRADICTS,
    ),
    ("No one was injured in the fire.", "Nobody was hurt, the fire service said.", Stance.SUPPORTS),
    (
        "Four people were arrested after the match.",
        "Police said no arrests were made.",
        Stance.CONTRADICTS,
    ),
    (
        "Four people were arrested after the match.",
        "Police arrested four men after the match for public disorder.",
        Stance.SUPPORTS,
    ),
    (
        "The company has no plans to cut jobs.",
        "The company said it would cut 300 jobs by the end of the year.",
        Stance.CONTRADICTS,
    ),
    ("About 2,000 people attended the protest.", "Police put the crowd at 1,950.", Stance.SUPPORTS),
    (
        "About 2,000 people attended the protest.",
        "Organisers said more than 10,000 people took part.",
        Stance.CONTRADICTS,
    ),
    (
        "The project cost more than £5m.",
        "The final bill for the project came to £4.2m.",
        Stance.CONTRADICTS,
    ),
    (
        "The project cost more than £5m.",
        "The project's final cost was £5.6m, over budget.",
        Stance.SUPPORTS,
    ),
    (
        "Nearly half of voters backed the plan.",
        "The plan was backed by 48% of voters.",
        Stance.SUPPORTS,
    ),
    (
        "Nearly half of voters backed the plan.",
        "Just 22% of voters backed the plan.",
        Stance.CONTRADICTS,
    ),
    (
        "Fewer than 100 homes lost power.",
        "Some 4,000 homes were left without electricity.",
        Stance.CONTRADICTS,
    ),
    (
        "The storm brought winds of 120 km/h.",
        "Gusts of up to 75 mph were recorded during the storm.",
        Stance.SUPPORTS,
    ),
    ("The race is 10 km long.", "The 5 km race starts at 9am.", Stance.CONTRADICTS),
    ("The flight lasted two hours.", "The 120-minute flight landed on time.", Stance.SUPPORTS),
    ("The parcel weighed 3 kg.", "The parcel weighed 3 pounds.", Stance.CONTRADICTS),
    (
        "The hospital has 450 beds.",
        "The hospital, which opened in 1998, employs 2,300 staff.",
        Stance.NEUTRAL,
    ),
    (
        "The mayor approved the budget on Monday.",
        "On Tuesday the mayor spoke about housing at a conference in Leeds.",
        Stance.NEUTRAL,
    ),
    (
        "Ticket prices rose by 5%.",
        "The theatre sold 12,000 tickets in the first week, it said.",
        Stance.NEUTRAL,
    ),
    (
        "The factory employs 800 people.",
        "The factory, which employs 800 people, was opened in 1972 and expanded in 2001.",
        Stance.SUPPORTS,
    ),
    (
        "The airline cancelled 40 flights on Friday.",
        "On Saturday the airline cancelled a further 12 flights.",
        Stance.NEUTRAL,
    ),
    (
        "Prime Minister Carter visited Paris in June.",
        "Carter, who became prime minister in 2020, last visited Paris in June.",
        Stance.SUPPORTS,
    ),
    (
        "The film earned $50m in its opening weekend.",
        "The film, which cost $120m to make, opens in 3,000 cinemas.",
        Stance.NEUTRAL,
    ),
]

BATCH_2: list[Case] = [
    (
        "The Senate confirmed the nominee by 51 votes to 49.",
        "The nominee was confirmed 51-49 in the Senate on Thursday.",
        Stance.SUPPORTS,
    ),
    (
        "The Senate confirmed the nominee by 51 votes to 49.",
        "Senators confirmed the nominee by a vote of 53 to 47.",
        Stance.CONTRADICTS,
    ),
    (
        "The amendment was rejected 210-198.",
        "The House rejected the amendment on a 210-198 vote.",
        Stance.SUPPORTS,
    ),
    (
        "The amendment was rejected 210-198.",
        "The amendment passed 210-198 after a late change of heart by several members.",
        Stance.CONTRADICTS,
    ),
    (
        "Shareholders approved the deal with 88% of the vote.",
        "The deal won the backing of 88 per cent of shareholders.",
        Stance.SUPPORTS,
    ),
    (
        "Shareholders approved the deal with 88% of the vote.",
        "Only 38% of shareholders voted for the deal, which failed.",
        Stance.CONTRADICTS,
    ),
    (
        "The board voted unanimously to sack the manager.",
        "The board was split 4-3 over whether to sack the manager.",
        Stance.CONTRADICTS,
    ),
    ("Brazil beat Argentina 3-1.", "Argentina were beaten 3-1 by Brazil in Rio.", Stance.SUPPORTS),
    (
        "Brazil beat Argentina 3-1.",
        "Brazil beat Argentina 2-1 with a late goal.",
        Stance.CONTRADICTS,
    ),
    ("The match ended 0-0.", "The match finished goalless after 90 minutes.", Stance.SUPPORTS),
    ("The match ended 0-0.", "The match ended in a 1-1 draw.", Stance.CONTRADICTS),
    (
        "Rovers drew 2-2 with County.",
        "County and Rovers shared the points in a 2-2 draw.",
        Stance.SUPPORTS,
    ),
    (
        "The governor signed the bill into law.",
        "The governor vetoed the bill on Friday.",
        Stance.CONTRADICTS,
    ),
    (
        "The governor signed the bill into law.",
        "The bill was signed into law by the governor on Friday.",
        Stance.SUPPORTS,
    ),
    (
        "The president endorsed Lopez for mayor.",
        "The president has endorsed Lopez in the mayoral race.",
        Stance.SUPPORTS,
    ),
    (
        "The president endorsed Lopez for mayor.",
        "The president criticised Lopez's campaign for mayor.",
        Stance.CONTRADICTS,
    ),
    (
        "The appeals court upheld the conviction.",
        "The appeals court overturned the conviction, citing errors at trial.",
        Stance.CONTRADICTS,
    ),
    (
        "The company admitted liability.",
        "The company denied any liability for the spill.",
        Stance.CONTRADICTS,
    ),
    (
        "The union backed the strike.",
        "The union has come out against the strike.",
        Stance.CONTRADICTS,
    ),
    (
        "Inflation eased to 3.1% in May.",
        "Inflation slowed to 3.1% in May from 3.4% in April.",
        Stance.SUPPORTS,
    ),
    (
        "Inflation eased to 3.1% in May.",
        "Inflation accelerated to 3.1% in May.",
        Stance.CONTRADICTS,
    ),
    (
        "The pound strengthened against the dollar.",
        "The pound weakened against the dollar on Monday.",
        Stance.CONTRADICTS,
    ),
    (
        "Crime in the city has fallen since 2015.",
        "Crime in the city has risen steadily since 2015.",
        Stance.CONTRADICTS,
    ),
    (
        "The gap between rich and poor widened.",
        "The gap between rich and poor narrowed over the decade.",
        Stance.CONTRADICTS,
    ),
    (
        "Sales were higher than last year.",
        "Sales were lower than a year earlier.",
        Stance.CONTRADICTS,
    ),
    (
        "The new line is faster than the old route.",
        "The new line is slower than the old route at peak times.",
        Stance.CONTRADICTS,
    ),
    ("There were no casualties.", "Two soldiers were killed and five wounded.", Stance.CONTRADICTS),
    ("There were no casualties.", "No casualties were reported, officials said.", Stance.SUPPORTS),
    (
        "No charges were filed against the officer.",
        "The officer was charged with assault.",
        Stance.CONTRADICTS,
    ),
    (
        "The company reported no profit last year.",
        "The company made a profit of $2m last year.",
        Stance.CONTRADICTS,
    ),
    (
        "Three people were killed in the blast.",
        "Nobody was killed in the blast, police said.",
        Stance.CONTRADICTS,
    ),
    ("None of the 40 passengers was hurt.", "All 40 passengers escaped unhurt.", Stance.SUPPORTS),
    ("Roughly 300 people attended.", "312 people attended, the organisers said.", Stance.SUPPORTS),
    ("Roughly 300 people attended.", "About 3,000 people attended.", Stance.CONTRADICTS),
    (
        "Over 5,000 people signed the petition.",
        "Under 4,000 people signed the petition.",
        Stance.CONTRADICTS,
    ),
    (
        "Over 5,000 people signed the petition.",
        "The petition gathered 5,400 signatures.",
        Stance.SUPPORTS,
    ),
    (
        "The repairs will cost at least $1m.",
        "The repairs are expected to cost about $800,000.",
        Stance.CONTRADICTS,
    ),
    ("Almost 40% of adults smoke.", "The share of adults who smoke is 39%.", Stance.SUPPORTS),
    ("Almost 40% of adults smoke.", "The share of adults who smoke is 45%.", Stance.CONTRADICTS),
    ("The tunnel is 2 km long.", "The 2,000-metre tunnel opened in 1994.", Stance.SUPPORTS),
    ("The tunnel is 2 km long.", "The 5 km tunnel opened in 1994.", Stance.CONTRADICTS),
    (
        "The heatwave pushed temperatures to 40C.",
        "Temperatures hit 40 degrees Celsius during the heatwave.",
        Stance.SUPPORTS,
    ),
    (
        "The company's revenue was $2 billion.",
        "The company's revenue was $2 million.",
        Stance.CONTRADICTS,
    ),
    ("The school has 600 pupils.", "The school, founded in 1890, has 45 teachers.", Stance.NEUTRAL),
    (
        "Unemployment fell in March.",
        "Inflation rose in March, while wages were flat.",
        Stance.NEUTRAL,
    ),
    (
        "The minister resigned on Tuesday.",
        "The minister gave a speech on Monday about the economy.",
        Stance.NEUTRAL,
    ),
    (
        "The team won 3-0 on Saturday.",
        "The team's next match, on Wednesday, is away.",
        Stance.NEUTRAL,
    ),
    (
        "The bill passed the Senate.",
        "The bill, which passed the Senate in March, now goes to the House.",
        Stance.SUPPORTS,
    ),
    (
        "Ortiz voted for the budget.",
        "Ortiz, who voted against last year's budget, spoke at length.",
        Stance.NEUTRAL,
    ),
    (
        "The firm hired 200 workers in 2022.",
        "The firm was founded in 1999 and now employs 1,200 people.",
        Stance.NEUTRAL,
    ),
]

BATCH_3: list[Case] = [
    (
        "The new hospital wing opened on 2 May 2024.",
        (
            "After two years of building work, the hospital's new wing opened its doors to "
            "patients on May 2, 2024, the trust said."
        ),
        Stance.SUPPORTS,
    ),
    (
        "The new hospital wing opened on 2 May 2024.",
        (
            "The trust said the new wing, delayed by a dispute with contractors, would not "
            "open until June 2024."
        ),
        Stance.CONTRADICTS,
    ),
    (
        "Polls close at 10pm on Thursday.",
        ("Polling stations will close at 10pm on Thursday, and counting begins straight away."),
        Stance.SUPPORTS,
    ),
    (
        "Polls close at 10pm on Thursday.",
        "Polling stations will close at 9pm on Thursday.",
        Stance.CONTRADICTS,
    ),
    (
        "The company was founded in 1998.",
        ("Founded in 1998 in a garage in Menlo Park, the company now employs 180,000 people."),
        Stance.SUPPORTS,
    ),
    (
        "The company was founded in 1998.",
        "The company, founded in 2004, moved its headquarters in 1998.",
        Stance.CONTRADICTS,
    ),
    (
        "The ceasefire took effect at midnight on Sunday.",
        (
            "The ceasefire came into force at midnight on Sunday, though sporadic shelling "
            "was reported."
        ),
        Stance.SUPPORTS,
    ),
    (
        "The strike was backed by 84% of members who voted.",
        (
            "Of the members who took part in the ballot, 84% voted in favour of strike "
            "action, the union said on Monday."
        ),
        Stance.SUPPORTS,
    ),
    (
        "The strike was backed by 84% of members who voted.",
        "Only 48% of those who voted backed the strike, short of the threshold.",
        Stance.CONTRADICTS,
    ),
    (
        "The council voted 9-2 to close the library.",
        ("By nine votes to two, councillors agreed to close the library at the end of the year."),
        Stance.SUPPORTS,
    ),
    (
        "The council voted 9-2 to close the library.",
        "Councillors voted 6-5 to close the library after a heated debate.",
        Stance.CONTRADICTS,
    ),
    (
        "The referendum passed with 52% of the vote.",
        "The referendum was approved by 52 per cent of voters on a turnout of 72%.",
        Stance.SUPPORTS,
    ),
    (
        "The referendum passed with 52% of the vote.",
        "The referendum failed, with 52% voting against.",
        Stance.CONTRADICTS,
    ),
    (
        "The mayor backed the plan to pedestrianise the high street.",
        (
            "Speaking on Tuesday, the mayor said she strongly supported the plan to "
            "pedestrianise the high street."
        ),
        Stance.SUPPORTS,
    ),
    (
        "The mayor backed the plan to pedestrianise the high street.",
        (
            "The mayor came out against the plan to pedestrianise the high street, saying "
            "shops would suffer."
        ),
        Stance.CONTRADICTS,
    ),
    (
        "The regulator cleared the takeover.",
        "The competition regulator has approved the takeover without conditions.",
        Stance.SUPPORTS,
    ),
    (
        "The regulator cleared the takeover.",
        ("The competition regulator has blocked the takeover, citing higher prices for consumers."),
        Stance.CONTRADICTS,
    ),
    (
        "Three MPs voted against the government.",
        "Three Labour MPs rebelled and voted against the government on the bill.",
        Stance.SUPPORTS,
    ),
    (
        "Rents in the city rose by 8% last year.",
        (
            "Average rents in the city climbed 8% over the past year, according to the "
            "property website."
        ),
        Stance.SUPPORTS,
    ),
    (
        "Rents in the city rose by 8% last year.",
        "Average rents in the city fell by 8% last year as demand cooled.",
        Stance.CONTRADICTS,
    ),
    (
        "Rents in the city rose by 8% last year.",
        "Average rents in the city rose by 3% last year.",
        Stance.CONTRADICTS,
    ),
    (
        "Fewer people are smoking than a decade ago.",
        "Smoking rates have halved over the past ten years.",
        Stance.SUPPORTS,
    ),
    (
        "Fewer people are smoking than a decade ago.",
        "More people are smoking now than a decade ago, the survey found.",
        Stance.CONTRADICTS,
    ),
    (
        "The river level dropped overnight.",
        "The river rose another 30cm overnight, flooding the lower town.",
        Stance.CONTRADICTS,
    ),
    (
        "The company's shares jumped after the results.",
        "Shares in the company slumped 12% after it published its results.",
        Stance.CONTRADICTS,
    ),
    ("Nobody was arrested.", "Police made 14 arrests during the protest.", Stance.CONTRADICTS),
    ("Nobody was arrested.", "No arrests were made, police said.", Stance.SUPPORTS),
    ("The flood caused no deaths.", "Two people drowned in the flood.", Stance.CONTRADICTS),
    (
        "Two bodies were recovered from the river.",
        "No bodies have been recovered from the river, police said.",
        Stance.CONTRADICTS,
    ),
    (
        "The government has not built any new prisons.",
        "The government has built two new prisons since 2019.",
        Stance.CONTRADICTS,
    ),
    (
        "The fire destroyed about 50 homes.",
        "Forty-eight homes were destroyed in the fire.",
        Stance.SUPPORTS,
    ),
    (
        "The fire destroyed about 50 homes.",
        "More than 200 homes were destroyed in the fire.",
        Stance.CONTRADICTS,
    ),
    (
        "Nearly 1 million people visited the museum last year.",
        "The museum had 980,000 visitors last year.",
        Stance.SUPPORTS,
    ),
    (
        "Nearly 1 million people visited the museum last year.",
        "The museum had 1.4 million visitors last year.",
        Stance.CONTRADICTS,
    ),
    ("The scheme cost less than £10m.", "The scheme's final cost was £14.5m.", Stance.CONTRADICTS),
    (
        "Up to 300 jobs could go.",
        "As many as 300 jobs are at risk, the company said.",
        Stance.SUPPORTS,
    ),
    (
        "The marathon course is 42.2 km.",
        "The marathon is run over the standard distance of 26.2 miles.",
        Stance.SUPPORTS,
    ),
    ("The new bridge is 300 metres long.", "The new bridge is 3 km long.", Stance.CONTRADICTS),
    (
        "The heaviest parcel weighed 30 kg.",
        "The heaviest parcel weighed 30 pounds.",
        Stance.CONTRADICTS,
    ),
    ("The talks lasted 12 hours.", "The talks went on for half a day.", Stance.SUPPORTS),
    (
        "The minister visited the flood zone on Friday.",
        "The flood zone covers 200 square miles, officials said.",
        Stance.NEUTRAL,
    ),
    (
        "The council approved a 4% rise in council tax.",
        "The council also approved spending of £2m on roads.",
        Stance.NEUTRAL,
    ),
    ("The striker scored twice.", "The striker joined the club in 2019 for £40m.", Stance.NEUTRAL),
    (
        "The company cut 500 jobs.",
        "The company, which employs 12,000 people, reported a profit of £30m.",
        Stance.NEUTRAL,
    ),
    (
        "The bill passed by 220 votes to 210.",
        "An earlier version of the bill failed by 205 votes to 215 in March.",
        Stance.NEUTRAL,
    ),
    (
        "The heatwave lasted six days.",
        "Temperatures reached 38C on the hottest day of the heatwave.",
        Stance.NEUTRAL,
    ),
    (
        "Unemployment fell to 4.2%.",
        ("Unemployment fell to 4.2%, while the number of job vacancies rose to 1.1 million."),
        Stance.SUPPORTS,
    ),
    (
        "The bank raised rates to 5%.",
        "The bank, which raised rates to 5% in August, said it would hold them there.",
        Stance.SUPPORTS,
    ),
    (
        "The team has won five games in a row.",
        ("The team, who lost their first two games of the season, have now won five in a row."),
        Stance.SUPPORTS,
    ),
]

BATCH_4: list[Case] = [
    (
        "The factory employs 450 people.",
        (
            "The factory, which opened in 1987 and employs 450 people, produces 20,000 cars "
            "a year for export to 14 countries."
        ),
        Stance.SUPPORTS,
    ),
    (
        "The factory employs 450 people.",
        "The factory produces 20,000 cars a year and exports to 14 countries.",
        Stance.NEUTRAL,
    ),
    (
        "The factory employs 450 people.",
        "The factory employs about 1,200 people, down from 1,500 a decade ago.",
        Stance.CONTRADICTS,
    ),
    (
        "The storm killed at least 12 people.",
        (
            "At least 12 people died as the storm swept across the region, and 40,000 homes "
            "lost power."
        ),
        Stance.SUPPORTS,
    ),
    (
        "The storm killed at least 12 people.",
        (
            "The storm, the third this year, brought winds of 90 mph and left 40,000 homes "
            "without power."
        ),
        Stance.NEUTRAL,
    ),
    (
        "The storm killed at least 12 people.",
        "Officials said four people had died in the storm.",
        Stance.CONTRADICTS,
    ),
    (
        "Ticket sales rose 12% in 2023.",
        (
            "Ticket sales rose 12% in 2023, while attendance at matches fell 3% and "
            "merchandise revenue was flat."
        ),
        Stance.SUPPORTS,
    ),
    (
        "Ticket sales rose 12% in 2023.",
        "Attendance fell 3% in 2023, the club said.",
        Stance.NEUTRAL,
    ),
    ("Ticket sales rose 12% in 2023.", "Ticket sales fell 12% in 2023.", Stance.CONTRADICTS),
    (
        "The ministry confirmed the deal on Wednesday.",
        "The deal, first reported on Monday, was confirmed by the ministry on Wednesday.",
        Stance.SUPPORTS,
    ),
    (
        "The ministry confirmed the deal on Wednesday.",
        "The ministry denied on Wednesday that any deal had been reached.",
        Stance.CONTRADICTS,
    ),
    (
        "Smith, 54, was elected chair in 2019.",
        "Smith, who turns 55 next month, was elected chair in 2019 after a close contest.",
        Stance.NEUTRAL,
    ),
    (
        "Smith, 54, was elected chair in 2019.",
        "Smith was elected chair in 2021.",
        Stance.CONTRADICTS,
    ),
    (
        "The school has 1,200 pupils and 80 teachers.",
        "With 1,200 pupils, the school is one of the largest in the county.",
        Stance.NEUTRAL,
    ),
    (
        "The school has 1,200 pupils and 80 teachers.",
        "The school has 900 pupils.",
        Stance.CONTRADICTS,
    ),
    (
        "The project will be finished by 2027.",
        "Officials now say the project will not be completed before 2030.",
        Stance.CONTRADICTS,
    ),
    (
        "The project will be finished by 2027.",
        "The project, which began in 2019, is on track to be finished by 2027.",
        Stance.SUPPORTS,
    ),
    (
        "Wages grew faster than prices last year.",
        "Last year prices rose faster than wages for the third year running.",
        Stance.CONTRADICTS,
    ),
    (
        "Wages grew faster than prices last year.",
        "Wages grew by 5% last year, while prices rose by 3%.",
        Stance.SUPPORTS,
    ),
    (
        "The drug reduced deaths by a third.",
        "The drug cut deaths by 33% in the trial.",
        Stance.SUPPORTS,
    ),
    (
        "The drug reduced deaths by a third.",
        "The drug had no effect on deaths in the trial.",
        Stance.CONTRADICTS,
    ),
    (
        "The drug reduced deaths by a third.",
        "The drug reduced hospital stays by two days.",
        Stance.NEUTRAL,
    ),
    (
        "The airport handled 40 million passengers in 2019.",
        "In 2019, 40 million passengers passed through the airport, a record.",
        Stance.SUPPORTS,
    ),
    (
        "The airport handled 40 million passengers in 2019.",
        "The airport handled 28 million passengers in 2021, down from its 2019 peak.",
        Stance.NEUTRAL,
    ),
    (
        "The airport handled 40 million passengers in 2019.",
        "The airport handled 25 million passengers in 2019.",
        Stance.CONTRADICTS,
    ),
    (
        "The judge jailed him for six years.",
        "He was sentenced to six years in prison.",
        Stance.SUPPORTS,
    ),
    ("The judge jailed him for six years.", "He was jailed for four years.", Stance.CONTRADICTS),
    (
        "Both candidates support the tax cut.",
        "Neither candidate supports the tax cut.",
        Stance.CONTRADICTS,
    ),
    (
        "Most economists expect a recession.",
        "Few economists expect a recession this year.",
        Stance.CONTRADICTS,
    ),
    (
        "All schools in the district will close on Friday.",
        "Some schools in the district will close on Friday.",
        Stance.CONTRADICTS,
    ),
    (
        "The lake froze over in January.",
        "The lake did not freeze over this winter, for the first time in 40 years.",
        Stance.CONTRADICTS,
    ),
    (
        "The museum reopened in 2022.",
        "The museum has remained closed since the fire in 2019.",
        Stance.CONTRADICTS,
    ),
    (
        "The mayor, a Democrat, won re-election.",
        "The mayor, a Republican, won re-election.",
        Stance.CONTRADICTS,
    ),
    ("The plant is in Texas.", "The plant is in Ohio.", Stance.CONTRADICTS),
    (
        "Police arrested a 23-year-old man.",
        "Police arrested a 32-year-old man.",
        Stance.CONTRADICTS,
    ),
    (
        "Police arrested a 23-year-old man.",
        "A 23-year-old man was arrested by police on Sunday.",
        Stance.SUPPORTS,
    ),
    (
        "The tower is 300 metres tall.",
        "At 300m, the tower is the tallest in the country.",
        Stance.SUPPORTS,
    ),
    (
        "The tower is 300 metres tall.",
        "The tower, which is 30 metres from the river, was built in 1930.",
        Stance.NEUTRAL,
    ),
    ("Sales doubled in 2024.", "Sales rose 100% in 2024.", Stance.SUPPORTS),
    ("Sales doubled in 2024.", "Sales rose 20% in 2024.", Stance.CONTRADICTS),
    (
        "The vaccine is 95% effective.",
        "The vaccine was 95% effective at preventing illness in trials.",
        Stance.SUPPORTS,
    ),
    (
        "The vaccine is 95% effective.",
        "The vaccine was 67% effective at preventing illness.",
        Stance.CONTRADICTS,
    ),
    (
        "The vaccine is 95% effective.",
        "95% of those vaccinated reported mild side effects.",
        Stance.NEUTRAL,
    ),
    (
        "The ship sank in 1912.",
        "The ship sank on its maiden voyage in April 1912.",
        Stance.SUPPORTS,
    ),
    ("The ship sank in 1912.", "The ship was launched in 1911.", Stance.NEUTRAL),
    (
        "The CEO earned $15m last year.",
        "The CEO's pay package was worth $15m last year.",
        Stance.SUPPORTS,
    ),
    (
        "The CEO earned $15m last year.",
        "The company made a profit of $15m last year.",
        Stance.NEUTRAL,
    ),
    (
        "The union represents 30,000 nurses.",
        "The union, which represents 30,000 nurses, called the strike.",
        Stance.SUPPORTS,
    ),
    (
        "The union represents 30,000 nurses.",
        "The union represents 3,000 nurses.",
        Stance.CONTRADICTS,
    ),
]

BATCH_5: list[Case] = [
    (
        "The election was held before the floods.",
        "The election took place a week after the floods hit the region.",
        Stance.CONTRADICTS,
    ),
    (
        "The election was held before the floods.",
        "The election was held two weeks before the floods.",
        Stance.SUPPORTS,
    ),
    (
        "The dollar was stronger against the euro in June.",
        "The dollar weakened against the euro in June.",
        Stance.CONTRADICTS,
    ),
    (
        "The dollar was stronger against the euro in June.",
        "The dollar gained against the euro in June.",
        Stance.SUPPORTS,
    ),
    (
        "The new policy is less popular than the old one.",
        "Polls show the new policy is more popular than the one it replaced.",
        Stance.CONTRADICTS,
    ),
    (
        "Emissions were lower in 2023 than in 2022.",
        "Emissions in 2023 were higher than in 2022, the agency said.",
        Stance.CONTRADICTS,
    ),
    (
        "Emissions were lower in 2023 than in 2022.",
        "Emissions fell in 2023 compared with 2022.",
        Stance.SUPPORTS,
    ),
    (
        "Support for the party rose by 3 percentage points.",
        "Support for the party rose by 3 points to 34%.",
        Stance.SUPPORTS,
    ),
    (
        "Support for the party rose by 3 percentage points.",
        "Support for the party fell by 3 points.",
        Stance.CONTRADICTS,
    ),
    (
        "Support for the party rose by 3 percentage points.",
        "Support for the party rose by 8 points.",
        Stance.CONTRADICTS,
    ),
    (
        "The show was watched by 5.2 million viewers.",
        "The show drew an audience of 5.2m.",
        Stance.SUPPORTS,
    ),
    (
        "The show was watched by 5.2 million viewers.",
        "The show drew an audience of 2.5m.",
        Stance.CONTRADICTS,
    ),
    ("The company made no profit in 2022.", "The company made a loss in 2022.", Stance.SUPPORTS),
    (
        "The company made no profit in 2022.",
        "The company reported a profit of $40m in 2022.",
        Stance.CONTRADICTS,
    ),
    ("There were no survivors.", "Two passengers survived the crash.", Stance.CONTRADICTS),
    ("There were no survivors.", "All 150 people on board were killed.", Stance.SUPPORTS),
    (
        "No vote has been held on the plan.",
        "The plan was approved in a vote last month.",
        Stance.CONTRADICTS,
    ),
    ("The vote was 7-2 in favour.", "The board voted seven to two in favour.", Stance.SUPPORTS),
    ("The vote was 7-2 in favour.", "The board voted 2-7 against.", Stance.CONTRADICTS),
    (
        "The vote was 7-2 in favour.",
        "The motion was carried by six votes to three.",
        Stance.CONTRADICTS,
    ),
    ("The jury found him guilty.", "The jury acquitted him of all charges.", Stance.CONTRADICTS),
    ("The jury found him guilty.", "He was convicted by the jury.", Stance.SUPPORTS),
    (
        "The senator opposed the nomination.",
        "The senator voted to confirm the nominee.",
        Stance.CONTRADICTS,
    ),
    (
        "The committee endorsed the proposal.",
        "The committee threw its support behind the proposal.",
        Stance.SUPPORTS,
    ),
    (
        "The committee endorsed the proposal.",
        "The committee declined to endorse the proposal.",
        Stance.CONTRADICTS,
    ),
    (
        "The deadline was extended to March.",
        "The deadline was brought forward to January.",
        Stance.CONTRADICTS,
    ),
    (
        "The deadline was extended to March.",
        "The deadline was pushed back to March.",
        Stance.SUPPORTS,
    ),
    (
        "The concert starts at 8pm.",
        "Doors open at 7pm and the concert starts at 8pm.",
        Stance.SUPPORTS,
    ),
    ("The concert starts at 8pm.", "The concert starts at 9pm.", Stance.CONTRADICTS),
    ("The concert starts at 8pm.", "Doors open at 7pm.", Stance.NEUTRAL),
    ("The race is over 100 miles.", "The 170 km race starts at dawn.", Stance.SUPPORTS),
    ("The race is over 100 miles.", "The 80 km race starts at dawn.", Stance.CONTRADICTS),
    (
        "The building is taller than 200 metres.",
        "The building is 180 metres tall.",
        Stance.CONTRADICTS,
    ),
    (
        "The building is taller than 200 metres.",
        "The building rises 230 metres above the street.",
        Stance.SUPPORTS,
    ),
    ("About a quarter of adults are obese.", "Some 26% of adults are obese.", Stance.SUPPORTS),
    ("About a quarter of adults are obese.", "Around 60% of adults are obese.", Stance.CONTRADICTS),
    (
        "Prices have doubled since 2020.",
        "Prices have risen by about 100% since 2020.",
        Stance.SUPPORTS,
    ),
    ("Prices have doubled since 2020.", "Prices have risen by 15% since 2020.", Stance.CONTRADICTS),
    (
        "The plant will close in 2026.",
        "The plant is set to shut in 2026, the company said.",
        Stance.SUPPORTS,
    ),
    (
        "The plant will close in 2026.",
        "The plant will stay open until at least 2030.",
        Stance.CONTRADICTS,
    ),
    (
        "The bank cut rates to 4%.",
        "Inflation was 3.2% when the bank met, and unemployment stood at 4.1%.",
        Stance.NEUTRAL,
    ),
    (
        "The council will spend £5m on roads.",
        "The council spent £3m on parks last year.",
        Stance.NEUTRAL,
    ),
    (
        "The hospital treated 40 patients.",
        "The hospital, which has 300 beds, is in the city centre.",
        Stance.NEUTRAL,
    ),
    (
        "The protest drew 5,000 people.",
        "Police said 12 people were arrested at the protest.",
        Stance.NEUTRAL,
    ),
    (
        "The match was played on Sunday.",
        "Tickets for Sunday's match sold out on Tuesday.",
        Stance.SUPPORTS,
    ),
    (
        "The firm fired its chief executive.",
        "The firm hired a new chief financial officer.",
        Stance.NEUTRAL,
    ),
    ("Exports to China fell 5%.", "Exports to the US rose 5%.", Stance.NEUTRAL),
    (
        "The minister resigned in March.",
        "The minister was appointed in March 2020.",
        Stance.NEUTRAL,
    ),
    ("The bridge opened in 1932.", "The bridge was closed for repairs in 2019.", Stance.NEUTRAL),
    (
        "The singer released her album in May.",
        "The singer announced a tour in May.",
        Stance.NEUTRAL,
    ),
]

BATCH_6: list[Case] = [
    (
        "The museum reopened on 1 June 2024.",
        "The museum welcomed its first visitors since the flood on June 1, 2024.",
        Stance.SUPPORTS,
    ),
    (
        "The museum reopened on 1 June 2024.",
        "The museum reopened on 1 July 2024 after repairs.",
        Stance.CONTRADICTS,
    ),
    (
        "The law takes effect in January.",
        "The law comes into force in January, ministers said.",
        Stance.SUPPORTS,
    ),
    (
        "The law takes effect in January.",
        "The law will not take effect until April.",
        Stance.CONTRADICTS,
    ),
    (
        "The meeting is on Thursday at 3pm.",
        "The meeting has been moved to Friday at 3pm.",
        Stance.CONTRADICTS,
    ),
    (
        "The meeting is on Thursday at 3pm.",
        "The meeting, on Thursday at 3pm, is open to the public.",
        Stance.SUPPORTS,
    ),
    (
        "The motion was carried 14-3.",
        "Councillors carried the motion by 14 votes to three.",
        Stance.SUPPORTS,
    ),
    ("The motion was carried 14-3.", "The motion was carried 13-4.", Stance.CONTRADICTS),
    ("United won 4-1 at home.", "United lost 4-1 at home to Leeds.", Stance.CONTRADICTS),
    ("United won 4-1 at home.", "United beat Leeds 4-1 at home.", Stance.SUPPORTS),
    (
        "Hale voted for the pay rise.",
        "Hale voted against the pay rise, saying it was too generous.",
        Stance.CONTRADICTS,
    ),
    (
        "Hale voted for the pay rise.",
        "The pay rise, backed by Hale, passed easily.",
        Stance.SUPPORTS,
    ),
    (
        "The governor vetoed the bill.",
        "The governor signed the bill into law on Monday.",
        Stance.CONTRADICTS,
    ),
    ("The court upheld the ban.", "The court struck down the ban.", Stance.CONTRADICTS),
    ("The court upheld the ban.", "The ban was upheld by the court.", Stance.SUPPORTS),
    (
        "Petrol prices fell in March.",
        "Petrol prices rose for the third month running in March.",
        Stance.CONTRADICTS,
    ),
    ("Petrol prices fell in March.", "Diesel prices rose in March.", Stance.NEUTRAL),
    (
        "Crime is higher than a decade ago.",
        "Crime is lower than it was ten years ago.",
        Stance.CONTRADICTS,
    ),
    (
        "The new drug works faster than the old one.",
        "The old drug works faster than the new one.",
        Stance.CONTRADICTS,
    ),
    ("The vote came before the debate.", "The debate was held after the vote.", Stance.SUPPORTS),
    (
        "No schools closed because of the snow.",
        "Twelve schools closed because of the snow.",
        Stance.CONTRADICTS,
    ),
    (
        "No schools closed because of the snow.",
        "All schools stayed open despite the snow.",
        Stance.SUPPORTS,
    ),
    ("Five people were injured.", "Nobody was injured, police said.", Stance.CONTRADICTS),
    ("About 200 people turned up.", "Police estimated the crowd at 180.", Stance.SUPPORTS),
    ("About 200 people turned up.", "Some 2,000 people turned up.", Stance.CONTRADICTS),
    (
        "Fewer than 50 homes were affected.",
        "More than 300 homes were affected.",
        Stance.CONTRADICTS,
    ),
    ("Fewer than 50 homes were affected.", "Around 40 homes were affected.", Stance.SUPPORTS),
    ("The cost rose to $3 billion.", "The cost rose to $3 million.", Stance.CONTRADICTS),
    ("The dam is 150 metres high.", "The 150m-high dam holds back the river.", Stance.SUPPORTS),
    ("The dam is 150 metres high.", "The dam is 50 metres high.", Stance.CONTRADICTS),
    ("The trial lasted three weeks.", "The trial lasted 21 days.", Stance.SUPPORTS),
    ("The trial lasted three weeks.", "The trial lasted three months.", Stance.CONTRADICTS),
    (
        "The party won 42% of the vote.",
        "The party took 42 per cent of votes cast.",
        Stance.SUPPORTS,
    ),
    ("The party won 42% of the vote.", "The party won 24% of the vote.", Stance.CONTRADICTS),
    (
        "The council approved the budget on Monday.",
        "The council approved the budget on Monday, after a four-hour meeting.",
        Stance.SUPPORTS,
    ),
    (
        "The council approved the budget on Monday.",
        "The council rejected the budget on Monday.",
        Stance.CONTRADICTS,
    ),
    (
        "The council approved the budget on Monday.",
        "The council will debate the budget on Monday.",
        Stance.NEUTRAL,
    ),
    (
        "The firm employs 3,000 people.",
        "The firm, which posted sales of $500m, has offices in 12 countries.",
        Stance.NEUTRAL,
    ),
    ("The firm employs 3,000 people.", "The firm employs 300 people.", Stance.CONTRADICTS),
    (
        "The storm hit on Tuesday night.",
        "The storm made landfall late on Tuesday.",
        Stance.SUPPORTS,
    ),
    (
        "The storm hit on Tuesday night.",
        "Schools reopened on Thursday after the storm.",
        Stance.NEUTRAL,
    ),
    (
        "The senator, 67, announced her retirement.",
        "The 67-year-old senator said she would retire.",
        Stance.SUPPORTS,
    ),
    (
        "The senator, 67, announced her retirement.",
        "The senator, 76, announced her retirement.",
        Stance.CONTRADICTS,
    ),
    (
        "The river burst its banks in February.",
        "The river, which burst its banks in February, is now back to normal levels.",
        Stance.SUPPORTS,
    ),
    (
        "The plant produces 500 cars a day.",
        "The plant, which employs 500 people, makes 1,200 cars a day.",
        Stance.CONTRADICTS,
    ),
    ("The plant produces 500 cars a day.", "The plant employs 500 people.", Stance.NEUTRAL),
    (
        "Ticket prices will rise by 10%.",
        "Ticket prices will rise by 10% from April, the club said.",
        Stance.SUPPORTS,
    ),
    (
        "Ticket prices will rise by 10%.",
        "Season ticket sales rose by 10% last year.",
        Stance.NEUTRAL,
    ),
    (
        "The minister denied the claims.",
        "The minister admitted the claims were true.",
        Stance.CONTRADICTS,
    ),
    (
        "The minister denied the claims.",
        "The minister rejected the claims as false.",
        Stance.SUPPORTS,
    ),
]

CASES: list[Case] = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6

LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The school was closed for the whole of January.",
        "Classes resumed at the school in mid-January after the boiler was fixed.",
    ): (
        "[batch 1] supports, not contradicts: 'resumed in mid-January' is not read "
        "against 'closed for the whole of January'; the month agrees"
    ),
    (
        "The council approved the new cycle lanes.",
        "Councillors rejected plans for new cycle lanes by a narrow margin.",
    ): (
        "[batch 1] Related, not contradicts: 'Councillors' is not the claim's 'council' "
        "(another stem), so the decision's subject does not line up"
    ),
    (
        "Unemployment fell in the third quarter.",
        "The jobless rate dropped to 4.6% in the three months to September.",
    ): (
        "[batch 1] Related, not supports: 'the jobless rate' and 'the three months to "
        "September' are the claim's words in other words"
    ),
    (
        "House prices rose faster in the north than in the south.",
        "Prices in the south grew faster than in the north last year.",
    ): (
        "[batch 1] supports, not contradicts: a comparison turned round with another "
        "verb ('grew' for 'rose') is not read as the same comparison"
    ),
    (
        "The new model is lighter than the old one.",
        "The new model weighs 1.2 kg, heavier than its 1.1 kg predecessor.",
    ): (
        "[batch 1] Related, not contradicts: 'heavier than its 1.1 kg predecessor' names "
        "the old one otherwise: the comparison is not lined up"
    ),
    (
        "Exports grew for the fifth month in a row.",
        "Exports shrank in May, ending a four-month run of growth.",
    ): (
        "[batch 1] Related, not contradicts: the passage shares too few of the claim's "
        "words for its antonym cue to decide ('fifth month in a row' / 'four-month run')"
    ),
    ("About 2,000 people attended the protest.", "Police put the crowd at 1,950."): (
        "[batch 1] Related, not supports: 'the crowd at 1,950' shares no word with the "
        "claim but its figure"
    ),
    (
        "The storm brought winds of 120 km/h.",
        "Gusts of up to 75 mph were recorded during the storm.",
    ): ("[batch 1] Related, not supports: a speed converted between km/h and mph is not compared"),
    ("The flight lasted two hours.", "The 120-minute flight landed on time."): (
        "[batch 1] Related, not supports: 'the 120-minute flight' is not read as a "
        "duration of the flight"
    ),
    ("The match ended 0-0.", "The match finished goalless after 90 minutes."): (
        "[batch 2] Related, not supports: 'finished goalless' is not read where 'ended' "
        "is the claim's verb"
    ),
    ("There were no casualties.", "Two soldiers were killed and five wounded."): (
        "[batch 2] Related, not contradicts: 'killed' and 'wounded' are not counted as casualties"
    ),
    ("None of the 40 passengers was hurt.", "All 40 passengers escaped unhurt."): (
        "[batch 2] Related, not supports: 'escaped unhurt' is the claim's 'none was "
        "hurt' in other words"
    ),
    (
        "The company was founded in 1998.",
        "The company, founded in 2004, moved its headquarters in 1998.",
    ): (
        "[batch 3] supports, not contradicts: the claim's year given for another verb "
        "('moved ... in 1998') agrees, and 'founded in 2004' is not preferred"
    ),
    (
        "The strike was backed by 84% of members who voted.",
        "Only 48% of those who voted backed the strike, short of the threshold.",
    ): (
        "[batch 3] Related, not contradicts: '84% of members' and '48% of those who "
        "voted' are shares of groups named otherwise: not compared"
    ),
    (
        "Fewer people are smoking than a decade ago.",
        "Smoking rates have halved over the past ten years.",
    ): ("[batch 3] Related, not supports: 'smoking rates have halved' states it in other words"),
    (
        "The flood caused no deaths.",
        "Two people drowned in the flood.",
    ): "[batch 3] Related, not contradicts: 'drowned' is not in the family of 'deaths'",
    (
        "The marathon course is 42.2 km.",
        "The marathon is run over the standard distance of 26.2 miles.",
    ): (
        "[batch 3] Related, not supports: '26.2 miles' is the same distance converted; a "
        "length is not converted between km and miles here"
    ),
    (
        "The talks lasted 12 hours.",
        "The talks went on for half a day.",
    ): "[batch 3] Related, not supports: 'half a day' is not read as a duration",
    (
        "The minister visited the flood zone on Friday.",
        "The flood zone covers 200 square miles, officials said.",
    ): (
        "[batch 3] supports, not Related: by words alone, 'flood zone' is two of the "
        "claim's words; the claim's weekday is not a figure a passage must give"
    ),
    (
        "The team has won five games in a row.",
        ("The team, who lost their first two games of the season, have now won five in a row."),
    ): (
        "[batch 3] contradicts, not supports: the claim's figure given without its noun "
        "('five in a row') is not matched, and 'two games' is compared instead"
    ),
    (
        "The project will be finished by 2027.",
        "Officials now say the project will not be completed before 2030.",
    ): (
        "[batch 4] Related, not contradicts: 'will not be completed before 2030' is a "
        "negation with a bound, not read"
    ),
    (
        "Wages grew faster than prices last year.",
        "Last year prices rose faster than wages for the third year running.",
    ): (
        "[batch 4] supports, not contradicts: a comparison turned round with another "
        "verb ('rose' for 'grew') is not read as the same comparison"
    ),
    ("The drug reduced deaths by a third.", "The drug reduced hospital stays by two days."): (
        "[batch 4] supports, not Related: 'by a third' of deaths is not required of the "
        "passage as the claim's figure"
    ),
    ("The museum reopened in 2022.", "The museum has remained closed since the fire in 2019."): (
        "[batch 4] Related, not contradicts: 'has remained closed since 2019' is not "
        "read against a reopening after it"
    ),
    ("The vaccine is 95% effective.", "95% of those vaccinated reported mild side effects."): (
        "[batch 4] supports, not Related: the same percentage of another measure "
        "('reported mild side effects') agrees"
    ),
    ("The CEO earned $15m last year.", "The CEO's pay package was worth $15m last year."): (
        "[batch 4] Related, not supports: 'pay package was worth $15m' is not read as "
        "what the CEO earned"
    ),
    ("Emissions were lower in 2023 than in 2022.", "Emissions fell in 2023 compared with 2022."): (
        "[batch 5] Related, not supports: 'fell in 2023 compared with 2022' is the "
        "comparison in other words"
    ),
    ("The show was watched by 5.2 million viewers.", "The show drew an audience of 5.2m."): (
        "[batch 5] Related, not supports: 'an audience of 5.2m' counts an audience, not "
        "viewers: not compared"
    ),
    ("The show was watched by 5.2 million viewers.", "The show drew an audience of 2.5m."): (
        "[batch 5] Related, not contradicts: 'an audience of 5.2m' counts an audience, "
        "not viewers: not compared"
    ),
    ("The company made no profit in 2022.", "The company made a loss in 2022."): (
        "[batch 5] contradicts, not supports: 'made a loss' is the claim's 'no profit' "
        "in other words; the one-sided negation clashes"
    ),
    ("There were no survivors.", "All 150 people on board were killed."): (
        "[batch 5] Related, not supports: 'All 150 people on board were killed' is 'no "
        "survivors' in other words"
    ),
    ("The jury found him guilty.", "He was convicted by the jury."): (
        "[batch 5] Related, not supports: 'found guilty' / 'acquitted' and 'convicted' "
        "are not read as one verdict"
    ),
    ("The senator opposed the nomination.", "The senator voted to confirm the nominee."): (
        "[batch 5] Related, not contradicts: 'voted to confirm the nominee' is not read "
        "as support of the nomination"
    ),
    ("The plant will close in 2026.", "The plant is set to shut in 2026, the company said."): (
        "[batch 5] Related, not supports: 'shut' / 'stay open until at least 2030' are "
        "not read against 'will close in 2026'"
    ),
    ("The plant will close in 2026.", "The plant will stay open until at least 2030."): (
        "[batch 5] Related, not contradicts: 'shut' / 'stay open until at least 2030' "
        "are not read against 'will close in 2026'"
    ),
    ("Exports to China fell 5%.", "Exports to the US rose 5%."): (
        "[batch 5] contradicts, not Related: another thing of the claim's kind as "
        "subject ('Exports to the US') is not read: 'US' is also the stop word 'us'"
    ),
    ("The vote came before the debate.", "The debate was held after the vote."): (
        "[batch 6] contradicts, not supports: the same order said the other way with "
        "other verbs is read as 'before' against 'after'"
    ),
    ("About 200 people turned up.", "Police estimated the crowd at 180."): (
        "[batch 6] Related, not supports: 'estimated the crowd at 180' shares no word "
        "with the claim but its figure"
    ),
}
