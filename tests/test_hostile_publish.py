"""What leaves the workspace for readers (issue 15, items 6 to 8).

Every URL published is http(s) (one rule, ``factcheck.publish.urls.safe_url``), every
Markdown writer goes through one function (``factcheck.mdsafe.md_text``) so no ``@name``
pings anyone, and a CSV export refuses a verdict that is not on the scale, as ClaimReview does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.reporters.github import step_summary
from factcheck.check.run import check_workspace
from factcheck.cli import main
from factcheck.mdsafe import md_text
from factcheck.publish.urls import safe_url
from factcheck.workspace import text_hash

CLAIM = "The bridge opened in 1932."
EVIL_URLS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "vbscript:msgbox(1)",
)
MENTION = re.compile(r"@(?!\u2060)[A-Za-z0-9]")


def hostile_workspace(make_workspace: Callable[..., Path], url: str) -> Path:
    quoted = url.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    return make_workspace(
        {
            "factcheck.yaml": (
                f'author:\n  name: "@factdesk"\n  url: "{quoted}"\n'
                f'publisher:\n  name: Desk\n  url: "{quoted}"\n'
            ),
            "claims/c.yaml": (
                f'document: "@octocat draft"\nurl: "{quoted}"\nreview_url: "{quoted}"\n'
                f'published: 2022-12-29\nauthor: "@author"\nclaims:\n'
                f'  - id: a\n    text: "{CLAIM} cc @octocat @org/team"\n    sources: [news]\n'
            ),
            "sources/news.txt": (
                f'---\ntitle: "News for @someone"\nurl: "{quoted}"\narchived_url: "{quoted}"\n'
                f"---\nThe bridge opened in 1932 after years of work, said @mayor.\n"
            ),
            "verdicts/c.yaml": (
                'a:\n  verdict: supported\n  reviewer: "@reviewer"\n'
                "  reviewed_at: '2026-11-22T10:15:03Z'\n"
                f"  claim_hash: {text_hash(CLAIM + ' cc @octocat @org/team')}\n"
                "  evidence:\n    - source: news\n      stance: supports\n"
                "      quote: The bridge opened in 1932 after years of work, said @mayor.\n"
                "      start: 0\n      end: 59\n"
                "  note: |\n    Asked @press and @octocat.\n    - @list item\n"
            ),
        }
    )


def outputs(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    found = {}
    for argv in (
        ["export", "--format", "claimreview"],
        ["export", "--format", "claimreview-html"],
        ["export", "--format", "jsonl"],
        ["export", "--format", "csv"],
        ["report", "--format", "html"],
        ["report", "--format", "markdown"],
    ):
        code = main([*argv, str(root)])
        out, err = capsys.readouterr()
        assert code == 0, (argv, err)
        found[" ".join(argv)] = out
    return found


@pytest.mark.parametrize("url", EVIL_URLS)
def test_no_unsafe_url_is_published_anywhere(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str], url: str
) -> None:
    root = hostile_workspace(make_workspace, url)
    for name, text in outputs(root, capsys).items():
        # The HTML report's own Content-Security-Policy says "img-src data:".
        folded = text.lower().replace("\\t", "").replace("\t", "").replace("img-src data:", "")
        for scheme in ("javascript:", "data:", "file:", "vbscript:"):
            assert scheme not in folded, (name, scheme)


def test_safe_urls_are_still_published(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = hostile_workspace(make_workspace, "https://paper.example/x")
    found = outputs(root, capsys)
    assert '"url": "https://paper.example/x#a"' in found["export --format claimreview"]
    assert "https://paper.example/x" in found["export --format jsonl"]


def test_one_url_rule() -> None:
    assert safe_url("https://ok.example/a?b=1#c") == "https://ok.example/a?b=1#c"
    assert safe_url("http://ok.example") == "http://ok.example"
    for url in (*EVIL_URLS, "https://", "//host/x", "https://x.example/\x85y", None, ""):
        assert safe_url(url) is None, url


def test_no_bare_mention_in_any_markdown(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = hostile_workspace(make_workspace, "https://paper.example/x")
    markdown = outputs(root, capsys)["report --format markdown"]
    assert "octocat" in markdown and "reviewer" in markdown and "press" in markdown
    assert not MENTION.search(markdown), MENTION.findall(markdown)
    summary = step_summary(check_workspace(root=root))
    assert not MENTION.search(summary)


def test_the_markdown_function() -> None:
    assert md_text("cc @octocat") == "cc @\u2060octocat"
    assert md_text("# a\n1. b") == "\\# a 1. b"
    assert md_text("1. item") == "1\\. item"
    assert md_text("<img src=x> | *b* [l](u) &amp;") == (
        "\\<img src=x\\> \\| \\*b\\* \\[l\\](u) \\&amp;"
    )
    assert md_text("\x1b[2J") == "\\\\x1b\\[2J"  # renders as the text \x1b[2J


def test_csv_refuses_a_verdict_off_the_scale(
    make_workspace: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = hostile_workspace(make_workspace, "https://paper.example/x")
    path = root / "verdicts/c.yaml"
    path.write_text(path.read_text().replace("verdict: supported", "verdict: bogus"))
    for fmt in ("csv", "claimreview"):
        code = main(["export", "--format", fmt, str(root)])
        out, err = capsys.readouterr()
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "verdicts/c.yaml:2:" in err and "'bogus'" in err
