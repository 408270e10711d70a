"""A sixth table of editor pairs (issue 14), written on 7 December by the helper "blindd"
before reading the earlier tables or the cue code, to estimate how the stance rules fare on
phrasings nobody had tried, for the word cues: for/against and other stance verbs, direction
of change, negation in its less common forms ("has yet to", "no longer", "failed to",
"stopped short of", "far from"), hedged or reported statements against plain ones, and
ordinary copy that reports the claim's fact with more around it (never a clash). Run by
tests/test_stance_editor_blindd.py, in process and through `factcheck match` with either
retrieval.

Before the cues were changed, 35 of the 114 were wrong, the same in process and through
`match` with either retrieval but one (semantic: 36): stance verbs 6 of 26, direction of
change 5 of 24, negation 12 of 20, hedged or reported 12 of 20, ordinary copy 0 of 24.
Seven were false clashes (one stance verb, six negations). After the fixes (``negforms``,
``hedged``, ``irregular``, the lexicon's new groups, a passive decision, "no evidence for
this"), 5 are wrong (``LEFT_OUT``), none a false clash.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

# fmt: off

STANCE = [
    ("The Senate approved the farm bill.",
     "The farm bill was voted down in the Senate on Tuesday, 52 to 47.", C),
    ("The governor vetoed the budget.",
     "Governor Ellis signed the budget into law on Friday.", C),
    ("The city council backed the stadium plan.",
     "The stadium plan won the backing of the city council in a late-night session.", S),
    ("The union opposed the pay deal.",
     "Union leaders came out in favour of the pay deal on Monday.", C),
    ("The appeals court upheld the conviction.",
     "The conviction was overturned by the appeals court, which cited flawed jury "
     "instructions.", C),
    ("Marsh was acquitted of all charges.",
     "A jury convicted Marsh on two of the three charges.", C),
    ("Marsh was convicted of fraud.",
     "Jurors found Marsh guilty of fraud after three days of deliberation.", S),
    ("The ministry confirmed the data breach.",
     "The ministry denied that any data breach had taken place.", C),
    ("Parliament ratified the treaty in 2019.",
     "The treaty was rejected by parliament in 2019.", C),
    ("The board accepted the takeover offer.",
     "The board declined the takeover offer, saying it undervalued the company.", C),
    ("The regulator lifted the ban on imports of British beef.",
     "In March the regulator imposed a ban on imports of British beef.", C),
    ("The committee voted down the proposal.",
     "The proposal was approved by the committee by nine votes to four.", C),
    ("The judge threw out the lawsuit.",
     "The judge dismissed the lawsuit, ruling that the plaintiffs lacked standing.", S),
    ("The judge threw out the lawsuit.",
     "The judge allowed the lawsuit to go to trial.", C),
    ("Three senators abstained in the vote on the bill.",
     "When the bill came to a vote, three senators abstained.", S),
    ("Senator Reyes voted for the bill.",
     "Senator Reyes abstained in the vote on the bill.", C),
    ("The party endorsed the ceasefire.",
     "The party condemned the ceasefire as a surrender.", C),
    ("The Senate approved the farm bill.",
     "The farm bill is set to reach the Senate floor next week.", N),
    ("The supreme court upheld the ban on handguns.",
     "The supreme court will hear arguments over the handgun ban in October.", N),
    ("The board rejected the merger.",
     "Directors turned down the merger proposal on Thursday.", S),
    ("Voters approved the school levy.",
     "The school levy was approved by voters by a margin of 58 to 42 percent.", S),
    ("The mayor backed the transit tax.",
     "The mayor has not said whether she backs the transit tax.", N),
    ("The FDA approved the drug.",
     "The FDA rejected the drug, citing safety concerns.", C),
    ("The council came out in favor of the new bike lanes.",
     "The council voted against the new bike lanes on Wednesday.", C),
    ("Shareholders backed the pay package.",
     "Shareholders opposed the pay package at the annual meeting.", C),
    ("The court overturned the ruling.",
     "The ruling was upheld by the court on appeal.", C),
]

DIRECTION = [
    ("Exports expanded in the third quarter.",
     "Exports shrank by 2 percent in the third quarter.", C),
    ("Inflation accelerated in May.",
     "Inflation slowed to 3.1 percent in May.", C),
    ("Inflation accelerated in May.",
     "In May, inflation accelerated to 4.2 percent, the fastest pace this year.", S),
    ("The trade deficit widened in 2022.",
     "The trade deficit narrowed to $48 billion in 2022.", C),
    ("The country ran a budget surplus last year.",
     "The country ran a budget deficit of 3 percent of GDP last year.", C),
    ("The Greens gained ground in the polls.",
     "The Greens lost ground in the latest polls.", C),
    ("Unemployment hit a record high in April.",
     "Unemployment fell to a record low in April.", C),
    ("Home prices are at the highest since 2007.",
     "Home prices fell to the lowest level since 2007.", C),
    ("Wage growth outpaced inflation in 2023.",
     "Wage growth lagged behind inflation in 2023.", C),
    ("The bridge was completed ahead of schedule.",
     "The bridge was completed two years behind schedule.", C),
    ("The launch was delayed.",
     "The launch went ahead as scheduled on Monday.", C),
    ("The election was held before the referendum.",
     "The referendum took place two weeks before the election.", C),
    ("The vaccine was approved earlier than expected.",
     "The vaccine was approved later than expected.", C),
    ("The gap between rich and poor widened.",
     "Over the decade the gap between rich and poor widened sharply.", S),
    ("Sales hit a record high in December.",
     "December sales were the highest on record.", S),
    ("Exports expanded in the third quarter.",
     "Exports are a major part of the economy, accounting for 40 percent of output.", N),
    ("The deficit widened in 2022.",
     "The government published its deficit figures for 2022 on Tuesday.", N),
    ("The economy expanded in the second quarter.",
     "The economy contracted by one point two percent in the second quarter.", C),
    ("Growth slowed in the eurozone.",
     "Growth in the eurozone accelerated, according to Eurostat.", C),
    ("Manufacturing output shrank in March",
     "Manufacturing output grows for third straight month in March", C),
    ("Arctic sea ice extent reached its lowest since records began.",
     "Arctic sea ice extent hit a record low in September.", S),
    ("The project finished ahead of schedule.",
     "The project was finished three months ahead of schedule.", S),
    ("Emissions rose in 2021.",
     "Emissions in 2021 were the lowest since 1990.", N),
    ("The firm's market share narrowed.",
     "The firm's market share widened to 31 percent, analysts said.", C),
]

NEGATION = [
    ("The minister resigned.",
     "The minister refused to resign.", C),
    ("The company paid a dividend in 2020.",
     "The company did not pay a single dividend in 2020.", C),
    ("The drug has been approved in Europe.",
     "The drug has yet to be approved in Europe.", C),
    ("The factory still produces steel.",
     "The factory no longer produces steel.", C),
    ("The talks reached a deal.",
     "The talks failed to reach a deal.", C),
    ("The president condemned the attack.",
     "The president stopped short of condemning the attack.", C),
    ("The recovery is complete.",
     "The recovery is far from complete.", C),
    ("The virus has spread to humans.",
     "The virus has never been found in humans.", C),
    ("Police charged the driver.",
     "The driver was released without charge.", C),
    ("The senator refused to comment.",
     "The senator declined to comment.", S),
    ("The company has not paid a dividend since 2019.",
     "No dividend has been paid by the company since 2019.", S),
    ("The treaty was never ratified.",
     "The treaty has yet to be ratified.", S),
    ("The factory no longer produces steel.",
     "The factory was built in 1952 to produce steel for the shipyards.", N),
    ("The company failed to meet its emissions target.",
     "The company met its emissions target a year early.", C),
    ("The ceasefire held.",
     "The ceasefire failed to hold beyond the first night.", C),
    ("The minister refused to resign.",
     "The minister is due to face questions in parliament on Monday.", N),
    ("The plant never reopened after the flood.",
     "The plant reopened in 2015, two years after the flood.", C),
    ("The museum no longer charges for entry.",
     "The museum stopped charging for entry in 2001.", S),
    ("The bank has stopped lending to coal projects.",
     "The bank continues to lend to coal projects.", C),
    ("The mine has never made a profit.",
     "The mine made a profit of $3 million last year.", C),
]

HEDGED = [
    ("The central bank will raise interest rates.",
     "The central bank may raise interest rates next month.", N),
    ("The central bank raised interest rates.",
     "The central bank is expected to raise interest rates on Thursday.", N),
    ("The company is planning layoffs.",
     "The company denied reports that it is planning layoffs.", C),
    ("The mayor misused public funds.",
     "Critics claim the mayor misused public funds.", N),
    ("The mayor misused public funds.",
     "An audit found the mayor misused public funds.", S),
    ("The drug may reduce the risk of stroke.",
     "The drug reduced the risk of stroke by 20 percent in a large trial.", S),
    ("The drug may reduce the risk of stroke.",
     "The drug did not reduce the risk of stroke, the trial found.", C),
    ("The vaccine causes infertility.",
     "Some social media posts claim the vaccine causes infertility, but there is no "
     "evidence for this.", C),
    ("The vaccine causes infertility.",
     "Some social media posts claim the vaccine causes infertility.", N),
    ("The minister knew about the leak.",
     "The minister denied knowing about the leak.", C),
    ("The factory will close next year.",
     "The factory could close next year, according to union officials.", N),
    ("The storm is expected to make landfall on Friday.",
     "The storm made landfall on Friday near Galveston.", S),
    ("Unemployment fell in March.",
     "Unemployment fell in March, the statistics office said.", S),
    ("The senator took bribes.",
     "Prosecutors allege the senator took bribes from a contractor.", N),
    ("Rents rose in London last year.",
     "Rents could rise in London next year, agents warned.", N),
    ("The company will cut 500 jobs.",
     "The company said it will cut 500 jobs.", S),
    ("The company will cut 500 jobs.",
     "The company said it would not cut any jobs this year.", C),
    ("The airline is considering a merger.",
     "The airline has denied reports that it is considering a merger.", C),
    ("The president will visit China in May.",
     "The president might visit China in May, officials suggested.", N),
    ("The treatment cures the disease.",
     "Researchers believe the treatment could help some patients with the disease.", N),
]

ORDINARY = [
    ("The Senate approved the farm bill.",
     "The Senate approved the farm bill on Tuesday after Democrats rejected a Republican "
     "amendment to cut food aid.", S),
    ("The appeals court upheld the conviction.",
     "The appeals court upheld the conviction, rejecting the defence's argument that the "
     "jury had been misled.", S),
    ("The board accepted the takeover offer.",
     "The board accepted the takeover offer, which it had declined twice last year.", S),
    ("Exports expanded in the third quarter.",
     "Exports expanded in the third quarter while imports shrank, narrowing the trade deficit.", S),
    ("Inflation slowed in May.",
     "Inflation slowed in May, although food prices rose faster than in April.", S),
    ("Unemployment fell to a record low in April.",
     "Unemployment fell to a record low in April, while wages rose at the fastest pace "
     "since 2008.", S),
    ("The minister refused to resign.",
     "'I will not resign,' the minister said, as she refused to resign despite calls from "
     "the opposition to step down.", S),
    ("Parliament ratified the treaty.",
     "Parliament ratified the treaty, ending a decade in which opponents had rejected "
     "every earlier draft.", S),
    ("The union backed the strike.",
     "The union backed the strike, although several members opposed it.", S),
    ("The governor vetoed the budget.",
     "The governor vetoed the budget. 'This is a reckless plan,' she said, as supporters "
     "of the bill condemned the decision.", S),
    ("Marsh was acquitted on all counts.",
     "Marsh, who prosecutors had argued should be convicted, was acquitted on all counts.", S),
    ("The economy grew in the second quarter.",
     "The economy grew in the second quarter, outpacing forecasts, though investment lagged.", S),
    ("The budget deficit narrowed in 2023.",
     "The budget deficit narrowed in 2023 as tax receipts grew faster than spending.", S),
    ("The drug was approved in Europe.",
     "The drug was approved in Europe; regulators in Japan have yet to decide.", S),
    ("The company denied the allegations.",
     "The company denied the allegations, which were first reported by the Financial Times.", S),
    ("The launch was delayed until June.",
     "The launch was delayed until June, the agency said, after engineers found a fuel "
     "leak that had not been detected earlier.", S),
    ("The referendum was held before the election.",
     "The referendum was held in May, before the election in September.", S),
    ("Sales hit a record high in December.",
     "Sales hit a record high in December, after falling to their lowest since 2015 in the "
     "spring.", S),
    ("The FDA approved the drug.",
     "The FDA approved the drug, which critics say may cause liver damage.", S),
    ("The mayor backed the transit tax.",
     "The mayor backed the transit tax, saying claims by opponents that it would hurt "
     "businesses were far from the truth.", S),
    ("Wages rose in 2023.",
     "Wages rose in 2023, but failed to keep pace with inflation.", S),
    ("The Greens gained ground in the polls.",
     "The Greens gained ground in the polls while the Conservatives lost ground to Reform.", S),
    ("The court convicted the driver.",
     "The court convicted the driver, who had denied causing the crash and never apologised.", S),
    ("The strike was called off.",
     "The strike was called off after the union accepted a pay offer it had rejected in May.", S),
]
# fmt: on

KINDS = {
    "stance verbs": STANCE,
    "direction of change": DIRECTION,
    "negation": NEGATION,
    "hedged or reported": HEDGED,
    "ordinary copy": ORDINARY,
}
BLINDD_CASES = [case for cases in KINDS.values() for case in cases]

# Pairs still wrong, expected to fail: (claim, source, stance, why).
LEFT_OUT: list[tuple[str, str, Stance, str]] = [
    (
        "The launch was delayed.",
        "The launch went ahead as scheduled on Monday.",
        C,
        "'went ahead as scheduled' is no listed opposite of 'delayed' ('scheduled' alone would "
        "clash with 'was scheduled for Monday but delayed'); Related lexically, supports by the "
        "cosine",
    ),
    (
        "The election was held before the referendum.",
        "The referendum took place two weeks before the election.",
        C,
        "events in time are compared turned round only in the same words ('held' / 'took "
        "place' are not)",
    ),
    (
        "Sales hit a record high in December.",
        "December sales were the highest on record.",
        S,
        "a month before a noun ('December sales') is not read as a date, so the claim's "
        "figure is missing (the value cues' rule)",
    ),
    (
        "The company failed to meet its emissions target.",
        "The company met its emissions target a year early.",
        C,
        "a claim's 'failed to' is no denial (against 'the models predict' it is mostly no "
        "clash on CLIMATE-FEVER)",
    ),
    (
        "The treatment cures the disease.",
        "Researchers believe the treatment could help some patients with the disease.",
        N,
        "a claim in the present is not compared with a possibility ('could help'): studies "
        "state their findings so; 'believe' is no doubt",
    ),
]
