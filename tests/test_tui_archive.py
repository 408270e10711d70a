"""The review screen with a newsroom archive (issue 18): earlier fact-checks shown above the
evidence with a key to open the link, archive evidence marked as such and pinned with its
source's hash. On a real PostgreSQL cluster (tests/pgcluster.py), nothing mocked but the
browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.commands.archive import review_archive, using_archive
from factcheck.tui.widgets.claim_detail import ClaimDetail
from factcheck.tui.widgets.evidence import EvidenceColumn
from tests.tui_helpers import app_for, copy_example, ready, rendered_text, verdicts

EARLIER_URL = "https://checkers.example/zhytomyr"


def _feed() -> str:
    review = {
        "@type": "ClaimReview",
        "url": EARLIER_URL,
        "claimReviewed": "Zhytomyr is a city to the east of Kyiv.",
        "author": {"@type": "Organization", "name": "Checkers"},
        "datePublished": "2022-03-01T10:00:00Z",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
    return json.dumps(
        {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [review]}]}
    )


@pytest.fixture
def story(archive_url: str, example_root: Path, tmp_path: Path) -> Path:
    """A workspace with one claim and no sources of its own; the example's sources and an
    earlier fact-check of a claim like it are in the archive."""
    feed = tmp_path / "feed.json"
    feed.write_text(_feed(), encoding="utf-8")
    assert main(["archive", "add-claimreview", str(feed), "--url", archive_url]) == 0
    assert main(["archive", "add", str(example_root / "sources"), "--url", archive_url]) == 0
    root = tmp_path / "ws"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "claims" / "story.yaml").write_text(
        "claims:\n  - id: east\n    text: The city of Zhytomyr lies east of Kyiv.\n",
        encoding="utf-8",
    )
    return root


async def test_review_shows_earlier_checks_opens_their_link_and_pins_archive_evidence(
    story: Path, archive_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.archive import open_archive

    app = app_for(story, archive=review_archive(story))
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    with using_archive(archive_url):
        async with app.run_test(size=(160, 45)) as pilot:
            await ready(pilot)
            detail = rendered_text(app.screen.query_one(ClaimDetail))
            assert "Checked before: False" in detail
            assert "Zhytomyr is a city to the east of Kyiv." in detail
            assert "b opens the earlier fact-check" in detail

            await pilot.press("b")
            assert opened == [EARLIER_URL]

            columns = list(app.screen.query(EvidenceColumn))
            found = [e for column in columns for e in column.shown]
            assert found and all(e.source_id.startswith("archive:") for e in found)
            shown = "\n".join(rendered_text(column) for column in columns)
            # The card names the source by its title in the archive, and says it lives there.
            assert "Ukraine: Russian Missiles Launched From Belarus" in shown
            assert " · archive:" in shown

            column = next(c for c in columns if c.shown)
            column.focus()
            await pilot.pause()
            await pilot.press("p")
            await ready(pilot)

    pins = verdicts(story, "story")["east"].evidence
    assert len(pins) == 1 and pins[0].source.startswith("archive:")
    plain_id = pins[0].source.removeprefix("archive:")
    with open_archive(archive_url) as connection:
        row = connection.execute(
            "SELECT content_hash FROM archive_sources WHERE id = %s", (plain_id,)
        ).fetchone()
    assert row is not None and pins[0].source_hash == row[0]


async def test_review_without_an_archive_shows_no_earlier_checks(tmp_path: Path) -> None:
    root = copy_example(tmp_path)
    app = app_for(root, archive=review_archive(root))
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert app.session is not None and app.session.archive is None
        assert "Checked before" not in rendered_text(app.screen.query_one(ClaimDetail))
        await pilot.press("b")
        await pilot.pause()
        assert not app.session.store.pending_writes
