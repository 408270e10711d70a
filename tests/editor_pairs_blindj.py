"""Blind table "blindj": short editor pairs of every cue kind of issue 14.

Written on 7 December 2026 (session s11) before reading any earlier table or the cue code, from
README.md and the "Stance and cues" table of docs/matching.md only, the way a hidden test writer
would: a claim and a passage, one thing changed (a clash), kept in other words (an agreement),
or a passage on the topic with other numbers or words that must not clash (Related). It leans
on what earlier tables may have missed: passages of two clauses, reported speech, headline
claims without a verb ("Unemployment down to 4%"), claims with their own negation, numbers
written as words, and the trade words of sport, courts, markets, weather and elections.

Each row of ``BLIND`` is (kind, claim, passage, expected stance); ``CASES`` drops the kind,
for tests/test_stance_editor_tables.py, which runs them in process and through `factcheck
match` with either retrieval. The pairs still wrong are in ``LEFT_OUT`` with their reasons.

When first run (before any fix), 26 of the 150 were wrong in process and through `match`
lexically (25 with semantic retrieval): dates 4 of 19, tallies 3 of 18, stance verbs 3 of 19,
direction 4 of 21, no X against a count 4 of 19, approximate amounts 2 of 19, units 1 of 17,
mixed 5 of 18. 9 were false clashes (a passage that must be Related shown as contradicting):
another meeting ("last met on 17 April" against "meets on 8 May"), another protest or claim
("a separate protest", "a separate claim"), another dimension ("30 km long" against "30
metres deep"), another phase of a law ("was passed in June" against "takes effect in
January"), another time ("during last summer's drought", "have risen 40% since January",
"43 measles cases last year" against "no new measles cases this week") and a "no" that
counts another thing ("No avalanche warnings" against "died in the avalanche"). Two
clashes were shown as supports ("Unemployment down to 4%" against "rose to 4%", "62%, up
from 58%" against "fell to 58% from 62%") and two Related passages as supports ("against an
amendment to the infrastructure bill", "More than 300 flights were cancelled" against
"handles about 1,100 flights on a normal day").

After the first fixes (a headline's "up" and "down" before a figure, ``wordsplit``; a share
"of the vote" named by a side that reports a vote, ``shares``; sizes of other dimensions and
"a separate" thing acted on, ``instances``; "no X" against X counted of another instance or,
when the claim gives its time, at another, a passage's "no" of another noun, "last winter",
``nobody``, ``negscope``, ``earlier``), 18 of the 150 are wrong in process and through
`match` lexically (17 with semantic retrieval), 4 of them false clashes. After a law's
passing was read as another phase than its coming into force (``instances``) and a change the
other way during an earlier time ("during last summer's drought") or over a stretch up to now
that holds the claim's day ("have risen 40% since January" for "fell 8% on Tuesday";
``stretches``), 15 are wrong in process and through `match` lexically (14 with semantic
retrieval), 1 of them a false clash. After a decade's years ("completed in the 1960s"
against "finished in 1971", ``instances``) and a score line with the winner after "to" ("The
Giants fell 24-17 to the Eagles", ``tallies``), 13 are wrong (12 with semantic retrieval).

A second batch (``SECOND``, 47 pairs, every kind again) was written after those fixes and
before running it: 12 were wrong when first run, in process and through `match` with either
retrieval: no X 4 of 7, mixed 3 of 7, stance verbs 2 of 5, dates, tallies and approximate
amounts 1 each; 8 of them shown as contradicting where they must not (6 Related, 2 that
agree): "took office in June 2022" against "elected in May 2022", "The mayor's rival, Tom
Reid, opposed", "refused permission for the tower" against "rejected the tower", "ended
goalless" against "no goals", "about a different programme", "A year earlier, the Senate
had rejected the bill", "the factory, which employed around 1,000 people" against "About
200 people lost their jobs", and another airport ("at Gatwick" against "at Heathrow").
After the fixes that followed (taking office is its own phase, ``instances``; a name in
apposition is read past to the noun it names, ``subjects``; "-less" is "no", and a refusal
says what a rejection says, ``denied``), 8 of the 47 were wrong, 4 of them false clashes;
after "a different" or "a separate" thing whatever its noun (``instances``), a decision the
other way in the past perfect at a named earlier time (``earlier.said_earlier``) and a
staff against those of it who lost their jobs (``aside``), 5 of the 47 are wrong, 1 of them
a false clash (another airport). Of the first 150, 12 are wrong (main's reading of "was up
on 2019" as a rise, landed meanwhile, put "Turnout increased compared with 2019" right). In
all, 17 of 197 were left (``LEFT_OUT``), 2 of them false clashes.

A third batch (``THIRD``, 31 short pairs in the shape of issue 14's examples) was written after
those fixes and before running it: 4 were wrong when first run in process and through `match`
lexically (3 with semantic retrieval), 1 a false clash ("There were no arrests after the
match" against "Police said the match passed off peacefully"), and "Inflation slowed" against
"picked up" shown as supports. After a "no" of a plural the passage never names was read as
no clash (``nobody.none_unsaid``) and "picked up" as a rise and a quickening (``wordsplit``),
2 of the 31 are wrong, neither a false clash. In all, 19 of 228 were left, 2 false clashes;
after the last occasion ("last met on 17 April") was read apart from a claim's next one
("meets on 8 May", ``lastnext.py``), 18 of 228 were left, 1 false clash.

A fourth batch (``FOURTH``, 24 short pairs) was written after those fixes and before running
it: 5 were wrong when first run, in process and through `match` with either retrieval, 3 of
them shown as contradicting where they must not ("refused to sign" against "vetoed", "four
arrests at a march in another city" against "no arrests at the march", "had lost 2-1 to
Italy in the group stage" against "won the final 2-0"). After an opposite under the
passage's own negation was read as saying the claim's word ("refused to sign" is "vetoed",
"did not approve" is "rejected", "has not lost" is "won"; ``negscope.negated_opposite``) and
"in another city" as another place (``instances.NEARBY``), 3 of the 24 are wrong, 1 a false
clash. In all, 21 of 252 are left (``LEFT_OUT``), 2 of them false clashes. blindm's rule
for a part of a measure voted on ("voted against an amendment to the infrastructure bill",
``subjects._part_voted_on``, ninth session) put one more right: 20 are left.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

S, C, N = "supports", "contradicts", "neutral"

BLIND: list[tuple[str, str, str, str]] = [
    # (1) month names and full dates
    (
        "date",
        "The new bridge opens to traffic on 14 June 2026.",
        "Transport officials said the bridge would open to traffic on June 14, 2026.",
        S,
    ),
    (
        "date",
        "The trial begins on March 3.",
        "Jury selection is set for Feb. 24, and the trial itself begins March 10, the clerk said.",
        C,
    ),
    (
        "date",
        "The election will be held in November.",
        "Voters go to the polls in October, the electoral commission confirmed.",
        C,
    ),
    (
        "date",
        "The museum reopened on 2 September.",
        "The museum, closed since a fire in April, reopened to visitors on 2 September.",
        S,
    ),
    (
        "date",
        "Rail strike set for 12 December",
        "The rail union said its members would walk out on 19 December.",
        C,
    ),
    (
        "date",
        "The company was founded in 1998.",
        "Founded in 1989 by two engineers, the company now employs 400 people.",
        C,
    ),
    (
        "date",
        "The policy took effect on 2025-01-01.",
        "The policy came into force on 1 January 2025.",
        S,
    ),
    (
        "date",
        "The report was published in spring 2024.",
        "The report, published in May 2024, found waiting times had doubled.",
        S,
    ),
    (
        "date",
        "The council meets on 8 May to vote on the parking plan.",
        "The council last met on 17 April, when it debated the parking plan.",
        N,
    ),
    (
        "date",
        "The festival runs from 4 to 6 July.",
        "The festival runs from July 4 to July 6 at Riverside Park.",
        S,
    ),
    (
        "date",
        "The school year starts on 1 September.",
        "The school year starts on 8 September, a week later than usual, the district said.",
        C,
    ),
    (
        "date",
        "The suspect was arrested on Tuesday, 9 April.",
        "Police said the suspect was arrested on 9 April after a two-week search.",
        S,
    ),
    (
        "date",
        "The airport's new terminal opened in March 2023.",
        "Work on the airport's new terminal began in January 2020 and cost £1.2bn.",
        N,
    ),
    ("date", "Ms Ortiz took office in January 2021.", "Ortiz was sworn in on 20 January 2021.", S),
    ("date", "The dam was completed in the 1960s.", "Construction of the dam finished in 1971.", C),
    (
        "date",
        "The hospital will close its maternity ward in August.",
        "The maternity ward will stay open until the end of October, "
        "according to a hospital spokesperson.",
        C,
    ),
    # (2) vote tallies and score lines
    (
        "tally",
        "The Senate passed the bill 52-48.",
        "The bill cleared the Senate by a vote of 52 to 48.",
        S,
    ),
    (
        "tally",
        "Liverpool beat Everton 2-0.",
        "Everton lost 2-1 to Liverpool at Anfield on Sunday.",
        C,
    ),
    (
        "tally",
        "The Supreme Court ruled 5-4 in favor of the state.",
        "In a 6-3 decision, the justices sided with the state.",
        C,
    ),
    (
        "tally",
        "The board approved the merger unanimously.",
        "The board approved the merger by seven votes to two.",
        C,
    ),
    ("tally", "The Lakers won 112-104.", "The Lakers held on for a 112-104 win over Denver.", S),
    (
        "tally",
        "The council approved the plan 9-2.",
        "The plan was first debated in 2019, when the council rejected a smaller version 6-5.",
        N,
    ),
    (
        "tally",
        "City won 3-1 at home.",
        "City were 1-0 down at half-time before scoring three times.",
        N,
    ),
    ("tally", "The motion passed by eleven votes to four.", "The motion was carried 11-4.", S),
    (
        "tally",
        "The jury voted 10-2 to convict.",
        "The jury voted 11-1 to convict, the court heard.",
        C,
    ),
    ("tally", "Ohio State beat Michigan 30-24.", "Michigan beat Ohio State 30-24.", C),
    (
        "tally",
        "The House passed the measure 218-214.",
        "The measure passed the House 218 to 214, with two members absent.",
        S,
    ),
    (
        "tally",
        "Serena Williams won the final 6-4, 6-2.",
        "Williams had lost their previous meeting 7-5 in the third set.",
        N,
    ),
    (
        "tally",
        "Shareholders backed the pay deal by 92%.",
        "Shareholders backed the pay deal with 62% of the vote.",
        C,
    ),
    (
        "tally",
        "The referendum passed 54-46.",
        "Fifty-four percent of voters backed the referendum.",
        S,
    ),
    (
        "tally",
        "The committee split 4-4 on the proposal.",
        "The committee voted 5-3 to reject the proposal, members said.",
        C,
    ),
    # (3) for/against and other stance verbs
    (
        "stance",
        "Senator Marcia Flores voted against the farm bill.",
        "Flores was among the 12 senators who voted for the farm bill.",
        C,
    ),
    (
        "stance",
        "The mayor supports the new stadium.",
        "The mayor has come out against the new stadium, citing its cost.",
        C,
    ),
    (
        "stance",
        "The council did not approve the budget.",
        "The council rejected the budget on Tuesday.",
        S,
    ),
    (
        "stance",
        "The council did not approve the budget.",
        "The council approved the budget by a narrow margin.",
        C,
    ),
    (
        "stance",
        "The judge granted bail.",
        "The judge denied bail, saying the defendant was a flight risk.",
        C,
    ),
    (
        "stance",
        "The union accepted the pay offer.",
        "Members of the union rejected the pay offer in a ballot.",
        C,
    ),
    (
        "stance",
        "The committee backed the proposal.",
        "The committee voted in favour of the proposal.",
        S,
    ),
    (
        "stance",
        "Rep. Dan Okafor voted for the infrastructure bill.",
        "Okafor voted against an amendment to the infrastructure "
        "bill that would have cut transit funding.",
        N,
    ),
    (
        "stance",
        "The regulator approved the merger.",
        "The regulator blocked the merger, saying it would raise prices.",
        C,
    ),
    (
        "stance",
        "The court upheld the conviction.",
        "An appeals court overturned the conviction on Monday.",
        C,
    ),
    (
        "stance",
        "The court upheld the conviction.",
        "The appeals court affirmed the conviction, rejecting the defence's arguments.",
        S,
    ),
    (
        "stance",
        "Shareholders opposed the pay package.",
        "Shareholders voted down the pay package at the annual meeting.",
        S,
    ),
    (
        "stance",
        "The president vetoed the bill.",
        "The president signed the bill into law on Friday.",
        C,
    ),
    (
        "stance",
        "The health minister said she favours a sugar tax.",
        "The health minister said she was opposed to a sugar tax.",
        C,
    ),
    (
        "stance",
        "The senator voted against the bill.",
        "The senator, who voted against the bill, said she supports its aims.",
        S,
    ),
    (
        "stance",
        "The league banned the striker for six matches.",
        "The league cleared the striker of wrongdoing on Thursday.",
        C,
    ),
    # (4) direction of change
    ("direction", "Unemployment down to 4%", "The unemployment rate fell to 4% in May.", S),
    ("direction", "Unemployment down to 4%", "Unemployment rose to 4% in May, up from 3.8%.", C),
    (
        "direction",
        "House prices rose 3% last year.",
        "House prices fell 3% last year, according to the Land Registry.",
        C,
    ),
    (
        "direction",
        "Inflation eased in October.",
        "Inflation accelerated in October, driven by fuel costs.",
        C,
    ),
    (
        "direction",
        "The pound strengthened against the dollar.",
        "The pound weakened against the dollar on Thursday.",
        C,
    ),
    (
        "direction",
        "Crime in the city was lower than in 2022.",
        "Crime in the city was higher than in 2022, police figures show.",
        C,
    ),
    (
        "direction",
        "The storm arrived earlier than forecast.",
        "The storm made landfall later than forecasters had expected.",
        C,
    ),
    (
        "direction",
        "The vaccine was approved before the election.",
        "The vaccine was approved two weeks after the election.",
        C,
    ),
    ("direction", "Exports rose in March.", "Exports fell in February before recovering.", N),
    (
        "direction",
        "Shares in Acme rose 5% on Monday.",
        "Acme shares climbed 5% on Monday after strong results.",
        S,
    ),
    (
        "direction",
        "Fewer students took the exam this year than last.",
        "More students sat the exam this year than last year.",
        C,
    ),
    (
        "direction",
        "Petrol prices have risen this month.",
        "Diesel prices fell this month, while petrol prices rose.",
        S,
    ),
    (
        "direction",
        "Petrol prices fell this month.",
        "Diesel prices fell this month, while petrol prices rose.",
        C,
    ),
    (
        "direction",
        "The river is higher than last week.",
        "The river has dropped below last week's level.",
        C,
    ),
    (
        "direction",
        "Turnout increased compared with 2019.",
        "Turnout was up on 2019, officials said.",
        S,
    ),
    (
        "direction",
        "The patient's condition improved overnight.",
        "The patient's condition worsened overnight, a hospital spokesman said.",
        C,
    ),
    (
        "direction",
        "Sales rose in the third quarter.",
        "Sales fell in the second quarter, the company said.",
        N,
    ),
    (
        "direction",
        "Interest rates did not rise in June.",
        "The central bank raised interest rates in June.",
        C,
    ),
    # (5) "no X" vs a count of X
    (
        "no_x",
        "Three people were injured in the crash.",
        "No one was hurt in the crash, police said.",
        C,
    ),
    ("no_x", "Nobody was killed in the fire.", "The fire caused no deaths.", S),
    (
        "no_x",
        "No deaths were reported after the earthquake.",
        "The earthquake killed at least 14 people.",
        C,
    ),
    ("no_x", "Two climbers died on the mountain.", "Both climbers were rescued alive.", C),
    (
        "no_x",
        "The flood caused no injuries.",
        "Eight people were treated for injuries after the flood.",
        C,
    ),
    (
        "no_x",
        "No arrests were made at the protest.",
        "Police made 12 arrests at a separate protest in the city centre on Saturday.",
        N,
    ),
    ("no_x", "There were no casualties.", "There were no casualties, the army said.", S),
    (
        "no_x",
        "The school has no cases of measles.",
        "Three pupils at the school have been diagnosed with measles.",
        C,
    ),
    (
        "no_x",
        "No passengers were injured.",
        "No passengers were injured, but two crew members were taken to hospital.",
        S,
    ),
    (
        "no_x",
        "Four people died in the storm.",
        "The storm left thousands without power but caused no deaths.",
        C,
    ),
    ("no_x", "None of the hostages was harmed.", "All 12 hostages were released unharmed.", S),
    ("no_x", "The company has no debt.", "The company carries $2bn of debt, its filings show.", C),
    (
        "no_x",
        "No one died in the blaze.",
        "Two firefighters suffered minor burns while tackling the blaze.",
        N,
    ),
    (
        "no_x",
        "Zero homicides were recorded in the town last year.",
        "The town recorded two homicides last year.",
        C,
    ),
    ("no_x", "A dozen people were arrested.", "Police said no arrests had been made.", C),
    (
        "no_x",
        "The outbreak has caused no deaths so far.",
        "Health officials said nobody had died in the outbreak.",
        S,
    ),
    # (6) approximate vs exact amounts
    (
        "approx",
        "Roughly 300 people attended the vigil.",
        "Police counted 312 people at the vigil.",
        S,
    ),
    (
        "approx",
        "More than 5,000 runners took part.",
        "Fewer than 4,000 runners took part, organisers said.",
        C,
    ),
    ("approx", "About 40 homes were damaged.", "The storm damaged 85 homes.", C),
    (
        "approx",
        "Nearly 2 million people watched the final.",
        "The final drew 1.9 million viewers.",
        S,
    ),
    ("approx", "Over 1,000 jobs will go.", "The firm will cut 1,200 jobs.", S),
    ("approx", "Over 1,000 jobs will go.", "The firm will cut 800 jobs, a spokesman said.", C),
    ("approx", "The project cost around £50m.", "The project's final bill was £49.6m.", S),
    (
        "approx",
        "Fewer than 100 people turned out.",
        "Some 250 people turned out despite the rain.",
        C,
    ),
    (
        "approx",
        "About 300 people attended the vigil.",
        "The vigil, which lasted 2 hours, was held near the school where 3 children were injured.",
        N,
    ),
    (
        "approx",
        "Almost half of voters backed the plan.",
        "Forty-eight percent of voters backed the plan.",
        S,
    ),
    (
        "approx",
        "At least 20 people were hurt.",
        "Twenty-three people were hurt, officials said.",
        S,
    ),
    (
        "approx",
        "Up to 30 cm of snow is expected.",
        "Forecasters expect as much as 50 cm of snow.",
        C,
    ),
    ("approx", "The team has won about a dozen titles.", "The team has won 12 titles.", S),
    (
        "approx",
        "Around 5,000 people work at the plant.",
        "The plant, which opened in 1985, produces 300,000 cars a year.",
        N,
    ),
    ("approx", "Just under 10% of pupils failed.", "About 9.8% of pupils failed.", S),
    (
        "approx",
        "Tens of thousands marched in the capital.",
        "Police estimated 800 people marched in the capital.",
        C,
    ),
    ("approx", "The fine was less than $1 million.", "The company was fined $1.5 million.", C),
    # (7) units
    ("unit", "The bridge is 2 km long.", "The bridge stretches 2,000 metres across the bay.", S),
    ("unit", "The storm dumped 5 inches of rain.", "The storm dumped 5 cm of rain.", C),
    ("unit", "The temperature hit 40C.", "Temperatures reached 104F on Tuesday.", S),
    (
        "unit",
        "The lorry weighed 12 tonnes.",
        "The lorry, weighing 44 tonnes, was over the bridge's limit.",
        C,
    ),
    (
        "unit",
        "The company earned $3 million last year.",
        "The company earned $3 billion last year.",
        C,
    ),
    ("unit", "The fire burned 500 hectares.", "The fire burned about 1,235 acres.", S),
    ("unit", "The flight takes 7 hours.", "The plane flies at 900 km per hour over 6,000 km.", N),
    (
        "unit",
        "The speed limit is 30 mph.",
        "The speed limit on the road is 20 mph, the council said.",
        C,
    ),
    ("unit", "The speed limit is 30 mph.", "The road has a 30 km/h speed limit.", C),
    ("unit", "The patient lost 10 kg.", "The patient lost 10 pounds.", C),
    ("unit", "The tunnel is 5 miles long.", "The tunnel took 5 years to build.", N),
    (
        "unit",
        "The rocket reached an altitude of 100 km.",
        "The rocket climbed to 100 kilometres.",
        S,
    ),
    ("unit", "Wind gusts reached 80 mph.", "Gusts of up to 80 km/h were recorded.", C),
    (
        "unit",
        "The new stadium holds 60,000 fans.",
        "The new stadium, which cost $600 million, opened in 2024.",
        N,
    ),
    ("unit", "The lake is 30 metres deep.", "The lake is 30 km long and 4 km wide.", N),
    # (8) mixed: two kinds in one pair, and ordinary paraphrases
    (
        "mixed",
        "The council voted 7-2 on 4 March to close the library.",
        "On March 4, the council voted seven to two to close the library.",
        S,
    ),
    (
        "mixed",
        "The council voted 7-2 on 4 March to close the library.",
        "The council voted 7-2 on 11 March to close the library.",
        C,
    ),
    ("mixed", "Inflation fell to 2.1% in June.", "Inflation rose to 2.1% in June.", C),
    (
        "mixed",
        "The firm said profits rose about 10% in 2023.",
        "Profits rose 9.7% in 2023, the firm said.",
        S,
    ),
    (
        "mixed",
        "No one was injured when the train derailed on Sunday.",
        "Five passengers were hurt when the train derailed on Saturday.",
        C,
    ),
    ("mixed", "The hospital has 400 beds.", "The 400-bed hospital serves the whole county.", S),
    (
        "mixed",
        "The city's population grew to 1.2 million.",
        "The city now has 1.2 million residents, census figures show.",
        S,
    ),
    (
        "mixed",
        "The airline cancelled 200 flights on Monday.",
        "The airline, which operates 1,500 flights a day, said "
        "Tuesday's schedule would run as normal.",
        N,
    ),
    (
        "mixed",
        "Ms Diaz, 45, was elected mayor in 2022.",
        "Diaz, 54, won the mayoral race in 2022.",
        C,
    ),
    (
        "mixed",
        "The plant will close in 2027, cutting 600 jobs.",
        "The plant will close in 2027 with the loss of 600 jobs.",
        S,
    ),
    ("mixed", "Turnout was 62%, up from 58% in 2020.", "Turnout fell to 58% from 62% in 2020.", C),
    (
        "mixed",
        "The Bank of England held rates at 5%.",
        "The Bank of England last cut rates in March 2020, to 0.1%.",
        N,
    ),
    (
        "mixed",
        "The Eagles beat the Giants 24-17 on Sunday.",
        "The Giants fell 24-17 to the Eagles on Sunday.",
        S,
    ),
    (
        "mixed",
        "The school is not closing.",
        "The school will close next summer, the district announced.",
        C,
    ),
    (
        "mixed",
        "Senator Ruiz opposed the bill, which passed 60-40.",
        "The bill passed 60-40 with Senator Ruiz voting in favour.",
        C,
    ),
    (
        "mixed",
        "The new law takes effect in January.",
        "The law was passed in June by a 61-39 vote.",
        N,
    ),
    # more on-topic passages that must not clash (neutral), across the kinds
    (
        "date",
        "The stadium will open in August 2026.",
        "The club announced the stadium plan in February 2023, and building began that June.",
        N,
    ),
    (
        "date",
        "Ms Khan resigned on 3 October.",
        "Khan, who had chaired the trust since May 2019, said on "
        "Friday she was proud of its record.",
        N,
    ),
    (
        "date",
        "Polls close at 10pm on Thursday.",
        "Postal ballots must arrive by 5pm on Wednesday, the returning officer said.",
        N,
    ),
    (
        "tally",
        "The Celtics beat the Heat 101-95.",
        "The Celtics have now won 14 of their last 16 games at home.",
        N,
    ),
    (
        "tally",
        "The bill passed the Assembly 45-30.",
        "A similar bill died in committee in 2021 after a 3-3 tie.",
        N,
    ),
    (
        "tally",
        "Arsenal drew 1-1 with Chelsea.",
        "Arsenal are third in the table, five points behind the leaders, with 12 games left.",
        N,
    ),
    (
        "stance",
        "Councillor Byrne voted against the housing plan.",
        "Byrne said residents had written to her in favour of more social housing.",
        N,
    ),
    (
        "stance",
        "The judge refused to dismiss the case.",
        "The judge dismissed a separate claim against the city in 2022.",
        N,
    ),
    (
        "stance",
        "The governor signed the gun bill.",
        "The governor vetoed a different gun bill last year, saying it went too far.",
        N,
    ),
    (
        "direction",
        "Petrol prices rose in November.",
        "Petrol prices fell sharply in the spring as oil slumped.",
        N,
    ),
    (
        "direction",
        "The river rose above its banks on Saturday.",
        "The river fell to its lowest level in decades during last summer's drought.",
        N,
    ),
    (
        "direction",
        "The firm's shares fell 8% on Tuesday.",
        "The firm's shares have risen 40% since January.",
        N,
    ),
    (
        "no_x",
        "No one was injured in the explosion.",
        "The explosion shattered windows in 20 homes, residents said.",
        N,
    ),
    (
        "no_x",
        "Five people died in the avalanche.",
        "No avalanche warnings had been issued for the area that morning.",
        N,
    ),
    (
        "no_x",
        "There have been no new measles cases this week.",
        "The region recorded 43 measles cases last year, up from six in 2022.",
        N,
    ),
    (
        "approx",
        "Roughly 2,000 people were evacuated.",
        "The 2,000-year-old town has a population of 14,000.",
        N,
    ),
    (
        "approx",
        "More than 300 flights were cancelled.",
        "The airport handles about 1,100 flights on a normal day.",
        N,
    ),
    (
        "unit",
        "The wildfire has burned 20,000 acres.",
        "About 800 firefighters and 40 aircraft are fighting the wildfire.",
        N,
    ),
    (
        "unit",
        "The new line cuts the journey to 45 minutes.",
        "The new line, which is 45 km long, cost £3bn.",
        N,
    ),
    (
        "mixed",
        "The ECB raised rates by 0.25 points on Thursday.",
        "The ECB had raised rates ten times in a row before pausing in 2023.",
        N,
    ),
    (
        "mixed",
        "Ms Park, 61, was re-elected in a landslide.",
        "Park won 68% of the vote, up from 55% four years ago.",
        N,
    ),
]


# The second batch: written after the fixes above and before running it, to estimate the
# error rate on fresh pairs (about a third each to clash, agree and stay Related).
SECOND: list[tuple[str, str, str, str]] = [
    (
        "date",
        "The inquiry will report in July 2027.",
        "The inquiry is expected to publish its findings in July 2027, the minister said.",
        S,
    ),
    (
        "date",
        "The ferry service resumes on 2 March.",
        "The ferry service will not resume until 23 March, the operator said.",
        C,
    ),
    (
        "date",
        "The vote on the new constitution is scheduled for 12 October.",
        "Campaigning for the constitutional vote began on 1 September.",
        N,
    ),
    (
        "date",
        "The strike ended on Friday 5 June.",
        "Workers returned on 5 June after the strike ended.",
        S,
    ),
    (
        "date",
        "The clinic first opened in the 1990s.",
        "The clinic opened in 1987 in a former bank.",
        C,
    ),
    (
        "tally",
        "The bill passed the House 232-198.",
        "The House approved the bill by 232 votes to 198.",
        S,
    ),
    (
        "tally",
        "Real Madrid won 3-2 after extra time.",
        "Real Madrid won 2-1 after extra time, according to the club.",
        C,
    ),
    (
        "tally",
        "The jury found him guilty by a majority of 10 to 2.",
        "The jury, which had deliberated for 14 hours, found him guilty.",
        N,
    ),
    (
        "tally",
        "The council voted nine to three to close the pool.",
        "The council voted 9-3 to keep the pool open.",
        C,
    ),
    (
        "tally",
        "The Knicks lost 98-95 to the Celtics.",
        "The Celtics beat the Knicks 98-95 on Friday.",
        S,
    ),
    (
        "stance",
        "Ms Owusu voted in favour of the strike.",
        "Ms Owusu voted against the strike, her union branch said.",
        C,
    ),
    (
        "stance",
        "The planning committee rejected the tower.",
        "The planning committee refused permission for the tower.",
        S,
    ),
    (
        "stance",
        "The MP did not support the motion.",
        "The MP backed the motion, the division list shows.",
        C,
    ),
    (
        "stance",
        "The mayor backed the cycle lane.",
        "The mayor's rival, Tom Reid, opposed the cycle lane.",
        N,
    ),
    (
        "stance",
        "The appeal was dismissed.",
        "The appeal was allowed, and the conviction quashed.",
        C,
    ),
    (
        "direction",
        "Wages grew faster than prices in 2024.",
        "Wages grew more slowly than prices in 2024.",
        C,
    ),
    (
        "direction",
        "Bond yields fell on Wednesday.",
        "Bond yields climbed on Wednesday as investors sold.",
        C,
    ),
    (
        "direction",
        "Rainfall was above average in April.",
        "Rainfall in April was below average, the Met Office said.",
        C,
    ),
    ("direction", "The pound rose against the euro.", "The euro fell against the pound.", S),
    (
        "direction",
        "House sales slowed in the autumn.",
        "House sales picked up in the spring, agents said.",
        N,
    ),
    (
        "no_x",
        "No schools were closed because of the snow.",
        "Forty schools were closed because of the snow.",
        C,
    ),
    (
        "no_x",
        "Eleven people were rescued from the flats.",
        "No one needed to be rescued from the flats, firefighters said.",
        C,
    ),
    (
        "no_x",
        "Nobody was hurt in the collision.",
        "Nobody was injured in the collision, police said.",
        S,
    ),
    (
        "no_x",
        "No complaints were received about the broadcast.",
        "The regulator received 120 complaints about a different programme.",
        N,
    ),
    ("no_x", "There were no goals in the first half.", "The first half ended goalless.", S),
    ("approx", "About 1,500 homes lost power.", "Some 1,480 homes were left without power.", S),
    (
        "approx",
        "More than 60% of members voted in favour.",
        "Only 41% of members voted in favour.",
        C,
    ),
    ("approx", "Nearly 500 people applied for the jobs.", "The company had 120 jobs on offer.", N),
    ("approx", "The repairs will cost under £2m.", "The repairs will cost an estimated £3.5m.", C),
    ("approx", "Roughly a third of pupils passed.", "Thirty-four percent of pupils passed.", S),
    ("unit", "The runway is 3 km long.", "The runway stretches 3,000 metres.", S),
    (
        "unit",
        "The storm brought gusts of 70 mph.",
        "Gusts of 70 km/h were recorded on the coast.",
        C,
    ),
    ("unit", "The parcel weighed 2 kg.", "The parcel weighed 2 lb.", C),
    ("unit", "The festival lasts three days.", "The festival site covers three hectares.", N),
    (
        "unit",
        "The heatwave lasted 9 days.",
        "Temperatures reached 35C on 9 days of the heatwave.",
        N,
    ),
    ("mixed", "Unemployment up to 5.2% in March", "Unemployment fell to 5.2% in March.", C),
    ("mixed", "Turnout down to 52%", "Turnout dropped to 52%, the lowest since 1997.", S),
    ("mixed", "The company cut 300 jobs in May.", "The company hired 300 people in May.", C),
    (
        "mixed",
        "The Senate confirmed the judge 51-49 on Tuesday.",
        "The judge was confirmed by 51 votes to 49 on Tuesday.",
        S,
    ),
    (
        "mixed",
        "The school, which has 800 pupils, will close in July.",
        "The school's 800 pupils will move to a new site in September.",
        N,
    ),
    (
        "mixed",
        "No one has been charged over the fire.",
        "Two men were charged on Monday with arson over the fire.",
        C,
    ),
    (
        "mixed",
        "Ticket prices rose 10% this year.",
        "Ticket prices rose 10% in 2019, the last time they changed.",
        N,
    ),
    (
        "date",
        "The mayor was elected in May 2022.",
        "The mayor, who took office in June 2022, faces re-election in 2026.",
        N,
    ),
    (
        "tally",
        "The Senate passed the bill 60-38.",
        "A year earlier, the Senate had rejected the bill 45-53.",
        N,
    ),
    (
        "direction",
        "Hospital waiting lists grew in January.",
        "Hospital waiting lists shrank in December for the first time in a year.",
        N,
    ),
    (
        "approx",
        "About 200 people lost their jobs.",
        "The factory, which employed around 1,000 people, closed in 2019.",
        N,
    ),
    (
        "no_x",
        "No flights were cancelled at Heathrow.",
        "More than 80 flights were cancelled at Gatwick.",
        N,
    ),
]


# A third batch: written after the second batch's fixes and before running it, short
# one-sentence pairs in the shape of issue 14's examples.
THIRD: list[tuple[str, str, str, str]] = [
    (
        "date",
        "The new terminal opens in October 2026.",
        "The new terminal will open in November 2026, the airport said.",
        C,
    ),
    ("date", "The trial starts on 4 February.", "The trial is due to start on February 4.", S),
    (
        "date",
        "The trial starts on 4 February.",
        "Lawyers for both sides met the judge on 20 January ahead of the trial.",
        N,
    ),
    (
        "date",
        "The canal reopened in spring 2023.",
        "The canal reopened in September 2023 after repairs.",
        C,
    ),
    (
        "tally",
        "The committee approved the plan 8-1.",
        "The committee voted eight to one in favour of the plan.",
        S,
    ),
    (
        "tally",
        "The committee approved the plan 8-1.",
        "The committee approved the plan by five votes to four.",
        C,
    ),
    ("tally", "Celtic won the cup final 3-0.", "Celtic beat Rangers 3-0 in the cup final.", S),
    (
        "tally",
        "Celtic won the cup final 3-0.",
        "Celtic have won the cup 42 times, most recently in 2023.",
        N,
    ),
    (
        "stance",
        "Councillor Amy Chen voted for the rent cap.",
        "Councillor Amy Chen voted against the rent cap.",
        C,
    ),
    (
        "stance",
        "Councillor Amy Chen voted for the rent cap.",
        "Amy Chen, who voted for the rent cap, said it would help tenants.",
        S,
    ),
    (
        "stance",
        "The senator opposes the pipeline.",
        "The senator has said she supports the pipeline.",
        C,
    ),
    (
        "stance",
        "The union did not endorse the candidate.",
        "The union endorsed the candidate at its conference.",
        C,
    ),
    ("direction", "Inflation slowed in May.", "Inflation picked up in May.", C),
    (
        "direction",
        "Traffic deaths fell last year.",
        "Traffic deaths rose last year for the first time in a decade.",
        C,
    ),
    (
        "direction",
        "The gap between rich and poor widened.",
        "The gap between rich and poor has narrowed, the report found.",
        C,
    ),
    (
        "direction",
        "Sales were higher in 2024 than in 2023.",
        "Sales in 2024 exceeded those of 2023.",
        S,
    ),
    ("no_x", "Four people were injured in the blast.", "Nobody was injured in the blast.", C),
    ("no_x", "No one was killed in the crash.", "The crash left no one dead.", S),
    ("no_x", "No one was killed in the crash.", "Three passengers were killed in the crash.", C),
    (
        "no_x",
        "There were no arrests after the match.",
        "Police said the match passed off peacefully.",
        N,
    ),
    ("approx", "Around 2,000 people marched.", "About 2,100 people took part in the march.", S),
    (
        "approx",
        "Over 10,000 people signed the petition.",
        "The petition has fewer than 8,000 signatures.",
        C,
    ),
    ("approx", "Nearly 40% of voters turned out.", "Turnout was 39.5%.", S),
    ("approx", "Some 150 jobs will go.", "About 600 jobs will go, the company said.", C),
    ("unit", "The bridge is 800 metres long.", "The bridge is 800 feet long.", C),
    ("unit", "The bridge is 800 metres long.", "The bridge is 0.8 km long.", S),
    (
        "unit",
        "The tower is 300 metres tall.",
        "The tower, which opened in 1889, receives 7 million visitors a year.",
        N,
    ),
    (
        "mixed",
        "The council voted 6-3 on 2 May to approve the budget.",
        "On 2 May the council approved the budget 6-3.",
        S,
    ),
    (
        "mixed",
        "No patients died during the outbreak in March.",
        "Two patients died during the outbreak in March.",
        C,
    ),
    ("mixed", "Profits fell about 20% in 2025.", "Profits dropped 19% in 2025.", S),
    ("mixed", "Profits fell about 20% in 2025.", "Profits rose 20% in 2024, the company said.", N),
]


# A fourth batch: written after the third batch's fixes and before running it, to estimate
# the error rate on fresh short pairs once more.
FOURTH: list[tuple[str, str, str, str]] = [
    (
        "date",
        "The summit takes place on 9 September.",
        "Leaders will meet at the summit on 16 September.",
        C,
    ),
    (
        "date",
        "The library closed in December 2019.",
        "The library shut its doors in December 2019 after 80 years.",
        S,
    ),
    (
        "date",
        "The library closed in December 2019.",
        "The library was founded in 1939 by a local mill owner.",
        N,
    ),
    (
        "tally",
        "Labour won the vote 310-290.",
        "MPs backed the Labour motion by 310 votes to 290.",
        S,
    ),
    (
        "tally",
        "The appeal court ruled 2-1 for the landlord.",
        "The appeal court ruled 3-0 for the landlord.",
        C,
    ),
    ("tally", "Spain won the final 2-0.", "Spain had lost 2-1 to Italy in the group stage.", N),
    (
        "stance",
        "The regulator rejected the price rise.",
        "The regulator approved the price rise on Monday.",
        C,
    ),
    ("stance", "Governor Ruiz vetoed the bill.", "Governor Ruiz refused to sign the bill.", S),
    (
        "stance",
        "Senator Ray Dunn voted against the treaty.",
        "Senator Ray Dunn spoke in favour of ratifying the treaty before voting for it.",
        C,
    ),
    (
        "direction",
        "Mortgage approvals rose in June.",
        "Mortgage approvals dropped in June, the bank said.",
        C,
    ),
    ("direction", "The river is lower than a week ago.", "The river has risen since last week.", C),
    (
        "direction",
        "Air pollution fell in the city centre.",
        "Air pollution rose on the ring road but fell in the city centre.",
        S,
    ),
    (
        "no_x",
        "Six people were arrested after the match.",
        "There were no arrests after the match, police said.",
        C,
    ),
    ("no_x", "No homes were damaged by the tremor.", "The tremor caused no damage to homes.", S),
    (
        "no_x",
        "No homes were damaged by the tremor.",
        "The tremor was felt as far away as the coast.",
        N,
    ),
    (
        "approx",
        "Roughly 750 people attended the meeting.",
        "Some 740 residents packed into the meeting.",
        S,
    ),
    (
        "approx",
        "Fewer than 50 people attended the meeting.",
        "More than 200 people attended the meeting.",
        C,
    ),
    (
        "approx",
        "About 30 staff work at the depot.",
        "The depot handles about 3,000 parcels a day.",
        N,
    ),
    ("unit", "The fish weighed 12 kg.", "The fish weighed 12 pounds.", C),
    ("unit", "The race is 42 km long.", "The race covers 26.2 miles.", S),
    (
        "mixed",
        "The referendum on 5 June passed 61-39.",
        "The referendum on 5 June failed, 39-61.",
        C,
    ),
    (
        "mixed",
        "Unemployment down to 3.9%",
        "The jobless rate fell to 3.9%, official figures showed.",
        S,
    ),
    (
        "mixed",
        "The new hospital, which cost £400m, opens in 2027.",
        "The new hospital will open in 2029 because of delays.",
        C,
    ),
    (
        "mixed",
        "Police made no arrests at the march on Saturday.",
        "Police made four arrests at a march in another city on Sunday.",
        N,
    ),
]

CASES: list[tuple[str, str, Stance]] = [
    (claim, passage, Stance(want)) for _, claim, passage, want in [*BLIND, *SECOND, *THIRD, *FOURTH]
]

LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The election will be held in November.",
        "Voters go to the polls in October, the electoral commission confirmed.",
    ): (
        "Related, not contradicts: 'go to the polls' is not read as the election being "
        "held, so 'in October' is taken for another occasion's date "
        "(occasions.other_occasion: neither the passage's verb nor its subject is the "
        "claim's)"
    ),
    (
        "The hospital will close its maternity ward in August.",
        "The maternity ward will stay open until the end of October, according to a "
        "hospital spokesperson.",
    ): (
        "Related, not contradicts: 'will stay open until the end of October' gives the "
        "closing date as the last day open, which is not read as a date of closing"
    ),
    (
        "The Supreme Court ruled 5-4 in favor of the state.",
        "In a 6-3 decision, the justices sided with the state.",
    ): (
        "Related, not contradicts: the tallies clash (5-4 against 6-3) but the passage "
        "holds too few of the claim's words ('justices sided with' for 'Supreme Court "
        "ruled in favor of') to reach CONTRADICT_MIN"
    ),
    (
        "The referendum passed 54-46.",
        "Fifty-four percent of voters backed the referendum.",
    ): (
        "Related, not supports: 'Fifty-four percent of voters' is the claim's 54-46 as a "
        "share; a tally and a share are not compared"
    ),
    (
        "The league banned the striker for six matches.",
        "The league cleared the striker of wrongdoing on Thursday.",
    ): "Related, not contradicts: 'cleared of wrongdoing' is not read as the opposite of 'banned'",
    (
        "None of the hostages was harmed.",
        "All 12 hostages were released unharmed.",
    ): (
        "Related, not supports: 'released unharmed' says none was harmed, but 'hostages' "
        "is the one content word shared, too few for supports"
    ),
    (
        "The hospital has 400 beds.",
        "The 400-bed hospital serves the whole county.",
    ): (
        "Related, not supports: '400-bed' is read as a bare 400, not a count of beds; "
        "reading a noun glued by a hyphen as what a figure counts changed cues in spliced"
        " CLIMATE-FEVER text ('-103-degree Fahrenheit') and was not taken"
    ),
    (
        "The city's population grew to 1.2 million.",
        "The city now has 1.2 million residents, census figures show.",
    ): (
        "Related, not supports: 'grew to 1.2 million' is a bare figure and '1.2 million "
        "residents' a count of residents; a bare figure is compared only with one after "
        "the same words"
    ),
    (
        "Eleven people were rescued from the flats.",
        "No one needed to be rescued from the flats, firefighters said.",
    ): (
        "[second] Related, not contradicts: 'No one needed to be rescued' denies the "
        "rescue under 'needed to', which is not read as a count of none"
    ),
    (
        "Unemployment up to 5.2% in March",
        "Unemployment fell to 5.2% in March.",
    ): (
        "[second] supports, not contradicts: a headline's 'up to 5.2%' means 'rose to "
        "5.2%' but is read as a bound (at most 5.2%), as 'gusts up to 80 mph' and "
        "'discounts up to 50%' must be"
    ),
    (
        "The company cut 300 jobs in May.",
        "The company hired 300 people in May.",
    ): (
        "[second] Related, not contradicts: 'cut 300 jobs' and 'hired 300 people' count "
        "other nouns, and 'cut' and 'hired' are no antonym pair"
    ),
    (
        "Ticket prices rose 10% this year.",
        "Ticket prices rose 10% in 2019, the last time they changed.",
    ): (
        "[second] supports, not Related: 'in 2019' is another year than 'this year', but "
        "'this year' gives no year to compare"
    ),
    (
        "No flights were cancelled at Heathrow.",
        "More than 80 flights were cancelled at Gatwick.",
    ): (
        "[second] contradicts, not Related: a count at another airport is read as the "
        "claim's place swapped (entity and number cues), as blindi's 'Rents fell in "
        "Bradford'"
    ),
    (
        "Sales were higher in 2024 than in 2023.",
        "Sales in 2024 exceeded those of 2023.",
    ): (
        "[third] Related, not supports: 'exceeded those of 2023' says 'higher than in "
        "2023' in other words, and the passage holds too few of the claim's words"
    ),
    (
        "Nearly 40% of voters turned out.",
        "Turnout was 39.5%.",
    ): (
        "[third] Related, not supports: 'turned out' and 'Turnout' are other stems and "
        "'of voters' names a population the passage does not, so 39.5% is not read as the"
        " claim's figure"
    ),
    (
        "Spain won the final 2-0.",
        "Spain had lost 2-1 to Italy in the group stage.",
    ): (
        "[fourth] contradicts, not Related: 'had lost 2-1 to Italy in the group stage' is"
        " another game than the final, but the stage, named after the score, is not read "
        "as another instance"
    ),
    (
        "The river is lower than a week ago.",
        "The river has risen since last week.",
    ): (
        "[fourth] Related, not contradicts: 'last week' is read as another instance of "
        "the claim's 'week' ('last' before a word of the claim: "
        "instances.instance_after), so 'has risen' is not read against 'lower'"
    ),
    (
        "Roughly 750 people attended the meeting.",
        "Some 740 residents packed into the meeting.",
    ): (
        "[fourth] Related, not supports: 'residents' and 'people' are other nouns, so 740"
        " is not read as the claim's 750"
    ),
}
