"""Helper blindh's blind table: words and sentence structure in long passages.

Written on 7 December 2026 (a later session) before reading any earlier table or the cue
code, from README.md and the "Stance and cues" table of docs/matching.md only: attribution
and quotes, two reported views in one passage, hedges and modality, conditionals and
questions, the reach of negation, roles turned round, verbs in other words, opposite
adjectives, entities swapped, and ordinary copy on the topic that must not clash.

Each row of ``BLIND`` is (kind, claim, passage, expected stance); ``CASES`` drops the kind,
for tests/test_stance_editor_tables.py, which runs them in process and through `factcheck
match` with either retrieval. The pairs still wrong are in ``LEFT_OUT`` with their reasons.

When first run (before any fix), 32 of the 104 were wrong in process and through `match` with
either retrieval: attribution 2 of 12, two reported views 3 of 7, hedges 4 of 10, conditionals
and questions 4 of 6, negation 7 of 18, roles 2 of 12, verbs in other words 2 of 12,
opposite adjectives 2 of 9, entities 4 of 6, ordinary copy 2 of 12. Six were false clashes:
"said it would not" read against a claim that says "would not raise" ("would raise" said by
critics), "has not yet been published" against "has not been published", "a level never
before seen in the region" against "a record level in the region", "had not been previously
identified" against a passage that merely says "identified", "sold the land to a developer"
against "A developer bought the land from the city", and "Wages have not kept up with rents"
against "Rents have risen faster than wages".

After the fixes that followed (an adverb between a negator and its verb, "not yet";
``evidence/novelty.py``, a denial of an earlier time only and "never before seen" as a
record; ``converse.py``, buy / sell turned round; a negation on its auxiliary alone, "said
it would not"; ``keepup.py``, "not kept up with" as a comparison; ``reportdenial.py``,
"rejected reports that", "no evidence that"; "eased", "unlikely", "empty", "dismissed";
``doubleneg.py``, "not ruled out"; "no longer" past a clause mark; another doer of an act
many do, the winner named as the one beaten, a passive turned round; a plan, a condition,
a question, a side's view in ``hedged.py``), 9 of the 104 are wrong (``LEFT_OUT``), none a
false clash.

A second batch (``SECOND``, 40 pairs, mostly ordinary copy around the new rules) was
written after those fixes and before running it: 6 were wrong when first run, in process
and through `match` lexically, 6 semantically (one other: "levels never seen before" Related
for "the worst in the town's history"), no false clash. One expectation was wrong on
reading ("The Council of the EU approved the law ..., a month after the European Parliament
had voted for it" states "The European Parliament approved the law": written as Related,
now supports). After the fixes that followed ("rejected accusations that"; the same
converse verb with its parties swapped, ``converse.parties_swapped``; a record phrase agrees
with a claim's record, ``novelty.record_cues``) 3 are wrong. In all, 12 of 144 are left,
none a false clash. A third batch (``THIRD``, 25 pairs, ordinary long copy around the new
rules and a few clashes, written after those and before running it): 3 wrong when first
run, in process and through `match` with either retrieval, one a false clash ("would not
hesitate to raise them again" read as a denial of "raised"); after the fixes that followed
(a negated "hesitate" cancels out, ``doubleneg``; a doubt in a relative clause, "which
critics say is unenforceable", doubts that clause only; "lent" and "borrowed" one sum) none
is wrong. A fourth batch (``FOURTH``, 25 pairs, every kind again in long passages with
quotes and attribution, written after those and before running it): 6 wrong when first run,
in process and through `match` with either retrieval, one a false clash ("no longer has a
maternity unit" against "The maternity unit, which closed in 2018, has not reopened"); after
the fixes that followed (a cessation against a verb of ending, ``negforms.ended_in``; names
of several words turned round, "Whole Foods acquired Amazon"; "is widely expected to"
against "will") 3 are wrong. A fifth batch (``FIFTH``, 20 pairs, long passages in the
shapes the new rules read, written after those and before running it): 2 wrong when first
run, in process and through `match` with either retrieval, one a false clash ("The European
Central Bank raised interest rates" against "The Bank of England raised interest rates":
the act's verb was looked for right after "Central"); after the fixes that followed (the
rest of a name skipped before its verb; a claim with a condition of its own is compared
with one) none is wrong. In all, 15 of 214 are left, none a false clash. No fix moved a
stance of ../shared/eval (quality.py's annotated sentences compared pair by pair) or of the
bundled example. In the next session the lead's rule for a verb a claim denies that the
passage says only of another instance (``stated._denied_of_another``: "did not attend last
year's summit, ... this year's talks") fixed one more: 14 of 214 left.
"""

from __future__ import annotations

from factcheck.workspace.models import Stance

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

