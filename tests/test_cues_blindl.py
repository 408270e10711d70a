"""Focused tests for the rules blindl's table (tests/editor_pairs_blindl.py) brought, and its
pairs `factcheck match` does not show lexically (``NOT_SHOWN``), run in process."""

from __future__ import annotations

import pytest

from factcheck.workspace.models import Stance
from tests import editor_pairs_blindl
from tests.stance_helpers import assert_case

_WANT = {(c, s): Stance(w) for _, c, s, w in editor_pairs_blindl.BLIND}


@pytest.mark.parametrize(("claim", "source"), sorted(editor_pairs_blindl.NOT_SHOWN))
def test_pairs_not_shown_by_match(claim: str, source: str) -> None:
    assert_case(claim, source, _WANT[claim, source])
