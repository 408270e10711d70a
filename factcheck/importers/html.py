"""Saved web pages: the article's main text and metadata, through trafilatura.

trafilatura drops navigation, menus, scripts, footers and comment sections and
reads title, author, date, site name and canonical URL from the page's meta
tags and JSON-LD. Nothing is fetched: it only parses the bytes given.
"""

from __future__ import annotations

import re

from factcheck.errors import FactcheckError
from factcheck.importers.formats import Imported, clean_text, join_paragraphs

# Browsers note where a page came from: <!-- saved from url=(0046)https://... -->
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
# A Wayback Machine copy: https://web.archive.org/web/20221229/https://example.org/a
# (trafilatura folds the inner "https://" to "https:/"; both are accepted.)
_WAYBACK = re.compile(r"^(https?://web\.archive\.org/web/[^/]+/)(https?):/+(.+)$")


def import_html(data: bytes, *, path: str) -> Imported:
    """The main text of a saved web page, with title, author, date and canonical URL."""
    import trafilatura

    if b"<" not in data:
        raise FactcheckError("does not look like HTML (no tags)", path=path)
    try:
        # Bytes, not text: trafilatura reads the page's declared charset (or guesses it),
        # so a windows-1251 or latin-1 page decodes right.
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
        )
    except Exception as exc:  # a parser failure deep inside lxml: report, never trace
        raise FactcheckError(f"cannot parse HTML: {exc}", path=path) from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise FactcheckError("no article text found in this page", path=path)
    title = _meta(doc, "title")
    lines = text.split("\n")
    # trafilatura repeats the headline as the first block; it lives in the front matter.
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    url = _meta(doc, "url")
    saved = _SAVED_FROM.search(data[:4096])
    if not url and saved:
        url = saved.group(1).decode("ascii", "replace")
    archived_url = None
    if url:
        wayback = _WAYBACK.match(url)
        if wayback:
            url = f"{wayback.group(2)}://{wayback.group(3)}"
            archived_url = wayback.group(1) + url
    return Imported(
        text=clean_text(join_paragraphs(lines)),
        format="html",
        title=title,
        url=url,
        publisher=_meta(doc, "sitename"),
        published=_meta(doc, "date"),
        author=_meta(doc, "author"),
        archived_url=archived_url,
    )


def _meta(doc: object, name: str) -> str | None:
    value = getattr(doc, name, None)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
