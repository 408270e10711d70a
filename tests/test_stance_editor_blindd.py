"""Editor pairs of the word cues written blind by "blindd" (issue 14,
tests/editor_pairs_blindd.py): one test per pair in process, and the whole table through
`factcheck match --format json` with either retrieval, as a user runs it. Pairs still wrong
are in ``LEFT_OUT`` there, expected to fail, each with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace.models import Stance
from tests.editor_pairs_blindd import BLINDD_CASES, LEFT_OUT
from tests.stance_helpers import RETRIEVALS, assert_case, wrong_through_match

_LEFT = {(claim, source): reason for claim, source, _, reason in LEFT_OUT}
CASES = [
    pytest.param(
        claim,
        source,
        stance,
        marks=pytest.mark.xfail(reason=_LEFT[claim, source], strict=True),
    )
    if (claim, source) in _LEFT
    else pytest.param(claim, source, stance)
    for claim, source, stance in BLINDD_CASES
]
PASSING = [case for case in BLINDD_CASES if (case[0], case[1]) not in _LEFT]


@pytest.mark.parametrize(("claim", "source", "stance"), CASES)
def test_blindd_editor_case(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


def test_left_out_pairs_are_in_the_table() -> None:
    table = {(claim, source) for claim, source, _ in BLINDD_CASES}
    assert set(_LEFT) <= table


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_blindd_editor_cases_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same table as a user runs it: `factcheck match --format json`, either retrieval;
    the pairs left out are left out here too."""
    assert not wrong_through_match(PASSING, root=tmp_path, retrieval=retrieval, capsys=capsys)
