"""Blind editor pairs "blindm" (ninth session): all of issue 14's kinds, in the issue's short shape.

Written before reading any earlier table or the cue code, from README.md and the "Stance and
cues" table of docs/matching.md only, as a newsroom editor would write them, from beats the
earlier tables used little: US and international politics (Congress, state legislatures, US
city councils, the UN, the EU), business and markets, science and health, sport other than
football, weather and disasters, transport, official statements. US date formats and units
beside metric ones, numbers as words, ranges, percentages and percentage points.

Each case is (kind, claim, passage, expected stance). Kinds: "date" (month names and full
dates), "tally" (vote tallies), "score" (score lines), "stance" (for/against and other stance
verbs), "change" (direction of change), "none" ("no X" vs a count of X), "approx" (approximate
vs exact amounts), "unit" (units). ``CASES`` drops the kind, for
tests/test_stance_editor_tables.py, which runs them in process and through `factcheck match`
with either retrieval; the pairs still wrong are in ``LEFT_OUT`` with their reasons.

First batch (``BATCH_1``, 121 pairs, about a third each to clash, agree and stay Related):
when first run, before any fix, 33 were wrong in process and through `match` lexically, 32
with semantic retrieval (one stance verb pair right there): dates 2 of 15, tallies 5 of 15,
score lines 6 of 15, stance verbs 3 of 15, direction of change 5 of 15, "no X" 4 of 15,
approximate amounts 6 of 15, units 2 of 16. 17 of them were false clashes (a passage that
must be Related shown as contradicting), 8 were Related passages shown as supporting, and 8
were missed clashes or agreements (51-49 / 50-49, 3,412 to 1,109 / 3,214 to 1,109, "five
wickets" / "45 runs", "10 milligrams" / "10 micrograms").

The fixes that followed: a tally in the passive and in thousands (``tallies``), micrograms
(``units``), a whole and a part of it ("registered" / "finished", ``fates``), two changes
of two measures of one owner (``shareof``), a sum's word of money a phrase back (``aside``),
a place between a noun and its change (``subjects``), a score at a break of play
(``playspans``), numbered events and races by their length (``instances``), a date's verb
up to six words back and a phase asked for (``phases``), a forecast cost (``hedged``), a
vote on an amendment (``subjects``), an opposite change dated apart (``occasions``),
cricket's two margins (``cricket``). After them 12 of the 121 are wrong, the same in
process and through `match` with either retrieval: tallies 2, score lines 3, direction of
change 2, "no X" 4, approximate amounts 1; 5 of them false clashes. They are in
``LEFT_OUT`` with their reasons.

A second batch (``BATCH_2``, 42 pairs of the same kinds, 15 to agree, 15 to clash, 12 to
stay Related) was written after those fixes and before running it: 10 were wrong when first
run, the same 10 in process and through `match` with either retrieval (dates 2 of 6,
tallies 1 of 5, score lines 1 of 5, stance verbs 1 of 5, direction of change 1 of 5, "no X"
2 of 5, approximate amounts 2 of 5, units 0 of 6), 4 of them false clashes ("in Game 4" for
"in Game 5", "a second crash ... hours later", "gave 4,500 vaccine doses" for "No vaccine
doses were wasted", "weakened after landfall on Thursday" for "strengthened overnight").
After a numbered game and "a second" one were read as other instances (``instances``), a
fate against its undoing and none of a thing against a count of another act on it
(``fates``), "a similar resolution" as another one, which states nothing
(``instances.similar_one``), a change after an event the claim never names, on a day it
does not give, as another stretch (``stretches``), and "The crowd at the game was 41,312"
as a crowd's figure (``counted``), 4 of the 42 are wrong, none a false clash. In all, 16 of
163 are left (``LEFT_OUT``), 5 of them false clashes. Then blindo's cricket totals
(``scorewords``) put "312 for 6" / "312-6" right: 15 are left.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

S = "supports"
C = "contradicts"
N = "neutral"

BATCH_1: list[tuple[str, str, str, str]] = [
    # (1) month names and full dates
    (
        "date",
        "The Senate confirmed Maria Delgado as ambassador to Chile on March 3, 2025.",
        "Delgado was confirmed by the Senate as ambassador to Chile on 3/3/2025.",
        S,
    ),
    (
        "date",
        "The Harbor Street bridge reopened to traffic on 14 July 2024.",
        "Traffic returned to the Harbor Street bridge on July 14, 2024, when it reopened.",
        S,
    ),
    (
        "date",
        "Acme Foods will report third-quarter earnings on October 28.",
        "Acme Foods said it would report its third-quarter earnings on Oct. 28.",
        S,
    ),
    (
        "date",
        "The vaccine trial began enrolling patients in September 2023.",
        "Patients were first enrolled in the vaccine trial in Sept. 2023.",
        S,
    ),
    (
        "date",
        "Hurricane Lena made landfall in Florida on August 29, 2025.",
        "Lena made landfall in Florida on Aug. 29, 2025, as a Category 3 hurricane.",
        S,
    ),
    (
        "date",
        "The city council will vote on the zoning plan in June.",
        "The zoning plan was first proposed to the city council in January, records show.",
        N,
    ),
    (
        "date",
        "The new terminal at Denver's airport opened on May 12, 2024.",
        "Construction of the new terminal at Denver's airport began in February 2021.",
        N,
    ),
    (
        "date",
        "The European Parliament approved the AI rules on March 13, 2024.",
        "The AI rules will take effect in August 2026, the European Parliament said.",
        N,
    ),
    (
        "date",
        "The FDA approved the drug in December 2022.",
        "The company applied for FDA approval of the drug in April 2022.",
        N,
    ),
    (
        "date",
        "The Texas heat wave peaked on July 19.",
        "The Texas heat wave began on July 11, the National Weather Service said.",
        N,
    ),
    (
        "date",
        "Halvorsen completed its merger with Brightline on January 15, 2025.",
        "Halvorsen's merger with Brightline was completed on Feb. 15, 2025.",
        C,
    ),
    (
        "date",
        "Governor Ames signed the state budget on 6/30/2025.",
        "Governor Ames signed the state budget on July 1, 2025, a day after the deadline.",
        C,
    ),
    (
        "date",
        "The UN General Assembly adopted the ocean treaty in November.",
        "The ocean treaty was adopted by the UN General Assembly in December.",
        C,
    ),
    (
        "date",
        "The Perseverance rover landed on Mars on February 18, 2021.",
        "Perseverance touched down on Mars on 18 March 2021.",
        C,
    ),
    (
        "date",
        "The Ohio special election will be held on November 4.",
        "Ohio's special election is set for November 5.",
        C,
    ),
    # (2) vote tallies
    (
        "tally",
        "The Senate passed the water bill 52-48.",
        "The water bill cleared the Senate by a vote of 52 to 48.",
        S,
    ),
    (
        "tally",
        "The Supreme Court ruled 5-4 in favor of the tribe.",
        "In a five-to-four decision, the Supreme Court ruled for the tribe.",
        S,
    ),
    (
        "tally",
        "The Oakland city council approved the rezoning 7-2.",
        "By a 7-2 margin, Oakland council members approved the rezoning on Monday.",
        S,
    ),
    (
        "tally",
        "The Security Council resolution passed with 13 votes in favor and two abstentions.",
        "Thirteen members of the Security Council voted for the resolution and two abstained.",
        S,
    ),
    (
        "tally",
        "The House voted 220 to 211 to pass the spending bill.",
        "The spending bill passed the House 220-211.",
        S,
    ),
    (
        "tally",
        "The Senate passed the farm bill 52-48.",
        "The farm bill had passed the House 218-214 a week earlier.",
        N,
    ),
    (
        "tally",
        "The school board voted 4-3 to close Lincoln Elementary.",
        "Last year the school board voted 6-1 to renovate Lincoln Elementary.",
        N,
    ),
    (
        "tally",
        "Shareholders approved the chief executive's pay package with 62% of votes cast.",
        "Last year, 48% of votes cast opposed the chief executive's pay package.",
        N,
    ),
    (
        "tally",
        "The Assembly passed the rent-control measure 41-38.",
        "The rent-control measure now goes to the state Senate, where Democrats hold 21 of "
        "40 seats.",
        N,
    ),
    (
        "tally",
        "The Judiciary Committee advanced the nomination on a 12-10 vote.",
        "The full Senate is expected to vote on the nomination next week.",
        N,
    ),
    (
        "tally",
        "The Senate confirmed the nominee 51-49.",
        "The nominee was confirmed by the Senate 50-49, with one senator absent.",
        C,
    ),
    (
        "tally",
        "The council voted 8-1 to ban gas-powered leaf blowers.",
        "The ban on gas-powered leaf blowers passed the council on a 6-3 vote.",
        C,
    ),
    (
        "tally",
        "The General Assembly passed the resolution 120 to 5.",
        "The General Assembly adopted the resolution by 141 votes to 5.",
        C,
    ),
    (
        "tally",
        "The county board approved the budget unanimously.",
        "The county board approved the budget 4-1, with Supervisor Ruiz dissenting.",
        C,
    ),
    (
        "tally",
        "Union members ratified the contract by a vote of 3,412 to 1,109.",
        "The contract was ratified 3,214 to 1,109, the union said.",
        C,
    ),
    # (3) score lines
    (
        "score",
        "The Celtics beat the Knicks 112-104 on Sunday.",
        "The Knicks lost 112-104 to the Celtics on Sunday.",
        S,
    ),
    (
        "score",
        "The Yankees won 5-3 in 10 innings.",
        "The Yankees needed 10 innings to win 5-3.",
        S,
    ),
    (
        "score",
        "South Africa beat New Zealand 27-24 in the rugby final.",
        "New Zealand lost the rugby final 24-27 to South Africa.",
        S,
    ),
    (
        "score",
        "India scored 312 for 6 in their 50 overs.",
        "India finished on 312-6 from their 50 overs.",
        S,
    ),
    (
        "score",
        "The Lakers beat the Suns by 12 points, 118-106.",
        "The Lakers beat the Suns 118-106.",
        S,
    ),
    (
        "score",
        "The Dodgers beat the Padres 6-2 on Friday.",
        "The Padres beat the Dodgers 4-1 on Saturday to split the series.",
        N,
    ),
    (
        "score",
        "The Warriors led the Kings 58-50 at halftime.",
        "The Warriors beat the Kings 109-101.",
        N,
    ),
    (
        "score",
        "Australia won the first Test against India by nine wickets.",
        "Australia lost the second Test against India by 45 runs.",
        N,
    ),
    (
        "score",
        "The Chiefs beat the Bills 27-24 in the playoffs.",
        "The Bills had beaten the Chiefs 30-21 in the regular season.",
        N,
    ),
    (
        "score",
        "Marta Kovac won the Madrid final 6-3, 6-4.",
        "Kovac dropped a set in her Madrid semifinal, winning 4-6, 6-3, 6-2.",
        N,
    ),
    (
        "score",
        "The Red Sox beat the Orioles 7-4.",
        "The Orioles lost 7-5 to the Red Sox.",
        C,
    ),
    (
        "score",
        "The Bucks won 121-115 in overtime against Miami.",
        "The Bucks lost 121-115 in overtime against Miami.",
        C,
    ),
    (
        "score",
        "England beat Wales 24-18 at Twickenham.",
        "Wales beat England 24-18 at Twickenham.",
        C,
    ),
    (
        "score",
        "The Maple Leafs beat Ottawa 3-2 in a shootout.",
        "The Maple Leafs beat Ottawa 4-2, with an empty-net goal late in the third period.",
        C,
    ),
    (
        "score",
        "Pakistan beat Sri Lanka by five wickets.",
        "Pakistan beat Sri Lanka by 45 runs.",
        C,
    ),
    # (4) for/against and other stance verbs
    (
        "stance",
        "Senator Ruth Okafor voted for the infrastructure bill.",
        "Okafor was among the senators who voted in favor of the infrastructure bill.",
        S,
    ),
    (
        "stance",
        "The defense ministry denied that troops had crossed the border.",
        "The defense ministry rejected reports that troops crossed the border.",
        S,
    ),
    (
        "stance",
        "Germany opposed the EU tariff proposal.",
        "Germany voted against the EU tariff proposal on Tuesday.",
        S,
    ),
    (
        "stance",
        "Mayor Lisa Grant endorsed Proposition 4.",
        "Mayor Lisa Grant came out in support of Proposition 4.",
        S,
    ),
    (
        "stance",
        "Representative Dan Cole supported the gun measure.",
        "Cole voted in favor of the gun measure.",
        S,
    ),
    (
        "stance",
        "Senator Okafor voted for the farm bill.",
        "Senator Okafor voted against an amendment to the farm bill.",
        N,
    ),
    (
        "stance",
        "The nurses' union opposed the hospital merger.",
        "The nurses' union said members would vote on the hospital merger next month.",
        N,
    ),
    (
        "stance",
        "France backed the UN resolution on Gaza.",
        "France had abstained on a similar UN resolution on Gaza in 2023.",
        N,
    ),
    (
        "stance",
        "Councilwoman Ana Ruiz voted against the city budget.",
        "Ruiz voted for an amendment to the city budget adding two police officers.",
        N,
    ),
    (
        "stance",
        "A Tesla spokesperson denied that layoffs were planned.",
        "A Tesla spokesperson declined to comment on layoffs.",
        N,
    ),
    (
        "stance",
        "Governor Tate vetoed the bail reform bill.",
        "Governor Tate signed the bail reform bill into law.",
        C,
    ),
    (
        "stance",
        "China abstained on the Security Council resolution.",
        "China voted for the Security Council resolution.",
        C,
    ),
    (
        "stance",
        "Representative Mills opposed the Keystone pipeline.",
        "Mills has supported the Keystone pipeline since 2019.",
        C,
    ),
    (
        "stance",
        "The board accepted Varga Capital's takeover offer.",
        "The board rejected the takeover offer from Varga Capital.",
        C,
    ),
    (
        "stance",
        "A spokesperson confirmed the Ford plant would close.",
        "A spokesperson denied that the Ford plant would close.",
        C,
    ),
    # (5) direction of change
    (
        "change",
        "The unemployment rate fell to 3.9% in May.",
        "The unemployment rate declined to 3.9% in May, the Labor Department said.",
        S,
    ),
    (
        "change",
        "Shares of Norden rose 8% after the earnings report.",
        "Norden shares climbed 8% following its earnings report.",
        S,
    ),
    (
        "change",
        "Retail sales in October were higher than a year earlier.",
        "Retail sales rose in October compared with a year earlier.",
        S,
    ),
    (
        "change",
        "Tropical Storm Omar weakened as it moved inland.",
        "Omar lost strength after the tropical storm moved inland.",
        S,
    ),
    (
        "change",
        "The vaccine was less effective in older adults.",
        "The vaccine's efficacy was lower in older adults.",
        S,
    ),
    (
        "change",
        "Gas prices in California rose in March.",
        "Gas prices in California fell in January before rising again.",
        N,
    ),
    (
        "change",
        "Subway ridership in Chicago increased in 2024.",
        "Bus ridership in Chicago decreased in 2024, the transit agency said.",
        N,
    ),
    (
        "change",
        "Kessler's revenue grew 12% in the quarter.",
        "Kessler's profit fell 5% in the quarter.",
        N,
    ),
    (
        "change",
        "Patients on the drug recovered faster than those on placebo.",
        "Side effects were more common among patients on the drug than on placebo.",
        N,
    ),
    (
        "change",
        "The Senate passed the defense bill before the holiday recess.",
        "After the holiday recess, the Senate took up the immigration bill.",
        N,
    ),
    (
        "change",
        "Home prices in Phoenix rose in the third quarter.",
        "Home prices in Phoenix fell in the third quarter.",
        C,
    ),
    (
        "change",
        "The yen strengthened against the dollar on Monday.",
        "The yen weakened against the dollar on Monday.",
        C,
    ),
    (
        "change",
        "Ticket sales for the Mets were lower than last season.",
        "Ticket sales for the Mets were higher than last season, the team said.",
        C,
    ),
    (
        "change",
        "The impeachment hearing took place before the election.",
        "The impeachment hearing was held after the election.",
        C,
    ),
    (
        "change",
        "Emissions from the Kemper plant decreased by 10% last year.",
        "Emissions from the Kemper plant increased by 10% last year.",
        C,
    ),
    # (6) "no X" vs a count of X
    (
        "none",
        "No injuries were reported in the Amtrak derailment.",
        "Nobody was injured in the Amtrak derailment, officials said.",
        S,
    ),
    (
        "none",
        "There were no fatalities in the bus crash.",
        "No one was killed in the bus crash.",
        S,
    ),
    (
        "none",
        "Three firefighters were injured in the warehouse fire.",
        "The warehouse fire injured three firefighters, officials said.",
        S,
    ),
    (
        "none",
        "The tornado in Moore caused no deaths.",
        "Nobody died in the Moore tornado, officials said.",
        S,
    ),
    (
        "none",
        "Intel announced no layoffs at its Oregon plant.",
        "Intel said it would not cut any jobs at its Oregon plant.",
        S,
    ),
    (
        "none",
        "No arrests were made at the climate protest.",
        "Police arrested two people at a separate protest on Sunday.",
        N,
    ),
    (
        "none",
        "Five people died in the Houston flooding.",
        "No deaths were linked to the power outage that followed the Houston flooding.",
        N,
    ),
    (
        "none",
        "The trial reported no serious side effects.",
        "Mild side effects, such as headaches, were reported by 14 participants in the trial.",
        N,
    ),
    (
        "none",
        "No flights were canceled at O'Hare on Tuesday.",
        "Forty flights were delayed at O'Hare on Tuesday.",
        N,
    ),
    (
        "none",
        "The storm left 20,000 homes in Tampa without power.",
        "No homes in Tampa were destroyed by the storm, the county said.",
        N,
    ),
    (
        "none",
        "Four workers were injured in the refinery blast.",
        "No workers were injured in the refinery blast, the company said.",
        C,
    ),
    (
        "none",
        "No cases of measles were reported in Clark County this year.",
        "Clark County has reported six cases of measles this year.",
        C,
    ),
    (
        "none",
        "The earthquake in Taiwan caused no deaths.",
        "The earthquake in Taiwan killed at least 14 people.",
        C,
    ),
    (
        "none",
        "None of the senators voted against the veterans bill.",
        "Three senators voted against the veterans bill.",
        C,
    ),
    (
        "none",
        "Delta canceled 300 flights on Friday.",
        "Delta did not cancel any flights on Friday.",
        C,
    ),
    # (7) approximate vs exact amounts
    (
        "approx",
        "About 300 people attended the town hall in Tulsa.",
        "312 people attended the town hall in Tulsa, organizers said.",
        S,
    ),
    (
        "approx",
        "Nearly half of voters polled said they would back Gomez.",
        "48% of voters polled said they would back Gomez.",
        S,
    ),
    (
        "approx",
        "The light-rail extension will cost more than $2 billion.",
        "The light-rail extension is expected to cost $2.4 billion.",
        S,
    ),
    (
        "approx",
        "Between 200 and 300 homes were destroyed by the Camp Creek wildfire.",
        "The Camp Creek wildfire destroyed 245 homes.",
        S,
    ),
    (
        "approx",
        "Peloton cut roughly 1,000 jobs.",
        "Peloton eliminated 1,050 jobs.",
        S,
    ),
    (
        "approx",
        "About 300 people attended the town hall on Tuesday.",
        "Some 40 people spoke at the town hall on Tuesday.",
        N,
    ),
    (
        "approx",
        "The storm dumped more than 20 inches of snow on Buffalo.",
        "Buffalo's average snowfall for the whole of December is about 25 inches.",
        N,
    ),
    (
        "approx",
        "Nearly 5,000 runners finished the Boston marathon.",
        "More than 6,000 runners registered for the Boston marathon.",
        N,
    ),
    (
        "approx",
        "The trial enrolled about 1,200 patients.",
        "About 600 patients in the trial received the drug.",
        N,
    ),
    (
        "approx",
        "Nvidia earned about $3 billion in the quarter.",
        "Nvidia's revenue in the quarter was $12.1 billion.",
        N,
    ),
    (
        "approx",
        "Over 5,000 people were evacuated from Paradise.",
        "Fewer than 3,000 people were evacuated from Paradise.",
        C,
    ),
    (
        "approx",
        "Roughly 300 people attended the vigil.",
        "About 1,200 people attended the vigil.",
        C,
    ),
    (
        "approx",
        "The Elm Street bridge cost less than $100 million to build.",
        "The Elm Street bridge cost $140 million to build.",
        C,
    ),
    (
        "approx",
        "Turnout in the primary was almost 40%.",
        "Turnout in the primary was 22%, the lowest in decades.",
        C,
    ),
    (
        "approx",
        "At least 50 protesters were arrested in Portland.",
        "Police in Portland arrested 32 protesters.",
        C,
    ),
    # (8) units
    (
        "unit",
        "Hurricane Milton's winds reached 150 mph.",
        "Hurricane Milton's winds reached 240 km/h.",
        S,
    ),
    (
        "unit",
        "Temperatures hit 104 degrees Fahrenheit in Phoenix.",
        "Temperatures in Phoenix hit 40 degrees Celsius.",
        S,
    ),
    (
        "unit",
        "The new rail line in Utah is 50 miles long.",
        "The new rail line in Utah runs 80 kilometers.",
        S,
    ),
    (
        "unit",
        "The patient was given a 500 mg dose of the antibiotic.",
        "The patient received a 0.5 gram dose of the antibiotic.",
        S,
    ),
    (
        "unit",
        "The Fed raised interest rates by half a percentage point.",
        "The Fed raised interest rates by 0.5 percentage points.",
        S,
    ),
    (
        "unit",
        "The Chicago marathon course is 26.2 miles.",
        "The Chicago half-marathon course is 13.1 miles.",
        N,
    ),
    (
        "unit",
        "The car's fuel tank holds 15 gallons.",
        "The car gets 30 miles per gallon on the highway.",
        N,
    ),
    (
        "unit",
        "The snowstorm dropped 12 inches of snow on Denver.",
        "Wind gusts during the snowstorm in Denver reached 50 mph.",
        N,
    ),
    (
        "unit",
        "Lyles ran the 100 meters in 9.85 seconds.",
        "Lyles ran the 200 meters in 19.9 seconds.",
        N,
    ),
    (
        "unit",
        "The Hoover Dam is 221 meters tall.",
        "Lake Mead, behind the Hoover Dam, holds 35 billion cubic meters of water.",
        N,
    ),
    (
        "unit",
        "The new bridge spans 1.2 miles.",
        "The new bridge spans 1.2 kilometers.",
        C,
    ),
    (
        "unit",
        "The package weighed 5 pounds.",
        "The package weighed 5 kilograms.",
        C,
    ),
    (
        "unit",
        "The high in Denver on Monday was 30 degrees Fahrenheit.",
        "Denver's high on Monday was 30 degrees Celsius.",
        C,
    ),
    (
        "unit",
        "The new jet has a range of 5,000 miles.",
        "The new jet has a range of 5,000 kilometers.",
        C,
    ),
    (
        "unit",
        "The recommended dose is 10 milligrams a day.",
        "The recommended dose is 10 micrograms a day.",
        C,
    ),
    (
        "unit",
        "Support for the levy rose 5 percentage points.",
        "Support for the levy rose 5 percent.",
        C,
    ),
]

# Second batch: written after the first batch's fixes, before running it.
BATCH_2: list[tuple[str, str, str, str]] = [
    (
        "date",
        "The Fed will announce its decision on September 17.",
        "The Fed is scheduled to announce its rate decision on Sept. 17.",
        S,
    ),
    (
        "date",
        "The ceasefire took effect on 11/5/2024.",
        "The ceasefire took effect on November 5, 2024.",
        S,
    ),
    (
        "date",
        "The museum reopened in October 2023.",
        "The museum reopened in August 2023 after a two-year renovation.",
        C,
    ),
    (
        "date",
        "Lawmakers passed the budget on June 28.",
        "The budget bill was introduced in the legislature on March 2.",
        N,
    ),
    (
        "date",
        "The strike began on February 3.",
        "The strike ended on February 21 after union members approved a deal.",
        N,
    ),
    (
        "date",
        "SpaceX launched the probe on April 9, 2025.",
        "The SpaceX probe lifted off on April 19, 2025.",
        C,
    ),
    (
        "tally",
        "The Senate rejected the amendment 45-55.",
        "The amendment failed 45 to 55 in the Senate.",
        S,
    ),
    (
        "tally",
        "The board voted 5-2 to raise tuition.",
        "The board raised tuition on a 4-3 vote.",
        C,
    ),
    (
        "tally",
        "The UN Human Rights Council adopted the resolution by 28 votes to 12.",
        "The resolution was adopted with 28 in favor, 12 against and 7 abstentions.",
        S,
    ),
    (
        "tally",
        "The committee approved the bill 9-4.",
        "The committee approved a companion bill 11-2 last month.",
        N,
    ),
    ("tally", "The jury voted 10-2 to convict.", "The jury voted 11-1 to convict.", C),
    (
        "score",
        "The Yankees beat the Red Sox 4-2 on Tuesday.",
        "The Red Sox lost 4-2 to the Yankees on Tuesday.",
        S,
    ),
    (
        "score",
        "The Nuggets beat the Heat 94-89 in Game 5.",
        "The Nuggets beat the Heat 108-95 in Game 4.",
        N,
    ),
    ("score", "Ireland beat France 38-17 in Dublin.", "France beat Ireland 38-17 in Dublin.", C),
    ("score", "The Raiders won 24-20.", "The Raiders lost 24-20.", C),
    (
        "score",
        "Federer won the match 7-6, 6-4.",
        "Federer won the match 7-6, 6-4, after saving two set points.",
        S,
    ),
    ("stance", "Senator Ray Booker voted against the tax bill.", "Booker opposed the tax bill.", S),
    (
        "stance",
        "The ministry denied that the minister had resigned.",
        "The ministry confirmed that the minister had resigned.",
        C,
    ),
    (
        "stance",
        "Japan supported the climate resolution.",
        "Japan voted against the climate resolution.",
        C,
    ),
    (
        "stance",
        "The mayor vetoed the rent freeze.",
        "The mayor's chief of staff opposed the rent freeze.",
        N,
    ),
    (
        "stance",
        "The EU approved the trade deal.",
        "The European Parliament debated the trade deal on Tuesday.",
        N,
    ),
    ("change", "Oil prices fell on Monday.", "Oil prices dropped on Monday.", S),
    ("change", "Inflation rose to 3.1% in January.", "Inflation fell to 3.1% in January.", C),
    (
        "change",
        "Mortgage rates were higher in 2024 than in 2023.",
        "Mortgage rates were lower in 2024 than in 2023.",
        C,
    ),
    ("change", "Wheat exports increased in May.", "Corn exports decreased in May.", N),
    (
        "change",
        "The hurricane strengthened overnight.",
        "The hurricane weakened after landfall on Thursday.",
        N,
    ),
    (
        "none",
        "No one was injured in the Dallas fire.",
        "Two firefighters were injured in the Dallas fire.",
        C,
    ),
    (
        "none",
        "The airline reported no delays on Sunday.",
        "The airline reported 120 delays on Sunday.",
        C,
    ),
    (
        "none",
        "There were no casualties in the Oklahoma tornado.",
        "Nobody was killed or hurt in the Oklahoma tornado.",
        S,
    ),
    (
        "none",
        "Seven people died in the Ohio pileup.",
        "No one died in a second crash on the same highway hours later.",
        N,
    ),
    (
        "none",
        "No vaccine doses were wasted in March.",
        "The clinic gave 4,500 vaccine doses in March.",
        N,
    ),
    (
        "approx",
        "Nearly 2,000 homes lost power in Austin.",
        "About 1,950 homes lost power in Austin.",
        S,
    ),
    ("approx", "The stock fell more than 10% on Friday.", "The stock fell 6% on Friday.", C),
    ("approx", "Around 40,000 fans attended the game.", "The crowd at the game was 41,312.", S),
    ("approx", "The company has fewer than 500 employees.", "The company has 820 employees.", C),
    (
        "approx",
        "About 1,000 people were evacuated from Lahaina.",
        "About 1,000 people returned to Lahaina on Monday.",
        N,
    ),
    ("unit", "The storm brought winds of 70 mph.", "The storm brought winds of 113 km/h.", S),
    ("unit", "The pipeline is 300 miles long.", "The pipeline is 300 kilometers long.", C),
    ("unit", "The tank holds 50 gallons of fuel.", "The tank holds 189 liters of fuel.", S),
    (
        "unit",
        "Temperatures in Chicago fell to minus 10 degrees Fahrenheit.",
        "Temperatures in Chicago fell to minus 23 degrees Celsius.",
        S,
    ),
    ("unit", "The baby weighed 7 pounds.", "The baby weighed 3.2 kilograms.", S),
    ("unit", "The runner weighs 150 pounds.", "The runner is 6 feet tall.", N),
]

CASES: list[tuple[str, str, Stance]] = [
    (claim, source, Stance(stance)) for _, claim, source, stance in [*BATCH_1, *BATCH_2]
]

# The pairs still wrong -> why.
LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The Security Council resolution passed with 13 votes in favor and two abstentions.",
        "Thirteen members of the Security Council voted for the resolution and two abstained.",
    ): (
        "[tally] Related, not supports: '13 votes in favor' and 'Thirteen members ... voted"
        " for' count votes and members, and 'abstentions' / 'abstained' have other stems: "
        "the claim's figures are not read as given"
    ),
    (
        "Shareholders approved the chief executive's pay package with 62% of votes cast.",
        "Last year, 48% of votes cast opposed the chief executive's pay package.",
    ): (
        "[tally] contradicts, not Related (a false clash): the passage's 48% is last year's"
        " and of the other side ('opposed'); a share of votes is compared whatever its side"
        " and, without a time in the claim, whatever its year"
    ),
    (
        "The Dodgers beat the Padres 6-2 on Friday.",
        "The Padres beat the Dodgers 4-1 on Saturday to split the series.",
    ): (
        "[score] contradicts, not Related (a false clash): another game of the series ('on "
        "Saturday to split the series'); the day, the score and the winner all differ, and "
        "each is read as a clash of the claim's game"
    ),
    (
        "Marta Kovac won the Madrid final 6-3, 6-4.",
        "Kovac dropped a set in her Madrid semifinal, winning 4-6, 6-3, 6-2.",
    ): (
        "[score] supports, not Related: the semifinal's set scores ('4-6, 6-3, 6-2') are "
        "read as agreeing with the final's ('6-3, 6-4'), 'final' against 'semifinal' is not"
        " read as another match when written as one word, and a set score's order is not "
        "tied to its player"
    ),
    (
        "Patients on the drug recovered faster than those on placebo.",
        "Side effects were more common among patients on the drug than on placebo.",
    ): (
        "[change] supports, not Related: 'Side effects were more common' shares the trial's"
        " words (patients, drug, placebo) but compares another thing; a comparison of "
        "another measure is not read apart"
    ),
    (
        "The Senate passed the defense bill before the holiday recess.",
        "After the holiday recess, the Senate took up the immigration bill.",
    ): (
        "[change] contradicts, not Related (a false clash): 'After the recess, the Senate "
        "took up the immigration bill' is another act on another bill; 'before' / 'after' "
        "are read as opposites whatever they time"
    ),
    (
        "Intel announced no layoffs at its Oregon plant.",
        "Intel said it would not cut any jobs at its Oregon plant.",
    ): (
        "[none] Related, not supports: 'not cut any jobs' says 'no layoffs' in other words,"
        " which are not read as one"
    ),
    (
        "Five people died in the Houston flooding.",
        "No deaths were linked to the power outage that followed the Houston flooding.",
    ): (
        "[none] contradicts, not Related (a false clash): 'No deaths were linked to the "
        "power outage that followed the flooding' denies deaths of another cause, read as "
        "none of the flooding's"
    ),
    (
        "The trial reported no serious side effects.",
        "Mild side effects, such as headaches, were reported by 14 participants in the trial.",
    ): (
        "[none] supports, not Related: 'Mild side effects ... were reported' names the "
        "claim's noun of another kind ('mild' / 'serious'), which is not read apart outside"
        " changes"
    ),
    (
        "The storm left 20,000 homes in Tampa without power.",
        "No homes in Tampa were destroyed by the storm, the county said.",
    ): (
        "[none] contradicts, not Related (a false clash): 'No homes ... were destroyed' is "
        "another fate of the homes, but the claim's fate is said before its count ('left "
        "... without power'), where a verb is too often a count's own ('has had no cases' /"
        " 'has recorded 23')"
    ),
    (
        "The storm dumped more than 20 inches of snow on Buffalo.",
        "Buffalo's average snowfall for the whole of December is about 25 inches.",
    ): (
        "[approx] supports, not Related: 'average snowfall for the whole of December' is a "
        "usual level, but 'average' is not read as one, and a usual level that meets the "
        "claim's figure is taken as giving it"
    ),
    (
        "The ceasefire took effect on 11/5/2024.",
        "The ceasefire took effect on November 5, 2024.",
    ): (
        "[date] Related, not supports: '11/5/2024' is 5 November in the US and 11 May in "
        "Britain; a slashed date is read only where its order is plain "
        "(monthparts.slash_dates)"
    ),
    (
        "SpaceX launched the probe on April 9, 2025.",
        "The SpaceX probe lifted off on April 19, 2025.",
    ): (
        "[date] Related, not contradicts: 'launched' is a verb of a phase ('start') and "
        "'lifted off' none, so the passage's date is taken for another event's "
        "(phases.other_event)"
    ),
    (
        "The UN Human Rights Council adopted the resolution by 28 votes to 12.",
        "The resolution was adopted with 28 in favor, 12 against and 7 abstentions.",
    ): (
        "[tally] Related, not supports: the passage's passive 'was adopted' names no doer, "
        "so it is not read as stating the council's act (doers.other_doer; an editor may "
        "accept it)"
    ),
    (
        "The mayor vetoed the rent freeze.",
        "The mayor's chief of staff opposed the rent freeze.",
    ): (
        "[stance] supports, not Related: 'The mayor's chief of staff' is another person "
        "tied to the mayor, but only a few such words (deputy, rival...) are known, and "
        "only against an opposite"
    ),
}
