"""Claims checked against whole news articles through `factcheck match`, as a user runs it.

The editor tables put each passage alone in its source; here each source is an article of a
headline and paragraphs (tests/articles/, written for this test, not taken from anywhere), so
a claim meets sentence and paragraph passages beside others on its topic. Each case names
the words of the passage it is about; the first passage shown that holds them must carry the
stance written. These articles found, when first run (the lead, eighth session): a month
alone supporting another event, "No one was injured" not read against deaths, "running
costs", "Former mayor jailed", a crowd's count, a prison term in other verbs, the one beaten
named after "over", "cut 1,200 jobs" against shares that rose, "on time and on budget",
"the wettest spring" against "the driest", "the last two years" read as a length of time,
"more than half their ice" (no "of") read as no share, and two senators' votes in one
sentence, each read as the other's ("Maria Lopez voted in favour; James Reed voted against").

The ninth session's seven articles (US and international copy) were wrong on 18 of their 53
claims at first, with either retrieval: 6 are right now ("adopted" against "rejected"; a
sentence's first word read as a name set apart, which hid "Shares fell 11%"; "France
abstained" against "Britain and Germany abstained, while France voted in favor"; "third
straight win" against "fourth in a row"; "cuts police spending" against "raises police
spending ... and cuts the parks department's budget"; "beat analysts' expectations"
against "short of the $8.5 billion analysts had expected"), 1 false clash is gone ("Ten
countries voted against" and "10 against"), 1 false support is Related ("The company cut"
for "Northwind raised"), and 12 are left, in ``LEFT_OUT``. A second batch of five articles
and 35 claims, written after those fixes and before being run, was wrong on 12 at first (1
a false clash, "about 16,000 employees" against a passage whose next sentence reads "It did
not cut jobs in 2023"); 5 are right now and 7 left.

The tenth session's eight articles (a marathon, A&E waits, a phone launch, an appeal,
wheat prices, an earthquake, a state election, a bridge closure) and 79 claims, written
before being run, were wrong on 32 at first with word matching and 30 with semantic
retrieval, 2 of them false clashes ("A&E" read as holding a name "E" against "England";
"no runner needed hospital treatment" against "About 45,000 runners started"). 20 are
right now; 11 are left in ``LEFT_OUT`` and 1 in ``LEFT_OUT_LEXICAL``. A second batch of
five articles and 45 claims, written after those fixes and before being run, was wrong on
14 with word matching and 15 with semantic retrieval (1 a false clash: "capped at 160 feet
before" against "250 feet, up from 160 feet"); 6 are right now ("81% of Aslef members"
against "91% of members"; "did not plan job cuts" after "and"; a date beside "A separate
proposal" in the next sentence; "20 league goals" against "34 league games"; "four-year
contract" against "five-year"; "a fifth of the new units" after "Under the plan,"), and so
is the ninth session's "25 heat deaths" against "25 heat-related deaths" (a compound's head
is what it counts). Its articles also pushed two earlier passages out of the five shown,
one with each retrieval (``LEFT_OUT_LEXICAL``, ``LEFT_OUT_SEMANTIC``).
The eleventh session's seven articles (a jobs report, a cricket Test, a dock strike ballot,
a wolf census, a rocket launch, a box office weekend, bus cuts) and 62 claims, written
before being run, were wrong on 24 at first with word matching and 22 with semantic
retrieval, 3 of them false clashes ("12 launches a year" against "30 launches booked",
"cut 4,000 jobs" against another clause's "56,000 jobs" beside "shed 4,000 positions", and
one film's sum against another's in the next sentence). 12 are right now with word matching
and 12 with semantic retrieval, and no false clash is left; 10 are left in ``LEFT_OUT`` and
2 in ``LEFT_OUT_LEXICAL``. A second batch of five articles and 44 claims, written after those
fixes and before being run, was wrong on 10 with either retrieval, none a false clash; 5
are left.
A passage a claim must not clash with may also not be shown at all.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from factcheck.cli import main
from tests.stance_helpers import RETRIEVALS

ARTICLES = Path(__file__).parent / "articles"

# (claim, words of the passage it is about, stance)
CASES = [
    ("The council approved the footbridge by a 6-3 vote.", "voted 7-2", "contradicts"),
    ("Jim Hale voted for the bridge plan.", "Jim Hale voted against", "contradicts"),
    ("The new footbridge will open in March 2025.", "open in April 2025", "contradicts"),
    ("The footbridge is expected to open in April 2025.", "open in April 2025", "supports"),
    ("Two people died when the old bridge collapsed.", "No one was injured", "contradicts"),
    ("Nobody was hurt in the collapse of the old bridge.", "No one was injured", "supports"),
    ("The footbridge will cost more than £6 million.", "£4.5m cost", "contradicts"),
    ("Construction of the footbridge starts in October.", "begin in September", "contradicts"),
    ("Daniel Price was jailed for five years.", "sentenced to four years", "contradicts"),
    ("Price admitted diverting £2.3m from the housing fund.", "had denied", "contradicts"),
    ("Mark Ellis was convicted alongside Price.", "was acquitted", "contradicts"),
    ("Storm Bert brought gusts of 100mph.", "up to 80mph", "contradicts"),
    ("Around 12,000 homes lost power during Storm Bert.", "about 12,000 homes", "supports"),
    ("Two people were seriously injured during the storm.", "Nobody was seriously", "contradicts"),
    ("Fewer than 30 flood warnings were issued.", "more than 40 flood", "contradicts"),
    ("Temperatures will fall to 4C on Tuesday.", "rise to 14C", "contradicts"),
    ("United beat City 2-1 in the semi-final.", "City beat United 2-1", "contradicts"),
    ("The winning goal came in the 78th minute.", "87th minute", "contradicts"),
    ("A crowd of 84,000 watched the semi-final at Wembley.", "crowd of 84,000", "supports"),
    ("Tom Hart won the Westfield by-election.", "Sarah Okafor won", "contradicts"),
    ("Turnout rose to 38% in the by-election.", "down from 61%", "contradicts"),
    ("The Liberal Democrats finished second.", "came third", "contradicts"),
    ("Okafor received more than 15,000 votes.", "14,212 votes", "contradicts"),
    ("Hart said he would stand again.", "would not stand", "contradicts"),
    ("Inflation fell to 2.3% in April.", "fell to 2.3% in April", "supports"),
    ("Food prices fell by 2.9% over the year.", "rose by 2.9%", "contradicts"),
    ("The Bank of England cut interest rates to 5%.", "held interest rates", "contradicts"),
    ("Two children have died of measles this year.", "No deaths", "contradicts"),
    ("MMR uptake among five-year-olds rose to 84.5%.", "fell to 84.5%", "contradicts"),
    ("Fewer than 300 measles cases were confirmed in England this year.", "368", "contradicts"),
    ("The rail link opened on time and on budget.", "later than planned", "contradicts"),
    ("Trains will run every 15 minutes at peak times.", "every 10 minutes", "contradicts"),
    ("Parliament approved the line in 2016 by 312 votes to 88.", "312 votes", "supports"),
    ("Construction began in 2019.", "March 2018", "contradicts"),
    ("Sales rose 18% in the first half of the year.", "sales fell 18%", "contradicts"),
    ("There will be 200 compulsory redundancies.", "no compulsory", "contradicts"),
    ("Brightline shares rose 7% on the news.", "Shares in Brightline fell 7%", "contradicts"),
    ("Brightline shares rose 7% on the news.", "cut 1,200 jobs at", "neutral"),
    ("Unions welcomed the decision.", "Unions condemned", "contradicts"),
    ("Temperatures reached 34.8C at Heathrow on 25 June.", "34.8C (94.6F)", "supports"),
    ("The hosepipe ban in Yorkshire starts on 1 August.", "on 1 July", "contradicts"),
    ("Water demand has roughly doubled.", "risen by a third", "contradicts"),
    ("Spring rainfall was 40% above average.", "40% below average", "contradicts"),
    ("It was the wettest spring for 50 years.", "driest spring", "contradicts"),
    ("The temperature at Heathrow was about 95F.", "34.8C", "supports"),
    ("Novak beat Carter in the final.", "Carter beat defending", "contradicts"),
    ("Carter is 23.", "Carter, 22,", "contradicts"),
    ("Carter saved two match points in the third set.", "three match points", "contradicts"),
    ("Novak had lost the final in each of the last two years.", "had won the title", "contradicts"),
    ("Councillors voted 31-22 against the rise.", "31-22 in favour", "contradicts"),
    ("Ten councillors abstained.", "Eight councillors", "contradicts"),
    ("The council faces a £14 million funding gap.", "£14m funding gap", "supports"),
    ("Three libraries will close.", "two libraries", "contradicts"),
    ("Two children's centres will shut.", "no children's centres", "contradicts"),
    ("The rise adds about £90 a month to a Band D bill.", "£90 a year", "contradicts"),
    ("Two people died in the A9 coach crash.", "Nobody was killed", "contradicts"),
    ("The coach was carrying about 40 passengers.", "42 passengers", "supports"),
    ("Five people were seriously injured in the crash.", "three of them seriously", "contradicts"),
    ("The merger is worth £7.3 billion.", "£7.3bn merger that", "supports"),
    ("The merged group will have a market share of about a quarter.", "27% market", "supports"),
    ("Dozens of stores will close.", "no stores will close", "contradicts"),
    ("The deal is expected to complete in late 2027.", "early 2027", "contradicts"),
    ("Swiss glaciers lost 4% of their volume in 2025.", "lost 4%", "supports"),
    ("Swiss glaciers have lost more than half their ice since 2000.", "almost 40%", "contradicts"),
    ("The Rhone glacier retreated by about 150 feet last year.", "45 metres", "supports"),
    ("Alpine summer temperatures were 2.1C below average.", "2.1C above", "contradicts"),
    ("The Senate passed the Clean Energy Act 52-48.", "51 votes to 49", "contradicts"),
    ("Maria Lopez voted against the Clean Energy Act.", "Maria Lopez, who", "contradicts"),
    ("James Reed backed the bill.", "James Reed voted against", "contradicts"),
    ("The vote took place on 12 June 2025.", "12 June 2025", "supports"),
    ("The Senate vote was held on June 13.", "12 June 2025", "contradicts"),
    ("Several Republicans supported the bill.", "No Republicans", "contradicts"),
    ("The House is expected to vote on the bill in October.", "in September", "contradicts"),
    ("The bill includes about $370 billion in tax credits.", "$370bn", "supports"),
    ("More than 100 pupils fell ill with norovirus.", "87 pupils", "contradicts"),
    ("Several children were taken to hospital.", "None needed hospital", "contradicts"),
    ("The school reopened on Monday 17 March.", "reopened on Monday", "supports"),
    ("The school reopened on Tuesday 18 March.", "reopened on Monday", "contradicts"),
    ("Eleven staff members were among those who fell ill.", "11 staff", "supports"),
    # The ninth session's batch, written before it was run: US and international copy (a city
    # budget, earnings, a drug trial, basketball, a wildfire, flight cancellations, a UN vote).
    ("The Denver City Council approved the budget by a 10-3 vote.", "voting 9-4", "contradicts"),
    ("Denver's council passed a $1.7 billion budget.", "$1.7 billion general fund", "supports"),
    ("Rosa Delgado voted for the Denver budget.", "Rosa Delgado voted against", "contradicts"),
    ("Ben Whitaker voted against the budget.", "voted in favor", "contradicts"),
    (
        "The Denver budget cuts police spending by 4%.",
        "raises police spending by 4%",
        "contradicts",
    ),
    ("The parks department loses about $12 million.", "cuts the parks department", "supports"),
    ("Denver will lay off 150 city workers.", "no layoffs were planned", "contradicts"),
    ("The Denver budget takes effect on February 1.", "takes effect on January 1", "contradicts"),
    (
        "Denver expects a budget surplus of $45 million next year.",
        "shortfall of $45 million",
        "contradicts",
    ),
    (
        "Northwind's third-quarter revenue beat analysts' expectations.",
        "short of the $8.5 billion",
        "contradicts",
    ),
    (
        "Northwind's quarterly revenue rose 3% to $8.2 billion.",
        "revenue of $8.2 billion",
        "supports",
    ),
    (
        "Northwind's net income rose to $310 million.",
        "Net income fell to $310 million",
        "contradicts",
    ),
    (
        "Northwind raised its full-year sales forecast.",
        "cut its full-year sales forecast",
        "contradicts",
    ),
    ("Northwind shares rose 11% after the results.", "Shares fell 11%", "contradicts"),
    ("Northwind will close 60 stores.", "close 40 underperforming", "contradicts"),
    ("Northwind will cut roughly 1,000 jobs.", "cut about 1,100 jobs", "supports"),
    ("Northwind's gross margin widened to 31.5%.", "Gross margin narrowed", "contradicts"),
    ("Comparable-store sales grew 1.4%.", "Comparable-store sales rose 1.4%", "supports"),
    ("The migraine trial enrolled more than 2,000 adults.", "enrolled 1,240 adults", "contradicts"),
    (
        "Patients on the 50 mg dose had 4.1 fewer migraine days a month.",
        "4.1 fewer migraine days",
        "supports",
    ),
    ("Two patients died during the migraine study.", "No deaths occurred", "contradicts"),
    (
        "Nausea was reported by 19% of patients on the drug.",
        "Nausea was reported by 9%",
        "contradicts",
    ),
    ("The 100 mg dose worked better than the 50 mg dose.", "did not perform better", "contradicts"),
    ("The migraine study lasted 12 weeks.", "12-week study", "supports"),
    ("Calder will seek FDA approval late next year.", "early next year", "contradicts"),
    ("The Celtics beat the Hawks 118-112.", "beat the Boston Celtics 118-112", "contradicts"),
    ("Trae Young scored 38 points against Boston.", "Trae Young scored 38 points", "supports"),
    ("Boston led 64-51 at halftime.", "Boston led 64-51 at halftime", "supports"),
    ("Atlanta led at halftime.", "Boston led 64-51 at halftime", "contradicts"),
    ("Jayson Tatum scored 35 points.", "31 points", "contradicts"),
    ("It was Atlanta's third straight win.", "fourth in a row", "contradicts"),
    ("The Hawks overcame a 17-point deficit.", "17-point deficit", "supports"),
    ("The Ridge fire has burned fewer than 10,000 acres.", "more than 12,000 acres", "contradicts"),
    ("The Ridge fire was 25% contained on Saturday evening.", "15% contained", "contradicts"),
    ("Two civilians have died in the Ridge fire.", "no civilian deaths", "contradicts"),
    (
        "About 6,500 people were ordered to evacuate.",
        "6,500 residents were under evacuation",
        "supports",
    ),
    ("Winds of up to 60 mph were forecast overnight.", "up to 45 mph", "contradicts"),
    ("Officials expect full containment by Tuesday.", "before Thursday", "contradicts"),
    (
        "Nearly 1,500 firefighters are fighting the fire.",
        "More than 1,400 firefighters",
        "supports",
    ),
    (
        "About 900 flights were canceled at Chicago airports on Sunday.",
        "More than 900 flights",
        "supports",
    ),
    (
        "Fewer than 500 flights were canceled in Chicago on Sunday.",
        "More than 900 flights",
        "contradicts",
    ),
    ("American Airlines canceled the most flights.", "United Airlines", "contradicts"),
    ("The FAA halted departures to Chicago for four hours.", "for two hours", "contradicts"),
    ("Average delays at O'Hare were about an hour.", "about 70 minutes", "supports"),
    ("Last month's storm caused about 600 cancellations.", "about 600 cancellations", "supports"),
    ("The resolution passed with 153 votes in favor.", "153 countries voting in favor", "supports"),
    (
        "The General Assembly rejected the ceasefire resolution.",
        "adopted a resolution",
        "contradicts",
    ),
    ("Britain voted in favor of the resolution.", "Britain and Germany abstained", "contradicts"),
    ("France abstained in the vote.", "France voted in favor", "contradicts"),
    ("The United States voted for the resolution.", "voted against the resolution", "contradicts"),
    ("The resolution is legally binding.", "not legally binding", "contradicts"),
    ("Ten countries voted against the resolution.", "10 against", "supports"),
    ("The October resolution passed with 140 votes in favor.", "120 votes in favor", "contradicts"),
    # A second batch of the ninth session, written after its fixes, before being run
    # (housing, schools, an election, heat, layoffs).
    (
        "U.S. home prices rose 3.1% in September from a year earlier.",
        "rose 3.1% in September",
        "supports",
    ),
    ("U.S. home prices fell 3.1% in September.", "rose 3.1% in September", "contradicts"),
    (
        "Home prices posted their fastest annual gain since 2012.",
        "slowest annual gain since 2012",
        "contradicts",
    ),
    ("The average 30-year mortgage rate fell to 7.2% last week.", "climbed to 7.2%", "contradicts"),
    ("Mortgage rates are above 7%.", "climbed to 7.2%", "supports"),
    ("Existing-home sales rose 4.5% in October.", "fell 4.5% in October", "contradicts"),
    ("The median sale price was about $400,000.", "$398,000", "supports"),
    ("Prices rose in Austin.", "values slid 6.2%", "contradicts"),
    ("Miami posted the biggest gain, at 9.7%.", "at 7.9%", "contradicts"),
    ("Ohio eighth-grade math scores fell this year.", "rose 4 percentage points", "contradicts"),
    ("Nearly half of Ohio eighth-graders are proficient in math.", "46% of students", "supports"),
    (
        "More than 60% of eighth-graders were proficient in reading this year.",
        "flat at 58%",
        "contradicts",
    ),
    ("Chronic absenteeism rose to 28%.", "fell to 24% from 28%", "contradicts"),
    ("The results cover about 200,000 students.", "about 120,000 students", "contradicts"),
    (
        "Three districts were placed under state oversight this year.",
        "No district was placed",
        "contradicts",
    ),
    ("Elena Ramirez won the Arizona Senate race.", "Elena Ramirez won", "supports"),
    ("Mark Sutton won the Arizona Senate race.", "Elena Ramirez won", "contradicts"),
    ("Ramirez won by about 3.8 percentage points.", "1.2 percentage points", "contradicts"),
    ("Ramirez received 50.4% of the vote.", "50.4% of the vote", "supports"),
    ("Turnout rose to 74%.", "down from 74%", "contradicts"),
    ("Sutton said he would seek a recount.", "would not seek a recount", "contradicts"),
    ("Democrats now hold 51 Senate seats.", "51 seats in the chamber", "supports"),
    ("Phoenix had its 30th straight day above 110 degrees.", "31st consecutive day", "contradicts"),
    ("The high reached 116 degrees at Sky Harbor.", "116 degrees at Sky Harbor", "supports"),
    (
        "The high reached 118 degrees at Sky Harbor airport.",
        "116 degrees at Sky Harbor",
        "contradicts",
    ),
    ("The previous record was set in 1984.", "set in 1974", "contradicts"),
    (
        "Maricopa County has confirmed 25 heat deaths this year.",
        "confirmed 25 heat-related deaths",
        "supports",
    ),
    (
        "No heat deaths have been confirmed in Maricopa County this year.",
        "confirmed 25 heat-related deaths",
        "contradicts",
    ),
    (
        "Forecasters expect highs to rise later this week.",
        "slight cooling later in the week",
        "contradicts",
    ),
    ("Vantix will lay off about 1,300 workers.", "about 1,300 employees", "supports"),
    ("Vantix will cut 12% of its staff.", "8% of its workforce", "contradicts"),
    (
        "Vantix engineering jobs will be cut.",
        "Engineering roles would not be affected",
        "contradicts",
    ),
    ("Vantix shares fell after the announcement.", "shares rose 4%", "contradicts"),
    ("Vantix also cut jobs in 2023.", "did not cut jobs in 2023", "contradicts"),
    ("Vantix had about 16,000 employees at the end of last year.", "16,200 employees", "supports"),
    # The tenth session's batch, written before it was run (a marathon, A&E waits, a phone
    # launch, an appeal, wheat prices, an earthquake, a state election, a bridge closure).
    ("Daniel Kiprono won the Berlin Marathon in 2:03:12.", "in 2:03:12", "supports"),
    ("Kiprono won the Berlin Marathon in 2:02:45.", "in 2:03:12", "contradicts"),
    ("Kiprono broke the course record by 19 seconds.", "by 19 seconds", "supports"),
    ("Tadese Alemu won the Berlin Marathon.", "Tadese Alemu finished second", "contradicts"),
    ("Alemu finished about 40 seconds behind the winner.", "41 seconds behind", "supports"),
    ("Jonas Weber finished second in Berlin.", "was a surprise third", "contradicts"),
    ("Amane Sato won the women's race in Berlin.", "faded to fourth", "contradicts"),
    ("Ruth Chebet won the women's race in 2:16:40.", "win in 2:16:40", "supports"),
    ("Fewer than 40,000 runners finished the Berlin Marathon.", "42,310 finished", "contradicts"),
    ("Several runners were taken to hospital.", "no runner needed hospital", "contradicts"),
    ("Chebet pulled clear after 30 kilometres.", "after 35 kilometres", "contradicts"),
    (
        "About 45,000 runners started the Berlin Marathon.",
        "About 45,000 runners started",
        "supports",
    ),
    (
        "Fewer than 70% of A&E patients were seen within four hours in November.",
        "68.2%",
        "supports",
    ),
    ("A&E performance improved in November.", "down from 70.1%", "contradicts"),
    ("72% of A&E patients were seen within four hours in November.", "68.2%", "contradicts"),
    ("The four-hour target is 95%.", "is 95%", "supports"),
    ("The government's interim goal is 78% by March 2026.", "78% by March 2026", "supports"),
    ("The interim goal is 80% by March 2026.", "78% by March 2026", "contradicts"),
    ("Twelve-hour waits fell by 9% on a year earlier.", "up 9% on a year earlier", "contradicts"),
    (
        "The waiting list for planned treatment rose to 7.4 million.",
        "fell for the second month",
        "contradicts",
    ),
    ("Ambulance response times for heart attacks got worse.", "improved slightly", "contradicts"),
    ("The Orion 9 costs $100 more than last year's model.", "$100 less than", "contradicts"),
    ("The Orion 9 starts at $699.", "priced from $699", "supports"),
    ("The Orion 9 starts at $799.", "priced from $699", "contradicts"),
    ("Orion's sales rose 8% in the third quarter.", "fell 8% in the third", "contradicts"),
    ("The Orion 9 goes on sale in the US on October 4.", "on October 4", "supports"),
    (
        "The Orion 9 goes on sale in India on October 4.",
        "India and Brazil to follow",
        "contradicts",
    ),
    (
        "The Orion 9 has a bigger screen than its predecessor.",
        "the same as its predecessor",
        "contradicts",
    ),
    ("The Orion 9 keeps the headphone jack.", "drops the headphone jack", "contradicts"),
    ("Orion sold more than 15 million of last year's model.", "sold 12 million", "contradicts"),
    (
        "Orion sold 12 million phones of last year's model, missing its target.",
        "sold 12 million",
        "supports",
    ),
    (
        "The appeals court upheld Paul Haskins's conviction.",
        "overturned the fraud conviction",
        "contradicts",
    ),
    ("The appeals court ruled 3-0.", "ruling 2-1", "contradicts"),
    ("Haskins was sentenced to ten years in prison.", "eight years in prison", "contradicts"),
    ("Haskins hid about $140 million in losses.", "$140 million in losses", "supports"),
    ("Haskins was convicted in March 2024.", "convicted in March 2024", "supports"),
    ("Haskins was convicted in May 2024.", "convicted in March 2024", "contradicts"),
    (
        "Judge Robert Yates wrote the majority opinion.",
        "Judge Robert Yates dissented",
        "contradicts",
    ),
    ("Haskins, 58, was the bank's chief executive.", "Haskins, 61,", "contradicts"),
    ("Wheat futures fell 4.2% on Wednesday.", "rose 4.2%", "contradicts"),
    ("Wheat rose to about $7.20 a bushel.", "$7.18 a bushel", "supports"),
    ("The USDA raised its winter wheat forecast.", "cut its forecast", "contradicts"),
    (
        "The USDA expects a winter wheat crop of 1.35 billion bushels.",
        "1.28 billion bushels",
        "contradicts",
    ),
    ("Soybean prices rose on Wednesday.", "Soybeans fell 1.1%", "contradicts"),
    (
        "Bread prices have risen 16% over the past year.",
        "risen 2% over the past year",
        "contradicts",
    ),
    (
        "Kansas expects its biggest wheat harvest since 1989.",
        "smallest crop since 1989",
        "contradicts",
    ),
    (
        "The earthquake in southern Turkey had a magnitude of 6.4.",
        "magnitude 6.4 earthquake",
        "supports",
    ),
    ("The Turkey earthquake killed at least 40 people.", "at least 14 people", "contradicts"),
    (
        "More than 300 people were injured in the Adana earthquake.",
        "injuring more than 300",
        "supports",
    ),
    ("The quake struck at 3:42 p.m. local time.", "3:42 a.m.", "contradicts"),
    ("The strongest aftershock measured 5.1.", "magnitude 5.1", "supports"),
    (
        "No buildings collapsed in the Adana earthquake.",
        "Around 80 buildings collapsed",
        "contradicts",
    ),
    ("The epicentre was about 20 km west of Adana.", "east of the city of Adana", "contradicts"),
    ("Congress won 52 of the 90 seats in Haryana.", "52 of the 90 seats", "supports"),
    ("The BJP won 40 seats in Haryana.", "BJP won 31 seats", "contradicts"),
    ("The BJP kept its majority in Haryana.", "won a majority", "contradicts"),
    (
        "Turnout in Haryana was higher than five years ago.",
        "slightly lower than five years ago",
        "contradicts",
    ),
    (
        "The BJP's vote share rose by four percentage points.",
        "fell by four percentage points",
        "contradicts",
    ),
    ("Anil Rathi refused to concede defeat.", "conceded defeat", "contradicts"),
    ("Congress has named its candidate for chief minister.", "has not yet named", "contradicts"),
    (
        "The Harbour Bridge will close for six weeks from July 14.",
        "six weeks from July 14",
        "supports",
    ),
    ("The Harbour Bridge will close for four months.", "six weeks from July 14", "contradicts"),
    ("The bridge closes from June 14.", "from July 14", "contradicts"),
    (
        "About 38,000 vehicles use the Harbour Bridge each weekday.",
        "About 38,000 vehicles",
        "supports",
    ),
    (
        "The replacement ferry will run every 20 minutes at peak times.",
        "every 15 minutes",
        "contradicts",
    ),
    ("The bridge repairs will cost about $60 million.", "$62 million", "supports"),
    ("The city will pay for the bridge repairs.", "paid for by the state", "contradicts"),
    ("The Harbour Bridge opened in 1961.", "opened in 1961", "supports"),
    ("The bridge was last closed for major work in 2012.", "in 2008", "contradicts"),
    ("Corn prices rose sharply on Wednesday.", "Corn prices were little changed", "contradicts"),
    ("Orion expects to sell 15 million Orion 9 phones.", "target of 15 million", "neutral"),
    ("The Adana earthquake killed at least 14 people.", "killed more than 50,000", "neutral"),
    ("Wheat futures rose 4.2% on Wednesday.", "Soybeans fell 1.1%", "neutral"),
    ("The bridge repairs will take six weeks.", "resurfacing took four months", "neutral"),
    ("Rescue teams saved 22 people from the rubble.", "pulled 22 people alive", "supports"),
    ("Bus journeys will take up to 20 minutes longer.", "adding up to 20 minutes", "supports"),
    ("The Orion 9's battery lasts up to 30 hours.", "up to 30 hours", "supports"),
    ("The BJP won 31 seats in Haryana.", "Turnout was 67.9%", "neutral"),
    ("Jonas Weber ran a personal best of 2:06:05.", "personal best of 2:06:05", "supports"),
    # A second batch of the tenth session, written after its fixes, before being run (a
    # zoning vote, a flu vaccine trial, a football transfer, a rail strike, a takeover).
    ("The Oakland City Council approved the housing plan 6-2.", "voting 6-2", "supports"),
    ("The Oakland council approved the plan by a 7-1 vote.", "voting 6-2", "contradicts"),
    ("The Oakland council rejected the downtown housing plan.", "approved a plan", "contradicts"),
    (
        "Luis Ortega voted for the housing plan.",
        "Luis Ortega and Karen Bell voted against",
        "contradicts",
    ),
    ("Karen Bell opposed the plan.", "Luis Ortega and Karen Bell voted against", "supports"),
    ("The plan could add up to 4,000 homes.", "up to 4,000 homes", "supports"),
    ("The plan could add as many as 10,000 homes.", "up to 4,000 homes", "contradicts"),
    (
        "A quarter of the new units must be offered at below-market rents.",
        "a fifth of the new units",
        "contradicts",
    ),
    ("Downtown building heights will be capped at 250 feet.", "capped at 250 feet", "supports"),
    ("Building heights downtown were capped at 160 feet before.", "up from 160 feet", "supports"),
    ("The plan takes effect on February 1.", "takes effect on January 1", "contradicts"),
    ("The parking proposal was approved.", "was postponed until March", "contradicts"),
    ("The high-dose vaccine cut hospital admissions by 23%.", "by 23%", "supports"),
    ("The high-dose vaccine cut hospital admissions by a third.", "by 23%", "contradicts"),
    (
        "The high-dose vaccine increased hospital admissions.",
        "reduced hospital admissions",
        "contradicts",
    ),
    ("The Danish flu study followed more than 300,000 people.", "about 332,000 people", "supports"),
    ("The flu study followed about 33,000 people.", "about 332,000 people", "contradicts"),
    (
        "The high-dose vaccine reduced deaths from any cause.",
        "no difference in deaths",
        "contradicts",
    ),
    (
        "Serious reactions were common with the high dose.",
        "serious reactions were rare",
        "contradicts",
    ),
    (
        "The high-dose vaccine costs about twice as much as the standard one.",
        "four times as much",
        "contradicts",
    ),
    (
        "Denmark will decide by June whether to offer the vaccine to everyone over 70.",
        "decide by June",
        "supports",
    ),
    ("Rovers signed Emeka Okonkwo for £18 million.", "£18 million", "supports"),
    ("Rovers signed Okonkwo for £15m.", "£18 million", "contradicts"),
    ("Okonkwo signed a four-year contract.", "five-year contract", "contradicts"),
    ("Okonkwo is 24.", "The 24-year-old", "supports"),
    (
        "Okonkwo scored 17 goals in 34 league games last season.",
        "17 goals in 34 league games",
        "supports",
    ),
    ("Okonkwo scored more than 20 league goals last season.", "17 goals", "contradicts"),
    (
        "Castle Athletic accepted an earlier bid of £15m.",
        "had rejected an earlier bid",
        "contradicts",
    ),
    ("Tom Haines cost Rovers £12.5m in 2022.", "£12.5m in 2022", "supports"),
    ("Train drivers will strike on 4, 6 and 8 March.", "4, 6 and 8 March", "supports"),
    ("Train drivers will strike for five days in March.", "on 4, 6 and 8 March", "contradicts"),
    ("81% of Aslef members who voted backed the strike.", "91% of members", "contradicts"),
    ("Turnout in the Aslef ballot was 78%.", "turnout of 78%", "supports"),
    ("The union accepted the pay offer.", "which the union rejected", "contradicts"),
    ("Drivers were offered a 5% rise this year.", "4% rise this year", "contradicts"),
    (
        "It is the first national rail strike since November.",
        "first national rail strike since November",
        "supports",
    ),
    ("Meridian agreed to buy Quill for $4.1 billion.", "$4.1 billion in cash", "supports"),
    ("Meridian will pay $48 a share for Quill.", "$52 a share", "contradicts"),
    (
        "Quill shares fell 27% after the deal was announced.",
        "Quill shares jumped 27%",
        "contradicts",
    ),
    (
        "Meridian shares rose after the deal was announced.",
        "Meridian shares fell 3%",
        "contradicts",
    ),
    (
        "The Quill deal is expected to close in the first half of next year.",
        "second half of next year",
        "contradicts",
    ),
    (
        "Anya Patel will leave Quill after the takeover.",
        "will stay on to run the business",
        "contradicts",
    ),
    ("Meridian plans job cuts after the Quill deal.", "did not plan job cuts", "contradicts"),
    ("The offer is about 30% above Quill's closing price.", "31% above", "supports"),
    (
        "The Quill deal needs approval from regulators in the US and the EU.",
        "needs approval from regulators",
        "supports",
    ),
    # The eleventh session's batch, written before being run (a jobs report, a cricket Test,
    # a dock strike ballot, a wolf census, a rocket launch, a box office weekend, bus cuts).
    ("The US added 240,000 jobs in April.", "added 175,000 jobs", "contradicts"),
    ("The US added 175,000 jobs in April.", "added 175,000 jobs", "supports"),
    (
        "Employers added fewer jobs in April than economists expected.",
        "below the 240,000",
        "supports",
    ),
    ("The unemployment rate fell to 3.8% in April.", "rose to 3.9% from 3.8%", "contradicts"),
    ("Unemployment rose to 3.9%.", "rose to 3.9%", "supports"),
    ("Wages grew 3.9% over the year.", "3.9% from a year earlier", "supports"),
    ("Manufacturing added 56,000 jobs.", "little changed", "contradicts"),
    ("The federal government cut 4,000 jobs.", "shed 4,000 positions", "supports"),
    (
        "Revisions added 22,000 jobs to the February and March figures.",
        "Revisions cut",
        "contradicts",
    ),
    ("The next jobs report will be published on June 14.", "due on June 7", "contradicts"),
    (
        "India won the fourth Test by an innings and 46 runs.",
        "an innings and 64 runs",
        "contradicts",
    ),
    ("India lead the series 3-1 with one Test to play.", "unbeatable 3-1 lead", "supports"),
    ("England lead the series 3-1.", "unbeatable 3-1 lead", "contradicts"),
    ("England were all out for 154 in their second innings.", "bowled out for 154", "supports"),
    ("Ashwin took four wickets.", "took five wickets for 77", "contradicts"),
    ("Joe Root made a century.", "top-scored with 84", "contradicts"),
    ("Ben Stokes scored 2.", "was out for 2", "supports"),
    ("India made 477 in their first innings.", "made 477", "supports"),
    ("The fifth Test starts on March 17.", "on March 7", "contradicts"),
    ("Felixstowe dockers accepted a 7% pay offer.", "after rejecting a 7% offer", "contradicts"),
    ("82% of members balloted backed strike action.", "82% voted in favour", "supports"),
    ("Turnout in the Felixstowe ballot was 67%.", "turnout of 76%", "contradicts"),
    ("The dock strikes will last ten days.", "eight days of strikes", "contradicts"),
    ("The dock strikes will start on August 12.", "begin on August 21", "contradicts"),
    ("Felixstowe handles about half of Britain's container freight.", "nearly half", "supports"),
    ("The average Felixstowe docker earns £34,000 a year.", "earned £43,000", "contradicts"),
    ("The 2022 strike at Felixstowe lasted more than two weeks.", "lasted 16 days", "supports"),
    ("Hutchison Ports called the pay offer unfair.", "fair and generous", "contradicts"),
    ("Unite has 1.2 million members.", "Of the 1,900 members balloted", "neutral"),
    ("Germany now has 184 wolf packs.", "184 packs", "supports"),
    ("The number of wolf packs in Germany fell last year.", "up from 161", "contradicts"),
    ("German wolf packs rose from 116 to 184.", "up from 161", "contradicts"),
    (
        "Wolves have been confirmed in every German state.",
        "none has yet been confirmed",
        "contradicts",
    ),
    ("Wolves killed more than 4,000 farm animals in 2022.", "killed 4,366", "supports"),
    ("Livestock losses to wolves fell by 9% in 2022.", "up 9% on the year", "contradicts"),
    ("Wolves came back to Germany in 2010.", "returned to Germany in 2000", "contradicts"),
    ("Researchers counted 22 lone wolves.", "22 lone wolves", "supports"),
    ("Ariane 6 launched on July 9.", "Tuesday, July 9", "supports"),
    ("Ariane 6 lifted off on 19 July.", "Tuesday, July 9", "contradicts"),
    ("The first Ariane 6 launch came three years late.", "four-year delay", "contradicts"),
    ("The Ariane 6 upper stage completed all its burns.", "failed to complete", "contradicts"),
    ("Developing Ariane 6 cost around €4bn.", "about €4 billion", "supports"),
    ("Arianespace has 13 launches booked.", "30 launches booked", "contradicts"),
    ("The last Ariane 5 flew in July 2023.", "July 2023", "supports"),
    ("The European Space Agency plans 12 launches a year.", "30 launches booked", "neutral"),
    ("Dune: Part Two opened with $81.5m in North America.", "$81.5 million", "supports"),
    (
        "Dune: Part Two made $97 million in the US and Canada on its opening weekend.",
        "took in $81.5 million",
        "contradicts",
    ),
    (
        "Dune: Part Two's global opening was more than $200 million.",
        "$178.5 million",
        "contradicts",
    ),
    (
        "Dune: Part Two had a budget of around $160 million.",
        "cost about $190 million",
        "contradicts",
    ),
    ("The first Dune opened with $41 million.", "opened with $41 million", "supports"),
    ("Bob Marley: One Love topped the box office.", "fell to second place", "contradicts"),
    ("It was the year's biggest opening weekend.", "biggest debut of the year", "supports"),
    ("Kung Fu Panda 4 opened with $30 million.", "is due next weekend", "neutral"),
    ("Hertfordshire will scrap 12 bus routes.", "withdraw 14 subsidised", "contradicts"),
    ("The bus cuts were approved by 31 votes to 28.", "voted 38-21", "contradicts"),
    ("Councillors voted 38-21 for the bus cuts.", "voted 38-21", "supports"),
    ("The bus budget is being cut by a quarter.", "a quarter of its total", "supports"),
    ("The bus route cuts start in October.", "from September 1", "contradicts"),
    ("Bus fares will rise to £3.", "capped at £2", "contradicts"),
    ("Most consultation responses backed the bus changes.", "71% of them opposed", "contradicts"),
    ("Hertfordshire faces an £8m budget shortfall.", "£8m shortfall", "supports"),
    ("About 3,500 people live in the villages affected.", "3,500 passengers a week", "neutral"),
    # A second batch of the eleventh session, written after its fixes, before being run
    # (overseas tuition fees, a ferry sinking, a state election, retail sales, a grand prix).
    (
        "Leeds will raise fees for international students by 6%.",
        "by 6% from September 2025",
        "supports",
    ),
    ("Leeds will raise overseas fees by 8%.", "by 6% from September 2025", "contradicts"),
    ("The fee rise was approved by 14 votes to 5.", "14 votes to 5", "supports"),
    ("The Leeds council approved the fee rise 15-4.", "14 votes to 5", "contradicts"),
    ("The new overseas fees take effect in January 2025.", "from September 2025", "contradicts"),
    ("Overseas medicine students will pay £39,000 a year.", "£39,000 for medicine", "supports"),
    ("Fees for home students will rise to £9,500.", "stay capped at £9,250", "contradicts"),
    (
        "International students make up about a third of Leeds students.",
        "31% of its 38,000",
        "supports",
    ),
    ("The students' union backed the fee rise.", "students' union opposed", "contradicts"),
    (
        "The proposal to cut overseas places was approved.",
        "was withdrawn before the vote",
        "contradicts",
    ),
    (
        "At least 11 people died when the ferry sank off Buton.",
        "At least 11 people died",
        "supports",
    ),
    ("The Buton ferry was carrying 60 passengers.", "carrying 87 passengers", "contradicts"),
    ("Rescuers pulled 74 survivors from the water.", "pulled 47 survivors", "contradicts"),
    ("The ferry was licensed to carry 60 people.", "licensed to carry 60 people", "supports"),
    ("The ferry left port at 6am.", "leaving port at 4am", "contradicts"),
    ("The captain of the ferry died in the sinking.", "The captain survived", "contradicts"),
    ("No one was killed in the speedboat fire in March.", "killed three people", "contradicts"),
    ("Searchers worked through the night.", "pause their work overnight", "contradicts"),
    ("The CDU won the Saxony election with 31.9% of the vote.", "31.9% of the vote", "supports"),
    ("The AfD won the Saxony state election.", "narrowly won", "contradicts"),
    ("The AfD took 32.6% of the vote in Saxony.", "on 30.6%", "contradicts"),
    ("The Wagenknecht alliance came second in Saxony.", "came third with 11.8%", "contradicts"),
    ("The SPD won 7.3% in Saxony.", "won 7.3%", "supports"),
    ("Turnout in Saxony fell to 74.4%.", "up from 66.5%", "contradicts"),
    ("The CDU will have 41 of the 120 seats.", "41 of the 120 seats", "supports"),
    ("The AfD won 42 seats in Saxony.", "the AfD 40", "contradicts"),
    (
        "Kretschmer said he would govern with the AfD.",
        "would not govern with the AfD",
        "contradicts",
    ),
    ("The Greens won 5.1% in Saxony.", "Turnout was 74.4%", "neutral"),
    ("Retail sales fell 0.7% in October.", "fell by 0.7% in October", "supports"),
    ("Retail sales rose 0.7% in October.", "fell by 0.7% in October", "contradicts"),
    ("Economists had expected a 0.5% fall in retail sales.", "0.3% fall economists", "contradicts"),
    ("Retail sales fell in September.", "risen by 0.1% in September", "contradicts"),
    ("Sales volumes were 2.4% higher than a year earlier.", "2.4% higher", "supports"),
    ("Online sales fell 0.8% in October.", "online sales rose 0.8%", "contradicts"),
    ("Food store volumes fell 1.5% in October.", "fell 1.5%", "supports"),
    (
        "November's retail figures will be published on December 13.",
        "on December 20",
        "contradicts",
    ),
    ("Lando Norris won the Dutch Grand Prix.", "Lando Norris won", "supports"),
    ("Max Verstappen won the Dutch Grand Prix.", "Lando Norris won", "contradicts"),
    ("Norris finished 12.9 seconds ahead of Verstappen.", "22.9 seconds ahead", "contradicts"),
    ("Charles Leclerc finished fourth at Zandvoort.", "Charles Leclerc was third", "contradicts"),
    ("Norris retook the lead on lap 18.", "on lap 18", "supports"),
    ("It was the first win of Norris's Formula One career.", "second win of his", "contradicts"),
    ("Verstappen leads the championship by 70 points.", "cut to 70 points", "supports"),
    ("About 100,000 fans attended the Dutch Grand Prix.", "Around 105,000 fans", "supports"),
]

# Cases still wrong, with why: (claim, words) -> reason. Each is checked to be still wrong,
# so that one put right is taken out of here.
LEFT_OUT = {
    ("The parks department loses about $12 million.", "cuts the parks department"): (
        "Related: 'loses' and 'cuts ... budget' are not read as one change"
    ),
    ("Denver will lay off 150 city workers.", "no layoffs were planned"): (
        "Related: 'lay off' and 'layoffs' are not read as one word"
    ),
    ("Denver expects a budget surplus of $45 million next year.", "shortfall of $45 million"): (
        "Related: 'budget surplus' and 'projected shortfall' are read as two kinds of a sum"
    ),
    ("Northwind's quarterly revenue rose 3% to $8.2 billion.", "revenue of $8.2 billion"): (
        "Related: 'quarterly' and 'third-quarter', 'rose' and 'up' share too few words"
    ),
    ("Northwind raised its full-year sales forecast.", "cut its full-year sales forecast"): (
        "Related, not contradicts: 'The company' is not read as Northwind (the passage does "
        "not name it), so 'cut' is not compared; it is no longer a support (standin.py)"
    ),
    ("The migraine study lasted 12 weeks.", "12-week study"): (
        "Related: '12-week' is not read as a length of time"
    ),
    ("Atlanta led at halftime.", "Boston led 64-51 at halftime"): (
        "supports: 'led' is not read as Boston's alone; Atlanta is named later in the sentence "
        "(giving an act to another name each time it is said broke two-way verbs and "
        "comparisons turned round: 'Verstappen finished behind Hamilton')"
    ),
    ("American Airlines canceled the most flights.", "United Airlines"): (
        "supports: the doer of 'canceled' is not read past 'United Airlines, which has a hub "
        "at O'Hare,' (without the clause, 'American Airlines' and 'United Airlines' are two "
        "doers: Related)"
    ),
    ("The resolution passed with 153 votes in favor.", "153 countries voting in favor"): (
        "Related: 'passed' and 'adopted' are not read as one decision"
    ),
    ("Britain voted in favor of the resolution.", "Britain and Germany abstained"): (
        "Related: the paragraph holds 'voted in favor' of France, read as said there too"
    ),
    ("Ten countries voted against the resolution.", "10 against"): (
        "Related, not supports: the tally's '10 against' is not read as the claim's count"
    ),
    ("The October resolution passed with 140 votes in favor.", "120 votes in favor"): (
        "Related: 'A previous resolution' is read as another instance of the claim's"
    ),
    # The second batch, after its fixes (12 of 35 wrong at first, 1 a false clash).
    ("U.S. home prices fell 3.1% in September.", "rose 3.1% in September"): (
        "Related, not contradicts: 'rose ... in September from a year earlier' is read as a "
        "change over a year, another stretch than the claim's month (stretches.py)"
    ),
    (
        "More than 60% of eighth-graders were proficient in reading this year.",
        "flat at 58%",
    ): "supports: the paragraph's 62% (before the pandemic) is read as the claim's share",
    ("Three districts were placed under state oversight this year.", "No district was placed"): (
        "Related, not contradicts: 'compared with three last year' is read as agreeing on three"
    ),
    ("Forecasters expect highs to rise later this week.", "slight cooling later in the week"): (
        "supports: 'rise' against 'cooling' is not read (a false support)"
    ),
    ("Vantix will cut 12% of its staff.", "8% of its workforce"): (
        "Related, not contradicts: 'staff' and 'workforce' are not read as one noun"
    ),
    ("Vantix engineering jobs will be cut.", "Engineering roles would not be affected"): (
        "supports (lexical) / Related: 'would not be affected' is not read against 'cut'"
    ),
    # The tenth session's batch (32 of 79 wrong at first with word matching, 30 with
    # semantic retrieval; 2 false clashes, both put right).
    ("Alemu finished about 40 seconds behind the winner.", "41 seconds behind"): (
        "Related, not supports: '41 seconds behind' comes after 'finished second,', and the "
        "length of time is read as of 'second', not of 'finished'"
    ),
    ("A&E performance improved in November.", "down from 70.1%"): (
        "Related or not shown: a share of patients seen in time that fell is not read as "
        "a service that got worse"
    ),
    ("The four-hour target is 95%.", "is 95%"): (
        "Related, not supports: 'The target, set in 2010, is 95%' does not say 'four-hour' "
        "in that sentence; the claim's words are too few in it"
    ),
    ("The Orion 9 goes on sale in India on October 4.", "India and Brazil to follow"): (
        "supports, not contradicts: 'October 4' is read as the claim's date; that it is "
        "the US and Europe's, India's being November, is not read"
    ),
    ("The Orion 9 has a bigger screen than its predecessor.", "the same as its predecessor"): (
        "supports, not contradicts: 'a 6.1-inch screen, the same as its predecessor' (an "
        "aside after a comma) is not read against 'bigger ... than'"
    ),
    ("Judge Robert Yates wrote the majority opinion.", "Judge Robert Yates dissented"): (
        "supports (lexical) / Related: 'writing for the majority' is Carol Whitman's, two "
        "sentences before 'Judge Robert Yates dissented'; neither is read against the claim"
    ),
    ("The USDA raised its winter wheat forecast.", "cut its forecast"): (
        "supports (lexical) / Related: 'USDA' is not read as 'US Department of "
        "Agriculture', so 'cut' is taken as another's act"
    ),
    ("Kansas expects its biggest wheat harvest since 1989.", "smallest crop since 1989"): (
        "supports, not contradicts: 'biggest wheat harvest' and 'smallest crop' name the "
        "harvest in other nouns, so the opposites are not aligned"
    ),
    ("The Turkey earthquake killed at least 40 people.", "at least 14 people"): (
        "Related, not contradicts: two lower bounds meet ('at least 14' is true of 40); "
        "an editor reads the report's toll as 14"
    ),
    ("The BJP kept its majority in Haryana.", "won a majority"): (
        "supports, not contradicts: the majority won is Congress's, and 'ending ten years "
        "of rule by the Bharatiya Janata Party' is not read as the BJP's loss ('BJP' is "
        "not read as its full name)"
    ),
    ("The city will pay for the bridge repairs.", "paid for by the state"): (
        "Related, not contradicts: 'paid for by the state' is not read as another payer"
    ),
    # The tenth session's second batch, written after the first's fixes (14 of 45 wrong at
    # first with word matching, 15 with semantic retrieval; 1 false clash, left).
    ("The Oakland council rejected the downtown housing plan.", "approved a plan"): (
        "supports, not contradicts: 'approved a plan to allow taller apartment buildings' "
        "is read as a decision on another thing than 'the downtown housing plan' (scope's "
        "objects: 'housing' against 'apartment buildings')"
    ),
    ("Building heights downtown were capped at 160 feet before.", "up from 160 feet"): (
        "contradicts, not supports (a false clash): the claim's 'before' does not make its "
        "160 feet the earlier level, so it meets the passage's 250 feet"
    ),
    ("The parking proposal was approved.", "was postponed until March"): (
        "Related, not contradicts: a decision put off is not read against one taken"
    ),
    ("Serious reactions were common with the high dose.", "serious reactions were rare"): (
        "supports, not contradicts: 'more common with the high dose' said of side effects "
        "earlier in the sentence is read as the claim's word"
    ),
    ("Rovers signed Okonkwo for £15m.", "£18 million"): (
        "Related, not contradicts: '£18 million' stands too many words after the words the "
        "passage shares with the claim ('for a club-record fee of')"
    ),
    ("Okonkwo is 24.", "The 24-year-old"): (
        "Related, not supports: 'is 24' is read as a bare figure, not an age"
    ),
    ("Castle Athletic accepted an earlier bid of £15m.", "had rejected an earlier bid"): (
        "supports, not contradicts: 'had rejected ... in June' is read as said at an earlier "
        "time than the claim's"
    ),
    ("Train drivers will strike for five days in March.", "on 4, 6 and 8 March"): (
        "Related, not contradicts: three dates are not counted as three days"
    ),
    # The eleventh session's batch.
    ("Wages grew 3.9% over the year.", "3.9% from a year earlier"): (
        "Related: 'wages' and 'average hourly earnings' share no word, and the cosine is under "
        "the threshold"
    ),
    ("Manufacturing added 56,000 jobs.", "little changed"): (
        "supports: 'Health care added 56,000 jobs' is not read as another subject, since the "
        "paragraph names manufacturing too (in its next sentence)"
    ),
    ("England lead the series 3-1.", "unbeatable 3-1 lead"): (
        "supports: 'India beat England ... to take an unbeatable 3-1 lead' is not read as "
        "India's lead"
    ),
    ("England were all out for 154 in their second innings.", "bowled out for 154"): (
        "Related: 'all out' and 'bowled out', 'second innings' and 'bat again' share too few words"
    ),
    ("Joe Root made a century.", "top-scored with 84"): (
        "Related: a century (100 runs) is not known as a figure"
    ),
    ("German wolf packs rose from 116 to 184.", "up from 161"): (
        "Related: the level a change started from is not compared with the passage's 'up from 161'"
    ),
    ("Livestock losses to wolves fell by 9% in 2022.", "up 9% on the year"): (
        "Related: 'losses to wolves' and 'Wolves killed ... farm animals' are not read as one "
        "quantity, so 'fell' and 'up' are not compared"
    ),
    ("The first Ariane 6 launch came three years late.", "four-year delay"): (
        "Related: 'three years late' and 'a four-year delay' are not read as one length"
    ),
    ("Bus fares will rise to £3.", "capped at £2"): (
        "Related: '£2' stands nine words after 'Fares', past the window's reach"
    ),
    ("Most consultation responses backed the bus changes.", "71% of them opposed"): (
        "supports (words) / Related (semantic): 'most ... backed' is not read against '71% ... "
        "opposed'"
    ),
    # The eleventh session's second batch.
    ("The new overseas fees take effect in January 2025.", "from September 2025"): (
        "Related: 'take effect in' and 'raise ... from' are read as two events"
    ),
    ("Searchers worked through the night.", "pause their work overnight"): (
        "supports: 'worked through the night' and 'pause their work overnight' are not read "
        "as opposites"
    ),
    ("Turnout in Saxony fell to 74.4%.", "up from 66.5%"): (
        "Related: 'up from 66.5% five years ago' is read as a change over another stretch of "
        "time, so 'fell' and 'up' are not compared"
    ),
    ("Food store volumes fell 1.5% in October.", "fell 1.5%"): (
        "Related: the claim's month is not in the passage's sentence (it is the story's)"
    ),
    ("It was the first win of Norris's Formula One career.", "second win of his"): (
        "supports: 'the first win' and 'the second win of his career' are not compared as a "
        "count of wins"
    ),
}
# Wrong with word matching only (semantic retrieval shows the stance written).
LEFT_OUT_LEXICAL = {
    ("Ben Stokes scored 2.", "was out for 2"): (
        "Related: 'scored 2' and 'was out for 2' share too few words"
    ),
    ("Dune: Part Two had a budget of around $160 million.", "cost about $190 million"): (
        "not shown: the paragraph is not among the five best passages"
    ),
    ("Haskins, 58, was the bank's chief executive.", "Haskins, 61,"): (
        "not shown: the paragraph with 'Haskins, 61,' is not among the five best passages"
    ),
    ("The merger is worth £7.3 billion.", "£7.3bn merger that"): (
        "not shown since the tenth session's second batch: the takeover article's passages "
        "outrank it"
    ),
}
# Wrong with semantic retrieval only.
LEFT_OUT_SEMANTIC = {
    ("Karen Bell opposed the plan.", "Luis Ortega and Karen Bell voted against"): (
        "Related, not supports: 'opposed' and 'voted against' share no word, and the "
        "cosine of the whole sentence is under the threshold"
    ),
    ("Northwind shares rose 11% after the results.", "Shares fell 11%"): (
        "not shown since the tenth session's second batch: the takeover article's passages "
        "outrank it"
    ),
}


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_claims_against_whole_articles(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ARTICLES, tmp_path / "sources")
    (tmp_path / "claims").mkdir()
    claims = [{"id": f"c{i:02d}", "text": claim} for i, (claim, _, _) in enumerate(CASES)]
    text = yaml.safe_dump({"claims": claims}, sort_keys=False, allow_unicode=True)
    (tmp_path / "claims" / "draft.yaml").write_text(text, encoding="utf-8")
    assert main(["match", str(tmp_path), "--format", "json", "--top", "5", retrieval]) == 0
    report = json.loads(capsys.readouterr().out)
    wrong = []
    for found, (claim, words, stance) in zip(report["claims"], CASES, strict=True):
        shown = next((e["stance"] for e in found["evidence"] if words in e["text"]), "not shown")
        # A passage that must not clash may also not be shown at all.
        if shown != stance and (stance, shown) != ("neutral", "not shown"):
            wrong.append((claim, words, shown))
    left_out = LEFT_OUT | (LEFT_OUT_LEXICAL if retrieval == "--no-semantic" else LEFT_OUT_SEMANTIC)
    unexpected = [case for case in wrong if case[:2] not in left_out]
    assert not unexpected, "\n".join(f"{c!r} / {w!r}: {shown}" for c, w, shown in unexpected)
    right_now = set(left_out) - {case[:2] for case in wrong}
    assert not right_now, f"right now, take out of LEFT_OUT: {sorted(right_now)}"
