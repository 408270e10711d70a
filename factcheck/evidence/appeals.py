"""An appeal and the ruling appealed against: "The court rejected Smith's appeal against
his conviction" is "The court upheld Smith's conviction", one outcome said of two things.
A decision on an appeal is the opposite decision on the ruling, so "rejected" and
"upheld" clash only when both act on an appeal ("The FIA rejected Ferrari's appeal" /
"The FIA upheld Ferrari's appeal") or both on a ruling."""

from __future__ import annotations

from factcheck.evidence.scope import object_stems
from factcheck.evidence.sides import Side
from factcheck.workspace import stem

_APPEALS = frozenset(stem(w) for w in "appeal appeals challenge challenges".split())


def appeal_apart(claim: Side, k: int, passage: Side, index: int) -> bool:
    """Whether one of two decisions (the claim's word ``k``, the passage's ``index``) acts on
    an appeal and the other does not: one on the appeal, one on what it appealed."""
    mine = not _APPEALS.isdisjoint(object_stems(claim, k))
    return mine != (not _APPEALS.isdisjoint(object_stems(passage, index)))
