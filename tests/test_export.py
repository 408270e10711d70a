"""``factcheck export``: ClaimReview JSON-LD, CSV and JSON Lines from real verdict files."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main
from factcheck.publish.claimreview import claim_reviews, json_for_script
from factcheck.publish.export import to_csv
from factcheck.publish.outcomes import collect_outcomes, load_verdict_files
from factcheck.verdicts.files import read_verdict_file, serialize_verdicts
from factcheck.workspace.load import load_workspace
from factcheck.workspace.models import PinnedEvidence, Stance, Verdict, text_hash

SOURCE = """---
title: Belarus says it shot down a missile
url: https://news.example.org/belarus
archived_url: https://archive.example.org/belarus
published: 2022-12-29
---
The Belarus defence ministry said a missile was shot down around 10 am local time.
Its debris was discovered in a village in the western Brest region.
"""

CLAIMS = """document: "Draft: Belarus says it downed a missile"
url: https://paper.example.com/2022/12/29/belarus
published: 2022-12-29
author: Jane Writer
review_url: https://factcheck.example.org/checks/belarus
claims:
  - id: s300-time
    text: The missile was shot down at around 7 am local time.
    sources: [belarus]
  - id: s300-brest
    text: Debris was found in the Brest region.
  - id: s300-edited
    text: The ministry issued a statement about the missile.
  - id: s300-pending
    text: Belarus closed its border with Poland.
