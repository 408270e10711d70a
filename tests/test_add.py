"""``factcheck add``: every format end to end, metadata, pages, change detection, errors."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.evidence.matching import match_claims
from factcheck.workspace.load import load_workspace
from factcheck.workspace.passages import split_passages
from factcheck.workspace.sources import front_matter

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "docs" / "examples"

PAGE = """<!DOCTYPE html>
<!-- saved from url=(0040)https://news.example.org/poland-missile -->
<html><head>
<title>Missile lands in Poland | The Example Times</title>
<meta name="author" content="Jan Kowalski">
<meta property="og:site_name" content="The Example Times">
<meta property="article:published_time" content="2022-11-16T08:00:00Z">
<link rel="canonical" href="https://news.example.org/2022/11/16/poland-missile">
<script>var SECRET_TRACKER = "script text must not survive";</script>
<style>.menu { color: red }</style>
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/world">World MENU-ITEM</a></nav>
<article>
<h1>Missile lands in Poland</h1>
<div class="share-buttons"><a href="#">SHARE-ON-TWITTER</a> <a href="#">Share on Facebook</a></div>
<figure><img src="a.jpg" alt="Crater"><figcaption>CAPTION-TEXT Photo: Reuters</figcaption></figure>
<p>A missile landed in the village of Przewodow in eastern Poland on Tuesday and killed two
people, Polish officials said.</p>
<p>Warsaw said the missile was most likely fired by Ukrainian air defence to intercept a
Russian attack, and NATO said there was no sign of a deliberate strike.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">RELATED-LINK</a></li></ul></aside>
<blockquote>"We are acting calmly," President Duda said.</blockquote>
<p>Poland raised the readiness of some military units after the blast near the border.</p>
</article>
<footer>FOOTER-TEXT All rights reserved. <a href="/privacy">Privacy</a></footer>
<script>document.write("ANOTHER-SCRIPT")</script>
</body></html>
"""

CLAIMS = """\
claims:
  - id: poland-two-killed
    text: A missile landed in a village in Poland and killed two people.
  - id: warsaw-air-defence
    text: Warsaw said the missile was likely fired by Ukrainian air defence.
