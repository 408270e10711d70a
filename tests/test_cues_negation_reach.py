"""What a negation denies, read past an adverb ("has not been previously [identified]"), and a
"without" that names a comparison group ("higher than in people without diabetes"), which
denies nothing (evidence/denied.py, evidence/sides.py). Found on supporting HealthVer
evidence shown as contradicting its claim ("not previously" against "previously known as";
"without diabetes" against "patients with diabetes")."""

from __future__ import annotations

import pytest

from factcheck.evidence.denied import head_after
from factcheck.evidence.sides import Side
from factcheck.workspace.models import Stance
from tests.stance_helpers import assert_case

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.NEUTRAL

CASES = [
    # The adverb is not what is denied: the verb after it is, and still clashes.
    ("The minister was not immediately informed.", "The minister was immediately informed.", C),
    ("The patient did not fully recover.", "The patient fully recovered within a month.", C),
    ("The drug did not significantly reduce deaths.", "The drug significantly reduced deaths.", C),
    # A denial of before clashes with a passage that says before (evidence/novelty.py).
    (
        "The strain had not previously been seen in Europe.",
        "The strain had been seen in Europe.",
        C,
    ),
    ("The strain had not previously been seen in Europe.", "The strain had not been seen.", S),
    # A comparison group is no denial: no clash with the group itself.
    (
        "The risk is three times higher for people with diabetes than for people without it.",
        "For people with diabetes the risk is three times higher, a study found.",
        S,
    ),
    (
        "Smokers had more infections compared with those without the habit.",
        "Smokers had more infections than other adults.",
        S,
    ),
    # A plain "without" still denies.
    ("Smokers without symptoms were tested.", "Smokers with symptoms were tested.", C),
    ("The village has power.", "The village was left without power for two days.", C),
]


@pytest.mark.parametrize(("claim", "source", "stance"), CASES)
def test_negation_reach(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize(
    ("text", "negator", "head"),
    [
        ("It has not been previously identified in humans.", "not", "identified"),
        ("He did not fully recover.", "not", "recover"),
        ("He was not informed.", "not", "informed"),
        ("No longer produces steel.", "No", "produces"),
    ],
)
def test_head_after_skips_adverbs(text: str, negator: str, head: str) -> None:
    side = Side.of(text)
    at = next(i for i, w in enumerate(side.words) if w.text == negator)
    found = head_after(side, at)
    assert found is not None and side.words[found].text == head


def test_without_after_a_comparison_is_no_negator() -> None:
    compared = Side.of("The risk was higher than in people without diabetes.")
    assert not compared.negators
    plain = Side.of("People without diabetes were tested.")
    assert [plain.words[i].text for i in plain.negators] == ["without"]


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "not to do so" denies something said before it, not the clause after "while":
        # the bundled example's talks-pripyat showed this passage as contradicting.
        (
            "Peace talks were set to take place on the border of Ukraine and Belarus.",
            "Belarus was accused of allowing missile strikes, despite pledging not to do so "
            "while peace talks were taking place on the border of Ukraine and Belarus.",
            S,
        ),
        ("The talks went ahead.", "They promised not to do it while the talks went ahead.", S),
        # Without a pro-form the verb is still denied, before a clause opener or after one.
        ("The company cut jobs.", "The company did not cut jobs while sales grew.", C),
        ("The minister resigned.", "The minister did not resign, but stayed on.", C),
    ],
)
def test_a_negated_pro_form_ends_before_the_next_clause(
    claim: str, source: str, stance: Stance
) -> None:
    assert_case(claim, source, stance)
