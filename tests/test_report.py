"""``factcheck report``: the HTML page and the Markdown file, their escaping and contents."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.publish.outcomes import collect_outcomes, load_verdict_files
from factcheck.publish.report import badge_colors, render_html, render_markdown, safe_url
from factcheck.publish.report.markdown import md_escape
from factcheck.workspace.load import load_workspace
from tests.test_export import CLAIMS, SOURCE, build_reviewed_workspace

HOSTILE_CLAIM = "Evil <script>alert('claim')</script> & <b>bold</b>"
HOSTILE_NOTE = "Note <script>alert('note')</script>\n<img src=x onerror=alert(1)>"


class _Tags(HTMLParser):
    """Collects every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def _tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def _render(root: Path, fmt: str = "html") -> str:
    workspace = load_workspace(root)
    outcomes = collect_outcomes(workspace=workspace, verdict_files=load_verdict_files(workspace))
    if fmt == "markdown":
        return render_markdown(
            workspace=workspace, outcomes=outcomes, generated_at="2026-11-22 12:00 UTC"
        )
    return render_html(workspace=workspace, outcomes=outcomes, generated_at="2026-11-22 12:00 UTC")


@pytest.fixture
def hostile_root(make_workspace: Callable[..., Path]) -> Path:
    claims = CLAIMS.replace("Debris was found in the Brest region.", json.dumps(HOSTILE_CLAIM))
    claims = claims.replace('"Draft: Belarus says it downed a missile"', '"Draft </h2><script>x"')
    source = SOURCE.replace(
        "title: Belarus says it shot down a missile", 'title: "Title <script>t</script>"'
    )
    return build_reviewed_workspace(
        make_workspace, claims=claims, source=source, notes={"s300-brest": HOSTILE_NOTE}
    )


def test_user_text_is_escaped_and_no_script_runs(hostile_root: Path) -> None:
    page = _render(hostile_root)
    tags = _tags(page)
    scripts = [attrs for tag, attrs in tags.tags if tag == "script"]
    # The only script element is the JSON-LD data block, which browsers never execute.
    assert scripts == [{"type": "application/ld+json"}]
    assert not any(tag == "img" for tag, _ in tags.tags)
    assert not any(tag == "b" for tag, _ in tags.tags)
    assert "Evil &lt;script&gt;alert(&#x27;claim&#x27;)&lt;/script&gt; &amp; &lt;b&gt;" in page
    assert "Note &lt;script&gt;alert(&#x27;note&#x27;)&lt;/script&gt;<br>&lt;img" in page
    assert "Draft &lt;/h2&gt;&lt;script&gt;x" in page
    assert "Title &lt;script&gt;t&lt;/script&gt;" in page
    # The JSON-LD inside the page still carries the hostile claim, unharmed and inert.
    data = json.loads(tags.scripts[0])
    assert HOSTILE_CLAIM in [r["claimReviewed"] for r in data]


def test_nothing_is_loaded_from_the_network(reviewed_root_html: str) -> None:
    for tag, attrs in _tags(reviewed_root_html).tags:
        for name in ("src", "href", "srcset", "data", "poster", "action"):
            value = attrs.get(name) or ""
            if tag == "a" and name == "href":
                continue  # links to sources are followed only when clicked
            assert not re.match(r"\s*(https?:)?//", value), f"<{tag} {name}={value}>"
        assert tag not in ("link", "iframe", "object", "embed", "img", "video", "audio")
    assert "@import" not in reviewed_root_html and "url(" not in reviewed_root_html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', reviewed_root_html)
    assert csp and "default-src 'none'" in csp.group(1) and "script-src" not in csp.group(1)


@pytest.fixture
def reviewed_root_html(make_workspace: Callable[..., Path]) -> str:
    return _render(build_reviewed_workspace(make_workspace))


def test_page_shows_badges_evidence_links_notes_stale_and_pending(
    reviewed_root_html: str,
) -> None:
    page = reviewed_root_html
    tags = _tags(page).tags
    articles = [attrs for tag, attrs in tags if tag == "article"]
    assert [a["id"] for a in articles] == ["s300-time", "s300-brest", "s300-edited", "s300-pending"]
    assert "is-stale" in (articles[2]["class"] or "")
    assert "is-pending" in (articles[3]["class"] or "")
    red, _ = badge_colors("red")
    assert f'style="background:{red};color:#ffffff">Refuted</span>' in page
    assert ">Pending</span>" in page
    assert "Stale: claim edited since review" in page
    assert "<blockquote" in page and "shot down around 10 am local time</blockquote>" in page
    hrefs = [
        attrs["href"]
        for tag, attrs in tags
        if tag == "a" and "source-link" in (attrs.get("class") or "")
    ]
    assert "https://news.example.org/belarus" in hrefs
    assert "https://archive.example.org/belarus" in hrefs
    assert "The ministry said 10 am, not 7 am." in page
    assert "Reviewed by Ada Lovelace on 2026-11-22" in page
    # The chart states every count in text, for screen readers too.
    desc = re.search(r'<desc id="chart-desc">([^<]*)</desc>', page)
    assert desc and desc.group(1) == (
        "Supported: 1, Mixed: 1, Not enough evidence: 0, Refuted: 1, Pending: 1"
    )
    assert 'role="img"' in page and 'aria-labelledby="chart-title chart-desc"' in page
    assert "@media print" in page


