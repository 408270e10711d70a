"""Editor pairs written blind by the helper "blinda" (issue 14, item 2), before reading the
earlier tables or the cue code: dates, tallies and score lines, "no X" against a count,
approximate and exact amounts, units, and ordinary copy that must not clash. Run by
tests/test_stance_editor_blinda.py, in process and through `factcheck match` with either
retrieval."""

from __future__ import annotations

from factcheck.workspace.models import Stance

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

# fmt: off
# month names, full dates, parts of a year, decades, eras and circa, times of day
DATE_CASES = [
    ('The bridge reopened on 3 March 2024.',
     'The bridge reopened to traffic on March 3, 2024, after two years of repairs.', S),
    ('The bridge reopened on 3 March 2024.',
     'The bridge was reopened on 13 March 2024, officials said.', C),
    ('The new stadium will open in early 2025.',
     'Officials said the new stadium would open in January 2025.', S),
    ('The new stadium will open in early 2025.',
     'The new stadium is now expected to open in late 2026, the council admitted.', C),
    ('The factory closed last April.',
     'The factory, which employed 400 people, closed in April.', S),
    ('The factory closed in April.',
     'The factory closed in September after losing its main contract.', C),
    ("The band's first album came out in the 1990s.",
     'The band released its first album in 1994.', S),
    ("The band's first album came out in the 1990s.",
     "The band's first album came out in 1987, two years after they formed.", C),
    ('The church was built around 950 AD.',
     'The church was built in c. 950, according to the parish records.', S),
    ('The castle was occupied from about 1100 to 1300AD.',
     'The castle was occupied from c. 1100 to c. 1300.', S),
    ('The castle was occupied from about 1100 to 1300AD.',
     'The castle was occupied from c. 1400 to c. 1550.', C),
    ('The explosion happened at 3pm on Tuesday.',
     'The explosion happened at about 3 p.m. on Tuesday, witnesses said.', S),
    ('The explosion happened at 3pm on Tuesday.',
     'The explosion happened shortly after 9 a.m. on Tuesday, police said.', C),
    ('The mill was built in the mid-19th century.',
     'The mill was built in 1852 by a local wool merchant.', S),
    ('The mill was built in the mid-19th century.',
     'The mill was built in 1912 by a local wool merchant.', C),
    ('The bridge reopened on 3 March 2024.',
     'The bridge had been closed on 3 March 2022 for inspections ordered by the '
     'council.', N),
    ('The election will be held on 6 May.',
     'Nominations for the election close on 4 April, the electoral commission said.', N),
    ('The factory closed in April.',
     "The factory's owners announced in February that it was losing money.", N),
    ('Museum reopens on 12 June after refurbishment',
     'The museum will reopen its doors to the public on June 12 following a £4m '
     'refurbishment.', S),
    ('The strike began on Monday 4 November.',
     'The strike began on Monday, 11 November, and lasted a week.', C),
]

# vote tallies and score lines
TALLY_CASES = [
    ('The Supreme Court upheld the law in a 6-3 ruling.',
     'The Supreme Court upheld the law by a vote of six to three.', S),
    ('The Supreme Court upheld the law in a 6-3 ruling.',
     'In a 5-4 decision, the Supreme Court upheld the law on Thursday.', C),
    ('The council approved the plan by 7 votes to 2.',
     'Councillors voted 7-2 to approve the plan.', S),
    ('The council approved the plan by 7 votes to 2.',
     'The plan was approved by the council by nine votes to two.', C),
    ('Arsenal won 3-1 at Chelsea.',
     'Arsenal beat Chelsea 3-1 at Stamford Bridge.', S),
    ('Arsenal won 3-1 at Chelsea.',
     'Arsenal lost 2-1 at Chelsea on Saturday.', C),
    ('The motion was passed by 52 votes to 48.',
     'MPs passed the motion 52-48 after a lengthy debate.', S),
    ('The motion was passed by 52 votes to 48.',
     'The motion was defeated by 48 votes to 52.', C),
    ('Leeds lost 2-0 to Everton.',
     'Everton beat Leeds 2-0 at Goodison Park.', S),
    ('Leeds lost 2-0 to Everton.',
     'Leeds drew 2-2 with Everton.', C),
    ('The Senate confirmed the nominee 51-49.',
     'The nominee was confirmed by the Senate in a 51 to 49 vote.', S),
    ('The Senate confirmed the nominee 51-49.',
     'The Senate confirmed the nominee 53-47 on Wednesday.', C),
    ('The Senate confirmed the nominee 51-49.',
     'A procedural vote on the nomination passed 50-48 on Monday.', N),
    ('Celtic won 4-0 in the final.',
     'Celtic had won 2-1 in the semi-final against Hibernian.', N),
    ('Liverpool went through 5-2 on aggregate.',
     'Liverpool won the second leg 2-1 to go through 5-2 on aggregate.', S),
    ('Liverpool went through 5-2 on aggregate.',
     'Liverpool went through 4-3 on aggregate after extra time.', C),
    ('The jury voted 10-2 to convict.',
     'The jury convicted him by a majority of 10 to 2.', S),
    ('The board voted unanimously to approve the merger.',
     'The board approved the merger by 8 votes to 1.', C),
]

