"""The claim's own word in the passage, done to another thing: "The budget raises police
spending by 4% and cuts the parks department's budget" does not say the claim's "cuts
police spending"; its opposite, "raises", is done to the claim's thing."""

from __future__ import annotations

from factcheck.evidence.scope import object_stems
from factcheck.evidence.sides import Side


def own_done_elsewhere(
    claim: Side, k: int, passage: Side, hit: int, window: tuple[int, int], own: frozenset[str]
) -> bool:
    """Whether the opposite at ``hit`` is done to the claim's object (of word ``k``) and
    every word of the claim's own side in ``window`` to another object, none of its words
    the claim's object's."""
    mine = object_stems(claim, k)
    if not mine or not object_stems(passage, hit) & mine:
        return False
    said = [i for i in range(*window) if passage.words[i].stem in own and i != hit]
    return bool(said) and all(
        (theirs := object_stems(passage, i)) and not theirs & mine for i in said
    )