def test_unsafe_links_and_colours_are_not_emitted(make_workspace: Callable[..., Path]) -> None:
    source = SOURCE.replace("https://news.example.org/belarus", "javascript:alert(1)").replace(
        "https://archive.example.org/belarus", "data:text/html,hi"
    )
    scale = 'scale:\n  - {key: supported, color: "red;background:url(//evil)"}\n' + (
        "  - {key: mixed}\n  - {key: refuted, color: '#abc'}\n"
    )
    root = build_reviewed_workspace(make_workspace, source=source, settings=scale)
    page = _render(root)
    assert "javascript:" not in page and "data:text" not in page
    assert "evil" not in page
    assert "background:#abc;" in page
    assert safe_url("https://ok.example/x?a=1") == "https://ok.example/x?a=1"
    assert safe_url('https://x.example/"onmouseover=') is None
    assert safe_url("//host/path") is None


def test_badge_text_colour_contrasts() -> None:
    assert badge_colors("yellow")[1] == "#1d2433"  # dark text on a light badge
    assert badge_colors("green")[1] == "#ffffff"
    assert badge_colors("nonsense") == badge_colors("grey")


def test_json_ld_can_be_left_out(
    make_workspace: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = build_reviewed_workspace(make_workspace)
    out = tmp_path / "r.html"
    assert main(["report", str(root), "--out", str(out), "--no-json-ld"]) == 0
    assert "<script" not in out.read_text(encoding="utf-8")
    assert capsys.readouterr().out == ""


def test_markdown_report_escapes_and_links(hostile_root: Path) -> None:
    text = _render(hostile_root, "markdown")
    assert text.startswith("# Fact-check report\n")
    assert "| Verdict | Claims |" in text and "| Refuted | 1 |" in text
    assert "### Refuted · `s300-time`" in text
    assert "### Pending · `s300-pending`" in text
    assert "stale: claim edited since review" in text
    assert "Evil \\<script\\>alert('claim')\\</script\\> & \\<b\\>bold\\</b\\>" in text
    assert not re.search(r"(?<!\\)<(script|img|b)", text)  # every "<" is escaped
    assert "> shot down around 10 am local time" in text
    assert "[Title \\<script\\>t\\</script\\>](https://news.example.org/belarus)" in text
    assert "[archived copy](https://archive.example.org/belarus)" in text
    assert "*Reviewed by Ada Lovelace on 2026-11-22.*" in text


def test_md_escape_neutralises_markdown() -> None:
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("- not a list") == "\\- not a list"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("a | b") == "a \\| b"
    assert md_escape("[x](javascript:y)") == "\\[x\\](javascript:y)"
    assert md_escape("AT&T &amp;") == "AT&T \\&amp;"
    assert md_escape("*_`~") == "\\*\\_\\`\\~"


def test_cli_picks_markdown_from_the_extension(
    make_workspace: Callable[..., Path], tmp_path: Path
) -> None:
    root = build_reviewed_workspace(make_workspace)
    out = tmp_path / "report.md"
    assert main(["report", str(root), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    # One claims file: its document names the report.
    assert text.startswith("# Draft: Belarus says it downed a missile\n\nFact-check report, gen")
    html_out = tmp_path / "report.html"
    assert main(["report", str(root), "-o", str(html_out), "--title", "Belarus <checks>"]) == 0
    page = html_out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<h1>Belarus &lt;checks&gt;</h1>" in page


def test_example_workspace_reports_every_claim_as_pending(example_root: Path) -> None:
    workspace = load_workspace(example_root)
    page = _render(example_root)
    assert page.count('<article class="claim') == len(workspace.claims)


def test_markdown_renders_to_the_literal_text(hostile_root: Path) -> None:
    """Rendered by a real CommonMark parser (raw HTML allowed, as many wikis do)."""
    from markdown_it import MarkdownIt

    rendered = (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .render(_render(hostile_root, "markdown"))
    )
    tags = _tags(rendered).tags
    assert {tag for tag, _ in tags} <= {
        "h1",
        "h2",
        "h3",
        "p",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "code",
        "blockquote",
        "a",
        "em",
        "strong",
        "br",
    }
    hrefs = {attrs["href"] for tag, attrs in tags if tag == "a"}
    assert hrefs == {
        "https://news.example.org/belarus",
        "https://archive.example.org/belarus",
        "https://paper.example.com/2022/12/29/belarus",
    }
    assert "Evil &lt;script&gt;alert('claim')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in (
        rendered.replace("&quot;", '"')
    )
    assert "<h3>Refuted · <code>s300-time</code></h3>" in rendered


def test_default_title_is_the_document_when_there_is_one(
    make_workspace: Callable[..., Path], example_root: Path, tmp_path: Path
) -> None:
    one = tmp_path / "one.html"
    assert main(["report", str(build_reviewed_workspace(make_workspace)), "-o", str(one)]) == 0
    page = one.read_text(encoding="utf-8")
    assert '<p class="eyebrow">Fact-check report</p>' in page
    assert "<h1>Draft: Belarus says it downed a missile</h1>" in page
    many = tmp_path / "many.html"
    assert main(["report", str(example_root), "-o", str(many)]) == 0
    page = many.read_text(encoding="utf-8")
    assert "<h1>Fact-check report</h1>" in page and 'class="eyebrow"' not in page
