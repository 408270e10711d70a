"""Cues fixed after the ninth session's articles (US and international copy) through match."""
# ruff: noqa: E501  (one pair per line: a claim and its passage read side by side)

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests.stance_helpers import assess, only_conflict

C, N, S = Stance.CONTRADICTS, Stance.NEUTRAL, Stance.SUPPORTS


@pytest.mark.parametrize(
    ("claim", "source", "source_word"),
    [
        # "adopted" is a decision's side, as "approved" is.
        ("The General Assembly rejected the resolution.", "The General Assembly adopted the resolution.", "adopted"),
        ("The council adopted the plan.", "The council rejected the plan.", "rejected"),
        # A shortfall is a deficit.
        ("Denver expects a budget surplus of $45 million.", "Denver faces a budget shortfall of $45 million.", "shortfall"),
        # After a full stop the next sentence's first word is capitalised, not a name set
        # apart: "Shares" is the subject of "fell", not read past to "Profits were lower".
        ("Northwind shares rose 11%.", "Profits were lower. Shares fell 11%.", "fell"),
        ("Northwind shares rose 11% after the results.", "The company cut its forecast. Shares fell 11% in after-hours trading.", "fell"),
        # Each name's side: the claim's first word is a name when the passage writes it
        # capitalised inside a sentence, and so is the passage's own word's doer first in
        # its sentence ("Britain abstained; ...").
        ("France abstained in the vote.", "Britain and Germany abstained, while France voted in favor.", "favor"),
        ("France abstained in the vote.", "Britain abstained; France voted in favor.", "favor"),
        ("France has abstained in the vote.", "Britain has abstained; France voted in favor.", "favor"),
    ],
)  # fmt: skip
def test_clashes(claim: str, source: str, source_word: str) -> None:
    assert source_word in only_conflict(claim, source).source


