"""The YAML pre-scan: skipped for shallow files with long lines, never for deep ones.

``yamlio._prescan`` measures a file's nesting from parser events before libyaml composes
it (deep nesting would overflow the C stack). It is skipped when ``_nesting_bound`` shows
the file cannot nest past MAX_DEPTH; that is only safe if the bound is never below the
real depth, which these tests try on block, compact, indentless and flow nesting.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError
from factcheck.workspace import yamlio


def depth(text: str) -> int:
    """How deep ``text``'s collections nest, from the pure-Python parser's events."""
    level = deepest = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            level += 1
            deepest = max(deepest, level)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            level -= 1
    return deepest


def indentless_chain(levels: int) -> str:
    """A mapping whose value is a sequence at the mapping's own column, whose item is a
    mapping one column in, and so on: two levels per column, the steepest block nesting."""
    lines = []
    for i in range(levels):
        lines += [" " * i + f"k{i}:", " " * i + "-"]
    return "\n".join(lines) + "\n" + " " * levels + "x\n"


HAND_MADE = [
    indentless_chain(10),
    indentless_chain(49),
    indentless_chain(60),
    "- " * 60 + "x\n",
    "? " * 60 + "x\n",
    "- ? - ? - x\n",
    "".join(" " * i + f"k{i}:\n" for i in range(120)),
    "a: [[[{b: [c]}]]]\n",
    "a:\n- - - [x, {y: [z]}]\n",
]


@pytest.mark.parametrize("text", HAND_MADE)
def test_the_bound_is_never_below_the_depth(text: str) -> None:
    assert depth(text) <= yamlio._nesting_bound(text)


nested: st.SearchStrategy[Any] = st.recursive(
    st.one_of(st.integers(), st.text(max_size=5), st.none()),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.text(min_size=1, max_size=4), children, max_size=3),
    ),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(data=nested, indent=st.integers(2, 9), flow=st.sampled_from([False, None]))
def test_the_bound_holds_for_dumped_data(data: Any, indent: int, flow: bool | None) -> None:
    text = yaml.safe_dump(data, indent=indent, default_flow_style=flow, width=40)
    assert depth(text) <= yamlio._nesting_bound(text)


def test_long_lines_alone_are_not_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    def measured(*_: object) -> None:
        raise AssertionError("measured a file that cannot nest deeply")

    monkeypatch.setattr(yamlio, "_measure", measured)
    text = "claims:\n" + "".join(
        f"  - id: c{i}\n    text: {'A long claim about debris. ' * 80}\n    sources: [s]\n"
        for i in range(20)
    )
    doc = yamlio.parse_yaml(text, file="claims/c.yaml")
    assert len(doc.data["claims"]) == 20 and doc.line("claims", 19, "text") == 60


@pytest.mark.parametrize("text", [indentless_chain(60), "- " * 120 + "x\n"])
def test_deep_block_nesting_is_still_refused(text: str) -> None:
    with pytest.raises(FactcheckError, match="nested more than 100 levels deep") as caught:
        yamlio.parse_yaml(text, file="claims/c.yaml")
    assert str(caught.value).startswith("claims/c.yaml:") and "\n" not in str(caught.value)


def test_errors_name_the_file_and_line_on_libyaml() -> None:
    assert yamlio._Loader is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = "claims:\n  - id: a\n    text: fine\n  - id: b\n    text: [never closed\n"
    with pytest.raises(FactcheckError) as caught:
        yamlio.parse_yaml(text, file="claims/c.yaml")
    message = str(caught.value)
    assert message.startswith("claims/c.yaml:") and "invalid YAML" in message
    assert "\n" not in message
    line = int(message.split(":")[1])
    assert 5 <= line <= 6  # where the flow sequence runs out (libyaml: the end)
