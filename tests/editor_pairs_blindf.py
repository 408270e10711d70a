"""Editor pairs, the blind table of helper blindf (issue 14), written on 7 December before
reading the earlier tables or the cue code and before running anything (commit 4b89511 is the
record of it as written): stance verbs (for/against, backed/opposed, upheld/overturned, in
either voice and with the actor named in other words), direction of change and comparisons
turned round, negation in its forms, who did it (a name or organisation swapped),
all/some/none, and ordinary copy on the topic that must not clash. Run by
tests/test_stance_editor_tables.py, in process and through `factcheck match` with either
retrieval.

Before the cues were changed, 23 of the 117 were wrong in process and through `match`
lexically, 20 semantically (a subset): stance verbs 5 of 31, direction 5 of 36, negation 1 of
17, who did it 6 of 10, all/some/none 2 of 9, ordinary copy 4 of 14. Four were false clashes
("denied that the files were lost" read as a negation against "the files had not been lost"
and against "The files contained ...", "did not cause serious side effects" against "the most
common side effects were ...", "David Park won" against "Sarah Kim lost ... to David Park").
After the fixes (a denial's clause heads at its verb; a denied degree; who did it,
``evidence/doers.py``; a win against a loss to the winner; reversed, supported/criticised and
a judgement or decision by another; all against some, ``evidence/quantifiers.py``; a
comparison with an expectation or another time, ``evidence/overtime.py``; a verb that names
what it denies, absent; "jobless"), 3 of the 117 are wrong, none a false clash (2 after a
level that did not move was read, ``overtime.unmoved_cues``: "exports were flat").

A second batch (``SECOND``, 42 pairs) was written after those fixes and before running it: 8
were wrong when first run, in process and through `match` with either retrieval, two of them
false clashes ("did not raise interest rates" / "left interest rates unchanged", "have not
kept up with rents"); after the fixes that followed (a currency against another turned round,
upheld/dismissed, "tabled", a denied change said unchanged) 4 are wrong, one of them a false
clash. A third batch (``THIRD``, 31 pairs, written after those and before running it): 4
wrong when first run in process and lexically through `match`, 4 semantically (one of them
another: "passengers, up 5%" shown as supporting "Profits rose at the airline"), no false
clash; after the fixes that followed (an unlisted "-er than" comparative turned round, a
change word after a comma said of the word before it) 3 are wrong. In all, 9 of 190 are left
(``LEFT_OUT``), one a false clash. A fourth batch (``FOURTH``, 25 pairs, mostly ordinary
copy around the new rules, written after those and before running it): 3 wrong when first
run, in process and through `match` with either retrieval, no false clash; after the fix that
followed (an act given without the claim's doer, "The bill was introduced in March", does not
state "Jim Hale introduced the bill") 2 are wrong. A prize that "went to" someone was then
read as won by them ("The award for best actress went to Lily Gladstone" against "Emma Stone
won the award for best actress"). In all, 10 of 215 are left, one a false clash. No fix
moved a stance of ../shared/eval (quality.py's reading compared pair by pair) or of the
bundled example.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

# fmt: off

VERB = [
    ("Senator Jim Hale voted for the farm bill on Tuesday.",
     "Hale, a Republican from Ohio, cast his vote against the farm bill on Tuesday.", C),
    ("Jim Hale voted for the bill.",
     "The bill passed with the support of Jim Hale, who voted in favour.", S),
    ("The council approved the housing plan on Monday.",
     "The housing plan was rejected by the council on Monday night.", C),
    ("The council approved the housing plan.",
     "The housing plan was approved by the council in a 7-2 vote on Monday.", S),
    ("The governor vetoed the budget bill.",
     "The governor signed the budget bill into law on Friday.", C),
    ("The governor signed the budget bill into law.",
     "Governor Maria Lopez signed the $4.2 billion budget bill into law on Friday, ending a "
     "month of talks.", S),
    ("The Supreme Court upheld the lower court's ruling on the voting map.",
     "The Supreme Court overturned the lower court's ruling on the voting map.", C),
    ("The appeals court overturned the conviction.",
     "The conviction was reversed by the appeals court last week.", S),
    ("The union accepted the pay offer.",
     "Union members declined the pay offer by a wide margin.", C),
    ("The mayor endorsed Sarah Kim for the council seat.",
     "The mayor condemned Sarah Kim's campaign for the council seat.", C),
    ("The minister admitted that the department had lost the files.",
     "The minister denied that the department had lost the files.", C),
    ("The company confirmed it would close the Leeds plant.",
     "The company ruled out closing the Leeds plant.", C),
    ("The company confirmed it would close the Leeds plant.",
     "A spokesman confirmed on Thursday that the Leeds plant would close by March, with 400 "
     "jobs lost.", S),
    ("The party backed the proposal to raise the minimum wage.",
     "The party opposed the proposal to raise the minimum wage, calling it a threat to "
     "small firms.", C),
    ("The party backed the proposal to raise the minimum wage.",
     "The party's leader criticised the timing of the proposal to raise the minimum wage "
     "but said members would support it.", S),
    ("Most residents supported the new bike lanes.",
     "Most residents criticised the new bike lanes in the city survey.", C),
    ("The board rejected the takeover bid.",
     "The takeover bid was turned down by the board on Wednesday.", S),
    ("The board rejected the takeover bid.",
     "The board approved the takeover bid after the offer was raised to 450p a share.", C),
    ("The bill was opposed by every Democrat in the Senate.",
     "Every Democrat in the Senate voted for the bill.", C),
    ("The senate passed the bill.",
     "The bill was defeated in the senate by 52 votes to 48.", C),
    ("The council approved the housing plan.",
     "The council rejected a separate proposal to build a car park next to the station.", N),
    ("The mayor backed the stadium plan.",
     "Opposition councillors opposed the stadium plan, saying it would cost too much.", N),
    ("Jim Hale voted against the bill.",
     "Tom Reed voted for the bill, while Jim Hale voted against it.", S),
    ("Hale voted against the measure.",
     "Reed voted against the measure, and Hale abstained.", C),
    ("The school board accepted the resignation of the superintendent.",
     "The school board accepted the superintendent's resignation at a special meeting on "
     "Monday evening.", S),
    ("The president signed the order.",
     "The president refused to sign the order.", C),
    ("Union leaders endorsed the deal.",
     "Union leaders welcomed the deal as a step forward.", S),
    ("The court upheld the ban.",
     "The ban was struck down by the court.", C),
    ("The plan was backed by most councillors.",
     "Most councillors voted in favour of the plan.", S),
    ("Hale supported the amendment.",
     "The amendment was opposed by Hale and two other senators from the state.", C),
    ("The company denied the allegations.",
     "The company admitted the allegations in court on Tuesday.", C),
]

DIRECTION = [
    ("Unemployment rose in March.",
     "Unemployment fell in March to 4.1%.", C),
    ("Unemployment rose to 4.3% in March.",
     "The jobless rate climbed to 4.3% in March, the highest in two years.", S),
    ("House prices increased by 3% last year.",
     "House prices decreased by 3% last year.", C),
    ("The trade deficit widened in the second quarter.",
     "The trade deficit narrowed in the second quarter as exports recovered.", C),
    ("The trade deficit widened in the second quarter.",
     "The trade deficit widened in the second quarter as imports of fuel surged.", S),
    ("Crime fell in the city last year.",
     "Crime fell in the city last year, although car thefts rose by 12%.", S),
    ("Car thefts rose last year.",
     "Crime fell overall last year, while car thefts rose by 12%.", S),
    ("The population of the town grew over the past decade.",
     "The town's population shrank over the past decade as young people moved away.", C),
    ("Sales at the chain were higher than a year earlier.",
     "Sales at the chain were lower than a year earlier.", C),
    ("Turnout was higher than in 2019.",
     "Turnout was lower than in 2015 but higher than in 2019.", S),
    ("Inflation is now lower than it was in January.",
     "Inflation is now higher than it was in January, official figures show.", C),
    ("The pound was stronger against the dollar on Friday.",
     "The pound weakened against the dollar on Friday.", C),
    ("The economy grew faster than expected in the third quarter.",
     "The economy grew more slowly than expected in the third quarter.", C),
    ("Exam results were better than last year.",
     "Exam results were worse than last year in most subjects.", C),
    ("The vote took place before the summer recess.",
     "The vote took place after the summer recess.", C),
    ("The station opened earlier than planned.",
     "The station opened two years later than planned after cost overruns.", C),
    ("The Conservatives gained seats in the north.",
     "The Conservatives lost seats in the north.", C),
    ("Labour is ahead of the Conservatives in the latest poll.",
     "Labour is behind the Conservatives in the latest poll.", C),
    ("Texas is bigger than California.",
     "California is bigger than Texas.", C),
    ("Texas is bigger than California.",
     "California is smaller than Texas.", S),
    ("The new stadium holds more fans than the old one.",
     "The old stadium holds more fans than the new one.", C),
    ("Men earn more than women at the firm.",
     "Women earn less than men at the firm, the report found.", S),
    ("More people cycled to work in 2024 than in 2023.",
     "Fewer people cycled to work in 2024 than in 2023.", C),
    ("Exports rose in May.",
     "Imports fell in May, while exports were flat.", C),
    ("Exports rose in May.",
     "Exports rose in May even as imports fell sharply.", S),
    ("Mortgage rates fell in November.",
     "Mortgage rates fell in November for the first time since rates rose in the spring.", S),
    ("The number of nurses increased.",
     "The number of nurses has increased, but the number of doctors has decreased.", S),
    ("The number of doctors decreased.",
     "The number of nurses has increased, but the number of doctors has decreased.", S),
    ("Arrests went up after the new law.",
     "Arrests went down after the new law came into force.", C),
    ("The river level is higher than last week.",
     "The river level has dropped since last week.", C),
    ("Profits rose 5% to £2bn.",
     "Profits fell 5% to £2bn.", C),
    ("The gap between rich and poor narrowed.",
     "The gap between rich and poor has widened, the study says.", C),
    ("The mayor resigned before the election.",
     "The mayor resigned before the election, and her deputy left after it.", S),
    ("The company's shares rose after the announcement.",
     "Shares in the company rose sharply after the announcement of the merger.", S),
    ("The film earned more at the box office than its sequel.",
     "The sequel earned more at the box office than the original film.", C),
    ("Smoking rates among teenagers have fallen.",
     "Smoking rates among teenagers have fallen, but vaping has become more common.", S),
]

NEGATION = [
    ("The minister attended the summit.",
     "The minister did not attend the summit.", C),
    ("The minister attended the summit.",
     "The minister never attended the summit, her office said.", C),
    ("The factory still employs 300 workers.",
     "The factory no longer employs any workers.", C),
    ("The company paid the fine.",
     "The company failed to pay the fine by the deadline.", C),
    ("The mayor answered questions about the contract.",
     "The mayor refused to answer questions about the contract.", C),
    ("The government has published the report.",
     "The government has yet to publish the report.", C),
    ("The regulator approved the merger.",
     "The regulator has yet to approve the merger.", C),
    ("The police charged the driver.",
     "Police have not charged the driver, a spokesman said.", C),
    ("The police did not charge the driver.",
     "Police have not charged the driver, a spokesman said.", S),
    ("The senator did not vote for the bill.",
     "The senator voted against the bill.", S),
    ("The minister denied that the files were lost.",
     "The minister said the files had not been lost.", S),
    ("The council approved the budget.",
     "The council approved the budget, although it did not approve the new parking fees.", S),
    ("The company did not cut jobs.",
     "The company did not cut jobs but froze hiring for the year.", S),
    ("The drug reduced symptoms in the trial.",
     "The drug did not reduce symptoms in the trial, researchers found.", C),
    ("The drug reduced symptoms in the trial.",
     "Not only did the drug reduce symptoms in the trial, it also shortened hospital stays.", S),
    ("The bridge was never closed during the storm.",
     "The bridge was closed for six hours during the storm.", C),
    ("The hospital is no longer accepting new patients.",
     "The hospital is still accepting new patients.", C),
]

WHO = [
    ("Jim Hale introduced the bill.",
     "Tom Reed introduced the bill in March.", C),
    ("Jim Hale introduced the bill.",
     "The bill, introduced by Senator Hale in March, would cap rents.", S),
    ("Microsoft bought the startup for $2bn.",
     "Google bought the startup for $2bn.", C),
    ("The goal was scored by Marcus Rashford.",
     "Bruno Fernandes scored the goal in the 89th minute.", C),
    ("Jim Hale voted for the bill.",
     "Tom Reed, a Democrat, voted for the bill alongside most of his party.", N),
    ("The report was written by the Institute for Fiscal Studies.",
     "The report, written by the Resolution Foundation, found that child poverty had risen.", C),
    ("The Institute for Fiscal Studies said the plan would cost £10bn.",
     "The plan would cost £10bn, according to the Institute for Fiscal Studies, an "
     "independent think tank.", S),
    ("Sarah Kim won the mayoral race.",
     "Sarah Kim lost the mayoral race to David Park.", C),
    ("David Park won the mayoral race.",
     "Sarah Kim lost the mayoral race to David Park.", S),
    ("Jim Hale chaired the committee.",
     "The committee, chaired by Jim Hale, heard evidence from Tom Reed and Anna Berg.", S),
]

QUANT = [
    ("All of the hospital's wards were reopened.",
     "Some of the hospital's wards were reopened on Monday.", C),
    ("None of the candidates attended the debate.",
     "All five candidates attended the debate.", C),
    ("Some of the schools closed because of the snow.",
     "Several schools closed because of the snow.", S),
    ("All the passengers survived the crash.",
     "None of the passengers survived the crash.", C),
    ("All the passengers survived the crash.",
     "All the passengers survived the crash, though two crew members died.", S),
    ("None of the stolen paintings has been recovered.",
     "Two of the stolen paintings have been recovered by police.", C),
    ("Every member of the board backed the plan.",
     "Every member of the board backed the plan except the chair, who abstained.", C),
    ("Most of the money went to schools.",
     "Most of the money went to schools, and the rest to roads.", S),
    ("No one was injured in the fire.",
     "Three people were injured in the fire.", C),
]

COPY = [
    ("The council approved the housing plan.",
     "The housing plan would add 1,200 homes to the east of the city by 2030.", N),
    ("Unemployment rose in March.",
     "Unemployment is measured each month by the statistics office using a survey of 40,000 "
     "households.", N),
    ("Jim Hale voted for the farm bill.",
     "The farm bill includes $3 billion in subsidies for dairy farmers.", N),
    ("The governor vetoed the budget bill.",
     "Lawmakers will try to override the governor's veto of the budget bill next week.", S),
    ("The company ruled out closing the Leeds plant.",
     "The Leeds plant employs 400 people and opened in 1987.", N),
    ("House prices increased last year.",
     "House prices in the capital are higher than anywhere else in the country.", N),
    ("Turnout fell at the election.",
     "Turnout at the election was 67%, the statistics office said.", N),
    ("The minister denied that the files were lost.",
     "The files contained the personal details of 2,000 staff.", N),
    ("The senator opposed the pipeline.",
     "The pipeline would carry oil from Alberta to refineries on the Gulf Coast.", N),
    ("The board rejected the takeover bid.",
     "The takeover bid valued the company at £3bn, a premium of 40% to its share price.", N),
    ("Profits rose at the bank last year.",
     "The bank's profits rose last year, helped by higher interest rates, while costs fell.", S),
    ("The club signed the striker in January.",
     "The striker, who signed for the club in January, has scored eight goals.", S),
    ("The vaccine did not cause serious side effects.",
     "The most common side effects of the vaccine were a sore arm and tiredness.", N),
    ("The Senate rejected the nominee.",
     "The Senate Judiciary Committee will hold hearings on the nominee next month.", N),
]
# A second batch, written after the fixes above and before running it.
SECOND = [
    ("The regulator approved the merger in June.",
     "In June the merger was blocked by the regulator on competition grounds.", C),
    ("Lawmakers rejected the pension reform.",
     "The pension reform won the approval of lawmakers on Thursday.", C),
    ("Senator Diaz endorsed the governor's re-election bid.",
     "Diaz, a longtime ally, threw her support behind the governor's re-election bid.", S),
    ("The shareholders accepted the offer.",
     "Shareholders voted overwhelmingly to accept the offer at Tuesday's meeting.", S),
    ("The committee upheld the complaint.",
     "The committee dismissed the complaint, finding no breach of the code.", C),
    ("The minister denied that the ministry had misled parliament.",
     "The minister admitted that the ministry had misled parliament.", C),
    ("The board approved the budget.",
     "The board also discussed the budget for next year, which it will vote on in March.", N),
    ("The prime minister confirmed that the election would be held in May.",
     "The prime minister ruled out a May election.", C),
    ("Parliament voted against the treaty.",
     "The treaty was rejected by parliament.", S),
    ("Sales of electric cars rose sharply in 2024.",
     "Sales of electric cars slumped in 2024 as subsidies ended.", C),
    ("The budget deficit narrowed last year.",
     "The budget deficit widened last year to 5% of GDP.", C),
    ("Rents in the city have risen faster than wages.",
     "Wages in the city have risen faster than rents.", C),
    ("Rents in the city have risen faster than wages.",
     "Wages in the city have not kept up with rents, which rose faster.", S),
    ("The company's shares fell after the results.",
     "The company's shares fell 8% after the results, while the wider market rose.", S),
    ("Life expectancy in the region has improved.",
     "Life expectancy in the region has worsened since 2015.", C),
    ("The dollar weakened against the euro.",
     "The euro weakened against the dollar.", C),
    ("Inflation was lower in May than in April.",
     "Inflation was higher in May than in April.", C),
    ("The new line opened before the old one closed.",
     "The old line closed before the new one opened.", C),
    ("Attendance at the museum grew last year.",
     "The museum welcomed more visitors last year than ever before.", S),
    ("Knife crime fell in London last year.",
     "Knife crime in London rose last year, while gun crime fell.", C),
    ("The team is ahead of its rivals in the table.",
     "The team has fallen behind its rivals in the table.", C),
    ("The council has approved the new parking charges.",
     "The council has not yet approved the new parking charges.", C),
    ("The airline has resumed flights to the island.",
     "The airline has yet to resume flights to the island.", C),
    ("The singer never performed in Moscow.",
     "The singer performed in Moscow in 2012.", C),
    ("The factory no longer makes cars.",
     "The factory still makes cars for export.", C),
    ("The company failed to meet its sales target.",
     "The company met its sales target for the third year running.", C),
    ("The suspect refused to answer questions.",
     "The suspect answered questions from detectives for three hours.", C),
    ("The bank did not raise interest rates.",
     "The bank left interest rates unchanged at 5%.", S),
    ("Nobody was hurt in the crash.",
     "The driver was taken to hospital with minor injuries after the crash.", C),
    ("Emma Stone won the award for best actress.",
     "The award for best actress went to Lily Gladstone.", C),
    ("The bridge was designed by Zaha Hadid.",
     "Norman Foster designed the bridge, which opened in 2000.", C),
    ("Pfizer developed the vaccine.",
     "The vaccine was developed by Moderna with US government funding.", C),
    ("The motion was tabled by Labour.",
     "The Conservatives tabled the motion on Monday.", C),
    ("Maria Lopez chaired the inquiry.",
     "The inquiry, chaired by Maria Lopez, reported in 2021.", S),
    ("All ten hostages were freed.",
     "Seven of the ten hostages were freed on Friday.", C),
    ("None of the ministers resigned.",
     "Two ministers resigned over the scandal.", C),
    ("Every school in the district will close on Friday.",
     "Most schools in the district will close on Friday, officials said.", C),
    ("Most voters backed the proposal.",
     "A majority of voters backed the proposal.", S),
    ("The court upheld the ban on smoking in parks.",
     "The ban on smoking in parks was introduced in 2019 and fines start at £50.", N),
    ("Jim Hale voted against the budget.",
     "The budget includes £2bn for roads and a freeze on council tax.", N),
    ("Prices rose 3% in March.",
     "Prices rose 3% in March, and economists expect a smaller rise in April.", S),
    ("The mayor denied that she had been briefed.",
     "The mayor has held the post since 2016.", N),
]
# A third batch, written after the second's fixes and before running it.
THIRD = [
    ("The Senate confirmed the nominee.",
     "The nominee was rejected by the Senate in a late-night vote.", C),
    ("The union accepted the pay deal.",
     "The pay deal was accepted by union members, who voted 62% in favour.", S),
    ("Councillor Ahmed opposed the new bus lanes.",
     "Ahmed, who represents the east ward, spoke in favour of the new bus lanes.", C),
    ("The governor signed the abortion bill.",
     "The governor has not yet decided whether to sign the abortion bill.", N),
    ("The judge granted bail to the defendant.",
     "The judge refused bail to the defendant, citing a risk of flight.", C),
    ("The club confirmed the manager's departure.",
     "The club denied reports that the manager was leaving.", C),
    ("The court rejected the appeal.",
     "The appeal will be heard by the court in March.", N),
    ("Petrol prices fell in October.",
     "Petrol prices rose in October for the first time since June.", C),
    ("The gap between the parties has narrowed.",
     "The gap between the parties has narrowed to three points, a new poll shows.", S),
    ("The company's profits were higher than its rival's.",
     "The rival's profits were higher than the company's.", C),
    ("The river is deeper than the lake.",
     "The lake is deeper than the river in most places.", C),
    ("Boys outperformed girls in maths.",
     "Girls outperformed boys in maths for the second year.", C),
    ("Wages grew more slowly than prices.",
     "Prices grew faster than wages.", S),
    ("The new bridge opened after the old one was demolished.",
     "The old bridge was demolished after the new one opened.", C),
    ("Imports increased last year.",
     "Imports increased last year, but exports increased more.", S),
    ("Crime in the city has fallen.",
     "Crime in the city has fallen, although violent crime has risen.", S),
    ("The minister resigned.",
     "The minister refused to resign despite calls from her party.", C),
    ("The factory still employs 200 people.",
     "The factory, which employs 200 people, will close next year.", S),
    ("The report was not published.",
     "The report was published in full on Monday.", C),
    ("The president has never visited Cuba.",
     "The president visited Cuba in 2016.", C),
    ("The drug did not reduce deaths.",
     "The drug reduced deaths by a quarter in the trial.", C),
    ("The mayor did not comment.",
     "The mayor declined to comment.", S),
    ("Sony bought the studio in 2021.",
     "The studio was bought by Microsoft in 2021.", C),
    ("The speech was written by Sarah Hughes.",
     "Sarah Hughes wrote the speech over two nights.", S),
    ("Jane Doe won the marathon.",
     "Jane Doe finished second in the marathon, behind Mary Roe.", C),
    ("None of the hostages was hurt.",
     "All the hostages were released unharmed.", S),
    ("All the votes have been counted.",
     "Most of the votes have been counted, officials said.", C),
    ("The council approved the new library.",
     "The new library will have 40,000 books and a cafe.", N),
    ("The senator voted for the tax bill.",
     "The tax bill would cut the top rate to 35%.", N),
    ("Profits rose at the airline.",
     "The airline flew 30 million passengers, up 5% on last year.", N),
    ("Inflation fell in March.",
     "Inflation fell in March, the statistics office said, as fuel prices dropped.", S),
]
# A fourth batch, mostly ordinary copy around the new rules, written after the third's
# fixes and before running it.
FOURTH = [
    ("Apple bought the startup in 2020.",
     "The startup, which Apple bought in 2020, makes chips for phones.", S),
    ("Jim Hale introduced the bill in March.",
     "The bill was introduced in March and is backed by Tom Reed.", N),
    ("Maria Lopez wrote the report.",
     "The report, written by Maria Lopez and two colleagues, was published on Monday.", S),
    ("Google acquired the firm.",
     "Google acquired the firm after Microsoft dropped its bid.", S),
    ("The goal was scored by Smith.",
     "Smith scored the goal after a pass from Jones.", S),
    ("All the miners were rescued.",
     "All the miners were rescued, some of them after three days underground.", S),
    ("Every candidate attended the debate.",
     "Every candidate attended the debate, and most stayed for the reception.", S),
    ("All flights were cancelled on Monday.",
     "Some passengers were stranded after all flights were cancelled on Monday.", S),
    ("The shares rose on Friday.",
     "The shares rose on Friday while the index was flat.", S),
    ("Sales grew in the third quarter.",
     "Sales grew in the third quarter after staying flat in the second.", S),
    ("The river is wider than the canal.",
     "The canal is older than the river bridge.", N),
    ("The new model is cheaper than the old one.",
     "The new model is cheaper than the old one and lighter too.", S),
    ("Inflation rose in May.",
     "Inflation rose in May, up from 2.1% in April.", S),
    ("Prices rose in the city.",
     "Prices rose in the city, with rents, up 6%, leading the increase.", S),
    ("The mayor backed the plan.",
     "The mayor backed the plan, which councillors later criticised.", S),
    ("The committee upheld the complaint.",
     "The committee upheld the complaint but dismissed a second one.", S),
    ("The bank did not cut interest rates.",
     "The bank did not cut interest rates, leaving them unchanged at 4%.", S),
    ("The company denied that it had cut jobs.",
     "The company cut 300 jobs last year, its annual report shows.", C),
    ("The company denied that it had cut jobs.",
     "The company employs 5,000 people in three countries.", N),
    ("The dollar rose against the euro.",
     "The euro fell against the dollar on Friday.", S),
    ("The dollar rose against the euro.",
     "The dollar rose against the yen but fell against the euro.", C),
    ("Turnout was higher than last year.",
     "Turnout was 64%, higher than last year's 59%.", S),
    ("Turnout was higher than last year.",
     "Turnout fell sharply compared with last year.", C),
    ("The senator never voted for the war.",
     "The senator voted against the war in 2003.", S),
    ("The minister refused to resign.",
     "The minister resigned on Friday after weeks of pressure.", C),
]
# fmt: on

CASES = VERB + DIRECTION + NEGATION + WHO + QUANT + COPY + SECOND + THIRD + FOURTH

# The pairs still wrong -> why.
# fmt: off
LEFT_OUT: dict[tuple[str, str], str] = {
    ("The party backed the proposal to raise the minimum wage.",
     "The party's leader criticised the timing of the proposal to raise the minimum wage but "
     "said members would support it."):
        "Related, not supports: 'would support it' is a side still to come (topic."
        "missing_decision), so the claim's 'backed' is not reported",
    ("Hale voted against the measure.",
     "Reed voted against the measure, and Hale abstained."):
        "supports, not contradicts: the claim's vote is there ('voted against the measure', "
        "by Reed) and its actor too ('Hale', who abstained, in another clause); words alone "
        "do not pair each actor with its clause",
    ("The company failed to meet its sales target.",
     "The company met its sales target for the third year running."):
        "a claim's 'failed to' is no denial (against 'the models predict' it is mostly no "
        "clash on CLIMATE-FEVER), as in blindd's table",
    ("Pfizer developed the vaccine.",
     "The vaccine was developed by Moderna with US government funding."):
        "Related, not contradicts: 'developed' is no act of one doer ('Moderna also "
        "developed a vaccine' denies nothing), so another developer is not stated, no clash",
    ("The Senate confirmed the nominee.",
     "The nominee was rejected by the Senate in a late-night vote."):
        "supports, not contradicts: 'confirmed' is listed against 'refuted' only, as in "
        "blindb's table; listed against 'rejected' it clashed with 'rejected the allegations' "
        "for 'confirmed the allegations were false'",
    ("Jane Doe won the marathon.",
     "Jane Doe finished second in the marathon, behind Mary Roe."):
        "supports, not contradicts: 'finished second' is a rank, no listed opposite of 'won', "
        "and 'behind Mary Roe' names the winner in no form the doer cue reads",
    ("None of the hostages was hurt.",
     "All the hostages were released unharmed."):
        "Related, not supports (lexically; semantic retrieval shows supports): 'unharmed' is "
        "not in the family of 'hurt', so the passage holds one of the claim's two words",
    ("The river is wider than the canal.",
     "The canal is older than the river bridge."):
        "supports, not Related: a comparison on another scale ('older') is neither a clash "
        "nor a statement, and the passage holds the claim's words",
    ("The dollar rose against the euro.",
     "The dollar rose against the yen but fell against the euro."):
        "supports, not contradicts: the passage says the claim's words ('rose against') of "
        "another pair and the opposite of the claim's pair in a second clause; the antonym "
        "cue sees the claim's own word there and contrasts nothing",
}
# fmt: on