# (claim, passage, stance), by the rule each tests.
STANCES = [
    # -- Stances after the first batch's fixes.
    # Another thing adopted and rejected: no clash.
    ("The council adopted a new logo.", "The council rejected the plan.", N),
    # A name between commas is still read past to the noun it names.
    ("The mayor backed the plan.", "The mayor's rival, Tom Reid, opposed the plan.", N),
    # "Ten" in words lines up with "10" in digits: the window reaches "10 against", so
    # the claim's own side is seen (it was a false clash with "in favor").
    ("Ten countries voted against the resolution.", "The UN General Assembly on Friday adopted a resolution demanding an immediate ceasefire, with 153 countries voting in favor, 10 against and 23 abstaining.", N),
    ("Two people died in the crash.", "Three people were injured and 2 died in the crash.", S),
    ("France abstained in the vote.", "France abstained; Britain voted in favor.", S),
    ("France abstained in the vote.", "France abstained, while Britain voted in favor.", S),
    ("Twelve countries voted against the resolution.", "The assembly adopted the resolution, with 153 countries voting in favor, 10 against and 23 abstaining.", C),
    # -- Streaks (ranks.py).
    # A streak's count is a figure of its noun: the ordinals clash, the same agree.
    ("It was Atlanta's third straight win.", "The win was Atlanta's fourth in a row. Boston has lost three of its last five games.", C),
    ("It was Atlanta's third straight win.", "It was Atlanta's fourth straight win.", C),
    ("It was Atlanta's fourth straight win.", "The win was Atlanta's fourth in a row.", S),
    ("Labour won a fourth consecutive election.", "Labour won a third consecutive election.", C),
    ("Prices rose for the third month in a row.", "Prices rose for the fourth consecutive month.", C),
    ("She won her second title in a row.", "She won her second straight title on Sunday.", S),
    # Another noun is another streak; an ordinal with no streak word is none.
    ("Prices rose for the third month in a row.", "Prices rose in the third month of the year.", N),
    ("It was Atlanta's third straight win.", "Atlanta won again on Friday.", N),
    # -- Namesakes (namesakes.py).
    # Two names ending in one word, told apart by their first: two doers, so the act is
    # not stated (and a sole act, "introduced", clashes).
    ("American Airlines canceled 410 flights.", "United Airlines canceled 410 flights.", N),
    ("Manchester United signed the striker.", "Newcastle United signed the striker on Friday.", N),
    ("Jim Hale introduced the bill.", "Tom Hale introduced the bill in March.", C),
    # A title, or the same initial, tells nothing apart.
    ("Jim Hale introduced the bill.", "Senator Hale introduced the bill in March.", S),
    ("Joe Biden signed the order.", "Joseph Biden signed the order on Monday.", S),
    # -- The own word done to another object (ownobject.py).
    # The claim's own word done to another object, its opposite to the claim's.
    ("The Denver budget cuts police spending by 4%.", "The budget raises police spending by 4% and cuts the parks department's budget by $12 million, about 8% of its current funding.", C),
    ("The budget cuts police spending.", "The budget raises police spending and cuts the parks budget.", C),
    # Done to the claim's object, the own word states it.
    ("The budget raises police spending.", "The budget raises police spending and cuts the parks budget.", S),
    ("The budget cuts parks spending.", "The budget raises police spending and cuts parks spending.", S),
    # -- An opposite said of a stand-in (standin.py).
    # The opposite said of "the company", which may or may not be Northwind: not stated.
    ("Northwind raised its full-year sales forecast.", "The company cut its full-year sales forecast, now expecting growth of 2% to 3% instead of the 4% to 5% it had projected in August. Shares fell 11% in after-hours trading.", N),
    ("Northwind raised its sales forecast.", "The company cut its sales forecast.", N),
    ("The council approved the budget.", "The government rejected the budget.", N),
    # The claim's own word said of it: stated, as before.
    ("Northwind raised its sales forecast.", "The company raised its sales forecast.", S),
    # -- Over or under expectations (expectations.py).
    # Over against under what was expected.
    ("Northwind's third-quarter revenue beat analysts' expectations.", "Northwind Retail reported third-quarter revenue of $8.2 billion on Thursday, up 3% from a year earlier but short of the $8.5 billion analysts had expected.", C),
    ("Northwind's revenue missed estimates.", "Revenue topped analysts' estimates by $200 million.", C),
    # The same side in other words agrees; "beat" without an expectation is a win.
    ("Northwind's revenue beat expectations.", "Northwind's revenue was above analysts' forecasts.", S),
    ("Profits fell short of forecasts.", "Profits were below forecasts.", S),
    ("City beat United 2-1.", "United missed a penalty, as expected.", N),
    # Another measure's result is no clash; the same one once, though two rules read it.
    ("Revenue beat expectations.", "Profit fell short of expectations.", N),
    ("Sales beat forecasts.", "Sales were below forecasts.", C),
    # -- The second batch's fixes.
    # A negation in a sentence of its own, of a verb the claim does not use, sharing
    # with the claim only what it negates, says nothing against it.
    ("Vantix had about 16,000 employees at the end of last year.", "The company had 16,200 employees at the end of last year. It did not cut jobs in 2023.", S),
    # The claim's verb (or its side of a change) under it still clashes.
    ("The vaccine causes autism.", "The vaccine was tested in 2,000 children. It does not cause autism.", C),
    ("The drug reduces deaths.", "The drug was tested in a large trial. It did not lower deaths.", C),
    ("Vantix cut jobs in 2023.", "The company had 16,200 employees. It did not cut jobs in 2023.", C),
    # A pronoun opens the clause of its verb: "he would not" is said of "he".
    ("Sutton said he would seek a recount.", "Sutton conceded on Friday afternoon and said he would not seek a recount.", C),
    # "a year earlier" after a starting figure is when the change started, not another
    # stretch of time than the claim's.
    ("Chronic absenteeism rose to 28%.", "Chronic absenteeism fell to 24% from 28% a year earlier, but remains almost double its 2019 level.", C),
    ("Chronic absenteeism fell to 24%.", "Chronic absenteeism fell to 24% from 28% a year earlier, but remains almost double its 2019 level.", S),
    # Fastest and slowest; a streak of days.
    ("Home prices posted their fastest annual gain since 2012.", "U.S. home prices rose 3.1% in September from a year earlier, the slowest annual gain since 2012.", C),
    ("Phoenix had its 30th straight day above 110 degrees.", "Phoenix recorded its 31st consecutive day with temperatures of at least 110 degrees Fahrenheit on Sunday.", C),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "stance"), STANCES)
def test_stances(claim: str, source: str, stance: Stance) -> None:
    assert assess(claim, source)[0] is stance


def test_an_expectation_read_by_the_comparison_too_is_one_cue() -> None:
    assert len(only_conflict("Sales beat forecasts.", "Sales were below forecasts.").source) > 0
    assert len(assess("Sales beat forecasts.", "Sales were below forecasts.")[1]) == 1
