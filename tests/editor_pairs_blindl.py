"""Blind table "blindl": "no X" vs counts, approximate vs exact amounts, units, mixed.

Written on 7 December 2026 (eighth session) before reading any earlier table or the cue
code: only README.md and the "Stance and cues" table of docs/matching.md had been read.
Each case is (kind, claim, passage, expected stance), as a newsroom editor would mark it.
Kinds: 5 "no X" vs a count of X, 6 approximate vs exact amounts, 7 units, 8 mixed.
``CASES`` drops the kind, for tests/test_stance_editor_tables.py, which runs them in process
and through `factcheck match` with either retrieval; the pairs still wrong are in
``LEFT_OUT`` with their reasons.

When first run (before any fix), 24 of the 116 were wrong in process, 26 through `match`
lexically (the two ``NOT_SHOWN`` pairs share no content word with their claim) and 22 with
semantic retrieval: "no X" against a count 7 of 30, approximate amounts 7 of 36, units 5 of
27, mixed 5 of 23. 6 were false clashes (a passage that must be Related shown as
contradicting): another act on the thing counted ("cancelled no flights" against "40
flights were delayed"), another season ("this season" against "no deaths ... last
season"), a "no" of a thing the passage never names ("no power cuts" against "brought
down 12 trees"), another dimension ("spans 2 km" against "towers are 150 metres tall"), a
gap for a level ("35C" against "5C above the July average") and another act at another
time ("fewer than 10 trees would be felled" against "planted 300 trees ... last year").
Four clashes were shown as supports: "zero cases of measles" against "Three pupils ...
diagnosed with measles", "just over 60 per cent" against "54%, down from 61%", "over 10 km"
against "over 10 miles", and "no injuries reported" against "four were treated for
hypothermia".

After the fixes that followed ("had" right before a figure is no past perfect,
``earlier``; the figure a change is measured from, "down from 61%", and a gap from the
usual level, "5C above the July average", are no level, ``relative``; one number in two
units of a measure is a unit mixed up, "over 10 km" / "over 10 miles", ``bands``; "three
million pounds" is money, ``units``; "spans" and "from bow to stern" give how long a thing
is, ``extents``; what is spent on a thing is its cost and its budget, ``aside``; a count of
none against a count of another fate of its noun, "cancelled no flights" / "40 flights were
delayed", a "no X" of a plural the passage never names, "no power cuts" / "brought down 12
trees", is neither clash nor statement, and a passage's "no X" at another time than the
claim's own, "last season", no clash, ``nobody``, ``figures``, ``denied``), 12 of the 116
are wrong in process and with semantic retrieval through `match`, 14 lexically (the two
``NOT_SHOWN``): "no X" 2 of 30, approximate amounts 4 of 36, units 1 of 27, mixed 5 of 23;
1 of them a false clash (``LEFT_OUT``).

A second batch (``SECOND``, 40 pairs of the same kinds, a third each to clash, agree and
stay Related) was written after those fixes and before running it: 6 were wrong when first
run, the same 6 in process and through `match` with either retrieval ("no X" 3 of 12,
approximate amounts 0 of 11, units 0 of 9, mixed 3 of 8), 2 of them false clashes ("No
teachers were sacked" against "12 teachers were unqualified", "with no costs charged"
against a passage that never names costs). After a count of none was read against a count
of its noun with another verb said after both ("were sacked" / "were unqualified",
``fates.of_another_fate``), "with no X" before a participle as a count of events
(``nobody.none_unsaid``), and the size of the group of a "none of the 200" as no figure
to give (``figures``), 3 of the 40 are wrong, none a false clash. In all, 15 of 156 are
left (``LEFT_OUT``), 1 of them a false clash. With the second batch in the same workspace,
a third pair that shares no content word with its claim ("The race starts at 9am" for "The
marathon route is 26.2 miles long") is no longer among the top 5 lexically: ``NOT_SHOWN``.

The lead's rules of 7 December, 18:00 (a crowd's figure, prison terms) put three more of
the first batch right ("a crowd of 41,236", "Crowd of more than 80,000 at Wembley", "jailed
him for six years"): 9 of its 116 are left.

A third batch (``THIRD``, 30 short pairs) was written after the second batch's fixes and
before running it: 5 were wrong when first run, the same 5 in process and through `match`
with either retrieval ("no X" 1 of 8, approximate amounts 1 of 8, units 2 of 7, mixed 1 of
7), 3 of them false clashes ("40% more glass than in 2020" for "Almost 90% of households
recycle", "40 metres below the river" for "5 km long", "replaced trains" for "No trains
ran"), and "50 yards" shown as supporting "50 metres". After a figure before "more ...
than" was read as a gap (``relative``), "below" and "above" as how deep or high
(``extents``) and one number in two units as a unit mixed up, bound or not (``bands``), 2
of the 30 are wrong, 1 a false clash. In all, 14 of 186 are left (``LEFT_OUT``), 2 of them
false clashes.

A fourth batch (``FOURTH``, 20 short pairs) was written after the third batch's fixes (and
those of a usual level, "normally 1.5 metres deep", a deficit, and a claim's own "last
year") and before running it: 5 were wrong when first run, the same 5 in process and
through `match` with either retrieval, none a false clash: two missed clashes ("At most 12
people" against "up to 20 people"; "suffered burns" against "No one was hurt") and three
agreements shown as Related, two of them because the passage leaves out a second figure of
the claim's ("The £40m stadium, which seats about 20,000"), which an editor may accept.
After two maxima were read as two figures ("at most", "up to", ``bands``), 4 of the 20 are
wrong. In all, 18 of 206 are left (``LEFT_OUT``), 2 of them false clashes.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

S, C, N = "supports", "contradicts", "neutral"

BLIND: list[tuple[int, str, str, str]] = [
    # --- kind 5: "no X" vs a count of X -------------------------------------------------
    (
        5,
        "Nobody was killed when the ferry ran aground off Skye.",
        "Two passengers died after the ferry ran aground off Skye on Tuesday, the coastguard said.",
        C,
    ),
    (
        5,
        "No arrests were made after the match at Elland Road.",
        "West Yorkshire Police said four men were arrested after the match at Elland Road.",
        C,
    ),
    (
        5,
        "Death toll rises to 12 in Valencia floods",
        "No deaths have been confirmed in the Valencia floods, regional officials said.",
        C,
    ),
    (
        5,
        "The school reported zero cases of measles this term.",
        "Three pupils at the school were diagnosed with measles this term.",
        C,
    ),
    (
        5,
        "Not a single goal was scored in the first half.",
        "Rovers scored twice in the first half through Adebayo.",
        C,
    ),
    (
        5,
        "No staff were injured in the warehouse fire.",
        "Five members of staff were treated in hospital after the warehouse "
        "fire, the fire service said.",
        C,
    ),
    (
        5,
        "Everyone on board survived the crash landing.",
        "One passenger died in the crash landing, the airline confirmed.",
        C,
    ),
    (
        5,
        "All 40 climbers survived the avalanche.",
        "Three of the 40 climbers were killed in the avalanche.",
        C,
    ),
    (5, "The bill passed without a single vote against.", "The bill passed by 310 votes to 12.", C),
    (
        5,
        "There were no injuries in the crash on the M6.",
        "Two drivers were taken to hospital with minor injuries after the crash on the M6.",
        C,
    ),
    (
        5,
        "None of the 14 candidates was elected.",
        "Four of the 14 candidates were elected, the returning officer said.",
        C,
    ),
    (
        5,
        "The hospital has had no cases of norovirus since January.",
        "The hospital has recorded 23 cases of norovirus since January.",
        C,
    ),
    (
        5,
        "Fire at tower block: no casualties",
        "Six people were hurt in the fire at the tower block, two of them seriously.",
        C,
    ),
    (
        5,
        "No one was hurt in the blast at the chemical plant.",
        "Nobody was injured in the explosion at the chemical plant, police said.",
        S,
    ),
    (
        5,
        "There were no fatalities in the pile-up.",
        "No one died in the pile-up on the A1, police said.",
        S,
    ),
    (
        5,
        "Zero deaths were recorded on the county's roads in August.",
        "Nobody died on the county's roads in August, the first such month since records began.",
        S,
    ),
    (
        5,
        "All 150 passengers survived the emergency landing.",
        "None of the 150 passengers was killed in the emergency landing.",
        S,
    ),
    (
        5,
        "None of the teachers voted to strike.",
        "Not one teacher voted in favour of strike action.",
        S,
    ),
    (
        5,
        "No one was injured when the roof collapsed.",
        "The roof collapsed overnight; no one was in the building at the time "
        "and there were no injuries.",
        S,
    ),
    (
        5,
        "The protest ended without any arrests.",
        "Police made no arrests at the protest, which ended peacefully.",
        S,
    ),
    (
        5,
        "Firefighters rescued all six residents unharmed.",
        "All six residents were rescued unhurt by firefighters.",
        S,
    ),
    (
        5,
        "No one was killed in the Dover ferry fire.",
        "Around 300 passengers were evacuated from the ferry at Dover after the fire broke out.",
        N,
    ),
    (
        5,
        "No arrests were made at the climate march.",
        "About 5,000 people joined the climate march, organisers said.",
        N,
    ),
    (
        5,
        "Three people were injured in the tram derailment.",
        "No one was killed in the tram derailment, the operator said.",
        N,
    ),
    (
        5,
        "There were no deaths at the festival this year.",
        "Paramedics treated 48 people for heat exhaustion at the festival.",
        N,
    ),
    (
        5,
        "The airline cancelled no flights on Friday.",
        "The airline said 40 flights were delayed on Friday because of fog.",
        N,
    ),
    (
        5,
        "Two climbers died on the mountain this season.",
        "There were no deaths on the mountain last season.",
        N,
    ),
    (
        5,
        "The storm caused no power cuts in Cornwall.",
        "The storm brought down 12 trees in Cornwall, the council said.",
        N,
    ),
    (
        5,
        "No one was injured in the Leeds bus crash.",
        "Two people were injured in a separate crash in Bradford on the same evening.",
        N,
    ),
    (
        5,
        "No patients died during the outage, the trust said.",
        "The trust said 140 operations were postponed during the outage.",
        N,
    ),
    # --- kind 6: approximate vs exact amounts -------------------------------------------
    (
        6,
        "Roughly 300 people attended the vigil.",
        "Police estimated that 312 people attended the vigil on Sunday evening.",
        S,
    ),
    (
        6,
        "Nearly 2,000 homes lost power during the storm.",
        "The storm cut power to 1,940 homes, the network operator said.",
        S,
    ),
    (
        6,
        "More than 40,000 fans watched the final.",
        "The final was watched by a crowd of 41,236.",
        S,
    ),
    (
        6,
        "The council spent about £1.2m on the new library.",
        "The new library cost the council £1.18 million.",
        S,
    ),
    (
        6,
        "Unemployment fell to around 4 per cent.",
        "The unemployment rate fell to 4.1% in the three months to June.",
        S,
    ),
    (
        6,
        "The firm made a profit of $3.5 million last year.",
        "The firm reported a profit of $3.5m for last year.",
        S,
    ),
    (
        6,
        "Some 200 jobs will go at the plant.",
        "The company said 198 jobs would be cut at the plant.",
        S,
    ),
    (6, "Almost half of voters backed the plan.", "The plan was backed by 48% of voters.", S),
    (
        6,
        "The project is expected to cost up to £40m.",
        "The project's budget was capped at £40 million.",
        S,
    ),
    (
        6,
        "A dozen schools closed because of the snow.",
        "Twelve schools closed because of the heavy snow on Monday.",
        S,
    ),
    (
        6,
        "Between 200 and 300 homes were flooded.",
        "The Environment Agency said 250 homes had been flooded.",
        S,
    ),
    (
        6,
        "House prices have doubled since 2010.",
        "The average house price rose from £150,000 in 2010 to £300,000 this year.",
        S,
    ),
    (
        6,
        "Roughly 9,000 runners took part.",
        "The weather was kind this year, and 9,140 runners took part, organisers said.",
        S,
    ),
    (
        6,
        "Over 5,000 people signed the petition.",
        "The petition gathered fewer than 4,000 signatures.",
        C,
    ),
    (
        6,
        "Fewer than 100 people turned up to the meeting.",
        "More than 250 residents attended the meeting at the town hall.",
        C,
    ),
    (
        6,
        "The museum drew around 1 million visitors last year.",
        "The museum had 450,000 visitors last year, its annual report shows.",
        C,
    ),
    (
        6,
        "Nearly a third of the budget goes on social care.",
        "Social care accounts for 12% of the council's budget.",
        C,
    ),
    (6, "The deal is worth £2bn.", "The deal is worth £200m, the company said.", C),
    (
        6,
        "At least 30 people were injured in the blast.",
        "Twelve people were injured in the blast, the health ministry said.",
        C,
    ),
    (
        6,
        "The bridge will cost about $1.2 billion.",
        "State officials put the cost of the bridge at $2.5 billion.",
        C,
    ),
    (
        6,
        "Turnout was just over 60 per cent.",
        "Turnout was 54%, down from 61% at the last election.",
        C,
    ),
    (
        6,
        "Hundreds of people were evacuated from the estate.",
        "Officers evacuated 35 people from the estate.",
        C,
    ),
    (
        6,
        "The average rent has almost doubled in five years.",
        "The average rent rose by 15% in five years.",
        C,
    ),
    (
        6,
        "Up to 50 jobs are at risk.",
        "About 300 jobs are at risk at the factory, the union said.",
        C,
    ),
    (
        6,
        "Half of the nurses surveyed said they planned to leave.",
        "A quarter of the nurses surveyed said they planned to leave the profession.",
        C,
    ),
    (
        6,
        "Crowd of more than 80,000 at Wembley",
        "A crowd of 62,000 watched the match at Wembley.",
        C,
    ),
    (
        6,
        "Roughly 300 people attended the vigil.",
        "The vigil lasted about two hours and ended at 9pm.",
        N,
    ),
    (
        6,
        "More than 40,000 fans watched the final.",
        "Tickets for the final cost between £45 and £120.",
        N,
    ),
    (
        6,
        "The council spent about £1.2m on the new library.",
        "The new library holds some 80,000 books and opened in March.",
        N,
    ),
    (
        6,
        "Unemployment rose to around 5 per cent.",
        "Wages rose by 3.2 per cent over the same period.",
        N,
    ),
    (
        6,
        "Nearly 2,000 homes lost power during the storm.",
        "Wind speeds reached almost 90mph during the storm.",
        N,
    ),
    (
        6,
        "The charity raised over £50,000 for the hospice.",
        "The hospice cares for about 400 patients a year.",
        N,
    ),
    (6, "Almost half of voters backed the plan.", "Turnout in the referendum was 38 per cent.", N),
    (6, "The firm employs around 3,000 people.", "The firm's revenue rose to £3bn last year.", N),
    (
        6,
        "At least 30 people were injured in the blast.",
        "The blast damaged some 40 buildings in the old town.",
        N,
    ),
    (
        6,
        "The company cut 200 jobs last year.",
        "The company hired more than 500 people in 2022.",
        N,
    ),
    # --- kind 7: units ------------------------------------------------------------------
    (
        7,
        "The marathon route is 26.2 miles long.",
        "The course covers 42.2 km through the city centre.",
        S,
    ),
    (7, "The heaviest pumpkin weighed 1,200 lb.", "The winning pumpkin weighed in at 544kg.", S),
    (
        7,
        "Temperatures reached 40C in Seville on Monday.",
        "The thermometer hit 104F in Seville on Monday.",
        S,
    ),
    (7, "The tower is 300 metres tall.", "The tower stands about 984 feet high.", S),
    (
        7,
        "The flight takes 90 minutes.",
        "The flight from Glasgow to London takes an hour and a half.",
        S,
    ),
    (
        7,
        "The wildfire burned 5,000 hectares of forest.",
        "The fire destroyed more than 12,000 acres of forest.",
        S,
    ),
    (
        7,
        "The speed limit on the road is 50 km/h.",
        "Drivers on the road are limited to about 30mph.",
        S,
    ),
    (7, "The strike lasted 48 hours.", "The strike lasted two days.", S),
    (
        7,
        "The new ship is 1,000 feet long.",
        "The new ship measures 305 metres from bow to stern.",
        S,
    ),
    (7, "The bridge spans 2 km.", "The bridge is 2 miles long, the longest in the region.", C),
    (7, "The baby weighed 3.5 kg at birth.", "The baby weighed 9 lb at birth.", C),
    (7, "Temperatures dropped to -10C overnight.", "Temperatures dropped to 5F overnight.", C),
    (7, "The race is run over 10 km.", "The race is run over 10 miles.", C),
    (7, "The delay lasted 90 minutes.", "Passengers said the delay lasted almost three hours.", C),
    (7, "The estate covers 400 hectares.", "The estate covers 400 acres.", C),
    (7, "The fine was £10,000.", "The company was fined $10,000.", C),
    (7, "The ticket costs €50.", "The ticket costs £50.", C),
    (7, "The tallest wave was 20 metres high.", "The biggest wave measured 20 feet.", C),
    (
        7,
        "The marathon route is 26.2 miles long.",
        "The race starts at 9am and the cut-off is six hours.",
        N,
    ),
    (7, "The bridge spans 2 km.", "The bridge's main towers are 150 metres tall.", N),
    (
        7,
        "The tanker spilled 30,000 litres of oil.",
        "The slick spread over 12 square kilometres of sea.",
        N,
    ),
    (
        7,
        "The storm dumped 50 mm of rain in an hour.",
        "Gusts reached 70 mph at the coast during the storm.",
        N,
    ),
    (
        7,
        "The baby weighed 3.5 kg at birth.",
        "The baby was born at 2.14am after a 14-hour labour.",
        N,
    ),
    (
        7,
        "The reservoir is 12 metres below its normal level.",
        "The reservoir holds 40 billion litres when full.",
        N,
    ),
    (
        7,
        "The lorry weighed 44 tonnes.",
        "The lorry was travelling at 56 mph when it hit the bridge.",
        N,
    ),
    (7, "The trail is 12 miles long.", "The trail climbs 800 metres from the car park.", N),
    (
        7,
        "Temperatures reached 35C in Athens.",
        "Temperatures in Athens were 5C above the July average.",
        N,
    ),
    # --- kind 8: mixed ------------------------------------------------------------------
    (
        8,
        "Nobody died in the fire, which destroyed about 200 hectares of moorland.",
        "The moorland fire burned roughly 500 acres but caused no deaths, the fire service said.",
        S,
    ),
    (
        8,
        "Turnout topped 70 per cent for the first time.",
        "For the first time, more than 70% of voters turned out.",
        S,
    ),
    (
        8,
        "The airline carried around 3.5 million passengers in 2023.",
        "In 2023 the airline flew 3,482,000 passengers, according to its annual report.",
        S,
    ),
    (
        8,
        "Shares in the retailer fell 8% on Tuesday.",
        "The retailer's shares dropped 8 per cent on Tuesday after a profit warning.",
        S,
    ),
    (
        8,
        "The judge jailed him for six years.",
        "He was sentenced to six years in prison, the judge said.",
        S,
    ),
    (
        8,
        "Inflation eased to 2.3% in April.",
        "Inflation eased to 2.3 per cent in the year to April, down from 3.2 "
        "per cent in March, the ONS said.",
        S,
    ),
    (
        8,
        "Unemployment stood at 1.5 million.",
        "The number of people out of work was 1.5m, the figures show.",
        S,
    ),
    (
        8,
        "The council will spend £3m fixing potholes.",
        "About three million pounds will go on pothole repairs, the council said.",
        S,
    ),
    (
        8,
        "No one was injured when 400 litres of diesel leaked into the river.",
        "Two workers were injured when 400 litres of diesel leaked into the river.",
        C,
    ),
    (
        8,
        "The 5km fun run raised more than £20,000.",
        "The 5km fun run raised £12,500 for the hospice.",
        C,
    ),
    (
        8,
        "Shares in the retailer fell 8% on Tuesday.",
        "The retailer's shares fell 18% on Tuesday.",
        C,
    ),
    (
        8,
        "The flood defences cost £12m and protect 1,200 homes.",
        "The flood defences, which cost £21m, protect 1,200 homes.",
        C,
    ),
    (
        8,
        "About 60 people were rescued from the flooded campsite, with no injuries reported.",
        "Sixty people were rescued from the flooded campsite; four were treated for hypothermia.",
        C,
    ),
    (
        8,
        "The ship sank in 30 metres of water about 2 miles off shore.",
        "The ship sank in 30 feet of water about 2 miles off shore.",
        C,
    ),
    (
        8,
        "The minister said the scheme would cost around £500m.",
        "The scheme will cost £1.5bn, the minister told MPs.",
        C,
    ),
    (
        8,
        "No one was hurt when the 10-tonne crane toppled.",
        "The crane, which is 60 metres tall, toppled in high winds on Friday.",
        N,
    ),
    (
        8,
        "The hospital treated about 200 patients for heatstroke as temperatures hit 38C.",
        "Temperatures hit 38C on Tuesday, the hottest day of the year so far.",
        N,
    ),
    (
        8,
        "The minister said the scheme would cost around £500m.",
        "The scheme will create about 2,000 jobs, the minister said.",
        N,
    ),
    (
        8,
        "The bridge, 1.5 km long, took four years to build.",
        "The bridge carries about 20,000 vehicles a day.",
        N,
    ),
    (
        8,
        "No trains ran between Leeds and York for six hours.",
        "About 12,000 passengers were affected by the closure between Leeds and York.",
        N,
    ),
    (
        8,
        "Over half of the 2,400 staff voted to strike.",
        "The union has about 2,400 members at the site, it said.",
        N,
    ),
    (
        8,
        "The council said fewer than 10 trees would be felled.",
        "The council planted 300 trees in the park last year.",
        N,
    ),
    (
        8,
        "Nobody was injured in the 60mph crash, police said.",
        "The car was travelling at about 60 mph when it left the road, police said.",
        N,
    ),
]

# A second batch, written after the fixes above and before running it (7 December, 18:05).
SECOND: list[tuple[int, str, str, str]] = [
    (
        5,
        "No climbers were injured in the rockfall.",
        "Two climbers were airlifted to hospital with injuries after the rockfall.",
        C,
    ),
    (
        5,
        "The earthquake claimed no lives.",
        "Officials said 14 people were killed in the earthquake.",
        C,
    ),
    (
        5,
        "Nobody was rescued from the flooded mine.",
        "Rescuers brought 11 miners out of the flooded mine alive.",
        C,
    ),
    (
        5,
        "Zero complaints were received about the broadcast.",
        "The regulator received 340 complaints about the broadcast.",
        C,
    ),
    (5, "No goals were scored at Anfield.", "Liverpool scored three goals at Anfield.", C),
    (
        5,
        "Not one patient caught the infection on the ward.",
        "Nobody on the ward caught the infection, the hospital said.",
        S,
    ),
    (5, "The blaze caused no injuries.", "No one was injured in the blaze, firefighters said.", S),
    (5, "None of the 200 runners needed treatment.", "Medics said no runner needed treatment.", S),
    (
        5,
        "There were no arrests at the derby.",
        "Police praised fans after the derby, at which no arrests were made.",
        S,
    ),
    (
        5,
        "No flights were cancelled at Gatwick.",
        "About 60 flights were delayed at Gatwick because of the fog.",
        N,
    ),
    (
        5,
        "No one died in the fire at the care home.",
        "Twenty residents were moved out of the care home after the fire.",
        N,
    ),
    (
        5,
        "No teachers were sacked after the inspection.",
        "The inspection found 12 teachers were unqualified.",
        N,
    ),
    (6, "Almost 7,000 fans watched the game.", "The game was watched by 6,850 fans.", S),
    (
        6,
        "More than half of the 600 members voted for the merger.",
        "The merger was backed by 342 of the 600 members.",
        S,
    ),
    (
        6,
        "The council will borrow around £25m.",
        "The council will borrow £24.6m, its finance chief said.",
        S,
    ),
    (
        6,
        "Roughly 1 in 4 homes is at risk of flooding.",
        "About 25% of homes are at risk of flooding.",
        S,
    ),
    (
        6,
        "At least 40 people were injured.",
        "Twenty-five people were injured, the ambulance service said.",
        C,
    ),
    (6, "Fewer than 2,000 tickets were sold.", "Organisers said 3,200 tickets were sold.", C),
    (6, "The museum drew nearly 2 million visitors.", "The museum drew 1.2 million visitors.", C),
    (6, "House prices rose by about 5% last year.", "House prices rose by 11% last year.", C),
    (
        6,
        "Roughly 400 people attended the funeral.",
        "The funeral was held at St Mary's church, which seats 600.",
        N,
    ),
    (
        6,
        "Over 10,000 people signed the petition.",
        "The petition needs 100,000 signatures to be debated.",
        N,
    ),
    (6, "Nearly 30% of pupils missed school last week.", "The school has 1,200 pupils.", N),
    (7, "The cyclist rode 200 km in a day.", "The cyclist rode 124 miles in a day.", S),
    (7, "The baby weighed 8 lb.", "The baby weighed 3.6 kg.", S),
    (7, "Temperatures fell to 0C.", "Temperatures fell to 32F.", S),
    (7, "The queue was 3 miles long.", "The queue stretched for 3 km.", C),
    (7, "The match lasted 90 minutes.", "The match lasted two hours.", C),
    (7, "The farm covers 100 hectares.", "The farm covers 100 acres.", C),
    (7, "The river rose 2 metres overnight.", "The river is 40 metres wide at the bridge.", N),
    (7, "The ship is 300 metres long.", "The ship can carry 5,000 passengers at 22 knots.", N),
    (7, "Wind speeds reached 90 mph.", "Winds of 90 mph brought down trees across the county.", S),
    (
        8,
        "No one was hurt when the 40-tonne lorry overturned.",
        "The 40-tonne lorry overturned on the A14 and the driver was unhurt.",
        S,
    ),
    (
        8,
        "Roughly £2m was raised for the hospice, with no costs charged.",
        "The appeal raised £2.1m for the hospice.",
        N,
    ),
    (
        8,
        "The 10 km race had no finishers under 30 minutes.",
        "The winner finished the 10 km race in 29 minutes.",
        C,
    ),
    (
        8,
        "About 500 homes were left without power for six hours.",
        "About 500 homes were left without power for six days.",
        C,
    ),
    (
        8,
        "The new stadium, which cost $1.2bn, seats about 60,000.",
        "The new stadium cost $1.2 billion and holds 61,500 fans.",
        S,
    ),
    (
        8,
        "Just over 100 people were evacuated, police said.",
        "Police said 104 people were evacuated from the building.",
        S,
    ),
    (
        8,
        "The strike closed 300 schools.",
        "More than 90% of teachers at the 300 schools walked out.",
        N,
    ),
    (
        8,
        "The ferry, carrying 120 passengers, ran aground.",
        "Nobody was injured when the ferry ran aground.",
        N,
    ),
]

# A third batch, written after the second batch's fixes and before running it (18:25).
THIRD: list[tuple[int, str, str, str]] = [
    (
        5,
        "Three hikers died on the mountain.",
        "No hikers were killed on the mountain, rescuers said.",
        C,
    ),
    (5, "No ambulances were sent to the scene.", "Four ambulances were sent to the scene.", C),
    (5, "The raid ended with no arrests.", "Officers arrested six people during the raid.", C),
    (5, "Nobody was injured in the derailment.", "The derailment injured 17 passengers.", C),
    (
        5,
        "No one was seriously hurt in the collision.",
        "Nobody suffered serious injuries in the collision.",
        S,
    ),
    (
        5,
        "There were no deaths from the heatwave.",
        "The heatwave caused no deaths, health officials said.",
        S,
    ),
    (
        5,
        "No one was injured in the gas explosion.",
        "Twenty homes were damaged in the gas explosion.",
        N,
    ),
    (5, "No trains ran on Sunday.", "Some 40 buses replaced trains on Sunday.", N),
    (6, "About 2,500 nurses went on strike.", "Some 2,480 nurses walked out on Tuesday.", S),
    (
        6,
        "More than a third of voters stayed at home.",
        "Turnout was 61%, so 39% of voters stayed at home.",
        S,
    ),
    (6, "The charity raised nearly £1m.", "The charity raised £985,000.", S),
    (6, "Up to 3,000 jobs could go.", "As many as 5,000 jobs could go, the union warned.", C),
    (6, "Just under half of the students passed.", "Some 62% of the students passed.", C),
    (6, "Around 150 homes were flooded.", "More than 400 homes were flooded.", C),
    (6, "Roughly 800 people live on the island.", "The island is about 12 miles long.", N),
    (6, "Almost 90% of households recycle.", "Households recycled 40% more glass than in 2020.", N),
    (7, "The mountain is 4,000 metres high.", "The mountain rises to about 13,100 feet.", S),
    (7, "The suitcase weighed 23 kg.", "The suitcase weighed 50 lb.", S),
    (7, "The pool is 50 metres long.", "The pool is 50 yards long.", C),
    (
        7,
        "The heatwave pushed temperatures to 38C.",
        "Temperatures reached 38F during the heatwave.",
        C,
    ),
    (7, "The outage lasted 36 hours.", "The outage lasted a day and a half.", S),
    (7, "The tunnel is 5 km long.", "The tunnel is 40 metres below the river.", N),
    (7, "The lake covers 60 square kilometres.", "The lake is 300 metres deep.", N),
    (
        8,
        "No one was hurt when the 12-metre tree fell.",
        "Two people were hurt when the 12-metre tree fell.",
        C,
    ),
    (8, "The 2 km bridge cost £80m.", "The 2 km bridge cost £180m.", C),
    (
        8,
        "About 1,000 fans, none of them injured, were evacuated.",
        "Roughly 1,000 fans were evacuated; no injuries were reported.",
        S,
    ),
    (
        8,
        "The £5m scheme will create 200 jobs.",
        "The £5m scheme will create around 200 jobs, the council said.",
        S,
    ),
    (
        8,
        "The race, over 26.2 miles, had 40,000 entrants.",
        "The race had 40,000 entrants, up from 36,000 last year.",
        S,
    ),
    (
        8,
        "Nobody was hurt in the fire, which destroyed 30 acres.",
        "Firefighters spent six hours at the scene.",
        N,
    ),
    (8, "The 300-seat theatre sold out.", "Tickets for the theatre cost £25.", N),
]

# A fourth batch, written after the third batch's fixes and before running it (18:40).
FOURTH: list[tuple[int, str, str, str]] = [
    (
        5,
        "No pupils were hurt when the ceiling collapsed.",
        "Three pupils were treated for minor injuries after the ceiling collapsed.",
        C,
    ),
    (5, "The crash left nobody injured.", "Four people were injured in the crash.", C),
    (
        5,
        "There have been no new cases since Friday.",
        "No new cases have been reported since Friday, health officials said.",
        S,
    ),
    (
        5,
        "Nobody lost their job in the merger.",
        "The merger led to no redundancies, the company said.",
        S,
    ),
    (5, "No shops were looted during the unrest.", "Police made 30 arrests during the unrest.", N),
    (
        6,
        "Some 120 firefighters tackled the blaze.",
        "More than 200 firefighters tackled the blaze.",
        C,
    ),
    (
        6,
        "The clinic sees fewer than 50 patients a day.",
        "The clinic sees about 45 patients a day.",
        S,
    ),
    (6, "Nearly 1 in 3 children is overweight.", "About 31% of children are overweight.", S),
    (
        6,
        "Roughly 2,000 people took part in the march.",
        "The march route was about 2 miles long.",
        N,
    ),
    (6, "At most 12 people can use the lift.", "The lift can carry up to 20 people.", C),
    (7, "The trail is 8 miles long.", "The trail is about 13 km long.", S),
    (7, "The trail is 8 miles long.", "The trail is 8 km long.", C),
    (7, "The runner lost 10 kg.", "The runner lost about 22 lb.", S),
    (7, "The glacier has shrunk by 500 metres.", "The glacier is 12 km long.", N),
    (7, "The concert lasted three hours.", "The concert started at 8pm and ended at 11pm.", N),
    (
        8,
        "No one was hurt when 300 litres of acid spilled.",
        "Two workers suffered burns when 300 litres of acid spilled.",
        C,
    ),
    (
        8,
        "The £40m stadium, which seats about 20,000, opened in 2019.",
        "The stadium opened in 2019 and seats 19,800.",
        S,
    ),
    (
        8,
        "Around 70% of the 500 staff voted to strike.",
        "Staff voted to strike, the union said.",
        N,
    ),
    (
        8,
        "Just under 5,000 people attended, with no arrests.",
        "About 4,900 people attended and police made no arrests.",
        S,
    ),
    (
        8,
        "The bridge, 300 metres long, will close for two weeks.",
        "The bridge will close for a fortnight.",
        S,
    ),
]

# Pairs `factcheck match` does not show lexically (no content word shared with the claim):
# run in process only (tests/test_cues_blindl.py).
NOT_SHOWN = frozenset(
    {
        ("Almost half of voters backed the plan.", "Turnout in the referendum was 38 per cent."),
        (
            "The marathon route is 26.2 miles long.",
            "The race starts at 9am and the cut-off is six hours.",
        ),
        (
            "The tanker spilled 30,000 litres of oil.",
            "The slick spread over 12 square kilometres of sea.",
        ),
    }
)

CASES: list[tuple[str, str, Stance]] = [
    (claim, source, Stance(stance))
    for _, claim, source, stance in [*BLIND, *SECOND, *THIRD, *FOURTH]
    if (claim, source) not in NOT_SHOWN
]

# The pairs still wrong -> why.
LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The school reported zero cases of measles this term.",
        "Three pupils at the school were diagnosed with measles this term.",
    ): (
        "Related, not contradicts: 'Three pupils ... diagnosed' counts pupils, not the "
        "claim's cases, so the claim's 'zero cases' is read as unstated, not clashed"
    ),
    (
        "All 150 passengers survived the emergency landing.",
        "None of the 150 passengers was killed in the emergency landing.",
    ): (
        "Related, not supports: 'None ... was killed' is not read as 'survived' (150 is the "
        "group's size, no figure of the claim's agreed)"
    ),
    (
        "Fewer than 100 people turned up to the meeting.",
        "More than 250 residents attended the meeting at the town hall.",
    ): (
        "Related, not contradicts: 'people' and 'residents' are other nouns, 'turned up' "
        "and 'attended' other verbs: the two figures are not read as one count"
    ),
    (
        "Nearly a third of the budget goes on social care.",
        "Social care accounts for 12% of the council's budget.",
    ): (
        "Related, not contradicts: a fraction 'of the budget' describes as often as it "
        "counts (figures._NOT_GIVEN) and is not compared with a percentage"
    ),
    (
        "The marathon route is 26.2 miles long.",
        "The course covers 42.2 km through the city centre.",
    ): (
        "Related, not supports: 42.2 km is 26.2 miles, but the passage shares no content "
        "word with the claim ('course covers' for 'route ... long')"
    ),
    (
        "Unemployment stood at 1.5 million.",
        "The number of people out of work was 1.5m, the figures show.",
    ): "Related, not supports: 'out of work' for 'unemployment': no content word shared",
    (
        "The council will spend £3m fixing potholes.",
        "About three million pounds will go on pothole repairs, the council said.",
    ): (
        "Related, not supports: the amount opens the passage, four words before its first "
        "word of the claim's ('pothole'), outside the window amounts are read in"
    ),
    (
        "About 60 people were rescued from the flooded campsite, with no injuries reported.",
        "Sixty people were rescued from the flooded campsite; four were treated for hypothermia.",
    ): (
        "Related, not contradicts: 'four were treated for hypothermia' is harm in other "
        "words and counts no noun, so 'no injuries' is read as unstated, not clashed"
    ),
    (
        "Nobody was rescued from the flooded mine.",
        "Rescuers brought 11 miners out of the flooded mine alive.",
    ): (
        "[second] Related, not contradicts: 'Rescuers brought ... out alive' says 'rescued' "
        "in other words, which the 'nobody' rule does not read (another stem)"
    ),
    (
        "No one was hurt when the 40-tonne lorry overturned.",
        "The 40-tonne lorry overturned on the A14 and the driver was unhurt.",
    ): (
        "[second] Related, not supports: 'the driver was unhurt' is read as one person "
        "unhurt, not as 'no one' (and it is less than the claim says)"
    ),
    (
        "The strike closed 300 schools.",
        "More than 90% of teachers at the 300 schools walked out.",
    ): (
        "[second] supports, not Related: 'the 300 schools' gives the figure as a group "
        "already known, not the claim's closing, but a figure agreed and 'schools' held "
        "are read as stating it"
    ),
    (
        "No trains ran on Sunday.",
        "Some 40 buses replaced trains on Sunday.",
    ): (
        "[third] contradicts, not Related: 'replaced trains' says no trains ran, in other "
        "words, but is read as the passage asserting the trains the claim denies (a false "
        "clash)"
    ),
    (
        "The race, over 26.2 miles, had 40,000 entrants.",
        "The race had 40,000 entrants, up from 36,000 last year.",
    ): (
        "[third] Related, not supports: the passage does not give the claim's other figure "
        "(26.2 miles), so it is not read as stating the claim (an editor may agree)"
    ),
    (
        "Nobody lost their job in the merger.",
        "The merger led to no redundancies, the company said.",
    ): (
        "[fourth] Related, not supports: 'no redundancies' says 'nobody lost their job' in "
        "other words, which are not read as one"
    ),
    (
        "No one was hurt when 300 litres of acid spilled.",
        "Two workers suffered burns when 300 litres of acid spilled.",
    ): (
        "[fourth] Related, not contradicts: 'suffered burns' is harm in a word the 'no one "
        "was hurt' rule does not know"
    ),
    (
        "The £40m stadium, which seats about 20,000, opened in 2019.",
        "The stadium opened in 2019 and seats 19,800.",
    ): (
        "[fourth] Related, not supports: the passage does not give the claim's £40m, so it "
        "is not read as stating the claim (an editor may agree)"
    ),
    (
        "The bridge, 300 metres long, will close for two weeks.",
        "The bridge will close for a fortnight.",
    ): (
        "[fourth] Related, not supports: the passage does not give the claim's 300 metres "
        "(an editor may agree)"
    ),
    (
        "The council said fewer than 10 trees would be felled.",
        "The council planted 300 trees in the park last year.",
    ): (
        "contradicts, not Related: 'planted' and 'felled' are other acts on the trees and "
        "'last year' another time, but only the fates of a crowd (died, arrested, "
        "cancelled...) are read apart (fates.of_another_fate)"
    ),
}
