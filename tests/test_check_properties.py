"""Properties of the check's escaping and drift tolerance, over generated text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check.drift import QuoteStatus, check_quote
from factcheck.check.reporters import github, junit
from factcheck.check.run import CheckResult, Finding, Severity
from factcheck.terminal import inert
from factcheck.workspace.models import Claim

ANNOTATION = re.compile(r"^::error file=([^,:]*),line=(\d+),title=([^,:]*)::([^\r\n]*)$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


@settings(max_examples=100, deadline=None)
@given(file=st.text(min_size=1), message=st.text())
@pytest.mark.slow
def test_github_annotation_is_one_command_whatever_the_text(file: str, message: str) -> None:
    line = github.annotation(Finding("FC001", Severity.ERROR, file, 7, message, "x"))
    match = ANNOTATION.match(line)
    assert match is not None, line
    assert unescape(match.group(1)) == inert(file)  # control characters shown, not sent
    assert match.group(2) == "7"


@settings(max_examples=100, deadline=None)
@given(message=st.text())
def test_junit_is_always_well_formed(message: str) -> None:
    claim = Claim(id="x", text="t", file="claims/a.yaml", line=2)
    finding = Finding("FC001", Severity.ERROR, "claims/a.yaml", 2, message, "x")
    xml = junit.render(CheckResult(findings=(finding,), claims=(claim,)))
    assert ET.fromstring(xml.encode("utf-8")).find("testsuite/testcase/failure") is not None


WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8),
    min_size=3,
    max_size=30,
)


@settings(max_examples=100, deadline=None)
@given(
    before=WORDS,
    quote=WORDS,
    after=WORDS,
    gaps=st.lists(st.sampled_from([" ", "\n", "\r\n", "  ", "\t", " \n  "]), min_size=1),
)
def test_rewrapping_a_source_never_drifts_a_quote(
    before: list[str], quote: list[str], after: list[str], gaps: list[str]
) -> None:
    pinned = " ".join(quote)
    source = " ".join([*before, pinned, *after])
    start = source.index(pinned)
    words = source.split(" ")
    rewrapped = "".join(w + gaps[i % len(gaps)] for i, w in enumerate(words))
    found = check_quote(quote=pinned, source_text=rewrapped, start=start, end=start + len(pinned))
    assert found.status is not QuoteStatus.DRIFTED


@settings(max_examples=100, deadline=None)
@given(quote=WORDS, index=st.integers(min_value=0), digit=st.sampled_from("0123456789"))
def test_changing_a_number_in_the_quote_drifts(quote: list[str], index: int, digit: str) -> None:
    words = [*quote]
    i = index % len(words)
    words[i] = "n" + digit * 3
    source = "Lead. " + " ".join(words) + " Tail."
    pinned = " ".join([*words[:i], "n" + ("1" if digit != "1" else "2") * 3, *words[i + 1 :]])
    if pinned in source:
        return
    found = check_quote(quote=pinned, source_text=source, start=6, end=6 + len(pinned))
    assert found.status is QuoteStatus.DRIFTED
