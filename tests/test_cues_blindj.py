"""Focused tests for the rules blindj's table (tests/editor_pairs_blindj.py) brought: each
rule on pairs beside the table's, and the pairs it must leave alone."""

from __future__ import annotations

import pytest

from factcheck.evidence.wordsplit import split_words
from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("Unemployment down to 4%", "down"),
        ("Inflation up from 2.1%", "up"),
        ("Shares down 5% on the day", "down"),
        ("Exports up 3 per cent", "up"),
        # Not a figure that moved: a bound, a count of things acted on.
        ("Prices up to 4%", ""),
        ("The firm shut down 3 plants", ""),
        ("They set up 2 firms", ""),
    ],
)
def test_headline_up_and_down(text: str, moved: str) -> None:
    """A headline's "up" and "down" before a figure say it rose or fell, without a verb."""
    stems = {w.norm: w.stem for w in split_words(text)}
    for word in ("up", "down"):
        if word in stems:
            assert (stems[word] != word) == (word == moved), stems


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # A headline without a verb says the direction with "up" and "down".
        ("Jobless rate down to 5.1%", "The jobless rate rose to 5.1% in March.", C),
        ("Jobless rate down to 5.1%", "The jobless rate fell to 5.1% in March.", S),
        ("Mortgage rates up from 6%", "Mortgage rates dropped from 6% this week.", C),
        # "up to" is a bound: at most 150p, which 150p is.
        ("Petrol prices up to 150p a litre", "Petrol prices fell to 150p a litre.", S),
        # A share "of the vote" is the vote's share, named or not.
        ("Members backed the strike by 78%.", "Members backed the strike with 58% of the vote.", C),
        (
            "Members backed the strike by 78%.",
            "Members backed the strike with 78% of votes cast.",
            S,
        ),
        ("Ms Ruiz won 55% of the vote.", "Turnout in the district was 48%.", N),
        # Two sizes of other dimensions are two figures.
        ("The pool is 2 metres deep.", "The pool is 25 metres long.", N),
        ("The pool is 25 metres long.", "The pool is 50 metres long.", C),
        # What a verb acts on is "a separate" or "a different" one: another thing.
        ("The court did not block the merger.", "The court blocked a separate merger in 2021.", N),
        ("The court did not block the merger.", "The court blocked the merger.", C),
        # "No X" against X counted elsewhere or, when the claim gives its time, at another.
        ("No arrests were made at the march.", "Police made 9 arrests at a separate march.", N),
        ("No arrests were made at the march.", "Police made 9 arrests at the march.", C),
        ("There were no flu deaths this week.", "Flu killed 40 people last winter.", N),
        # A passage's "no" of another noun the claim's word only qualifies.
        ("Two hikers died in the storm.", "No storm warnings had been issued.", N),
        ("Two hikers died in the storm.", "No deaths were reported in the storm.", C),
        # A decade holds its years; "completed" ends a building's work as "finished" does.
        ("The bridge was completed in the 1930s.", "Work on the bridge finished in 1941.", C),
        ("The bridge was completed in the 1930s.", "The bridge was completed in 1937.", S),
        # A score line said with the loser first and the winner after "to".
        ("Leeds beat Hull 3-1.", "Hull fell 3-1 to Leeds.", S),
        ("Leeds beat Hull 3-1.", "Hull fell 2-1 to Leeds.", C),
        # Taking office is another date than an election's.
        ("Ms Grant was elected in November 2020.", "Ms Grant took office in January 2021.", N),
        ("Ms Grant took office in January 2021.", "Ms Grant was sworn in in February 2021.", C),
        # A rival named in apposition is not the doer.
        (
            "The governor backed the levy.",
            "The governor's opponent, Ann Cole, opposed the levy.",
            N,
        ),
        ("The governor backed the levy.", "The governor opposed the levy.", C),
        # "X-less" is "no X".
        ("There were no goals in the second half.", "The second half was goalless.", S),
        # A refusal says what a rejection says.
        ("The council rejected the mast.", "The council refused permission for the mast.", S),
        ("The council approved the mast.", "The council refused permission for the mast.", C),
        # "a different" or "a separate" thing, whatever its noun, is not the claim's.
        ("No fines were issued at the match.", "Police issued 30 fines at a different match.", N),
        ("No fines were issued at the match.", "Police issued 30 fines at the match.", C),
        # A decision the other way in the past perfect at a named earlier time: another vote.
        ("The board approved the sale 7-2.", "Two years earlier, the board had rejected it.", N),
        ("The court struck down the law.", "The law was upheld by the court last week.", C),
        # A staff is not those of it who lost their jobs.
        ("About 90 people lost their jobs.", "The mill, which employed 400 people, shut.", N),
        ("About 90 people lost their jobs.", "About 140 people lost their jobs.", C),
        # "picked up" is a rise and a quickening.
        ("Growth slowed in the spring.", "Growth picked up in the spring.", C),
        ("Exports fell in June.", "Exports picked up in June.", C),
        ("Exports rose in June.", "Exports picked up in June.", S),
        # A "no" of a plural the passage never names counts nothing it speaks of.
        ("There were no injuries at the concert.", "The concert ended at 11pm.", N),
        ("There were no injuries at the concert.", "Nine people were injured at the concert.", C),
        ("The school has no cases of flu.", "Two pupils at the school have flu.", C),
        # The last occasion is not the next one; a claim in the past is not read so.
        ("The board meets in June.", "The board last met in March.", N),
        ("The board will meet on 3 June.", "The board last met on 4 March.", N),
        ("The board meets in June.", "The board meets in July.", C),
        # An opposite under the passage's own negation says the claim's word.
        ("The mayor vetoed the budget.", "The mayor refused to sign the budget.", S),
        ("The board rejected the bid.", "The board did not approve the bid.", S),
        ("The board did not reject the bid.", "The board did not approve the bid.", C),
        ("The board approved the bid.", "The board rejected the bid.", C),
        # "in another city" is another place.
        (
            "No arrests were made at the rally.",
            "Police made 6 arrests at a rally in another city.",
            N,
        ),
        # Creating jobs is the opposite of cutting them.
        ("The plant will cut 200 jobs.", "The plant will create 200 jobs.", C),
        ("The council created a new post.", "The council cut its budget.", N),
        # "after a week" is a length of time, as "after three days" is.
        ("The siege ended after three days.", "The siege ended after a week.", C),
        ("The siege ended after seven days.", "The siege ended after a week.", S),
        ("The strike lasted three days.", "The strike began a week ago.", N),
        # A claim word against its negative form ("un", "non-"; "in" before an adjective).
        ("The gunman was armed.", "The gunman was unarmed, police said.", C),
        ("The ruling was reversible.", "The ruling was irreversible.", C),
        ("The firm closed the deal.", "The firm disclosed the deal.", S),
        ("The officers were armed.", "Armed and unarmed officers were there.", S),
        ("The suspect was armed.", "The suspect was not unarmed.", N),
        # A length a thing changed by is no size of it.
        ("The lake rose 2 metres.", "The lake is 200 metres wide.", N),
        ("The lake rose 2 metres.", "The lake rose 3 metres.", C),
        # "Critics of the mayor" are not the mayor.
        ("The mayor backs the scheme.", "Critics of the mayor oppose the scheme.", N),
        # A toll dated earlier in its own sentence is another toll.
        ("Two people died in the flood.", "The town where 9 people died in floods last year.", N),
        ("Two people died in the flood.", "Four people died in the flood.", C),
    ],
)
def test_blindj_rules(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)