# "no X" against a count of X
NONE_CASES = [
    ('No one was injured in the fire at the warehouse.',
     'Three people were injured in the warehouse fire, the fire service said.', C),
    ('No one was injured in the fire at the warehouse.',
     'Nobody was hurt in the warehouse fire, the fire service said.', S),
    ('Two people died in the crash.',
     'No deaths were reported after the crash on the A1.', C),
    ('Police arrested two men after the protest.',
     'Nobody was arrested at the protest, police said.', C),
    ('Nobody was arrested at the protest.',
     'Police said no arrests were made during the protest.', S),
    ('Nobody was arrested at the protest.',
     'Police said two men were arrested after the protest turned violent.', C),
    ('None of the passengers were hurt.',
     'All 120 passengers escaped without injury.', S),
    ('None of the passengers were hurt.',
     'Four of the passengers were taken to hospital with minor injuries.', C),
    ('The company paid zero tax last year.',
     'The company paid no corporation tax last year, its accounts show.', S),
    ('The company paid zero tax last year.',
     'The company paid £2.3m in tax last year, its accounts show.', C),
    ('No one was injured in the fire at the warehouse.',
     'Two fire engines were sent to the warehouse fire at 2am.', N),
    ('Nobody was arrested at the protest.',
     'About 2,000 people joined the protest in the city centre.', N),
    ('There were no deaths from the new strain in the UK.',
     'The new strain has caused 12 deaths in the UK so far.', C),
    ('The school has no teachers qualified in physics.',
     'The school has two teachers qualified in physics.', C),
    ('Three people were hurt in the explosion.',
     'Three people were injured in the explosion, one seriously.', S),
    ('Three people were hurt in the explosion.',
     'No one was hurt in a similar explosion at the plant in 2019.', N),
    ('No votes were cast against the bill.',
     'The bill passed with no votes against.', S),
    ('No votes were cast against the bill.',
     'The bill passed with 12 votes against.', C),
]