BLIND = [
    # --- attribution and quotes --------------------------------------------------------
    (
        "attribution",
        "Three people died in the fire at the Hartley warehouse.",
        "Three people died in the blaze at the Hartley warehouse on Sunday night, fire officials "
        "said, adding that the cause was still under investigation.",
        S,
    ),
    (
        "attribution",
        "The minister said the fuel tax would not rise next year.",
        "Speaking at a press conference in Leeds, the minister said the fuel tax would rise next "
        "year, reversing a pledge she made in March.",
        C,
    ),
    (
        "attribution",
        "The company confirmed that it would close the Dunmore plant.",
        "A spokesperson for the company denied that it would close the Dunmore plant, saying "
        "production would continue 'for the foreseeable future'.",
        C,
    ),
    (
        "attribution",
        "The Dunmore plant will close next year.",
        "The company rejected reports that the Dunmore plant would close next year, calling them "
        "'pure speculation' in a statement on Tuesday.",
        C,
    ),
    (
        "attribution",
        "The mayor denied taking money from developers.",
        "The mayor has denied claims that he took money from developers, according to a statement "
        "released by his office late on Thursday.",
        S,
    ),
    (
        "attribution",
        "The mayor admitted taking money from developers.",
        "The mayor has denied claims that he took money from developers, according to a statement "
        "released by his office late on Thursday.",
        C,
    ),
    (
        "attribution",
        "The chief executive resigned on Friday.",
        "A spokesperson denied reports that the chief executive had been pushed out by the board, "
        "but confirmed that she resigned on Friday after eleven years in the job.",
        S,
    ),
    (
        "attribution",
        "The hospital cancelled all routine surgery this week.",
        "According to an internal memo seen by this newspaper, the hospital cancelled all routine "
        "surgery this week because of staff shortages, a move a spokesman described as "
        "'regrettable but necessary'.",
        S,
    ),
    (
        "attribution",
        "Police said the driver had been drinking.",
        "Police said there was no evidence that the driver had been drinking, and that tests "
        "carried out at the scene were negative.",
        C,
    ),
    (
        "attribution",
        "The union said the strike would go ahead on Monday.",
        "'The strike will go ahead on Monday unless the company makes a serious offer,' the "
        "union's general secretary told reporters outside the talks.",
        S,
    ),
    (
        "attribution",
        "The club confirmed that the striker had signed a new contract.",
        "The club would neither confirm nor deny that the striker had signed a new contract, "
        "saying only that talks with his agent were 'ongoing'.",
        C,
    ),
    (
        "attribution",
        "The ambassador was summoned to the foreign ministry.",
        "The foreign ministry said it had summoned the ambassador on Wednesday to explain the "
        "remarks, which it called 'unacceptable'.",
        S,
    ),
    # --- two reported views in one passage ------------------------------------------------
    (
        "views",
        "The bill will raise taxes for middle-income families.",
        "Critics said the bill would raise taxes for middle-income families; the finance minister "
        "said it would not, and accused the opposition of scaremongering.",
        N,
    ),
    (
        "views",
        "The finance minister said the bill would not raise taxes.",
        "Critics said the bill would raise taxes for middle-income families; the finance minister "
        "said it would not, and accused the opposition of scaremongering.",
        S,
    ),
    (
        "views",
        "Critics said the bill would cut taxes for middle-income families.",
        "Critics said the bill would raise taxes for middle-income families; the finance minister "
        "said it would not, and accused the opposition of scaremongering.",
        C,
    ),
    (
        "views",
        "The new runway will harm air quality in the area.",
        "Campaigners argue the new runway will harm air quality in the area, while the airport "
        "insists that cleaner aircraft mean pollution will fall.",
        N,
    ),
    (
        "views",
        "The airport says pollution will fall.",
        "Campaigners argue the new runway will harm air quality in the area, while the airport "
        "insists that cleaner aircraft mean pollution will fall.",
        S,
    ),
    (
        "views",
        "The airport says pollution will rise.",
        "Campaigners argue the new runway will harm air quality in the area, while the airport "
        "insists that cleaner aircraft mean pollution will fall.",
        C,
    ),
    (
        "views",
        "The policy reduced crime in the city centre.",
        "Supporters credit the policy with reducing crime in the city centre, but a report by the "
        "university's criminology department found no measurable effect.",
        N,
    ),
    # --- hedges and modality --------------------------------------------------------------
    (
        "hedge",
        "The council raised parking fees in the town centre.",
        "The council has proposed raising parking fees in the town centre by 20 percent, a plan "
        "that will be put to a public consultation in the new year.",
        N,
    ),
    (
        "hedge",
        "The council plans to raise parking fees in the town centre.",
        "The council has proposed raising parking fees in the town centre, a plan that will be put "
        "to a public consultation in the new year.",
        S,
    ),
    (
        "hedge",
        "The central bank raised interest rates on Thursday.",
        "The central bank is expected to raise interest rates on Thursday, according to a Reuters "
        "poll of economists, most of whom forecast a quarter-point increase.",
        N,
    ),
    (
        "hedge",
        "The central bank is expected to raise interest rates.",
        "Most economists polled by Reuters expect the central bank to cut interest rates at its "
        "next meeting, as inflation has eased faster than forecast.",
        C,
    ),
    (
        "hedge",
        "The drug may reduce the risk of a second stroke.",
        "In the trial of 4,000 patients, the drug reduced the risk of a second stroke by a "
        "quarter compared with a placebo, the researchers reported.",
        S,
    ),
    (
        "hedge",
        "The drug reduces the risk of a second stroke.",
        "The drug may reduce the risk of a second stroke, the authors wrote, but the trial was too "
        "small to say so with confidence and a larger study is planned.",
        N,
    ),
    (
        "hedge",
        "The government will ban single-use plastic cutlery.",
        "The government could ban single-use plastic cutlery as early as next spring, the "
        "environment secretary said, though no decision has been taken.",
        N,
    ),
    (
        "hedge",
        "The factory is likely to close.",
        "Managers told staff on Monday that the factory was unlikely to close, despite the loss "
        "of its biggest customer.",
        C,
    ),
    (
        "hedge",
        "The company plans to hire 200 engineers in Dublin.",
        "The company said it planned to hire about 200 engineers in Dublin over the next two "
        "years, mostly in its cloud division.",
        S,
    ),
    (
        "hedge",
        "Scientists have proved that the supplement prevents colds.",
        "Some small studies suggest the supplement might shorten colds, but there is no good "
        "evidence that it prevents them, the review concluded.",
        C,
    ),
    # --- conditionals and questions -------------------------------------------------------
    (
        "conditional",
        "The bridge will close in May.",
        "If no funding is found for repairs, the bridge will close in May, the county council "
        "warned in a letter to residents.",
        N,
    ),
    (
        "conditional",
        "The plant will close at the end of the year.",
        "Will the plant close at the end of the year? Managers would not say, and the union has "
        "asked for a meeting with the owners.",
        N,
    ),
    (
        "conditional",
        "The minister said house prices had risen.",
        "Asked whether house prices had risen, the minister said they had fallen in every region "
        "except London over the past year.",
        C,
    ),
    (
        "conditional",
        "The vaccine is safe for children under five.",
        "Whether the vaccine is safe for children under five remains unclear, the agency said, "
        "because too few young children took part in the trials.",
        N,
    ),
    (
        "conditional",
        "The strike will go ahead on Monday.",
        "The strike will go ahead on Monday, the union confirmed, after last-minute talks with "
        "management broke down without an agreement.",
        S,
    ),
    (
        "conditional",
        "The museum will reopen in June.",
        "The museum will reopen in June if the repairs to its roof are finished in time, its "
        "director said on Saturday.",
        N,
    ),
    # --- reach of negation ----------------------------------------------------------------
    (
        "negation",
        "The storm damaged homes along the coast.",
        "The storm not only damaged homes along the coast but also cut power to 40,000 "
        "customers, some of whom may be without electricity until the weekend.",
        S,
    ),
    (
        "negation",
        "The plant still employs 300 people.",
        "The plant, which once employed 300 people, no longer employs anyone; its last workers "
        "were laid off in 2019.",
        C,
    ),
    (
        "negation",
        "The bank no longer offers mortgages.",
        "The bank stopped offering mortgages in 2019 and now concentrates on lending to small "
        "businesses, its annual report shows.",
        S,
    ),
    (
        "negation",
        "The bridge has reopened to traffic.",
        "The bridge has not yet reopened to traffic, officials said, and engineers expect the "
        "repairs to take at least another month.",
        C,
    ),
    (
        "negation",
        "The inquiry report has not been published.",
        "The inquiry report has not yet been published, more than two years after the hearings "
        "ended, prompting anger among families.",
        S,
    ),
    (
        "negation",
        "The council approved the plan.",
        "It is hardly surprising that the council approved the plan, said one local businessman, "
        "given how much pressure the developers had applied.",
        S,
    ),
    (
        "negation",
        "The river had never before burst its banks.",
        "Residents said the river had never before burst its banks in living memory, and few "
        "homes in the village were insured against flooding.",
        S,
    ),
    (
        "negation",
        "The river has burst its banks before.",
        "Residents said the river had never before burst its banks in living memory, and few "
        "homes in the village were insured against flooding.",
        C,
    ),
    (
        "negation",
        "Prices rose to a record level in the region.",
        "Prices rose to a level never before seen in the region, driven by a shortage of homes "
        "and a wave of buyers from the capital.",
        S,
    ),
    (
        "negation",
        "The variant had not been previously identified.",
        "Scientists identified the variant in samples taken from patients at three hospitals in "
        "the north of the country, the health agency said.",
        N,
    ),
    (
        "negation",
        "The variant had not been previously identified.",
        "The variant, which had not been identified before, was found in samples from three "
        "hospitals, the health agency said.",
        S,
    ),
    (
        "negation",
        "The virus was previously unknown to scientists.",
        "The virus had been identified by scientists in 2015, during an outbreak among farm "
        "workers, but had not been seen in humans since.",
        C,
    ),
    (
        "negation",
        "Officials have ruled out a recall of the cars.",
        "Officials have not ruled out a recall of the cars, a spokesman for the regulator said, "
        "adding that tests were continuing.",
        C,
    ),
    (
        "negation",
        "Such delays are unusual on the line.",
        "Such delays were not unusual on the line, the operator said, blaming ageing signals and "
        "a shortage of drivers.",
        C,
    ),
    (
        "negation",
        "The Senate passed the bill.",
        "The bill failed to pass the Senate on Wednesday, falling short by two votes after three "
        "members of the governing party voted against it.",
        C,
    ),
    (
        "negation",
        "Nobody was injured in the explosion.",
        "No one was seriously injured in the explosion, though two workers were treated for minor "
        "burns at the scene, the fire service said.",
        C,
    ),
    (
        "negation",
        "The school did not close during the outbreak.",
        "The school remained open throughout the outbreak, the head teacher said, although "
        "attendance fell to half its usual level.",
        S,
    ),
    (
        "negation",
        "The minister did not attend the summit.",
        "The minister, who did not attend last year's summit, flew to Geneva on Monday to take "
        "part in this year's talks.",
        N,
    ),
    # --- roles turned round ---------------------------------------------------------------
    (
        "roles",
        "Microsoft acquired Activision Blizzard.",
        "Activision Blizzard was acquired by Microsoft in October 2023 after regulators in Britain "
        "approved a revised version of the deal.",
        S,
    ),
    (
        "roles",
        "Northwind acquired Bellcrest.",
        "Bellcrest acquired Northwind for an undisclosed sum last spring, folding its rival's "
        "shipping business into its own.",
        C,
    ),
    (
        "roles",
        "Spain beat England in the final.",
        "England lost to Spain in the final in Sydney, with a first-half goal from Olga Carmona "
        "deciding the match.",
        S,
    ),
    (
        "roles",
        "Spain beat England in the final.",
        "England beat Spain in the final in Sydney, with a first-half goal deciding a tense "
        "match in front of 75,000 fans.",
        C,
    ),
    (
        "roles",
        "The city sold the land to a developer.",
        "A developer bought the land from the city in 2021 for a fraction of its market value, "
        "according to documents obtained by the paper.",
        S,
    ),
    (
        "roles",
        "The city sold the land to a developer.",
        "The city bought the land from a developer in 2021 for a fraction of its market value, "
        "according to documents obtained by the paper.",
        C,
    ),
    (
        "roles",
        "The landlord sued the tenants' association.",
        "The landlord was sued by the tenants' association in March over repairs it says were "
        "never carried out.",
        C,
    ),
    (
        "roles",
        "The tenants' association sued the landlord.",
        "The landlord was sued by the tenants' association in March over repairs it says were "
        "never carried out.",
        S,
    ),
    (
        "roles",
        "The audit was carried out by the ministry.",
        "The audit was carried out by an independent firm, not by the ministry, which had asked "
        "for it after complaints from suppliers.",
        C,
    ),
    (
        "roles",
        "Northwind acquired Bellcrest.",
        "Northwind, which acquired Bellcrest last year, has since bought two smaller logistics "
        "firms in the Netherlands.",
        S,
    ),
    (
        "roles",
        "Hale defeated Morrison in the primary.",
        "Morrison was defeated by Hale in the primary by fewer than 300 votes, the closest result "
        "in the state's history.",
        S,
    ),
    (
        "roles",
        "Hale defeated Morrison in the primary.",
        "Hale was defeated by Morrison in the primary by fewer than 300 votes, the closest result "
        "in the state's history.",
        C,
    ),
    # --- verbs in other words -------------------------------------------------------------
    (
        "synonyms",
        "Parliament approved the budget.",
        "Parliament adopted the budget on Tuesday by 312 votes to 280, after a debate that lasted "
        "late into the night.",
        S,
    ),
    (
        "synonyms",
        "Parliament approved the budget.",
        "Parliament rejected the budget on Tuesday by 312 votes to 280, the first such defeat for "
        "a government in forty years.",
        C,
    ),
    (
        "synonyms",
        "The chief executive resigned.",
        "The chief executive stepped down on Friday, the company said in a statement, and will be "
        "replaced on an interim basis by the finance director.",
        S,
    ),
    (
        "synonyms",
        "The chief executive resigned.",
        "The chief executive was dismissed by the board on Friday after an investigation into her "
        "expenses, the company said in a statement.",
        C,
    ),
    (
        "synonyms",
        "The club sacked its manager.",
        "The manager was dismissed on Sunday after a run of six defeats, the club said, thanking "
        "him for his work over three seasons.",
        S,
    ),
    (
        "synonyms",
        "Unemployment rose in the third quarter.",
        "Unemployment climbed in the third quarter to its highest level in two years, official "
        "figures published on Tuesday showed.",
        S,
    ),
    (
        "synonyms",
        "Unemployment rose in the third quarter.",
        "Unemployment eased in the third quarter, official figures published on Tuesday showed, "
        "as hiring picked up in retail and hospitality.",
        C,
    ),
    (
        "synonyms",
        "The governor signed the bill into law.",
        "The governor vetoed the bill on Friday, saying it would cost the state too much, and sent "
        "it back to the legislature.",
        C,
    ),
    (
        "synonyms",
        "The court upheld the ban.",
        "The appeals court struck down the ban on Thursday, ruling that it breached the right to "
        "free assembly.",
        C,
    ),
    (
        "synonyms",
        "The court overturned the conviction.",
        "The court quashed the conviction on Monday, ruling that the jury had been misdirected by "
        "the trial judge.",
        S,
    ),
    (
        "synonyms",
        "The company cut 500 jobs.",
        "The company shed 500 jobs last year as demand for its printers collapsed, its annual "
        "report shows.",
        S,
    ),
    (
        "synonyms",
        "The talks collapsed on Sunday.",
        "The talks broke down on Sunday after negotiators failed to agree on the border, and "
        "neither side has proposed a new date.",
        S,
    ),
    # --- opposite adjectives --------------------------------------------------------------
    (
        "adjectives",
        "The court ruled that the strike was legal.",
        "The High Court ruled on Friday that the strike was illegal because the union had not "
        "balloted all of its members.",
        C,
    ),
    (
        "adjectives",
        "The court ruled that the strike was legal.",
        "The court ruled that the strike was legal, though it said the blockade of the depot by a "
        "group of pickets had been illegal.",
        S,
    ),
    (
        "adjectives",
        "The tap water in the town is safe to drink.",
        "Health officials said the tap water in the town was unsafe to drink and told residents "
        "to boil it until further notice.",
        C,
    ),
    (
        "adjectives",
        "The tap water in the town is safe to drink.",
        "The tap water in the town is safe to drink again, health officials said, lifting a "
        "warning that had been in place since Tuesday.",
        S,
    ),
    (
        "adjectives",
        "Regular exercise lowered the risk of heart disease.",
        "In the study, regular exercise raised the risk of heart disease among people with a rare "
        "genetic condition, the authors reported.",
        C,
    ),
    (
        "adjectives",
        "Regular exercise lowered the risk of heart disease.",
        "Regular exercise lowered the risk of heart disease, the study found, while heavy drinking "
        "raised it.",
        S,
    ),
    (
        "adjectives",
        "The election was fair.",
        "International observers said the election was neither free nor fair, citing intimidation "
        "of voters and ballot stuffing in several provinces.",
        C,
    ),
    (
        "adjectives",
        "The merger is good for consumers.",
        "The regulator said the merger was bad for consumers and would lead to higher prices in "
        "the south-east.",
        C,
    ),
    (
        "adjectives",
        "The reservoir is full.",
        "The reservoir is nearly empty after the driest summer on record, the water company said.",
        C,
    ),
    # --- entities swapped -----------------------------------------------------------------
    (
        "entities",
        "The Senate passed the bill.",
        "The House passed the bill on Tuesday by a wide margin, sending it to the Senate, where "
        "its prospects are uncertain.",
        N,
    ),
    (
        "entities",
        "Google acquired the startup.",
        "Apple acquired the startup in 2020 for about $200 million, according to people familiar "
        "with the deal.",
        C,
    ),
    (
        "entities",
        "Maria Lopez won the mayoral election.",
        "David Chen won the mayoral election with 54 percent of the vote, defeating Maria Lopez, "
        "who conceded on Tuesday night.",
        C,
    ),
    (
        "entities",
        "Dr Sarah Patel led the study.",
        "The study, led by Dr James Whitmore at the University of Leeds, followed 12,000 adults "
        "for a decade.",
        C,
    ),
    (
        "entities",
        "The health ministry announced the new rules.",
        "The new rules, announced by the health ministry on Monday, take effect in January and "
        "apply to all private clinics.",
        S,
    ),
    (
        "entities",
        "The mayor approved the budget.",
        "The city council approved the budget on Monday after a four-hour meeting, and the mayor "
        "is expected to sign it this week.",
        N,
    ),
    # --- ordinary copy that must not clash ------------------------------------------------
    (
        "ordinary",
        "The council approved the new budget.",
        "The council, which approved last year's budget by a single vote, will debate the new "
        "budget on Monday amid protests over library closures.",
        N,
    ),
    (
        "ordinary",
        "Wages have not kept up with rents.",
        "Rents have risen faster than wages in every region over the past decade, the housing "
        "charity's report found.",
        S,
    ),
    (
        "ordinary",
        "The governor signed the bill into law.",
        "The governor signed the bill into law on Friday, ending a months-long fight with "
        "lawmakers who had said they would not pass it without changes.",
        S,
    ),
    (
        "ordinary",
        "The strike closed most schools in the city.",
        "Most schools in the city were closed by the strike, though a handful stayed open with "
        "the help of supply teachers, the education department said.",
        S,
    ),
    (
        "ordinary",
        "The company opened a new factory in Ohio.",
        "The company, which closed its plant in Michigan two years ago, opened a new factory in "
        "Ohio last month with 400 workers.",
        S,
    ),
    (
        "ordinary",
        "The minister resigned over the scandal.",
        "The minister, who had refused to resign for weeks, finally stepped down on Thursday as "
        "the scandal over her expenses widened.",
        S,
    ),
    (
        "ordinary",
        "The police arrested two men after the robbery.",
        "Police arrested two men after the robbery but released a third without charge, a "
        "spokesperson said, and appealed for witnesses.",
        S,
    ),
    (
        "ordinary",
        "The drug lowered blood pressure in the trial.",
        "The drug lowered blood pressure in the trial, but it did not reduce the number of heart "
        "attacks, and some patients stopped taking it because of side effects.",
        S,
    ),
    (
        "ordinary",
        "The museum rejected the offer to buy the painting.",
        "The museum accepted an offer to lend the painting to a gallery in Madrid, but rejected "
        "an offer to buy it, its director said.",
        S,
    ),
    (
        "ordinary",
        "The border was closed to all traffic.",
        "The border, which was closed to all traffic for three days last month, reopened on "
        "Friday to lorries but not to cars, officials said.",
        S,
    ),
    (
        "ordinary",
        "The festival was cancelled because of the weather.",
        "Organisers said the festival would not be cancelled despite the weather warning, but "
        "that the main stage would close early on Saturday.",
        C,
    ),
    (
        "ordinary",
        "The ferry service was suspended.",
        "The ferry service, suspended for two days by high winds, resumed on Wednesday morning "
        "with extra sailings to clear the backlog.",
        S,
    ),
]

