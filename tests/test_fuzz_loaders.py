"""Every loader survives every file: a loaded value or a one-line FactcheckError, nothing else.

Run longer with FACTCHECK_FUZZ_EXAMPLES=20000 (the default keeps CI fast).
"""

from __future__ import annotations

import os
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError
from factcheck.verdicts.files import parse_verdicts, serialize_verdicts
from factcheck.workspace.load import parse_claims
from factcheck.workspace.passages import split_passages
from factcheck.workspace.settings import parse_settings
from factcheck.workspace.sources import LEADING_DATE, decode_source, parse_source

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=40)
    | st.sampled_from(["id", "text", "claims", "sources", "verdict", "evidence", "", "~", "null"])
)
PLAIN_DATA = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.text(max_size=12) | st.sampled_from(["id", "text", "claims"]), children, max_size=5
        )
    ),
    max_leaves=30,
)

VALID_CLAIMS = "document: D\nclaims:\n  - id: a\n    text: The sky is blue.\n    sources: [s]\n"
VALID_VERDICTS = (
    "a:\n  verdict: supported\n  reviewer: R\n  reviewed_at: '2026-11-22T10:15:03Z'\n"
    "  evidence:\n    - source: s\n      stance: supports\n      quote: The sky.\n"
    "      start: 0\n      end: 8\n  dismissed: [s@9-20]\n  note: |\n    Two\n    lines.\n"
)
VALID_SETTINGS = "matching:\n  min_score: 40\nreview:\n  auto_advance: false\n"
NASTY = [
    "\t",
    "\ufeff",
    "\r\n",
    "\x00",
    "&a ",
    "*a ",
    "<<: ",
    "- ",
    ": ",
    "{",
    "}",
    "[",
    "]",
    "'",
    '"',
    "|",
    ">",
    "!!python/object:os.system ",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "\u202e",
    "\x1b[2J",
    "\n  " * 3,
    "? ",
    "!",
]


@st.composite
def mutated(draw: st.DrawFn, base: str) -> str:
    """A valid file with a few random insertions, deletions and nasty fragments."""
    text = base
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "nasty", "dup"]))
        if action == "insert":
            text = text[:pos] + draw(st.text(max_size=8)) + text[pos:]
        elif action == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 10)) :]
        elif action == "nasty":
            text = text[:pos] + draw(st.sampled_from(NASTY)) + text[pos:]
        else:
            text = text + text[:pos]
    return text


def yaml_text(data: Any) -> str:
    try:
        return yaml.safe_dump(data, allow_unicode=True)
    except Exception:
        return repr(data)


def assert_clean_error(error: FactcheckError, path: str) -> None:
    message = str(error)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(path), message


ANY_TEXT = (
    st.text(max_size=300)
    | PLAIN_DATA.map(yaml_text)
    | mutated(VALID_CLAIMS)
    | mutated(VALID_VERDICTS)
    | mutated(VALID_SETTINGS)
)


@FUZZ
@given(ANY_TEXT)
def test_claims_loader_never_crashes(text: str) -> None:
    try:
        claims_file = parse_claims(text, path="claims/f.yaml")
    except FactcheckError as error:
        assert_clean_error(error, "claims/f.yaml")
        return
    for claim in claims_file.claims:
        assert isinstance(claim.id, str) and claim.text.strip()
        assert all(isinstance(s, str) for s in claim.sources)


@FUZZ
@given(ANY_TEXT)
def test_verdicts_loader_never_crashes(text: str) -> None:
    try:
        verdict_file = parse_verdicts(text, path="verdicts/f.yaml")
    except FactcheckError as error:
        assert_clean_error(error, "verdicts/f.yaml")
        return
    # Whatever loaded can be written and read back to the same values.
    again = parse_verdicts(serialize_verdicts(verdict_file.entries), path="verdicts/f.yaml")
    expected = {k: v for k, v in verdict_file.entries.items() if not v.is_empty}
    normalised = {
        k: v.__class__(**{**v.__dict__, "dismissed": tuple(sorted(set(v.dismissed)))})
        for k, v in expected.items()
    }
    assert set(again.entries) == set(normalised)


@FUZZ
@given(ANY_TEXT)
def test_settings_loader_never_crashes(text: str) -> None:
    try:
        parse_settings(text)
    except FactcheckError as error:
        assert_clean_error(error, "factcheck.yaml")


SOURCE_TEXT = st.lists(
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
    | st.sampled_from(
        [
            "\r\n",
            "\n\n",
            ". ",
            "\u0301",
            "🚀",
            "—",
            "“",
            "Dr.",
            "U.S.",
            "\t",
            "The ministry said. ",
            "READ ALSO: x\n",
            "---\ntitle: t\n---\n",
        ]
    ),
    max_size=25,
).map("".join)


@FUZZ
@given(
    st.binary(max_size=400)
    | SOURCE_TEXT.map(lambda t: t.encode("utf-8"))
    | SOURCE_TEXT.map(lambda t: t.encode("utf-16"))
    | SOURCE_TEXT.map(lambda t: t.encode("latin-1", "replace"))
)
def test_source_loader_never_crashes_and_spans_are_exact(data: bytes) -> None:
    try:
        text = decode_source(data, path="sources/f.txt")
        source = parse_source(text, source_id="f", path="sources/f.txt")
    except FactcheckError as error:
        assert_clean_error(error, "sources/f.txt")
        return
    for passage in split_passages(source):
        assert source.text[passage.start : passage.end] == passage.text
        assert passage.text == passage.text.strip() and passage.text


@FUZZ
@given(st.lists(SOURCE_TEXT, min_size=1, max_size=6), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_spans_for_any_text_and_line_endings(parts: list[str], newline: str) -> None:
    text = newline.join(parts)
    try:
        source = parse_source(text, source_id="f", path="sources/f.txt")
    except FactcheckError as error:  # a broken front-matter block
        assert_clean_error(error, "sources/f.txt")
        return
    covered = 0
    for passage in split_passages(source, paragraphs=False):
        assert text[passage.start : passage.end] == passage.text
        assert passage.start >= covered, "passages overlap or go backwards"
        covered = passage.end
    # No real text is lost between passages: everything outside them is whitespace.
    joined = "".join(p.text for p in split_passages(source, paragraphs=False))
    body = source.text[source.body_start :]
    if LEADING_DATE.match(body):
        body = body[LEADING_DATE.match(body).end() :]  # type: ignore[union-attr]
    assert len("".join(joined.split())) == len("".join(body.split()))
