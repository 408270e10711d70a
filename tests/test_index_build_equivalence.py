"""The fast index build gives exactly what the plain per-passage code gives.

The build counts terms for many passages at once (factcheck.index.postings), and the passage
splitter was made faster (a keyword filter before the furniture patterns, a sentence-end
pattern the regex engine can skip through); each is compared here with the plain
version (tests/plain_passages.py for the splitter) on tricky text.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.index import segmentbuild, segmentmerge, segments
from factcheck.index.postings import PostingsBuilder
from factcheck.workspace.passages import (
    is_boilerplate,
    passage_spans,
    sentence_spans,
    split_passages,
)
from factcheck.workspace.sources import parse_source
from factcheck.workspace.text import terms
from tests import plain_passages as plain

# Fragments that exercise normalisation, word splitting and stemming: NFKC-changed
# characters (ligatures, full-width, superscripts), case-folding oddities, hyphens,
# possessives, stop words, the postings separator "Q", typography, digits.
FRAGMENTS = [
    "The",
    "the",
    "Q",
    "q",
    " Q ",
    "ﬁnance",
    "Ｆｕｌｌ",
    "x²",
    "İstanbul",
    "ıi",
    "ſtate",
    "KELVIN",
    "sea-level",
    "-",
    "--",
    "Russia's",
    "’s",
    "“quoted”",
    "e.g.",
    "U.S.",
    "co2",
    "2020",
    "10,000",
    "warming",
    "emissions",
    "said",
    "a",
    "é",
    "e\u0301",
    "\u00a0",
    "\u2009",
    "—",
    "_",
    "'",
    ".",
    "!",
    "?",
    "\n",
    "\n\n",
    "\t",
    " ",
    " ",
    "ÀÉÎ",
    "ß",
    "ﬀ",
    "Ⅻ",
]
texty = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map(
    "".join
)


def counted_plainly(
    texts: list[str],
) -> tuple[list[str], list[tuple[int, int, int]], list[int], list[str]]:
    """Vocabulary in order of first occurrence, (term, passage, count) sorted, lengths, and
    each passage's terms joined by spaces (what the stored tokens must spell)."""
    vocab: dict[str, int] = {}
    postings = []
    lengths = []
    for number, text in enumerate(texts):
        found = terms(text)
        lengths.append(len(found))
        for term, count in Counter(found).items():
            postings.append((vocab.setdefault(term, len(vocab)), number, count))
    return list(vocab), sorted(postings), lengths, [" ".join(terms(t)) for t in texts]


def counted_in_bulk(sources: list[tuple[str, list[tuple[int, int]]]]) -> tuple[object, ...]:
    builder = PostingsBuilder()
    for text, spans in sources:
        builder.add(text, spans)
    term_ids, docs, tfs, lengths, tokens = builder.build()
    postings = list(zip(term_ids.tolist(), docs.tolist(), tfs.tolist(), strict=True))
    vocab = list(builder.vocab)
    ends = np.cumsum(lengths).tolist()
    spelled = [
        " ".join(vocab[t] for t in tokens[end - length : end].tolist())
        for length, end in zip(lengths.tolist(), ends, strict=True)
    ]
    return vocab, postings, lengths.tolist(), spelled


def spans_of(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    points = sorted({min(c, len(text)) for c in cuts})
    return [(a, b) for a, b in zip([0, *points], [*points, len(text)], strict=False) if a <= b]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(texty, st.lists(st.integers(min_value=0, max_value=200), max_size=5)),
        max_size=5,
    )
)
def test_bulk_term_counts_equal_terms_passage_by_passage(
    sources: list[tuple[str, list[int]]],
) -> None:
    with_spans = [(text, spans_of(text, cuts)) for text, cuts in sources]
    texts = [text[a:b] for text, spans in with_spans for a, b in spans]
    assert counted_in_bulk(with_spans) == counted_plainly(texts)