# A second batch, written after the first batch's fixes and before running it: the same
# kinds, mostly ordinary copy around the new rules.
SECOND = [
    (
        "attribution",
        "The airline confirmed that it would cancel 300 flights.",
        "The airline denied reports that it would cancel 300 flights over the holiday, saying "
        "its schedule was unaffected by the strike.",
        C,
    ),
    (
        "attribution",
        "The airline will cancel 300 flights over the holiday.",
        "The airline said on Monday that it would cancel 300 flights over the holiday because "
        "of the strike by baggage handlers.",
        S,
    ),
    (
        "attribution",
        "The senator took money from a lobbyist.",
        "The senator has rejected accusations that she took money from a lobbyist, and said she "
        "would cooperate fully with the ethics committee.",
        C,
    ),
    (
        "attribution",
        "The ethics committee opened an inquiry into the senator.",
        "The ethics committee opened an inquiry into the senator on Thursday, although she has "
        "denied any wrongdoing.",
        S,
    ),
    (
        "attribution",
        "The hospital was short of nurses.",
        "There was no sign that the hospital was short of nurses, inspectors said in a report "
        "published on Friday.",
        C,
    ),
    (
        "attribution",
        "The inspectors praised the hospital's maternity unit.",
        "Inspectors praised the hospital's maternity unit but found no evidence that managers "
        "had acted on earlier warnings about staffing.",
        S,
    ),
    (
        "views",
        "The tax cut will help small businesses.",
        "Supporters say the tax cut will help small businesses, but economists warn it will "
        "mostly benefit large firms.",
        N,
    ),
    (
        "views",
        "Economists warn the tax cut will mostly benefit large firms.",
        "Supporters say the tax cut will help small businesses, but economists warn it will "
        "mostly benefit large firms.",
        S,
    ),
    (
        "hedge",
        "The council closed the library.",
        "The council is considering closing the library to save money, a move that has angered "
        "residents.",
        N,
    ),
    (
        "hedge",
        "The council closed the library.",
        "The council closed the library in June to save money, a move that angered residents "
        "who had campaigned to keep it open.",
        S,
    ),
    (
        "hedge",
        "The company will open a plant in Ohio.",
        "The company will open a plant in Ohio next year, and if demand holds up it may add a "
        "second one in Texas.",
        S,
    ),
    (
        "conditional",
        "The league will expand to 20 teams.",
        "The league will expand to 20 teams only if two new stadiums are built, its "
        "commissioner said.",
        N,
    ),
    (
        "conditional",
        "The festival went ahead despite the rain.",
        "The festival went ahead despite the rain, as if nothing had happened, with thousands "
        "dancing in the mud.",
        S,
    ),
    (
        "negation",
        "The vaccine had not previously been tested in children.",
        "The vaccine had been tested in children in a small trial in 2021, the company said.",
        C,
    ),
    (
        "negation",
        "The species had never before been recorded in Britain.",
        "Birdwatchers recorded the species at a nature reserve in Norfolk on Sunday, drawing "
        "hundreds of visitors.",
        N,
    ),
    (
        "negation",
        "The flooding was the worst in the town's history.",
        "The flooding reached levels never seen before in the town, and more than 200 homes "
        "were evacuated.",
        S,
    ),
    (
        "negation",
        "The report has been published.",
        "The report has yet to be published, although parts of it were leaked to the press in "
        "March.",
        C,
    ),
    (
        "negation",
        "The government has ruled out a second referendum.",
        "The government has ruled out a second referendum, the prime minister told parliament "
        "on Wednesday.",
        S,
    ),
    (
        "negation",
        "The police did not rule out foul play.",
        "Police have not ruled out foul play in the death of the 34-year-old, whose body was "
        "found on Sunday.",
        S,
    ),
    (
        "negation",
        "The mine still produces coal.",
        "The mine, which produced coal for more than a century, no longer operates; it closed "
        "in 1994.",
        C,
    ),
    (
        "negation",
        "Inflation has not kept pace with wages.",
        "Wages have risen faster than inflation for the past year, the statistics office said.",
        S,
    ),
    (
        "roles",
        "The company bought the building from the council.",
        "The council sold the building to the company in 2019 for £4 million.",
        S,
    ),
    (
        "roles",
        "The company bought the building from the council.",
        "The council bought the building from the company in 2019 for £4 million.",
        C,
    ),
    (
        "roles",
        "The newspaper sued the minister.",
        "The minister was sued by the newspaper over claims made in a television interview.",
        S,
    ),
    (
        "roles",
        "The newspaper sued the minister.",
        "The newspaper was sued by the minister over an article published in March.",
        C,
    ),
    (
        "roles",
        "Leeds beat Chelsea in the cup.",
        "Chelsea were beaten by Leeds in the cup on Saturday, their third defeat in a row.",
        S,
    ),
    (
        "synonyms",
        "The manager was sacked.",
        "The manager resigned on Monday after a run of poor results, the club said.",
        C,
    ),
    (
        "synonyms",
        "The minister resigned.",
        "The minister quit on Tuesday, hours after the report was published.",
        S,
    ),
    (
        "synonyms",
        "Inflation eased in May.",
        "Inflation slowed in May to 3.1%, its lowest level in two years.",
        S,
    ),
    (
        "adjectives",
        "A recession is unlikely this year.",
        "Most economists think a recession is likely this year, a survey found.",
        C,
    ),
    (
        "adjectives",
        "The stadium was full for the final.",
        "The stadium was full for the final, though hundreds of seats had been empty for the "
        "semi-final a week earlier.",
        S,
    ),
    (
        "entities",
        "The European Parliament approved the law.",
        "The Council of the EU approved the law on Tuesday, a month after the European "
        "Parliament had voted for it.",
        S,  # written as N; on reading, "had voted for it" states the approval (see above)
    ),
    (
        "entities",
        "Sarah Kim won the race.",
        "Tom Reyes won the race, beating Sarah Kim by two seconds.",
        C,
    ),
    (
        "entities",
        "Sarah Kim won the race.",
        "Sarah Kim won the race, beating Tom Reyes by two seconds.",
        S,
    ),
    (
        "entities",
        "Senator Jim Hale sponsored the bill.",
        "The bill, sponsored by Hale, passed the Senate on Thursday.",
        S,
    ),
    (
        "ordinary",
        "The museum reopened in June.",
        "The museum reopened in June after a two-year refurbishment, and if visitor numbers "
        "hold up it will extend its opening hours.",
        S,
    ),
    (
        "ordinary",
        "The company denied the allegations.",
        "The company denied the allegations, calling them 'baseless', and said it would defend "
        "itself in court.",
        S,
    ),
    (
        "ordinary",
        "The council approved the plan.",
        "Asked whether the council would approve the plan, the mayor said it already had, by "
        "seven votes to two.",
        S,
    ),
    (
        "ordinary",
        "The bridge reopened to traffic on Monday.",
        "The bridge reopened to traffic on Monday, although cyclists will not be allowed to use "
        "it until repairs to the cycle lane are finished.",
        S,
    ),
    (
        "ordinary",
        "Unemployment fell last year.",
        "Unemployment fell last year, though campaigners argue that many of the new jobs are "
        "insecure.",
        S,
    ),
]

