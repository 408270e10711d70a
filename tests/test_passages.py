"""Passages: exact spans, sentence joining, boilerplate flagged."""

from __future__ import annotations

from pathlib import Path

from factcheck.workspace.load import load_workspace
from factcheck.workspace.passages import split_passages
from factcheck.workspace.sources import parse_source


def _source(text: str):  # type: ignore[no-untyped-def]
    return parse_source(text, source_id="s", path="sources/s.txt")


def test_every_passage_is_its_exact_span(example_root: Path) -> None:
    workspace = load_workspace(example_root)
    for source in workspace.sources.values():
        passages = split_passages(source)
        assert passages
        for passage in passages:
            assert source.text[passage.start : passage.end] == passage.text


def test_spans_survive_crlf_unicode_and_front_matter() -> None:
    text = (
        "---\r\ntitle: T\r\n---\r\nFirst sentence with an émoji 🚀 here.  "
        "Second one, e\u0301 too!\r\n\r\nNext para."
    )
    source = _source(text)
    passages = split_passages(source)
    assert next(p.text for p in passages).startswith("First sentence")
    for p in passages:
        assert text[p.start : p.end] == p.text


def test_short_sentences_join_their_neighbour() -> None:
    passages = split_passages(_source("Yes. The ministry confirmed the launch on Monday morning."))
    assert [p.text for p in passages] == [
        "Yes. The ministry confirmed the launch on Monday morning."
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Dr. Smith met Mr. Jones in the U.S. capital on Monday. "
        "They talked for an hour about the missile launch and its debris."
    )
    assert len(split_passages(_source(text), paragraphs=False)) == 2


def test_a_short_paragraph_is_also_one_passage_after_its_sentences() -> None:
    text = (
        "Masks cut the spread of the virus in a trial. "
        "The effect was largest in crowded rooms indoors.\n\n"
        "A single sentence paragraph about something else entirely.\n\n"
        "READ ALSO: Other news of the day\nThe mayor said the station opens in April."
    )
    source = _source(text)
    passages = split_passages(source)
    spans = [(p.start, p.end) for p in passages]
    first, second = text.index("Masks"), text.index("The effect")
    whole = text.index("indoors.") + len("indoors.")
    # The sentences stay, exact; the paragraph follows them as one passage.
    assert spans[:3] == [(first, second - 1), (second, whole), (first, whole)]
    assert passages[2].text == text[first:whole]
    # A one-passage paragraph and one with page furniture get no whole-paragraph passage.
    sentence_view = split_passages(source, paragraphs=False)
    assert len(passages) == len(sentence_view) + 1
    assert [p for p in passages if (p.start, p.end) != (first, whole)] == sentence_view


def test_a_long_paragraph_is_only_its_sentences() -> None:
    sentence = "The committee met again on Tuesday to discuss the budget for next year. "
    source = _source(sentence * 20)
    assert split_passages(source) == split_passages(source, paragraphs=False)


def test_seed_boilerplate_is_flagged(example_root: Path) -> None:
    workspace = load_workspace(example_root)
    flagged = {
        p.text for s in workspace.sources.values() for p in split_passages(s) if p.boilerplate
    }
    assert "READ ALSO: Ukraine Needs Extra Gas, Weapons, Zelensky Tells G7" in flagged
    assert "Featured Image Credit: Alamy" in flagged
    assert "Talks planned between Ukraine and Russia (Alamy)" in flagged
    assert "Click 'OK' then 'Allow' to enable notifications" in flagged
    assert any(t.startswith("Topics:") for t in flagged)
    # Real article sentences are not.
    assert not any("Iskander" in t for t in flagged)


def test_leading_date_marker_is_metadata_not_text(example_root: Path) -> None:
    source = load_workspace(example_root).sources["belarus-s300"]
    assert source.meta.published == "2022-12-29"
    first = split_passages(source)[0]
    assert first.text.startswith("Russia’s key ally Belarus")
