"""The comparison and its renderers, without git: snapshots built in memory."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.diff.changes import diff_snapshots
from factcheck.diff.markdown import MAX_CHARS, md_inline, render_markdown
from factcheck.diff.model import ClaimStatus, DiffResult, Revision, Snapshot, summarize
from factcheck.diff.report import render_text, summary_line, to_json
from factcheck.diff.textconv import render_verdict_file
from factcheck.diff.words import WordOp, word_diff
from factcheck.terminal import Style
from factcheck.verdicts.files import parse_verdicts, serialize_verdicts
from factcheck.workspace.models import Claim, PinnedEvidence, Stance, Verdict, text_hash
from tests.conftest import REPO_ROOT

SCHEMA = json.loads((REPO_ROOT / "docs/schemas/diff-output.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def claim(claim_id: str, text: str, file: str = "claims/a.yaml") -> Claim:
    return Claim(id=claim_id, text=text, file=file, line=3)


def verdict(label: str | None, text: str, **fields: object) -> Verdict:
    values: dict[str, object] = {
        "verdict": label,
        "reviewer": "Ada",
        "reviewed_at": "2026-11-22T10:00:00Z",
        "claim_hash": text_hash(text),
    }
    values.update(fields)
    return Verdict(**values)  # type: ignore[arg-type]


def snap(claims: list[Claim], verdicts: dict[str, Verdict] | None = None) -> Snapshot:
    return Snapshot(claims={c.id: c for c in claims}, verdicts=verdicts or {})


def result(base: Snapshot, head: Snapshot) -> DiffResult:
    return DiffResult(
        base=Revision("main", "a" * 40),
        head=Revision("HEAD", "b" * 40),
        workspace="",
        changes=diff_snapshots(base=base, head=head),
    )


EV = PinnedEvidence(source="news", stance=Stance.SUPPORTS, quote="It rained.", start=5, end=15)
T1 = "It rained in Minsk on Monday."


def test_unchanged_snapshots_have_no_changes() -> None:
    base = snap([claim("a", T1)], {"a": verdict("supported", T1)})
    assert diff_snapshots(base=base, head=base) == ()
    assert summary_line(summarize(())) == "no changes to claims or verdicts"


def test_verdict_change_reports_old_new_reviewer_and_time() -> None:
    base = snap([claim("a", T1)], {"a": verdict("supported", T1)})
    new = verdict("refuted", T1, reviewer="Grace", reviewed_at="2026-11-23T09:00:00Z")
    (change,) = diff_snapshots(base=base, head=snap([claim("a", T1)], {"a": new}))
    assert change.status is ClaimStatus.CHANGED
    assert change.verdict_changed and not change.stale and not change.text_changed
    text = render_text(result(base, snap([claim("a", T1)], {"a": new})), style=Style(False))
    assert "verdict:   supported → refuted  by Grace, 2026-11-23T09:00:00Z" in text
    assert text.rstrip().endswith("1 verdict changed")


def test_same_label_given_again_is_a_rereview_not_a_change() -> None:
    base = snap([claim("a", T1)], {"a": verdict("supported", T1)})
    again = verdict("supported", T1, reviewer="Grace")
    head = snap([claim("a", T1)], {"a": again})
    (change,) = diff_snapshots(base=base, head=head)
    assert change.rereviewed and not change.verdict_changed
    assert summarize([change]).verdicts_rereviewed == 1
    markdown = render_markdown(result(base, head))
    assert "#### Verdicts re-reviewed (1)" in markdown
    assert "(`a`) | supported (re-reviewed) | Grace, 2026-11-22T10:00:00Z |" in markdown


def test_text_edit_gives_a_word_diff_and_marks_the_verdict_stale() -> None:
    new_text = "It snowed in Minsk on Monday."
    base = snap([claim("a", T1)], {"a": verdict("supported", T1)})
    head = snap([claim("a", new_text)], {"a": verdict("supported", T1)})
    (change,) = diff_snapshots(base=base, head=head)
    assert change.text_changed and change.stale and not change.verdict_changed
    assert change.word_diff == (
        word_diff(T1, new_text)[0],
        *word_diff(T1, new_text)[1:],
    )
    ops = [(part.op, part.text) for part in change.word_diff]
    assert ops == [
        (WordOp.EQUAL, "It"),
        (WordOp.DELETE, "rained"),
        (WordOp.INSERT, "snowed"),
        (WordOp.EQUAL, "in Minsk on Monday."),
    ]
    res = result(base, head)
    assert "[-rained-] {+snowed+}" in render_text(res, style=Style(False))
    markdown = render_markdown(res)
    assert "It ~~rained~~ **snowed** in Minsk on Monday." in markdown
    assert "verdict was given on another text" in markdown
    assert summarize(res.changes).stale_verdicts == 1


def test_a_reconfirmed_verdict_after_an_edit_is_not_stale() -> None:
    new_text = "It snowed in Minsk on Monday."
    base = snap([claim("a", T1)], {"a": verdict("supported", T1)})
    head = snap([claim("a", new_text)], {"a": verdict("refuted", new_text)})
    (change,) = diff_snapshots(base=base, head=head)
    assert change.text_changed and change.verdict_changed and not change.stale


def test_added_and_removed_claims() -> None:
    base = snap([claim("a", T1), claim("gone", "The sky is green.")])
    head = snap(
        [claim("a", T1), claim("new", "Water is wet.")],
        {"new": verdict("supported", "Water is wet.")},
    )
    changes = diff_snapshots(base=base, head=head)
    assert [(c.id, c.status) for c in changes] == [
        ("new", ClaimStatus.ADDED),
        ("gone", ClaimStatus.REMOVED),
    ]
    summary = summarize(changes)
    assert (summary.claims_added, summary.claims_removed, summary.verdicts_changed) == (1, 1, 1)
    text = render_text(result(base, head), style=Style(False))
    assert "+ new  added" in text and "- gone  removed" in text


def test_same_text_under_a_new_id_is_a_rename_and_keeps_the_verdict() -> None:
    base = snap([claim("old-id", T1)], {"old-id": verdict("supported", T1)})
    head = snap([claim("new-id", T1)], {"new-id": verdict("supported", T1)})
    (change,) = diff_snapshots(base=base, head=head)
    assert (change.status, change.old_id, change.id) == (ClaimStatus.RENAMED, "old-id", "new-id")
    assert not change.verdict_changed and not change.rereviewed
    summary = summarize([change])
    assert (summary.claims_renamed, summary.claims_added, summary.claims_removed) == (1, 0, 0)
    assert "renamed old-id → new-id" in render_text(result(base, head), style=Style(False))


def test_rename_with_whitespace_rewrapped_is_still_a_rename() -> None:
    base = snap([claim("x", "One  two\nthree")])
    head = snap([claim("y", "One two three")])
    (change,) = diff_snapshots(base=base, head=head)
    assert change.status is ClaimStatus.RENAMED


def test_evidence_dismissals_and_note() -> None:
    other = PinnedEvidence(source="wire", stance=Stance.CONTRADICTS, quote="Dry.", start=0, end=4)
    base = snap(
        [claim("a", T1)],
        {"a": verdict("supported", T1, evidence=(EV,), dismissed=("wire@9-20",), note="old")},
    )
    head = snap(
        [claim("a", T1)],
        {"a": verdict("supported", T1, evidence=(other,), dismissed=("news@1-3",), note="new")},
    )
    (change,) = diff_snapshots(base=base, head=head)
    assert change.pinned == (other,) and change.unpinned == (EV,)
    assert change.dismissed == ("news@1-3",) and change.undismissed == ("wire@9-20",)
    assert change.note_changed
    text = render_text(result(base, head), style=Style(False))
    assert "pinned:    + wire@0-4 (contradicts): “Dry.”" in text
    assert "unpinned:  - news@5-15 (supports): “It rained.”" in text
    assert "dismissed: + news@1-3" in text and "restored:  - wire@9-20" in text
    assert "note:      “old” → “new”" in text
    markdown = render_markdown(result(base, head))
    assert "<details><summary>Evidence, dismissals and note</summary>" in markdown
    assert "- pinned `wire@0-4` (contradicts)\n  > Dry." in markdown


def test_moved_to_another_claims_file() -> None:
    base = snap([claim("a", T1, file="claims/a.yaml")])
    head = snap([claim("a", T1, file="claims/b.yaml")])
    (change,) = diff_snapshots(base=base, head=head)
    assert change.old_file == "claims/a.yaml" and change.file == "claims/b.yaml"


def test_colour_only_when_asked_and_user_text_is_inert() -> None:
    hostile = "Minsk \x1b]0;pwned\x07 \u202eevil"
    base = snap([claim("a", T1)])
    head = snap([claim("a", hostile)])
    plain = render_text(result(base, head), style=Style(False))
    assert "\x1b" not in plain and "\u202e" not in plain
    assert "\\x1b]0;pwned\\x07" in plain and "\\u202e" in plain
    coloured = render_text(result(base, head), style=Style(True))
    assert "\x1b[31m" in coloured and "\x1b]0" not in coloured


def test_markdown_escapes_pipes_html_emphasis_and_mentions() -> None:
    nasty = "A | b <script>alert(1)</script> **bold** [link](x) @octocat ~~s~~ `code`"
    base = snap([claim("a", T1)], {"a": verdict("supported", T1)})
    head = snap(
        [claim("a", T1)],
        {
            "a": verdict(
                "refuted",
                T1,
                reviewer="Eve | <b>x</b>",
                note=nasty,
                evidence=(
                    PinnedEvidence(
                        source="news", stance=Stance.SUPPORTS, quote=nasty, start=1, end=2
                    ),
                ),
            )
        },
    )
    markdown = render_markdown(result(base, head))
    assert "<script>" not in markdown and "<b>" not in markdown
    assert "@octocat" not in markdown  # a word joiner follows the @
    table_row = next(line for line in markdown.splitlines() if "(`a`) |" in line)
    # Only the three column separators and the two outer pipes are unescaped.
    assert len(re.findall(r"(?<!\\)\|", table_row)) == 4
    assert "\\*\\*bold\\*\\*" in markdown and "\\[link\\]" in markdown
    assert md_inline("- item\n# head") == "\\- item \\# head"


def test_markdown_table_shows_each_claims_text_shortened_before_its_id() -> None:
    long_id = "president-volodymyr-zelensky-spoken-ad8e"
    text = (
        "President Volodymyr Zelensky said he had spoken by phone with Alexander Lukashenko, "
        "who promised to keep all planes, helicopters and missiles in Belarus on the ground."
    )
    base = snap([claim(long_id, text)], {long_id: verdict("supported", text)})
    head = snap([claim(long_id, text)], {long_id: verdict("refuted", text)})
    markdown = render_markdown(result(base, head))
    (row,) = [line for line in markdown.splitlines() if f"(`{long_id}`)" in line]
    cell = row.split(" | ")[0].removeprefix("| ")
    # The text comes first, cut with an ellipsis, and the id follows it.
    assert cell.startswith("President Volodymyr Zelensky said he had spoken by phone with")
    assert cell.endswith(f"… (`{long_id}`)")
    assert "on the ground" not in cell
    assert len(cell) < 80 + len(long_id) + 6
    # A verdict whose claim exists on neither side has no text: its id alone.
    orphan = snap([], {"ghost": verdict("refuted", T1)})
    orphan_md = render_markdown(result(snap([], {"ghost": verdict("supported", T1)}), orphan))
    assert "| `ghost` | supported → **refuted** |" in orphan_md


def test_markdown_for_500_changed_claims_stays_readable_and_short() -> None:
    claims = [claim(f"c{i:03}", f"Claim number {i} is true.") for i in range(500)]
    base = snap(claims, {c.id: verdict("supported", c.text) for c in claims})
    head = snap(
        claims,
        {c.id: verdict("refuted", c.text, evidence=(EV,), note="x " * 200) for c in claims},
    )
    markdown = render_markdown(result(base, head))
    assert len(markdown) <= MAX_CHARS
    assert (
        "**Summary:** 500 verdicts changed, 500 evidence passages pinned, 500 notes changed."
        in markdown
    )
    # The first table rows are visible; the rest are folded in <details>.
    visible = markdown.split("<details>")[0]
    assert visible.count(" (`c") == 25
    assert "| Claim number 7 is true. (`c007`) | supported → **refuted** |" in visible
    assert "<details><summary>475 more verdict changes</summary>" in markdown
    assert "<details><summary>Show the 500 changed claims</summary>" in markdown
    assert "more changed claims not shown" in markdown
    assert markdown.count("<details>") == markdown.count("</details>")


def test_json_output_matches_the_schema() -> None:
    base = snap(
        [claim("a", T1), claim("gone", "Gone."), claim("r1", "Renamed text.")],
        {"a": verdict("supported", T1, evidence=(EV,), dismissed=("x@1-2",), note="n")},
    )
    head = snap(
        [claim("a", "It snowed."), claim("new", "New."), claim("r2", "Renamed text.")],
        {"a": verdict(None, T1, note="m"), "orphan": verdict("mixed", "nothing")},
    )
    data = to_json(result(base, head))
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    statuses = {c["id"]: c["status"] for c in data["changes"]}
    assert statuses == {
        "a": "changed",
        "new": "added",
        "r2": "renamed",
        "orphan": "changed",
        "gone": "removed",
    }
    first = data["changes"][0]
    assert (
        first["verdict"]["old"]["verdict"] == "supported"
        and first["verdict"]["new"]["verdict"] is None
    )
    assert first["evidence"]["unpinned"][0]["quote"] == "It rained."
    assert first["note"] == {"changed": True, "old": "n", "new": "m"}
    assert data["summary"]["claims_renamed"] == 1


def test_textconv_rendering_of_one_verdict_file() -> None:
    text = serialize_verdicts(
        {
            "b": verdict("refuted", T1, evidence=(EV,), note="line one\nline two"),
            "a": verdict("supported", T1),
        }
    )
    rendered = render_verdict_file(parse_verdicts(text, path="verdicts/x.yaml"))
    lines = rendered.splitlines()
    assert lines[0] == "a: supported"
    assert "b: refuted" in lines
    assert "  evidence supports news@5-15: “It rained.”" in lines
    assert "  note: line one" in lines and "        line two" in lines


def test_the_schema_file_is_where_the_docs_say(tmp_path: Path) -> None:
    assert (REPO_ROOT / "docs/schemas/diff-output.schema.json").is_file()
    assert "diff-output.schema.json" in (REPO_ROOT / "docs/diff.md").read_text()


@pytest.mark.parametrize(
    ("old", "new"),
    [("a b c", "a c"), ("", "x y"), ("x y", ""), ("same", "same"), ("a  b", "a b d")],
)
def test_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    parts = word_diff(old, new)
    assert " ".join(p.text for p in parts if p.op is not WordOp.INSERT) == " ".join(old.split())
    assert " ".join(p.text for p in parts if p.op is not WordOp.DELETE) == " ".join(new.split())


def test_markdown_renders_user_text_literally_in_a_commonmark_renderer() -> None:
    from markdown_it import MarkdownIt

    nasty = "A | b <script>x</script> **bold** `tick` ~~gone~~ [l](http://e) @octocat"
    base = snap([claim("a", T1)], {"a": verdict("supported", T1)})
    head = snap(
        [claim("a", nasty)],
        {"a": verdict("refuted", T1, reviewer="Eve | <b>x</b>", note=nasty)},
    )
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(render_markdown(result(base, head)))
    rendered = parser.render(render_markdown(result(base, head)))
    assert "<script>" not in rendered and "<b>x" not in rendered
    assert "&lt;script&gt;" in rendered
    # The table has three cells per row; the reviewer cell holds the name literally.
    cells: list[str] = []
    for i, token in enumerate(tokens):
        if token.type == "td_open":
            cells.append(tokens[i + 1].content)
    assert len(cells) == 3
    assert (
        cells[2]
        .replace("\\", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .startswith("Eve | <b>x</b>")
    )
    # In the word diff, only the diff's own markers become emphasis and strikethrough.
    html = rendered.replace("\u2060", "")
    assert "<s>It rained in Minsk on Monday.</s> <strong>A | b &lt;script" in html
    assert "~~gone~~" in html and "**bold**" in html and "<a href" not in html


def test_a_flipped_stance_shows_as_unpinned_and_pinned_again() -> None:
    flipped = PinnedEvidence(
        source="news", stance=Stance.CONTRADICTS, quote="It rained.", start=5, end=15
    )
    base = snap([claim("a", T1)], {"a": verdict("supported", T1, evidence=(EV,))})
    head = snap([claim("a", T1)], {"a": verdict("supported", T1, evidence=(flipped,))})
    (change,) = diff_snapshots(base=base, head=head)
    assert change.unpinned == (EV,) and change.pinned == (flipped,)


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda t: t.strip() != "")
_IDS = st.sampled_from(["a", "b", "c", "d"])


@st.composite
def _snapshots(draw: st.DrawFn) -> Snapshot:
    claims = {cid: claim(cid, draw(_TEXT)) for cid in draw(st.sets(_IDS))}
    verdicts = {}
    for cid in draw(st.sets(_IDS)):
        pins = draw(
            st.lists(
                st.builds(
                    PinnedEvidence,
                    source=st.sampled_from(["s1", "s2"]),
                    stance=st.sampled_from(list(Stance)),
                    quote=_TEXT,
                    start=st.integers(0, 3),
                    end=st.integers(4, 6),
                ),
                max_size=2,
            )
        )
        verdicts[cid] = Verdict(
            verdict=draw(st.sampled_from([None, "supported", "refuted"])),
            reviewer=draw(st.none() | _TEXT),
            claim_hash=draw(st.none() | st.just(text_hash("x"))),
            evidence=tuple(pins),
            dismissed=tuple(draw(st.sets(st.sampled_from(["s1@0-1", "s2@2-3"])))),
            note=draw(st.none() | _TEXT),
        )
    return Snapshot(claims=claims, verdicts=verdicts)


@settings(max_examples=100, deadline=None)
@given(base=_snapshots(), head=_snapshots())
@pytest.mark.slow
def test_any_two_snapshots_render_in_every_format(base: Snapshot, head: Snapshot) -> None:
    res = result(base, head)
    assert diff_snapshots(base=head, head=head) == ()
    assert len({c.id for c in res.changes}) == len(res.changes)
    VALIDATOR.validate(to_json(res))
    text = render_text(res, style=Style(False))
    assert "\x1b" not in text
    markdown = render_markdown(res)
    assert markdown.count("<details>") == markdown.count("</details>")
    rows = [
        line
        for line in markdown.splitlines()
        if line.startswith("| ") and "| --- |" not in line and not line.startswith("| Claim |")
    ]
    assert len(rows) == sum(1 for c in res.changes if c.verdict_changed or c.rereviewed)
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 4
