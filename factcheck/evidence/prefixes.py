"""A claim's word against its negative form in the passage: "The suspect was armed" against
"The suspect was unarmed", "admissible" against "inadmissible" (an antonym cue). Only whole
words the prefix makes of the claim's ("un" + "armed"), never a word that merely starts
like one ("disclosed" is no "closed" denied, "income" no "come"): "in", "im", "il" and "ir"
only before an adjective's ending ("-able", "-ate", "-al"...)."""

from __future__ import annotations

from factcheck.evidence.sides import Side, known, make_cue
from factcheck.workspace import STOP_WORDS, Cue, CueKind

_ALWAYS = ("un", "non", "non-")
_BEFORE_ADJECTIVES = ("in", "im", "il", "ir")
_ADJECTIVE_ENDINGS = ("able", "ible", "ate", "al", "ent", "ant", "ive", "ete", "ular")
_SHORTEST = 4  # "un" + "do" is "undo", no denial
# Words that start with a prefix but deny nothing of what follows it: "unemployment" is its
# own figure ("Employment rose" and "Unemployment rose" may both be true), "unrest" no
# "rest", "unless" no "less", "unveiled" and "uncovered" no "veiled" or "covered" denied.
_OWN_WORDS = frozenset(
    """unemployment unemployed unless unrest untold unveil unveiled unveils uncover uncovered
    uncovers unearth unearthed unfold unfolded unfolds unfolding unwind unload unloaded""".split()
)


def _negative_forms(claim: Side) -> dict[str, int]:
    """Each negative form of a claim word, with the word's index; none when the claim
    negates anything itself (its own "not" is read by the negation cues). Read once."""
    if claim.denials:
        return {}
    forms: dict[str, int] = {}
    for k, word in enumerate(claim.words):
        norm = word.norm
        if len(norm) < _SHORTEST or norm in STOP_WORDS or not norm.isalpha() or norm in _OWN_WORDS:
            continue
        for prefix in _ALWAYS:
            forms.setdefault(prefix + norm, k)
        if norm.endswith(_ADJECTIVE_ENDINGS):
            for prefix in _BEFORE_ADJECTIVES:
                forms.setdefault(prefix + norm, k)
        # And the other way: the claim's negative form against the plain word ("called the
        # offer unfair" / "said the offer was fair").
        base = _base(norm)
        if base:
            forms.setdefault(base, k)
    return {form: k for form, k in forms.items() if form not in _OWN_WORDS}


def _base(norm: str) -> str:
    """The word a negative form ``norm`` denies ("unfair" -> "fair", "illegal" ->
    "legal"), else ""."""
    if norm.startswith("un") and len(norm) - 2 >= _SHORTEST:
        return norm[2:]
    base = norm[2:]
    if norm.startswith(_BEFORE_ADJECTIVES) and len(base) >= _SHORTEST:
        return base if base.endswith(_ADJECTIVE_ENDINGS) else ""
    return ""


def prefix_cues(claim: Side, passage: Side, window: tuple[int, int]) -> list[Cue]:
    """The clash of a claim word with its negative form in the passage's window ("armed" /
    "unarmed"), when the passage neither says the claim's word too nor negates anything
    (a "not unarmed" is left alone)."""
    forms = known(claim, _negative_forms)
    if not forms:
        return []
    words = passage.words
    hit = next((i for i in range(*window) if words[i].norm in forms), None)
    if hit is None or passage.negators:
        return []
    k = forms[words[hit].norm]
    if any(w.norm == claim.words[k].norm for w in words):
        return []  # "armed and unarmed officers": both said
    said = claim.words[k].text
    return [
        make_cue(CueKind.ANTONYM, said, passage, words[hit].start, words[hit].end, conflict=True)
    ]