# A third batch, written after the second batch's fixes and before running it: ordinary
# long copy around the new rules, where a wrong red cue costs the most, and a few clashes.
# (Shown in ``CASES`` since its fixes.)
THIRD = [
    (
        "ordinary",
        "The prime minister denied that the government had misled parliament.",
        "The prime minister denied that the government had misled parliament, telling MPs that "
        "every figure had been checked by officials.",
        S,
    ),
    (
        "ordinary",
        "The government misled parliament about the figures.",
        "The prime minister denied that the government had misled parliament, telling MPs that "
        "every figure had been checked by officials.",
        C,
    ),
    (
        "ordinary",
        "Officials checked every figure.",
        "The prime minister denied that the government had misled parliament, telling MPs that "
        "every figure had been checked by officials.",
        S,
    ),
    (
        "ordinary",
        "The drug was approved in 2019.",
        "The drug, which had not previously been approved for children, was approved for adults "
        "in 2019 after a trial of 3,000 patients.",
        S,
    ),
    (
        "ordinary",
        "The outbreak was first detected in March.",
        "The outbreak was first detected in March at a farm near the border, and officials "
        "said it had not spread beyond the region.",
        S,
    ),
    (
        "ordinary",
        "The company sold its shipping division.",
        "The company sold its shipping division to a private equity firm for $2 billion, and "
        "bought a smaller logistics business in Poland.",
        S,
    ),
    (
        "ordinary",
        "The firm bought a logistics business in Poland.",
        "The company sold its shipping division to a private equity firm for $2 billion, and "
        "bought a smaller logistics business in Poland.",
        S,
    ),
    (
        "ordinary",
        "Exports rose faster than imports.",
        "Exports rose faster than imports in the third quarter, narrowing the trade deficit "
        "for the first time in two years.",
        S,
    ),
    (
        "ordinary",
        "Pensions have kept pace with inflation.",
        "Pensions have kept pace with inflation since 2015 because of the so-called triple "
        "lock, the report said.",
        S,
    ),
    (
        "ordinary",
        "The bank raised interest rates.",
        "The bank raised interest rates on Thursday, and said it would not hesitate to raise "
        "them again if inflation stayed high.",
        S,
    ),
    (
        "ordinary",
        "The council will vote on the plan next week.",
        "The council will vote on the plan next week, and if it is approved, building could "
        "start in the spring.",
        S,
    ),
    (
        "ordinary",
        "Supporters of the plan held a rally.",
        "Supporters of the plan held a rally outside the town hall on Saturday, while "
        "opponents gathered across the road.",
        S,
    ),
    (
        "ordinary",
        "The Senate confirmed the nominee.",
        "The Senate confirmed the nominee by 52 votes to 48, after the Judiciary Committee had "
        "sent her nomination to the floor.",
        S,
    ),
    (
        "ordinary",
        "The club sacked its manager.",
        "The club sacked its manager on Sunday, a week after the chairman had ruled out "
        "changes, and appointed his assistant as caretaker.",
        S,
    ),
    (
        "ordinary",
        "The strike was called off.",
        "The strike was called off on Monday night after the union and the company reached an "
        "agreement that no one had expected a week ago.",
        S,
    ),
    (
        "ordinary",
        "The mayor was re-elected.",
        "The mayor was re-elected with 61% of the vote, defeating a challenger who had never "
        "before run for office.",
        S,
    ),
    (
        "negation",
        "The new strain is more contagious.",
        "There is no evidence that the new strain is more contagious, the agency said, though "
        "it is being watched closely.",
        C,
    ),
    (
        "negation",
        "The minister has not ruled out tax rises.",
        "The minister ruled out tax rises on Sunday, saying the budget would be balanced by "
        "cutting spending instead.",
        C,
    ),
    (
        "roles",
        "The bank lent the city $50 million.",
        "The city borrowed $50 million from the bank to pay for the new tram line.",
        S,
    ),
    (
        "roles",
        "The striker was signed by Arsenal.",
        "Arsenal signed the striker from Lyon for a club-record fee on Thursday.",
        S,
    ),
    (
        "entities",
        "The House passed the bill.",
        "The House passed the bill on Tuesday by 220 votes to 210, sending it to the Senate.",
        S,
    ),
    (
        "entities",
        "Google acquired the startup.",
        "The startup, acquired by Google in 2020, now employs 400 people in Zurich.",
        S,
    ),
    (
        "hedge",
        "The plant will close next year.",
        "The plant is set to close next year, its owners confirmed, with the loss of 600 jobs.",
        S,
    ),
    (
        "hedge",
        "The ban came into force in January.",
        "The ban, which critics say is unenforceable, came into force in January.",
        S,
    ),
    (
        "adjectives",
        "The protest was peaceful.",
        "Police said the protest was largely peaceful, although two people were arrested for "
        "criminal damage.",
        S,
    ),
]

