"""Blind table "blindo": stance pairs written before running anything (8 December 2026).

Written as a newsroom editor would write them, before reading the earlier tables or the cue
code, from beats not tried before (aviation and rail, tourism, insurance, space missions, jobs,
crime figures, wildlife, box office, retail, shipping, union and shareholder votes, cycling,
cricket, rugby, motor racing, chess, esports) and in new shapes (dates as numbers, ordinal and
relative dates, ranges, fractions and multiples, per-capita rates, negative figures, unit
conversions, cricket and rugby scores, aggregate and penalty results).

Each case: (kind, claim, passage, expected stance). Kinds: date (month names and full dates),
tally (vote tallies), score (score lines), stance (for/against and other stance verbs),
direction (direction of change), none ("no X" vs a count of X), approx (approximate vs exact
amounts), unit (units). ``CASES`` drops the kind, for tests/test_stance_editor_tables.py; the
pairs still wrong are in ``LEFT_OUT`` with their reasons.

First batch (``BATCH1``, 159 pairs: 63 to clash, 50 to agree, 46 to stay Related), written
before anything was run (commit d5482ee). When first run, before any fix, 30 were wrong in
process, 31 through `match` lexically and 32 with semantic retrieval: dates 2 of 22, tallies
3 of 18, score lines 6 of 20, stance verbs 4 of 19, direction of change 7 of 21, "no X" 3 of
19, approximate amounts 1 of 19, units 4 of 21 (in process; through `match` one and two more
units: "120 kg" / "265 lb" and "100F" / "38C" agreed but Related, the converted unit's word
counted as missing). 12 of them were false clashes (a passage that must be Related or
supporting shown as contradicting), the same with either retrieval.

The fixes that followed: a measure agreed in another unit held, unit and all (``figures``),
"the third monthly decline in a row" (``ranks``), "inaugural" no phase (``phases``), cricket
totals "245 for 6" (``scorewords``), "upheld" against "rejected" and an appeal against its
ruling (``appeals``), a side reported by a judgement or a declared vote (``topic``), "higher"
against "below" and "a profit" against "a loss" (``antonyms``), "three times what they were"
(``ratios``); then, for the false clashes, a game numbered otherwise (``outcomes``), a score
of another stage (``stages``), a figure to come against one "last March" (``tenses``), places
at two moments of a race (``placings``), a passive's doer after "by" (``byagent``), a part of
a total and a rate per so many (``wholes``), a place gone to (``elsewhere``), a neighbouring
reserve (``instances``), a report for another month (``reportfor``). After them 14 of the
159 were wrong, 2 of them false clashes, in process and through `match` lexically (13 with
semantic retrieval).

A second batch (``BATCH2``, 42 short pairs in the issue's shape: 15 to agree, 17 to clash,
10 Related) was written after those fixes and committed before it was run (9add66c): 4 were
wrong, the same in process and through `match` with either retrieval (tallies 1, direction
1, units 2), 3 of them false clashes ("voted 9-4 last year to open a new library" for
"voted 9-4 to close the library", "Imports fell in March" for "Exports rose in March", "The
trail climbs 800 metres" for "The trail is 12 km long"). After "a new X" acted on as another
X (``instances``), opposite nouns each the subject of a change (``changesubjects``) and a
height climbed (``extents``), 1 of the 42 is wrong, none a false clash. A margin of runs
against a batter's runs (``tallies``) and a glacier's retreat against its width
(``extents``) then put two more of the first batch right. In all, 13 of 201 are left
(``LEFT_OUT``), 2 of them false clashes; with semantic retrieval one more is right through
`match` (the Nairobi flight). Probing short on-topic pairs after that found two more false
clashes, now rules with focused tests: a result between other sides (``outcomes``) and a
figure of another subject by the same verb (``subjectof``).
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

BATCH1: list[tuple[str, str, str, str]] = [
    # (1) month names and full dates
    (
        "date",
        "The new rail link between Leeds and Bradford will open on 14 March 2027.",
        "Network officials confirmed the Leeds-Bradford rail link opens on 14 April 2027.",
        "contradicts",
    ),
    (
        "date",
        "The airline's first flight to Nairobi departs on the 3rd of May.",
        "The carrier's inaugural Nairobi service takes off on May 3.",
        "supports",
    ),
    (
        "date",
        "The museum reopened to visitors on 2025-06-12.",
        "The museum reopened to visitors on 12 June 2025 after a two-year refurbishment.",
        "supports",
    ),
    (
        "date",
        "The Artemis lander is scheduled to launch in September 2026.",
        "NASA said the lander will launch in November 2026 at the earliest.",
        "contradicts",
    ),
    (
        "date",
        "The zoo's panda cub was born on 21 August.",
        "Keepers said the cub, the zoo's first, was weighed on 4 September and is gaining weight.",
        "neutral",
    ),
    (
        "date",
        "The strike by train drivers will take place on Friday 6 December.",
        "Train drivers will strike on 6 December, the union said.",
        "supports",
    ),
    (
        "date",
        "The insurer's new policy terms take effect on 1 January 2026.",
        "The new policy terms take effect from 1 July 2026, the insurer told customers.",
        "contradicts",
    ),
    (
        "date",
        "The cargo ship ran aground in the Suez Canal in March 2021.",
        (
            "The container ship ran aground in the canal on 23 March 2021, blocking traffic for "
            "six days."
        ),
        "supports",
    ),
    (
        "date",
        "The exhibition closes on 30 November.",
        "Tickets for the exhibition went on sale on 1 October.",
        "neutral",
    ),
    (
        "date",
        "The Tour de France will start in Barcelona on 4 July 2026.",
        "The 2026 Tour de France starts in Barcelona on 4 July.",
        "supports",
    ),
    (
        "date",
        "The chess championship match begins on 20 November in Singapore.",
        "The championship match in Singapore begins on 25 November.",
        "contradicts",
    ),
    (
        "date",
        "The rover landed on Mars in February 2021.",
        "The rover, which landed on Mars in February 2021, has since collected 24 rock samples.",
        "supports",
    ),
    (
        "date",
        "The unemployment figures for October will be published on 12 December.",
        "The unemployment figures for September were published on 14 November.",
        "neutral",
    ),
    (
        "date",
        "The new terminal at Gatwick opened on 2024-11-05.",
        "The new terminal at Gatwick opened on 2024-11-15.",
        "contradicts",
    ),
    (
        "date",
        "The Grand Prix was postponed from April to June.",
        "Organisers moved the Grand Prix from April to June because of flooding.",
        "supports",
    ),
    (
        "date",
        "The ferry service resumed last Tuesday.",
        "The ferry service resumed on Tuesday after a week of storms.",
        "supports",
    ),
    (
        "date",
        "The band's tour starts on the 2nd of June.",
        "The band's tour starts on the 12th of June.",
        "contradicts",
    ),
    (
        "date",
        "The launch was delayed from June to August.",
        "The launch was delayed from June to September.",
        "contradicts",
    ),
    (
        "date",
        "The rail line closed in March 2020.",
        "Passenger numbers on the line peaked in March 2019.",
        "neutral",
    ),
    # (2) vote tallies
    (
        "tally",
        "Shareholders approved the pay package by 62% to 38%.",
        "The pay package was approved with 62 per cent of shareholders in favour.",
        "supports",
    ),
    (
        "tally",
        "RMT members voted 4,210 to 1,320 to accept the offer.",
        "Members accepted the offer by 4,210 votes to 1,320.",
        "supports",
    ),
    (
        "tally",
        "The rail union's members voted 71% in favour of strike action.",
        "Union members voted 58% in favour of strike action.",
        "contradicts",
    ),
    (
        "tally",
        "The board voted 5-4 to sell the airline's cargo unit.",
        "The board voted 7-2 to sell the cargo unit.",
        "contradicts",
    ),
    (
        "tally",
        "The parish council voted 8-1 to ban fireworks at the nature reserve.",
        "The council voted 8 to 1 to ban fireworks at the reserve.",
        "supports",
    ),
    (
        "tally",
        "The players' union voted unanimously to accept the new contract.",
        "The players' union voted 212-14 to accept the new contract.",
        "contradicts",
    ),
    (
        "tally",
        "The pilots' union vote on the deal was 3,100 to 900.",
        "Turnout in the pilots' union ballot on the deal was 81%.",
        "neutral",
    ),
    (
        "tally",
        "The museum's trustees voted 6-5 to return the bronzes.",
        "The trustees, who number 11, met in private on Tuesday to discuss the bronzes.",
        "neutral",
    ),
    (
        "tally",
        "Investors rejected the chairman's re-election by 55% to 45%.",
        "The chairman was re-elected with 55% of the vote.",
        "contradicts",
    ),
    (
        "tally",
        "The county council voted 30 to 12 to approve the quarry.",
        "Councillors approved the quarry by 30 votes to 12, with two abstentions.",
        "supports",
    ),
    ("tally", "The ballot passed 12-3.", "The ballot passed 13-2.", "contradicts"),
    (
        "tally",
        "The Senate committee voted 11-10 to advance the aviation safety bill.",
        "The full Senate later passed the aviation safety bill 64-35.",
        "neutral",
    ),
    (
        "tally",
        "Two-thirds of the union's members backed the deal.",
        "67% of members voted for the deal.",
        "supports",
    ),
    (
        "tally",
        "Shareholders voted 40% against the remuneration report.",
        "Some 40% of shareholders opposed the remuneration report.",
        "supports",
    ),
    (
        "tally",
        "The union's executive voted 14-2 to call off the strike.",
        "The union's executive voted 9-7 to call off the strike.",
        "contradicts",
    ),
    (
        "tally",
        "The city council approved the bike-lane plan 7-2.",
        "The bike-lane plan, which cost £2.7m, was approved by the council on Monday.",
        "neutral",
    ),
    # (3) score lines
    (
        "score",
        "England made 245 for 6 in their 50 overs.",
        "England finished on 245-6 from their 50 overs.",
        "supports",
    ),
    ("score", "Australia won by five wickets.", "Australia won by five runs.", "contradicts"),
    (
        "score",
        "Australia won by 5 wickets.",
        "Australia won by seven wickets with 12 balls to spare.",
        "contradicts",
    ),
    (
        "score",
        "Leinster beat Munster 24-17.",
        "Leinster beat Munster 27-17 at the Aviva Stadium.",
        "contradicts",
    ),
    ("score", "Leinster beat Munster 24-17.", "Munster lost 24-17 to Leinster.", "supports"),
    (
        "score",
        "Celtic went through 3-3 on aggregate, winning 4-2 on penalties.",
        "The tie finished 3-3 on aggregate and Celtic won the shootout 4-2.",
        "supports",
    ),
    (
        "score",
        "Celtic won 4-2 on penalties.",
        "Celtic won 5-4 on penalties after a 1-1 draw.",
        "contradicts",
    ),
    (
        "score",
        "The Saints won the first leg 2-0.",
        "The Saints lost the second leg 3-1 but went through 3-3 on aggregate.",
        "neutral",
    ),
    (
        "score",
        "Team Liquid beat Fnatic 3-1 in the final.",
        "Fnatic beat Team Liquid 3-1 in the final.",
        "contradicts",
    ),
    (
        "score",
        "Team Liquid beat Fnatic 3-1 in the final.",
        "Team Liquid beat Fnatic 2-0 in the group stage before the final.",
        "neutral",
    ),
    (
        "score",
        "Carlsen beat Nepomniachtchi 7.5-3.5 in the match.",
        "Carlsen won the match 7½–3½.",
        "supports",
    ),
    (
        "score",
        "The All Blacks beat France 38-12 in Paris.",
        "The All Blacks won 38-12 in Paris, scoring six tries.",
        "supports",
    ),
    ("score", "India were bowled out for 180.", "India were bowled out for 118.", "contradicts"),
    (
        "score",
        "India were bowled out for 180 in the first innings.",
        "India made 312 for 4 in their second innings.",
        "neutral",
    ),
    ("score", "Wales drew 20-20 with Scotland.", "Wales beat Scotland 23-20.", "contradicts"),
    (
        "score",
        "Verstappen won the race by 4.2 seconds.",
        "Verstappen crossed the line 4.2s ahead of Norris.",
        "supports",
    ),
    (
        "score",
        "Pogacar won the stage by 38 seconds.",
        "Pogacar won the stage by 1 minute 38 seconds.",
        "contradicts",
    ),
    # (4) for/against and other stance verbs
    (
        "stance",
        "Councillor Mei Tan backed the plan to close the branch line.",
        "Councillor Mei Tan opposed the plan to close the branch line.",
        "contradicts",
    ),
    (
        "stance",
        "The pilots' union supports the new rest rules.",
        "The pilots' union has come out against the new rest rules.",
        "contradicts",
    ),
    (
        "stance",
        "The shareholder group Vela opposed the merger.",
        "Vela, which owns 4% of the shares, said it would vote against the merger.",
        "supports",
    ),
    (
        "stance",
        "The chess federation endorsed Kasparov's candidacy.",
        "The chess federation rejected Kasparov's candidacy.",
        "contradicts",
    ),
    (
        "stance",
        "The Tourism Minister welcomed the cruise ship levy.",
        "The Tourism Minister criticised the cruise ship levy as a tax on jobs.",
        "contradicts",
    ),
    (
        "stance",
        "The WWF supports the ban on trophy hunting.",
        "The WWF welcomed the ban on trophy hunting.",
        "supports",
    ),
    (
        "stance",
        "The regulator approved the insurer's takeover bid.",
        "The regulator blocked the insurer's takeover bid.",
        "contradicts",
    ),
    (
        "stance",
        "The regulator approved the insurer's takeover bid.",
        "The regulator cleared the takeover bid by the insurer on Thursday.",
        "supports",
    ),
    (
        "stance",
        "MEP Anna Kovac voted in favour of the shipping emissions law.",
        "MEP Anna Kovac spoke in the debate on the shipping emissions law.",
        "neutral",
    ),
    (
        "stance",
        "The retailers' association opposed the Sunday trading change.",
        (
            "The retailers' association, which represents 4,000 shops, met ministers about the "
            "Sunday trading change."
        ),
        "neutral",
    ),
    (
        "stance",
        "The FIA rejected Ferrari's appeal.",
        "The FIA upheld Ferrari's appeal.",
        "contradicts",
    ),
    (
        "stance",
        "The FIA rejected Ferrari's appeal.",
        "Ferrari's appeal was dismissed by the FIA.",
        "supports",
    ),
    ("stance", "Jo Park voted yes.", "Jo Park voted no.", "contradicts"),
    (
        "stance",
        "The museum's board accepted the donation.",
        "The museum's board turned down the donation.",
        "contradicts",
    ),
    (
        "stance",
        "The ECB supports the two-division plan.",
        "The ECB is considering the two-division plan.",
        "neutral",
    ),
    (
        "stance",
        "Two directors voted against the dividend.",
        "Two directors abstained on the dividend.",
        "contradicts",
    ),
    (
        "stance",
        "The Green group voted against the budget.",
        "The Green group proposed three amendments to the budget.",
        "neutral",
    ),
    # (5) direction of change
    (
        "direction",
        "Unemployment rose to 4.3% in the third quarter.",
        "Unemployment fell to 4.3% in the third quarter.",
        "contradicts",
    ),
    (
        "direction",
        "Passenger numbers at Heathrow increased last year.",
        "Heathrow handled more passengers last year than the year before.",
        "supports",
    ),
    (
        "direction",
        "Shoplifting offences fell by 12% in the year to June.",
        "Shoplifting offences rose 12% in the year to June, police figures show.",
        "contradicts",
    ),
    (
        "direction",
        "Box office takings were higher than in 2019.",
        "Box office takings remained below 2019 levels.",
        "contradicts",
    ),
    (
        "direction",
        "The pound weakened against the dollar.",
        "The pound strengthened against the dollar.",
        "contradicts",
    ),
    (
        "direction",
        "Tiger numbers in India have doubled since 2010.",
        "India's tiger population has fallen by half since 2010.",
        "contradicts",
    ),
    (
        "direction",
        "Tiger numbers in India have doubled since 2010.",
        "India's tiger population grew from 1,706 in 2010 to 3,682 in 2022.",
        "supports",
    ),
    (
        "direction",
        "Retail sales fell for a third month in a row in October.",
        "Retail sales fell in October, the third monthly decline in a row.",
        "supports",
    ),
    (
        "direction",
        "The hotel opened before the airport did.",
        "The hotel opened after the airport did.",
        "contradicts",
    ),
    (
        "direction",
        "Car thefts were down 8% on last year.",
        "Car thefts were down 8% on last year, while burglaries rose 3%.",
        "supports",
    ),
    (
        "direction",
        "Burglaries rose 3% last year.",
        "Car thefts were down 8% last year, the police said.",
        "neutral",
    ),
    (
        "direction",
        "Cruise bookings were up on last summer.",
        "Cruise bookings were lower than last summer.",
        "contradicts",
    ),
    (
        "direction",
        "The new engine is less fuel-efficient than the old one.",
        "The new engine is more fuel-efficient than the old one.",
        "contradicts",
    ),
    (
        "direction",
        "Container freight rates have tripled since January.",
        "Container freight rates are three times what they were in January.",
        "supports",
    ),
    (
        "direction",
        "Exports to China grew faster than imports.",
        "Imports from China grew faster than exports.",
        "contradicts",
    ),
    (
        "direction",
        "The rail operator's punctuality improved in the spring.",
        "The rail operator's punctuality worsened in the spring.",
        "contradicts",
    ),
    (
        "direction",
        "Car insurance premiums rose more slowly than inflation.",
        "Car insurance premiums rose 9%, while inflation was 4%.",
        "contradicts",
    ),
    (
        "direction",
        "Airfares to Spain rose 15% this summer.",
        "Airfares to Italy fell 5% this summer.",
        "neutral",
    ),
    (
        "direction",
        "Visitor numbers to the park rose after the new trail opened.",
        "The new trail opened in May and is 12 km long.",
        "neutral",
    ),
    (
        "direction",
        "Unemployment in Wales is higher than in Scotland.",
        "Unemployment in Wales is 4.1%, the ONS said.",
        "neutral",
    ),
    # (6) "no X" vs a count of X
    (
        "none",
        "No injuries were reported after the train derailed.",
        "Three passengers were injured when the train derailed.",
        "contradicts",
    ),
    (
        "none",
        "Four climbers died on the mountain this season.",
        "There were no deaths on the mountain this season.",
        "contradicts",
    ),
    (
        "none",
        "No flights were cancelled because of the strike.",
        "The airline cancelled 120 flights because of the strike.",
        "contradicts",
    ),
    (
        "none",
        "No arrests were made after the match.",
        "Police made no arrests after the match.",
        "supports",
    ),
    (
        "none",
        "Two arrests were made after the match.",
        "Police said the match passed without a single arrest.",
        "contradicts",
    ),
    (
        "none",
        "No rhinos were poached in the park last year.",
        "Not one rhino was poached in the park last year, rangers said.",
        "supports",
    ),
    (
        "none",
        "No rhinos were poached in the park last year.",
        "Eleven rhinos were poached in the neighbouring reserve last year.",
        "neutral",
    ),
    (
        "none",
        "Nobody was hurt in the fire at the warehouse.",
        "Two firefighters were treated for smoke inhalation after the warehouse fire.",
        "contradicts",
    ),
    (
        "none",
        "The ship's crew of 22 were all rescued.",
        "None of the ship's 22 crew were lost.",
        "supports",
    ),
    (
        "none",
        "There were no casualties when the plane made an emergency landing.",
        "The plane made an emergency landing; there were 142 passengers on board.",
        "neutral",
    ),
    (
        "none",
        "No goals were scored in the first half.",
        "The first half ended goalless.",
        "supports",
    ),
    (
        "none",
        "No jobs will be lost in the merger.",
        "The merger will cost 350 jobs, the unions say.",
        "contradicts",
    ),
    (
        "none",
        "The merger will not lead to any store closures.",
        "The combined group plans to close 40 stores.",
        "contradicts",
    ),
    (
        "none",
        "No new cases of bird flu were found at the farm.",
        "The farm was one of 12 in the county tested for bird flu.",
        "neutral",
    ),
    (
        "none",
        "Zero fatalities were recorded on the railway in 2023.",
        "One fatality was recorded on the railway in 2023.",
        "contradicts",
    ),
    (
        "none",
        "No complaints were made about the fireworks display.",
        "The council received no complaints about the display.",
        "supports",
    ),
    (
        "none",
        "Three people were arrested after the protest at the airport.",
        "The protest at the airport lasted three hours.",
        "neutral",
    ),
    # (7) approximate vs exact amounts
    (
        "approx",
        "Roughly 40,000 fans attended the final.",
        "The official attendance at the final was 41,212.",
        "supports",
    ),
    (
        "approx",
        "More than 5,000 jobs were lost in the sector.",
        "Fewer than 3,000 jobs were lost in the sector.",
        "contradicts",
    ),
    (
        "approx",
        "Nearly 2 million tourists visited the island last year.",
        "The island welcomed 1.96 million tourists last year.",
        "supports",
    ),
    (
        "approx",
        "Nearly 2 million tourists visited the island last year.",
        "The island welcomed 2.4 million tourists last year.",
        "contradicts",
    ),
    (
        "approx",
        "About a third of the cargo was damaged.",
        "Some 34% of the cargo was damaged.",
        "supports",
    ),
    (
        "approx",
        "Between 200 and 300 pilots are expected to retire this year.",
        "About 250 pilots will retire this year.",
        "supports",
    ),
    (
        "approx",
        "Between 200 and 300 pilots are expected to retire this year.",
        "The airline expects 450 pilots to retire this year.",
        "contradicts",
    ),
    (
        "approx",
        "Up to 80 flights a day will be cut.",
        "The airline will cut as many as 80 flights a day.",
        "supports",
    ),
    (
        "approx",
        "Almost half of the hotel's rooms were empty in January.",
        "Only 20% of the hotel's rooms were empty in January.",
        "contradicts",
    ),
    (
        "approx",
        "The film took more than $100m in its opening weekend.",
        "The film took $112.4m in its opening weekend.",
        "supports",
    ),
    (
        "approx",
        "The film took more than $100m in its opening weekend.",
        "The film took $86m in its opening weekend.",
        "contradicts",
    ),
    (
        "approx",
        "The film took more than $100m in its opening weekend.",
        "The studio spent $150m on making the film.",
        "neutral",
    ),
    (
        "approx",
        "Around 1,200 seabirds were found dead on the coast.",
        "Volunteers counted 1,174 dead seabirds along the coast.",
        "supports",
    ),
    (
        "approx",
        "Crime in the city fell by around 10%.",
        "Recorded crime in the city fell by 9.6%.",
        "supports",
    ),
    (
        "approx",
        "The rocket carries at least 20 satellites.",
        "The rocket carries 12 satellites.",
        "contradicts",
    ),
    (
        "approx",
        "Retail sales in December were worth about £45bn.",
        "Online sales accounted for £12bn of December's retail total.",
        "neutral",
    ),
    (
        "approx",
        "About 300 volunteers joined the beach clean.",
        "The beach clean covered 3 km of coastline and collected 1.2 tonnes of rubbish.",
        "neutral",
    ),
    # (8) units
    (
        "unit",
        "The cyclists rode 5 miles along the canal.",
        "The cyclists rode 8 km along the canal.",
        "supports",
    ),
    ("unit", "The marathon route is 26.2 miles.", "The route is 42.2 kilometres long.", "supports"),
    ("unit", "The bridge is 2 miles long.", "The bridge is 2 km long.", "contradicts"),
    ("unit", "Temperatures reached 100F in Phoenix.", "Phoenix hit 38C on Tuesday.", "supports"),
    (
        "unit",
        "The temperature dropped to -5C overnight.",
        "The temperature dropped to 5C overnight.",
        "contradicts",
    ),
    (
        "unit",
        "The airline lost $3m in the quarter.",
        "The airline made a profit of $3m in the quarter.",
        "contradicts",
    ),
    (
        "unit",
        "The baby elephant weighed 120 kg at birth.",
        "The calf weighed 265 lb when she was born.",
        "supports",
    ),
    (
        "unit",
        "The baby elephant weighed 120 kg at birth.",
        "The baby elephant weighed 120 lb at birth.",
        "contradicts",
    ),
    (
        "unit",
        "The ship carries 20,000 containers.",
        "The ship is 400 metres long and carries 20,000 containers.",
        "supports",
    ),
    (
        "unit",
        "The ship is 400 metres long.",
        "The ship carries 400 containers on its deck.",
        "neutral",
    ),
    (
        "unit",
        "The train reached 320 km/h on the test run.",
        "The train reached 200 mph during the test run.",
        "supports",
    ),
    (
        "unit",
        "The train reached 320 km/h on the test run.",
        "The train reached 320 mph on the test run.",
        "contradicts",
    ),
    (
        "unit",
        "The satellite orbits at 550 km.",
        "The satellite orbits at an altitude of 550 miles.",
        "contradicts",
    ),
    (
        "unit",
        "The storm dumped 30 cm of snow on the pass.",
        "About a foot of snow fell on the pass during the storm.",
        "supports",
    ),
    (
        "unit",
        "Unemployment rose by 0.3 percentage points.",
        "Unemployment rose by 0.3%.",
        "contradicts",
    ),
    (
        "unit",
        "The crime rate is 45 offences per 1,000 people.",
        "There were 45,000 offences in the city of one million people.",
        "supports",
    ),
    (
        "unit",
        "The rate is 45 offences per 1,000 residents.",
        "The rate is 45 offences per 10,000 residents.",
        "contradicts",
    ),
    (
        "unit",
        "The new runway is 3,200 metres long.",
        "The new runway cost £1.2bn and will handle 40 flights an hour.",
        "neutral",
    ),
    (
        "unit",
        "The wind turbines stand 150 m tall.",
        "The wind farm lies 15 km off the coast.",
        "neutral",
    ),
    (
        "date",
        "The airport's third runway will open in June 2028.",
        "Planning permission for the third runway was granted in October 2022.",
        "neutral",
    ),
    (
        "date",
        "The cricket season starts on 5 April.",
        "The county championship fixtures for the season were released on 5 December.",
        "neutral",
    ),
    (
        "date",
        "The satellite was launched on 14/02/2023.",
        "The satellite sent its first images on 02/03/2023.",
        "neutral",
    ),
    (
        "tally",
        "The shareholders' vote on the climate resolution was 28% in favour.",
        "Last year a similar climate resolution won 19% support from shareholders.",
        "neutral",
    ),
    (
        "tally",
        "Dockers voted 9-1 to strike.",
        "The dockers' strike is the first at the port in 30 years.",
        "neutral",
    ),
    (
        "score",
        "Sri Lanka won by 42 runs.",
        "Sri Lanka's opener scored 42 runs off 30 balls.",
        "neutral",
    ),
    (
        "score",
        "Hamilton finished third in Monaco.",
        "Hamilton started from seventh on the grid in Monaco.",
        "neutral",
    ),
    (
        "score",
        "South Africa beat the Lions 29-16 in the first Test.",
        "The Lions won the second Test against South Africa 22-19.",
        "neutral",
    ),
    (
        "stance",
        "The mayor opposed the new cruise terminal.",
        "The mayor visited the site of the new cruise terminal on Monday.",
        "neutral",
    ),
    (
        "stance",
        "The farmers' union backed the beaver reintroduction.",
        "The beaver reintroduction was opposed by anglers.",
        "neutral",
    ),
    (
        "direction",
        "Rail fares will rise by 4.6% in March.",
        "Rail fares rose by 5.9% last March.",
        "neutral",
    ),
    (
        "none",
        "No one was injured when the plane's tyre burst on landing.",
        "The plane, carrying 180 people, burst a tyre on landing at Stansted.",
        "neutral",
    ),
    (
        "none",
        "Two lynx were released into the forest.",
        "No lynx have lived in the forest for 300 years.",
        "neutral",
    ),
    (
        "approx",
        "About 5,000 runners took part in the race.",
        "The race raised more than £200,000 for charity.",
        "neutral",
    ),
    (
        "approx",
        "More than 60 ships were waiting to enter the port.",
        "The port handles about 1,500 ships a year.",
        "neutral",
    ),
    (
        "unit",
        "The glacier has retreated 2 km since 1990.",
        "The glacier is 15 km long and 2 km wide.",
        "neutral",
    ),
    ("unit", "Sales of the phone reached 3 million units.", "The phone weighs 180 g.", "neutral"),
]

# The pairs still wrong -> why.
LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The airline's first flight to Nairobi departs on the 3rd of May.",
        "The carrier's inaugural Nairobi service takes off on May 3.",
    ): (
        "[date] Related, not supports: the date agrees, but 'the carrier's inaugural "
        "service takes off' shares only 'Nairobi' with the claim's words"
    ),
    (
        "Shareholders approved the pay package by 62% to 38%.",
        "The pay package was approved with 62 per cent of shareholders in favour.",
    ): "[tally] Related, not supports: the claim's second share (38%) is not given",
    (
        "Investors rejected the chairman's re-election by 55% to 45%.",
        "The chairman was re-elected with 55% of the vote.",
    ): (
        "[tally] Related, not contradicts: 'rejected the re-election' against 'was "
        "re-elected' is a stance said by a noun and a verb; the 55% agrees"
    ),
    (
        "The Senate committee voted 11-10 to advance the aviation safety bill.",
        "The full Senate later passed the aviation safety bill 64-35.",
    ): "[tally] false clash: the full Senate's vote is another body's than the Senate committee's",
    (
        "Verstappen won the race by 4.2 seconds.",
        "Verstappen crossed the line 4.2s ahead of Norris.",
    ): (
        "[score] Related, not supports: '4.2s' is not read as seconds, and 'crossed the "
        "line ahead of' states 'won' in other words"
    ),
    (
        "Car insurance premiums rose more slowly than inflation.",
        "Car insurance premiums rose 9%, while inflation was 4%.",
    ): (
        "[change] supports, not contradicts: 'rose more slowly than inflation' against the "
        "two figures needs arithmetic"
    ),
    (
        "Unemployment in Wales is higher than in Scotland.",
        "Unemployment in Wales is 4.1%, the ONS said.",
    ): "[change] supports, not Related: the claim's comparison with Scotland is not given",
    (
        "Nobody was hurt in the fire at the warehouse.",
        "Two firefighters were treated for smoke inhalation after the warehouse fire.",
    ): (
        "[none] Related, not contradicts: 'treated for smoke inhalation' is being hurt, in "
        "other words"
    ),
    (
        "The ship's crew of 22 were all rescued.",
        "None of the ship's 22 crew were lost.",
    ): (
        "[none] false clash: 'None ... were lost' is 'all rescued' in other words, a "
        "negation that agrees"
    ),
    (
        "The airline lost $3m in the quarter.",
        "The airline made a profit of $3m in the quarter.",
    ): (
        "[unit] Related, not contradicts: the verb 'lost' is not read against 'a profit' (a "
        "defeat is 'lost' too: 'The club lost 3-1' / 'made a profit of £3m' must not "
        "clash); 'a loss of $3m' clashes"
    ),
    (
        "The storm dumped 30 cm of snow on the pass.",
        "About a foot of snow fell on the pass during the storm.",
    ): "[unit] Related, not supports: 'a foot' (one foot) is not read as a length",
    (
        "The crime rate is 45 offences per 1,000 people.",
        "There were 45,000 offences in the city of one million people.",
    ): (
        "[unit] Related, not supports: a rate per 1,000 is not worked out from a count and "
        "a population (45,000 in one million); no clash either (wholes)"
    ),
    (
        "Unemployment rose by 0.2 percentage points to 4.4%.",
        "Unemployment rose to 4.4%.",
    ): (
        "[unit] Related, not supports: the claim's change '0.2 percentage points' is not "
        "given; a claim's figure the passage lacks is not stated (figures.py), by design"
    ),
}

# Second batch: written after the first batch's fixes, committed before it was run.
BATCH2: list[tuple[str, str, str, str]] = [
    (
        "date",
        "The Mars probe will launch on 9 October 2026.",
        "The Mars probe will launch on 9 November 2026.",
        "contradicts",
    ),
    (
        "date",
        "The ferry strike began on 2025-03-14.",
        "The ferry strike began on 14 March 2025.",
        "supports",
    ),
    (
        "date",
        "The new timetable starts on the 1st of September.",
        "Tickets for the new timetable go on sale on 15 August.",
        "neutral",
    ),
    ("date", "The airport opened in July 1998.", "The airport opened in June 1998.", "contradicts"),
    (
        "date",
        "The tour ends on Sunday 12 October.",
        "The tour ends on 12 October with a show in Glasgow.",
        "supports",
    ),
    (
        "tally",
        "Shareholders backed the deal by 78% to 22%.",
        "Shareholders backed the deal by 64% to 36%.",
        "contradicts",
    ),
    (
        "tally",
        "The union's members voted 5,412 to 2,003 for the strike.",
        "Members backed the strike by 5,412 votes to 2,003.",
        "supports",
    ),
    (
        "tally",
        "The council voted 9-4 to close the library.",
        "The council voted 9-4 last year to open a new library.",
        "neutral",
    ),
    (
        "tally",
        "The board approved the plan 6-1.",
        "The board approved the plan unanimously.",
        "contradicts",
    ),
    (
        "tally",
        "The jury voted 10-2 to convict.",
        "The jury took two days to reach its verdict.",
        "neutral",
    ),
    ("score", "Surrey beat Kent by 7 wickets.", "Surrey beat Kent by 7 runs.", "contradicts"),
    ("score", "Ireland beat Italy 31-10.", "Italy lost 31-10 to Ireland in Dublin.", "supports"),
    (
        "score",
        "Arsenal went through 4-3 on aggregate.",
        "Arsenal went through 5-3 on aggregate.",
        "contradicts",
    ),
    (
        "score",
        "The semi-final ended 1-1 and Spain won 5-4 on penalties.",
        "Spain won the shootout 5-4 after a 1-1 draw.",
        "supports",
    ),
    (
        "score",
        "Pakistan were 120 for 3 at lunch.",
        "Pakistan were bowled out for 280 later in the day.",
        "neutral",
    ),
    (
        "stance",
        "Senator Mara Cole voted for the rail bill.",
        "Senator Mara Cole voted against the rail bill.",
        "contradicts",
    ),
    (
        "stance",
        "The pilots' union endorsed the deal.",
        "The pilots' union rejected the deal.",
        "contradicts",
    ),
    (
        "stance",
        "The mayor opposes the new runway.",
        "The mayor has spoken out against the new runway.",
        "supports",
    ),
    (
        "stance",
        "The green group backed the wind farm.",
        "The green group held a meeting about the wind farm.",
        "neutral",
    ),
    (
        "stance",
        "The airline welcomed the new rules.",
        "The airline's rival criticised the new rules.",
        "neutral",
    ),
    (
        "direction",
        "Visitor numbers at the zoo fell last year.",
        "Visitor numbers at the zoo rose last year.",
        "contradicts",
    ),
    (
        "direction",
        "The euro strengthened against the pound.",
        "The euro weakened against the pound.",
        "contradicts",
    ),
    (
        "direction",
        "Burglaries were down 10% on the year.",
        "Burglaries fell by 10% over the year.",
        "supports",
    ),
    (
        "direction",
        "Fewer tourists visited Venice this year.",
        "Tourist numbers in Venice were lower this year.",
        "supports",
    ),
    ("direction", "Exports rose in March.", "Imports fell in March.", "neutral"),
    (
        "none",
        "No passengers were hurt in the derailment.",
        "Four passengers were hurt in the derailment.",
        "contradicts",
    ),
    (
        "none",
        "Three climbers died on K2 this summer.",
        "No climbers died on K2 this summer.",
        "contradicts",
    ),
    (
        "none",
        "There were no arrests at the final.",
        "Police made no arrests at the final.",
        "supports",
    ),
    (
        "none",
        "No flights were delayed on Monday.",
        "The airport handled 600 flights on Monday.",
        "neutral",
    ),
    ("none", "Nobody was injured in the fire.", "No one was hurt in the fire.", "supports"),
    ("approx", "About 2,000 runners took part.", "Exactly 2,046 runners took part.", "supports"),
    ("approx", "More than 10,000 fans attended.", "Fewer than 8,000 fans attended.", "contradicts"),
    ("approx", "Nearly half of the flights were late.", "48% of flights were late.", "supports"),
    ("approx", "Roughly 500 jobs will go.", "The firm will cut 900 jobs.", "contradicts"),
    (
        "approx",
        "Around 60 ships passed through the canal each day.",
        "The canal was widened in 2015 at a cost of $8bn.",
        "neutral",
    ),
    ("unit", "The ship is 300 metres long.", "The ship is about 1,000 feet long.", "supports"),
    ("unit", "The runway is 3 km long.", "The runway is 3 miles long.", "contradicts"),
    ("unit", "The temperature hit 35C.", "The temperature hit 95F.", "supports"),
    ("unit", "The parcel weighs 5 kg.", "The parcel weighs 5 lb.", "contradicts"),
    ("unit", "The trail is 12 km long.", "The trail climbs 800 metres.", "neutral"),
    ("unit", "The company made a loss of £4m.", "The company made a profit of £4m.", "contradicts"),
    (
        "unit",
        "Unemployment rose by 0.2 percentage points to 4.4%.",
        "Unemployment rose to 4.4%.",
        "supports",
    ),
]

CASES: list[tuple[str, str, Stance]] = [
    (claim, source, Stance(stance)) for _, claim, source, stance in [*BATCH1, *BATCH2]
]