"""

SETTINGS = """publisher: {name: Example Fact Check, url: https://factcheck.example.org}
author: {name: Example Fact Check, url: https://factcheck.example.org/about}
"""


def pin(source_text: str, quote: str, stance: Stance) -> PinnedEvidence:
    start = source_text.index(quote)
    return PinnedEvidence(
        source="belarus", stance=stance, quote=quote, start=start, end=start + len(quote)
    )


def build_reviewed_workspace(
    make_workspace: Callable[..., Path],
    *,
    claims: str = CLAIMS,
    settings: str | None = SETTINGS,
    source: str = SOURCE,
    notes: dict[str, str] | None = None,
) -> Path:
    """A workspace with one claims file: two current verdicts, one stale, one pending."""
    files: dict[str, str | bytes] = {"claims/belarus.yaml": claims, "sources/belarus.txt": source}
    if settings is not None:
        files["factcheck.yaml"] = settings
    root = make_workspace(files)
    workspace = load_workspace(root)
    texts = {c.id: c.text for c in workspace.claims}
    notes = notes or {}
    entries = {
        "s300-time": Verdict(
            verdict="refuted",
            reviewer="Ada Lovelace",
            reviewed_at="2026-11-22T10:15:03Z",
            claim_hash=text_hash(texts["s300-time"]),
            evidence=(pin(source, "shot down around 10 am local time", Stance.CONTRADICTS),),
            note=notes.get("s300-time", "The ministry said 10 am, not 7 am."),
        ),
        "s300-brest": Verdict(
            verdict="supported",
            reviewer="Grace Hopper",
            reviewed_at="2026-11-21T09:00:00Z",
            claim_hash=text_hash(texts["s300-brest"]),
            evidence=(pin(source, "western Brest region", Stance.SUPPORTS),),
            note=notes.get("s300-brest"),
        ),
        "s300-edited": Verdict(
            verdict="mixed",
            reviewer="Ada Lovelace",
            reviewed_at="2026-11-20T08:00:00Z",
            claim_hash=text_hash("an earlier wording of the claim"),
        ),
    }
    (root / "verdicts").mkdir()
    (root / "verdicts" / "belarus.yaml").write_text(serialize_verdicts(entries), encoding="utf-8")
    return root


@pytest.fixture
def reviewed_root(make_workspace: Callable[..., Path]) -> Path:
    return build_reviewed_workspace(make_workspace)


def export(root: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["export", str(root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def reviews_of(root: Path) -> list[dict[str, Any]]:
    workspace = load_workspace(root)
    outcomes = collect_outcomes(workspace=workspace, verdict_files=load_verdict_files(workspace))
    return claim_reviews(outcomes, workspace=workspace)[0]


def test_claimreview_carries_rating_claim_appearance_author_and_url(
    reviewed_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = export(reviewed_root, capsys=capsys)
    assert code == 0
    reviews = json.loads(out)
    assert [r["claimReviewed"] for r in reviews] == [
        "The missile was shot down at around 7 am local time.",
        "Debris was found in the Brest region.",
    ]
    refuted = reviews[0]
    assert refuted["@context"] == "https://schema.org"
    assert refuted["@type"] == "ClaimReview"
    assert refuted["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 4,
        "worstRating": 1,
        "alternateName": "False",
    }
    assert reviews[1]["reviewRating"]["alternateName"] == "True"
    assert reviews[1]["reviewRating"]["ratingValue"] == 4
    assert refuted["itemReviewed"] == {
        "@type": "Claim",
        "appearance": {
            "@type": "CreativeWork",
            "url": "https://paper.example.com/2022/12/29/belarus",
            "headline": "Draft: Belarus says it downed a missile",
            "datePublished": "2022-12-29",
        },
        "datePublished": "2022-12-29",
        "author": {"@type": "Person", "name": "Jane Writer"},
    }
    assert refuted["author"] == {
        "@type": "Organization",
        "name": "Example Fact Check",
        "url": "https://factcheck.example.org/about",
    }
    assert refuted["publisher"]["name"] == "Example Fact Check"
    assert refuted["datePublished"] == "2026-11-22"
    assert refuted["url"] == "https://factcheck.example.org/checks/belarus#s300-time"
    assert reviews[1]["datePublished"] == "2026-11-21"
    # The stale verdict is left out, and said so.
    assert "s300-edited" in err and "changed after its verdict" in err


def test_custom_scale_sets_best_and_worst_rating(make_workspace: Callable[..., Path]) -> None:
    scale = """scale:
  - {key: supported, label: True, rating: 6, alternate_name: "True"}
  - {key: mixed, label: Half true, rating: 3, alternate_name: Half True}
  - {key: refuted, label: False, rating: 2, alternate_name: "False"}
  - {key: pants, label: Pants on fire, shortcut: p, rating: 0, alternate_name: Pants on Fire}
"""
    root = build_reviewed_workspace(make_workspace, settings=SETTINGS + scale)
    ratings = [r["reviewRating"] for r in reviews_of(root)]
    assert [(r["ratingValue"], r["bestRating"], r["worstRating"]) for r in ratings] == [
        (2, 6, 0),
        (6, 6, 0),
    ]


def test_without_settings_the_review_has_no_author_and_the_cli_warns(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    claims = CLAIMS.replace("review_url: https://factcheck.example.org/checks/belarus\n", "")
    root = build_reviewed_workspace(make_workspace, settings=None, claims=claims)
    code, out, err = export(root, capsys=capsys)
    assert code == 0
    reviews = json.loads(out)
    assert all("author" not in r and "url" not in r for r in reviews)
    assert "no author or publisher" in err
    assert "review_url" in err


def test_unknown_verdict_key_is_an_input_error_with_file_and_line(
    reviewed_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = reviewed_root / "verdicts" / "belarus.yaml"
    path.write_text(path.read_text().replace("verdict: supported", "verdict: suported"))
    code, out, err = export(reviewed_root, capsys=capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("factcheck: verdicts/belarus.yaml:")
    assert "'suported' is not on the scale" in err


def test_bad_author_setting_is_refused(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = build_reviewed_workspace(make_workspace, settings="author: {name: X, type: Robot}\n")
    code, _, err = export(root, capsys=capsys)
    assert code == 2
    assert "factcheck.yaml" in err and "Robot" in err


def test_include_pending_does_not_apply_to_claimreview(
    reviewed_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = export(reviewed_root, "--include-pending", capsys=capsys)
    assert code == 2 and out == ""
    assert "--include-pending" in err


def test_claimreview_html_cannot_be_broken_out_of(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "Ends here </script><script>alert(1)</script> <!-- & more"
    claims = CLAIMS.replace("Debris was found in the Brest region.", json.dumps(hostile))
    root = build_reviewed_workspace(make_workspace, claims=claims)
    code, out, _ = export(root, "--format", "claimreview-html", capsys=capsys)
    assert code == 0
    assert out.startswith('<script type="application/ld+json">\n')
    assert out.count("</script") == 1 and out.rstrip().endswith("</script>")
    assert "<!--" not in out
    inner = out.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert json.loads(inner) == reviews_of(root)
    assert json.loads(inner)[1]["claimReviewed"] == hostile


def test_json_for_script_round_trips_any_text() -> None:
    data = {"t": "</SCRIPT> <!-- --> & \u2028 ' \""}
    text = json_for_script(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data


def test_csv_has_one_row_per_reviewed_claim_and_survives_hostile_text(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    note = "Line one, with \"quotes\"\nline two; =cmd|' /C calc'!A0"
    root = build_reviewed_workspace(make_workspace, notes={"s300-time": note})
    code, out, _ = export(root, "--format", "csv", capsys=capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["id"] for r in rows] == ["s300-time", "s300-brest", "s300-edited"]
    first = rows[0]
    assert first["note"] == note  # the newline and quotes survive; the formula is not first
    assert first["verdict"] == "refuted" and first["label"] == "Refuted"
    assert first["evidence"] == "1" and first["sources"] == "belarus"
    assert first["stale"] == "false"
    assert rows[2]["stale"] == "true"
    assert first["file"] == "claims/belarus.yaml"
    assert first["reviewed_at"] == "2026-11-22T10:15:03Z"


def test_csv_neutralises_spreadsheet_formulas(make_workspace: Callable[..., Path]) -> None:
    root = build_reviewed_workspace(make_workspace, notes={"s300-brest": '=HYPERLINK("x")'})
    workspace = load_workspace(root)
    outcomes = collect_outcomes(workspace=workspace, verdict_files=load_verdict_files(workspace))
    rows = list(csv.DictReader(io.StringIO(to_csv(outcomes, workspace=workspace), newline="")))
    assert rows[1]["note"] == '\'=HYPERLINK("x")'


def test_include_pending_adds_claims_without_verdict(
    reviewed_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = export(reviewed_root, "-f", "csv", "--include-pending", capsys=capsys)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["id"] for r in rows][-1] == "s300-pending"
    assert rows[-1]["verdict"] == "" and rows[-1]["evidence"] == "0"


def test_jsonl_is_one_object_per_line_with_evidence(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    note = "first\u2028second\x85third\nfourth"
    root = build_reviewed_workspace(make_workspace, notes={"s300-time": note})
    code, out, _ = export(root, "--format", "jsonl", capsys=capsys)
    assert code == 0
    lines = out.splitlines()  # splits on U+2028 and NEL too: they must be escaped
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    first = records[0]
    # YAML folds NEL into a line break; the note is exported as the verdict file holds it.
    stored = read_verdict_file(root, "verdicts/belarus.yaml").entries["s300-time"].note
    assert stored is not None and "\u2028" in stored
    assert first["note"] == stored.strip()
    assert first["verdict"] == "refuted" and first["rating"] == 1
    assert first["evidence"] == [
        {
            "source": "belarus",
            "stance": "contradicts",
            "quote": "shot down around 10 am local time",
            "start": SOURCE.index("shot down around"),
            "end": SOURCE.index("shot down around") + len("shot down around 10 am local time"),
            "source_title": "Belarus says it shot down a missile",
            "source_url": "https://news.example.org/belarus",
            "source_archived_url": "https://archive.example.org/belarus",
            "source_published": "2022-12-29",
        }
    ]
    assert records[2]["stale"] is True


def test_out_writes_the_file_and_nothing_to_stdout(
    reviewed_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "reviews.json"
    code, _, err = export(reviewed_root, "--out", str(target), capsys=capsys)
    assert code == 2 and "does not exist" in err  # a missing folder is not made
    target.parent.mkdir()
    code, out, _ = export(reviewed_root, "--out", str(target), capsys=capsys)
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8")) == reviews_of(reviewed_root)


def test_example_workspace_without_verdicts_exports_nothing(
    example_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = export(example_root, "-f", "csv", capsys=capsys)
    assert code == 0
    assert out.splitlines()[0].startswith("id,file,document,text,verdict")


def test_out_file_is_readable_by_others_like_any_new_file(
    reviewed_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "reviews.csv"
    old = os.umask(0o022)
    try:
        code, _, _ = export(reviewed_root, "-f", "csv", "-o", str(target), capsys=capsys)
    finally:
        os.umask(old)
    assert code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_unwritable_out_is_one_line_and_exit_2(
    reviewed_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = export(reviewed_root, "-f", "csv", "-o", str(tmp_path), capsys=capsys)
    assert code == 2 and out == ""
    assert err == f"factcheck: {tmp_path}: cannot write: Is a directory\n"


def test_jsonl_lines_match_the_documented_schema(
    reviewed_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import jsonschema

    from tests.conftest import REPO_ROOT

    schema = json.loads(
        (REPO_ROOT / "docs" / "schemas" / "export-jsonl.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    _, out, _ = export(reviewed_root, "-f", "jsonl", "--include-pending", capsys=capsys)
    lines = out.splitlines()
    assert len(lines) == 4
    for line in lines:
        validator.validate(json.loads(line))


def test_out_dev_null_leaves_the_device_alone() -> None:
    """Writing to --out /dev/null must neither replace it nor change its permissions."""
    import os
    import stat

    from factcheck.cli import main
    from tests.conftest import REPO_ROOT

    before = os.stat(os.devnull)
    assert main(["export", str(REPO_ROOT), "--out", os.devnull]) == 0
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode)
    assert stat.S_IMODE(after.st_mode) == stat.S_IMODE(before.st_mode)
