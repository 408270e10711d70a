"""Editor pairs written blind by helper blinde (7 December 2026), before reading any earlier
table or the cue code: only README.md and the "Stance and cues" table of docs/matching.md.

Kinds: month names and full dates in common formats, parts of months, day names, ranges,
times of day; vote tallies and score lines (who won, who lost, other occasions); approximate
vs exact amounts; units; "no X" vs a count of X; counts, ages, money, percentages, ranks and
ordinals; and ordinary copy whose other numbers, dates and scores must not clash.

Each case is (kind, claim, passage, expected stance), the stance an editor would want shown.
Run by tests/test_stance_editor_tables.py, in process and through `factcheck match` with
either retrieval.

Before any fix, 30 of the 145 were wrong, the same 30 in process and through `match` with
either retrieval; 14 of them false clashes: dates 7 of 23, times 2 of 7, tallies 3 of 11,
scores 3 of 12, approximate amounts 1 of 25, units 1 of 18, "no X" 1 of 9, ages 2 of 7,
ranks 2 of 4, counts 0 of 4, money 1 of 3, percentages 0 of 4, ordinary copy 7 of 18.
After the fixes (ages said plainly, tallies written otherwise, scores and counts of other
occasions, figures of something else in ``aside``, parts of months, places in a ranking,
an estimate past a bound, pounds sterling, sums of another kind, another period's
figure, two opposites dated apart, parts of a day, dates moved), 5 are wrong, 2 of them
false clashes (``LEFT_OUT``).

A second batch (``SECOND``, 49 pairs) was written after those fixes and before running it:
9 were wrong when first run, the same 9 in process and through `match` with either
retrieval, 2 of them false clashes (another period's figure, "2.4% in September" for
"2.1% in October"; "last year" against "in 2019"); after the fixes that followed (another
period, "finished the season fourth"), 7, 1 of them a false clash. In all, 12 of 194 are
left (``LEFT_OUT``), 3 of them false clashes. After a bare figure after a death toll was
read as a count of deaths (blindl, 7 December, ``counted``), "The death toll rose to 34"
states "At least 30 people were killed": 11 of 194 are left.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

# fmt: off

# (kind, claim, passage, expected stance)
KINDED: list[tuple[str, str, str, str]] = [
    # dates: formats, months, day names, ranges, parts of months
    ("date", "The museum will reopen on 12 March 2025.",
     "The museum is due to reopen on March 12, 2025, after a two-year renovation.", "supports"),
    ("date", "The museum will reopen on 12 March 2025.",
     "The museum will reopen on 2025-04-12, its director said.", "contradicts"),
    ("date", "The trial began on Monday, 3 February.",
     "The trial opened on Tuesday, February 4, at the district court.", "contradicts"),
    ("date", "The bridge closed in early March.",
     "The bridge was closed on 2 March for repairs.", "supports"),
    ("date", "The bridge closed in early March.",
     "The bridge was closed on 28 March for repairs.", "contradicts"),
    ("date", "The festival runs from May to July.",
     "The festival runs from June to August this year.", "contradicts"),
    ("date", "The festival runs from May to July.",
     "The festival opens in May and runs until the end of July.", "supports"),
    ("date", "The strike will start in the first week of April.",
     "Unions said the strike would start on April 3.", "supports"),
    ("date", "The strike will start in the first week of April.",
     "Unions said the strike would start on April 14.", "contradicts"),
    ("date", "The minister resigned on Friday.",
     "The minister resigned on Thursday evening, hours before the vote.", "contradicts"),
    ("date", "The meeting was held on 2025-03-12.",
     "The meeting was held on 12 March 2025 in Brussels.", "supports"),
    ("date", "The law took effect in January 2024.",
     "The law took effect on 1 January 2024.", "supports"),
    ("date", "The law took effect in January 2024.",
     "The law took effect in January 2023, a year after it passed.", "contradicts"),
    ("date", "The company was founded in March 1998.",
     "The company's shares fell 4% on 3 June after its results.", "neutral"),
    ("date", "The storm made landfall on Sunday night.",
     "The storm made landfall late on Saturday, forecasters said.", "contradicts"),
    ("date", "The ceasefire began on 5 May.",
     "Talks on the ceasefire began on 28 April and ended on 4 May.", "neutral"),
    ("date", "The election will be held on 6 November.",
     "Early voting opens on 21 October, ahead of the election on 6 November.", "supports"),
    ("date", "The survey ran from 2019 to 2021.",
     "The survey ran from 2019 until 2021 and covered 4,000 households.", "supports"),
    ("date", "The factory closed in 2020.",
     "The factory, which opened in 1998, closed in 2020.", "supports"),
    ("date", "The factory closed in 2019.",
     "The factory, which opened in 1998, closed in 2020.", "contradicts"),
    ("date", "The vote is on Wednesday.",
     "The vote was moved from Wednesday to Thursday.", "contradicts"),
    ("date", "The concert took place on 14/07/2023.",
     "The concert took place on 14 July 2023 in Lyon.", "supports"),
    ("date", "The concert took place on 14 July 2023.",
     "The concert took place on 17 July 2023 in Lyon.", "contradicts"),
    # times of day
    ("time", "The blast happened at about 3 a.m.",
     "The blast was heard at 3:10 a.m. local time.", "supports"),
    ("time", "The polls closed at 8 p.m.", "The polls closed at 10 p.m. on Sunday.", "contradicts"),
    ("time", "The ceasefire began at midnight on 5 May.",
     "The ceasefire began at 00:00 on May 5.", "supports"),
    ("time", "The train left at 9:15.",
     "The train left at 9.45 after a half-hour delay.", "contradicts"),
    ("time", "The suspect was arrested on the evening of 14 July.",
     "Police arrested the suspect on the morning of 14 July.", "contradicts"),
    ("time", "The shop opens at 9am.", "The shop opens at 09:00 every day.", "supports"),
    ("time", "The shop opens at 9am.", "The shop opens at 10am on weekdays.", "contradicts"),
    # vote tallies
    ("tally", "The bill passed by 52 votes to 48.",
     "The Senate passed the bill 52-48 on Tuesday.", "supports"),
    ("tally", "The bill passed by 52 votes to 48.",
     "The Senate passed the bill 51-49 on Tuesday.", "contradicts"),
    ("tally", "The court ruled 6-3 to uphold the law.",
     "The justices upheld the law in a 5-4 ruling.", "contradicts"),
    ("tally", "The court ruled 6-3 to uphold the law.",
     "By six votes to three, the court upheld the law.", "supports"),
    ("tally", "The council voted 7-2 to approve the plan.",
     "The council approved the plan by seven votes to two.", "supports"),
    ("tally", "The council voted 7-2 to approve the plan.",
     "The council voted 7-2 to reject the plan.", "contradicts"),
    ("tally", "The council voted 7-2 to approve the plan.",
     "The plan, first proposed in 2019, would add 300 homes.", "neutral"),
    ("tally", "The motion was carried by 310 votes to 290.",
     "MPs backed the motion by 310 to 290, a majority of 20.", "supports"),
    ("tally", "The Senate passed the bill 52-48.",
     "The House had passed the bill 220-212 a week earlier.", "neutral"),
    ("tally", "The union's members voted 80% in favour of the strike.",
     "Turnout in the strike ballot was 62%.", "neutral"),
    ("tally", "The motion was carried by a majority of 20.",
     "MPs backed the motion by 310 votes to 290.", "supports"),
    # score lines
    ("score", "United won 3-1 at home.", "United beat Rovers 3-1 at Old Trafford.", "supports"),
    ("score", "United won 3-1 at home.", "United lost 3-1 at home to Rovers.", "contradicts"),
    ("score", "United beat City 2-0.", "City beat United 2-0 in the derby.", "contradicts"),
    ("score", "The match ended in a 1-1 draw.",
     "The match ended 2-2 after extra time.", "contradicts"),
    ("score", "The match ended in a 1-1 draw.", "The match ended level at 1-1.", "supports"),
    ("score", "Spain won the final on penalties.",
     "Spain lost the final on penalties after a goalless draw.", "contradicts"),
    ("score", "Spain won the semi-final 2-1.", "Spain lost the final 3-0 to France.", "neutral"),
    ("score", "The Lakers beat the Celtics 102-98.",
     "The Celtics beat the Lakers 102-98.", "contradicts"),
    ("score", "The Lakers beat the Celtics 102-98.",
     "The Lakers edged the Celtics 102-98 on Friday night.", "supports"),
    ("score", "Arsenal beat Chelsea 2-1 on Saturday.",
     "Chelsea had beaten Arsenal 3-0 in the reverse fixture in August.", "neutral"),
    ("score", "Arsenal beat Chelsea 2-1 on Saturday.",
     "Arsenal beat Chelsea 3-1 on Saturday.", "contradicts"),
    ("score", "The hosts drew 0-0 with Italy.", "The hosts lost 1-0 to Italy.", "contradicts"),
    # approximate vs exact amounts
    ("approx", "Roughly 300 people attended the rally.",
     "Police counted 312 people at the rally.", "supports"),
    ("approx", "Roughly 300 people attended the rally.",
     "Police counted 950 people at the rally.", "contradicts"),
    ("approx", "More than 5,000 people were evacuated.",
     "Fewer than 4,000 people were evacuated, officials said.", "contradicts"),
    ("approx", "More than 5,000 people were evacuated.",
     "Some 5,400 people were evacuated, officials said.", "supports"),
    ("approx", "More than 5,000 people were evacuated.",
     "About 4,800 people were evacuated.", "contradicts"),
    ("approx", "At least 12 people were injured.",
     "Fifteen people were injured in the crash.", "supports"),
    ("approx", "At least 12 people were injured.",
     "Eight people were injured in the crash.", "contradicts"),
    ("approx", "Up to 200 jobs could go.", "The company said 150 jobs could go.", "supports"),
    ("approx", "Up to 200 jobs could go.", "The company said 450 jobs could go.", "contradicts"),
    ("approx", "Nearly half of voters backed the plan.",
     "49% of voters backed the plan.", "supports"),
    ("approx", "Nearly half of voters backed the plan.",
     "62% of voters backed the plan.", "contradicts"),
    ("approx", "Almost 1,000 homes lost power.",
     "Some 980 homes lost power overnight.", "supports"),
    ("approx", "Almost 1,000 homes lost power.",
     "About 1,400 homes lost power overnight.", "contradicts"),
    ("approx", "Between 40 and 50 migrants were rescued.",
     "The coastguard rescued 46 migrants.", "supports"),
    ("approx", "Between 40 and 50 migrants were rescued.",
     "The coastguard rescued 72 migrants.", "contradicts"),
    ("approx", "A dozen schools were closed.",
     "Twelve schools were closed because of the snow.", "supports"),
    ("approx", "A dozen schools were closed.",
     "Thirty schools were closed because of the snow.", "contradicts"),
    ("approx", "Hundreds of protesters gathered outside parliament.",
     "About 400 protesters gathered outside parliament.", "supports"),
    ("approx", "Hundreds of protesters gathered outside parliament.",
     "Some 20,000 protesters gathered outside parliament.", "contradicts"),
    ("approx", "More than 5,000 people signed the petition.",
     "The petition was signed by 5,200 people.", "supports"),
    ("approx", "The project cost under $2 million.",
     "The project cost $2.4 million.", "contradicts"),
    ("approx", "Fewer than 100 patients were treated.",
     "Around 90 patients were treated.", "supports"),
    ("approx", "About 2 million people watched the final.",
     "Some 2.1 million people watched the final on TV.", "supports"),
    ("approx", "Unemployment fell to under 4%.", "Unemployment fell to 3.8%.", "supports"),
    ("approx", "Unemployment fell to under 4%.", "Unemployment fell to 4.3%.", "contradicts"),
    # units
    ("unit", "The race is 42 km long.", "The race is 26.2 miles long.", "supports"),
    ("unit", "The race is 42 km long.", "The race is 42 miles long.", "contradicts"),
    ("unit", "The baby weighed 3.5 kg.", "The baby weighed 7.7 pounds at birth.", "supports"),
    ("unit", "The baby weighed 3.5 kg.", "The baby weighed 3.5 pounds at birth.", "contradicts"),
    ("unit", "The flight took 90 minutes.", "The flight took two hours.", "contradicts"),
    ("unit", "Unemployment rose by 2 percentage points.",
     "Unemployment rose by 2 per cent.", "contradicts"),
    ("unit", "Inflation was 3.2% in May.", "Inflation was 3.2 per cent in May.", "supports"),
    ("unit", "The deal is worth $3 billion.", "The deal is worth $3 million.", "contradicts"),
    ("unit", "The deal is worth $3 billion.",
     "The deal is worth $3bn, the companies said.", "supports"),
    ("unit", "The deal is worth $3 billion.", "The deal is worth €3 billion.", "contradicts"),
    ("unit", "The tower is 300 metres tall.", "The tower is 984 feet tall.", "supports"),
    ("unit", "The tower is 300 metres tall.", "The tower is 300 feet tall.", "contradicts"),
    ("unit", "The marathon is 42 km long.",
     "About 30,000 runners take part in the marathon each year.", "neutral"),
    ("unit", "The hearing lasted three hours.", "The hearing lasted 180 minutes.", "supports"),
    ("unit", "The hearing lasted three hours.", "The hearing lasted 45 minutes.", "contradicts"),
    ("unit", "The city spent 2 billion on the metro.",
     "The city spent 2 million on the metro.", "contradicts"),
    ("unit", "Prices rose 5 per cent.", "Prices rose by 5%.", "supports"),
    ("unit", "The company was fined £50,000.", "The company was fined 50,000 pounds.", "supports"),
    # no X vs a count of X
    ("none", "Two people died in the fire.", "No deaths were reported in the fire.", "contradicts"),
    ("none", "Nobody was injured in the crash.",
     "Three people were injured in the crash.", "contradicts"),
    ("none", "No one was arrested at the protest.",
     "Police said no arrests were made at the protest.", "supports"),
    ("none", "No deaths were reported in the fire.", "The fire destroyed two homes.", "neutral"),
    ("none", "The hospital has no ICU beds left.",
     "The hospital has 4 ICU beds left.", "contradicts"),
    ("none", "Two people died in the fire.", "No firefighters were hurt in the fire.", "neutral"),
    ("none", "No candidate won a majority.",
     "None of the 12 candidates won a majority in the first round.", "supports"),
    ("none", "Zero cases were recorded in May.", "Six cases were recorded in May.", "contradicts"),
    ("none", "None of the passengers were hurt.",
     "Two passengers were hurt when the bus overturned.", "contradicts"),
    # counts, ages, money, percentages, ranks, ordinals
    ("age", "The singer is 45.",
     "The singer, 52, announced her retirement on Monday.", "contradicts"),
    ("age", "The singer is 45 years old.",
     "The singer, 45, announced her retirement on Monday.", "supports"),
    ("age", "The singer is 45.", "The singer's mother, 72, attended the concert.", "neutral"),
    ("age", "The former president, 78, was taken to hospital.",
     "The former president, aged 87, was taken to hospital on Sunday.", "contradicts"),
    ("age", "She became the city's youngest mayor at 29.",
     "At 29, she became the city's youngest mayor.", "supports"),
    ("age", "The victim was 17.",
     "The victim, a 19-year-old student, died at the scene.", "contradicts"),
    ("age", "The victim was 17.", "The 17-year-old victim died at the scene.", "supports"),
    ("rank", "The company ranked third in the survey.",
     "The company ranked second in the survey.", "contradicts"),
    ("rank", "The company ranked third in the survey.",
     "The company, third in the survey, employs 2,000 people.", "supports"),
    ("rank", "It was the team's fifth title.", "It was the team's fourth title.", "contradicts"),
    ("rank", "It was the 3rd time the river flooded this year.",
     "The river flooded for the third time this year.", "supports"),
    ("count", "The city's population is 1.2 million.",
     "The city's population reached 1,200,000 in the census.", "supports"),
    ("count", "The fire destroyed 40 homes.",
     "About 200 firefighters fought the fire, which destroyed 40 homes.", "supports"),
    ("count", "The fire destroyed 40 homes.",
     "Some 200 firefighters fought the fire for three days.", "neutral"),
    ("count", "The plane crashed 10 minutes after take-off.",
     "The plane crashed two minutes after take-off.", "contradicts"),
    ("money", "The budget rose to £4.5 billion.",
     "The budget rose to £4.5bn this year.", "supports"),
    ("money", "The mayor earns $150,000 a year.",
     "The mayor earns $185,000 a year.", "contradicts"),
    ("money", "The mayor earns $150,000 a year.",
     "The mayor's office has a budget of $2 million a year.", "neutral"),
    ("pct", "Turnout was 64%.", "Turnout was 46%, the lowest since 1945.", "contradicts"),
    ("pct", "Turnout was 64%.",
     "The winning party took 38% of the vote, on a turnout of 64%.", "supports"),
    ("pct", "The Greens won 12% of the vote.",
     "The Greens doubled their seats, on a turnout of 64%.", "neutral"),
    ("pct", "Support for the party fell 3 points to 31%.",
     "Support for the party fell to 34%.", "contradicts"),
    # ordinary copy: other numbers, dates and scores about other things must not clash
    ("other", "The bridge closed in early March.",
     "The bridge, opened in 1932, carries 40,000 cars a day.", "neutral"),
    ("other", "The strike will start on April 3.",
     "The last strike, in November 2022, lasted five days.", "neutral"),
    ("other", "Roughly 300 people attended the rally.",
     "Organisers had expected 1,000 people at the rally.", "neutral"),
    ("other", "The deal is worth $3 billion.",
     "The company's annual revenue is about $12 billion.", "neutral"),
    ("other", "The race is 42 km long.",
     "The winner finished the race in 2 hours 5 minutes.", "neutral"),
    ("other", "Two people died in the fire.",
     "The fire started at 2 a.m. and was put out by 6 a.m.", "neutral"),
    ("other", "The court ruled 6-3 to uphold the law.",
     "The law was passed in 2019 by a 60-40 vote in the Senate.", "neutral"),
    ("other", "Turnout was 64%.", "Turnout in the previous election, in 2019, was 59%.", "neutral"),
    ("other", "The singer is 45.", "The singer released her first album at 19.", "neutral"),
    ("other", "The mayor earns $150,000 a year.", "The mayor's pay rose 3% last year.", "neutral"),
    ("other", "United won 3-1 at home.",
     "United have not lost at home since March, winning nine of 12 games.", "neutral"),
    ("other", "Unemployment fell to 3.8% in May.",
     "Unemployment among young people was 11.2% in May.", "neutral"),
    ("other", "Inflation was 3.2% in May.",
     "Inflation was 3.2% in May, down from 3.5% in April.", "supports"),
    ("other", "The hospital treated 40 patients on Monday.",
     "On Tuesday the hospital treated 55 patients.", "neutral"),
    ("other", "The flight took 90 minutes.", "The flight was delayed by 40 minutes.", "neutral"),
    ("other", "The museum will reopen on 12 March 2025.",
     "The museum closed on 1 February 2023 for renovation.", "neutral"),
    ("other", "No one was injured in the blast.",
     "Two buildings were damaged in the blast.", "neutral"),
    ("other", "About 2 million people watched the final.",
     "Tickets for the final sold out within 2 hours.", "neutral"),
]

# A second batch, written after the fixes of the first and before running it.
SECOND: list[tuple[str, str, str, str]] = [
    ("date", "The festival opened on Friday, 9 August.",
     "The festival opened on Friday 9 August with a concert.", "supports"),
    ("date", "The festival opened on Friday, 9 August.",
     "The festival opened on Saturday 10 August with a concert.", "contradicts"),
    ("date", "The report was published in mid-September.",
     "The report, published on 16 September, found rising costs.", "supports"),
    ("date", "The report was published in mid-September.",
     "The report was published on 29 September.", "contradicts"),
    ("date", "The plant will close by the end of 2026.",
     "The plant is due to close in December 2026.", "supports"),
    ("date", "The minister visited Kyiv on Tuesday.",
     "The minister arrived in Kyiv on Tuesday morning.", "supports"),
    ("time", "The fire broke out shortly after 2 a.m.",
     "The fire broke out at about 2.15am.", "supports"),
    ("time", "The fire broke out shortly after 2 a.m.",
     "The fire broke out at 11pm on Saturday.", "contradicts"),
    ("time", "The shop closes at 6pm.",
     "The shop closes at 18:00.", "supports"),
    ("other", "The tournament ends on 14 July.",
     "Tickets for the tournament went on sale on 2 February.", "neutral"),
    ("date", "The law was passed in 2019.",
     "The law, passed in 2019, was amended in 2023.", "supports"),
    ("tally", "The jury voted 10-2 to convict.",
     "The jury convicted him by a 10-2 majority.", "supports"),
    ("tally", "The jury voted 10-2 to convict.",
     "The jury convicted him by an 11-1 majority.", "contradicts"),
    ("score", "City won the derby 4-0.",
     "City thrashed United 4-0 in the derby.", "supports"),
    ("score", "City won the derby 4-0.",
     "United won the derby 4-0.", "contradicts"),
    ("tally", "The referendum passed with 62% of the vote.",
     "The referendum was approved by 58% of voters.", "contradicts"),
    ("score", "Spain beat England 2-1 in the final.",
     "England lost 2-1 to Spain in the final.", "supports"),
    ("tally", "The Senate confirmed the nominee 51-49.",
     "The nominee was confirmed by a 51-49 vote in the Senate.", "supports"),
    ("other", "The Senate confirmed the nominee 51-49.",
     "The nominee had been rejected by the committee 12-10 a month earlier.", "neutral"),
    ("approx", "Around 40,000 fans attended the final.",
     "A crowd of 41,500 attended the final.", "supports"),
    ("approx", "Around 40,000 fans attended the final.",
     "A crowd of 62,000 attended the final.", "contradicts"),
    ("approx", "Fewer than half of the members voted.",
     "Only 38% of the members voted.", "supports"),
    ("approx", "Fewer than half of the members voted.",
     "Some 71% of the members voted.", "contradicts"),
    ("approx", "At least 30 people were killed.",
     "The death toll rose to 34.", "supports"),
    ("approx", "The storm left more than 100,000 homes without power.",
     "The storm left about 80,000 homes without power.", "contradicts"),
    ("approx", "Tens of thousands marched in the capital.",
     "About 30,000 people marched in the capital.", "supports"),
    ("approx", "The company employs about 1,200 people.",
     "The company employs 1,150 people.", "supports"),
    ("unit", "The runway is 3 km long.",
     "The runway is 3,000 metres long.", "supports"),
    ("unit", "The runway is 3 km long.",
     "The runway is 3 miles long.", "contradicts"),
    ("unit", "The ferry crossing takes 45 minutes.",
     "The ferry crossing takes three quarters of an hour.", "supports"),
    ("unit", "The ferry crossing takes 45 minutes.",
     "The ferry crossing takes two hours.", "contradicts"),
    ("unit", "The tax rate rose 2 percentage points to 22%.",
     "The tax rate rose from 20% to 22%.", "supports"),
    ("unit", "The hospital received £2 million.",
     "The hospital received £2 billion.", "contradicts"),
    ("unit", "The parcel weighed 2 kg.",
     "The parcel weighed 2,000 grams.", "supports"),
    ("none", "No one was killed in the attack.",
     "Two soldiers were killed in the attack.", "contradicts"),
    ("none", "Nobody was hurt in the fire.",
     "Officials said nobody was hurt in the fire.", "supports"),
    ("none", "Police made no arrests at the match.",
     "Police made three arrests at the match.", "contradicts"),
    ("none", "No one was hurt in the fire.",
     "The fire destroyed 12 homes.", "neutral"),
    ("age", "The driver, 34, was arrested.",
     "The 43-year-old driver was arrested.", "contradicts"),
    ("age", "The driver is 34.",
     "The driver's passenger, 19, was unhurt.", "neutral"),
    ("rank", "The team finished fourth in the league.",
     "The team finished the season fourth in the league.", "supports"),
    ("rank", "The museum is the city's second most visited attraction.",
     "The museum is the city's most visited attraction.", "contradicts"),
    ("money", "The bonus was £5,000.",
     "Each worker received a £5,000 bonus.", "supports"),
    ("pct", "Inflation fell to 2.1% in October.",
     "Inflation fell to 2.1% in October, from 2.4% in September.", "supports"),
    ("pct", "Inflation fell to 2.1% in October.",
     "Inflation was 2.4% in September.", "neutral"),
    ("other", "The bridge cost $300 million.",
     "The bridge carries 50,000 vehicles a day.", "neutral"),
    ("other", "The school has 800 pupils.",
     "The school, founded in 1902, has 65 teachers.", "neutral"),
    ("tally", "The vote was 6-3.",
     "Six of the nine justices joined the majority opinion.", "supports"),
    ("other", "The airport handled 20 million passengers last year.",
     "The airport handled 18 million passengers in 2019.", "neutral"),
]

# fmt: on

CASES = [(claim, source, Stance(stance)) for _, claim, source, stance in KINDED + SECOND]

# The pairs still wrong -> why.
LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The festival runs from May to July.",
        "The festival opens in May and runs until the end of July.",
    ): (
        "a range of months ('from May to July') is read as two months, and the passage's "
        "'until the end of July' as a part of July: no agreement on the range, and no figure "
        "given (Related)"
    ),
    (
        "The company was founded in March 1998.",
        "The company's shares fell 4% on 3 June after its results.",
    ): (
        "the passage's date is said of another event ('shares fell'), but its sentence is "
        "about the claim's company: other_occasion keeps such dates as the claim's ('The "
        "festival, held each August' is still the festival's)"
    ),
    (
        "The ceasefire began on 5 May.",
        "Talks on the ceasefire began on 28 April and ended on 4 May.",
    ): (
        "the date is said of the claim's own verb ('began') whose subject is another thing "
        "('Talks on the ceasefire'); the head before the verb is 'ceasefire', the claim's "
        "word, so it reads as the ceasefire's start"
    ),
    (
        "The train left at 9:15.",
        "The train left at 9.45 after a half-hour delay.",
    ): (
        "'9.45' with a dot and no am/pm is not read as a time (it is a decimal as often: "
        "'closed at 9.45')"
    ),
    (
        "It was the team's fifth title.",
        "It was the team's fourth title.",
    ): (
        "an ordinal before a noun ('fifth title') is no rank: histories list several ('its "
        "first title came in 1998'), which would clash with every claim of another"
    ),
    (
        "The referendum passed with 62% of the vote.",
        "The referendum was approved by 58% of voters.",
    ): (
        "a share 'of the vote' against one 'of voters': 'vote' and 'voter' have other stems, "
        "so the passage names another population (shares.other_share); joining them as a "
        "family moved a claim about voters going to the polls"
    ),
    (
        "The ferry crossing takes 45 minutes.",
        "The ferry crossing takes three quarters of an hour.",
    ): ("'three quarters of an hour' is not read as a length of time"),
    (
        "The museum is the city's second most visited attraction.",
        "The museum is the city's most visited attraction.",
    ): (
        "'most visited' is no listed superlative of a rank of one ('largest', 'biggest'...), "
        "so 'second most visited' has nothing to clash with"
    ),
    (
        "The vote was 6-3.",
        "Six of the nine justices joined the majority opinion.",
    ): ("a tally is not worked out from 'six of the nine'"),
    (
        "The airport handled 20 million passengers last year.",
        "The airport handled 18 million passengers in 2019.",
    ): (
        "the claim's 'last year' is not a year, so the passage's 2019 is not read as another "
        "time (instances.another_time needs a year on both sides); which year 'last year' is "
        "depends on when the claim was written"
    ),
}