# What may stand between two passages that a longer passage joins: whitespace of many
# kinds (NFKC changes some), nothing, or a character that is not whitespace.
GAPS = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "", "x", "-", ".", "’"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(texty, st.sampled_from(GAPS)), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=4),
)
def test_passages_joining_earlier_ones_have_the_terms_of_their_text(
    pieces: list[tuple[str, str]], joins: list[tuple[int, int]]
) -> None:
    """A passage that is earlier passages joined by whitespace (a short paragraph after its
    sentences) takes their terms without being tokenised: the same as tokenising it."""
    text = ""
    parts = []
    for piece, gap in pieces:
        parts.append((len(text), len(text) + len(piece)))
        text += piece + gap
    spans = list(parts)
    for a, b in joins:  # each after its last part, as passage_spans puts a paragraph
        first, last = sorted((min(a, len(parts) - 1), min(b, len(parts) - 1)))
        spans.insert(spans.index(parts[last]) + 1, (parts[first][0], parts[last][1]))
    texts = [text[a:b] for a, b in spans]
    assert counted_in_bulk([(text, spans)]) == counted_plainly(texts)


def test_bulk_counts_on_an_example_workspace_equal_the_plain_ones(example_root: Path) -> None:
    from factcheck.workspace.load import load_workspace

    workspace = load_workspace(example_root)
    with_spans = []
    texts: list[str] = []
    for source in workspace.sources.values():
        spans = [(p.start, p.end) for p in split_passages(source)]
        with_spans.append((source.text, spans))
        texts.extend(p.text for p in split_passages(source))
    assert counted_in_bulk(with_spans) == counted_plainly(texts)


FURNITURE_WORDS = [
    "Read also",
    "see more",
    "Related:",
    "Photo credit:",
    "Topics:",
    "Tags:",
    "Advertisement",
    "enable push notifications",
    "ENABLE NOTİFİCATİONS",
    "Allow notıfıcations",
    "click 'OK' then",
    "clıck ok then",
    "Never miss out on",
    "never miſs on",
    "Sign up for our newsletter",
    "subſcribe to the updates",
    "CLICK HERE",
    "Share on",
    "Follow us this",
    "Copyright",
    "©",
    "All Rights Reserved",
    "all rights reſerved",
    "(Getty Images)",
    "(AP)",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FURNITURE_WORDS), st.sampled_from(FRAGMENTS), st.text(max_size=4)
        ),
        max_size=12,
    ).map("".join)
)
@pytest.mark.slow
def test_is_boilerplate_equals_searching_every_pattern(line: str) -> None:
    assert is_boilerplate(line) == plain.is_boilerplate(line)


@pytest.mark.parametrize("line", FURNITURE_WORDS)
def test_each_furniture_phrase_is_judged_as_before(line: str) -> None:
    for text in (line, f"Some words first. {line}", f"  {line}  and after"):
        assert is_boilerplate(text) == plain.is_boilerplate(text)


def test_passage_spans_are_split_passages_without_the_text() -> None:
    text = "A first sentence of the article is here.\n\nRead also: more news\n\fPage two. Yes."
    source = parse_source(text, source_id="s", path="sources/s.txt")
    assert passage_spans(source) == [
        (p.start, p.end, p.boilerplate, p.page) for p in split_passages(source)
    ]


