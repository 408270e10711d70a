"""A second table of editor pairs (issue 14), written fresh on 6 December, evening: news
sentences with other words around, passages that state the claim in other words, that
contradict it, and that only share its topic. Among them the pairs an earlier round left
wrong ("resigned" vs "was fired", "hire 200" vs "cut 200", "voted to keep" vs "voted to
fire", "dismissed the case" vs "allowed the case to proceed", "approved" vs "blocked", "an
hour and a half" as 90 minutes, a vote reported against a speech). Each with the stance a
careful reader gives, in process with lexical retrieval and through `factcheck match` with
either retrieval."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace.models import Stance
from tests.editor_pairs_night import NIGHT_CASES
from tests.stance_helpers import RETRIEVALS, assess, wrong_through_match

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

# fmt: off
CASES = [
    # Months and full dates, written every way.
    ("The new terminal at Dublin Airport opened to passengers in October 2023.",
     "Dublin Airport's new terminal, which opened to passengers in November 2023, "
     "cost 400 million euros.", C),
    ("The ceasefire took effect on 14 February 2024.",
     "A ceasefire that took effect on February 14, 2024 has largely held, according "
     "to monitors.", S),
    ("The ceasefire took effect on 14 February 2024.",
     "The ceasefire, which took effect on February 21, 2024, collapsed within days.", C),
    ("Voters go to the polls on Thursday 4 July.",
     "Britain will hold a general election on Thursday, July 4, the prime minister announced.", S),
    ("The strike began in early June.",
     "Dock workers walked out in late August, beginning a strike that halted exports.", C),
    ("The company filed for bankruptcy in January 2019.",
     "The retailer filed for bankruptcy in January 2020 after a disastrous holiday season.", C),
    ("The deal was signed on 1 March.",
     "Officials said the deal, signed on March 1 in Geneva, would take effect next year.", S),
    ("The reactor was shut down in December 2022.",
     "Engineers shut down the reactor in December 2021 for safety checks, the operator said.", C),
    ("The festival was cancelled in April 2020 because of the pandemic.",
     "Organisers cancelled the festival in March 2020, citing the pandemic.", C),
    ("The museum reopened on 12 May 2021.",
     "The museum's director said attendance had doubled since the building reopened.", N),
    # Vote tallies and score lines.
    ("The Supreme Court struck down the law in a 6-3 ruling.",
     "In a 7-2 decision, the Supreme Court struck down the law on Thursday.", C),
    ("The Supreme Court struck down the law in a 6-3 ruling.",
     "The Supreme Court voted 6 to 3 to strike down the law, with three liberal "
     "justices dissenting.", S),
    ("Liverpool beat Everton 2-0 at Anfield.",
     "Everton held Liverpool to a 1-1 draw at Anfield on Saturday.", C),
    ("Liverpool beat Everton 2-0 at Anfield.",
     "Goals from Salah and Nunez gave Liverpool a 2-0 win over Everton at Anfield.", S),
    ("The city council voted 8-1 to approve the budget.",
     "The budget was approved by the city council on an 8-1 vote after a long debate.", S),
    ("The city council voted 8-1 to approve the budget.",
     "The city council approved the budget 5-4, with the mayor casting the deciding vote.", C),
    ("The resolution passed the General Assembly by 141 votes to 5.",
     "The General Assembly adopted the resolution by 141 votes to 7, with 32 abstentions.", C),
    ("The Lakers won the game 110-98.",
     "The Lakers beat the Celtics 110-98 on Sunday night behind 30 points from James.", S),
    ("The Lakers won the game 110-98.",
     "The Lakers lost to the Celtics 98-110 on Sunday night.", C),
    ("The strike was approved by 87% of union members.",
     "Union members backed the strike, with 78% voting in favour, the union said.", C),
    # For and against, and other verbs of a decision.
    ("The minister resigned over the scandal.",
     "The minister was fired over the scandal, the prime minister's office said.", C),
    ("The board voted to keep the chief executive.",
     "The board voted to fire the chief executive after a review of his expenses.", C),
    ("The judge dismissed the case against the company.",
     "The judge allowed the case against the company to proceed, rejecting its motion.", C),
    ("The judge dismissed the lawsuit.",
     "The judge threw out the lawsuit on Tuesday, saying the plaintiffs lacked standing.", S),
    ("Jim Hale voted for the bill.",
     "Jim Hale spoke about the bill at a town hall meeting on Monday.", N),
    ("Jim Hale voted for the bill.",
     "The bill passed with the support of Jim Hale, who voted for it despite pressure "
     "from his party.", S),
    ("Jim Hale voted for the bill.",
     "Jim Hale, a Democrat, voted against the bill, which passed narrowly.", C),
    ("The regulator approved the merger.",
     "The competition regulator blocked the merger, saying it would raise prices.", C),
    ("The regulator approved the merger.",
     "The competition regulator cleared the merger on Friday without conditions.", S),
    ("The drug blocks the replication of the virus.",
     "In lab tests, the drug blocked the replication of the virus in human cells.", S),
    ("The FDA approved the drug for children.",
     "The drug blocks replication of the virus in children, a study found.", N),
    ("Senator Ruiz supports the pipeline.",
     "Senator Ruiz has opposed the pipeline since it was first proposed in 2019.", C),
    ("The union endorsed the candidate.",
     "The union withdrew its endorsement of the candidate after the debate.", C),
    ("The president vetoed the spending bill.",
     "The president signed the spending bill into law on Friday.", C),
    ("The committee rejected the proposal.",
     "The committee backed the proposal unanimously on Wednesday.", C),
    ("The senator opposed the treaty.",
     "The senator argued against the treaty in a speech on the Senate floor.", S),
    ("The court allowed the lawsuit to proceed.",
     "The court dismissed the lawsuit, ending a three-year legal battle.", C),
    ("The defendant pleaded guilty to fraud.",
     "The defendant pleaded not guilty to fraud at his arraignment on Monday.", C),
    # Direction of change.
    ("Home prices in Toronto rose 5% last year.",
     "Home prices in Toronto fell 5% last year as interest rates climbed.", C),
    ("Home prices in Toronto rose last year.",
     "Toronto home prices increased by about 5% in 2023, the real estate board said.", S),
    ("The company plans to hire 200 workers at the plant.",
     "The company plans to cut 200 workers at the plant as demand slows.", C),
    ("The company plans to hire 200 workers at the plant.",
     "The company said it would add 200 jobs at the plant next year.", S),
    ("The bank cut its dividend.", "The bank raised its dividend by 10%, pleasing investors.", C),
    ("Unemployment is lower than it was a year ago.",
     "The jobless rate is higher than a year ago, official figures show.", C),
    ("More people took the train in 2023 than in 2022.",
     "Fewer people took the train in 2023 than in 2022, according to the rail regulator.", C),
    ("The vote happened before the recess.",
     "Lawmakers delayed the vote until after the recess, leaders said.", C),
    ("Crime in the city has fallen since 2020.",
     "Crime in the city has dropped steadily since 2020, police data show.", S),
    ("Exports to China surged in March.", "Exports to China plunged in March amid weak demand.", C),
    ("The pound strengthened against the dollar.",
     "The pound weakened against the dollar after the Bank of England's decision.", C),
    ("The team's lead grew in the second half.",
     "The team's lead shrank in the second half as their rivals rallied.", C),
    # "No X" against a count of X.
    ("No one was hurt in the explosion.",
     "Six workers were hurt in the explosion at the chemical plant, officials said.", C),
    ("No one was hurt in the explosion.",
     "Nobody was injured in the explosion, which damaged two buildings.", S),
    ("Four people were arrested after the match.",
     "Police said no arrests were made after the match.", C),
    ("The earthquake caused no deaths.",
     "The earthquake killed at least 23 people and injured hundreds more.", C),
    ("The bill has no Republican co-sponsors.",
     "The bill has three Republican co-sponsors, according to congressional records.", C),
    ("There were no survivors of the crash.",
     "There were no survivors of the crash, the airline confirmed.", S),
    ("Two people died in the flooding.",
     "The flooding forced hundreds from their homes but no deaths were reported.", C),
    # Approximate and exact amounts.
    ("Roughly 300 people attended the vigil.",
     "Organisers said 312 people attended the vigil outside the town hall.", S),
    ("Over 5,000 people joined the march in the capital.",
     "Police estimated that under 4,000 people joined the march in the capital.", C),
    ("About 1,500 homes were left without power.",
     "The utility said 1,480 homes were left without power after the storm.", S),
    ("About 1,500 homes were left without power.",
     "The utility said 15,000 homes were left without power after the storm.", C),
    ("Nearly half of voters support the plan.",
     "A poll found that 48% of voters support the plan.", S),
    ("More than a third of students failed the exam.",
     "Just 12% of students failed the exam this year, the ministry said.", C),
    ("The company spent around $2 million on the campaign.",
     "The company spent $1.9 million on the campaign, filings show.", S),
    ("The fire destroyed at least 200 homes.",
     "The fire destroyed 150 homes, officials said on Monday.", C),
    ("Fewer than 100 people live on the island.",
     "The island, home to about 80 people, is reachable only by boat.", S),
    ("The match lasted an hour and a half.",
     "The match lasted 90 minutes before the referee stopped it.", S),
    ("The match lasted an hour and a half.",
     "The match lasted three hours, the longest of the tournament.", C),
    ("The flight took two and a half hours.", "The flight took 150 minutes, the airline said.", S),
    # Units of measure and currencies.
    ("The new bridge is 1.2 kilometres long.",
     "The new bridge, which spans 1,200 metres, opens next month.", S),
    ("The new bridge is 1.2 kilometres long.",
     "The new bridge, which is 1.2 miles long, opens next month.", C),
    ("The storm dumped 20 centimetres of snow on the city.",
     "The storm dumped 20 inches of snow on the city overnight.", C),
    ("The company's revenue reached £3 billion.",
     "The company's revenue reached $3 billion, up 10% on the year.", C),
    ("The marathon winner finished in 2 hours and 5 minutes.",
     "The marathon winner finished in 125 minutes, a course record.", S),
    ("The tanker spilled 10,000 litres of oil.",
     "The tanker spilled 10,000 gallons of oil off the coast.", C),
    ("Wind speeds reached 150 km/h.",
     "Wind speeds reached about 93 mph, the weather service said.", S),
    ("The city recorded a high of 35 degrees Celsius.",
     "The city recorded a high of 95 degrees Fahrenheit on Tuesday.", S),
    ("The trail is a mile and a half long.",
     "The trail, 2.4 km long, winds through the forest.", S),
    # Approximate and exact amounts.
    ("The city will build 300 new homes.",
     "The city will build 120 homes on the former airfield.", C),
    ("The talks lasted a day and a half.", "The talks lasted 36 hours, diplomats said.", S),
    # For and against, and other verbs of a decision.
    ("The regulator approved the merger in May.",
     "In May the regulator withdrew its approval of the merger.", C),
    ("The US left the Paris agreement.", "The US withdrew from the Paris agreement in 2020.", S),
    # Only the topic: Related.
    ("The mayor approved the new budget.",
     "The mayor, who was elected in 2018, will present the new budget next week.", N),
    ("Senator Hale voted for the infrastructure bill.",
     "Senator Hale said the infrastructure bill would be debated next month.", N),
    ("Unemployment rose to 5% in March.",
     "Unemployment figures for March will be published on Friday.", N),
    ("Liverpool beat Everton 2-0.", "Liverpool and Everton meet at Anfield on Saturday.", N),
    ("The company plans to cut 200 jobs.",
     "The company, founded in 1990, employs about 2,000 people.", N),
]
# fmt: on
# With the third table (tests/editor_pairs_night.py), written by another hand.
ALL_CASES = CASES + NIGHT_CASES


@pytest.mark.parametrize(("claim", "source", "stance"), ALL_CASES)
def test_editor_case(claim: str, source: str, stance: Stance) -> None:
    got, cues = assess(claim, source)
    assert got is stance, [c.describe() for c in cues]


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_editor_cases_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same table as a user runs it: `factcheck match --format json`, either retrieval."""
    assert not wrong_through_match(ALL_CASES, root=tmp_path, retrieval=retrieval, capsys=capsys)
