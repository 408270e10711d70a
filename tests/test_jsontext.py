"""``indented_json`` writes exactly what ``json.dumps(..., ensure_ascii=False, indent=2)`` does."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.commands.jsontext import indented_json


def _dumps(value: Any, newline: str = "\n") -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)


class _Level(enum.IntEnum):
    HIGH = 3


class _Name(str):
    pass


_CASES: list[Any] = [
    {},
    [],
    (),
    "",
    0,
    -1.5,
    True,
    None,
    float("nan"),
    float("inf"),
    -float("inf"),
    1e300,
    {"a": {}, "b": [], "c": [{}], "d": [[]], "e": {"f": []}},
    {"text": 'quote " and \\ back\nslash \t é 中 \u2028 \x1b[31m', "n": 3, "x": 0.1},
    {"level": _Level.HIGH, _Name("k"): _Name("v"), "tuple": (1, (2, 3))},
    [None, True, False, 12, 2.5, "s", [1, [2, [3]]]],
]


@pytest.mark.parametrize("value", _CASES)
@pytest.mark.parametrize("newline", ["\n", "\n    "])
def test_same_text_as_json_dumps(value: Any, newline: str) -> None:
    assert indented_json(value, newline=newline) == _dumps(value, newline)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_same_text_as_json_dumps_on_any_json_value(value: Any) -> None:
    assert indented_json(value) == _dumps(value)
    assert indented_json(value, newline="\n    ") == _dumps(value, "\n    ")


def test_what_it_does_not_write_is_json_dumps_own() -> None:
    # A key that is not a string: json.dumps converts it, and the writer lets it.
    assert indented_json({1: "a", None: [2.5]}) == _dumps({1: "a", None: [2.5]})
    # A value JSON cannot hold: json.dumps's own error.
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented_json({"a": {1, 2}})
