"""The blind tables of editor pairs (issue 14), each written by one helper before it read the
cue code (tests/editor_pairs_blind*.py): one test per pair in process, and each table through
`factcheck match --format json` with either retrieval, as a user runs it. The pairs a table
still gets wrong are in its ``LEFT_OUT``, expected failures with their reasons, and left out
of the run through match."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.workspace.models import Stance
from tests import (
    editor_pairs_blind,
    editor_pairs_blinda,
    editor_pairs_blindb,
    editor_pairs_blindc,
    editor_pairs_blindd,
    editor_pairs_blinde,
    editor_pairs_blindf,
    editor_pairs_blindg,
    editor_pairs_blindh,
    editor_pairs_blindi,
    editor_pairs_blindj,
    editor_pairs_blindk,
    editor_pairs_blindl,
    editor_pairs_blindm,
    editor_pairs_blindn,
    editor_pairs_blindo,
    editor_pairs_lead5,
    editor_pairs_lead7,
    editor_pairs_lead8,
)
from tests.stance_helpers import RETRIEVALS, assert_case, wrong_through_match

Case = tuple[str, str, Stance]

_A = editor_pairs_blinda
# Table name -> (its pairs, the pairs still wrong -> why).
TABLES: dict[str, tuple[list[Case], dict[tuple[str, str], str]]] = {
    "blind": (
        editor_pairs_blind.BLIND_CASES
        + editor_pairs_blind.SECOND_CASES
        + editor_pairs_blind.THIRD_CASES
        + editor_pairs_blind.FOURTH_CASES,
        {},
    ),
    "blinda": (
        _A.DATE_CASES
        + _A.TALLY_CASES
        + _A.NONE_CASES
        + _A.APPROX_CASES
        + _A.UNIT_CASES
        + _A.ORDINARY_CASES
        + _A.SECOND_CASES
        + _A.THIRD_CASES
        + _A.ORDINARY_AFTER
        + _A.FOURTH_CASES
        + _A.GUARD_CASES,
        _A.LEFT_OUT,
    ),
    "blindb": (
        editor_pairs_blindb.BLINDB_CASES,
        {(c, s): why for c, s, _, why in editor_pairs_blindb.LEFT_OUT},
    ),
    "blindc": (editor_pairs_blindc.CASES, editor_pairs_blindc.LEFT_OUT),
    "blindd": (
        editor_pairs_blindd.BLINDD_CASES,
        {(c, s): why for c, s, _, why in editor_pairs_blindd.LEFT_OUT},
    ),
    "blinde": (editor_pairs_blinde.CASES, editor_pairs_blinde.LEFT_OUT),
    "blindf": (editor_pairs_blindf.CASES, editor_pairs_blindf.LEFT_OUT),
    "blindg": (
        editor_pairs_blindg.CASES + editor_pairs_blindg.SECOND,
        editor_pairs_blindg.LEFT_OUT,
    ),
    "blindh": (editor_pairs_blindh.CASES, editor_pairs_blindh.LEFT_OUT),
    "blindi": (editor_pairs_blindi.CASES, editor_pairs_blindi.LEFT_OUT),
    "blindj": (editor_pairs_blindj.CASES, editor_pairs_blindj.LEFT_OUT),
    "blindk": (editor_pairs_blindk.CASES, editor_pairs_blindk.LEFT_OUT),
    "blindl": (editor_pairs_blindl.CASES, editor_pairs_blindl.LEFT_OUT),
    "blindm": (editor_pairs_blindm.CASES, editor_pairs_blindm.LEFT_OUT),
    "blindn": (editor_pairs_blindn.CASES, editor_pairs_blindn.LEFT_OUT),
    "blindo": (editor_pairs_blindo.CASES, editor_pairs_blindo.LEFT_OUT),
    "lead5": (editor_pairs_lead5.CASES, editor_pairs_lead5.LEFT_OUT),
    "lead7": (editor_pairs_lead7.CASES, editor_pairs_lead7.LEFT_OUT),
    "lead8": (editor_pairs_lead8.CASES, editor_pairs_lead8.LEFT_OUT),
}


def _marked(name: str, case: Case) -> object:
    reason = TABLES[name][1].get(case[:2])
    marks = () if reason is None else pytest.mark.xfail(strict=True, reason=reason)
    return pytest.param(*case, marks=marks, id=f"{name}-{case[0][:40]}|{case[1][:40]}")


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [_marked(name, case) for name, (cases, _) in TABLES.items() for case in cases],
)
def test_editor_pair(claim: str, source: str, stance: Stance) -> None:
    assert_case(claim, source, stance)


@pytest.mark.parametrize("name", TABLES)
def test_left_out_pairs_are_in_their_table(name: str) -> None:
    cases, left_out = TABLES[name]
    assert set(left_out) <= {case[:2] for case in cases}


@pytest.mark.parametrize("name", TABLES)
@pytest.mark.parametrize("retrieval", RETRIEVALS)
def test_table_through_match(
    name: str, retrieval: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table as a user runs it: `factcheck match --format json`, either retrieval; the
    pairs still wrong are left out here too."""
    cases, left_out = TABLES[name]
    right = [case for case in cases if case[:2] not in left_out]
    assert not wrong_through_match(right, root=tmp_path, retrieval=retrieval, capsys=capsys)
