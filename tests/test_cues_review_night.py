"""Word cues a review of the late-night cue work found clashing on ordinary news copy, or
missing (issue 14): judging words said by someone else or of something else, "down" then
"up" in one passage, "stronger" against the other currency "weakened", "none of" against
"all", "nobody" against a count of people. Each table holds the reviewer's pairs and the
catches the rule was made for."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import CueKind, Stance
from tests.stance_helpers import agrees, assess, conflicts, only_conflict

# The reviewer's false clashes: none of these contradicts.
NO_CLASH = [
    # Judging words: someone else judging, or judging something else.
    ("The minister condemned the attack.",
     "The minister welcomed the arrest of two suspects in the attack."),
    ("The president praised the firefighters.",
     "The president, visiting towns the storm slammed on Monday, thanked the firefighters."),
    ("The opposition criticised the budget.",
     "Business groups welcomed the budget, while the opposition said it was unfair."),
    ("The UN condemned the coup.",
     "Several members welcomed the coup leaders' promise of elections."),
    ("Officials welcomed the delegation.",
     "Officials condemned the violence before the delegation arrived."),
    ("Critics slammed the decision.", "Environmental groups welcomed the decision."),
    # "down" for one figure, "up" for the claim's.
    ("Sales rose 12% in March.", "Sales were down 4% in February but up 12% in March."),
    ("Shares rose 1%.", "Shares were down 3% in early trading before closing up 1%."),
    # The other side of the comparison weakened; a comparison with a forecast.
    ("The dollar grew stronger against the euro.", "The euro weakened against the dollar."),
    ("The storm is stronger than forecast.", "The storm weakened slightly but remains strong."),
    # "None of" counts the event; "all" is said of the same people.
    ("None of the 12 miners was hurt.", "All 12 miners were rescued unhurt."),
    ("None of the passengers was injured.", "All 120 passengers were evacuated safely."),
    ("None of the workers were infected.", "All the workers tested negative."),
    # The event is the verb's, not the place's or the people's ("in the building").
    ("No one in the building was hurt.", "The building was evacuated after the fire."),
    ("Nobody on board was injured.", "The plane, with 150 people on board, landed safely."),
    ("No one was injured.", "All 40 passengers escaped injury."),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source"), NO_CLASH)
def test_no_clash_on_news_copy(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is not Stance.CONTRADICTS, [c.describe() for c in cues]
    assert not conflicts(cues), [c.describe() for c in cues]


# The catches the rules were made for, still made: (claim, source, the words each side).
CATCHES = [
    ("The newspaper endorsed the candidate.", "The newspaper denounced the candidate.",
     ("endorsed", "denounced")),
    ("The union welcomed the pay offer.", "The union dismissed the pay offer.",
     ("welcomed", "dismissed")),
    ("The charity welcomed the decision.", "The charity condemned the decision as a betrayal.",
     ("welcomed", "condemned")),
    ("Critics praised the new film.", "The new film was criticised by critics for its length.",
     ("praised", "criticised")),
    ("Shareholders approved the pay package.",
     "Shareholders voted down the pay package at the annual meeting.",
     ("approved", "voted down")),
    ("The pound was stronger against the dollar on Friday.",
     "The pound weakened against the dollar on Friday.", ("stronger", "weakened")),
    ("Sales were up 12% on last year.", "Sales were down 12% on last year.", ("up", "down")),
    ("Sales rose 12% in March.", "In March sales were down 12%.", ("rose", "down")),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "source", "words"), CATCHES)
def test_catches_kept(claim: str, source: str, words: tuple[str, str]) -> None:
    cue = only_conflict(claim, source)
    assert cue.kind is CueKind.ANTONYM
    assert (cue.claim.split()[-1], cue.source) == (words[0], words[1]) or (
        cue.claim,
        cue.source,
    ) == words


def test_none_of_against_all_still_clashes_on_the_event() -> None:
    cue = only_conflict("None of the passengers survived.", "All the passengers survived.")
    assert cue.kind is CueKind.NEGATION


@pytest.mark.parametrize(
    "source",
    [
        "Two people were detained at the protest.",
        "Police detained two people at the protest.",
    ],
)
def test_nobody_against_a_count_of_people(source: str) -> None:
    stance, cues = assess("Nobody was arrested at the protest.", source)
    assert stance is Stance.CONTRADICTS, [c.describe() for c in cues]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("No one was injured in the blast.", "The blast left three people in hospital."),
        ("Nobody was killed in the storm.", "The storm claimed two lives."),
    ],
)
def test_nobody_against_people_or_lives(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.CONTRADICTS, [c.describe() for c in cues]


@pytest.mark.parametrize(
    "source",
    [
        "The fire started in a kitchen.",
        "The fire forced 200 people from their homes.",
        "The bus carried 40 passengers when the fire started.",
    ],
)
def test_nobody_against_people_not_harmed_is_no_clash(source: str) -> None:
    stance, cues = assess("No one was injured in the fire.", source)
    assert stance is not Stance.CONTRADICTS, [c.describe() for c in cues]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The storm left 5,000 homes without power.",
         "About 5,000 homes lost power in the storm."),
        ("About 5,000 homes lost power in the storm.",
         "The storm left 5,000 homes without power."),
    ],
)  # fmt: skip
def test_without_agrees_with_lost(claim: str, source: str) -> None:
    agrees(claim, source)


def test_up_as_the_first_word_reads_no_word_before_it() -> None:
    # "up" at the start: no word before it (not the last word, "be", read around).
    stance, cues = assess("Sales rose 12% last year, as they had been.", "Up 12% were sales, be")
    assert not [c for c in conflicts(cues) if c.kind is CueKind.ANTONYM], cues
    assert stance is not Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("No one in the building was hurt.", "Two people in the building were hurt."),
        ("Nobody on board was injured.", "Three people on board were injured."),
    ],
)
def test_the_event_after_whom_nobody_names(claim: str, source: str) -> None:
    stance, cues = assess(claim, source)
    assert stance is Stance.CONTRADICTS, [c.describe() for c in cues]


def test_none_of_some_things_asks_for_no_event() -> None:
    # A count of things, not of people; and "actually" is no event.
    stance, cues = assess(
        "None of these common products are actually going to treat the virus.",
        "Common drugstore products will not treat the virus itself, doctors say.",
    )
    assert stance is Stance.SUPPORTS, [c.describe() for c in cues]
