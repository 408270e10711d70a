"""Editor pairs written blind by the helper "blindc" (tests/editor_pairs_blindc.py, issue 14):
one test per pair in process (the ones still wrong, ``LEFT_OUT``, as expected failures), and
the right ones through `factcheck match --format json` with either retrieval, as a user
runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace.models import Stance
from tests.editor_pairs_blindc import CASES, LEFT_OUT
from tests.stance_helpers import RETRIEVALS, assert_case, wrong_through_match

RIGHT_CASES = [case for case in CASES if case[:2] not in LEFT_OUT]


def _marked(case: tuple[str, str, Stance]) -> object:
    reason = LEFT_OUT.get(case[:2])
    if reason is None:
        return case
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def test_left_out_cases_are_in_the_table() -> None:
    assert set(LEFT_OUT) <= {case[:2] for case in CASES}


def test_the_table_has_no_duplicates() -> None:
    assert len({case[:2] for case in CASES}) == len(CASES)


@pytest.mark.parametrize(("claim", "source", "stance"), [_marked(c) for c in CASES])
def test_blindc_editor_case(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_blindc_editor_cases_through_match(
    retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same table as a user runs it: `factcheck match --format json`, either retrieval."""
    assert not wrong_through_match(RIGHT_CASES, root=tmp_path, retrieval=retrieval, capsys=capsys)
