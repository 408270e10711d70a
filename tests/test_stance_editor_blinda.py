"""Editor pairs written blind by the helper "blinda" (tests/editor_pairs_blinda.py, issue 14):
one test per pair in process (the ones still wrong, ``LEFT_OUT``, as expected failures), and
the right ones through `factcheck match --format json` with
either retrieval, as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace.models import Stance
from tests.editor_pairs_blinda import (
    APPROX_CASES,
    DATE_CASES,
    FOURTH_CASES,
    GUARD_CASES,
    LEFT_OUT,
    NONE_CASES,
    ORDINARY_AFTER,
    ORDINARY_CASES,
    SECOND_CASES,
    TALLY_CASES,
    THIRD_CASES,
    UNIT_CASES,
)
from tests.stance_helpers import RETRIEVALS, assert_case, wrong_through_match

ALL_CASES = (
    DATE_CASES
    + TALLY_CASES
    + NONE_CASES
    + APPROX_CASES
    + UNIT_CASES
    + ORDINARY_CASES
    + SECOND_CASES
    + THIRD_CASES
    + ORDINARY_AFTER
    + FOURTH_CASES
    + GUARD_CASES
)
RIGHT_CASES = [case for case in ALL_CASES if case[:2] not in LEFT_OUT]


def _marked(case: tuple[str, str, Stance]) -> object:
    reason = LEFT_OUT.get(case[:2])
    if reason is None:
        return case
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def test_left_out_cases_are_in_the_tables() -> None:
    assert set(LEFT_OUT) <= {case[:2] for case in ALL_CASES}


@pytest.mark.parametrize(("claim", "source", "stance"), [_marked(c) for c in ALL_CASES])
def test_blinda_editor_case(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_blinda_editor_cases_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same table as a user runs it: `factcheck match --format json`, either retrieval."""
    assert not wrong_through_match(RIGHT_CASES, root=tmp_path, retrieval=retrieval, capsys=capsys)