# approximate against exact amounts
APPROX_CASES = [
    ('Roughly 300 people attended the meeting.',
     '312 people attended the meeting, organisers said.', S),
    ('Roughly 300 people attended the meeting.',
     'Fewer than 100 people attended the meeting, organisers said.', C),
    ('Nearly half of voters backed the proposal.',
     '48% of voters backed the proposal.', S),
    ('Nearly half of voters backed the proposal.',
     'Only 23% of voters backed the proposal.', C),
    ('Over 5,000 people signed the petition.',
     'Under 4,000 people signed the petition.', C),
    ('Over 5,000 people signed the petition.',
     'The petition has been signed by 5,430 people.', S),
    ('At least 10 people were killed in the attack.',
     'Eight people were killed in the attack, officials said.', C),
    ('At least 10 people were killed in the attack.',
     'Twelve people were killed in the attack, officials said.', S),
    ('More than 31,000 homes lost power.',
     'Over 31,000 homes lost power during the storm.', S),
    ('Vaccine effectiveness was between 36% and 66%.',
     'Vaccine effectiveness was estimated at 52%.', S),
    ('Vaccine effectiveness was between 36% and 66%.',
     'Vaccine effectiveness was around 90%.', C),
    ('A third of the staff will lose their jobs.',
     'About 33% of the staff will lose their jobs.', S),
    ('A third of the staff will lose their jobs.',
     'Two thirds of the staff will lose their jobs.', C),
    ('A dozen people were rescued from the flats.',
     'Twelve people were rescued from the flats.', S),
    ('Hundreds of people were evacuated from their homes.',
     'Hundreds of people were evacuated from their homes after the flood.', S),
    ('Hundreds of people were evacuated from their homes.',
     'Only 15 people were evacuated from their homes.', C),
    ('Roughly 300 people attended the meeting.',
     'The meeting, held in a hall that seats 500, lasted three hours.', N),
    ('Over 5,000 people signed the petition.',
     'The petition needs 10,000 signatures to trigger a debate.', N),
    ('Almost 2,000 jobs will go at the firm.',
     'The firm is cutting 1,950 jobs.', S),
]

# units
UNIT_CASES = [
    ('The trail is 10 km long.',
     'The trail is about 6 miles long.', S),
    ('The trail is 10 km long.',
     'The trail is 10 miles long.', C),
    ('The baby weighed 4 kg at birth.',
     'The baby weighed nearly 9 pounds at birth.', S),
    ('The baby weighed 4 kg at birth.',
     'The baby weighed 4 pounds at birth.', C),
    ('Temperatures reached 40°C in London.',
     'Temperatures reached 104F in London.', S),
    ('Temperatures reached 40°C in London.',
     'Temperatures reached 40F in London.', C),
    ('The project cost $2 billion.',
     'The project cost $2 million.', C),
    ('The project cost $2 billion.',
     'The project cost $2bn, according to the audit.', S),
    ('Unemployment rose by 2 percentage points.',
     'Unemployment rose by 2 per cent.', C),
    ('CO2 levels passed 420 ppm.',
     'Carbon dioxide levels passed 420 parts per million.', S),
    ('CO2 levels passed 420 ppm.',
     'CO2 levels passed 400 ppm in 2013.', N),
    ('Emissions are 3.5 times higher than in 1990.',
     'Emissions are three and a half times higher than in 1990.', S),
    ('Emissions are 3.5 times higher than in 1990.',
     'Emissions are twice as high as in 1990.', C),
    ('The fine was 5 million euros.',
     'The fine was €5m.', S),
    ('The fine was 5 million euros.',
     'The fine was 5 million dollars.', C),
    ('The town is 300 metres above sea level.',
     'The town lies about 1,000 feet above sea level.', S),
    ('The trail is 10 km long.',
     'The car park is 2 km from the start of the trail.', N),
    ('Sea levels rose by 20 cm last century.',
     'Sea levels rose by about 8 inches last century.', S),
]

