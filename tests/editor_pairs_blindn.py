"""Blind table "blindn": editor pairs written before reading the cue code or earlier tables.

Beats not tried before: polls and elections outside the UK and US, courts elsewhere, public
health, schools and universities, technology launches, farming and food prices, housing and
planning, local services, energy and climate. Shapes: headlines, abbreviations ("bn", "m",
"pts", "pc", "Q3", "H1"), two facts in a claim, the fact in a passage's second sentence,
quotes and corrections.

Each case is (kind, claim, passage, expected stance). Kinds: "date" (month names and full
dates), "tally" (vote tallies), "score" (score lines), "stance" (for/against and other stance
verbs), "change" (direction of change), "none" ("no X" vs a count of X), "approx" (approximate
vs exact amounts), "unit" (units). ``CASES`` drops the kind, for
tests/test_stance_editor_tables.py; the pairs still wrong are in ``LEFT_OUT`` with their
reasons.

First batch (``BLIND_FIRST``, 159 pairs: 66 to clash, 56 to agree, 37 to stay Related),
written before anything was run (commit 91f34d1). When first run, before any fix, 36 were
wrong in process and through `match` lexically, 34 with semantic retrieval: dates 5 of 20,
tallies 3 of 17, score lines 1 of 18, stance verbs 6 of 19, direction of change 6 of 22,
"no X" 4 of 19, approximate amounts 8 of 22, units 3 of 22 (as a kind is counted with its
extra Related pairs). 13 of them were false clashes (a passage that must be Related or
supporting shown as contradicting).

The fixes that followed (first round): headlines' "pc" and "pts" (``amounts``, ``lexicon``),
"objected to" against "welcomed" (``lexicon``), a score "in straight sets" (``tallies``), a
rate after what an amount measures, "3 tonnes of cheese a week" (``units``), "began" and
"opened" of one thing (``phases``), a season that names a term, "the autumn intake"
(``seasons``), a weekday of saying, "the union said on Monday" (``otherdays``), a ballot's
turnout (``shareof``), a part of the claim's measure wherever its words stand (``shareof``),
a relative clause's own doer, "Students who oppose" (``subjects``), a "not" over the claim's
figures alone (``negscope``). After them 26 of the 159 were wrong, 7 of them false clashes.

Second round: a share rounded to fewer decimals, "74%" for 74.4% (``rounding``), a
correction's retracted sentence (``corrections``), the claim's earlier time against the
passage's present one, "last year" / "this year" (``earlier``), a change "in some regions"
(``elsewhere``), "until" as an end (``phases``), the one against in words, "27 votes in
favour, three against" (``tallies``), "for" before a length of time, "spoke for 20
minutes" (``wordsplit``), "the vote" reporting no side and "supports" / "backs" /
"opposes" as sides taken (``topic``); then the claim's counted figure given bare after the
same words, "fell by 1,200" (``barefigure``), and "put the number of people ... at 2,150"
(``counted``). After them 15 of the 159 are wrong, the same in process and through `match`
lexically (13 with semantic retrieval), 4 of them false clashes; they are in ``LEFT_OUT``
with their reasons.

A second batch (``BLIND_SECOND``, 42 short pairs in the issue's shape, 13 to agree, 19 to
clash, 10 to stay Related) was written after those fixes and committed before it was run
(deca11a): 6 were wrong when first run, the same in process and through `match` with either
retrieval (dates 2, tallies 1, direction of change 2, approximate amounts 1), 1 of them a
false clash ("Waiting lists for hip operations shrank" for "Hospital waiting lists grew").
After a rule that "starts" read as one that "comes into force" (``phases``), "MPs" as
"Parliament" (``lexicon``), a subject narrowed by "for" (``subjects``), "users" as those
who "use" (``counted``) and "Markets expect the Fed to raise" as an expectation
(``hedged``), 2 of the 42 were wrong, none a false clash.

Last, probing short pairs found false clashes fixed in ``qualified``, ``subjects``,
``motions``, ``aside`` and ``phases`` (see tests/test_cues_blindn.py), and "cut" after a
singular doer read as a past (``hedged``: "The Fed cut rates" against "Markets expect the
Fed to cut rates"). In all, 15 of 201 were left (14 of the first batch, 1 of the second), 4
of them false clashes, the same in process and through `match` lexically (13 with semantic
retrieval). The lead then read ISO currency codes before a sum as money ("EUR 300m",
"GBP 50,000", "EUR 2m": ``units.CURRENCY_BEFORE``), which put 3 of them right, 1 a false
clash: 12 are left, 3 of them false clashes.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

BLIND_FIRST: list[tuple[str, str, str, str]] = [
    # (1) month names and full dates
    (
        "date",
        "The Ostrava tram extension opens on 14 June 2027.",
        "The tram extension in Ostrava will open on 14 July 2027, the city transport company said.",
        "contradicts",
    ),
    (
        "date",
        "Applications for the autumn intake close on 31 January.",
        "The university said applications for its autumn intake must arrive by 31 January.",
        "supports",
    ),
    (
        "date",
        "Tallinn's new central library opened in March.",
        "Tallinn's central library, which opened in March, lent 40,000 books in its first month.",
        "supports",
    ),
    (
        "date",
        "The Phoenix X2 phone goes on sale on 3 October.",
        "Orbit Mobile said the Phoenix X2 phone will go on sale on October 3 in Europe and later "
        "in Asia.",
        "supports",
    ),
    (
        "date",
        "The Phoenix X2 phone goes on sale on 3 October.",
        "Orbit Mobile confirmed that pre-orders for the Phoenix X2 phone open on 19 September.",
        "neutral",
    ),
    (
        "date",
        "The farm subsidy scheme was announced in May 2024.",
        "The ministry announced the farm subsidy scheme in February 2024, months before the "
        "election.",
        "contradicts",
    ),
    (
        "date",
        "Bin collections move to Tuesdays from 6 April.",
        "From 6 April, household bins in the borough will be collected on Tuesdays instead of "
        "Mondays.",
        "supports",
    ),
    (
        "date",
        "Bin collections move to Tuesdays from 6 April.",
        "Garden waste bin collections resume on 2 March after the winter break.",
        "neutral",
    ),
    (
        "date",
        "The trial of the former minister began on 12 February.",
        "The former minister's trial opened on 21 February at the regional court in Graz.",
        "contradicts",
    ),
    (
        "date",
        "Vaccine clinic to close end of June",
        "The walk-in vaccine clinic at Harbour Road will close at the end of August, the health "
        "board said.",
        "contradicts",
    ),
    (
        "date",
        "The school term starts on 2 September.",
        "Term starts on 2 September for pupils; staff return for training days on 29 and 30 "
        "August.",
        "supports",
    ),
    (
        "date",
        "The council vote on the budget was held on 4 March.",
        "Correction: An earlier version of this story said the council vote on the budget was held "
        "on 4 March. It was held on 11 March.",
        "contradicts",
    ),
    (
        "date",
        "The heat pump grant ends on 31 December 2026.",
        "Households have until 31 March 2027 to apply for the heat pump grant, after the "
        "government "
        "extended the scheme.",
        "contradicts",
    ),
    (
        "date",
        "The Lisbon metro strike is planned for Thursday 9 May.",
        "Metro workers in Lisbon have called a strike for May 9, the union said on Monday.",
        "supports",
    ),
    (
        "date",
        "The new planning rules came into force in January.",
        "The planning rules, which came into force in January, have already cut appeals by a "
        "third, "
        "according to figures published in June.",
        "supports",
    ),
    (
        "date",
        "Chile's presidential election is on 16 November.",
        "Chileans vote in the presidential election on 16 November; a run-off, if needed, would be "
        "held on 14 December.",
        "supports",
    ),
    # (2) vote tallies
    (
        "tally",
        "Parliament passed the pension bill by 161 votes to 140.",
        "The pension bill cleared parliament 161-140 on Wednesday night.",
        "supports",
    ),
    (
        "tally",
        "The senate approved the budget 38-22.",
        "Senators backed the budget by 36 votes to 24.",
        "contradicts",
    ),
    (
        "tally",
        "Council backs 3% tax rise by 9 votes to 4",
        "Councillors voted 9-4 in favour of a 3% rise in council tax.",
        "supports",
    ),
    (
        "tally",
        "The school board voted 5-2 to close Elm Street Primary.",
        "The school board voted 4-3 to close Elm Street Primary after a heated meeting.",
        "contradicts",
    ),
    (
        "tally",
        "The motion passed 27-3.",
        "The motion passed with 27 votes in favour, three against and two abstentions.",
        "supports",
    ),
    (
        "tally",
        "The planning committee approved the tower 7-5.",
        "The planning committee has 12 members, five of whom are new this year.",
        "neutral",
    ),
    (
        "tally",
        "Union members voted 72% in favour of the strike.",
        "72 per cent of union members who voted backed the strike, on a turnout of 58 per cent.",
        "supports",
    ),
    (
        "tally",
        "Union members voted 72% in favour of the strike.",
        "Turnout among union members in the strike ballot was 64%.",
        "neutral",
    ),
    (
        "tally",
        "The Dutch parliament rejected the motion 76-74.",
        "The motion was rejected by 76 votes to 74 in the Dutch parliament's lower house.",
        "supports",
    ),
    (
        "tally",
        "The board approved the merger unanimously.",
        "The board approved the merger 8-1, with one director opposed.",
        "contradicts",
    ),
    (
        "tally",
        "The jury convicted him by a 10-2 majority.",
        "The jury convicted him by a majority verdict of 11 to 1.",
        "contradicts",
    ),
    (
        "tally",
        "MPs voted 310 to 295 for the amendment.",
        "The final tally on the amendment was 310 MPs in favour and 295 against.",
        "supports",
    ),
    (
        "tally",
        "The village voted 61% to 39% against the wind farm.",
        "In the referendum, 61 per cent of villagers voted against the wind farm.",
        "supports",
    ),
    (
        "tally",
        "The council approved the library closures 6-3.",
        "The council's finance committee voted 5-4 last month to review library opening hours.",
        "neutral",
    ),
    (
        "tally",
        "The Knesset approved the bill 64-56.",
        "The Knesset approved the bill 62-58 after an all-night debate.",
        "contradicts",
    ),
    # (3) score lines
    (
        "score",
        "Ajax beat PSV 3-1 on Sunday.",
        "PSV lost 3-1 to Ajax in Amsterdam on Sunday.",
        "supports",
    ),
    (
        "score",
        "Ajax beat PSV 3-1 on Sunday.",
        "Ajax beat PSV 2-1 on Sunday with a late header.",
        "contradicts",
    ),
    (
        "score",
        "Ireland won the rugby international 24-17.",
        "Ireland edged the rugby international 24-21 in Dublin.",
        "contradicts",
    ),
    (
        "score",
        "India beat Australia by six wickets.",
        "India beat Australia by four wickets with two overs to spare.",
        "contradicts",
    ),
    (
        "score",
        "Boca Juniors and River Plate drew 1-1 at La Bombonera.",
        "River Plate's late equaliser earned a 1-1 draw against Boca Juniors at La Bombonera.",
        "supports",
    ),
    (
        "score",
        "The Maple Leafs beat the Canadiens 4-2 on Saturday.",
        "The Canadiens lost 4-3 in overtime to the Maple Leafs on Saturday.",
        "contradicts",
    ),
    (
        "score",
        "Sharks sink Tigers 31-12",
        "The Sharks beat the Tigers 31-12, their biggest win of the season.",
        "supports",
    ),
    (
        "score",
        "The Sharks beat the Tigers 31-12.",
        "The Sharks' previous meeting with the Tigers, in March, ended 20-20.",
        "neutral",
    ),
    (
        "score",
        "Denmark won the handball final 32-29 against France.",
        "France lost the handball final to Denmark by three goals, 29-32.",
        "supports",
    ),
    (
        "score",
        "Spain led Italy 2-0 at half-time.",
        "Spain beat Italy 3-1 after leading 2-0 at half-time.",
        "supports",
    ),
    (
        "score",
        "The Bulls won 108-99 against the Heat.",
        "The Bulls lost 108-99 at home to the Heat.",
        "contradicts",
    ),
    (
        "score",
        "Kenya's women won the volleyball final in straight sets, 3-0.",
        "Kenya's women won the volleyball final 3-2 after losing the first two sets.",
        "contradicts",
    ),
    (
        "score",
        "Serena Ortiz won the final 6-4, 6-3.",
        "Ortiz took the title in the final 6-4, 6-3 in 78 minutes.",
        "supports",
    ),
    (
        "score",
        "Serena Ortiz won the final 6-4, 6-3.",
        "Serena Ortiz won the final 6-4, 7-5.",
        "contradicts",
    ),
    (
        "score",
        "Auckland won 28-14 against Wellington.",
        "Auckland's 28-14 win against Wellington was their fifth in a row; the crowd was 14,200.",
        "supports",
    ),
    (
        "score",
        "Norway beat Sweden 5-2 in the ice hockey semi-final.",
        "Sweden, beaten by Norway in last year's ice hockey final, will play for bronze on Sunday.",
        "neutral",
    ),
    # (4) for/against and other stance verbs
    (
        "stance",
        "Senator Marta Ruiz voted against the mining bill.",
        "Ruiz was among the 19 senators who backed the mining bill.",
        "contradicts",
    ),
    (
        "stance",
        "The farmers' union opposes the new pesticide ban.",
        "The farmers' union has come out in support of the pesticide ban, to the surprise of many "
        "members.",
        "contradicts",
    ),
    (
        "stance",
        "The teachers' union backs the four-day week.",
        "The teachers' union said it supports the four-day week trial in 40 schools.",
        "supports",
    ),
    (
        "stance",
        "The mayor rejected the bus fare rise.",
        "The mayor approved the bus fare rise on Friday, saying the network could not run at a "
        "loss.",
        "contradicts",
    ),
    (
        "stance",
        "Councillor Ama Boateng voted for the housing scheme.",
        "Councillor Ama Boateng, who chairs the housing committee, spoke for 20 minutes before "
        "the vote "
        "on the scheme.",
        "neutral",
    ),
    (
        "stance",
        "The health minister endorsed the sugar tax.",
        "'I have never supported a sugar tax and I never will,' the health minister said.",
        "contradicts",
    ),
    (
        "stance",
        "The Greens oppose the airport expansion.",
        "The Greens voted against the airport expansion in Tuesday's vote.",
        "supports",
    ),
    (
        "stance",
        "The court upheld the ban on street protests.",
        "The appeals court overturned the ban on street protests, saying it was too broad.",
        "contradicts",
    ),
    (
        "stance",
        "The appeal court upheld her conviction.",
        "Her conviction was upheld by the appeal court in March; her sentence was cut from six "
        "years "
        "to four.",
        "supports",
    ),
    (
        "stance",
        "The regulator approved the merger of the two telecoms firms.",
        "The regulator blocked the merger of the two telecoms firms, citing higher prices for "
        "customers.",
        "contradicts",
    ),
    (
        "stance",
        "Deputy Lena Novak voted for the energy bill.",
        "Novak, who voted for the energy bill, later said she had doubts about its cost.",
        "supports",
    ),
    (
        "stance",
        "The mayor said she will not raise council tax.",
        "'We will not raise council tax this year,' the mayor told reporters.",
        "supports",
    ),
    (
        "stance",
        "The president vetoed the farm bill.",
        "The president signed the farm bill into law on Friday.",
        "contradicts",
    ),
    (
        "stance",
        "The residents' association objected to the housing plan.",
        "The residents' association welcomed the housing plan, saying the new homes were badly "
        "needed.",
        "contradicts",
    ),
    (
        "stance",
        "The university senate backed the tuition rise.",
        "Students who oppose the tuition rise staged a sit-in outside the university senate "
        "meeting.",
        "neutral",
    ),
    (
        "stance",
        "The former mayor of Bari was acquitted of corruption.",
        "The former mayor of Bari was convicted of corruption and given a suspended sentence.",
        "contradicts",
    ),
    (
        "stance",
        "The court dismissed the farmers' appeal.",
        "The court allowed the farmers' appeal and ordered a new hearing.",
        "contradicts",
    ),
    # (5) direction of change
    ("change", "Q3 profit down 12%", "Third-quarter profit fell 12% to EUR 410m.", "supports"),
    (
        "change",
        "Q3 profit down 12%",
        "Profit rose 12% in the third quarter, the company said.",
        "contradicts",
    ),
    (
        "change",
        "Wheat prices rose sharply in June.",
        "Wheat prices fell in June as the harvest came in early.",
        "contradicts",
    ),
    (
        "change",
        "Hospital admissions for flu fell last week.",
        "Flu admissions to hospital increased last week for the third week running.",
        "contradicts",
    ),
    (
        "change",
        "Measles vaccination rates among toddlers have declined since 2019.",
        "The share of toddlers vaccinated against measles has dropped every year since 2019.",
        "supports",
    ),
    (
        "change",
        "Turnout was higher than in 2020.",
        "Turnout, at 61%, was lower than in 2020 but higher than in 2016.",
        "contradicts",
    ),
    (
        "change",
        "House prices in Lyon rose 4% in 2025.",
        "Rents in Lyon rose 6% in 2025, while house prices fell 2%.",
        "contradicts",
    ),
    (
        "change",
        "Bus ridership grew after fares were cut.",
        "Bus ridership grew before fares were cut and has stayed flat since.",
        "contradicts",
    ),
    (
        "change",
        "The storm weakened before reaching the coast.",
        "The storm strengthened as it approached the coast, forecasters said.",
        "contradicts",
    ),
    (
        "change",
        "Coal's share of power generation fell to 18%.",
        "Coal's share of the country's power generation was 18% last year, down from 24%.",
        "supports",
    ),
    (
        "change",
        "Enrolment at the university fell by 1,200 students.",
        "Enrolment at the university fell by 1,200, it said; applications from overseas rose by "
        "300.",
        "supports",
    ),
    (
        "change",
        "Food inflation slowed in October.",
        "Food inflation eased to 4.1% in October from 5.3% in September.",
        "supports",
    ),
    (
        "change",
        "Food inflation slowed in October.",
        "Food inflation accelerated in October for the first time in a year.",
        "contradicts",
    ),
    (
        "change",
        "Library visits rose in 2025.",
        "Library visits rose in 2024, but the council has not yet published figures for 2025.",
        "neutral",
    ),
    (
        "change",
        "Electric car sales rose 30% in H1.",
        "Electric car sales in the first half were 30% higher than a year earlier.",
        "supports",
    ),
    (
        "change",
        "The new battery charges faster than the old model.",
        "The new battery charges more slowly than the old model but lasts longer.",
        "contradicts",
    ),
    (
        "change",
        "Unemployment in Spain rose to 7.2%.",
        "Youth unemployment in Spain fell to 26% even as the overall rate edged up.",
        "neutral",
    ),
    (
        "change",
        "Exam pass rates rose to 68%.",
        "68% of pupils passed the exam, down from 71% last year.",
        "contradicts",
    ),
    # (6) "no X" vs a count of X
    (
        "none",
        "Three patients died at the clinic.",
        "No patients died at the clinic, its director said.",
        "contradicts",
    ),
    (
        "none",
        "No one was injured in the fire at the school.",
        "Two pupils were taken to hospital with minor injuries after the fire at the school.",
        "contradicts",
    ),
    (
        "none",
        "There were no complaints about the new bin schedule.",
        "The council received 214 complaints about the new bin schedule in its first month.",
        "contradicts",
    ),
    (
        "none",
        "No cases of bird flu have been found on Dutch farms this year.",
        "Bird flu was found on four Dutch farms in January.",
        "contradicts",
    ),
    (
        "none",
        "No arrests were made after the protest.",
        "Police said no arrests had been made after the protest by Sunday evening.",
        "supports",
    ),
    (
        "none",
        "Four people were arrested after the match.",
        "Police made four arrests after the match, none of them for violence.",
        "supports",
    ),
    (
        "none",
        "No measles cases have been reported at Riverside School.",
        "The region has recorded 37 measles cases this year, the health authority said.",
        "neutral",
    ),
    (
        "none",
        "Nobody applied for the head teacher job.",
        "Only one candidate applied for the head teacher job, the governors said.",
        "contradicts",
    ),
    (
        "none",
        "The airline cancelled 40 flights.",
        "The airline said no flights had been cancelled, though some were delayed.",
        "contradicts",
    ),
    (
        "none",
        "There were no casualties in the earthquake.",
        "The earthquake caused no casualties but damaged 300 homes.",
        "supports",
    ),
    (
        "none",
        "The earthquake killed 12 people.",
        "No deaths were reported from the aftershock on Tuesday.",
        "neutral",
    ),
    (
        "none",
        "The council has built no new homes since 2022.",
        "The council has built 85 new homes since 2022, all of them for social rent.",
        "contradicts",
    ),
    (
        "none",
        "The bakery chain plans no store closures.",
        "The bakery chain will close 23 stores by March, it said.",
        "contradicts",
    ),
    (
        "none",
        "No fines were issued under the new parking rules.",
        "Wardens issued 1,340 fines in the first month of the new parking rules.",
        "contradicts",
    ),
    (
        "none",
        "Five people were hurt in the bus crash.",
        "Five people were hurt in the bus crash; no one was killed.",
        "supports",
    ),
    (
        "none",
        "None of the 12 defendants was convicted.",
        "All 12 defendants were acquitted.",
        "supports",
    ),
    # (7) approximate vs exact amounts
    (
        "approx",
        "Roughly 2,000 people marched in Zagreb.",
        "Police put the number of people who marched in Zagreb at 2,150.",
        "supports",
    ),
    (
        "approx",
        "More than 10,000 people signed the petition.",
        "The petition against the school closure had 8,400 signatures when it closed.",
        "contradicts",
    ),
    (
        "approx",
        "Nearly half of voters backed the Civic Party.",
        "The Civic Party won 47.8% of the vote.",
        "supports",
    ),
    (
        "approx",
        "Over 5,000 homes lost power in the storm.",
        "About 3,000 homes lost power after the storm.",
        "contradicts",
    ),
    (
        "approx",
        "The new stadium cost about EUR 300m.",
        "The stadium's final cost was EUR 312m, the city said.",
        "supports",
    ),
    (
        "approx",
        "The new stadium cost about EUR 300m.",
        "The stadium's final cost was EUR 450m, 50% over budget.",
        "contradicts",
    ),
    (
        "approx",
        "Fewer than 100 pupils sat the exam.",
        "Some 140 pupils sat the exam this year.",
        "contradicts",
    ),
    (
        "approx",
        "Wheat fell to under $200 a tonne.",
        "Wheat fell to $196 a tonne on Friday.",
        "supports",
    ),
    (
        "approx",
        "The party's lead is around 5 points.",
        "The poll puts the party on 38%, five points ahead of its rival; the margin of error is 3 "
        "points.",
        "supports",
    ),
    (
        "approx",
        "Almost 1m people visited the museum last year.",
        "The museum had 987,000 visitors last year.",
        "supports",
    ),
    (
        "approx",
        "Almost 1m people visited the museum last year.",
        "The museum had 1.2m visitors last year, a record.",
        "contradicts",
    ),
    (
        "approx",
        "The company's fine was more than GBP 50,000.",
        "The judge fined the company GBP 35,000 and ordered it to pay costs of GBP 20,000.",
        "contradicts",
    ),
    (
        "approx",
        "About 60 per cent of adults have had a booster.",
        "Just over 60% of adults have had a booster dose, the ministry said.",
        "supports",
    ),
    (
        "approx",
        "Around 40 jobs will go at the factory.",
        "The factory employs about 400 people.",
        "neutral",
    ),
    (
        "approx",
        "The rail project will cost at least $2bn.",
        "Officials now say the rail project will cost $1.4bn.",
        "contradicts",
    ),
    (
        "approx",
        "Turnout in the Polish election was 74%.",
        "Turnout in the Polish election reached a record 74.4 per cent.",
        "supports",
    ),
    (
        "approx",
        "The ruling party won 156 of 300 seats.",
        "The ruling party won 146 seats in the 300-seat parliament.",
        "contradicts",
    ),
    # (8) units
    ("unit", "The new bridge is 1.2 km long.", "The new bridge is 1,200 metres long.", "supports"),
    ("unit", "The new bridge is 1.2 km long.", "The new bridge is 1.2 miles long.", "contradicts"),
    (
        "unit",
        "The storm dropped 120mm of rain on Valencia.",
        "The storm dropped 12cm of rain on Valencia.",
        "supports",
    ),
    (
        "unit",
        "The battery lasts 20 hours.",
        "The battery lasts 20 minutes on a full charge, reviewers found.",
        "contradicts",
    ),
    (
        "unit",
        "The speed limit near schools will be 30 km/h.",
        "The speed limit near schools will be cut to 30 mph.",
        "contradicts",
    ),
    (
        "unit",
        "The heatwave pushed temperatures to 41C in Seville.",
        "Temperatures in Seville reached 41 degrees Celsius on Tuesday, the hottest day of the "
        "year.",
        "supports",
    ),
    (
        "unit",
        "The phone weighs 180 grams.",
        "The phone weighs 180 g and is 8 mm thick.",
        "supports",
    ),
    (
        "unit",
        "The farm produces 3 tonnes of cheese a week.",
        "The farm produces 3 tonnes of cheese a month.",
        "contradicts",
    ),
    (
        "unit",
        "He was jailed for 18 months for the fraud.",
        "He was jailed for 18 years for the fraud.",
        "contradicts",
    ),
    (
        "unit",
        "The solar plant will generate 500 MW.",
        "The solar plant will generate 500 kW, enough for a small village.",
        "contradicts",
    ),
    (
        "unit",
        "The data centre uses 200 GWh of power a year.",
        "The data centre's 200 staff work in three shifts.",
        "neutral",
    ),
    (
        "unit",
        "The rail tunnel is 57 km long.",
        "The 57-kilometre rail tunnel took 17 years to build.",
        "supports",
    ),
    (
        "unit",
        "The new wheelie bins hold 240 litres.",
        "The new wheelie bins hold 140 litres, 100 less than the old ones.",
        "contradicts",
    ),
    (
        "unit",
        "The wind farm covers 40 square kilometres.",
        "The wind farm's 40 turbines will each stand 200 metres tall.",
        "neutral",
    ),
    (
        "unit",
        "Poll: Social Democrats on 31pc, up 2 pts",
        "The Social Democrats are on 31 per cent in the poll, up two points on last month.",
        "supports",
    ),
    (
        "unit",
        "The court fined the supermarket EUR 2m for price fixing.",
        "The supermarket was fined EUR 2 million by the court for price fixing.",
        "supports",
    ),
    (
        "unit",
        "Startup raises EUR 30m",
        "The startup raised EUR 3m in its latest funding round.",
        "contradicts",
    ),
    ("unit", "Revenue hit $4.2bn in H1", "First-half revenue reached $4.2 billion.", "supports"),
    # shapes: two facts, second sentence, corrections
    (
        "date",
        "The app launched in April and has 2m users.",
        "Since it launched in April, the app has signed up 1.2m users.",
        "contradicts",
    ),
    (
        "date",
        "The app launched in April and has 2m users.",
        "The app launched in April in 12 countries.",
        "neutral",
    ),
    (
        "approx",
        "The bypass will cost GBP 85m.",
        "Work on the bypass began in 2024. The council now says it will cost GBP 95m, up from an "
        "earlier estimate of GBP 85m.",
        "contradicts",
    ),
    (
        "approx",
        "The poll's margin of error is 3 points.",
        "Correction: An earlier version of this article gave the poll's margin of error as 3 "
        "points. "
        "It is 2.5 points.",
        "contradicts",
    ),
    (
        "change",
        "Turnout fell to 48% from 55% in 2021.",
        "Turnout was 48%, down from 55% in 2021.",
        "supports",
    ),
    (
        "unit",
        "She was sentenced to eight years in prison.",
        "She was sentenced to eight years in prison, of which she must serve at least five.",
        "supports",
    ),
    # more on-topic passages that must not clash (added before anything was run)
    (
        "date",
        "The new ferry service to Hvar starts on 1 June.",
        "The ferry company said tickets for the new Hvar service go on sale on 15 April.",
        "neutral",
    ),
    (
        "date",
        "The minimum wage rises on 1 January 2027.",
        "The minimum wage last rose in July 2025, when it went up by 4%.",
        "neutral",
    ),
    (
        "tally",
        "The city council approved the tram budget 31-18.",
        "The tram budget, approved by the council in March, is 31% higher than last year's.",
        "neutral",
    ),
    (
        "tally",
        "The cabinet backed the coal phase-out 14-3.",
        "Three ministers said after the meeting that the coal phase-out would cost 14,000 jobs.",
        "neutral",
    ),
    (
        "score",
        "Flamengo beat Palmeiras 2-0 in the cup.",
        "Flamengo, who lost 2-0 to Palmeiras in the league last month, meet them again in the cup "
        "on "
        "Wednesday.",
        "neutral",
    ),
    (
        "score",
        "The Falcons beat the Rams 27-20.",
        "The Falcons have a 7-2 record this season after their win over the Rams.",
        "neutral",
    ),
    (
        "stance",
        "The Labour group voted for the housing plan.",
        "The Labour group asked for more time to study the housing plan before the vote.",
        "neutral",
    ),
    (
        "stance",
        "Norway's prime minister supports the carbon border tax.",
        "Norway's prime minister will meet EU leaders to discuss the carbon border tax next week.",
        "neutral",
    ),
    (
        "change",
        "Rice prices rose 8% in Japan last month.",
        "Japan's government released emergency rice stocks after prices fell in some regions.",
        "neutral",
    ),
    (
        "change",
        "School absence rates fell in the spring term.",
        "Absence rates are highest in the spring term, when flu is most common.",
        "neutral",
    ),
    (
        "change",
        "The yen weakened against the dollar on Friday.",
        "The yen has weakened against the dollar for most of the year, but rallied on Thursday.",
        "neutral",
    ),
    (
        "none",
        "No pupils were hurt when the school roof collapsed.",
        "The school roof collapsed on Sunday night, when the building was empty.",
        "neutral",
    ),
    (
        "none",
        "Two wolves were shot in the national park last year.",
        "No wolves have been shot in the national park this year, park rangers said.",
        "neutral",
    ),
    (
        "none",
        "The clinic reported no new cholera cases on Monday.",
        "The clinic reported 14 new cholera cases last week, down from 30 the week before.",
        "neutral",
    ),
    (
        "approx",
        "About 1,500 students live in the new halls.",
        "The new halls cost 45m to build and have 1,520 rooms.",
        "neutral",
    ),
    (
        "approx",
        "More than 300 farmers joined the tractor protest in Brussels.",
        "Farmers drove about 900 tractors into Brussels for the protest, police said.",
        "neutral",
    ),
    (
        "approx",
        "The library holds around 80,000 books.",
        "The library lent 12,000 books last year, up from about 9,000.",
        "neutral",
    ),
    (
        "unit",
        "The new bus route is 14 km long.",
        "The new bus route has 14 stops and runs every 20 minutes.",
        "neutral",
    ),
    (
        "unit",
        "The heat pump costs EUR 9,000 to install.",
        "A grant of EUR 3,000 covers part of the cost of installing a heat pump.",
        "neutral",
    ),
    (
        "unit",
        "The vaccine is stored at minus 70C.",
        "Once thawed, the vaccine can be kept in a fridge for up to 30 days.",
        "neutral",
    ),
]


# Second batch: written after the fixes of the first, before it was run (short pairs, the
# issue's shape, new topics).
BLIND_SECOND: list[tuple[str, str, str, str]] = [
    (
        "date",
        "The new metro line opens in October 2026.",
        "The new metro line will open in December 2026, the transport authority said.",
        "contradicts",
    ),
    (
        "date",
        "Voting in the Romanian presidential election takes place on 4 May.",
        "Romanians go to the polls on May 4 to choose a president.",
        "supports",
    ),
    (
        "date",
        "The clinic reopens on 2 June.",
        "The clinic closed on 2 May for refurbishment.",
        "neutral",
    ),
    (
        "date",
        "The ban on disposable vapes starts in June 2025.",
        "A ban on disposable vapes comes into force on 1 June 2025.",
        "supports",
    ),
    (
        "date",
        "The Q2 results are due on 24 July.",
        "The company will publish its Q2 results on 31 July.",
        "contradicts",
    ),
    (
        "tally",
        "Parliament rejected the bill 120-85.",
        "MPs rejected the bill by 120 votes to 85.",
        "supports",
    ),
    (
        "tally",
        "The union's members accepted the pay offer 58% to 42%.",
        "Members accepted the pay offer by 62% to 38%.",
        "contradicts",
    ),
    (
        "tally",
        "The board voted 6-1 to raise fees.",
        "The board will vote next month on whether to raise fees.",
        "neutral",
    ),
    (
        "tally",
        "The council approved the bus lane 8-4.",
        "The council approved the bus lane by eight votes to four.",
        "supports",
    ),
    (
        "tally",
        "The Bundestag passed the law 400-250.",
        "The Bundestag passed the law with 382 votes in favour and 250 against.",
        "contradicts",
    ),
    ("score", "Real Madrid beat Barcelona 2-1.", "Barcelona lost 2-1 to Real Madrid.", "supports"),
    (
        "score",
        "Real Madrid beat Barcelona 2-1.",
        "Real Madrid and Barcelona drew 2-2.",
        "contradicts",
    ),
    (
        "score",
        "Galatasaray won 4-0 at home.",
        "Galatasaray's 4-0 home win was their biggest of the season.",
        "supports",
    ),
    (
        "score",
        "The Lions beat the Bears 21-14.",
        "The Lions' next game is against the Packers on Sunday.",
        "neutral",
    ),
    (
        "score",
        "Australia beat New Zealand by 20 runs.",
        "Australia beat New Zealand by eight wickets.",
        "contradicts",
    ),
    (
        "stance",
        "Senator Okafor voted against the tax cut.",
        "Senator Okafor voted for the tax cut.",
        "contradicts",
    ),
    (
        "stance",
        "The Greens backed the budget.",
        "The Greens voted in favour of the budget.",
        "supports",
    ),
    (
        "stance",
        "The nurses' union rejected the pay deal.",
        "The nurses' union accepted the pay deal after a ballot.",
        "contradicts",
    ),
    (
        "stance",
        "The mayor opposes the new stadium.",
        "The mayor has spoken about the new stadium several times.",
        "neutral",
    ),
    (
        "stance",
        "The court acquitted the former banker.",
        "The former banker was found guilty of fraud.",
        "contradicts",
    ),
    ("change", "Rents in Berlin fell in 2025.", "Rents in Berlin rose 5% in 2025.", "contradicts"),
    (
        "change",
        "Wheat exports rose in March.",
        "Wheat exports increased in March, customs data showed.",
        "supports",
    ),
    (
        "change",
        "The pound strengthened against the euro.",
        "The pound weakened against the euro on Monday.",
        "contradicts",
    ),
    (
        "change",
        "Food prices rose faster than wages.",
        "Wages rose faster than food prices.",
        "contradicts",
    ),
    (
        "change",
        "Hospital waiting lists grew in May.",
        "Waiting lists for hip operations shrank in May.",
        "neutral",
    ),
    (
        "none",
        "Two people were injured in the blast.",
        "No one was injured in the blast, police said.",
        "contradicts",
    ),
    (
        "none",
        "No flights were cancelled.",
        "The airport said no flights had been cancelled.",
        "supports",
    ),
    (
        "none",
        "Nobody was arrested at the march.",
        "Police arrested three people at the march.",
        "contradicts",
    ),
    (
        "none",
        "Three schools closed because of the storm.",
        "No schools closed because of the storm, the council said.",
        "contradicts",
    ),
    (
        "none",
        "No deaths have been linked to the new variant.",
        "The new variant has spread to 12 countries.",
        "neutral",
    ),
    (
        "approx",
        "Around 500 people attended the vigil.",
        "Some 480 people attended the vigil.",
        "supports",
    ),
    (
        "approx",
        "More than 1,000 homes were flooded.",
        "About 600 homes were flooded.",
        "contradicts",
    ),
    ("approx", "Nearly 40% of pupils passed.", "38.5% of pupils passed.", "supports"),
    ("approx", "Over 2m people use the app.", "The app has 1.4m users.", "contradicts"),
    ("approx", "About 200 jobs will be cut.", "The company employs about 2,000 people.", "neutral"),
    ("unit", "The new runway is 3 km long.", "The new runway is 3,000 metres long.", "supports"),
    ("unit", "The parcel weighed 4 kg.", "The parcel weighed 4 lb.", "contradicts"),
    ("unit", "The speed limit is 50 km/h.", "The speed limit is 50 mph.", "contradicts"),
    (
        "unit",
        "The reservoir holds 2 million litres.",
        "The reservoir is 2 km from the village.",
        "neutral",
    ),
    ("unit", "Petrol costs EUR 1.80 a litre.", "Petrol costs EUR 1.80 per litre.", "supports"),
    (
        "change",
        "The minimum wage rose to EUR 12 an hour.",
        "The minimum wage has risen three times since 2020.",
        "neutral",
    ),
    (
        "change",
        "The Fed cut rates by a quarter point.",
        "Markets expect the Fed to cut rates again in March.",
        "neutral",
    ),
]


CASES: list[tuple[str, str, Stance]] = [
    (claim, source, Stance(stance)) for _, claim, source, stance in [*BLIND_FIRST, *BLIND_SECOND]
]

# The pairs still wrong -> why.
LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The heat pump grant ends on 31 December 2026.",
        "Households have until 31 March 2027 to apply for the heat pump grant, after the "
        "government extended the scheme.",
    ): (
        "[date] Related, not contradicts: the passage's date stands before the words it shares "
        "with the claim ('heat pump grant'), outside the stretch whose figures are compared; 'The "
        "grant runs until 31 March 2027' clashes"
    ),
    (
        "The village voted 61% to 39% against the wind farm.",
        "In the referendum, 61 per cent of villagers voted against the wind farm.",
    ): (
        "[tally] Related, not supports: the claim's second share (39%) is not given, and "
        "'village' / 'villagers' are other stems, so too few of its words are held"
    ),
    (
        "Coal's share of power generation fell to 18%.",
        "Coal's share of the country's power generation was 18% last year, down from 24%.",
    ): (
        "[change] Related, not supports: 'fell to 18%' is stated as '18% ..., down from 24%', a "
        "fall in other words the alignment does not count"
    ),
    (
        "Library visits rose in 2025.",
        "Library visits rose in 2024, but the council has not yet published figures for 2025.",
    ): (
        "[change] supports, not Related (was contradicts when first run): the passage's rise is "
        "dated 2024 and 2025's figures are said to be unknown, but the claim's year is given in "
        "the passage and the rise is read as stated"
    ),
    (
        "No measles cases have been reported at Riverside School.",
        "The region has recorded 37 measles cases this year, the health authority said.",
    ): (
        "[none] contradicts, not Related (a false clash): the claim's none is at a named school, "
        "the passage's count the region's; a wider place's count is read against it"
    ),
    (
        "The earthquake killed 12 people.",
        "No deaths were reported from the aftershock on Tuesday.",
    ): (
        "[none] contradicts, not Related (a false clash): 'the aftershock' is another event than "
        "'the earthquake', but shares no word with it to tell them apart"
    ),
    ("None of the 12 defendants was convicted.", "All 12 defendants were acquitted."): (
        "[none] Related, not supports (lexically; semantic shows supports): 'none ... convicted' "
        "is 'all ... acquitted' turned round, which the words do not show"
    ),
    ("Nearly half of voters backed the Civic Party.", "The Civic Party won 47.8% of the vote."): (
        "[approx] Related, not supports, lexically (semantic shows supports): the figures agree, "
        "but 'voters backed' / 'won ... of the vote' share too few words"
    ),
    (
        "The bypass will cost GBP 85m.",
        "Work on the bypass began in 2024. The council now says it will cost GBP 95m, up from an "
        "earlier estimate of GBP 85m.",
    ): (
        "[approx] supports, not contradicts: the claim's figure is the passage's earlier estimate "
        "('up from an earlier estimate of GBP 85m'), read as an agreement though the passage's "
        "current figure is GBP 95m"
    ),
    (
        "The yen weakened against the dollar on Friday.",
        "The yen has weakened against the dollar for most of the year, but rallied on Thursday.",
    ): (
        "[change] supports, not Related: the passage's weakening is of the year, not of the "
        "claim's Friday, which it never names"
    ),
    (
        "The library holds around 80,000 books.",
        "The library lent 12,000 books last year, up from about 9,000.",
    ): (
        "[approx] contradicts, not Related (a false clash): books held and books lent are counts "
        "of two acts on one noun; the verbs before the counts are not compared"
    ),
    (
        "Voting in the Romanian presidential election takes place on 4 May.",
        "Romanians go to the polls on May 4 to choose a president.",
    ): (
        "[date] Related, not supports: the date agrees, but 'Romanian presidential election' / "
        "'Romanians ... polls ... president' share too few words by stem ('presidential' is not "
        "'president')"
    ),
}