"""


@pytest.fixture
def workspace(make_workspace: Callable[..., Path]) -> Path:
    return make_workspace({"claims/poland.yaml": CLAIMS})


def add(*argv: str | Path) -> int:
    return main(["add", *map(str, argv)])


def fields(path: Path) -> dict[str, str]:
    return front_matter(path.read_text(encoding="utf-8"), path=str(path))[0]


def test_a_saved_web_page_keeps_its_article_and_metadata(workspace: Path, tmp_path: Path) -> None:
    page = tmp_path / "Poland Missile.html"
    page.write_text(PAGE, encoding="utf-8")
    assert add(page, "--workspace", workspace) == 0
    source = workspace / "sources" / "poland-missile.txt"
    meta = fields(source)
    assert meta["title"] == "Missile lands in Poland"
    assert meta["author"] == "Jan Kowalski"
    assert meta["published"] == "2022-11-16"
    assert meta["url"] == "https://news.example.org/2022/11/16/poland-missile"
    assert meta["publisher"] == "The Example Times"
    assert meta["format"] == "html"
    assert meta["original"] == "Poland Missile.html"
    assert meta["original_sha256"] == hashlib.sha256(page.read_bytes()).hexdigest()
    text = source.read_text(encoding="utf-8")
    for furniture in (
        "SECRET_TRACKER",
        "MENU-ITEM",
        "FOOTER-TEXT",
        "ANOTHER-SCRIPT",
        "color:",
        "SHARE-ON-TWITTER",
        "CAPTION-TEXT",
        "RELATED-LINK",
    ):
        assert furniture not in text
    assert '\n\n"We are acting calmly," President Duda said.\n\n' in text  # quotes stay
    # Paragraphs stay paragraphs, so passages never run across them.
    assert "Polish officials said.\n\nWarsaw said" in text
    ws = load_workspace(workspace)
    assert ws.sources["poland-missile"].meta.title == "Missile lands in Poland"
    results = {r.claim.id: r for r in match_claims(workspace=ws, claims=ws.claims)}
    best = results["poland-two-killed"].evidence[0]
    assert best.source_id == "poland-missile"
    assert "Przewodow" in best.passage.text
    assert "Ukrainian air defence" in results["warsaw-air-defence"].evidence[0].passage.text


def test_a_wayback_copy_gives_url_and_archived_url(workspace: Path, tmp_path: Path) -> None:
    page = tmp_path / "archived.html"
    page.write_text(
        PAGE.replace(
            "https://news.example.org/2022/11/16/poland-missile",
            "https://web.archive.org/web/20221116120000/https://news.example.org/a",
        ),
        encoding="utf-8",
    )
    assert add(page, "--workspace", workspace) == 0
    meta = fields(workspace / "sources" / "archived.txt")
    assert meta["url"] == "https://news.example.org/a"
    assert meta["archived_url"] == (
        "https://web.archive.org/web/20221116120000/https://news.example.org/a"
    )


def _pdf(path: Path, pages: list[list[str]], title: str = "Ministry statement") -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle(title)
    pdf.setAuthor("Ministry of Defence")
    for lines in pages:
        y = 780
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()


def test_pdf_passages_carry_their_page(workspace: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "statement.pdf"
    _pdf(
        pdf,
        [
            [
                "The ministry said the missile was shot down at 10 am local time.",
                "Debris was found in a village in the Brest region.",
            ],
            [
                "A missile landed in a village in Poland and killed two people.",
                "Warsaw said it was likely fired by Ukrainian air defence.",
            ],
        ],
    )
    assert add(pdf, "--workspace", workspace) == 0
    source_file = workspace / "sources" / "statement.txt"
    meta = fields(source_file)
    assert meta["format"] == "pdf" and meta["pages"] == "2"
    assert meta["title"] == "Ministry statement" and meta["author"] == "Ministry of Defence"
    ws = load_workspace(workspace)
    source = ws.sources["statement"]
    passages = split_passages(source)
    assert {p.page for p in passages} == {1, 2}
    for passage in passages:
        assert source.text[passage.start : passage.end] == passage.text
        assert "\f" not in passage.text
    on_page = {page: " ".join(p.text for p in passages if p.page == page) for page in (1, 2)}
    assert "Brest" in on_page[1] and "Poland" in on_page[2]
    results = {r.claim.id: r for r in match_claims(workspace=ws, claims=ws.claims)}
    assert results["poland-two-killed"].evidence[0].passage.page == 2


def test_a_one_page_pdf_still_says_page_1(workspace: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "one.pdf"
    _pdf(pdf, [["A missile landed in a village in Poland and killed two people."]])
    assert add(pdf, "--workspace", workspace) == 0
    passages = split_passages(load_workspace(workspace).sources["one"])
    assert [p.page for p in passages] == [1]


def test_placeholder_pdf_metadata_is_dropped(workspace: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "memo.pdf"
    _pdf(pdf, [["Two people were killed in Poland in November."]], title="untitled")
    assert add(pdf, "--workspace", workspace) == 0
    meta = fields(workspace / "sources" / "memo.txt")
    assert meta["title"] == "Memo"  # from the file name, not reportlab's "untitled"
    assert "published" not in meta  # a file's creation date is not a publication date


def test_text_sources_have_no_pages(example_root: Path) -> None:
    ws = load_workspace(example_root)
    assert all(p.page is None for s in ws.sources.values() for p in split_passages(s))


def test_a_word_document(workspace: Path, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Briefing note"
    document.core_properties.author = "Desk editor"
    document.add_paragraph("Briefing note", style="Title")
    document.add_paragraph("A missile landed in a village in Poland and killed two people.")
    document.add_paragraph("Warsaw said the missile was likely fired by Ukrainian air defence.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Casualties"
    table.rows[0].cells[1].text = "2"
    path = tmp_path / "briefing.docx"
    document.save(str(path))
    assert add(path, "--workspace", workspace) == 0
    source = workspace / "sources" / "briefing.txt"
    meta = fields(source)
    assert meta["title"] == "Briefing note" and meta["author"] == "Desk editor"
    assert meta["format"] == "docx"
    body = source.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body.split("\n\n") == [
        "A missile landed in a village in Poland and killed two people.",
        "Warsaw said the missile was likely fired by Ukrainian air defence.",
        "Casualties | 2\n",
    ]
    ws = load_workspace(workspace)
    results = {r.claim.id: r for r in match_claims(workspace=ws, claims=ws.claims)}
    assert results["poland-two-killed"].evidence[0].source_id == "briefing"


def test_plain_text_and_markdown_are_copied_with_front_matter(
    workspace: Path, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("Two people were killed in Poland.\r\n", encoding="utf-8")
    (tmp_path / "post.md").write_text(
        "---\ntitle: A post\nurl: https://blog.example.org/p\n---\n# Heading\n\nBody text.\n",
        encoding="utf-8",
    )
    assert add(tmp_path / "notes.txt", tmp_path / "post.md", "--workspace", workspace) == 0
    notes = (workspace / "sources" / "notes.txt").read_text(encoding="utf-8")
    assert notes.endswith("---\nTwo people were killed in Poland.\n")
    assert fields(workspace / "sources" / "notes.txt")["title"] == "Notes"
    post = workspace / "sources" / "post.md"
    assert fields(post)["title"] == "A post" and fields(post)["url"] == "https://blog.example.org/p"
    assert post.read_text(encoding="utf-8").endswith("---\n# Heading\n\nBody text.\n")
    assert set(load_workspace(workspace).sources) == {"notes", "post"}


def test_adding_again_notices_a_change(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert add(page, "--workspace", workspace) == 0
    source = workspace / "sources" / "page.txt"
    first = source.read_bytes()
    capsys.readouterr()
    assert add(page, "--workspace", workspace) == 0
    assert capsys.readouterr().out.startswith("unchanged: sources/page.txt")
    page.write_text(PAGE.replace("killed two", "killed three"), encoding="utf-8")
    assert add(page, "--workspace", workspace) == 1
    assert "changed since added: sources/page.txt" in capsys.readouterr().out
    assert source.read_bytes() == first  # not written over without --force
    assert add(page, "--workspace", workspace, "--force") == 0
    assert "replaced: sources/page.txt" in capsys.readouterr().out
    assert "killed three" in source.read_text(encoding="utf-8")
    assert add(page, "--workspace", workspace, "--force") == 0  # same bytes, imported again
    assert "replaced: sources/page.txt" in capsys.readouterr().out
    assert fields(source)["original_sha256"] == hashlib.sha256(page.read_bytes()).hexdigest()


def test_a_different_source_with_the_same_id_is_not_overwritten(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace / "sources" / "report.txt").write_text("Hand-made source.\n", encoding="utf-8")
    (tmp_path / "report.html").write_text(PAGE, encoding="utf-8")
    assert add(tmp_path / "report.html", "--workspace", workspace) == 2
    err = capsys.readouterr().err
    assert "source id 'report' is taken by sources/report.txt" in err
    assert (workspace / "sources" / "report.txt").read_text() == "Hand-made source.\n"
    assert add(tmp_path / "report.html", "--workspace", workspace, "--id", "news/report.txt") == 0
    assert (workspace / "sources" / "news" / "report.txt").is_file()
    assert set(load_workspace(workspace).sources) == {"report", "news/report"}


def test_force_replaces_a_source_of_another_suffix(workspace: Path, tmp_path: Path) -> None:
    (workspace / "sources" / "report.md").write_text("Old.\n", encoding="utf-8")
    (tmp_path / "report.html").write_text(PAGE, encoding="utf-8")
    assert add(tmp_path / "report.html", "--workspace", workspace, "--force") == 0
    assert not (workspace / "sources" / "report.md").exists()
    assert "report" in load_workspace(workspace).sources


@pytest.mark.parametrize("bad_id", ["../escape", "/etc/passwd", "a/../../b", "", "C:evil"])
def test_ids_never_escape_sources(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_id: str
) -> None:
    (tmp_path / "x.txt").write_text("Some text.\n", encoding="utf-8")
    assert add(tmp_path / "x.txt", "--workspace", workspace, "--id", bad_id) == 2
    assert "not a usable source id" in capsys.readouterr().err
    assert sorted(p.name for p in (workspace / "sources").iterdir()) == []
    assert not (workspace / "escape.txt").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.pdf", b"%PDF-1.4\n this is not a pdf body", "cannot read the PDF"),
        ("fake.pdf", b"hello", "not a PDF file"),
        ("broken.docx", b"PK\x03\x04garbage", "cannot read the Word document"),
        (
            "empty.html",
            b"<html><head><script>x()</script></head><body></body></html>",
            "no article",
        ),
        ("binary.txt", b"text\x00with NUL", "looks binary"),
        ("latin.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
        ("sheet.xlsx", b"whatever", "unsupported file type '.xlsx'"),
    ],
)
def test_unreadable_files_are_one_line_errors(
    workspace: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    message: str,
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("A good source about Poland.\n", encoding="utf-8")
    assert add(bad, good, "--workspace", workspace) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
    assert [p.name for p in (workspace / "sources").iterdir()] == ["good.txt"]  # others added


def test_a_scanned_pdf_without_text_is_refused(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "scan.pdf"
    _pdf(pdf, [[]])
    assert add(pdf, "--workspace", workspace) == 2
    assert "no text layer" in capsys.readouterr().err


def test_usage_errors(
    workspace: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "a.txt").write_text("A.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B.\n", encoding="utf-8")
    assert add(tmp_path / "a.txt", tmp_path / "b.txt", "--id", "x", "--workspace", workspace) == 2
    assert "--id names one source" in capsys.readouterr().err
    assert add(tmp_path / "missing.html", "--workspace", workspace) == 2
    assert "cannot read" in capsys.readouterr().err
    assert add("https://example.org/article", "--workspace", workspace) == 2
    assert "never fetches: save the page in a browser" in capsys.readouterr().err
    empty = tmp_path / "nowhere"
    empty.mkdir()
    monkeypatch.chdir(empty)
    assert add(tmp_path / "a.txt") == 2
    assert "no workspace found" in capsys.readouterr().err


def test_the_example_pages_import_cleanly(workspace: Path, tmp_path: Path) -> None:
    for page in ("belarus-s300.html", "iskander-peace-talks.html"):
        shutil.copy(EXAMPLES / page, tmp_path / page)
    assert (
        add(
            tmp_path / "belarus-s300.html",
            tmp_path / "iskander-peace-talks.html",
            "--workspace",
            workspace,
        )
        == 0
    )
    ws = load_workspace(workspace)
    belarus = ws.sources["belarus-s300"]
    assert belarus.meta.published == "2022-12-29"
    assert (
        belarus.meta.url == "https://wire.example.org/2022/12/29/belarus-says-it-shot-down-missile"
    )
    assert "cookies" not in belarus.text and "Most read" not in belarus.text
    assert "fragments belonged to an S-300" in belarus.text
    iskander = ws.sources["iskander-peace-talks"]
    assert "Iskander short-range ballistic missile" in iskander.text
    assert "Privacy policy" not in iskander.text


def test_written_front_matter_follows_the_schema(workspace: Path, tmp_path: Path) -> None:
    import json

    import jsonschema
    import yaml

    schema = json.loads(
        (REPO / "docs" / "schemas" / "source-front-matter.schema.json").read_text("utf-8")
    )
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    pdf = tmp_path / "doc.pdf"
    _pdf(pdf, [["One page about Poland and two people killed."]])
    assert add(page, pdf, "--workspace", workspace) == 0
    for name in ("page.txt", "doc.txt"):
        text = (workspace / "sources" / name).read_text(encoding="utf-8")
        data = yaml.safe_load(text.split("---\n")[1])
        jsonschema.validate(data, schema)


def test_a_page_in_a_legacy_encoding_decodes_right(workspace: Path, tmp_path: Path) -> None:
    page = tmp_path / "minsk.html"
    page.write_bytes(
        (
            '<html><head><meta charset="windows-1251"><title>Минск</title></head><body>'
            "<article><p>Беларусь заявила, что сбила ракету С-300, запущенную с территории "
            "Украины, сообщило министерство обороны в четверг.</p><p>Обломки нашли в деревне "
            "в Брестской области, которая граничит с Украиной и Польшей.</p></article>"
            "</body></html>"
        ).encode("cp1251")
    )
    assert add(page, "--workspace", workspace) == 0
    source = load_workspace(workspace).sources["minsk"]
    assert source.meta.title == "Минск"
    assert "Беларусь заявила, что сбила ракету С-300" in source.text


def test_the_cli_does_not_load_the_format_libraries_until_a_file_needs_them() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from factcheck.cli import build_parser; build_parser(); "
        "import factcheck.claims.extract, factcheck.claims.writer; "
        "print(sorted(m for m in ('trafilatura', 'pypdf', 'docx') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_a_static_site_post_keeps_known_fields_and_drops_the_rest(
    workspace: Path, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text(
        "---\nlayout: post\ntitle: Missile in Poland\ntags: [news]\npublished: 2022-11-16T10:00\n"
        "---\nTwo people were killed in Przewodow.\n",
        encoding="utf-8",
    )
    assert add(post, "--workspace", workspace) == 0
    meta = fields(workspace / "sources" / "post.md")
    assert meta["title"] == "Missile in Poland" and meta["published"] == "2022-11-16"
    assert "layout" not in meta and "tags" not in meta
    assert (
        load_workspace(workspace).sources["post"].body == "Two people were killed in Przewodow.\n"
    )


def test_a_leading_date_line_becomes_the_published_date(workspace: Path, tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(" date 2022-12-29 Belarus said it shot down a missile.\n")
    assert add(tmp_path / "wire.txt", "--workspace", workspace) == 0
    assert fields(workspace / "sources" / "wire.txt")["published"] == "2022-12-29"
