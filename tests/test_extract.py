"""Claim extraction: check-worthiness scoring, ranking, stable ids, drafts of every kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims.drafts import markdown_to_text, read_draft
from factcheck.claims.extract import extract_claims
from factcheck.claims.ids import claim_id, same_text
from factcheck.claims.scoring import score_sentence
from factcheck.claims.signals import Signal
from factcheck.errors import FactcheckError
from factcheck.workspace.load import CLAIM_ID

REPO = Path(__file__).resolve().parent.parent
DRAFT = REPO / "docs" / "examples" / "draft.md"


def signals(text: str) -> set[Signal]:
    result = score_sentence(text)
    assert result is not None, text
    return set(result[1])


def test_numbers_dates_names_and_attribution_are_signals() -> None:
    found = signals(
        "On December 29, 2022, the Belarus defence ministry said it shot down 2 missiles."
    )
    assert {Signal.NUMBER, Signal.DATE, Signal.NAME, Signal.ATTRIBUTION} <= found
    assert Signal.QUANTITY in signals("Prices rose by 12% in the second quarter of the year.")
    assert Signal.COMPARISON in signals("It was the largest protest in Minsk since the war began.")
    assert Signal.QUOTE in signals('"We will not give up ground," Zelensky told reporters.')


@pytest.mark.parametrize(
    "sentence",
    [
        "Who could take such a promise seriously?",  # a question
        "Is anyone in Europe still listening?",
        "Ukraine: Russian Missiles Launched From Belarus Despite Peace Talks",  # a headline
        "Too short to say.",  # a fragment
        "It was a cold and quiet morning in the village.",  # nothing to verify
    ],
)
def test_questions_headings_fragments_and_plain_prose_are_no_claims(sentence: str) -> None:
    assert score_sentence(sentence) is None


def test_the_writers_opinion_scores_below_the_default_but_a_quoted_one_does_not() -> None:
    opinion = score_sentence("We think the West has been far too slow to call Minsk out.")
    assert opinion is not None and opinion[0] < 2.0
    assert Signal.OPINION in opinion[1]
    reported = score_sentence(
        "Minsk demanded an investigation by Kyiv, saying such incidents should not happen again, "
        "the statement said."
    )
    assert reported is not None and reported[0] >= 2.0
    assert Signal.OPINION not in reported[1]
    quoted = score_sentence("'I do not want missiles to fly to Ukraine from Belarus.")
    assert score_sentence("Minsk must stop pretending, and Brussels should say so.") is None or (
        Signal.OPINION in signals("Minsk must stop pretending, and Brussels should say so.")
    )
    assert quoted is not None and Signal.FIRST_PERSON not in quoted[1]


def test_a_name_opening_a_sentence_counts_when_the_draft_names_it_elsewhere() -> None:
    claims = extract_claims(
        text="Talks were held in Minsk in 2022.\n\nMinsk denied sending troops to Ukraine."
    )
    denied = next(c for c in claims if c.text.startswith("Minsk denied"))
    assert denied.score == score_sentence(denied.text, known_names=frozenset({"Minsk"}))[0]
    alone = score_sentence(denied.text)
    assert alone is not None and alone[0] < denied.score


def test_claims_are_ranked_best_first_with_ties_in_draft_order() -> None:
    text = (
        "Belarus said it shot down a missile.\n\n"
        "On December 29, 2022, Belarus said it shot down 1 missile near Brest.\n\n"
        "Lukashenko said the talks in Gomel were useful.\n\n"
        "Zelensky said the talks in Gomel were pointless."
    )
    claims = extract_claims(text=text)
    assert claims[0].text.startswith("On December 29, 2022")
    scores = [c.score for c in claims]
    assert scores == sorted(scores, reverse=True)
    tied = [c for c in claims if c.score == claims[-1].score]
    assert [c.position for c in tied] == sorted(c.position for c in tied)


def test_min_score_and_limit() -> None:
    text = DRAFT.read_text(encoding="utf-8")
    everything = extract_claims(text=text, min_score=-100)
    default = extract_claims(text=text)
    strict = extract_claims(text=text, min_score=6)
    assert len(everything) > len(default) > len(strict) > 0
    assert all(c.score >= 6 for c in strict)
    assert extract_claims(text=text, limit=3) == default[:3]


def test_boilerplate_and_duplicates_are_left_out() -> None:
    text = (
        "READ ALSO: Ukraine Needs Extra Gas, Weapons, Zelensky Tells G7 in 2022\n\n"
        "Sign up for our newsletter to get 3 stories from Kyiv first.\n\n"
        "In October, Belarus said it was establishing a joint force with Moscow.\n\n"
        "In October, Belarus said it was establishing a joint force with Moscow."
    )
    claims = extract_claims(text=text)
    assert [c.text for c in claims] == [
        "In October, Belarus said it was establishing a joint force with Moscow."
    ]


def test_ids_are_stable_readable_and_unique() -> None:
    text = "Belarus said it shot down an S-300 missile launched from Ukraine."
    first = claim_id(text)
    assert first == claim_id(text)  # same text, same id, every run
    assert first == claim_id("  belarus SAID it shot down an S‑300 missile launched from Ukraine. ")
    assert re.fullmatch(r"belarus-shot-s300-missile-[0-9a-f]{4}", first), first
    assert claim_id("Belarus said it shot down an S-300 missile launched from Poland.") != first
    longer = claim_id(text, taken={first})
    assert longer != first and longer.startswith(first[:-4])
    assert claim_id("¿?").startswith("claim-")
    claims = extract_claims(text=DRAFT.read_text(encoding="utf-8"))
    assert len({c.id for c in claims}) == len(claims)
    again = extract_claims(text=DRAFT.read_text(encoding="utf-8"))
    assert [(c.id, c.text) for c in again] == [(c.id, c.text) for c in claims]


def test_same_text_folds_case_spacing_and_typography() -> None:
    assert same_text("Ukraine’s ambassador  was summoned.", "ukraine's ambassador was summoned.")
    assert not same_text("Two people died.", "Three people died.")


def test_markdown_is_reduced_to_prose() -> None:
    title, prose = markdown_to_text(
        "# The title\n\nSome **bold** and *italic* text with a [link](https://x.org/a_(b)).\n"
        "A wrapped line.\n\n- first item, 2022\n- second item\n\n> quoted\n> on two lines\n\n"
        "```\ncode = 1\n```\n\n<!-- a note -->\n![image](pic.png)\n## Sub heading\n\nLast."
    )
    assert title == "The title"
    assert prose.split("\n\n") == [
        "Some bold and italic text with a link. A wrapped line.",
        "first item, 2022",
        "second item",
        "quoted on two lines",
        "Last.",
    ]


def test_read_draft_markdown_uses_front_matter_title() -> None:
    draft = read_draft(DRAFT)
    assert draft.title == "Belarus, the war's quiet launching pad"
    assert "*Draft" not in draft.text and "# " not in draft.text
    assert "Iskander short-range ballistic missile" in draft.text


def test_read_draft_text_html_and_docx(tmp_path: Path) -> None:
    import docx

    (tmp_path / "d.txt").write_text("Plain draft. In 2022, 3 missiles fell.\n", encoding="utf-8")
    assert read_draft(tmp_path / "d.txt").text == "Plain draft. In 2022, 3 missiles fell."
    (tmp_path / "d.html").write_text(
        "<html><head><title>Web draft</title><script>var x = 'SCRIPT';</script></head><body>"
        "<nav>Home | World | MENU</nav><article><h1>Web draft</h1>"
        "<p>On February 27, 2022, at least one Iskander missile was launched from Belarus, "
        "officials in Kyiv said on Sunday.</p><p>The missile targeted an airport in Zhytomyr, "
        "a city to the west of Kyiv, according to Ukrainian officials.</p></article>"
        "<footer>All rights reserved</footer></body></html>",
        encoding="utf-8",
    )
    web = read_draft(tmp_path / "d.html")
    assert "Iskander" in web.text and "SCRIPT" not in web.text and "MENU" not in web.text
    document = docx.Document()
    document.add_paragraph("Word draft", style="Title")
    document.add_paragraph("On February 27, 2022, a missile was launched from Belarus.")
    document.add_paragraph("Zelensky said 2 delegations would meet.")
    document.save(str(tmp_path / "d.docx"))
    word = read_draft(tmp_path / "d.docx")
    assert word.title == "Word draft"
    assert word.text.split("\n\n") == [
        "On February 27, 2022, a missile was launched from Belarus.",
        "Zelensky said 2 delegations would meet.",
    ]
    assert len(extract_claims(text=word.text)) == 2


def test_unreadable_drafts_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError, match="unsupported draft type"):
        read_draft(tmp_path / "draft.pdf")
    with pytest.raises(FactcheckError, match="cannot read"):
        read_draft(tmp_path / "missing.md")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(FactcheckError, match="corrupt"):
        read_draft(tmp_path / "bad.docx")
    (tmp_path / "latin.md").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(FactcheckError, match="not UTF-8"):
        read_draft(tmp_path / "latin.md")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_extraction_never_crashes_and_ids_stay_valid(text: str) -> None:
    claims = extract_claims(text=text, min_score=-100)
    assert len({c.id for c in claims}) == len(claims)
    for claim in claims:
        assert CLAIM_ID.match(claim.id), claim.id
        assert claim.text == " ".join(claim.text.split())


@pytest.mark.parametrize(
    "note",
    [
        "Draft for the Sunday edition — not for publication.",
        "Draft for the Sunday edition — not for publication. Notes to the desk in brackets.",
        "Note to the desk: the minister said 300 troops arrived on Monday.",
        "Editor's note: the figures for 2022 come from the ministry in Minsk.",
        "[Check the figure of 300 troops with the ministry in Minsk.]",
        "Embargoed until 00:01 GMT on Tuesday, March 5, 2024.",
        "Copy for tomorrow's print edition, do not publish before Friday in Minsk.",
    ],
)
def test_notes_to_the_desk_are_never_claims(note: str) -> None:
    # Each holds a date, a number or a name, which alone would propose it.
    assert score_sentence(note, known_names=frozenset({"Minsk"})) is None
    assert extract_claims(text=note, min_score=-100) == []


def test_reported_words_that_look_like_a_desk_note_are_still_claims() -> None:
    assert signals("The ministry said the report was not for publication until Monday.")
    assert signals("The EU imposed an embargo on Belarusian potash in 2022.")


def test_the_writer_characterising_motives_is_opinion() -> None:
    for opinion in (
        "Belarus likes to present itself as a bystander to the war next door.",
        "Minsk pretends to be neutral in the war next door.",
        "Lukashenko portrays himself as a peacemaker between Kyiv and Moscow.",
    ):
        result = score_sentence(opinion, known_names=frozenset({"Belarus", "Minsk", "Lukashenko"}))
        assert result is None or result[0] < 1, (opinion, result)
    # Reported as someone's words it is a fact about the speaker.
    assert Signal.OPINION not in signals(
        "Lukashenko said Belarus likes to present itself as neutral."
    )


def test_the_example_drafts_desk_note_and_opinion_are_not_proposed() -> None:
    texts = [c.text for c in extract_claims(text=read_draft(DRAFT).text)]
    assert not any("Sunday edition" in t or "not for publication" in t for t in texts)
    assert not any("likes to present itself" in t for t in texts)
    assert any(t.startswith("On December 29, 2022, the Belarus defence ministry") for t in texts)


def test_an_impression_is_opinion_but_looking_at_something_is_not() -> None:
    result = score_sentence("Ten months later the roles looked reversed.")
    assert result is None or result[0] < 1, result
    for fact in (
        "Auditors looked at 40 contracts signed in 2023 and found errors in 12.",
        "Officials looked on as 2,000 people marched through Minsk on 3 March.",
        "The new look of the stadium cost $5m in 2021.",
    ):
        assert Signal.OPINION not in signals(fact), fact