# ordinary copy: the claim's fact with more figures, dates and verbs around it (never a clash)
ORDINARY_CASES = [
    ('The bridge reopened on 3 March 2024.',
     'Closed since January 2022, the bridge reopened on 3 March 2024 at a cost of'
     ' £12m, with 4,000 vehicles crossing on the first day.', S),
    ('The council approved the plan by 7 votes to 2.',
     'On Tuesday, after a three-hour meeting attended by 150 residents, the '
     'council approved the plan by 7 votes to 2; a similar plan was rejected 5-4 '
     'in 2019.', S),
    ('No one was injured in the fire at the warehouse.',
     'Sixty firefighters and ten engines tackled the fire at the warehouse, which'
     ' stored 2,000 tonnes of paper; no one was injured.', S),
    ('Roughly 300 people attended the meeting.',
     'The meeting, which began at 7pm and ran until 10pm, was attended by 312 '
     'people, up from 180 last year.', S),
    ('The trail is 10 km long.',
     'Opened in 2015, the 10 km trail climbs 400 metres and attracts 50,000 '
     'walkers a year.', S),
    ('Arsenal won 3-1 at Chelsea.',
     'Arsenal, who lost 2-0 to Chelsea in August, won 3-1 at Chelsea on Sunday '
     'thanks to two goals in the last 10 minutes.', S),
    ('Two people died in the crash.',
     'Two people died and five were injured in the crash, which closed the M6 for'
     ' six hours on Friday.', S),
    ('Nobody was arrested at the protest.',
     'The protest, which drew 3,000 people, passed peacefully and nobody was '
     'arrested, police said on Sunday.', S),
    ('At least 10 people were killed in the attack.',
     'At least 10 people were killed and 35 wounded in the attack, the second in '
     'three weeks.', S),
    ('The Supreme Court upheld the law in a 6-3 ruling.',
     'The Supreme Court, which struck down a similar law 5-4 in 2012, upheld the '
     'law in a 6-3 ruling on Friday.', S),
    ('Temperatures reached 40°C in London.',
     'Temperatures reached 40°C in London on 19 July, the first time since '
     'records began in 1659, with 38°C recorded in Manchester.', S),
    ('The factory closed in April.',
     'The factory closed in April, three months after its owners announced 400 '
     'job losses in January.', S),
    ('The project cost $2 billion.',
     'The project, which was first proposed in 1998 and opened in 2015, cost $2 '
     'billion, twice its $1 billion budget.', S),
    ('Over 5,000 people signed the petition.',
     'Over 5,000 people signed the petition in its first 24 hours; by Friday it '
     'had 8,000 signatures.', S),
    ('The motion was passed by 52 votes to 48.',
     'The motion was passed by 52 votes to 48 at 11pm on Wednesday, with three '
     'members absent.', S),
    ('The strike began on Monday 4 November.',
     'The strike, which began on Monday 4 November, is the third this year; the '
     'first lasted two days in March.', S),
    ('Nearly half of voters backed the proposal.',
     'Turnout was 61%, and nearly half of voters backed the proposal, compared '
     'with 30% in 2018.', S),
    ("The band's first album came out in the 1990s.",
     'Formed in Leeds in 1988, the band released its first album in 1993 and its '
     'second in 1997.', S),
    ('The explosion happened at 3pm on Tuesday.',
     'The explosion happened at 3pm on Tuesday; fire crews arrived at 3.12pm and '
     'the blaze was out by 6pm.', S),
    ('Three people were hurt in the explosion.',
     'Three people were hurt in the explosion, which shattered windows 200 metres'
     ' away; no one was killed.', S),
    ('Emissions are 3.5 times higher than in 1990.',
     'Emissions, which fell by 5% in 2020, are 3.5 times higher than in 1990.', S),
    ('The Senate confirmed the nominee 51-49.',
     'The Senate confirmed the nominee 51-49 on Thursday, a week after a '
     'committee vote of 12-10.', S),
    ('"More than 300 people came to the meeting," the organiser said.',
     'Organisers said 312 people came to the meeting on Thursday evening, despite'
     ' the rain.', S),
    ('The colour of the bridge was changed in 2019 at a cost of £2m.',
     'The bridge was repainted in a new colour in 2019; the work cost £2m and '
     'took four months.', S),
]