@pytest.mark.parametrize("fork", [True, False])
def test_forked_and_spawned_workers_build_what_one_process_builds(
    example_root: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fork: bool
) -> None:
    from factcheck.workspace import sourcecache
    from factcheck.workspace.load import load_workspace

    root = tmp_path / "workspace"
    for folder in ("claims", "sources"):
        shutil.copytree(example_root / folder, root / folder)
    monkeypatch.setattr(sourcecache, "RACY_SECONDS", -60.0)  # record files just copied
    load_workspace(root)  # records the sources: the next load reads no text
    sources = list(load_workspace(root).sources.values())
    assert not any(source.text_loaded for source in sources)
    alone = segmentbuild.build_segment(sources, tmp_path / "alone")
    monkeypatch.setattr(segmentbuild, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(segmentbuild, "_can_fork", lambda: fork)
    pooled = segmentbuild.build_segment(sources, tmp_path / "pooled")
    # Byte for byte the same files (sizes and CRCs), sources and passages.
    assert pooled == alone
    assert not any(source.text_loaded for source in sources)  # read in the workers, or dropped
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone", "pooled", "workspace"]


PASSAGE_ARRAYS = list(segments.PASSAGE_FIELDS)


# Pieces of text that steer the splitter: sentence ends with and without space after,
# abbreviations and initials, runs of marks, closing quotes, lower-case and odd starts,
# line and paragraph breaks, page breaks, furniture and captions, a leading date.
SPLIT_FRAGMENTS = [
    *FURNITURE_WORDS,
    ". ",
    ".",
    "! ",
    "? ",
    "?! ",
    "… ",
    "... ",
    "......",
    '." ',
    ".” ",
    ".) ",
    ".] ",
    "Mr. ",
    "Dr. Who",
    "e.g. ",
    "i.e. the",
    "U.S. ",
    "J. Smith",
    "approx. 4",
    "etc. And",
    "Sept. 9",
    "Xapprox. Y",
    "The minister said the figure rose sharply",
    "emissions fell by 4 percent in 2020",
    "she added",
    "“Quoted words”",
    "(bracketed) ",
    "«Guillemets» ",
    "İ",
    "ß",
    "A",
    "a",
    "1",
    "²",
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\u2009",
    "\n",
    "\n\n",
    "\n \n",
    "\r\n",
    "\f",
    "\f\n",
    "2024-01-02\n",
    "Monday, March 3, 2024\n",
    "x" * 700,
    "word " * 130,
]
split_texts = st.lists(
    st.one_of(st.sampled_from(SPLIT_FRAGMENTS), st.text(max_size=3)), max_size=60
).map("".join)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(split_texts, st.integers(min_value=0, max_value=20))
@pytest.mark.slow
def test_sentence_spans_equal_the_plain_splitter(text: str, start: int) -> None:
    start = min(start, len(text))
    assert list(sentence_spans(text, start=start)) == list(plain.sentence_spans(text, start=start))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(split_texts)
def test_passages_equal_the_plain_splitter(text: str) -> None:
    source = parse_source(text, source_id="s", path="sources/s.txt")
    assert split_passages(source, paragraphs=False) == plain.split_passages(source)


def test_passages_of_the_example_workspace_equal_the_plain_splitter(example_root: Path) -> None:
    from factcheck.workspace.load import load_workspace

    for source in load_workspace(example_root).sources.values():
        assert split_passages(source, paragraphs=False) == plain.split_passages(source)


@pytest.mark.parametrize("length", range(1195, 1206))
def test_sentences_about_the_longest_passage_are_cut_as_before(length: int) -> None:
    for body in ("x" * length, ("word " * length)[:length], ("Longer words here " * 99)[:length]):
        text = f"Intro sentence one is here. {body}. Next one."
        assert list(sentence_spans(text)) == list(plain.sentence_spans(text))


def test_merging_and_writing_need_no_particular_posting_order(
    example_root: Path, tmp_path: Path
) -> None:
    from factcheck.workspace.load import load_workspace

    sources = list(load_workspace(example_root).sources.values())
    half = len(sources) // 2

    def shuffled(data: segments.SegmentData) -> segments.SegmentData:
        order = np.random.default_rng(7).permutation(len(data.docs))
        data.term_ids, data.docs, data.tfs = (
            a[order] for a in (data.term_ids, data.docs, data.tfs)
        )
        return data

    plain_parts = [
        segmentbuild.tokenize_sources(sources[:half]),
        segmentbuild.tokenize_sources(sources[half:]),
    ]
    mixed_parts = [
        shuffled(segmentbuild.tokenize_sources(sources[:half])),
        shuffled(segmentbuild.tokenize_sources(sources[half:])),
    ]
    written = {}
    for name, parts in (("plain", plain_parts), ("mixed", mixed_parts)):
        written[name] = segmentmerge.write_merged(parts, tmp_path / name).files
    written["alone"] = segments.write_segment(
        segmentbuild.tokenize_sources(sources), tmp_path / "alone"
    )
    assert written["plain"] == written["mixed"] == written["alone"]
