"""The split passages stance keeps across claims: each claim still gets its own stance.

``stance._passage_side`` keeps a passage's words, numbers and dates between claims (a
passage is often shown for several). What it keeps must depend on the passage alone:
these tests fail if a claim got another claim's stance or cues, or a passage another
passage's spans, from it.
"""

from __future__ import annotations

from factcheck.evidence import stance
from factcheck.evidence.stance import assess_stance, matched_spans
from factcheck.workspace.models import CueKind, Passage, Stance

TEXT = "The plant employs 1,200 people and opened in March 2019, the company said."


def _passage(start: int) -> Passage:
    return Passage(source_id="s", start=start, end=start + len(TEXT), text=TEXT)


def _fresh(claim: str, passage: Passage) -> tuple[Stance, tuple[object, ...]]:
    stance._passage_side.cache_clear()
    return assess_stance(claim_text=claim, passage=passage)


def test_two_claims_sharing_a_passage_each_get_their_own_stance() -> None:
    agrees = "The plant employs 1,200 people."
    clashes = "The plant employs 900 people."
    shared = _passage(14)
    expected = {claim: _fresh(claim, shared) for claim in (agrees, clashes)}
    assert expected[agrees][0] is Stance.SUPPORTS
    assert expected[clashes][0] is Stance.CONTRADICTS
    assert [c.kind for c in expected[clashes][1]] == [CueKind.NUMBER]  # type: ignore[attr-defined]
    stance._passage_side.cache_clear()
    # Both orders, the passage kept from the claim before.
    for order in ((agrees, clashes), (clashes, agrees), (agrees, clashes, agrees)):
        for claim in order:
            assert assess_stance(claim_text=claim, passage=shared) == expected[claim]
    assert stance._passage_side.cache_info().hits > 0  # the passage was reused


def test_same_text_at_another_offset_gets_its_own_spans() -> None:
    claim = "The plant employs 900 people."
    first, second = _passage(14), _passage(500)
    _, cues_first = assess_stance(claim_text=claim, passage=first)
    _, cues_second = assess_stance(claim_text=claim, passage=second)
    spans_first = [(c.start, c.end) for c in cues_first]
    spans_second = [(c.start, c.end) for c in cues_second]
    assert spans_first and all(s >= 14 for s, _ in spans_first)
    assert spans_second == [(s + 486, e + 486) for s, e in spans_first]
    shown = matched_spans(claim_text=claim, passage=second)
    assert shown == tuple(
        (s + 486, e + 486) for s, e in matched_spans(claim_text=claim, passage=first)
    )
    assert TEXT[shown[0][0] - 500 : shown[0][1] - 500] == "plant"