# A second batch, written after the first fixes (so half blind: the cue code had been read),
# of the same kinds, to see whether the rules generalise.
SECOND_CASES = [
    ('The theatre opened in 1932.',
     'The theatre, which opened in 1932, closed in 1989.', S),
    ('The theatre closed in 1989.',
     'The theatre opened in 1932 and was demolished in 1995.', N),
    ('The ceasefire took effect at midnight on Sunday.',
     'The ceasefire took effect at 6am on Sunday.', C),
    ('The shooting happened shortly before 10 p.m.',
     'The shooting happened at about 9.50pm, police said.', S),
    ('The Roman fort was abandoned around 400 AD.',
     'The fort was abandoned in about AD 410.', S),
    ('The abbey was founded in the 12th century.',
     'The abbey was founded in 1132 by Cistercian monks.', S),
    ('The abbey was founded in the 12th century.',
     'The abbey was founded in 1232 by Cistercian monks.', C),
    ('The abbey was founded in the 12th century.',
     "The abbey's church was rebuilt in 1540.", N),
    ('The festival returns in late August.',
     'The festival returns on 28 August.', S),
    ('Sales peaked in the 1980s.',
     'Sales peaked in 1979.', C),
    ('Sales peaked in the 1980s.',
     'Sales peaked in 1986, the company said.', S),
    ('Spain beat England 2-1 in the final.',
     'England lost the final 2-1 to Spain.', S),
    ('Spain beat England 2-1 in the final.',
     'Spain beat England 1-0 in the final.', C),
    ('The committee backed the report by eight votes to three.',
     'The report was backed 8-3 by the committee.', S),
    ('The committee backed the report by eight votes to three.',
     'The committee backed the report by eight votes to four.', C),
    ('The court ruled 7-2 in favour of the company.',
     'The court unanimously ruled in favour of the company.', C),
    ('Wales drew 1-1 with Scotland.',
     'Wales and Scotland drew 1-1 in Cardiff.', S),
    ('Wales drew 1-1 with Scotland.',
     'Wales beat Scotland 2-1 in the quarter-final last year.', N),
    ('The bill cleared the House 220-207.',
     'The House passed the bill 220 to 207.', S),
    ('The bill cleared the House 220-207.',
     'The House passed the bill 218-210.', C),
    ('Nobody died in the flooding.',
     'The flooding killed four people.', C),
    ('Nobody died in the flooding.',
     'No deaths were recorded during the flooding.', S),
    ('Nobody died in the flooding.',
     'Four people died in flooding in the same region in 2012.', N),
    ('The hospital had no beds free on Monday.',
     'The hospital had three beds free on Monday.', C),
    ('Five soldiers were wounded.',
     'No soldiers were wounded, the army said.', C),
    ('None of the rescued miners needed hospital treatment.',
     'Two of the rescued miners were taken to hospital.', C),
    ('There were no complaints about the noise.',
     'The council received 40 complaints about the noise.', C),
    ('Around 1,500 people lost their jobs.',
     '1,480 people lost their jobs.', S),
    ('Around 1,500 people lost their jobs.',
     'Some 3,000 people lost their jobs.', C),
    ('Just under half of the homes have solar panels.',
     'About 47% of the homes have solar panels.', S),
    ('Fewer than 50 people attended the vigil.',
     'More than 200 people attended the vigil.', C),
    ('Dozens of flights were cancelled.',
     'More than 60 flights were cancelled.', S),
    ('Dozens of flights were cancelled.',
     'Three flights were cancelled.', C),
    ('Up to 40% of the crop was lost.',
     'Half of the crop was lost.', C),
    ('The tower is 300 m tall.',
     'The tower stands 984 feet tall.', S),
    ('The tower is 300 m tall.',
     'The tower is 300 feet tall.', C),
    ('The tower is 300 m tall.',
     'The tower is 5 km from the city centre.', N),
    ('The lorry was carrying 20 tonnes of sand.',
     'The lorry was carrying 20,000 kg of sand.', S),
    ('Inflation rose to 4.5%.',
     'Inflation rose to 4.5 per cent in March.', S),
    ('The deal is worth £300m.',
     'The deal is worth £300bn.', C),
    ('The car reached 200 mph.',
     'The car reached 322 km/h.', S),
    ('Average temperatures have risen by 1.1C.',
     'Average temperatures have risen by 2F.', S),
    ('Turnout was roughly 60%.',
     'Turnout was 61.2%, up from 55% in 2019.', S),
    ('The appeal has raised more than £1m.',
     'The appeal has raised £1.2m so far, with a target of £2m.', S),
    ('The library reopened on Monday.',
     'The library, closed since a fire in May, reopened on Monday with 20,000 new'
     ' books.', S),
    ('The plan was approved by 11 votes to 4.',
     'The plan was approved by 11 votes to 4, after an amendment was rejected 8-7.', S),
    ('No one was hurt when the crane collapsed.',
     'No one was hurt when the 40-metre crane collapsed onto two parked cars at 8.15am.', S),
    ('About 250 homes were evacuated.',
     'About 250 homes were evacuated and 12 roads closed as the river rose 3 metres.', S),
    ('The match ended 0-0.',
     "The match ended 0-0, Rovers' third draw in four games after a 2-2 at Bury.", S),
    ("Britain's population reached 67 million in 2020.",
     "Britain's population reached 67 million in 2020, up from 59 million in 2001.", S),
    ('The ship sank in 1912.',
     'The ship sank in 1912; its wreck was found in 1985, 3,800 metres down.', S),
    ('The museum attracts 2 million visitors a year.',
     'The museum, opened in 1759, attracts 2 million visitors a year and employs '
     '1,200 staff.', S),
    ('Temperatures fell to minus 10C overnight.',
     'Temperatures fell to -10C overnight, the lowest since 2010, when -18C was '
     'recorded.', S),
    ('The company was fined €5m.',
     'The company was fined €5m in 2021; in 2019 it paid a €2m penalty.', S),
]
# fmt: on

