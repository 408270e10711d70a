"""Cues fixed after the tenth session's articles through match (a marathon, A&E waits, a
phone launch, an appeal, wheat prices, an earthquake, a state election, a bridge closure)."""
# ruff: noqa: E501  (one pair per line: a claim and its passage read side by side)

from __future__ import annotations

import pytest

from factcheck.evidence.numbers import mentions
from factcheck.workspace.models import Stance
from tests.stance_helpers import assess

C, N, S = Stance.CONTRADICTS, Stance.NEUTRAL, Stance.SUPPORTS

# (claim, passage, stance), by the rule each tests.
STANCES = [
    # -- An initialism with "&" has no name of its own in it: "A&E" is no "E" against
    # "England" (a false clash).
    ("Fewer than 70% of A&E patients were seen within four hours in November.", "Only 68.2% of patients in England were seen within four hours at major emergency departments in November.", S),
    ("R&D spending rose in Germany.", "R&D spending rose in France.", C),
    # -- A "no X" of another act than the claim's count of X (fates.py): no clash.
    ("About 45,000 runners started the race.", "No runner needed hospital treatment.", N),
    ("About 45,000 runners started the Berlin Marathon.", "About 45,000 runners started the race, and no runner needed hospital treatment.", S),
    ("Two civilians have died in the fire.", "Two firefighters suffered minor injuries, but no civilian deaths have been reported.", C),
    ("Two deaths were recorded.", "No deaths were reported.", C),
    ("No flights were cancelled.", "40 flights were delayed.", N),
    # -- A price named by no word of money is the one the passage prices (aside.py).
    ("The phone starts at $699.", "The phone is priced from $699.", S),
    ("The phone starts at $799.", "The phone is priced from $699.", C),
    ("Tickets sell for $25.", "Tickets are priced at $30.", C),
    ("The charity raised £5m last year.", "The charity spent £3m on its programmes last year.", N),
    # -- A model's number is no figure a passage must give (figures.py).
    ("The Orion 9 starts at $699.", "Orion Technologies unveiled the Orion 9, priced from $699.", S),
    ("All 40 passengers survived the crash.", "None of the 40 passengers died in the crash.", N),
    # -- What a length of time is of, past "to" and its object ("close to all traffic").
    ("The bridge will close for four months.", "The bridge will close to all traffic for six weeks.", C),
    ("The bridge will close for six weeks.", "The bridge will close to all traffic for six weeks from July 14.", S),
    ("The fan was banned for three years.", "The fan was banned from the stadium for two years.", C),
    # -- A time taken longer is a time added.
    ("Bus journeys will take up to 20 minutes longer.", "Buses will be diverted, adding up to 20 minutes to journeys.", S),
    ("The journey takes 40 minutes.", "The diversion adds 20 minutes to the journey.", N),
    # -- "little changed" is a level that did not move (overtime.py).
    ("Corn prices rose sharply on Wednesday.", "Corn prices were little changed.", C),
    # -- Opposite bounds on one number touch, they do not meet (bands.py).
    ("More than 5,000 people attended the rally.", "Fewer than 5,000 people attended the rally.", C),
    ("The tower is taller than 300 metres.", "The tower is shorter than 300 metres.", C),
    # -- A level's comparative before a time back bounds no length of time (bands.py).
    ("Turnout was higher than five years ago.", "Turnout was lower than five years ago.", C),
    ("Turnout in Haryana was higher than five years ago.", "Turnout was 67.9%, slightly lower than five years ago.", C),
    ("It happened more than five years ago.", "It happened less than five years ago.", C),
    # -- A figure far past a bound is not the one the bound gives (bands.FAR_PAST).
    ("The earthquake killed at least 14 people.", "The region was hit by two far stronger earthquakes in February 2023, which killed more than 50,000 people.", N),
    ("More than 300 people attended.", "5,000 people attended.", N),
    ("More than 300 people attended.", "312 people attended.", S),
    ("Fewer than 5,000 people attended.", "4,200 people attended.", S),
    # -- A count whose noun the count before it gave (elided.py), and the verb after a
    # counted noun is not read past "and" (counted.py).
    ("More than 300 people were injured in the earthquake.", "The earthquake struck on Saturday, killing at least 14 people and injuring more than 300, officials said.", S),
    # -- A win is a first place, a medal a place, and a place is its names' (ranks.py,
    # placedoer.py).
    ("Tadese Alemu won the marathon.", "Tadese Alemu finished second in the marathon.", C),
    ("Alemu came second in the marathon.", "Alemu won the marathon.", C),
    ("Alemu finished first in the marathon.", "Alemu won the marathon.", S),
    ("Smith won gold in the 100m.", "Smith won silver in the 100m.", C),
    ("Labour won the seat.", "Labour came second in the seat.", C),
    ("Weber finished second in Berlin.", "Weber was third in Berlin.", C),
    ("Tadese Alemu won the Berlin Marathon.", "Ethiopia's Tadese Alemu finished second, 41 seconds behind, and Germany's Jonas Weber was a surprise third.", C),
    ("Tadese Alemu finished second in Berlin.", "Ethiopia's Tadese Alemu finished second, 41 seconds behind, and Germany's Jonas Weber was a surprise third.", S),
    ("Jonas Weber finished second in Berlin.", "Germany's Jonas Weber was a surprise third in Berlin.", C),
    ("Amane Sato won the women's race in Berlin.", "In the women's race, Ruth Chebet pulled clear to win in 2:16:40. Defending champion Amane Sato, who had led at halfway, faded to fourth.", C),
    ("The airport ranked third in the survey.", "The airport, the second-busiest in Europe, ranked third in the survey.", S),
    # -- Race times are lengths of time, not times of day (racetimes.py).
    ("Kiprono won the Berlin Marathon in 2:02:45.", "Kiprono won the Berlin Marathon on Sunday in 2:03:12.", C),
    ("Ruth Chebet won the women's race in 2:16:40.", "Ruth Chebet pulled clear to win the women's race in 2:16:40.", S),
    # -- Superlatives of size are opposites; keeping against dropping.
    ("It was the biggest harvest in years.", "It was the smallest harvest in years.", C),
    ("The Orion 9 keeps the headphone jack.", "The phone drops the headphone jack.", C),
    # -- Another subject opening the same words does not state the claim (opening.py;
    # doers.py: a doer ending in "s" at a sentence's start, "Jones").
    ("Shanghai is China's largest city.", "Beijing is China's largest city.", N),
    ("Smith won the race.", "Jones won the race.", N),
    ("Smith won the race.", "Brown won the race.", C),
    ("Inflation rose in May.", "Unemployment rose in May.", N),
    ("Global warming has led to floods.", "Worldwide warming has led to floods.", S),
    ("Scientists found the drug works.", "Researchers found the drug works.", S),
    ("Russia said the talks failed.", "Moscow said the talks failed.", S),
    ("Two people died in the crash.", "Three people were injured and 2 died in the crash.", S),
    # -- After the second batch. A share's population is the noun after a name ("81% of
    # Aslef members" against "91% of members"; shares.py).
    ("81% of Aslef members who voted backed the strike.", "The union said 91% of members who voted backed the action, on a turnout of 78%.", C),
    ("A quarter of UK adults smoke.", "About 13% of adults smoke.", C),
    # A negation after "and" is of its clause's subject (denied.py).
    ("Meridian plans job cuts after the Quill deal.", "Meridian said it expected the deal to add to its earnings within two years and did not plan job cuts.", C),
    ("Unemployment fell in March.", "Inflation rose in March and did not fall in April.", N),
    # Another instance named in another sentence leaves this one's date (instances.py).
    ("The plan takes effect on February 1.", "The plan takes effect on January 1. A separate proposal to cut parking requirements was postponed until March.", C),
    ("Four people died in the explosion.", "No one was hurt in a similar explosion last year.", N),
    # A compound's head is what a count counts ("league goals", "heat deaths"; counted.py).
    ("Okonkwo scored more than 20 league goals last season.", "He scored 17 goals in 34 league games last season.", C),
    ("Vantix will cut 1,500 jobs.", "Vantix announced 1,200 job cuts.", C),
    ("Three heat deaths were confirmed.", "Three people died in the heat.", S),
    ("Orion sold 12 million phones of last year's model.", "Orion said it had sold 12 million of last year's model, short of its target.", S),
    # A length of time as an adjective is its noun's (elided.lengths_of).
    ("Okonkwo signed a four-year contract.", "The 24-year-old has agreed a five-year contract.", C),
    ("He was given a three-year ban.", "He was banned for three years.", S),
    # Words before a figure that make it another (an expectation, a plan) are read in its
    # clause only: "Under the plan, a fifth of ..." (aside.py).
    ("A quarter of the new units must be offered at below-market rents.", "Under the plan, a fifth of the new units in large buildings must be offered at below-market rents.", C),
    ("About 300 people attended.", "Organisers had expected 1,000 people.", N),
    # An ISO code before a sum is a currency ("EUR 300m" was 300 metres; units.py).
    ("The new stadium cost about EUR 300m.", "The stadium's final cost was EUR 312m, the city said.", S),
    ("The new stadium cost about EUR 300m.", "The stadium's final cost was EUR 450m, 50% over budget.", C),
    ("The deal is worth USD 1.2bn.", "The deal is worth $1.2 billion.", S),
    ("The amateur 300 club met.", "The amateur 300 club met.", S),
    ("The road is 300m long.", "The road is 312m long.", C),
    # A grant is another sum than a price (aside.py).
    ("The heat pump costs EUR 9,000 to install.", "A grant of EUR 3,000 covers part of the cost of installing a heat pump.", N),
    ("The heat pump costs €9,000 to install.", "A grant of €3,000 covers part of the cost of installing a heat pump.", N),
    ("The council gave a grant of £5,000.", "The council gave a grant of £3,000.", C),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), STANCES)
def test_stances(claim: str, source: str, stance: Stance) -> None:
    assert assess(claim, source)[0] is stance


def test_a_race_time_is_a_length_of_time_not_a_clock_time() -> None:
    found = mentions("She won in 2:16:40 at 10:30 local time.")
    race = next(m for m in found if m.text == "2:16:40")
    assert (race.unit, race.low) == ("duration", 2 * 3600 + 16 * 60 + 40)
    assert [m.text for m in found if m.kind == "time"] == ["10:30 local time"]
