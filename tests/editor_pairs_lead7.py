"""The lead's probes of 7 December 2026 (seventh session): eight batches of editor pairs.

Written before they were run, in the shapes of the issue's four examples: batch 1 (40 pairs),
dates, votes for and against, tallies and score lines, deaths against "no deaths"; batch 2 (30
pairs), votes and other stance verbs; batch 3 (40 pairs), direction of change, "no X" against
a count, approximate amounts and units; batch 4 (40 pairs), dates and tallies in other shapes;
batch 5 (40 pairs), the same kinds in news-length sentences; batch 6 (40 pairs), claims with a
negation of their own, headlines and reported speech; batch 7 (20 pairs), units and
approximate amounts, short; batch 8 (20 pairs), on-topic passages that must not clash.
Each row is (claim, passage, expected stance); ``CASES`` is all eight, run by
tests/test_stance_editor_tables.py in process and through `factcheck match` with either
retrieval. The pairs still wrong are in ``LEFT_OUT`` with their reasons.

When first run, in process:
- batches 1 and 2: 2 of 40 and 12 of 30 wrong, 0 and 1 of them false clashes ("voted no on the
  budget" read as a negation). After the fixes ("voted yes" and "voted no" as the two sides of
  a vote, no negation; "abstained" against "voted against" and "in favour"; a claim's decision
  that acts on nothing named, "Maria Lopez abstained", meets the passage's whatever it acts
  on; "cleared" against "rejected"), 1 and 5 are (no false clash);
- batch 3: 4 wrong, 1 a false clash ("None of the patients died" against "All of the patients
  survived"). After the fixes ("was up on the last election" is a rise; an opposite under a
  claim's "none of" is the negation's to compare; "5,000 people signed" counts signatures;
  "needs 10,000 signatures" is no count), 2 are;
- batch 4: 8 wrong, 1 a false clash ("built in 1905" against "celebrated its centenary in
  2005"), and a ninth, a false clash too, once its passage ("The jury began deliberating on
  Monday", which shares no word with the claim and is never shown) was given a word of the
  claim's. After the fixes (a month of one year against a year "in" another clashes, "opens in
  March 2025" / "will open in 2026"; "Seven board members voted in favour and two against" is a
  tally), 7 are, 2 of them false clashes;
- batch 5: 10 wrong, 4 of them false clashes ("The library, which opened in September 1985"
  against "will close the library in September"; "Youth unemployment stood at 12.1%"; "has
  voted for every defence bill since 2015"; "Petrol prices fell to their lowest level"
  against "reached a record high", which supported it). After the fixes (an opposite in a
  relative clause dated to a year the claim does not give is background; "high" against
  "lowest"; then a part of the claim's measure, "Youth unemployment", is not the whole), 7
  are, 1 of them a false clash;
- batch 6: 9 wrong, 3 of them false clashes ("The council did not approve the budget"
  against "delayed a vote on the budget", and against any passage on the budget without a
  negation; "cancelled 40 flights" against "operates 400 flights a day"; "Not one MP voted
  against the bill" against "passed unanimously"). After the fixes (a claim's denied
  decision against a passage that reports none taken, or one to come or put off, is no
  clash; a count of flights cancelled is another fate than those operated; a possessive
  weekday, "Tuesday's schedule", is no date of the claim's event), 8 are, 1 of them a false
  clash ("delayed a vote" now supports lexically, where Related was written);
- batch 7: 1 wrong ("100 mph" against "160 km/h", a clash: a whole number's trailing zeros
  were not read as rounding); after the fix, none;
- batch 8: 5 wrong, all false clashes (a percentage of another measure dated alike: "The
  employment rate rose to 75.5% in June", "House prices fell 2% last year", "held interest
  rates at 5.25% in April"; "Diesel prices fell by 1p"; "The company's shares fell 3%" for
  "The company's profits doubled"). After the fixes (times and verbs of change name no
  measure; one owner's two things, "the company's shares" and "the company's profits"), 1.
  Two passages that shared no word with their claims, never shown by `match`, were given one
  ("The union behind the strike", "the court heard") before the table was first run
  through `match`.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

Case = tuple[str, str, Stance]

BATCH_1: list[Case] = [
    (
        "The new bridge will open in June 2026.",
        "The new bridge is expected to open in August 2026.",
        Stance.CONTRADICTS,
    ),
    (
        "The new bridge will open in June 2026.",
        "Officials said the bridge would open to traffic in June 2026.",
        Stance.SUPPORTS,
    ),
    (
        "The library reopened on 14 February.",
        "The library reopened its doors on February 14 after repairs.",
        Stance.SUPPORTS,
    ),
    (
        "The library reopened on 14 February.",
        "The library reopened on 21 February after repairs.",
        Stance.CONTRADICTS,
    ),
    (
        "The trial starts on Monday 3 March.",
        "The trial will begin on 10 March.",
        Stance.CONTRADICTS,
    ),
    (
        "The trial starts on Monday 3 March.",
        "Jury selection for the trial took place in February.",
        Stance.NEUTRAL,
    ),
    (
        "The plant closed in 2019.",
        "The plant shut down in 2021, the company said.",
        Stance.CONTRADICTS,
    ),
    (
        "The plant closed in 2019.",
        "The plant, which employed 400 people, closed in 2019.",
        Stance.SUPPORTS,
    ),
    (
        "Elections will be held in spring 2027.",
        "Elections are due in the autumn of 2027.",
        Stance.CONTRADICTS,
    ),
    (
        "The law took effect on 1 January 2024.",
        "The law came into force on January 1, 2024.",
        Stance.SUPPORTS,
    ),
    (
        "Senator Mark Cole voted for the bill.",
        "Senator Mark Cole voted against the bill on Thursday.",
        Stance.CONTRADICTS,
    ),
    (
        "Senator Mark Cole voted for the bill.",
        "Mark Cole, a Republican senator, supported the bill in Thursday's vote.",
        Stance.SUPPORTS,
    ),
    (
        "Councillor Ann Price opposed the plan.",
        "Councillor Ann Price backed the plan at the meeting.",
        Stance.CONTRADICTS,
    ),
    (
        "Councillor Ann Price opposed the plan.",
        "Ann Price spoke against the plan at the meeting and voted against it.",
        Stance.SUPPORTS,
    ),
    (
        "The union rejected the pay offer.",
        "The union accepted the pay offer after a ballot.",
        Stance.CONTRADICTS,
    ),
    (
        "The union rejected the pay offer.",
        "Union members voted to reject the offer.",
        Stance.SUPPORTS,
    ),
    (
        "Maria Lopez abstained in the vote.",
        "Maria Lopez voted in favour of the motion.",
        Stance.CONTRADICTS,
    ),
    ("The mayor vetoed the budget.", "The mayor signed the budget into law.", Stance.CONTRADICTS),
    (
        "The court ruled 5-4 in favour of the state.",
        "The justices sided with the state by a 6-3 majority.",
        Stance.CONTRADICTS,
    ),
    (
        "The court ruled 5-4 in favour of the state.",
        "In a 5-4 decision, the court sided with the state.",
        Stance.SUPPORTS,
    ),
    (
        "The motion passed 12 to 3.",
        "The motion was carried by twelve votes to three.",
        Stance.SUPPORTS,
    ),
    ("The motion passed 12 to 3.", "The motion passed by 10 votes to 5.", Stance.CONTRADICTS),
    ("City beat United 3-1.", "City won 2-1 against United.", Stance.CONTRADICTS),
    ("City beat United 3-1.", "United lost 3-1 to City on Saturday.", Stance.SUPPORTS),
    (
        "The bill passed the Senate 52-48.",
        "The Senate approved the bill by 51 votes to 49.",
        Stance.CONTRADICTS,
    ),
    (
        "The committee approved the plan unanimously.",
        "The committee approved the plan by 7 votes to 2.",
        Stance.CONTRADICTS,
    ),
    (
        "Three people died in the fire.",
        "No one was killed in the fire, officials said.",
        Stance.CONTRADICTS,
    ),
    (
        "Three people died in the fire.",
        "The fire killed three people, officials said.",
        Stance.SUPPORTS,
    ),
    (
        "No one was injured in the crash.",
        "Four passengers were taken to hospital with injuries after the crash.",
        Stance.CONTRADICTS,
    ),
    (
        "No one was injured in the crash.",
        "There were no injuries in the crash, police said.",
        Stance.SUPPORTS,
    ),
    (
        "Two workers were killed in the explosion.",
        "The explosion left no fatalities.",
        Stance.CONTRADICTS,
    ),
    ("There were no arrests.", "Police made five arrests.", Stance.CONTRADICTS),
    ("There were no arrests.", "Police said nobody had been arrested.", Stance.SUPPORTS),
    (
        "Five people were hurt in the storm.",
        "The storm caused damage but no injuries were reported.",
        Stance.CONTRADICTS,
    ),
    (
        "The earthquake killed 12 people.",
        "The earthquake killed at least 40 people.",
        Stance.CONTRADICTS,
    ),
    ("The earthquake killed 12 people.", "Twelve people died in the earthquake.", Stance.SUPPORTS),
    ("Two people died.", "No deaths were reported from the heatwave.", Stance.CONTRADICTS),
    ("Two people died in the heatwave.", "The heatwave is blamed for two deaths.", Stance.SUPPORTS),
    ("Nobody died in the flood.", "The flood claimed six lives.", Stance.CONTRADICTS),
    ("Nobody died in the flood.", "The flood damaged 300 homes.", Stance.NEUTRAL),
]

BATCH_2: list[Case] = [
    ("Maria Lopez abstained.", "Maria Lopez voted for the motion.", Stance.CONTRADICTS),
    ("Maria Lopez abstained.", "Maria Lopez voted against the motion.", Stance.CONTRADICTS),
    (
        "Maria Lopez abstained in the vote.",
        "Maria Lopez voted against the motion.",
        Stance.CONTRADICTS,
    ),
    ("Maria Lopez voted against the motion.", "Maria Lopez abstained.", Stance.CONTRADICTS),
    (
        "Maria Lopez voted for the motion.",
        "Maria Lopez abstained in the vote on the motion.",
        Stance.CONTRADICTS,
    ),
    ("Maria Lopez abstained.", "Maria Lopez did not vote.", Stance.SUPPORTS),
    (
        "Tom Reed voted against the budget.",
        "Tom Reed voted in favour of the budget.",
        Stance.CONTRADICTS,
    ),
    ("Tom Reed voted against the budget.", "Tom Reed voted yes on the budget.", Stance.CONTRADICTS),
    ("Tom Reed voted against the budget.", "Tom Reed voted no on the budget.", Stance.SUPPORTS),
    ("Tom Reed voted for the budget.", "Tom Reed voted no on the budget.", Stance.CONTRADICTS),
    ("Tom Reed voted for the budget.", "Tom Reed backed the budget.", Stance.SUPPORTS),
    ("Tom Reed voted for the budget.", "Tom Reed opposed the budget.", Stance.CONTRADICTS),
    ("Tom Reed supported the budget.", "Tom Reed voted against the budget.", Stance.CONTRADICTS),
    ("Tom Reed opposed the budget.", "Tom Reed voted for the budget.", Stance.CONTRADICTS),
    (
        "Tom Reed opposed the budget.",
        "Tom Reed was one of 40 members who voted for the budget.",
        Stance.CONTRADICTS,
    ),
    (
        "Tom Reed opposed the budget.",
        "Tom Reed was among the 12 members who voted against the budget.",
        Stance.SUPPORTS,
    ),
    (
        "The senator endorsed the candidate.",
        "The senator criticised the candidate.",
        Stance.CONTRADICTS,
    ),
    (
        "The senator endorsed the candidate.",
        "The senator withheld her endorsement of the candidate.",
        Stance.CONTRADICTS,
    ),
    ("The minister denied the report.", "The minister confirmed the report.", Stance.CONTRADICTS),
    (
        "The minister admitted the mistake.",
        "The minister denied making a mistake.",
        Stance.CONTRADICTS,
    ),
    ("The board approved the merger.", "The board blocked the merger.", Stance.CONTRADICTS),
    ("The board approved the merger.", "The board gave the merger its approval.", Stance.SUPPORTS),
    (
        "The regulator rejected the takeover.",
        "The regulator cleared the takeover.",
        Stance.CONTRADICTS,
    ),
    (
        "The regulator rejected the takeover.",
        "The regulator blocked the takeover.",
        Stance.SUPPORTS,
    ),
    ("Jane Hill voted for the bill.", "Jane Hill voted against the amendment.", Stance.NEUTRAL),
    (
        "Jane Hill voted for the bill.",
        "Jane Hill was absent for the vote on the bill.",
        Stance.CONTRADICTS,
    ),
    ("The governor signed the bill.", "The governor vetoed the bill.", Stance.CONTRADICTS),
    ("The governor signed the bill.", "The governor refused to sign the bill.", Stance.CONTRADICTS),
    ("The union accepted the deal.", "The union turned down the deal.", Stance.CONTRADICTS),
    ("The union accepted the deal.", "The union voted to accept the deal.", Stance.SUPPORTS),
]

BATCH_3: list[Case] = [
    (
        "House prices rose in May.",
        "House prices fell in May, the survey found.",
        Stance.CONTRADICTS,
    ),
    ("House prices rose in May.", "House prices climbed 1.2% in May.", Stance.SUPPORTS),
    (
        "Unemployment went down last quarter.",
        "Unemployment increased last quarter.",
        Stance.CONTRADICTS,
    ),
    (
        "The pound strengthened against the dollar.",
        "The pound weakened against the dollar on Friday.",
        Stance.CONTRADICTS,
    ),
    (
        "Crime is higher than a decade ago.",
        "Crime is lower than it was a decade ago.",
        Stance.CONTRADICTS,
    ),
    ("Crime is higher than a decade ago.", "Crime has risen since a decade ago.", Stance.SUPPORTS),
    (
        "The vote took place before the debate.",
        "The vote was held after the debate.",
        Stance.CONTRADICTS,
    ),
    (
        "Emissions grew faster than the economy.",
        "Emissions grew more slowly than the economy.",
        Stance.CONTRADICTS,
    ),
    (
        "Fewer students applied this year.",
        "More students applied this year than last.",
        Stance.CONTRADICTS,
    ),
    (
        "Fewer students applied this year.",
        "Applications from students dropped this year.",
        Stance.SUPPORTS,
    ),
    (
        "Turnout was down on the last election.",
        "Turnout was up on the last election.",
        Stance.CONTRADICTS,
    ),
    ("Sales of electric cars doubled.", "Sales of electric cars halved.", Stance.CONTRADICTS),
    (
        "No schools were closed.",
        "Twelve schools were closed because of the snow.",
        Stance.CONTRADICTS,
    ),
    ("No schools were closed.", "All schools stayed open despite the snow.", Stance.SUPPORTS),
    ("The company paid no tax.", "The company paid £2m in tax.", Stance.CONTRADICTS),
    ("The company paid no tax.", "The company paid no corporation tax last year.", Stance.SUPPORTS),
    ("There were no complaints.", "The council received 45 complaints.", Stance.CONTRADICTS),
    (
        "Not a single vote was cast against the motion.",
        "Three councillors voted against the motion.",
        Stance.CONTRADICTS,
    ),
    ("None of the patients died.", "Two of the patients died.", Stance.CONTRADICTS),
    ("None of the patients died.", "All of the patients survived.", Stance.SUPPORTS),
    ("Roughly 300 people attended.", "The event drew 312 people.", Stance.SUPPORTS),
    ("Roughly 300 people attended.", "The event drew 650 people.", Stance.CONTRADICTS),
    (
        "Over 5,000 people signed the petition.",
        "Under 4,000 people signed the petition.",
        Stance.CONTRADICTS,
    ),
    (
        "Over 5,000 people signed the petition.",
        "The petition has 5,420 signatures.",
        Stance.SUPPORTS,
    ),
    ("Nearly half of voters backed the plan.", "48% of voters backed the plan.", Stance.SUPPORTS),
    (
        "Nearly half of voters backed the plan.",
        "Only 20% of voters backed the plan.",
        Stance.CONTRADICTS,
    ),
    ("The project cost more than $1 million.", "The project cost $1.3 million.", Stance.SUPPORTS),
    ("The project cost more than $1 million.", "The project cost $600,000.", Stance.CONTRADICTS),
    ("About 2,000 jobs will go.", "Around 2,100 jobs will be cut.", Stance.SUPPORTS),
    ("Fewer than 100 homes were affected.", "Some 250 homes were affected.", Stance.CONTRADICTS),
    ("The race is 5 km long.", "The race is 5 miles long.", Stance.CONTRADICTS),
    ("The race is 5 km long.", "The 5,000-metre race starts at noon.", Stance.SUPPORTS),
    ("The baby weighed 3 kg.", "The baby weighed 3 lb.", Stance.CONTRADICTS),
    ("Temperatures reached 30C.", "Temperatures reached 86F.", Stance.SUPPORTS),
    ("Temperatures reached 30C.", "Temperatures reached 30F.", Stance.CONTRADICTS),
    ("The fine was $5m.", "The fine was £5m.", Stance.CONTRADICTS),
    ("The flight takes 10 hours.", "The flight takes 10 days.", Stance.CONTRADICTS),
    ("The wall is 3 metres high.", "The wall is about 10 feet high.", Stance.SUPPORTS),
    ("The tank holds 50 litres.", "The tank holds 50 gallons.", Stance.CONTRADICTS),
    ("Inflation rose by 2 points.", "Inflation rose by 2%.", Stance.CONTRADICTS),
]

BATCH_4: list[Case] = [
    (
        "The museum opens in March 2025.",
        "The museum will open its doors in April 2025.",
        Stance.CONTRADICTS,
    ),
    (
        "The museum opens in March 2025.",
        "The museum is set to open in spring 2025.",
        Stance.SUPPORTS,
    ),
    (
        "The museum opens in March 2025.",
        "The museum's opening has been pushed back to 2026.",
        Stance.CONTRADICTS,
    ),
    (
        "The museum opens in March 2025.",
        "Construction of the museum began in March 2021.",
        Stance.NEUTRAL,
    ),
    ("The strike will begin on 3 May.", "Workers will walk out from May 3.", Stance.SUPPORTS),
    (
        "The strike will begin on 3 May.",
        "The strike is due to start on 13 May.",
        Stance.CONTRADICTS,
    ),
    (
        "The verdict came on Tuesday.",
        "The jury returned its verdict on Wednesday.",
        Stance.CONTRADICTS,
    ),
    (
        "The verdict came on Tuesday.",
        "The jury began considering its verdict on Monday.",
        Stance.NEUTRAL,
    ),
    (
        "The report was published on 12 June 2023.",
        "The report, published in June 2023, found widespread failings.",
        Stance.SUPPORTS,
    ),
    (
        "The report was published on 12 June 2023.",
        "The report was released on 12 July 2023.",
        Stance.CONTRADICTS,
    ),
    ("The station closed in the 1960s.", "The station closed in 1964.", Stance.SUPPORTS),
    ("The station closed in the 1960s.", "The station closed in 1971.", Stance.CONTRADICTS),
    ("Polls close at 10pm.", "Polling stations close at 22:00.", Stance.SUPPORTS),
    ("Polls close at 10pm.", "Polls close at 9pm.", Stance.CONTRADICTS),
    (
        "The treaty was signed in 1992.",
        "The treaty, signed in 1991, came into force in 1993.",
        Stance.CONTRADICTS,
    ),
    (
        "The school was built in 1905.",
        "The school celebrated its centenary in 2005.",
        Stance.NEUTRAL,
    ),
    (
        "The jury voted 10-2 to convict.",
        "The jury convicted him by a majority of 11 to 1.",
        Stance.CONTRADICTS,
    ),
    (
        "The jury voted 10-2 to convict.",
        "The jury reached a 10-2 majority verdict.",
        Stance.SUPPORTS,
    ),
    ("The Lakers won 102-98.", "The Lakers beat the Celtics 102-98.", Stance.SUPPORTS),
    ("The Lakers won 102-98.", "The Lakers lost 98-102.", Stance.CONTRADICTS),
    ("The Lakers won 102-98.", "The Lakers won 110-98.", Stance.CONTRADICTS),
    (
        "The amendment failed 48-52.",
        "The amendment was defeated by 52 votes to 48.",
        Stance.SUPPORTS,
    ),
    ("The amendment failed 48-52.", "The amendment passed 52-48.", Stance.CONTRADICTS),
    ("Scotland drew 1-1 with Wales.", "Scotland and Wales played out a 1-1 draw.", Stance.SUPPORTS),
    ("Scotland drew 1-1 with Wales.", "Scotland beat Wales 2-1.", Stance.CONTRADICTS),
    ("Scotland drew 1-1 with Wales.", "Scotland drew 2-2 with Wales.", Stance.CONTRADICTS),
    (
        "The board voted 7-2 in favour.",
        "Seven board members voted in favour and two against.",
        Stance.SUPPORTS,
    ),
    (
        "The board voted 7-2 in favour.",
        "Six board members voted in favour and three against.",
        Stance.CONTRADICTS,
    ),
    ("The bill passed by 30 votes.", "The bill passed 215-185.", Stance.SUPPORTS),
    ("The bill passed by 30 votes.", "The bill passed 210-200.", Stance.CONTRADICTS),
    ("Federer won in straight sets.", "Federer won 6-4, 6-3, 6-2.", Stance.SUPPORTS),
    ("Federer won in straight sets.", "Federer won 6-4, 3-6, 6-2.", Stance.CONTRADICTS),
    (
        "The shareholders approved the deal by 95%.",
        "Shareholders approved the deal with 95% of votes cast.",
        Stance.SUPPORTS,
    ),
    (
        "The shareholders approved the deal by 95%.",
        "Shareholders approved the deal with 65% of votes cast.",
        Stance.CONTRADICTS,
    ),
    (
        "Labour won the seat by 500 votes.",
        "Labour held the seat with a majority of 512.",
        Stance.SUPPORTS,
    ),
    (
        "Labour won the seat by 500 votes.",
        "Labour held the seat with a majority of 5,000.",
        Stance.CONTRADICTS,
    ),
    ("The motion was carried 9-4.", "The motion was carried nine votes to four.", Stance.SUPPORTS),
    (
        "The motion was carried 9-4.",
        "The motion was carried eight votes to five.",
        Stance.CONTRADICTS,
    ),
    (
        "City won the league by two points.",
        "City finished two points clear at the top.",
        Stance.SUPPORTS,
    ),
    (
        "City won the league by two points.",
        "City finished five points clear at the top.",
        Stance.CONTRADICTS,
    ),
]

BATCH_5: list[Case] = [
    (
        "The council will close the library in September.",
        "Councillors confirmed on Tuesday that the library would shut its doors in "
        "November, two months later than planned.",
        Stance.CONTRADICTS,
    ),
    (
        "The council will close the library in September.",
        "The library will close in September after the council voted to cut its funding, "
        "officials said.",
        Stance.SUPPORTS,
    ),
    (
        "The council will close the library in September.",
        "The library, which opened in September 1985, has 12,000 members.",
        Stance.NEUTRAL,
    ),
    (
        "Unemployment fell to 4.2% in the three months to June.",
        "The jobless rate rose to 4.4% in the three months to June, official figures showed.",
        Stance.CONTRADICTS,
    ),
    (
        "Unemployment fell to 4.2% in the three months to June.",
        "Official figures showed the unemployment rate dropped to 4.2% in the quarter to June.",
        Stance.SUPPORTS,
    ),
    (
        "Unemployment fell to 4.2% in the three months to June.",
        "Youth unemployment stood at 12.1% in the same period.",
        Stance.NEUTRAL,
    ),
    (
        "The senator voted against the defence bill on Thursday.",
        "On Thursday the senator, a longtime critic of military spending, voted in favour"
        " of the defence bill.",
        Stance.CONTRADICTS,
    ),
    (
        "The senator voted against the defence bill on Thursday.",
        "The senator joined 11 colleagues in voting against the defence bill on Thursday.",
        Stance.SUPPORTS,
    ),
    (
        "The senator voted against the defence bill on Thursday.",
        "The senator has voted for every defence bill since 2015.",
        Stance.NEUTRAL,
    ),
    (
        "The jury found him guilty by a majority of 10 to 2.",
        "He was convicted by a unanimous jury after a two-week trial.",
        Stance.CONTRADICTS,
    ),
    (
        "The jury found him guilty by a majority of 10 to 2.",
        "After deliberating for nine hours, the jury convicted him by a 10-2 majority.",
        Stance.SUPPORTS,
    ),
    (
        "Around 50,000 people marched through the capital.",
        "Police said some 48,000 people took part in the march through the capital.",
        Stance.SUPPORTS,
    ),
    (
        "Around 50,000 people marched through the capital.",
        "Police put the number of marchers at 5,000, far fewer than organisers claimed.",
        Stance.CONTRADICTS,
    ),
    (
        "Around 50,000 people marched through the capital.",
        "Organisers had hoped for 100,000 marchers in the capital.",
        Stance.NEUTRAL,
    ),
    (
        "No one was hurt when the train derailed near Leeds.",
        "Three passengers were treated in hospital after the train derailed near Leeds.",
        Stance.CONTRADICTS,
    ),
    (
        "No one was hurt when the train derailed near Leeds.",
        "The train derailed near Leeds on Sunday morning; there were no injuries.",
        Stance.SUPPORTS,
    ),
    (
        "No one was hurt when the train derailed near Leeds.",
        "A similar derailment in 2019 injured four people.",
        Stance.NEUTRAL,
    ),
    (
        "The company's profits rose by 12% last year.",
        "The company reported a 12% fall in profits for last year.",
        Stance.CONTRADICTS,
    ),
    (
        "The company's profits rose by 12% last year.",
        "Last year the company's profits grew 12 per cent, to £3.4bn.",
        Stance.SUPPORTS,
    ),
    (
        "The company's profits rose by 12% last year.",
        "The company's revenue rose 8% last year, while profits were broadly flat.",
        Stance.CONTRADICTS,
    ),
    (
        "The storm brought more than 100mm of rain.",
        "The storm dumped 120mm of rain on the town in 24 hours.",
        Stance.SUPPORTS,
    ),
    (
        "The storm brought more than 100mm of rain.",
        "The storm brought about 40mm of rain, less than forecast.",
        Stance.CONTRADICTS,
    ),
    (
        "The storm brought more than 100mm of rain.",
        "The town's average rainfall for October is 90mm.",
        Stance.NEUTRAL,
    ),
    (
        "The new stadium holds 60,000 fans.",
        "The new stadium has a capacity of 60,000.",
        Stance.SUPPORTS,
    ),
    (
        "The new stadium holds 60,000 fans.",
        "The new stadium will hold 45,000 spectators.",
        Stance.CONTRADICTS,
    ),
    (
        "The bridge is 2 miles long.",
        "The 3.2 km bridge links the island to the mainland.",
        Stance.SUPPORTS,
    ),
    (
        "The bridge is 2 miles long.",
        "The 2 km bridge links the island to the mainland.",
        Stance.CONTRADICTS,
    ),
    (
        "Petrol prices reached a record high in July.",
        "Petrol prices hit an all-time high in July, the AA said.",
        Stance.SUPPORTS,
    ),
    (
        "Petrol prices reached a record high in July.",
        "Petrol prices fell to their lowest level in a year in July.",
        Stance.CONTRADICTS,
    ),
    (
        "The school has fewer than 300 pupils.",
        "The school, which has 280 pupils, faces closure.",
        Stance.SUPPORTS,
    ),
    (
        "The school has fewer than 300 pupils.",
        "The school, which has 450 pupils, faces closure.",
        Stance.CONTRADICTS,
    ),
    (
        "The minister resigned before the vote.",
        "The minister resigned after the vote, saying she could not support the bill.",
        Stance.CONTRADICTS,
    ),
    (
        "The minister resigned before the vote.",
        "Hours before the vote, the minister resigned.",
        Stance.SUPPORTS,
    ),
    (
        "Turnout rose compared with the last election.",
        "Turnout was lower than at the last election, at 59%.",
        Stance.CONTRADICTS,
    ),
    (
        "Turnout rose compared with the last election.",
        "Turnout was 64%, up from 59% at the last election.",
        Stance.SUPPORTS,
    ),
    (
        "The drug cut the risk of death by a third.",
        "The drug reduced deaths by about 33%, the trial found.",
        Stance.SUPPORTS,
    ),
    (
        "The drug cut the risk of death by a third.",
        "The drug cut the risk of death by 10%, the trial found.",
        Stance.CONTRADICTS,
    ),
    (
        "The deal is worth $2bn.",
        "The deal values the company at about $2 billion.",
        Stance.SUPPORTS,
    ),
    (
        "The deal is worth $2bn.",
        "The deal is worth £2bn, according to people familiar with it.",
        Stance.CONTRADICTS,
    ),
    (
        "The deal is worth $2bn.",
        "The company's shares rose 5% after the deal was announced.",
        Stance.NEUTRAL,
    ),
]

BATCH_6: list[Case] = [
    (
        "The council did not approve the budget.",
        "The council approved the budget on Monday.",
        Stance.CONTRADICTS,
    ),
    (
        "The council did not approve the budget.",
        "The council rejected the budget on Monday.",
        Stance.SUPPORTS,
    ),
    (
        "The council did not approve the budget.",
        "The council delayed a vote on the budget until March.",
        Stance.NEUTRAL,
    ),
    ("The minister has not resigned.", "The minister resigned on Friday.", Stance.CONTRADICTS),
    ("The minister has not resigned.", "The minister said she would not resign.", Stance.SUPPORTS),
    (
        "The vaccine is not approved for children.",
        "The vaccine was approved for children aged 5 to 11 in October.",
        Stance.CONTRADICTS,
    ),
    (
        "The vaccine is not approved for children.",
        "The vaccine has not yet been approved for use in children.",
        Stance.SUPPORTS,
    ),
    (
        "The company never paid a dividend.",
        "The company paid a dividend of 5p a share last year.",
        Stance.CONTRADICTS,
    ),
    (
        "The factory did not close.",
        "The factory closed in 2020 with the loss of 300 jobs.",
        Stance.CONTRADICTS,
    ),
    ("The factory did not close.", "The factory remains open.", Stance.SUPPORTS),
    ("Inflation down to 2.1% in May", "Inflation fell to 2.1% in May.", Stance.SUPPORTS),
    ("Inflation down to 2.1% in May", "Inflation rose to 2.1% in May.", Stance.CONTRADICTS),
    ("Inflation down to 2.1% in May", "Inflation fell to 2.4% in May.", Stance.CONTRADICTS),
    ("Jobless rate up to 5%", "The unemployment rate rose to 5%.", Stance.SUPPORTS),
    ("Jobless rate up to 5%", "The unemployment rate fell to 5%.", Stance.CONTRADICTS),
    (
        "House prices up 3% on last year",
        "House prices were 3% higher than a year earlier.",
        Stance.SUPPORTS,
    ),
    (
        "House prices up 3% on last year",
        "House prices were 3% lower than a year earlier.",
        Stance.CONTRADICTS,
    ),
    (
        "Record turnout in city election",
        "Turnout in the city election was the lowest on record.",
        Stance.CONTRADICTS,
    ),
    (
        "Three dead in motorway crash",
        "Three people died in a crash on the motorway.",
        Stance.SUPPORTS,
    ),
    (
        "Three dead in motorway crash",
        "Nobody was killed in the motorway crash.",
        Stance.CONTRADICTS,
    ),
    (
        "Three dead in motorway crash",
        "Two people died in a crash on the motorway.",
        Stance.CONTRADICTS,
    ),
    (
        "The mayor said crime had fallen.",
        "Crime rose last year, police figures show.",
        Stance.CONTRADICTS,
    ),
    (
        "The mayor said crime had fallen.",
        "Crime has fallen, the mayor told the council.",
        Stance.SUPPORTS,
    ),
    (
        "According to the report, 40% of rivers are polluted.",
        "The report found that 40 per cent of rivers are polluted.",
        Stance.SUPPORTS,
    ),
    (
        "According to the report, 40% of rivers are polluted.",
        "The report found that 14% of rivers are polluted.",
        Stance.CONTRADICTS,
    ),
    (
        "Police said two men were arrested.",
        "Police said no arrests had been made.",
        Stance.CONTRADICTS,
    ),
    (
        "Police said two men were arrested.",
        "Two men have been arrested, police said.",
        Stance.SUPPORTS,
    ),
    (
        "The firm said it would not cut jobs.",
        "The firm announced 200 job cuts.",
        Stance.CONTRADICTS,
    ),
    ("The firm said it would not cut jobs.", "The firm ruled out job cuts.", Stance.SUPPORTS),
    (
        "Ticket prices will not rise next year.",
        "Ticket prices will rise by 5% next year.",
        Stance.CONTRADICTS,
    ),
    (
        "Ticket prices will not rise next year.",
        "Ticket prices will be frozen next year.",
        Stance.SUPPORTS,
    ),
    (
        "The airline cancelled 40 flights.",
        "The airline said none of its flights had been cancelled.",
        Stance.CONTRADICTS,
    ),
    (
        "The airline cancelled 40 flights.",
        "The airline cancelled some 40 flights on Sunday.",
        Stance.SUPPORTS,
    ),
    (
        "The airline cancelled 40 flights.",
        "The airline operates 400 flights a day.",
        Stance.NEUTRAL,
    ),
    ("Not one MP voted against the bill.", "The bill passed unanimously.", Stance.SUPPORTS),
    (
        "Not one MP voted against the bill.",
        "The bill passed by 300 votes to 12.",
        Stance.CONTRADICTS,
    ),
    (
        "The hospital had no beds free.",
        "The hospital had 15 beds free on Tuesday.",
        Stance.CONTRADICTS,
    ),
    (
        "The hospital had no beds free.",
        "The hospital had no free beds on Tuesday.",
        Stance.SUPPORTS,
    ),
    ("Half of the trains ran late.", "About 50% of trains were late.", Stance.SUPPORTS),
    ("Half of the trains ran late.", "Only one train in ten ran late.", Stance.CONTRADICTS),
]

BATCH_7: list[Case] = [
    ("The ship is 300 metres long.", "The 984-foot ship docked on Monday.", Stance.SUPPORTS),
    ("The ship is 300 metres long.", "The 300-foot ship docked on Monday.", Stance.CONTRADICTS),
    ("The parcel weighed 2 kg.", "The parcel weighed 4.4 pounds.", Stance.SUPPORTS),
    ("The parcel weighed 2 kg.", "The parcel weighed 2 pounds.", Stance.CONTRADICTS),
    ("The car was doing 100 mph.", "The car was travelling at 160 km/h.", Stance.SUPPORTS),
    ("The car was doing 100 mph.", "The car was travelling at 100 km/h.", Stance.CONTRADICTS),
    (
        "The reservoir holds 5 million litres.",
        "The reservoir holds 5 million gallons.",
        Stance.CONTRADICTS,
    ),
    ("The flight lasted three hours.", "The flight lasted 180 minutes.", Stance.SUPPORTS),
    ("The flight lasted three hours.", "The flight lasted 90 minutes.", Stance.CONTRADICTS),
    ("The fee is $20.", "The fee is 20 euros.", Stance.CONTRADICTS),
    ("Almost 1,000 homes were flooded.", "Some 980 homes were flooded.", Stance.SUPPORTS),
    ("Almost 1,000 homes were flooded.", "More than 1,200 homes were flooded.", Stance.CONTRADICTS),
    ("Fewer than 50 people attended.", "Only 35 people attended.", Stance.SUPPORTS),
    ("Fewer than 50 people attended.", "About 120 people attended.", Stance.CONTRADICTS),
    ("At least 20 people were injured.", "Twenty-three people were injured.", Stance.SUPPORTS),
    ("At least 20 people were injured.", "Twelve people were injured.", Stance.CONTRADICTS),
    ("Roughly a quarter of staff left.", "About 26% of staff left.", Stance.SUPPORTS),
    ("Roughly a quarter of staff left.", "About 60% of staff left.", Stance.CONTRADICTS),
    ("The temperature fell to minus 5C.", "The temperature fell to 23F.", Stance.SUPPORTS),
    ("The temperature fell to minus 5C.", "The temperature fell to 5C.", Stance.CONTRADICTS),
]

BATCH_8: list[Case] = [
    (
        "The museum attracted 2 million visitors last year.",
        "The museum's new wing cost £40m and opened in 2019.",
        Stance.NEUTRAL,
    ),
    (
        "The council approved the housing plan in March.",
        "The council's planning committee meets on the first Tuesday of every month.",
        Stance.NEUTRAL,
    ),
    (
        "Unemployment fell to 4.1% in June.",
        "The employment rate rose to 75.5% in June.",
        Stance.NEUTRAL,
    ),
    ("The company cut 500 jobs.", "The company employs 12,000 people worldwide.", Stance.NEUTRAL),
    (
        "Three people were injured in the blaze.",
        "Firefighters took two hours to bring the blaze under control.",
        Stance.NEUTRAL,
    ),
    (
        "The senator voted for the bill.",
        "The senator's office received 300 calls about the bill.",
        Stance.NEUTRAL,
    ),
    (
        "City won 3-1 on Saturday.",
        "City's next match is against United on Wednesday.",
        Stance.NEUTRAL,
    ),
    (
        "Petrol prices rose by 2p a litre in May.",
        "Diesel prices fell by 1p a litre in May.",
        Stance.NEUTRAL,
    ),
    (
        "The strike lasted five days.",
        "The union behind the strike has 20,000 members.",
        Stance.NEUTRAL,
    ),
    (
        "The bridge reopened on 4 May.",
        "The bridge was built in 1932 and carries 30,000 vehicles a day.",
        Stance.NEUTRAL,
    ),
    (
        "The vaccine is 95% effective.",
        "Around 40,000 people took part in the vaccine trial.",
        Stance.NEUTRAL,
    ),
    ("The drug reduced deaths by 30%.", "The drug costs £2,000 per patient.", Stance.NEUTRAL),
    ("The minister resigned on Friday.", "The minister was appointed in 2021.", Stance.NEUTRAL),
    (
        "The school has 800 pupils.",
        "The school was rated good by inspectors in 2022.",
        Stance.NEUTRAL,
    ),
    ("Rents rose 8% last year.", "House prices fell 2% last year.", Stance.NEUTRAL),
    ("The river burst its banks on Tuesday.", "The river is 150 miles long.", Stance.NEUTRAL),
    ("The company's profits doubled.", "The company's shares fell 3% on Monday.", Stance.NEUTRAL),
    ("The festival drew 50,000 people.", "Tickets for the festival cost £150.", Stance.NEUTRAL),
    (
        "The court jailed him for six years.",
        "He was arrested in 2019 and charged in 2020, the court heard.",
        Stance.NEUTRAL,
    ),
    (
        "Inflation rose to 3.2% in April.",
        "The Bank of England held interest rates at 5.25% in April.",
        Stance.NEUTRAL,
    ),
]

CASES: list[Case] = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7 + BATCH_8

LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The court ruled 5-4 in favour of the state.",
        "The justices sided with the state by a 6-3 majority.",
    ): (
        "[batch 1] Related, not contradicts: the tallies clash, but 'the justices sided "
        "with' is 'the court ruled' in other words, so the passage holds too few of the "
        "claim's words for a clash (CONTRADICT_MIN)"
    ),
    ("Maria Lopez abstained.", "Maria Lopez did not vote."): (
        "[batch 2] Related, not supports: 'did not vote' is 'abstained' in other words, not read"
    ),
    (
        "The senator endorsed the candidate.",
        "The senator withheld her endorsement of the candidate.",
    ): (
        "[batch 2] supports, not contradicts: 'withheld her endorsement' is no negation "
        "the cues read"
    ),
    ("The regulator rejected the takeover.", "The regulator blocked the takeover."): (
        "[batch 2] Related, not supports: 'blocked' reports no decision (mostly 'the drug"
        " blocks replication', 'blocked the road'), so the claim's is missing"
    ),
    ("Jane Hill voted for the bill.", "Jane Hill was absent for the vote on the bill."): (
        "[batch 2] supports, not contradicts: 'absent for the vote' is not read as not voting"
    ),
    ("No schools were closed.", "All schools stayed open despite the snow."): (
        "[batch 3] Related, not supports: 'stayed open' is 'no schools were closed' turned "
        "round (an opposite under a negation); the two cancel out and nothing states it"
    ),
    ("None of the patients died.", "All of the patients survived."): (
        "[batch 3] Related, not supports: 'All survived' is 'none died' turned round, not read "
        "(it was a false clash: 'died' against 'survived')"
    ),
    ("The museum opens in March 2025.", "The museum's opening has been pushed back to 2026."): (
        "[batch 4] Related, not contradicts: 'to 2026' is read as the end of a range, so "
        "the year is not compared with the claim's month of 2025"
    ),
    ("The strike will begin on 3 May.", "Workers will walk out from May 3."): (
        "[batch 4] Related, not supports: the date agrees, but 'workers will walk out' is"
        " 'the strike will begin' in other words: too few of the claim's words"
    ),
    ("The school was built in 1905.", "The school celebrated its centenary in 2005."): (
        "[batch 4] contradicts, not Related: 2005 dates another event of the school "
        "('celebrated its centenary'), read as the claim's building dated otherwise (a "
        "false clash; only a day of the week is read as another event's, otherdays.py)"
    ),
    ("Federer won in straight sets.", "Federer won 6-4, 3-6, 6-2."): (
        "[batch 4] supports, not contradicts: 'in straight sets' is not read as a score line"
    ),
    ("Labour won the seat by 500 votes.", "Labour held the seat with a majority of 512."): (
        "[batch 4] Related, not supports: 'by 500 votes' and 'a majority of 512' are "
        "margins in other words, not compared"
    ),
    ("Labour won the seat by 500 votes.", "Labour held the seat with a majority of 5,000."): (
        "[batch 4] Related, not contradicts: the margins are not compared, as above"
    ),
    ("The verdict came on Tuesday.", "The jury began considering its verdict on Monday."): (
        "[batch 4] Related, not contradicts: 'began' (another phase, the start of the "
        "deliberation) is four words before the day, beyond the reach of the phase reader "
        "(instances.event_phase), so Monday is read as the verdict's day (a false clash; "
        "the passage was 'began deliberating on Monday' as written, which shares no word "
        "with the claim and is never shown)"
    ),
    (
        "The council will close the library in September.",
        "Councillors confirmed on Tuesday that the library would shut its doors in "
        "November, two months later than planned.",
    ): (
        "[batch 5] Related, not contradicts: the months are not compared: 'Councillors' "
        "is not the claim's 'council' and 'shut its doors' not 'close', so the passage's "
        "window of words shared with the claim does not reach 'in November'"
    ),
    (
        "Unemployment fell to 4.2% in the three months to June.",
        "Official figures showed the unemployment rate dropped to 4.2% in the quarter to June.",
    ): (
        "[batch 5] Related, not supports: 'the three months' is a length of time the "
        "passage does not give ('the quarter'), so the claim's figure is missing"
    ),
    (
        "The senator voted against the defence bill on Thursday.",
        "The senator has voted for every defence bill since 2015.",
    ): (
        "[batch 5] Related, not contradicts: 'every defence bill since 2015' is a habit "
        "over other bills, not read as another instance (a false clash)"
    ),
    (
        "The jury found him guilty by a majority of 10 to 2.",
        "He was convicted by a unanimous jury after a two-week trial.",
    ): (
        "[batch 5] contradicts, not Related: 'a unanimous jury' is not read as a tally "
        "(only 'unanimous' beside a word of a vote)"
    ),
    (
        "Around 50,000 people marched through the capital.",
        "Police put the number of marchers at 5,000, far fewer than organisers claimed.",
    ): (
        "[batch 5] contradicts, not Related: 'put the number of marchers at 5,000' counts"
        " marchers in other words; not compared with '50,000 people marched'"
    ),
    ("The new stadium holds 60,000 fans.", "The new stadium has a capacity of 60,000."): (
        "[batch 5] supports, not Related: 'a capacity of 60,000' is 'holds 60,000 fans' "
        "in other words; the bare figure is not compared"
    ),
    ("The new stadium holds 60,000 fans.", "The new stadium will hold 45,000 spectators."): (
        "[batch 5] contradicts, not Related: 'spectators' and 'fans' are other nouns, so "
        "the two counts are not compared"
    ),
    ("The factory did not close.", "The factory remains open."): (
        "[batch 6] Related, not supports: 'remains open' is 'did not close' turned round "
        "(an opposite under a negation): the two cancel out and nothing states it"
    ),
    ("Jobless rate up to 5%", "The unemployment rate fell to 5%."): (
        "[batch 6] contradicts, not supports: a headline's 'up to 5%' is read as a bound "
        "(at most 5%), as in running copy, not as a rise to 5%"
    ),
    ("House prices up 3% on last year", "House prices were 3% lower than a year earlier."): (
        "[batch 6] contradicts, not Related: a headline's 'up 3%' is a rise, but 'lower "
        "than' is a comparison, in another opposite group than a change"
    ),
    ("Record turnout in city election", "Turnout in the city election was the lowest on record."): (
        "[batch 6] contradicts, not supports: a headline's 'Record turnout' is not read "
        "as the highest"
    ),
    ("The mayor said crime had fallen.", "Crime rose last year, police figures show."): (
        "[batch 6] contradicts, not Related: the claim's 'had fallen' gives no time, and "
        "the passage's 'last year' is read as another time, so the change is not compared"
    ),
    ("Not one MP voted against the bill.", "The bill passed unanimously."): (
        "[batch 6] supports, not contradicts: 'Not one MP voted against' is a count of "
        "none against, read as a negation the passage lacks; 'unanimously' is not read "
        "against it"
    ),
    ("Half of the trains ran late.", "Only one train in ten ran late."): (
        "[batch 6] contradicts, not supports: 'one train in ten' (a noun inside the "
        "ratio) is not read as 10%"
    ),
    (
        "The council did not approve the budget.",
        "The council delayed a vote on the budget until March.",
    ): (
        "[batch 6] supports, not Related, in process and with word matching: a vote put off "
        "is read as the decision not taken, which states the claim's denial (semantic "
        "retrieval shows Related); defensible either way, kept as written"
    ),
    ("Petrol prices rose by 2p a litre in May.", "Diesel prices fell by 1p a litre in May."): (
        "[batch 8] Related, not contradicts: another kind of the claim's noun ('Diesel "
        "prices') is read for an opposite (subjects.py), not for a figure: 2p and 1p clash "
        "(a false clash)"
    ),
}
