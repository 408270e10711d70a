"""Blind table "blindk": dates, tallies and scores, stance verbs, direction of change.

Written on 7 December 2026 (eighth session) before running anything and before reading the
earlier tables or the cue code, as a newsroom editor would write the pairs: each kind has
agreements said in other words (supports), on-topic passages with other numbers or words
that must not clash (neutral, shown as Related), and clashes (contradicts).

When first run (before any fix), 20 of the 117 were wrong in process and through `match`
lexically (18 with semantic retrieval): dates 5 of 29, tallies 6 of 29, stance verbs 4 of 29,
direction 5 of 30. 6 were false clashes (a Related passage shown as contradicting): another
event's date ("first opened in May 1962" against "reopened on 3 March 2025", "moved inland on
13 November" against "hit the coast on 12 November", an expected profit "in fiscal 2026"
against "a loss for fiscal 2024"), another person ("Mr Dale's co-defendant was acquitted"),
another currency ("strengthened against the euro" against "weakened against the dollar") and
another time ("had narrowed in the 1990s" against "widened last year"). Four clashes were
shown as supports: "early 2021" against "November 2021", "late 2022" against "February
2022", "The Senate passed the farm bill 52-48" (the vote word four words before the tally)
against "51-49", and "by a single vote" against "40-35".

After the first fixes (a tally after its vote word's object, "five-to-four", "by a single
vote" as a margin and a margin of votes as no count of them, ``tallies``; parts of a year,
``seasons``; a verb whose object is the claim's subject, ``voice``), 14 of the 117 are wrong
in process and through `match` lexically, 6 of them false clashes. After a first time and
a time again (``again``), a person tied to the claim's ("Mr Dale's co-defendant",
``subjects``), a rate against another thing (``comparedwith``) and a change the other way in
the past perfect at a year of its own (``earlier.said_earlier``), 10 are wrong in process
and through `match` lexically (8 with semantic retrieval), 2 of them false clashes; with
the lead's month held once ("Inflation slowed in October" / "Food prices rose in October"),
9 (7 with semantic retrieval). After a race's words before "ahead of" and "behind"
("finished ahead of", ``comparatives.RANK_AFTER``), 8 (6 with semantic retrieval).

A second batch (``SECOND``, 42 pairs of the four kinds, mostly short) was written after
those fixes and before running it: 6 were wrong when first run, in process and through
`match` with either retrieval (dates 2 of 10, tallies 1 of 10, stance verbs 1 of 10,
direction 2 of 12), 2 of them false clashes: a period named as a thing ("Forecasters said
the summer of 2024 would be wetter" against "The drought began in the summer of 2022") and
another place ("House prices in York fell" against "House prices in Leeds rose"). Two
clashes were shown as supports ("voted to confirm the nominee" against "voted against the
nominee"; "departs ten minutes earlier" against "leaves later") and two as Related ("mid-2026"
against "early 2026"; "in four sets" against a three-set score). After the fixes that
followed (a year of a period named as a thing, ``monthyear``; parts of a year compared by
their months, ``seasons``; "voted to confirm" is "voted for", ``wordsplit``; another place
after "in", ``elsewhere``), 2 of the 42 are wrong, neither a false clash; of the first 117,
8 (2 false clashes). In all, 10 of 159 are left (``LEFT_OUT``).

A third batch (``THIRD``, 30 short pairs in the shape of issue 14's examples, one thing
changed or kept; only 2 of them Related) was written after the second batch's fixes and
before running it: none was wrong, in process and through `match` with either retrieval.

A fourth batch (``FOURTH``, 30 pairs, 23 of them passages on the claim's topic that must not
clash) was written after the third was run and before running it: 10 were wrong, in process
and through `match` with either retrieval, 6 of them shown as contradicting: another
version of the thing ("supported a smaller tax cut proposed last year" against "opposed the
tax cut"), another place in words ("Crime rose in the suburbs" against "fell in the city
centre") and another chamber ("lost seats in the Senate" against "gained seats in the
House"), a change in the past perfect before another event ("had risen before the results"
against "fell after the results"), another phase five words before its date ("Schools
reopen after the summer holidays on 3 September" against "close for the summer on 23
July") and an earlier date that adds up to the claim's ("agreed on 15 January, took effect
four days later"). After the fixes that followed ("a smaller", "a revised", "a rival" thing
is another, ``instances``; places of a kind in words, and a name swapped beside an opposite
of another place, ``elsewhere``; "before" in the past perfect is an earlier time,
``earlier.said_earlier``), 6 of the 30 are wrong, 2 of them false clashes (the last two).
In all, 16 of 219 are left (``LEFT_OUT``), 4 of them false clashes; and with semantic
retrieval "Waiting times grew" is Related for "Waiting times got longer" (cosine under 0.6,
``SEMANTIC_WRONG``).

A fifth batch (``FIFTH``, 28 pairs: headlines, reported speech, two clauses, trade words;
13 of them Related) was written after the fourth batch's fixes and before running it: 10
were wrong in process and through `match` with either retrieval (dates 2 of 7, tallies 1
of 6, stance verbs 3 of 6, direction 4 of 9), 2 of them false clashes ("Train fares will
go down in April" against "Bus fares will go up in April"; "rose in the first week of the
outbreak" against "fell last week"). After the noun before a verb of motion and its
auxiliaries was read as the subject ("Bus fares will go up", ``subjects``), 9 are wrong, 1
a false clash; with semantic retrieval, "walk out on 14 March" is Related for "Rail strike
called for 14 March" (``SEMANTIC_WRONG``), and lexically "The jury of twelve
deliberated" is not shown for "convicted by a 10-2 majority" (no shared word, ``NOT_SHOWN``:
Related in process). After a part of a longer time in the change's clause ("rose in the
first week of the outbreak", ``stretches``) and "last week" read as a time, not an opposite
of "first" (``subjects``), 8 of the 28 are wrong, none a false clash. In all, 24 of 247 are
left (``LEFT_OUT``), 4 of them false clashes.

A sixth batch (``SIXTH``, 24 pairs: other formats, aggregates, passives; 11 of them Related)
was written after the fifth batch's fixes and before running it: 8 were wrong in process
and through `match` lexically (9 with semantic retrieval), 5 of them false clashes: another
event's year ("Mr Ito, who joined the firm in 1985" against "was born in 1961"), a change
at another time the other way ("Tourism collapsed in 2020" against "rebounded in 2023"),
a score at another moment of the game ("level at 1-1 after 90 minutes" against "drew 2-2
after extra time"), a fall from the high the claim's rise reached ("fell from its record
high") and "lost the second leg" against "won 3-2 on aggregate". After the fixes that
followed (a date said of no phase while the claim's has one the passage never names,
``instances.other_event``; "rebounded", "collapsed", "rescinded" in the antonym lists), 5
are wrong, 3 of them shown as contradicting; after a score at another moment of the game
("1-1 after 90 minutes", ``earlier.another_time``) and a change that starts where the
claim's ended ("fell from its record high", ``stretches``), 3, 1 of them shown as
contradicting ("lost the second leg"). In all, 27 of 271 are left (``LEFT_OUT``), 5 of them
shown as contradicting; 4 more are wrong only with semantic retrieval (``SEMANTIC_WRONG``).

A seventh batch (``SEVENTH``, 20 short pairs, 11 of them Related) was written after the
sixth batch's fixes and before running it: 7 were wrong in process (dates 0 of 5, tallies
3 of 5, stance verbs 3 of 5, direction 1 of 5), 3 of them shown as contradicting (another
game "in the season opener", "Ms Ruiz's party voted for", "More people vape" against
"Fewer people smoke"), and "The Giants lost 17-24 to the Eagles" shown as supporting "The
Giants beat the Eagles 24-17". After a score read either way round for the contest
(``outcomes``) and a person's party as another doer (``subjects``), 5 are wrong, 2 of them
shown as contradicting; two of its Related pairs are not shown by `match` lexically (no
shared word, ``NOT_SHOWN``). In all, 32 of 291 are left (``LEFT_OUT``), 7 of them shown as
contradicting. blindm's reach of six words for a date's verb, not past another value
(``phases.event_phase``, ninth session), put "Schools reopen after the summer holidays on 3
September" right: 31 are left, 6 of them shown as contradicting. blindo's "profit" / "loss"
(``antonyms``) put "reported a loss for fiscal 2024" / "expects to return to a profit in
fiscal 2026" right (opposites dated apart are two events, each with its year): 30 are left,
5 shown as contradicting.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

# (kind, claim, passage, expected stance)
BLIND: list[tuple[str, str, str, str]] = [
    # --- (1) month names and full dates ---------------------------------------------
    (
        "date",
        "The Millbrook bridge reopened on 3 March 2025.",
        "The Millbrook bridge reopened to traffic on March 3, 2025, after eight months of repairs.",
        "supports",
    ),
    (
        "date",
        "The fraud trial begins on the 14th of October.",
        "Jury selection is complete and the fraud trial will begin on October 14, "
        "the court clerk said.",
        "supports",
    ),
    (
        "date",
        "The new school year begins on 1 September 2025.",
        "The district said the new school year begins on Monday, September 1st, 2025.",
        "supports",
    ),
    (
        "date",
        "The merger closed in the third quarter of 2024.",
        "The merger closed in Q3 2024, according to the company's annual report.",
        "supports",
    ),
    (
        "date",
        "The jazz festival takes place in mid-July.",
        "Organisers said the jazz festival will run from July 14 to July 17 this year.",
        "supports",
    ),
    (
        "date",
        "The Harwell factory opened in the 1990s.",
        "The Harwell factory opened in 1994 and employed 300 people at its peak.",
        "supports",
    ),
    (
        "date",
        "Storm Clara hit the coast on 12 November.",
        "Storm Clara hit the coast early on November 12th, forecasters said.",
        "supports",
    ),
    (
        "date",
        "The council will vote on the housing plan on 25 May 2025.",
        "The vote on the housing plan is scheduled for 25/05/2025, the council's agenda shows.",
        "supports",
    ),
    (
        "date",
        "The Leith plant opened in the third quarter of 2023.",
        "The Leith plant opened in August 2023, two months behind schedule.",
        "supports",
    ),
    (
        "date",
        "The summit opens on Monday, 10 March 2025.",
        "Leaders will gather in Oslo when the summit opens on 10 March 2025.",
        "supports",
    ),
    (
        "date",
        "The city museum will reopen on 5 June.",
        "The city museum will reopen on 15 June after the renovation, its director said.",
        "contradicts",
    ),
    (
        "date",
        "The local election was held on the 2nd of May 2024.",
        "The local election was held on 9 May 2024, with a turnout of 31%.",
        "contradicts",
    ),
    (
        "date",
        "Regulators approved the vaccine in early 2021.",
        "Regulators approved the vaccine in November 2021, months after the first trials ended.",
        "contradicts",
    ),
    (
        "date",
        "The paper mill closed in the 1980s.",
        "The paper mill closed in 1974, taking 600 jobs with it.",
        "contradicts",
    ),
    (
        "date",
        "The extradition hearing is set for Thursday.",
        "The extradition hearing is set for Friday, the court said.",
        "contradicts",
    ),
    (
        "date",
        "The ferry service to Arran resumes in spring.",
        "The ferry service to Arran will resume in the autumn, the operator said.",
        "contradicts",
    ),
    (
        "date",
        "Construction of the stadium began in late 2022.",
        "Construction of the stadium began in February 2022, according to city records.",
        "contradicts",
    ),
    (
        "date",
        "Smoking ban takes effect 1 July",
        "The smoking ban in parks takes effect on 1 August, the health ministry said.",
        "contradicts",
    ),
    (
        "date",
        "The council will vote on the housing plan on 25 May 2025.",
        "The vote on the housing plan is scheduled for 25/06/2025, the council's agenda shows.",
        "contradicts",
    ),
    (
        "date",
        "The warehouse fire broke out last Tuesday.",
        "The warehouse fire broke out on Sunday evening, firefighters said.",
        "contradicts",
    ),
    (
        "date",
        "The Kelso health centre opened in September 2022.",
        "The Kelso health centre opened in April 2019 and was expanded in September 2022.",
        "contradicts",
    ),
    (
        "date",
        "The Kelso health centre was expanded in September 2022.",
        "The Kelso health centre opened in April 2019 and was expanded in September 2022.",
        "supports",
    ),
    (
        "date",
        "The Millbrook bridge reopened on 3 March 2025.",
        "The Millbrook bridge first opened in May 1962 and was closed for repairs last year.",
        "neutral",
    ),
    (
        "date",
        "The fraud trial begins on 14 October.",
        "The defendant in the fraud trial was arrested on 2 June and has been held since.",
        "neutral",
    ),
    (
        "date",
        "The jazz festival takes place in July.",
        "Tickets for the jazz festival go on sale in March, organisers said.",
        "neutral",
    ),
    (
        "date",
        "Storm Clara hit the coast on 12 November.",
        "Storm Clara weakened as it moved inland on 13 November.",
        "neutral",
    ),
    (
        "date",
        "The new school year begins on 1 September.",
        "The school year ends on 18 July for most pupils.",
        "neutral",
    ),
    (
        "date",
        "The by-election will be held on Thursday, 14 November.",
        "Postal votes for the by-election must be received by Tuesday, 12 November.",
        "neutral",
    ),
    (
        "date",
        "The company reported a loss for fiscal 2024.",
        "The company expects to return to a profit in fiscal 2026, its chief executive said.",
        "neutral",
    ),
    # --- (2) vote tallies and score lines -------------------------------------------
    (
        "tally",
        "The Senate passed the farm bill 52-48.",
        "The Senate approved the farm bill by 52 votes to 48.",
        "supports",
    ),
    (
        "tally",
        "The council approved the budget unanimously.",
        "All nine councillors voted in favour of the budget.",
        "supports",
    ),
    (
        "tally",
        "Arsenal beat Chelsea 2-0.",
        "Chelsea lost 0-2 to Arsenal at the Emirates on Saturday.",
        "supports",
    ),
    (
        "tally",
        "The motion on school meals passed by a single vote.",
        "The motion on school meals was carried 26-25.",
        "supports",
    ),
    (
        "tally",
        "Sinner won the final 6-4 6-3.",
        "Sinner beat Alcaraz 6-4, 6-3 in the final.",
        "supports",
    ),
    (
        "tally",
        "The court ruled 5-4 in favour of the state.",
        "In a five-to-four decision, the court ruled in favour of the state.",
        "supports",
    ),
    (
        "tally",
        "Dundee and Hibs drew 1-1.",
        "The match between Dundee and Hibs ended in a 1-1 draw after a late equaliser.",
        "supports",
    ),
    (
        "tally",
        "Italy won on penalties after a 1-1 draw.",
        "Italy, level at 1-1 after extra time, won the penalty shoot-out 4-3.",
        "supports",
    ),
    (
        "tally",
        "The board voted seven to two to approve the merger.",
        "The merger was approved 7-2 by the board.",
        "supports",
    ),
    (
        "tally",
        "Rovers won 2-1 at Millfield.",
        "Rovers deserved their 2-1 win at Millfield, their manager said.",
        "supports",
    ),
    (
        "tally",
        "The Senate passed the farm bill 52-48.",
        "The farm bill passed the Senate 51-49 on Tuesday night.",
        "contradicts",
    ),
    (
        "tally",
        "Arsenal beat Chelsea 2-0.",
        "Chelsea beat Arsenal 2-0 at Stamford Bridge.",
        "contradicts",
    ),
    (
        "tally",
        "The council approved the parking plan unanimously.",
        "The parking plan was approved 5-2, with two councillors voting against.",
        "contradicts",
    ),
    ("tally", "City won 3-1 against Rovers.", "City lost 1-3 at home to Rovers.", "contradicts"),
    (
        "tally",
        "The rent measure failed by a single vote.",
        "The rent measure failed 40-35 in the assembly.",
        "contradicts",
    ),
    (
        "tally",
        "Leeds and Hull drew 2-2.",
        "Leeds beat Hull 3-2 with a stoppage-time goal.",
        "contradicts",
    ),
    (
        "tally",
        "The jury voted 10-2 to convict.",
        "The jury's verdict to convict was unanimous, the judge told the court.",
        "contradicts",
    ),
    (
        "tally",
        "Swiatek won the semi-final in straight sets.",
        "Swiatek won the semi-final 6-3, 4-6, 6-2.",
        "contradicts",
    ),
    (
        "tally",
        "The planning committee voted eight to three for the plan.",
        "The planning committee backed the plan by nine votes to two.",
        "contradicts",
    ),
    (
        "tally",
        "Spain won the final on penalties.",
        "Spain won the final 2-1 in extra time.",
        "contradicts",
    ),
    (
        "tally",
        "The strike ballot passed 412-89.",
        "The strike ballot passed 389-112, the union said.",
        "contradicts",
    ),
    (
        "tally",
        "The Senate passed the farm bill 52-48.",
        "An earlier version of the farm bill failed 47-53 in March.",
        "neutral",
    ),
    ("tally", "Arsenal beat Chelsea 2-0.", "Arsenal lost 1-3 to Liverpool last month.", "neutral"),
    (
        "tally",
        "The council approved the budget 7-2.",
        "The council has nine members, seven of them elected in 2022.",
        "neutral",
    ),
    (
        "tally",
        "The motion passed by a single vote.",
        "The motion needed 26 votes to pass.",
        "neutral",
    ),
    (
        "tally",
        "City won 3-1 against Rovers.",
        "City have won three of their last four matches against Rovers.",
        "neutral",
    ),
    (
        "tally",
        "The court ruled 6-3 to strike down the law.",
        "The court has six conservative and three liberal justices.",
        "neutral",
    ),
    (
        "tally",
        "The strike ballot passed 412-89.",
        "Turnout in the strike ballot was 62%, the union said.",
        "neutral",
    ),
    (
        "tally",
        "The Lakers beat the Celtics 110-98.",
        "The Lakers had beaten the Celtics 102-99 in their previous meeting.",
        "neutral",
    ),
    # --- (3) for/against and other stance verbs -------------------------------------
    (
        "verb",
        "Senator Ruiz backed the water bill.",
        "Ruiz voted in favour of the water bill on Thursday.",
        "supports",
    ),
    (
        "verb",
        "The mayor opposed the new stadium.",
        "The mayor spoke against the new stadium, saying it would cost too much.",
        "supports",
    ),
    (
        "verb",
        "The appeals court upheld the conviction.",
        "The conviction was upheld on appeal, the court's ruling shows.",
        "supports",
    ),
    (
        "verb",
        "The governor vetoed the tax bill.",
        "The tax bill was vetoed by the governor on Friday.",
        "supports",
    ),
    (
        "verb",
        "The nurses' union welcomed the pay offer.",
        "Leaders of the nurses' union said they welcomed the pay offer as a step forward.",
        "supports",
    ),
    (
        "verb",
        "The jury acquitted Ms Park of theft.",
        "Ms Park was found not guilty of theft on all counts.",
        "supports",
    ),
    (
        "verb",
        "The board rejected the takeover bid.",
        "The takeover bid was turned down by the board on Monday.",
        "supports",
    ),
    (
        "verb",
        "The committee did not back the plan.",
        "The committee rejected the plan by six votes to one.",
        "supports",
    ),
    (
        "verb",
        "The council approved the cycle lane.",
        "Shop owners condemned the council's decision to approve the cycle lane.",
        "supports",
    ),
    (
        "verb",
        "Senator Ruiz backed the water bill.",
        "Ruiz voted against the water bill, citing its cost.",
        "contradicts",
    ),
    (
        "verb",
        "The appeals court upheld the ruling on the ban.",
        "The appeals court overturned the ruling on the ban on Monday.",
        "contradicts",
    ),
    (
        "verb",
        "The jury convicted Mr Dale of fraud.",
        "Mr Dale was acquitted of fraud after a six-week trial.",
        "contradicts",
    ),
    (
        "verb",
        "The governor signed the tax bill.",
        "The governor vetoed the tax bill on Friday.",
        "contradicts",
    ),
    (
        "verb",
        "The nurses' union welcomed the pay offer.",
        "The nurses' union condemned the pay offer as an insult.",
        "contradicts",
    ),
    (
        "verb",
        "The committee did not back the plan.",
        "The committee backed the plan by six votes to one.",
        "contradicts",
    ),
    (
        "verb",
        "The judge dismissed the negligence case.",
        "The judge allowed the negligence case to proceed to trial.",
        "contradicts",
    ),
    (
        "verb",
        "The regulator approved the merger.",
        "The regulator blocked the merger, citing competition concerns.",
        "contradicts",
    ),
    (
        "verb",
        "The Greens withdrew their support for the coalition.",
        "The Greens reaffirmed their support for the coalition on Sunday.",
        "contradicts",
    ),
    (
        "verb",
        "The minister endorsed the report.",
        "The minister rejected the report, according to a spokesman.",
        "contradicts",
    ),
    (
        "verb",
        "Councillor Fenn opposed the housing plan.",
        "Councillor Ward opposed the housing plan, but Councillor Fenn supported it.",
        "contradicts",
    ),
    (
        "verb",
        "Two senators abstained on the water bill.",
        "Both senators voted for the water bill.",
        "contradicts",
    ),
    (
        "verb",
        "Senator Ruiz backed the water bill.",
        "Senator Ruiz opposed a similar bill in 2019.",
        "neutral",
    ),
    (
        "verb",
        "The board rejected the takeover bid.",
        "The board will meet again next week to discuss the takeover bid.",
        "neutral",
    ),
    (
        "verb",
        "The jury convicted Mr Dale of fraud.",
        "Mr Dale's co-defendant was acquitted of fraud.",
        "neutral",
    ),
    (
        "verb",
        "The governor vetoed the tax bill.",
        "Lawmakers approved the tax bill 30-10 last month.",
        "neutral",
    ),
    (
        "verb",
        "The nurses' union welcomed the pay offer.",
        "The health board said the pay offer was final.",
        "neutral",
    ),
    (
        "verb",
        "The supreme court upheld the ban.",
        "A lower court had overturned the ban last year.",
        "neutral",
    ),
    (
        "verb",
        "The mayor opposed the new stadium.",
        "Residents opposed the new stadium at a packed meeting.",
        "neutral",
    ),
    (
        "verb",
        "The regulator approved the merger.",
        "Shareholders rejected an earlier version of the merger in 2021.",
        "neutral",
    ),
    # --- (4) direction of change ----------------------------------------------------
    (
        "direction",
        "Unemployment rose in March.",
        "Unemployment increased in March, to 4.1%, official figures show.",
        "supports",
    ),
    (
        "direction",
        "Inflation slowed in October.",
        "Inflation slowed to 2.3% in October from 2.9% in September.",
        "supports",
    ),
    (
        "direction",
        "House prices fell for a third month.",
        "House prices dropped again in June, the third monthly fall in a row.",
        "supports",
    ),
    (
        "direction",
        "The pound weakened against the dollar.",
        "The dollar strengthened against the pound on Tuesday.",
        "supports",
    ),
    (
        "direction",
        "Rail ridership doubled between 2020 and 2023.",
        "Rail ridership rose from 1.2 million in 2020 to 2.4 million in 2023.",
        "supports",
    ),
    (
        "direction",
        "The gap between rich and poor widened.",
        "The gap between rich and poor grew wider over the decade, the report found.",
        "supports",
    ),
    (
        "direction",
        "Ticket sales were higher than last year.",
        "Ticket sales were up on last year, the theatre said.",
        "supports",
    ),
    (
        "direction",
        "Emissions were lower in 2023 than in 2022.",
        "Emissions dropped in 2023 compared with 2022.",
        "supports",
    ),
    ("direction", "Exports rose in May.", "Exports rose in May, while imports fell.", "supports"),
    (
        "direction",
        "Unemployment rose in March.",
        "Unemployment fell in March to 3.9%.",
        "contradicts",
    ),
    (
        "direction",
        "Inflation slowed in October.",
        "Inflation accelerated in October to 3.1%.",
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
        "The gap between rich and poor widened last year.",
        "The gap between rich and poor narrowed last year, the report found.",
        "contradicts",
    ),
    (
        "direction",
        "Rail ridership doubled between 2020 and 2023.",
        "Rail ridership halved between 2020 and 2023.",
        "contradicts",
    ),
    (
        "direction",
        "Ticket sales were higher than last year.",
        "Ticket sales were down on last year, the theatre said.",
        "contradicts",
    ),
    (
        "direction",
        "Shares in Brant gained 4% on Monday.",
        "Shares in Brant lost 4% on Monday after a profit warning.",
        "contradicts",
    ),
    (
        "direction",
        "The hospital waiting list grew.",
        "The hospital waiting list shrank for the first time in a decade.",
        "contradicts",
    ),
    (
        "direction",
        "More pupils passed the exam this year than last.",
        "Fewer pupils passed the exam this year than last year.",
        "contradicts",
    ),
    (
        "direction",
        "The dam was built before the war.",
        "The dam was built after the war, in 1951.",
        "contradicts",
    ),
    (
        "direction",
        "Crime fell in Leeds last year.",
        "Crime in Leeds rose last year, according to police figures.",
        "contradicts",
    ),
    (
        "direction",
        "Temperatures were above average in July.",
        "July temperatures were below average across the region.",
        "contradicts",
    ),
    (
        "direction",
        "Hamilton finished ahead of Verstappen at Monza.",
        "Verstappen finished ahead of Hamilton at Monza.",
        "contradicts",
    ),
    (
        "direction",
        "Imports rose in May.",
        "Exports rose in May, while imports fell.",
        "contradicts",
    ),
    (
        "direction",
        "Unemployment rose in March.",
        "Unemployment fell in February to 3.9%.",
        "neutral",
    ),
    (
        "direction",
        "Inflation slowed in October.",
        "Food prices rose in October, the statistics office said.",
        "neutral",
    ),
    (
        "direction",
        "House prices fell in June.",
        "Rents rose in June, the letting agency said.",
        "neutral",
    ),
    (
        "direction",
        "The pound weakened against the dollar.",
        "The pound strengthened against the euro.",
        "neutral",
    ),
    (
        "direction",
        "The gap between rich and poor widened last year.",
        "The gap between rich and poor had narrowed in the 1990s.",
        "neutral",
    ),
    (
        "direction",
        "Shares in Brant gained 4% on Monday.",
        "Shares in Brant lost 2% on Tuesday.",
        "neutral",
    ),
    (
        "direction",
        "The 8.15 train arrived later than scheduled.",
        "The 8.15 train left earlier than scheduled, passengers said.",
        "neutral",
    ),
]

# A second batch, written after the first fixes and before running it (7 December 2026,
# eighth session): the same four kinds, mostly short pairs in the shape of issue 14's.
SECOND: list[tuple[str, str, str, str]] = [
    ("date", "The library reopens on 14 April.",
     "The library will reopen its doors on April 14th after a two-year refit.", "supports"),
    ("date", "The strike is set for Wednesday 4 June.",
     "Union leaders said the strike would go ahead on Thursday 5 June.", "contradicts"),
    ("date", "The referendum took place in autumn 2016.",
     "The referendum was held in June 2016.", "contradicts"),
    ("date", "Jones was appointed in the second half of 2023.",
     "Jones was appointed in September 2023, the board said.", "supports"),
    ("date", "The drought began in the summer of 2022.",
     "Forecasters said the summer of 2024 would be wetter than average.", "neutral"),
    ("date", "The plant will shut in early 2026.",
     "The plant will shut in mid-2026, the company confirmed.", "contradicts"),
    ("date", "The inquiry reports on 30 September.",
     "The inquiry's chair was appointed on 2 March.", "neutral"),
    ("date", "Polls open at 7am on 4 July.",
     "Polling stations open at 7am on Thursday, July 4.", "supports"),
    ("date", "The concert was postponed to 12 August.",
     "The concert, first planned for 5 August, will now take place on 12 August.", "supports"),
    ("date", "The concert was postponed to 12 August.",
     "The concert has been postponed to 19 August because of the heatwave.", "contradicts"),
    ("tally", "The amendment failed 48-52.",
     "The amendment was defeated by 52 votes to 48.", "supports"),
    ("tally", "The bill cleared the House 220-212.",
     "The House passed the bill by 218 votes to 214.", "contradicts"),
    ("tally", "Celtic beat Rangers 3-0.",
     "Rangers were beaten 3-0 by Celtic at Parkhead.", "supports"),
    ("tally", "Celtic beat Rangers 3-0.",
     "Celtic beat Rangers 2-0 at Parkhead.", "contradicts"),
    ("tally", "The justices ruled unanimously against the ban.",
     "The justices ruled 7-2 against the ban.", "contradicts"),
    ("tally", "The shareholders approved the deal by a wide margin.",
     "Shareholders approved the deal, with 91% in favour.", "supports"),
    ("tally", "The final finished 1-1.",
     "The final ended in a goalless draw.", "contradicts"),
    ("tally", "Federer won in four sets.",
     "Federer won 6-3, 6-4, 6-2.", "contradicts"),
    ("tally", "The council voted 11-4 to close the pool.",
     "The council has 15 members, four of them independents.", "neutral"),
    ("tally", "The union's members backed the deal by 312 votes to 95.",
     "Turnout in the ballot was 407 of 1,200 members.", "neutral"),
    ("verb", "The committee endorsed Ms Lee for the post.",
     "The committee backed Ms Lee for the post on Tuesday.", "supports"),
    ("verb", "The senator voted against the nominee.",
     "The senator voted to confirm the nominee.", "contradicts"),
    ("verb", "The court dismissed the appeal.",
     "The court upheld the appeal, sending the case back for retrial.", "contradicts"),
    ("verb", "The court dismissed the appeal.",
     "The appeal was rejected by the court.", "supports"),
    ("verb", "Labour abstained on the motion.",
     "Labour MPs voted for the motion.", "contradicts"),
    ("verb", "The regulator blocked the merger.",
     "The regulator cleared the merger in May after a review.", "contradicts"),
    ("verb", "The FA did not approve the transfer.",
     "The FA approved the transfer on Friday.", "contradicts"),
    ("verb", "The mayor welcomed the ruling.",
     "The mayor's opponents condemned the ruling.", "neutral"),
    ("verb", "The jury acquitted the nurse.",
     "The nurse was cleared of all charges by the jury.", "supports"),
    ("verb", "Parliament rejected the treaty.",
     "The government had signed the treaty in 2019.", "neutral"),
    ("direction", "Petrol prices fell in June.",
     "Petrol prices went down in June, the AA said.", "supports"),
    ("direction", "Petrol prices fell in June.",
     "Petrol prices went up in June, the AA said.", "contradicts"),
    ("direction", "The jobless rate was higher in May than in April.",
     "The jobless rate rose in May from April.", "supports"),
    ("direction", "Wages grew more slowly than prices.",
     "Wages grew faster than prices.", "contradicts"),
    ("direction", "The river is rising.",
     "The river level fell overnight, the agency said.", "contradicts"),
    ("direction", "The firm's profits halved.",
     "The firm's profits doubled.", "contradicts"),
    ("direction", "The firm's profits halved.",
     "The firm's sales doubled last year.", "neutral"),
    ("direction", "The team has fallen behind its rivals.",
     "The team is ahead of its rivals.", "contradicts"),
    ("direction", "Attendance was down on last season.",
     "Attendance was up on last season.", "contradicts"),
    ("direction", "House prices in Leeds rose.",
     "House prices in York fell.", "neutral"),
    ("direction", "Inflation eased in March.",
     "Inflation picked up in February before easing in March.", "supports"),
    ("direction", "The 9.40 service now leaves later.",
     "The 9.40 service now departs ten minutes earlier.", "contradicts"),
]  # fmt: skip

# A third batch, written after the second batch's fixes and before running it: short pairs
# in the shape of issue 14's four examples, one thing changed or kept.
THIRD: list[tuple[str, str, str, str]] = [
    ("date", "The exhibition opens on March 3rd.",
     "The exhibition opens on the 3rd of March.", "supports"),
    ("date", "The exhibition opens on March 3rd.",
     "The exhibition opens on the 13th of March.", "contradicts"),
    ("date", "The station will open in the third quarter of 2027.",
     "The station will open in July 2027.", "supports"),
    ("date", "The station will open in Q3 2027.",
     "The station will open in November 2027.", "contradicts"),
    ("date", "The hearing was held on Monday.",
     "The hearing took place on Tuesday.", "contradicts"),
    ("date", "The fire started in the early hours of Sunday.",
     "The fire started late on Saturday night.", "contradicts"),
    ("date", "The treaty was signed in the 1990s.",
     "The treaty was signed in 2003.", "contradicts"),
    ("date", "The school was founded in 1887.",
     "The school, which celebrated its centenary in 1987, was founded in 1887.", "supports"),
    ("tally", "The motion passed seven votes to two.",
     "The motion was carried 7-2.", "supports"),
    ("tally", "The motion passed seven votes to two.",
     "The motion was carried 6-3.", "contradicts"),
    ("tally", "Wales drew 0-0 with Ireland.",
     "Wales and Ireland played out a goalless draw.", "supports"),
    ("tally", "Wales drew 0-0 with Ireland.",
     "Wales beat Ireland 1-0 in Cardiff.", "contradicts"),
    ("tally", "England lost on penalties.",
     "England won the shoot-out 5-4.", "contradicts"),
    ("tally", "The bill passed by three votes.",
     "The bill passed 218-215.", "supports"),
    ("tally", "The bill passed by three votes.",
     "The bill passed 220-212.", "contradicts"),
    ("tally", "The Bulls won 104-99.",
     "The Bulls have won 14 of their last 20 games.", "neutral"),
    ("verb", "Ms Grant voted for the budget.",
     "Ms Grant abstained on the budget.", "contradicts"),
    ("verb", "The party withdrew its support for the bill.",
     "The party withdrew support for the bill on Monday.", "supports"),
    ("verb", "The appeal court overturned the verdict.",
     "The appeal court upheld the verdict.", "contradicts"),
    ("verb", "The jury convicted the driver.",
     "The driver was found guilty by the jury.", "supports"),
    ("verb", "The jury convicted the driver.",
     "The jury acquitted the driver.", "contradicts"),
    ("verb", "The board approved the plan.",
     "The board did not approve the plan.", "contradicts"),
    ("verb", "The governor vetoed the bill.",
     "The governor signed the bill into law.", "contradicts"),
    ("direction", "Profits rose by more than a third.",
     "Profits fell by more than a third.", "contradicts"),
    ("direction", "The euro is stronger than a year ago.",
     "The euro is weaker than a year ago.", "contradicts"),
    ("direction", "The flight landed earlier than scheduled.",
     "The flight landed later than scheduled.", "contradicts"),
    ("direction", "The flight landed earlier than scheduled.",
     "The flight landed ahead of schedule.", "supports"),
    ("direction", "The deficit widened in 2024.",
     "The deficit narrowed in 2023.", "neutral"),
    ("direction", "Sales slowed in the spring.",
     "Sales accelerated in the spring.", "contradicts"),
    ("direction", "Turnout was lower than in 2019.",
     "Turnout was higher than in 2019.", "contradicts"),
]  # fmt: skip

# A fourth batch, written after the third was run and before running it: mostly passages on
# the claim's topic with other dates, scores, verbs or changes that must not clash.
FOURTH: list[tuple[str, str, str, str]] = [
    ("date", "The new hospital opens on 2 June.",
     "Building work on the new hospital began on 14 March 2022.", "neutral"),
    ("date", "The festival runs from 8 to 10 August.",
     "Early-bird tickets for the festival went on sale on 1 May.", "neutral"),
    ("date", "Voters go to the polls on 6 May.",
     "The deadline to register to vote is 17 April.", "neutral"),
    ("date", "The minister resigned on Friday.",
     "The minister had been appointed in January.", "neutral"),
    ("date", "The ceasefire took effect on 19 January.",
     "The ceasefire, agreed on 15 January, took effect four days later.", "supports"),
    ("date", "The company was founded in 1998.",
     "The company floated on the stock market in 2004.", "neutral"),
    ("date", "Schools close for the summer on 23 July.",
     "Schools reopen after the summer holidays on 3 September.", "neutral"),
    ("date", "The tunnel was completed in the spring of 2019.",
     "The tunnel was completed in April 2019, a year late.", "supports"),
    ("tally", "The Senate confirmed the judge 53-47.",
     "The judiciary committee had backed the judge 12-10.", "neutral"),
    ("tally", "Leicester beat Forest 2-1.",
     "Leicester have beaten Forest in each of their last three meetings.", "neutral"),
    ("tally", "The council approved the budget 9-3.",
     "Three councillors voted against the budget.", "supports"),
    ("tally", "The council approved the budget 9-3.",
     "Last year's budget was approved 11-1.", "neutral"),
    ("tally", "Murray won the final 7-5 6-4.",
     "Murray had lost the semi-final of the same event 3-6 4-6 a year earlier.", "neutral"),
    ("tally", "The strike ballot passed with 79% in favour.",
     "The strike ballot passed with 79 per cent backing it, the union said.", "supports"),
    ("tally", "The appeal court ruled 2-1 for the landlord.",
     "The landlord had lost in the lower court.", "neutral"),
    ("verb", "The mayor backed the new cycle lanes.",
     "Opposition councillors opposed the new cycle lanes.", "neutral"),
    ("verb", "The senator opposed the tax cut.",
     "The senator supported a smaller tax cut proposed last year.", "neutral"),
    ("verb", "The court acquitted the journalist.",
     "Prosecutors said they would appeal against the acquittal.", "supports"),
    ("verb", "The regulator approved the takeover.",
     "The takeover was approved by the regulator after the firm agreed to sell 40 stores.",
     "supports"),
    ("verb", "The union rejected the pay offer.",
     "Union members will vote on a revised pay offer next week.", "neutral"),
    ("verb", "The board endorsed the chief executive's plan.",
     "Several investors criticised the chief executive's plan.", "neutral"),
    ("verb", "The judge dismissed the case against Mr Boyd.",
     "The case against Mr Boyd's company will go ahead.", "neutral"),
    ("direction", "Inflation rose in August.",
     "Inflation had fallen in July, the first drop this year.", "neutral"),
    ("direction", "Rents rose faster in London than in Manchester.",
     "Rents in Manchester rose by 6%.", "neutral"),
    ("direction", "Crime fell in the city centre.",
     "Crime rose in the suburbs, police said.", "neutral"),
    ("direction", "Exports to China fell.",
     "Exports to the US rose sharply.", "neutral"),
    ("direction", "The share price fell after the results.",
     "The share price had risen before the results.", "neutral"),
    ("direction", "The pound rose against the dollar on Tuesday.",
     "The pound fell against the dollar on Monday.", "neutral"),
    ("direction", "Waiting times got longer.",
     "Waiting times grew, the NHS figures show.", "supports"),
    ("direction", "The Democrats gained seats in the House.",
     "The Democrats lost seats in the Senate.", "neutral"),
]  # fmt: skip

# A fifth batch, written after the fourth batch's fixes and before running it: headlines,
# reported speech, two clauses, trade words (courts, markets, weather, health, transport,
# education), half of them passages that must not clash.
FIFTH: list[tuple[str, str, str, str]] = [
    ("date", "Rail strike called for 14 March",
     "The RMT said its members would walk out on 14 March.", "supports"),
    ("date", "Rail strike called for 14 March",
     "The RMT said its members would walk out on 21 March.", "contradicts"),
    ("date", "The trial of Ms Okafor opened on Monday.",
     "Ms Okafor was charged in October and released on bail in November.", "neutral"),
    ("date", "Exam results are published on 15 August.",
     "Students sat their final papers in June, the exam board said.", "neutral"),
    ("date", "The heatwave peaked on 19 July.",
     "A hosepipe ban came into force on 5 August after the heatwave.", "neutral"),
    ("date", "The vaccine rollout began in December 2020.",
     "The first vaccine dose outside a trial was given on 8 December 2020.", "supports"),
    ("date", "The line opened in 1863, according to the museum.",
     "The museum said the line opened in 1868.", "contradicts"),
    ("tally", "Labour held the seat with a majority of 4,000.",
     "Labour won the seat by 4,012 votes.", "supports"),
    ("tally", "The defendant was convicted by a 10-2 majority.",
     "The jury of twelve deliberated for two days before returning its verdict.", "neutral"),
    ("tally", "Saracens beat Leicester 24-17.",
     "Leicester scored two tries in the second half but lost 24-17 to Saracens.", "supports"),
    ("tally", "Saracens beat Leicester 24-17.",
     "Saracens had lost 17-24 to Leicester in the reverse fixture in January.", "neutral"),
    ("tally", "MPs backed the bill by 320 votes to 250.",
     "The bill will now go to the Lords, where it faces a tougher vote.", "neutral"),
    ("tally", "MPs backed the bill by 320 votes to 250.",
     "MPs backed the bill by a majority of 70.", "supports"),
    ("verb", "The Supreme Court upheld the ban, its ruling shows.",
     "The Supreme Court struck down the ban on Thursday.", "contradicts"),
    ("verb", "Unions welcomed the budget.",
     "Business groups welcomed the budget, while unions said it did little for workers.",
     "neutral"),
    ("verb", "The health board approved the closure of the ward.",
     "Campaigners opposed the closure of the ward for months.", "neutral"),
    ("verb", "The magistrates refused bail.",
     "Bail was granted by the magistrates, with conditions.", "contradicts"),
    ("verb", "The teachers' union backed strike action.",
     "The teachers' union has backed strike action in two previous disputes.", "neutral"),
    ("verb", "The board did not endorse the bid.",
     "The board declined to endorse the bid.", "supports"),
    ("direction", "Shares in Acme slumped on Tuesday.",
     "Shares in Acme soared on Tuesday after the takeover news.", "contradicts"),
    ("direction", "Shares in Acme slumped on Tuesday.",
     "Shares in Acme's rival Bolt soared on Tuesday.", "neutral"),
    ("direction", "Rainfall was below average in May.",
     "May was wetter than usual across the region.", "contradicts"),
    ("direction", "Hospital admissions fell last week.",
     "Admissions to hospital dropped last week, NHS data showed.", "supports"),
    ("direction", "Hospital admissions fell last week.",
     "Hospital admissions rose in the first week of the outbreak.", "neutral"),
    ("direction", "Bus fares will go up in April.",
     "Train fares will go down in April, the minister said.", "neutral"),
    ("direction", "Pupil numbers are falling, the head said.",
     "Pupil numbers have risen every year since 2015, council figures show.", "contradicts"),
    ("direction", "The gap in pay between men and women narrowed.",
     "Women's pay grew faster than men's, closing the gap.", "supports"),
    ("direction", "Petrol is cheaper than a year ago.",
     "Diesel is dearer than a year ago.", "neutral"),
]  # fmt: skip

# A sixth batch, written after the fifth batch's fixes and before running it: other formats
# (abbreviated months, ISO dates, aggregates, passives) and more passages that must not clash.
SIXTH: list[tuple[str, str, str, str]] = [
    ("date", "The sale closes on Sept. 30.",
     "The sale closes on 30 September, the company said.", "supports"),
    ("date", "The sale closes on Sept. 30.",
     "The sale closes on Oct. 30, the company said.", "contradicts"),
    ("date", "The report was published on 2024-05-14.",
     "The report was published on 14 May 2024.", "supports"),
    ("date", "The museum reopened in July.",
     "The museum's cafe reopened in September.", "neutral"),
    ("date", "The election is on 7 November.",
     "Early voting begins on 24 October.", "neutral"),
    ("date", "Mr Ito was born in 1961.",
     "Mr Ito, who joined the firm in 1985, retired in 2021.", "neutral"),
    ("tally", "United won 3-2 on aggregate.",
     "United lost the second leg 1-0 but went through 3-2 on aggregate.", "supports"),
    ("tally", "United won 3-2 on aggregate.",
     "United went through 4-2 on aggregate.", "contradicts"),
    ("tally", "The committee voted eleven to four for the report.",
     "The committee backed the report by 11 votes to 4.", "supports"),
    ("tally", "The board split 5-4 on the merger.",
     "Four directors voted against the merger.", "neutral"),
    ("tally", "Chelsea drew 2-2 with Everton after extra time.",
     "Chelsea and Everton were level at 1-1 after 90 minutes.", "neutral"),
    ("tally", "The referendum passed with 62% of the vote.",
     "The referendum passed with 55% of the vote.", "contradicts"),
    ("verb", "The plan was backed by the council.",
     "The council voted against the plan.", "contradicts"),
    ("verb", "The plan was backed by the council.",
     "The council has backed three similar plans since 2019.", "neutral"),
    ("verb", "The FA upheld the red card.",
     "The FA rescinded the red card on appeal.", "contradicts"),
    ("verb", "The judge granted the injunction.",
     "The judge refused the injunction.", "contradicts"),
    ("verb", "The mayor condemned the attack.",
     "The mayor's office said the attack was being investigated.", "neutral"),
    ("verb", "The coroner ruled the death accidental.",
     "The family rejected the coroner's finding.", "neutral"),
    ("direction", "Gold rose to a record high.",
     "Gold fell from its record high on Friday.", "neutral"),
    ("direction", "The storm strengthened overnight.",
     "The storm weakened overnight as it moved north.", "contradicts"),
    ("direction", "The storm strengthened overnight.",
     "The storm is expected to weaken by the weekend.", "neutral"),
    ("direction", "Birth rates are lower than in 2010.",
     "Birth rates have fallen since 2010.", "supports"),
    ("direction", "The company's debt has doubled since 2020.",
     "The company's debt has halved since 2020.", "contradicts"),
    ("direction", "Tourism rebounded in 2023.",
     "Tourism collapsed in 2020 during the pandemic.", "neutral"),
]  # fmt: skip

# A seventh batch, written after the sixth batch's fixes and before running it: short pairs,
# most of them passages on the claim's topic that must not clash.
SEVENTH: list[tuple[str, str, str, str]] = [
    ("date", "The pier reopens on Good Friday, 18 April.",
     "The pier reopens on 18 April after a winter of repairs.", "supports"),
    ("date", "The pier reopens on 18 April.",
     "The pier closed to the public on 3 November.", "neutral"),
    ("date", "The trial is expected to last until mid-June.",
     "The trial began on 2 May.", "neutral"),
    ("date", "The law comes into force in January 2026.",
     "The law comes into force in April 2026.", "contradicts"),
    ("date", "Nominations close on 4 April.",
     "The election will be held on 2 May.", "neutral"),
    ("tally", "The Giants beat the Eagles 24-17.",
     "The Eagles beat the Giants 31-10 in the season opener.", "neutral"),
    ("tally", "The Giants beat the Eagles 24-17.",
     "The Giants lost 17-24 to the Eagles.", "contradicts"),
    ("tally", "The motion was carried 14-6.",
     "Six members voted against the motion and 14 in favour.", "supports"),
    ("tally", "The plan passed 5-4.",
     "Four of the nine members are new this year.", "neutral"),
    ("tally", "Federer won the first set 6-4.",
     "Federer won the match 6-4 3-6 6-3.", "supports"),
    ("verb", "The council rejected the bid.",
     "The bid was the third the council had received this year.", "neutral"),
    ("verb", "Ms Ruiz voted against the bill.",
     "Ms Ruiz's party voted for the bill.", "neutral"),
    ("verb", "The panel cleared the doctor of misconduct.",
     "The panel found the doctor guilty of misconduct.", "contradicts"),
    ("verb", "The referee disallowed the goal.",
     "The goal was allowed to stand after a VAR check.", "contradicts"),
    ("verb", "The minister backed the report.",
     "The minister's predecessor had criticised the report.", "neutral"),
    ("direction", "Unemployment fell to 4%.",
     "Unemployment fell to 4% in March from 4.2% in February.", "supports"),
    ("direction", "Unemployment fell to 4%.",
     "Youth unemployment rose to 12%.", "neutral"),
    ("direction", "Sea ice shrank this summer.",
     "Sea ice grew in the winter, as it does every year.", "neutral"),
    ("direction", "The pound fell against the euro.",
     "The euro rose against the pound.", "supports"),
    ("direction", "Fewer people smoke than a decade ago.",
     "More people vape than a decade ago.", "neutral"),
]  # fmt: skip

# Pairs right in process and through `match` lexically, but wrong with semantic retrieval
# (the cosine decides "supports" there): left out of CASES, which `match` runs with either
# retrieval, and run in process in tests/test_cues_blindk.py. Pair -> why.
SEMANTIC_WRONG: dict[tuple[str, str], str] = {
    ("Waiting times got longer.", "Waiting times grew, the NHS figures show."): (
        "Related, not supports: a paraphrase under SUPPORT_COSINE that holds too few words"
    ),
    ("Rail strike called for 14 March", "The RMT said its members would walk out on 14 March."): (
        "Related, not supports: a paraphrase under SUPPORT_COSINE"
    ),
    ("Mr Ito was born in 1961.", "Mr Ito, who joined the firm in 1985, retired in 2021."): (
        "supports, not Related: cosine over SUPPORT_COSINE, and a bare year is no figure"
    ),
    ("The storm strengthened overnight.", "The storm is expected to weaken by the weekend."): (
        "supports, not Related: cosine over SUPPORT_COSINE for a forecast the other way"
    ),
}

# A pair `factcheck match` does not show lexically (no content word shared with the claim):
# run in process only (tests/test_cues_blindk.py).
NOT_SHOWN = frozenset(
    {
        (
            "The defendant was convicted by a 10-2 majority.",
            "The jury of twelve deliberated for two days before returning its verdict.",
        ),
        ("Nominations close on 4 April.", "The election will be held on 2 May."),
        ("The plan passed 5-4.", "Four of the nine members are new this year."),
    }
)

CASES: list[tuple[str, str, Stance]] = [
    (claim, passage, Stance(want))
    for _, claim, passage, want in [*BLIND, *SECOND, *THIRD, *FOURTH, *FIFTH, *SIXTH, *SEVENTH]
    if (claim, passage) not in SEMANTIC_WRONG.keys() | NOT_SHOWN
]

LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "Storm Clara hit the coast on 12 November.",
        "Storm Clara weakened as it moved inland on 13 November.",
    ): "contradicts, not Related: the date is another event's (moving inland), not the landfall's",
    (
        "The council approved the budget unanimously.",
        "All nine councillors voted in favour of the budget.",
    ): "Related, not supports: 'all nine ... voted in favour' is not read as unanimous",
    (
        "Swiatek won the semi-final in straight sets.",
        "Swiatek won the semi-final 6-3, 4-6, 6-2.",
    ): "supports, not contradicts: 'straight sets' is not read against a set lost",
    (
        "The council approved the cycle lane.",
        "Shop owners condemned the council's decision to approve the cycle lane.",
    ): "Related, not supports: the council's approval is said inside another's condemnation",
    (
        "The nurses' union welcomed the pay offer.",
        "The health board said the pay offer was final.",
    ): "supports, not Related (words alone): 'pay offer' is two of the claim's five words",
    (
        "The mayor opposed the new stadium.",
        "Residents opposed the new stadium at a packed meeting.",
    ): "supports, not Related: residents are not read as another doer than the mayor",
    (
        "Emissions were lower in 2023 than in 2022.",
        "Emissions dropped in 2023 compared with 2022.",
    ): "Related, not supports (words alone): 'dropped' is not 'lower'",
    (
        "Federer won in four sets.",
        "Federer won 6-3, 6-4, 6-2.",
    ): "[second] Related, not contradicts: a count of sets is not read against a set score",
    (
        "The 9.40 service now leaves later.",
        "The 9.40 service now departs ten minutes earlier.",
    ): (
        "[second] supports, not contradicts: 'departs' is not 'leaves', so 'earlier' is past "
        "the aligned window (three words after the last word the two share)"
    ),
    (
        "The ceasefire took effect on 19 January.",
        "The ceasefire, agreed on 15 January, took effect four days later.",
    ): (
        "[fourth] contradicts, not supports: the agreement's date is read against the claim's "
        "'took effect' (the sentence is about the ceasefire), and 'four days later' is not "
        "added up (a false clash)"
    ),
    (
        "The council approved the budget 9-3.",
        "Three councillors voted against the budget.",
    ): "[fourth] Related, not supports: the count of those against is not read as the tally's side",
    (
        "The court acquitted the journalist.",
        "Prosecutors said they would appeal against the acquittal.",
    ): "[fourth] Related, not supports: 'the acquittal' names no one; words alone",
    (
        "The judge dismissed the case against Mr Boyd.",
        "The case against Mr Boyd's company will go ahead.",
    ): (
        "[fourth] supports, not Related: the case against Mr Boyd's company is another case; "
        "read by shared words"
    ),
    (
        "Rents rose faster in London than in Manchester.",
        "Rents in Manchester rose by 6%.",
    ): "[fourth] supports, not Related: one side of the claim's comparison, read by shared words",
    (
        "Rail strike called for 14 March",
        "The RMT said its members would walk out on 21 March.",
    ): (
        "[fifth] Related, not contradicts: 'walk out' is not read as the strike, and the "
        "sentence is about the RMT, so the date is taken for another occasion's"
    ),
    (
        "The trial of Ms Okafor opened on Monday.",
        "Ms Okafor was charged in October and released on bail in November.",
    ): (
        "[fifth] supports, not Related: a weekday is no figure the passage must give, and "
        "the shared words state it"
    ),
    (
        "Labour held the seat with a majority of 4,000.",
        "Labour won the seat by 4,012 votes.",
    ): "[fifth] Related, not supports: a round majority is not read as approximate",
    (
        "Unions welcomed the budget.",
        "Business groups welcomed the budget, while unions said it did little for workers.",
    ): "[fifth] supports, not Related: the claim's verb said of another doer, read by words",
    (
        "The health board approved the closure of the ward.",
        "Campaigners opposed the closure of the ward for months.",
    ): (
        "[fifth] supports, not Related (words alone): another doer's opposition is read by "
        "shared words"
    ),
    (
        "The teachers' union backed strike action.",
        "The teachers' union has backed strike action in two previous disputes.",
    ): "[fifth] supports, not Related: 'in two previous disputes' is not read as other times",
    (
        "Rainfall was below average in May.",
        "May was wetter than usual across the region.",
    ): "[fifth] Related, not contradicts: 'wetter than usual' is not read as more rain",
    (
        "United won 3-2 on aggregate.",
        "United lost the second leg 1-0 but went through 3-2 on aggregate.",
    ): (
        "[sixth] contradicts, not supports: 'lost the second leg' is read against 'won' (the "
        "leg is not read as another game than the tie)"
    ),
    (
        "The plan was backed by the council.",
        "The council has backed three similar plans since 2019.",
    ): "[sixth] supports, not Related: 'similar plans' are other plans, read by shared words",
    (
        "The mayor condemned the attack.",
        "The mayor's office said the attack was being investigated.",
    ): "[sixth] supports, not Related: read by shared words ('mayor', 'attack')",
    (
        "The Giants beat the Eagles 24-17.",
        "The Eagles beat the Giants 31-10 in the season opener.",
    ): (
        "[seventh] contradicts, not Related: 'in the season opener' is not read as another "
        "game (a false clash)"
    ),
    (
        "The motion was carried 14-6.",
        "Six members voted against the motion and 14 in favour.",
    ): "[seventh] Related, not supports: a count against before the count in favour is not read",
    (
        "The panel cleared the doctor of misconduct.",
        "The panel found the doctor guilty of misconduct.",
    ): "[seventh] supports, not contradicts: 'cleared' is not read as an acquittal",
    (
        "The referee disallowed the goal.",
        "The goal was allowed to stand after a VAR check.",
    ): "[seventh] Related, not contradicts: 'disallowed' is not read against 'allowed'",
    (
        "Fewer people smoke than a decade ago.",
        "More people vape than a decade ago.",
    ): (
        "[seventh] contradicts, not Related: 'more' and 'fewer' of people who do other "
        "things (a false clash)"
    ),
}
