"""Quote drift: layout and typography are tolerated, changed words and numbers are not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.drift import QuoteStatus, changed_part, check_quote, fold
from factcheck.check.run import check_workspace
from tests.check_helpers import pinned, verdict, workspace

QUOTE = (
    "\u201cIt was preliminarily established that the fragments belonged to an S-300 missile\u201d"
)
SOURCE = f"Intro line.\n\n{QUOTE}, the ministry said, killing 2 people \u2014 officials said.\n"


def at(source: str, quote: str = QUOTE) -> QuoteStatus:
    start = SOURCE.index(quote)
    return check_quote(quote=quote, source_text=source, start=start, end=start + len(quote)).status


def test_unchanged_source_finds_the_quote_at_its_span() -> None:
    assert at(SOURCE) is QuoteStatus.AT_SPAN


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(
            lambda s: s.replace("\u201c", '"').replace("\u201d", '"'), id="straight-quotes"
        ),
        pytest.param(lambda s: s.replace("\u2014", "-"), id="em-dash"),
        pytest.param(lambda s: s.replace("S-300", "S\u2011300"), id="non-breaking-hyphen"),
        pytest.param(lambda s: s.replace("that the fragments", "that the\nfragments"), id="rewrap"),
        pytest.param(lambda s: s.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda s: s.replace("established that", "established  that"), id="spaces"),
        pytest.param(lambda s: s.replace("the fragments", "the\u00a0fragments"), id="nbsp"),
        pytest.param(lambda s: "A new lead paragraph.\n\n" + s, id="moved"),
    ],
)
def test_layout_and_typography_are_not_drift(edit: Callable[[str], str]) -> None:
    assert at(edit(SOURCE)) is not QuoteStatus.DRIFTED


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda s: s.replace("S-300", "S-400"), id="number"),
        pytest.param(lambda s: s.replace("preliminarily", "finally"), id="word"),
        pytest.param(
            lambda s: s.replace("fragments belonged", "fragments never belonged"), id="negation"
        ),
        pytest.param(lambda s: s.replace(QUOTE, ""), id="deleted"),
    ],
)
def test_changed_words_and_numbers_are_drift(edit: Callable[[str], str]) -> None:
    assert at(edit(SOURCE)) is QuoteStatus.DRIFTED


def test_quote_with_crlf_and_curly_quotes_pinned_from_an_older_source() -> None:
    # The quote was pinned from a CRLF file with straight quotes; the source is now LF and curly.
    old_quote = (
        QUOTE.replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace(" the fragments", "\r\nthe fragments")
    )
    result = check_quote(quote=old_quote, source_text=SOURCE, start=0, end=10)
    assert result.status is QuoteStatus.MOVED


def test_fold_folds_typography_case_and_whitespace() -> None:
    assert fold("  \u201cA\u2014B\u201d\r\n  c ") == '"a-b" c'


def test_changed_part_points_at_the_difference() -> None:
    part = changed_part(
        "the fragments belonged to an S-300 missile", "the fragments belonged to an S-400 missile"
    )
    assert "S-400" in part


def test_drift_in_the_check_shows_what_the_source_now_says(
    make_workspace: Callable[..., Path],
) -> None:
    root = workspace(make_workspace, verdicts={"debris": verdict(evidence=(pinned(),))})
    source = root / "sources" / "brest.txt"
    # CRLF and re-wrapping: still fine.
    source.write_bytes(
        source.read_bytes().replace(b"\n", b"\r\n").replace(b"which borders", b"which\r\nborders")
    )
    assert check_workspace(root=root).findings == ()
    # A changed word: drift, and the message shows the new text.
    source.write_text(source.read_text().replace("Poland", "Lithuania"))
    [finding] = check_workspace(root=root).findings
    assert finding.code == "FC003" and "Lithuania" in finding.message
