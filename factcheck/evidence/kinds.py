"""People counted as a kind of people: "2,000 people were evacuated" and "2,000 residents
were evacuated" give the same figure, so the passage states the claim's figure.

Only ever an agreement, never a clash: "300 people died" and "120 villagers died" can both
be true (the villagers are some of the people), so a different figure of a kind of people
says nothing against the claim's. Without this, the figure rule (``figures``) found no
figure of the claim's in such a passage, and it was Related.
"""

from __future__ import annotations

from factcheck.evidence.mention import Mention
from factcheck.workspace import stem

_PEOPLE = frozenset(stem(w) for w in ("people", "persons", "individuals"))
# Nouns that count people of one kind, as news copy counts them.
KINDS_OF_PEOPLE = frozenset(
    stem(w)
    for w in """residents inhabitants villagers locals citizens civilians passengers
    travellers travelers commuters tourists visitors workers employees staff patients
    students pupils children adults men women fans spectators protesters demonstrators
    migrants refugees soldiers troops officers voters members volunteers households
    families pilgrims worshippers pedestrians shoppers motorists drivers cyclists runners
    guests viewers customers delegates attendees""".split()
)


# What a crowd counts (``counted``): all who were there, so any count of people or of a
# kind of people there is its figure, to agree or clash ("Around 40,000 fans attended" /
# "A crowd of 62,000 attended").
CROWD = "crowd"


def crowd_of(mine: Mention, theirs: Mention) -> bool:
    """Whether one amount is a crowd and the other counts people or a kind of people."""
    units = {mine.unit, theirs.unit}
    return CROWD in units and not units.isdisjoint(_PEOPLE | KINDS_OF_PEOPLE)


def counted_as_a_kind(mine: Mention, theirs: Mention) -> bool:
    """Whether one amount counts people and the other a kind of people ("2,000 people" /
    "2,000 residents"), either way round."""
    if mine.kind != "number" or theirs.kind != "number":
        return False
    units = {mine.unit, theirs.unit}
    return not units.isdisjoint(_PEOPLE) and not units.isdisjoint(KINDS_OF_PEOPLE)
