"""Earlier fact-checks in the archive (real PostgreSQL): ClaimReview import from the tool's own
export and from a fact-checkers' feed, and ``checked_before`` in match's JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.archive import parse_claimreviews
from factcheck.cli import main


def _story(example_root: Path, tmp_path: Path, claims: str) -> Path:
    root = tmp_path / "story"
    (root / "claims").mkdir(parents=True)
    (root / "claims" / "new.yaml").write_text(claims, encoding="utf-8")
    shutil.copytree(example_root / "sources", root / "sources")
    return root


def test_exported_claimreview_is_checked_before_for_a_reworded_claim(
    archive_url: str, example_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    exported = tmp_path / "reviews.json"
    assert main(["export", str(example_root), "--format", "claimreview", "-o", str(exported)]) == 0
    reviews = json.loads(exported.read_text(encoding="utf-8"))
    zhytomyr = next(r for r in reviews if r["claimReviewed"].startswith("Zhytomyr"))
    capsys.readouterr()
    assert main(["archive", "add-claimreview", str(exported), "--url", archive_url]) == 0
    assert capsys.readouterr().out.startswith(f"added {len(reviews)}, unchanged 0, changed 0")
    assert main(["archive", "add-claimreview", str(exported), "--url", archive_url]) == 0
    assert capsys.readouterr().out.startswith(f"added 0, unchanged {len(reviews)}, changed 0")
    root = _story(
        example_root,
        tmp_path,
        "claims:\n"
        "  - id: east\n    text: The city of Zhytomyr lies east of Kyiv.\n"
        "  - id: other\n    text: Bananas are rich in potassium.\n",
    )
    assert main(["match", str(root), "--archive", archive_url, "--format", "json"]) == 0
    claims = {c["id"]: c for c in json.loads(capsys.readouterr().out)["claims"]}
    before = claims["east"]["checked_before"]
    assert before and before[0]["claim"] == zhytomyr["claimReviewed"]
    assert before[0]["rating"] == zhytomyr["reviewRating"]["alternateName"]
    assert before[0]["date"] == zhytomyr["datePublished"]
    assert before[0]["score"] >= 60
    assert claims["other"]["checked_before"] == []


def test_a_feed_of_other_fact_checkers_and_changed_ratings(
    archive_url: str, example_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    def feed(rating: str) -> str:
        review = {
            "@type": "ClaimReview",
            "url": "https://checkers.example/iskander",
            "claimReviewed": "An Iskander missile was fired from Belarus at Zhytomyr airport.",
            "author": {"@type": "Organization", "name": "Checkers"},
            "datePublished": "2022-03-01T10:00:00Z",
            "reviewRating": {"@type": "Rating", "alternateName": rating},
        }
        return json.dumps(
            {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [review]}]}
        )

    path = tmp_path / "feed.json"
    path.write_text(feed("Mostly true"), encoding="utf-8")
    assert main(["archive", "add-claimreview", str(path), "--url", archive_url]) == 0
    path.write_text(feed("True"), encoding="utf-8")
    assert main(["archive", "add-claimreview", str(path), "--url", archive_url]) == 0
    assert "added 0, unchanged 0, changed 1" in capsys.readouterr().out
    root = _story(
        example_root,
        tmp_path,
        "claims:\n  - id: isk\n"
        "    text: Belarus fired an Iskander missile at the Zhytomyr airport.\n",
    )
    assert main(["match", str(root), "--archive", archive_url, "--format", "json"]) == 0
    claim = json.loads(capsys.readouterr().out)["claims"][0]
    assert claim["checked_before"][0] == {
        "claim": "An Iskander missile was fired from Belarus at Zhytomyr airport.",
        "rating": "True",
        "publisher": "Checkers",
        "date": "2022-03-01",
        "url": "https://checkers.example/iskander",
        "score": claim["checked_before"][0]["score"],
    }
    # Without the archive, match's JSON is as before: no checked_before.
    assert main(["match", str(root), "--format", "json"]) == 0
    assert "checked_before" not in json.loads(capsys.readouterr().out)["claims"][0]


def test_parse_shapes_and_bad_input(capsys: pytest.CaptureFixture[str]):
    graph = {
        "@graph": [
            {
                "@type": ["ClaimReview"],
                "claimReviewed": " A  claim ",
                "reviewRating": {"ratingValue": 2, "bestRating": 5},
            },
            {"@type": "ClaimReview"},
            {"@type": "WebPage"},
        ]
    }
    (one,) = parse_claimreviews(json.dumps(graph), origin="g.json")
    assert (one.claim, one.rating, one.publisher) == ("A claim", "2/5", None)
    assert main(["archive", "add-claimreview", "https://x.example/feed", "--url", "x"]) == 2
    assert "downloads nothing" in capsys.readouterr().err


def test_earlier_verdicts_in_git_history_are_checked_before(
    archive_url: str, example_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    import subprocess

    from factcheck.archive import open_archive

    open_archive(archive_url, create=True).close()
    root = tmp_path / "desk"
    for folder in ("claims", "sources", "verdicts"):
        shutil.copytree(example_root / folder, root / folder)

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
            cwd=root,
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "first story")
    claims = root / "claims" / "peace-talks.yaml"
    old = "Zhytomyr is a city to the east of Kyiv."
    assert old in claims.read_text(encoding="utf-8")
    claims.write_text(
        claims.read_text(encoding="utf-8").replace(old, "Zhytomyr lies east of the city of Kyiv."),
        encoding="utf-8",
    )
    assert main(["match", str(root), "--archive", archive_url, "--format", "json"]) == 0
    found = {c["text"]: c["checked_before"] for c in json.loads(capsys.readouterr().out)["claims"]}
    before = found["Zhytomyr lies east of the city of Kyiv."]
    assert before and before[0]["claim"] == old and before[0]["rating"] == "refuted"
    assert len(before[0]["commit"]) == 10
    # A claim whose text is unchanged is not "checked before" by its own verdict.
    assert all(e["claim"] != text for text, entries in found.items() for e in entries)