# A fourth batch, written after the third batch's fixes and before running it: every kind
# again, in long passages with quotes and attribution. (In ``CASES`` since its fixes.)
FOURTH = [
    (
        "attribution",
        "The health secretary said waiting lists had fallen.",
        "'Waiting lists have fallen for the third month in a row,' the health secretary told "
        "the conference in Manchester, to applause from delegates.",
        S,
    ),
    (
        "attribution",
        "The health secretary said waiting lists had fallen.",
        "'Waiting lists have risen for the third month in a row,' the health secretary "
        "admitted at the conference in Manchester.",
        C,
    ),
    (
        "attribution",
        "According to the audit, the council overspent by £3 million.",
        "The council overspent by £3 million last year, according to an audit published on "
        "Wednesday, which blamed rising care costs.",
        S,
    ),
    (
        "attribution",
        "The company said the data breach affected 2 million customers.",
        "A spokesman for the company said the data breach had affected 2 million customers, "
        "but denied that any bank details had been taken.",
        S,
    ),
    (
        "attribution",
        "Hackers took customers' bank details.",
        "A spokesman for the company said the data breach had affected 2 million customers, "
        "but denied that any bank details had been taken.",
        C,
    ),
    (
        "views",
        "The minister said the new rules would cut red tape.",
        "The minister said the new rules would cut red tape, but business groups said they "
        "would add to the paperwork small firms face.",
        S,
    ),
    (
        "hedge",
        "The bank will cut interest rates in March.",
        "The bank is widely expected to cut interest rates in March, although two of its "
        "policymakers have argued for waiting until the summer.",
        N,
    ),
    (
        "hedge",
        "The bank cut interest rates in March.",
        "The bank cut interest rates in March for the first time in four years, as it had "
        "been widely expected to do.",
        S,
    ),
    (
        "conditional",
        "The players will strike.",
        "The players will strike unless the league agrees to share television money more "
        "fairly, their union said on Friday.",
        N,
    ),
    (
        "negation",
        "The storm caused power cuts.",
        "The storm not only caused power cuts across the region but also closed dozens of "
        "schools and roads.",
        S,
    ),
    (
        "negation",
        "The minister hardly mentioned climate change in her speech.",
        "The minister hardly mentioned climate change in her speech, focusing instead on "
        "energy prices and jobs.",
        S,
    ),
    (
        "negation",
        "The hospital no longer has a maternity unit.",
        "The hospital's maternity unit, which closed in 2018, has not reopened, despite a "
        "campaign by local mothers.",
        S,
    ),
    (
        "negation",
        "The suspect has been charged.",
        "The suspect has not yet been charged and remains in custody, police said on Monday.",
        C,
    ),
    (
        "roles",
        "Amazon acquired Whole Foods.",
        "Whole Foods was acquired by Amazon in 2017 for $13.7 billion, the largest deal in the "
        "retailer's history.",
        S,
    ),
    (
        "roles",
        "Amazon acquired Whole Foods.",
        "Whole Foods acquired Amazon in 2017 for $13.7 billion, according to the filing.",
        C,
    ),
    (
        "roles",
        "Argentina beat France in the final.",
        "France lost the final to Argentina on penalties after a 3-3 draw in Lusail.",
        S,
    ),
    (
        "synonyms",
        "The committee adopted the report.",
        "The committee approved the report unanimously on Tuesday, clearing the way for a "
        "debate in the full chamber.",
        S,
    ),
    (
        "synonyms",
        "The committee adopted the report.",
        "The committee voted down the report on Tuesday, a blow to the chairman who had "
        "drafted it.",
        C,
    ),
    (
        "adjectives",
        "The court ruled that the search was lawful.",
        "The court ruled that the search was unlawful and excluded the evidence found in the "
        "suspect's flat.",
        C,
    ),
    (
        "adjectives",
        "The new drug raised the risk of heart attacks.",
        "The new drug lowered the risk of heart attacks by a fifth in the trial, though it "
        "raised the risk of bleeding.",
        C,
    ),
    (
        "adjectives",
        "The new drug raised the risk of bleeding.",
        "The new drug lowered the risk of heart attacks by a fifth in the trial, though it "
        "raised the risk of bleeding.",
        S,
    ),
    (
        "entities",
        "The World Health Organization declared the emergency over.",
        "The Centers for Disease Control declared the emergency over on Friday, a week after "
        "its own advisers had recommended it.",
        N,
    ),
    (
        "entities",
        "The novel was written by Margaret Atwood.",
        "The novel, written by Alice Munro in 1971, was reissued last year.",
        C,
    ),
    (
        "ordinary",
        "The president vetoed the bill.",
        "The president vetoed the bill on Friday, saying it had not been properly costed, and "
        "urged Congress to try again.",
        S,
    ),
    (
        "ordinary",
        "The school was rated outstanding.",
        "The school, which was rated inadequate in 2019, was rated outstanding by inspectors "
        "this year.",
        S,
    ),
]

