"""Adding, editing, splitting and deleting claims: the file keeps everything else as it was."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claims.edit import (
    add_claim,
    delete_claim,
    edit_claim,
    propose_id,
    refreshed_workspace,
    split_claim,
)
from factcheck.claims.ids import claim_id
from factcheck.claims.undo import ClaimsEdit, undo_claims_edit
from factcheck.errors import FactcheckError
from factcheck.verdicts.files import read_verdict_file
from factcheck.verdicts.store import VerdictStore
from factcheck.workspace.load import load_claims, load_workspace, parse_claims

PEACE = "claims/peace-talks.yaml"
S300 = "claims/s300-incident.yaml"


@pytest.fixture
def root(tmp_path: Path, example_root: Path) -> Path:
    """A writable copy of the example workspace, verdicts included."""
    ws = tmp_path / "ws"
    for name in ("claims", "sources", "verdicts"):
        shutil.copytree(example_root / name, ws / name)
    return ws


def lines(root: Path, rel: str) -> list[str]:
    return (root / rel).read_text(encoding="utf-8").splitlines()


def ids(root: Path, rel: str) -> list[str]:
    return [c.id for c in parse_claims((root / rel).read_text(encoding="utf-8"), path=rel).claims]


def all_ids(root: Path) -> list[str]:
    return [c.id for f in load_claims(root) for c in f.claims]


def verdict_ids(root: Path, name: str) -> set[str]:
    return set(read_verdict_file(root, f"verdicts/{name}.yaml").entries)


def test_add_after_a_claim_inserts_three_lines_and_keeps_the_rest(root: Path) -> None:
    before, taken = lines(root, PEACE), all_ids(root)
    text = "Belarus has   about 9.2 million\npeople."
    claim = add_claim(root=root, claims_path=PEACE, text=text, after="iskander-date")
    assert claim.text == "Belarus has about 9.2 million people."  # one line, spaces collapsed
    assert claim.id == claim_id(claim.text, taken=taken)  # as `factcheck extract` makes it
    after = lines(root, PEACE)
    assert after == [*before[:9], f"  - id: {claim.id}", f"    text: {claim.text}", *before[9:]]
    assert ids(root, PEACE)[:3] == ["iskander-zhytomyr", "iskander-date", claim.id]
    assert after[0].startswith("# Claims from a draft")  # the comment stays
    assert len(set(all_ids(root))) == len(all_ids(root))


def test_add_at_the_end_with_an_id_and_sources(root: Path) -> None:
    before = lines(root, S300)
    claim = add_claim(
        root=root,
        claims_path=S300,
        text="Minsk summoned the ambassador.",
        claim_id="summoned",
        sources=["belarus-s300"],
    )
    assert (claim.id, claim.sources) == ("summoned", ("belarus-s300",))
    assert lines(root, S300) == [
        *before,
        "  - id: summoned",
        "    text: Minsk summoned the ambassador.",
        "    sources: [belarus-s300]",
    ]
    load_workspace(root)  # the whole workspace still loads


def test_add_into_a_new_claims_file(root: Path) -> None:
    claim = add_claim(root=root, claims_path="claims/new.yaml", text="Ten people came.")
    assert ids(root, "claims/new.yaml") == [claim.id]
    assert claim.file == "claims/new.yaml"


def test_add_refuses_bad_input_and_leaves_the_file_alone(root: Path) -> None:
    before = (root / PEACE).read_bytes()
    with pytest.raises(FactcheckError) as taken:
        add_claim(root=root, claims_path=PEACE, text="New text.", claim_id="s300-time")
    assert (taken.value.path, taken.value.line) == (S300, 10)  # where the id is already used
    with pytest.raises(FactcheckError, match="letters, digits"):
        add_claim(root=root, claims_path=PEACE, text="New text.", claim_id="no spaces")
    with pytest.raises(FactcheckError, match="must not be empty"):
        add_claim(root=root, claims_path=PEACE, text=" \n ")
    with pytest.raises(FactcheckError, match="already has this text"):
        add_claim(root=root, claims_path=PEACE, text="zhytomyr is a city to the EAST of Kyiv.")
    with pytest.raises(FactcheckError, match="no claim 'nope'"):
        add_claim(root=root, claims_path=PEACE, text="New text.", after="nope")
    with pytest.raises(FactcheckError, match="not a source id"):
        add_claim(root=root, claims_path=PEACE, text="New text.", sources=["../etc"])
    with pytest.raises(FactcheckError, match="lives in claims/"):
        add_claim(root=root, claims_path="sources/x.yaml", text="New text.")
    assert (root / PEACE).read_bytes() == before


def test_propose_id_is_unused(root: Path) -> None:
    text = "Zhytomyr is a city to the east of Kyiv."
    proposed = propose_id(root=root, text=text)
    assert proposed == claim_id(text)
    assert proposed not in all_ids(root)


def test_edit_changes_one_line_and_the_verdict_shows_stale(root: Path) -> None:
    before = lines(root, PEACE)
    assert "zhytomyr-east" in verdict_ids(root, "peace-talks")
    claim = edit_claim(root=root, claim_id="zhytomyr-east", text="Zhytomyr is west of Kyiv.")
    after = lines(root, PEACE)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [claim.line]  # the text line, right under the id line
    assert after[claim.line] == "    text: Zhytomyr is west of Kyiv."
    workspace = load_workspace(root)
    store = VerdictStore.open(workspace=workspace, reviewer="t")
    assert store.is_stale(workspace.claim("zhytomyr-east"))  # type: ignore[arg-type]
    assert not store.is_stale(workspace.claim("troops-left-belarus"))  # type: ignore[arg-type]


def test_edit_keeps_markup_quotes_and_hashes_literally(root: Path) -> None:
    text = "Lukashenko: '[bold]no[/x]' # said \"twice\": yes \x1b[31m"
    claim = edit_claim(root=root, claim_id="zhytomyr-east", text=text)
    assert claim.text == text
    assert load_workspace(root).claim("zhytomyr-east").text == text  # type: ignore[union-attr]


def test_edit_with_the_same_text_writes_nothing(root: Path) -> None:
    before = (root / PEACE).stat().st_mtime_ns
    edit_claim(root=root, claim_id="zhytomyr-east", text="Zhytomyr is a city to the east of Kyiv.")
    assert (root / PEACE).stat().st_mtime_ns == before


def test_edit_errors_name_the_claim_line(root: Path) -> None:
    with pytest.raises(FactcheckError) as empty:
        edit_claim(root=root, claim_id="zhytomyr-east", text="   ")
    assert (empty.value.path, empty.value.line) == (PEACE, 10)
    with pytest.raises(FactcheckError, match="no claim 'missing'"):
        edit_claim(root=root, claim_id="missing", text="x")
    with pytest.raises(FactcheckError, match=r"'iskander-date' .* already has this text"):
        edit_claim(
            root=root,
            claim_id="zhytomyr-east",
            text="The Iskander launch from Belarus was reported on February 26.",
        )


def test_split_keeps_the_id_for_the_first_part_and_copies_sources(root: Path) -> None:
    parts = [
        "Peace talks were set on the Ukraine-Belarus border.",
        "The talks were at the Pripyat.",
    ]
    first, second = split_claim(root=root, claim_id="talks-pripyat", parts=[*parts, "  "])
    assert (first.id, first.text) == ("talks-pripyat", parts[0])
    assert second.id == claim_id(parts[1], taken=["talks-pripyat"])
    assert first.sources == second.sources == ("iskander-peace-talks",)
    order = ids(root, PEACE)
    assert order[3:6] == ["talks-pripyat", second.id, "lukashenko-promise"]
    assert len(order) == 12
    with pytest.raises(FactcheckError, match="two or more"):
        split_claim(root=root, claim_id="eu-sanctions", parts=["only one", ""])
    with pytest.raises(FactcheckError, match="given twice"):
        split_claim(root=root, claim_id="eu-sanctions", parts=["Same words.", "same  words."])


def test_delete_removes_the_claim_and_its_verdict_entry(root: Path) -> None:
    before_lines = lines(root, PEACE)
    before_verdicts = verdict_ids(root, "peace-talks")
    other_verdicts = (root / "verdicts/s300-incident.yaml").read_bytes()
    claim = delete_claim(root=root, claim_id="zhytomyr-east")
    assert claim.text == "Zhytomyr is a city to the east of Kyiv."
    assert lines(root, PEACE) == before_lines[:9] + before_lines[11:]
    assert verdict_ids(root, "peace-talks") == before_verdicts - {"zhytomyr-east"}
    assert (root / "verdicts/s300-incident.yaml").read_bytes() == other_verdicts
    # A claim without a verdict: the verdict file is not touched at all.
    verdict_text = (root / "verdicts/peace-talks.yaml").read_bytes()
    delete_claim(root=root, claim_id="iskander-date")
    assert (root / "verdicts/peace-talks.yaml").read_bytes() == verdict_text
    with pytest.raises(FactcheckError, match="no claim 'zhytomyr-east'"):
        delete_claim(root=root, claim_id="zhytomyr-east")


def test_deleting_the_last_claim_leaves_an_empty_list(make_workspace: Callable[..., Path]) -> None:
    root = make_workspace(
        {"claims/a.yaml": "# mine\nurl: https://example.org/a\nclaims:\n  - id: x\n    text: X.\n"}
    )
    delete_claim(root=root, claim_id="x")
    text = (root / "claims/a.yaml").read_text()
    assert text.startswith("# mine\n")
    parsed = parse_claims(text, path="claims/a.yaml")
    assert (parsed.claims, parsed.url) == ((), "https://example.org/a")


def test_a_flow_style_list_is_written_from_its_data(make_workspace: Callable[..., Path]) -> None:
    root = make_workspace(
        {
            "claims/a.yaml": "# top\ndocument: D\npublished: 2022-12-29\n"
            "claims: [{id: x, text: X one., sources: [s]}]\n"
        }
    )
    claim = add_claim(root=root, claims_path="claims/a.yaml", text="Y two.", after="x")
    parsed = parse_claims((root / "claims/a.yaml").read_text(), path="claims/a.yaml")
    assert [(c.id, c.text, c.sources) for c in parsed.claims] == [
        ("x", "X one.", ("s",)),
        (claim.id, "Y two.", ()),
    ]
    assert (parsed.document, parsed.published) == ("D", "2022-12-29")
    assert (root / "claims/a.yaml").read_text().startswith("# top\n")


def test_windows_line_endings_are_kept(make_workspace: Callable[..., Path]) -> None:
    root = make_workspace(
        {
            "claims/a.yaml": "claims:\r\n  - id: x\r\n    text: X one.\r\n"
            "  - id: y\r\n    text: Y.\r\n"
        }
    )
    edit_claim(root=root, claim_id="x", text="X changed.")
    split_claim(root=root, claim_id="y", parts=["Y first.", "Y second."])
    data = (root / "claims/a.yaml").read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") == 7


def test_comments_between_claims_stay(make_workspace: Callable[..., Path]) -> None:
    text = (
        "claims:\n  # first\n  - id: x  # the id\n    text: 'X one.'  # quoted\n"
        "  # second\n  - id: y\n    text: >-\n      Y folded\n      text.\n  # end\n"
    )
    root = make_workspace({"claims/a.yaml": text})
    edit_claim(root=root, claim_id="y", text="Y new.")
    edit_claim(root=root, claim_id="x", text="X new.")
    assert (root / "claims/a.yaml").read_text() == (
        "claims:\n  # first\n  - id: x  # the id\n    text: X new.  # quoted\n"
        "  # second\n  - id: y\n    text: Y new.\n  # end\n"
    )
    delete_claim(root=root, claim_id="x")
    assert (root / "claims/a.yaml").read_text() == (
        "claims:\n  # first\n  # second\n  - id: y\n    text: Y new.\n  # end\n"
    )


def test_refreshed_workspace_reads_one_claims_file_again(root: Path) -> None:
    workspace = load_workspace(root)
    add_claim(root=root, claims_path=PEACE, text="A brand new claim about 3 tanks.", claim_id="new")
    fresh = refreshed_workspace(workspace=workspace, claims_path=PEACE)
    assert fresh.claim("new") is not None
    assert fresh.sources is workspace.sources
    assert [f.path for f in fresh.claims_files] == [PEACE, S300]


def test_a_verdict_store_follows_the_edited_claims(root: Path) -> None:
    workspace = load_workspace(root)
    store = VerdictStore.open(workspace=workspace, reviewer="Ada")
    store.set_verdict("iskander-date", "supported")
    reviewed = store.counts()["reviewed"]
    delete_claim(root=root, claim_id="iskander-date")
    added = add_claim(
        root=root, claims_path=PEACE, text="Three tanks crossed.", after="zhytomyr-east"
    )
    edit_claim(root=root, claim_id="troops-left-belarus", text="The troops stayed in Belarus.")
    store.follow_claims(refreshed_workspace(workspace=workspace, claims_path=PEACE))
    assert store.get("iskander-date").verdict is None
    assert not store.can_undo  # undoing the deleted claim's verdict would bring back an orphan
    assert store.counts()["reviewed"] == reviewed - 1
    assert store.is_stale(store.workspace.claim("troops-left-belarus"))  # type: ignore[arg-type]
    store.set_verdict(added.id, "refuted")
    entries = read_verdict_file(root, "verdicts/peace-talks.yaml").entries
    assert entries[added.id].verdict == "refuted"
    assert "iskander-date" not in entries


def test_a_failed_write_is_one_error_and_the_file_stays(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (root / PEACE).read_bytes()

    def disk_full(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("factcheck.claims.edit.atomic_write", disk_full)
    with pytest.raises(FactcheckError, match="cannot write: No space left") as failed:
        edit_claim(root=root, claim_id="zhytomyr-east", text="Changed.")
    assert failed.value.path == PEACE
    assert (root / PEACE).read_bytes() == before


def test_undo_puts_a_deleted_claim_and_its_verdict_back(root: Path) -> None:
    claims_before = (root / PEACE).read_text(encoding="utf-8")
    verdicts_before = read_verdict_file(root, "verdicts/peace-talks.yaml").entries
    entry = verdicts_before["zhytomyr-east"]
    delete_claim(root=root, claim_id="zhytomyr-east")
    edit = ClaimsEdit(
        path=PEACE,
        before=claims_before,
        after=(root / PEACE).read_text(encoding="utf-8"),
        description="delete zhytomyr-east",
        verdicts=(("zhytomyr-east", entry),),
    )
    undo_claims_edit(root=root, edit=edit)
    assert (root / PEACE).read_text(encoding="utf-8") == claims_before
    assert read_verdict_file(root, "verdicts/peace-talks.yaml").entries == verdicts_before


def test_undo_is_refused_once_the_file_changed_since(root: Path) -> None:
    before = (root / PEACE).read_text(encoding="utf-8")
    edit_claim(root=root, claim_id="zhytomyr-east", text="First change.")
    after = (root / PEACE).read_text(encoding="utf-8")
    edit_claim(root=root, claim_id="eu-sanctions", text="Someone else's change.")
    edit = ClaimsEdit(path=PEACE, before=before, after=after, description="change it")
    with pytest.raises(FactcheckError, match="changed since") as refused:
        undo_claims_edit(root=root, edit=edit)
    assert refused.value.path == PEACE
    assert "Someone else's change." in (root / PEACE).read_text(encoding="utf-8")


def test_undo_of_a_new_file_removes_it_and_a_taken_id_is_refused(root: Path) -> None:
    add_claim(root=root, claims_path="claims/new.yaml", text="Ten people came.", claim_id="ten")
    created = (root / "claims/new.yaml").read_text(encoding="utf-8")
    undo_claims_edit(root=root, edit=ClaimsEdit("claims/new.yaml", None, created, "add a claim"))
    assert not (root / "claims/new.yaml").exists()
    # Undoing a delete whose id was taken meanwhile would make two claims with one id.
    before = (root / PEACE).read_text(encoding="utf-8")
    delete_claim(root=root, claim_id="eu-sanctions")
    after = (root / PEACE).read_text(encoding="utf-8")
    add_claim(root=root, claims_path=S300, text="Other words.", claim_id="eu-sanctions")
    with pytest.raises(FactcheckError, match="'eu-sanctions' is used here now") as taken:
        undo_claims_edit(root=root, edit=ClaimsEdit(PEACE, before, after, "delete"))
    assert taken.value.path == S300


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=120))
def test_any_text_is_written_exactly_or_refused(text: str) -> None:
    original = (
        "# top\nclaims:\n  - id: a  # keep me\n    text: 'A: one'\n"
        "  - id: b\n    text: >-\n      B two\n      lines\n    sources: [s]\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "claims").mkdir()
        (root / "claims/x.yaml").write_text(original, encoding="utf-8")
        try:
            claim = edit_claim(root=root, claim_id="a", text=text)
            new = add_claim(root=root, claims_path="claims/x.yaml", text=text + " 2", after="a")
        except FactcheckError:
            return  # refused (an empty text, say): the file is whole either way
        finally:
            parse_claims((root / "claims/x.yaml").read_text(encoding="utf-8"), path="x")
        got = parse_claims((root / "claims/x.yaml").read_text(encoding="utf-8"), path="x")
        assert [(c.id, c.text, c.sources) for c in got.claims] == [
            ("a", " ".join(text.split()), ()),
            (new.id, " ".join((text + " 2").split()), ()),
            ("b", "B two lines", ("s",)),
        ]
        assert claim.text == got.claims[0].text
        assert (
            (root / "claims/x.yaml")
            .read_text(encoding="utf-8")
            .startswith("# top\nclaims:\n  - id: a  # keep me\n")
        )
