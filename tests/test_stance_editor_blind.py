"""Editor pairs written blind (issue 14), and three batches written after the fixes
(tests/editor_pairs_blind.py): one test per pair in process, and the whole table through
`factcheck match --format json` with either retrieval, as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace.models import Stance
from tests.editor_pairs_blind import BLIND_CASES, FOURTH_CASES, SECOND_CASES, THIRD_CASES
from tests.stance_helpers import RETRIEVALS, assert_case, wrong_through_match

ALL_CASES = BLIND_CASES + SECOND_CASES + THIRD_CASES + FOURTH_CASES


@pytest.mark.parametrize(("claim", "source", "stance"), ALL_CASES)
def test_blind_editor_case(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_blind_editor_cases_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same table as a user runs it: `factcheck match --format json`, either retrieval."""
    assert not wrong_through_match(ALL_CASES, root=tmp_path, retrieval=retrieval, capsys=capsys)