# A fifth batch, written after the fourth batch's fixes and before running it: long
# passages that share the claim's words and say other things in the shapes the new rules
# read ("no evidence that", "rejected reports that", "by", "if", "sold", "never before"),
# where nothing must clash, and a few clashes. (In ``CASES`` since its fixes.)
FIFTH = [
    (
        "ordinary",
        "The factory reopened in May.",
        "The factory reopened in May, and the company rejected reports that it planned to cut "
        "another 200 jobs before the end of the year.",
        S,
    ),
    (
        "ordinary",
        "Police found the missing teenager.",
        "Police found the missing teenager on Sunday and said there was no evidence that "
        "anyone else had been involved in her disappearance.",
        S,
    ),
    (
        "ordinary",
        "The motion was passed by 12 votes.",
        "The motion was passed by 12 votes after a debate in which the mayor was criticised "
        "by opposition councillors.",
        S,
    ),
    (
        "ordinary",
        "The club sold its stadium to the city.",
        "The club sold its stadium to the city in 2015 and has rented it back ever since, "
        "paying £1 million a year.",
        S,
    ),
    (
        "ordinary",
        "The museum bought the painting in 1998.",
        "The museum bought the painting in 1998 from a private collector, who had sold several "
        "other works to galleries in Paris.",
        S,
    ),
    (
        "ordinary",
        "The eruption was the largest ever recorded on the island.",
        "The eruption was the largest ever recorded on the island, sending ash to a height "
        "never before measured by the observatory.",
        S,
    ),
    (
        "ordinary",
        "The union accepted the pay offer.",
        "The union accepted the pay offer on Thursday, ending a dispute that its leader said "
        "'should never have happened'.",
        S,
    ),
    (
        "ordinary",
        "The company will cut 300 jobs if the merger goes ahead.",
        "The company will cut 300 jobs if the merger goes ahead, according to documents seen "
        "by the union.",
        S,
    ),
    (
        "ordinary",
        "The drug reduced deaths in the trial.",
        "The drug reduced deaths in the trial by a third, although critics say the study was "
        "too short to show long-term effects.",
        S,
    ),
    (
        "ordinary",
        "The ceasefire has held.",
        "The ceasefire has held for a week, though neither side has ruled out a return to "
        "fighting if talks collapse.",
        S,
    ),
    (
        "ordinary",
        "Wages rose faster than prices last year.",
        "Wages rose faster than prices last year for the first time since 2020, although "
        "rents have not kept up with either.",
        S,
    ),
    (
        "ordinary",
        "The senator was not previously known for her views on energy.",
        "The senator, who was not previously known for her views on energy, introduced the "
        "bill on Tuesday.",
        S,
    ),
    (
        "negation",
        "The airline has cancelled flights to the island.",
        "The airline has not cancelled any flights to the island, despite reports that it "
        "planned to, a spokesperson said.",
        C,
    ),
    (
        "negation",
        "Investigators found evidence of sabotage.",
        "Investigators found no evidence of sabotage, the report into the derailment said.",
        C,
    ),
    (
        "attribution",
        "The government denied that it had sold the data.",
        "The government admitted that it had sold the data to two private companies, "
        "reversing its earlier denial.",
        C,
    ),
    (
        "roles",
        "The Labour candidate defeated the Conservative.",
        "The Conservative candidate defeated her Labour rival by 400 votes, the returning "
        "officer announced.",
        C,
    ),
    (
        "entities",
        "The Bank of England raised interest rates.",
        "The European Central Bank raised interest rates on Thursday, a day after the Federal "
        "Reserve held its own steady.",
        N,
    ),
    (
        "hedge",
        "The government will hold an inquiry.",
        "The government has promised to hold an inquiry into the collapse once the rescue "
        "operation is over.",
        S,
    ),
    (
        "conditional",
        "The airport will close for two weeks.",
        "The airport could close for two weeks if the runway repairs cannot be done at night, "
        "its operator warned.",
        N,
    ),
    (
        "adjectives",
        "The water in the lake is unsafe for swimming.",
        "The water in the lake is safe for swimming again, the council said, after tests found "
        "that bacteria levels had fallen.",
        C,
    ),
]