# Still wrong, with why (expected failures in tests/test_stance_editor_blinda.py).
LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "Vaccine effectiveness was between 36% and 66%.",
        "Vaccine effectiveness was estimated at 52%.",
    ): (
        "the 52% stands four words past the last word shared with the claim, outside the "
        "aligned window: not read, so the claim's figure is missing (Related)"
    ),
    (
        "The theatre closed in 1989.",
        "The theatre opened in 1932 and was demolished in 1995.",
    ): (
        "the years are not compared (1995 is said after 'demolished', not a claim word), but "
        "'opened' is read as the opposite of 'closed' (a word cue, said of another event)"
    ),
    (
        "Nobody died in the flooding.",
        "Four people died in flooding in the same region in 2012.",
    ): (
        "a year the claim does not give is not taken for another event: most such years date "
        "the claim's own ('three people were injured in the fire on 3 March 2024' clashes)"
    ),
}

# Guards of the rules added for the two batches above (written with them): each pair
# holds a rule's boundary.
GUARD_CASES = [
    (
        "No one was injured in the fire.",
        "Three people were injured in the fire on 3 March 2024.",
        C,
    ),
    (
        "Nobody died in the flooding.",
        "Four people died in similar flooding in the same region last year.",
        N,
    ),
    (
        "The ceasefire took effect at midnight.",
        "The ceasefire took effect at midnight, officials said.",
        S,
    ),
    (
        "The polls closed at 10pm.",
        "After the polls closed, counting went on until after midnight.",
        N,
    ),
    ("The fire started at about 2am.", "The fire started at 2.20am, firefighters said.", S),
    ("The fire started at 2am.", "The fire started at 4.20am, firefighters said.", C),
    (
        "The abbey was founded in the 12th century.",
        "The abbey was founded in 1132 by Cistercian monks.",
        S,
    ),
    (
        "Global temperatures rose in the 20th century.",
        "In 2005, scientists found that global temperatures rose.",
        S,
    ),
    ("Temperatures reached 40°C in London.", "Temperatures reached 104F in London.", S),
    ("Average temperatures have risen by 1.1C.", "Average temperatures have risen by 4F.", C),
    ("The river froze at minus 5C.", "The river froze at -5C.", S),
    ("CO2 levels passed 420 ppm.", "CO2 levels passed 400 ppm in 2013.", N),
    ("Over 5,000 people attended the rally.", "More than 6,000 people attended the rally.", S),
    (
        "The board voted unanimously to approve the merger.",
        "The board approved the merger by 9 votes to 0.",
        S,
    ),
    ("The board approved the merger 7-2.", "The board unanimously approved the merger.", C),
    (
        "Scientists are unanimous that the climate is warming.",
        "A poll found that 97% of scientists agree the climate is warming.",
        S,  # no vote word: "unanimous" is no tally, and 97% no clash
    ),
    ("Officials confirmed 5-10 new cases.", "Officials confirmed 5-10 new cases on Friday.", S),
    (
        "The company paid zero tax last year.",
        "The company paid no corporation tax last year, its accounts show.",
        S,
    ),
    (
        "There is no evidence that the drug works.",
        "There is no statistical evidence that the drug works.",
        S,
    ),
]