# A passage of two sentences is two passages to `factcheck match`, which then shows neither
# as the table gives it ("not shown"): such pairs are run in process only
# (tests/test_cues_blindh.py), not through the table harness.
SPLIT_BY_MATCH = frozenset(
    {
        (
            "The plant will close at the end of the year.",
            "Will the plant close at the end of the year? Managers would not say, and the union "
            "has asked for a meeting with the owners.",
        ),
    }
)

CASES: list[tuple[str, str, Stance]] = [
    (claim, passage, want)
    for _, claim, passage, want in [*BLIND, *SECOND, *THIRD, *FOURTH, *FIFTH]
    if (claim, passage) not in SPLIT_BY_MATCH
]

LEFT_OUT: dict[tuple[str, str], str] = {
    (
        "The drug reduces the risk of a second stroke.",
        "The drug may reduce the risk of a second stroke, the authors wrote, but the "
        "trial was too small to say so with confidence and a larger study is planned.",
    ): (
        "[hedge] supports, not Related: a claim in the present is not compared with a "
        "passage's 'may reduce' (hedged.py: that is how studies state what a drug does; "
        "reading it as a hedge cost supporting pairs of ../shared/eval), though this "
        "passage says the trial was too small to tell"
    ),
    (
        "The minister said house prices had risen.",
        "Asked whether house prices had risen, the minister said they had fallen in every"
        " region except London over the past year.",
    ): (
        "[conditional] Related, not contradicts: the passage has both 'risen' and "
        "'fallen', so the antonym cue reads the claim's word as said too; that 'risen' is"
        " only the question asked ('Asked whether ...') is not read"
    ),
    (
        "The virus was previously unknown to scientists.",
        "The virus had been identified by scientists in 2015, during an outbreak among "
        "farm workers, but had not been seen in humans since.",
    ): (
        "[negation] supports, not contradicts: 'unknown' is no negation the cues read "
        "('previously unknown' against 'had been identified in 2015' needs 'unknown' "
        "joined to 'identified' / 'known')"
    ),
    (
        "The merger is good for consumers.",
        "The regulator said the merger was bad for consumers and would lead to higher "
        "prices in the south-east.",
    ): (
        "[adjectives] supports, not contradicts: 'good' / 'bad' are no antonym pair "
        "('goods', 'for good', 'a good deal' would clash with 'bad' in other senses)"
    ),
    (
        "The Senate passed the bill.",
        "The House passed the bill on Tuesday by a wide margin, sending it to the Senate,"
        " where its prospects are uncertain.",
    ): (
        "[entities] supports, not Related: the claim's doer, the Senate, is named in the "
        "passage ('sending it to the Senate'), so the House's passing is not read as "
        "another doer's act"
    ),
    (
        "Dr Sarah Patel led the study.",
        "The study, led by Dr James Whitmore at the University of Leeds, followed 12,000 "
        "adults for a decade.",
    ): (
        "[entities] supports, not contradicts: 'led' is no act of one doer "
        "(doers.SOLE_ACTS: a study, a protest, a team are often co-led), so 'led by Dr "
        "James Whitmore' is not read as a swap"
    ),
    (
        "The mayor approved the budget.",
        "The city council approved the budget on Monday after a four-hour meeting, and "
        "the mayor is expected to sign it this week.",
    ): (
        "[entities] supports, not Related: 'the mayor' and 'the city council' are no "
        "names, so the council's approval is not read as another doer's act"
    ),
    (
        "The council approved the new budget.",
        "The council, which approved last year's budget by a single vote, will debate the"
        " new budget on Monday amid protests over library closures.",
    ): (
        "[ordinary] supports, not Related: the passage's 'approved' is said of last "
        "year's budget in a relative clause; another instance of the claim's thing is not"
        " read for a verb said without a figure"
    ),
    (
        "The mine still produces coal.",
        "The mine, which produced coal for more than a century, no longer operates; it "
        "closed in 1994.",
    ): (
        "[negation] supports, not contradicts: the passage denies another verb ('no "
        "longer operates') and says 'produced' of the past in a relative clause; that it "
        "no longer produces is inferred, not said"
    ),
    (
        "The minister resigned.",
        "The minister quit on Tuesday, hours after the report was published.",
    ): (
        "[synonyms] Related, not supports (lexical retrieval): 'quit' and 'resigned' have"
        " other stems, so the passage holds too little of the claim's words; with "
        "semantic retrieval the cosine states it"
    ),
    (
        "The council approved the plan.",
        "Asked whether the council would approve the plan, the mayor said it already had,"
        " by seven votes to two.",
    ): (
        "[ordinary] Related, not supports: the claim's words are inside the question "
        "asked ('Asked whether the council would approve the plan'), and the answer ('it "
        "already had') names no verb"
    ),
    (
        "The new drug raised the risk of heart attacks.",
        "The new drug lowered the risk of heart attacks by a fifth in the trial, though "
        "it raised the risk of bleeding.",
    ): (
        "[adjectives] supports, not contradicts: the passage says 'raised' too, of "
        "another risk ('raised the risk of bleeding'), so the antonym cue reads the "
        "claim's word as said; what each verb acts on is not compared"
    ),
    (
        "The World Health Organization declared the emergency over.",
        "The Centers for Disease Control declared the emergency over on Friday, a week "
        "after its own advisers had recommended it.",
    ): (
        "[entities] supports, not Related: 'declared' is a verb of saying, whose doer the"
        " attribution cue compares, not doers.py; 'The Centers for Disease Control "
        "declared' is not read as another doer"
    ),
}
